#!/usr/bin/python3
"""Sets the working resolution a model file records, keeping every tensor byte for byte.

    bench/set_working_resolution.py IN OUT RESOLUTION NOTE

The working resolution (metadata "colorized.resolution", long side in pixels) is where the
application and colorized-cli run the network unless told otherwise. It is chosen by
measurement (`colorized-cli eval --resolution R`, model card); this writes the choice into the
file without retraining. NOTE is appended to the provenance's "notes", so the file says when
and why. The header is padded with spaces to a multiple of 8 bytes; the file is written next to
OUT and renamed over it. Python's standard library only.
"""
import json
import os
import struct
import sys


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    source, target, resolution, note = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    if resolution < 8:
        sys.exit("The working resolution must be at least 8 pixels.")
    with open(source, "rb") as f:
        raw = f.read()
    length = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + length])
    metadata = header["__metadata__"]
    metadata["colorized.resolution"] = str(resolution)
    provenance = json.loads(metadata.get("colorized.provenance", "{}"))
    provenance["notes"] = "; ".join(n for n in (provenance.get("notes", ""), note) if n)
    metadata["colorized.provenance"] = json.dumps(provenance, ensure_ascii=False)
    text = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    temporary = target + ".tmp"
    with open(temporary, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + raw[8 + length:])
    os.replace(temporary, target)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora under tests/data/fuzz/ (committed; run again after a change
of the model or project format). Model seeds are tiny U-Nets in every variant the format has, plus the
crafted files of issue 13; the tensor names and shapes mirror unetTensorShapes() (unetconfig.cpp),
and tst_modelformat checks that the valid seeds pass every check."""

import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "fuzz")


def conv(shapes, name, cin, cout, kernel):
    shapes[name + ".weight"] = [cout, cin, kernel, kernel]
    shapes[name + ".bias"] = [cout]


def res_block(shapes, name, cin, cout, time_dim):
    conv(shapes, name + ".first.conv", cin, cout, 3)
    shapes[name + ".first.norm.weight"] = [cout]
    shapes[name + ".first.norm.bias"] = [cout]
    conv(shapes, name + ".second.conv", cout, cout, 3)
    shapes[name + ".second.norm.weight"] = [cout]
    shapes[name + ".second.norm.bias"] = [cout]
    shapes[name + ".time.weight"] = [cout, time_dim]
    shapes[name + ".time.bias"] = [cout]
    if cin != cout:
        conv(shapes, name + ".skip", cin, cout, 1)


def unet_shapes(c):
    w, mult, stem = c["base_width"], c["level_multipliers"], c.get("stem", 1)
    t = 4 * w
    s = {"time_hidden.weight": [t, w], "time_hidden.bias": [t], "time_out.weight": [t, t], "time_out.bias": [t]}
    conv(s, "input", c["in_channels"] * stem * stem, w, 3)
    skips, width = [], w
    for level, m in enumerate(mult):
        for b in range(c["blocks_per_level"]):
            res_block(s, f"encoder{level}.{b}", width, w * m, t)
            width = w * m
        skips.append(width)
        if level + 1 < len(mult):
            conv(s, f"down{level}", width, width, 4)
    for b in range(c["bottleneck_blocks"]):
        res_block(s, f"bottleneck.{b}", width, width, t)
    if c.get("bottleneck_attention", False):
        s["attention.norm.weight"] = [width]
        s["attention.norm.bias"] = [width]
        conv(s, "attention.qkv", width, 3 * width, 1)
        conv(s, "attention.projection", width, width, 1)
    for level in reversed(range(len(mult))):
        out = w if level == 0 else w * mult[level - 1]
        cin = width + skips[level]
        for b in range(c["blocks_per_level"] + (1 if level == 0 else 0)):
            res_block(s, f"decoder{level}.{b}", cin, out, t)
            cin = out
        width = out
        if level > 0:
            if c["upsample"] == "transposed":
                s[f"up{level}.transposed.weight"] = [width, width, 4, 4]
                s[f"up{level}.transposed.bias"] = [width]
            else:
                conv(s, f"up{level}.conv", width, width, 3)
    conv(s, "output", width, c["out_channels"] * stem * stem, 1)
    return s


def safetensors(metadata, shapes, dtype="F16"):
    size = {"F16": 2, "F32": 4}[dtype]
    header, offset = {"__metadata__": metadata}, 0
    for name in sorted(shapes):
        count = 1
        for d in shapes[name]:
            count *= d
        header[name] = {"dtype": dtype, "shape": shapes[name], "data_offsets": [offset, offset + count * size]}
        offset += count * size
    text = json.dumps(header, separators=(",", ":"))
    text += " " * ((8 - len(text) % 8) % 8)
    return struct.pack("<Q", len(text)) + text.encode() + bytes(offset)


def metadata(config, architecture_key=True):
    m = {"colorized.format": "1", "colorized.name": "seed", "colorized.resolution": "32",
         "colorized.schedule": json.dumps({"kind": "cosine", "timesteps": 50}),
         "colorized.unet": json.dumps(config)}
    if architecture_key:
        m["colorized.architecture"] = "unet"
    return m


TINY = {"in_channels": 6, "out_channels": 2, "base_width": 2, "level_multipliers": [1, 2], "blocks_per_level": 1,
        "bottleneck_blocks": 1, "groups": 2, "upsample": "nearest", "bottleneck_attention": False, "stem": 1}


def write(folder, name, data):
    os.makedirs(os.path.join(DATA, folder), exist_ok=True)
    with open(os.path.join(DATA, folder, name), "wb") as f:
        f.write(data)


def model_seeds():
    write("modelheader", "valid-tiny.safetensors", safetensors(metadata(TINY), unet_shapes(TINY)))
    stem2 = dict(TINY, stem=2, bottleneck_attention=True, upsample="transposed")
    write("modelheader", "valid-stem2-attention.safetensors", safetensors(metadata(stem2), unet_shapes(stem2), "F32"))
    legacy = {k: v for k, v in TINY.items() if k not in ("stem", "bottleneck_attention")}
    write("modelheader", "valid-legacy.safetensors", safetensors(metadata(legacy, False), unet_shapes(TINY)))
    # The crafted files of issue 13: the claimed network is refused before it is built.
    tensors = unet_shapes(TINY)
    for name, change in [("width-1e6", {"base_width": 1000000}), ("blocks-100000", {"blocks_per_level": 100000}),
                         ("no-levels", {"level_multipliers": []}), ("negative-width", {"base_width": -32}),
                         ("zero-channels", {"in_channels": 0}), ("float-width-1e39", {"base_width": 1e39})]:
        write("modelheader", f"crafted-{name}.safetensors", safetensors(metadata(dict(TINY, **change)), tensors))
    overflow = {"__metadata__": metadata(TINY),
                "x": {"dtype": "F32", "shape": [4294967296, 4294967296, 16], "data_offsets": [0, 0]}}
    text = json.dumps(overflow)
    write("modelheader", "crafted-shape-overflow.safetensors", struct.pack("<Q", len(text)) + text.encode())


def hint_seeds():
    write("hints", "valid.json", b'[{"x": 0.5, "y": 0.3, "a": 20, "b": -30}, {"x": 0, "y": 1, "a": -110, "b": 110}]')
    write("hints", "empty.json", b"[]")
    write("hints", "with-note.json",
          '[{"x": 0.2, "y": 0.4, "a": 45, "b": 30, "note": "Regimental register 1914, p. 12: scarlet tunic é"}]'.encode())
    write("hints", "crafted-long-note.json", ('[{"x": 0.2, "y": 0.4, "a": 1, "b": 2, "note": "' + "x" * 501 + '"}]').encode())
    write("hints", "crafted-control-note.json", b'[{"x": 0.2, "y": 0.4, "a": 1, "b": 2, "note": "a\u0000b"}]')
    write("hints", "crafted-a-1e39.json", b'[{"x": 0.5, "y": 0.5, "a": 1e39, "b": 0}]')
    write("hints", "crafted-nan-like.json", b'[{"x": 1e999, "y": -0.0, "a": -1e-320, "b": "20"}]')
    write("hints", "crafted-nested.json", b'[[[[{"x": 0.5}]]]]')
    # One over the count limit: also what lets libFuzzer grow inputs to this size (-max_len).
    write("hints", "crafted-1001-hints.json", ("[" + ",".join(['{"x":0.5,"y":0.5,"a":1,"b":2}'] * 1001) + "]").encode())


def png(width, height, depth, color_type, rows, interlace=0, extra=b""):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, interlace)
    raw = b"".join(b"\0" + row for row in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + extra + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def tiff(width, height, bits, samples, photometric, data, extra_tags=()):
    """A little-endian baseline TIFF, one uncompressed strip (what libtiff reads as rows)."""
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, bits), (259, 3, 1, 1), (262, 3, 1, photometric),
               (273, 4, 1, 8), (277, 3, 1, samples), (278, 4, 1, height), (279, 4, 1, len(data))] + list(extra_tags)
    entries.sort()
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        ifd += struct.pack("<HHI", tag, kind, count) + (struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value))
    return b"II*\0" + struct.pack("<I", 8 + len(data)) + data + ifd + b"\0\0\0\0"


def scan_seeds():
    gray8 = [bytes((x * 16 + y) % 256 for x in range(8)) for y in range(6)]
    write("scan", "gray8.png", png(8, 6, 8, 0, gray8))
    write("scan", "gray16.png", png(4, 3, 16, 0, [bytes(range(y, y + 8)) for y in range(3)]))
    write("scan", "rgb8.png", png(4, 3, 8, 2, [bytes(range(y, y + 12)) for y in range(3)]))
    write("scan", "rgba16.png", png(2, 2, 16, 6, [bytes(range(y, y + 16)) for y in range(2)]))
    write("scan", "gray-alpha8.png", png(3, 2, 8, 4, [bytes(range(y, y + 6)) for y in range(2)]))
    write("scan", "gray1.png", png(8, 2, 1, 0, [b"\xa5", b"\x5a"]))
    write("scan", "palette.png", png(2, 2, 8, 3, [b"\0\1", b"\1\0"],
                                     extra=struct.pack(">I", 6) + b"PLTE" + b"\xff\0\0\0\xff\0"
                                     + struct.pack(">I", zlib.crc32(b"PLTE\xff\0\0\0\xff\0") & 0xFFFFFFFF)))
    write("scan", "refused-interlaced.png", png(8, 6, 8, 0, gray8, interlace=1))
    write("scan", "crafted-million-rows.png", png(1, 1000000, 8, 0, [b"\x80"] * 1000))
    write("scan", "gray8.tif", tiff(8, 6, 8, 1, 1, b"".join(gray8)))
    write("scan", "gray16.tif", tiff(4, 3, 16, 1, 1, bytes(range(24))))
    write("scan", "rgb8.tif", tiff(4, 3, 8, 3, 2, bytes(range(36))))
    write("scan", "rgba8.tif", tiff(2, 2, 8, 4, 2, bytes(range(16)), [(338, 3, 1, 2)]))
    write("scan", "refused-orientation-6.tif", tiff(4, 3, 8, 1, 1, bytes(range(12)), [(274, 3, 1, 6)]))
    write("scan", "refused-planar.tif", tiff(4, 3, 8, 3, 2, bytes(range(36)), [(284, 3, 1, 2)]))
    write("scan", "crafted-huge-strip.tif", tiff(1000000, 1000000, 16, 4, 2, bytes(64)))
def project(photos, current=0, version=1):
    return json.dumps({"format": "colorized-project", "version": version, "software": "COLORIZED 0.1.0",
                       "photos": photos, "current": current}, indent=1).encode()


def project_seeds():
    render = {"settings": {"model": "/models/tiny.safetensors", "modelSha256": "0" * 63 + "f", "sampler": "ddim",
                           "steps": 25, "seed": 18446744073709551615, "candidates": 4, "resolution": 128,
                           "bf16": False, "eta": 0.3},
              "hints": [{"x": 0.5, "y": 0.5, "color": "#dc281e"}]}
    full = {"path": "/archive/street.png", "sha256": "a" * 64,
            "hints": [{"x": 0.25, "y": 0.75, "color": "#0102fffe0304"}], "render": render, "candidate": 3,
            "export": {"path": "/exports/street-colorized.png", "time": "2026-11-30T14:05:09Z", "upToDate": True}}
    write("project", "valid-full.colorized", project([full, {"path": "/archive/portrait.tif"}], current=1))
    write("project", "valid-empty.colorized", project([], current=-1))
    write("project", "crafted-version-2.colorized", project([], current=-1, version=2))
    write("project", "crafted-steps-1e39.colorized",
          project([dict(full, render=dict(render, settings=dict(render["settings"], steps=1e39)))]))
    write("project", "crafted-candidate-not-made.colorized", project([dict(full, candidate=9)]))
    write("project", "crafted-photo-twice.colorized", project([full, full]))
    write("project", "crafted-current-beyond.colorized", project([full], current=7))
    # A photo with three branches: from noise, a continuation of it, and one of that; the second shown.
    hint = {"x": 0.4, "y": 0.6, "color": "#1e50c8"}
    shown = {"settings": {"steps": 8, "seed": 5, "candidates": 2}, "hints": [hint]}
    branches = [{"parent": -1, "render": {"settings": {"steps": 8, "seed": 4, "candidates": 3}}, "candidate": 2},
                {"parent": 0, "fromStep": 3, "fromCandidate": 2, "render": shown, "candidate": 1},
                {"parent": 1, "fromStep": 6, "render": {"settings": {"steps": 8, "seed": 6, "candidates": 2}}}]
    harbour = {"path": "/archive/harbour.png", "hints": [dict(hint, note="Harbour register 1908")], "render": shown,
               "candidate": 1, "branches": branches, "shownBranch": 1}
    write("project", "valid-branches.colorized", project([harbour]))
    write("project", "crafted-branch-parent-later.colorized",
          project([dict(harbour, branches=[dict(branches[0], parent=2)] + branches[1:])]))
    write("project", "crafted-nested.colorized", b'{"format": "colorized-project", "version": 1, "photos": [[[[{}]]]]}')


if __name__ == "__main__":
    model_seeds()
    hint_seeds()
    scan_seeds()
    project_seeds()

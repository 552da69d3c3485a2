#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora under tests/data/fuzz/ (committed; run again after a change
of the model format). Model seeds are tiny U-Nets in every variant the format has, plus the
crafted files of issue 13; the tensor names and shapes mirror unetTensorShapes() (unetconfig.cpp),
and tst_modelformat checks that the valid seeds pass every check."""

import json
import os
import struct

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


if __name__ == "__main__":
    model_seeds()
    hint_seeds()

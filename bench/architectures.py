#!/usr/bin/python3
"""Training and sampling cost of candidate COLORIZED network shapes, in Debian's PyTorch, on this
machine: the seed U-Net and the same U-Net behind a pixel-unshuffle stem (space-to-depth by f in,
pixel-shuffle out, every level at 1/f resolution), with and without bottleneck self-attention.
Mirrors model/core/unet.cpp (GroupNorm(8)+SiLU core blocks, time MLP, nearest x2 + conv3x3 up).

Usage: bench/architectures.py [--threads 2] [--bf16]
Prints one line per candidate: parameters, train ms/iter and images/s (batch 16), step ms (batch 1)."""
import argparse, math, statistics, time
import torch, torch.nn as nn, torch.nn.functional as F


class Core(nn.Module):
    def __init__(s, i, o):
        super().__init__(); s.conv = nn.Conv2d(i, o, 3, padding=1); s.norm = nn.GroupNorm(8, o)

    def forward(s, x):
        x = s.conv(x)
        return F.silu(s.norm(x.float()))


class Res(nn.Module):
    def __init__(s, i, o, td):
        super().__init__(); s.a = Core(i, o); s.b = Core(o, o); s.t = nn.Linear(td, o)
        s.skip = nn.Conv2d(i, o, 1) if i != o else None

    def forward(s, x, t):
        h = s.a(x) + s.t(F.silu(t))[:, :, None, None]
        return s.b(h) + (s.skip(x) if s.skip is not None else x)


class Attention(nn.Module):
    def __init__(s, c):
        super().__init__(); s.norm = nn.GroupNorm(8, c); s.qkv = nn.Conv2d(c, 3 * c, 1); s.proj = nn.Conv2d(c, c, 1)

    def forward(s, x):
        n, c, h, w = x.shape
        q, k, v = s.qkv(s.norm(x.float())).reshape(n, 3, c, h * w).unbind(1)
        a = torch.softmax(q.transpose(1, 2) @ k / math.sqrt(c), -1)
        return x + s.proj((v @ a.transpose(1, 2)).reshape(n, c, h, w))


class UNet(nn.Module):
    def __init__(s, w=32, mult=(2, 4, 8), blocks=2, mid=2, stem=1, attention=False):
        super().__init__()
        td = 4 * w; s.w = w; s.stem = stem
        s.th = nn.Linear(w, td); s.to_ = nn.Linear(td, td)
        s.inp = nn.Conv2d(6 * stem * stem, w, 3, padding=1)
        s.enc = nn.ModuleList(); s.down = nn.ModuleList(); skips = []; width = w
        for lvl, m in enumerate(mult):
            bl = nn.ModuleList()
            for _ in range(blocks):
                bl.append(Res(width, w * m, td)); width = w * m
            s.enc.append(bl); skips.append(width)
            if lvl + 1 < len(mult):
                s.down.append(nn.Conv2d(width, width, 4, 2, 1))
        s.mid = nn.ModuleList([Res(width, width, td) for _ in range(mid)])
        s.att = Attention(width) if attention else None
        s.dec = nn.ModuleList(); s.up = nn.ModuleList()
        for i in range(len(mult)):
            lvl = len(mult) - 1 - i
            out = w if lvl == 0 else w * mult[lvl - 1]
            bl = nn.ModuleList(); cin = width + skips[lvl]
            for _ in range(blocks + (1 if lvl == 0 else 0)):
                bl.append(Res(cin, out, td)); cin = out
            width = out; s.dec.append(bl)
            if lvl > 0:
                s.up.append(nn.Conv2d(width, width, 3, padding=1))
        s.out = nn.Conv2d(width, 2 * stem * stem, 1)

    def forward(s, x, t):
        half = s.w // 2
        f = torch.exp(-math.log(10000) * torch.arange(half) / (half - 1))
        a = t[:, None].float() * f[None]
        te = s.to_(F.gelu(s.th(torch.cat([a.sin(), a.cos()], 1))))
        h = s.inp(F.pixel_unshuffle(x, s.stem) if s.stem > 1 else x); skips = []
        for lvl, bl in enumerate(s.enc):
            for b in bl: h = b(h, te)
            skips.append(h)
            if lvl < len(s.down): h = s.down[lvl](h)
        for j, b in enumerate(s.mid):
            h = b(h, te)
            if s.att is not None and j == 0: h = s.att(h)
        for i, bl in enumerate(s.dec):
            h = torch.cat([h, skips[-1 - i]], 1)
            for b in bl: h = b(h, te)
            if i < len(s.up): h = s.up[i](F.interpolate(h, scale_factor=2, mode='nearest'))
        o = s.out(h)
        return F.pixel_shuffle(o, s.stem) if s.stem > 1 else o


def median_ms(fn, reps):
    fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter(); fn(); times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


CANDIDATES_ALL = [  # name, resolution, constructor arguments
    ("seed U-Net w32", 64, dict()),
    ("stem2 w32", 64, dict(stem=2)),
    ("stem2 w32 +attn", 64, dict(stem=2, attention=True)),
    ("stem2 w48 +attn", 64, dict(w=48, stem=2, attention=True)),
    ("stem2 w32 +attn @128", 128, dict(stem=2, attention=True)),
    ("stem4 w48 +attn @128", 128, dict(w=48, stem=4, attention=True)),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--only', nargs='*', help='candidate names to run (default: all)')
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--bf16', action='store_true')
    ap.add_argument('--reps', type=int, default=6)
    a = ap.parse_args()
    torch.set_num_threads(a.threads); torch.manual_seed(0)
    ctx = (lambda: torch.autocast('cpu', dtype=torch.bfloat16)) if a.bf16 else (lambda: torch.autocast('cpu', enabled=False))
    print(f"torch {torch.__version__}, threads {a.threads}, bf16 {a.bf16}")
    for name, res, kw in CANDIDATES_ALL:
        if a.only and name not in a.only:
            continue
        m = UNet(**kw)
        params = sum(p.numel() for p in m.parameters()) / 1e6
        m.train(); opt = torch.optim.AdamW(m.parameters(), 2e-4)
        xb = torch.randn(16, 6, res, res); tb = torch.randint(0, 1000, (16,)); target = torch.randn(16, 2, res, res)

        def it():
            with ctx(): loss = (m(xb, tb).float() - target).pow(2).mean()
            opt.zero_grad(); loss.backward(); opt.step()
        train = median_ms(it, max(3, a.reps // 2))
        m.eval(); x1 = torch.randn(1, 6, res, res); t1 = torch.tensor([500])

        def step():
            with torch.inference_mode(), ctx(): m(x1, t1)
        print(f"{name:24s} {params:5.2f}M  train b16 {train:6.0f} ms ({16000 / train:6.1f} img/s)  step b1 {median_ms(step, a.reps * 2):6.1f} ms", flush=True)


if __name__ == '__main__':
    main()

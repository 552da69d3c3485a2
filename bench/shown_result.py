#!/usr/bin/python3
"""How the result shown could be made from a batch of candidates, measured offline: reads the
candidates `colorized-cli colorize --candidates K --all-candidates` wrote for a folder of color
photos, and scores each way of making one result from them against the photos' own colors
(CIEDE2000 and Hasler-Suesstrunk colorfulness ratio, at half resolution; the L* is the photo's).
No OpenCV or PIL here: ImageMagick's `convert` reads the files.

Usage:
  colorized-cli colorize --candidates 8 --all-candidates [--eta 0] -o OUT TRUTH/*
  bench/shown_result.py OUT TRUTH [--stride 2]
Prints one row per way: mean CIEDE2000, colorfulness ratio to the truth, mean b*, share bluish."""
import argparse, glob, os, re, subprocess
import numpy as np
def read_rgb(path):
    """8-bit RGB via ImageMagick (no PIL/cv2 here)."""
    data = subprocess.run(["convert", path, "-strip", "-type", "TrueColor", "-depth", "8", "ppm:-"], capture_output=True, check=True).stdout
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    w, h = int(m.group(1)), int(m.group(2))
    return np.frombuffer(data[m.end():m.end() + w*h*3], np.uint8).reshape(h, w, 3).astype(np.float64)

def rgb_to_lab(rgb):
    c = rgb / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    m = np.array([[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750], [0.0193339, 0.1191920, 0.9503041]])
    xyz = lin @ m.T / np.array([0.950456, 1.0, 1.088754])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    L = 116 * f[..., 1] - 16
    return np.stack([L, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1)

def lab_to_rgb(lab):
    L, a, b = lab[..., 0], lab[..., 1], lab[..., 2]
    fy = (L + 16) / 116; fx = fy + a / 500; fz = fy - b / 200
    f = np.stack([fx, fy, fz], -1)
    xyz = np.where(f > 0.206893, f ** 3, (f - 16 / 116) / 7.787) * np.array([0.950456, 1.0, 1.088754])
    m = np.array([[3.2404542, -1.5371385, -0.4985314], [-0.9692660, 1.8760108, 0.0415560], [0.0556434, -0.2040259, 1.0572252]])
    lin = np.clip(xyz @ m.T, 0, 1)
    c = np.where(lin <= 0.0031308, 12.92 * lin, 1.055 * lin ** (1 / 2.4) - 0.055)
    return np.clip(c * 255, 0, 255)

def ciede2000(lab1, lab2):
    L1, a1, b1 = lab1[..., 0], lab1[..., 1], lab1[..., 2]
    L2, a2, b2 = lab2[..., 0], lab2[..., 1], lab2[..., 2]
    C1 = np.hypot(a1, b1); C2 = np.hypot(a2, b2); Cb = (C1 + C2) / 2
    G = 0.5 * (1 - np.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7)))
    a1p = (1 + G) * a1; a2p = (1 + G) * a2
    C1p = np.hypot(a1p, b1); C2p = np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360; h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    dLp = L2 - L1; dCp = C2p - C1p
    dh = h2p - h1p
    dh = np.where(dh > 180, dh - 360, dh); dh = np.where(dh < -180, dh + 360, dh)
    dh = np.where(C1p * C2p == 0, 0, dh)
    dHp = 2 * np.sqrt(C1p * C2p) * np.sin(np.radians(dh / 2))
    Lbp = (L1 + L2) / 2; Cbp = (C1p + C2p) / 2
    hs = h1p + h2p
    hbp = np.where(np.abs(h1p - h2p) > 180, np.where(hs < 360, (hs + 360) / 2, (hs - 360) / 2), hs / 2)
    hbp = np.where(C1p * C2p == 0, hs, hbp)
    T = 1 - 0.17 * np.cos(np.radians(hbp - 30)) + 0.24 * np.cos(np.radians(2 * hbp)) + 0.32 * np.cos(np.radians(3 * hbp + 6)) - 0.20 * np.cos(np.radians(4 * hbp - 63))
    dtheta = 30 * np.exp(-(((hbp - 275) / 25) ** 2))
    Rc = 2 * np.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7))
    Sl = 1 + 0.015 * (Lbp - 50) ** 2 / np.sqrt(20 + (Lbp - 50) ** 2)
    Sc = 1 + 0.045 * Cbp; Sh = 1 + 0.015 * Cbp * T
    Rt = -np.sin(np.radians(2 * dtheta)) * Rc
    return np.sqrt((dLp / Sl) ** 2 + (dCp / Sc) ** 2 + (dHp / Sh) ** 2 + Rt * (dCp / Sc) * (dHp / Sh))

def colorfulness(rgb):
    rg = rgb[..., 0] - rgb[..., 1]; yb = 0.5 * (rgb[..., 0] + rgb[..., 1]) - rgb[..., 2]
    return np.hypot(rg.std(), yb.std()) + 0.3 * np.hypot(rg.mean(), yb.mean())


def load(outdir, truthdir, stride):
    """Per photo: the truth's Lab and the K candidates' a*b*, at 1/stride resolution."""
    for shown in sorted(glob.glob(os.path.join(outdir, "*_colorized.png"))):
        stem = os.path.basename(shown)[:-len("_colorized.png")]
        files = {int(re.search(r"candidate(\d+)\.png$", p).group(1)): p
                 for p in glob.glob(os.path.join(outdir, stem + "_colorized_candidate*.png"))}
        if len(files) < 2:
            continue
        truth = rgb_to_lab(read_rgb(glob.glob(os.path.join(truthdir, stem + ".*"))[0])[::stride, ::stride])
        yield truth, np.stack([rgb_to_lab(read_rgb(files[k])[::stride, ::stride])[..., 1:] for k in sorted(files)])


def compose(truth, ab):
    """The result as written: the truth's L* with these a*b*, through 8-bit sRGB."""
    rgb = np.round(lab_to_rgb(np.concatenate([truth[..., :1], ab], -1)))
    return rgb, rgb_to_lab(rgb)


def damped(c, damping):
    """The consensus as withConsensus() makes it: the mean with its chroma scaled by the Wiener gain
    s / (s + damping), s = |mean|^2 over the candidates' variance (here at the written resolution,
    the engine at 64 px)."""
    mean = c.mean(0)
    strength = (mean ** 2).sum(-1, keepdims=True)
    variance = c.var(0, ddof=1).sum(-1, keepdims=True)
    return mean * strength / np.maximum(strength + damping * variance, 1e-12)


def ways(c, truth):
    k = len(c)
    distance = np.zeros((k, k))
    for i in range(k):
        for j in range(i + 1, k):
            distance[i, j] = distance[j, i] = np.sqrt(((c[i] - c[j]) ** 2).sum(-1)).mean()
    medoid = c[distance.sum(1).argmin()]
    mean = c.mean(0)
    casts = c.reshape(k, -1, 2).mean(1)
    errors = [np.sqrt(((ci - truth[..., 1:]) ** 2).sum(-1)).mean() for ci in c]
    return {"gray": np.zeros_like(mean), "candidate 1": c[0], "medoid": medoid,
            "medoid of the global casts": c[np.linalg.norm(casts[:, None] - casts[None], axis=-1).sum(1).argmin()],
            "consensus of 4 (mean)": c[:4].mean(0), "consensus (mean)": mean, "mean x1.25": mean * 1.25,
            "mean x1.5": mean * 1.5, "medoid x1.5": medoid * 1.5,
            **{f"consensus damped by {d}": damped(c, d) for d in (1, 2, 3, 4)},
            "oracle best (knows the truth)": c[int(np.argmin(errors))]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out"); parser.add_argument("truth"); parser.add_argument("--stride", type=int, default=2)
    args = parser.parse_args()
    rows, truth_colorfulness = {}, []
    for truth, candidates in load(args.out, args.truth, args.stride):
        truth_colorfulness.append(colorfulness(lab_to_rgb(truth)))
        for name, ab in ways(candidates, truth).items():
            rgb, lab = compose(truth, ab)
            rows.setdefault(name, []).append((ciede2000(truth, lab).mean(), colorfulness(rgb), lab[..., 2].mean()))
    reference = np.mean(truth_colorfulness)
    print(f"{len(truth_colorfulness)} photos, {len(candidates)} candidates each")
    print(f"{'way':32} {'CIEDE2000':>9} {'ratio':>6} {'b*':>6} {'bluish':>6}")
    for name, r in rows.items():
        r = np.array(r)
        print(f"{name:32} {r[:, 0].mean():9.2f} {r[:, 1].mean() / reference:6.2f} {r[:, 2].mean():+6.1f} {100 * (r[:, 2] < 0).mean():5.0f}%")


if __name__ == "__main__":
    main()

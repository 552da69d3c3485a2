#!/usr/bin/env bash
# Packs the training mix of the default model from ../shared/data (never committed: its terms
# forbid redistribution) into DIR (default ~/colorized-data):
#   scenes.pack   train/ without the blue landscapes (intel-glacier, intel-sea, intel-mountain)
#   blue.pack     those blue landscapes, kept apart so that their share of a batch is chosen
#   people.pack   people/ without its fixed held-out 10 % (split by a hash of the file name)
#   people-val.pack  that held-out 10 %: the people validation set, never trained on
#   val.pack      val/ (scenes validation)
# Usage: bench/training_mix.sh [CLI] [DATA] [DIR] [SIZE]
#   SIZE: the side every photo is packed at (default 72, for 64 px crops; 112 for 96 px crops)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${1:-$here/build/app/cli/colorized-cli}"
data="${2:-$here/../shared/data}"
out="${3:-$HOME/colorized-data}"
size="${4:-72}"
mkdir -p "$out/links/scenes" "$out/links/blue"
for f in "$data"/train/*; do
    case "$(basename "$f")" in
        intel-glacier_*|intel-sea_*|intel-mountain_*) ln -sf "$(realpath "$f")" "$out/links/blue/" ;;
        *) ln -sf "$(realpath "$f")" "$out/links/scenes/" ;;
    esac
done
terms="research and non-commercial use (see ../shared/data/README.md)"
"$cli" pack --data "$out/links/scenes" --out "$out/scenes.pack" --terms "$terms" --size "$size"
"$cli" pack --data "$out/links/blue" --out "$out/blue.pack" --terms "$terms" --size "$size"
"$cli" pack --data "$data/people" --split train --out "$out/people.pack" --terms "$terms" --size "$size"
"$cli" pack --data "$data/people" --split heldout --out "$out/people-val.pack" --terms "$terms" --size "$size"
"$cli" pack --data "$data/val" --out "$out/val.pack" --terms "$terms" --size "$size"

#!/usr/bin/env bash
# The C++ engine against the same U-Net in Debian's python3-torch, in one run, same threads.
#   bench/compare.sh [BUILD_DIR] [THREADS]
# Needs python3-torch (apt-get install python3-torch). Prints both outputs and the ratios.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
threads="${2:-2}"
cli="$build/app/cli/colorized-cli"
cpp=$("$cli" bench --threads "$threads" --reps 10)
py=$(/usr/bin/python3 "$here/reference_unet.py" --threads "$threads" --reps 10)
pybf=$(/usr/bin/python3 "$here/reference_unet.py" --threads "$threads" --reps 10 --bf16)
echo "$cpp"; echo "$py"; echo "$pybf"
ms() { grep -E "^$1" <<<"$2" | head -n 1 | sed -E 's/.*: ([0-9.]+) ms.*/\1/'; }
printf '\n%-28s %10s %10s %8s\n' "measurement" "C++ ms" "Python ms" "C++/Py"
for row in "step 64px batch 1:" "step 128px batch 1:" "train 64px batch 16:"; do
    c=$(ms "$row" "$cpp"); p=$(ms "$row" "$py")
    printf '%-28s %10s %10s %8.2f\n' "${row%:} fp32" "$c" "$p" "$(echo "$c / $p" | bc -l)"
done
for row in "step 64px batch 1" "step 128px batch 1" "train 64px batch 16"; do
    c=$(ms "$row bf16" "$cpp"); p=$(ms "$row:" "$pybf")
    printf '%-28s %10s %10s %8.2f\n' "$row bf16" "$c" "$p" "$(echo "$c / $p" | bc -l)"
done

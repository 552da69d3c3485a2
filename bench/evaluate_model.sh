#!/usr/bin/env bash
# The model card's evaluation of one model with the sampling defaults (or extra flags): the 92
# evaluation photos with ground truth (eval/), the fixed held-out 10 % of people/ (never trained
# on), and the global cast of the results on the 142 archive scans (no ground truth).
#   bench/evaluate_model.sh MODEL OUT_DIR [DATA_DIR] [-- extra eval flags, e.g. --steps 10]
# Writes OUT_DIR/{eval,people,archive}.json and prints the three tables.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="$1"; out="$2"; shift 2
data="$here/../shared/data"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then data="$1"; shift; fi
[ "${1:-}" = "--" ] && shift
cli="${COLORIZED_CLI:-$here/build/app/cli/colorized-cli}"
mkdir -p "$out"
"$cli" eval --model "$model" --data "$data/eval" --json "$out/eval.json" "$@"
"$cli" eval --model "$model" --data "$data/people" --split heldout --json "$out/people.json" "$@"
"$cli" eval --model "$model" --data "$data/archive" --cast-only --json "$out/archive.json" "$@"

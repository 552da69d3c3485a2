#!/usr/bin/env bash
# The model card's contact sheet: every 6th photograph of a folder (sorted by name, 24 of the
# 142 archive photographs), colorized with the CLI's defaults, scan and result side by side.
#   bench/contact_sheet.sh ARCHIVE_DIR OUT.png [BUILD_DIR] [-- colorize flags, e.g. --model M]
# Needs ImageMagick's montage (apt-get install imagemagick). The sheet shows photographs whose
# terms forbid redistribution: keep it out of the repository.
set -euo pipefail
archive="$1"; sheet="$2"; shift 2
build="$(cd "$(dirname "$0")/.." && pwd)/build"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then build="$1"; shift; fi
[ "${1:-}" = "--" ] && shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t photos < <(find "$archive" -maxdepth 1 -type f | sort | awk 'NR % 6 == 1' | head -n 24)
"$build/app/cli/colorized-cli" colorize "${photos[@]}" -o "$work" "$@"
tiles=()
for photo in "${photos[@]}"; do
    name=$(basename "${photo%.*}")
    tiles+=("$photo" "$work/${name}_colorized.png")
done
montage "${tiles[@]}" -colorspace sRGB -geometry 320x240+4+4 -tile 6x -background white "$sheet"
echo "$sheet: ${#photos[@]} photographs, scan left, colorized right"

#!/bin/sh
# Checks a built COLORIZED .deb: the app, the CLI, the desktop metadata, the icons, the
# translations and the model folder are where Debian expects them, and the dependencies name
# the OpenMP OpenBLAS. Usage: packaging/check-deb.sh path/to/colorized_*.deb
set -eu
deb="$1"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
fail=0
need() {
  if ! printf '%s\n' "$contents" | grep -qx "$1"; then
    echo "missing from $deb: $1" >&2
    fail=1
  fi
}
need ./usr/bin/colorized
need ./usr/bin/colorized-cli
need ./usr/share/applications/io.github.colorized.Colorized.desktop
need ./usr/share/metainfo/io.github.colorized.Colorized.metainfo.xml
need ./usr/share/icons/hicolor/scalable/apps/io.github.colorized.Colorized.svg
need ./usr/share/icons/hicolor/256x256/apps/io.github.colorized.Colorized.png
need ./usr/share/icons/hicolor/48x48/apps/io.github.colorized.Colorized.png
need ./usr/share/colorized/translations/colorized_fr.qm
need ./usr/share/colorized/translations/colorized_es.qm
need ./usr/share/colorized/translations/colorized_de.qm
need ./usr/share/colorized/models/
depends=$(dpkg-deb -f "$deb" Depends)
case "$depends" in
  *libopenblas0-openmp*) ;;
  *) echo "Depends lacks libopenblas0-openmp: $depends" >&2; fail=1 ;;
esac
case "$depends" in
  *libqt6widgets6*) ;;
  *) echo "Depends lacks libqt6widgets6 (shlibdeps did not run?): $depends" >&2; fail=1 ;;
esac
need ./usr/share/colorized/models/colorized-default.safetensors
[ "$fail" -eq 0 ] && echo "$deb: contents OK"
exit "$fail"

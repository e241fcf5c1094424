#!/bin/sh
# Installs the build into a scratch prefix and checks that a desktop finds everything where it looks.
# Usage: check-install.sh BUILD_DIR APP_ID
set -eu
build=$1 id=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
cmake --install "$build" --prefix "$root/usr" >/dev/null
missing=0
for f in bin/hark \
    "share/applications/$id.desktop" \
    "share/metainfo/$id.metainfo.xml" \
    "share/icons/hicolor/scalable/apps/$id.svg" \
    "share/icons/hicolor/16x16/apps/$id.png" \
    "share/icons/hicolor/48x48/apps/$id.png" \
    "share/icons/hicolor/256x256/apps/$id.png" \
    "share/icons/hicolor/512x512/apps/$id.png" \
    share/man/man1/hark.1.gz \
    share/hark/sample/welcome.mp3 \
    share/hark/sample/welcome.vtt; do
    if [ ! -s "$root/usr/$f" ]; then
        echo "check-install: missing /usr/$f" >&2
        missing=1
    fi
done
# The PNGs are the sizes their folders say.
for size in 16 48 256; do
    got=$(file -b "$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" | sed -n 's/.*, \([0-9]*\) x \([0-9]*\),.*/\1x\2/p')
    if [ "$got" != "${size}x${size}" ]; then
        echo "check-install: the ${size}x${size} icon is $got" >&2
        missing=1
    fi
done
# The installed binary runs and finds its sample.
"$root/usr/bin/hark" --version >/dev/null
"$root/usr/bin/hark" info "$root/usr/share/hark/sample/welcome.vtt" >/dev/null
exit $missing

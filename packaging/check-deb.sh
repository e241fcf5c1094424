#!/bin/sh
# Builds the .deb from a build folder into a scratch folder and runs lintian on it: no errors allowed.
# Usage: check-deb.sh BUILD_DIR
set -eu
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/hark_*.deb)
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Depends\|Recommends\):/\1:/p'
# As root lintian only warns that it should not run as root.
lintian --fail-on error --tag-display-limit 0 "$deb"

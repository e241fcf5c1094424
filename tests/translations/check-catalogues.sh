#!/bin/sh
# The catalogues are complete and current: lupdate over app/, run into copies of them, finds no string
# without its translation (German: every one; English: every plural) and none that is not already there.
# Usage: check-catalogues.sh SOURCE_DIR LUPDATE
set -eu
top=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
sources() { grep -o '<source>.*' "$1" | sort; }
for ts in "$top"/resources/translations/hark_*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    "$lupdate" -recursive "$top/app" -ts "$work/$name" -locations none -no-obsolete >"$work/log" 2>&1 || {
        cat "$work/log"
        exit 1
    }
    sources "$ts" >"$work/before"
    sources "$work/$name" >"$work/after"
    if ! diff -u "$work/before" "$work/after" >"$work/diff"; then
        echo "$name is not current (- gone from the sources, + new in them); run: cmake --build build --target update_translations"
        cat "$work/diff"
        status=1
    fi
    if [ "$name" = hark_en.ts ]; then
        # English translates plurals only.
        untranslated=$(awk '/<message numerus="yes">/{n=1} n&&/type="unfinished"/{c++} /<\/message>/{n=0} END{print c+0}' "$work/$name")
    else
        untranslated=$(grep -c 'type="unfinished"' "$work/$name" || true)
    fi
    if [ "$untranslated" -ne 0 ]; then
        echo "$name: $untranslated strings without a translation:"
        grep -B3 'type="unfinished"' "$work/$name" | grep '<source>' | head -20
        status=1
    fi
done
[ $status -eq 0 ] && echo "catalogues complete and current"
exit $status

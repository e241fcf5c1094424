#!/usr/bin/env bash
# How the MP3s here were made: the first 10.3 s of the sample episode (two lines, two speakers), with a
# transcript written into the tag by tools other than TagLib, as a listener's files would have them.
#   mutagen-sylt.mp3  python3-mutagen 1.46: a SYLT frame (eng, "transcription", milliseconds), one piece per
#                     word with a line feed starting the second line, the words timed as in welcome.vtt
#   eyed3-uslt.mp3    eyeD3 0.9.7: a USLT frame (eng) with the two lines' text, untimed
# Run from this folder; needs ffmpeg, eyed3 and python3-mutagen (not needed by the tests).
set -euo pipefail
sample=../../../resources/sample/welcome.mp3
ffmpeg -loglevel error -y -i "$sample" -t 10.3 -map_metadata -1 -c copy cut.mp3
cp cut.mp3 mutagen-sylt.mp3
mv cut.mp3 eyed3-uslt.mp3
/usr/bin/python3 - <<'PY'
from mutagen.id3 import ID3, SYLT, TIT2, Encoding
tag = ID3()
tag.add(TIT2(encoding=Encoding.UTF8, text="Welcome to Hark"))
words = [(500, "Maya: Welcome"), (1013, " to"), (1121, " Hark,"), (1774, " the"), (1928, " podcast"),
         (2548, " player"), (2882, " that"), (3105, " reads"), (3406, " along"), (3894, " with"),
         (4074, " you."), (4564, " I'm"), (4738, " Maya."),
         (5749, "\nTheo: And"), (5941, " I'm"), (6126, " Theo."), (6983, " So,"), (7580, " Maya,"),
         (8247, " what"), (8515, " happens"), (9027, " when"), (9224, " I"), (9348, " press"), (9663, " play?")]
tag.add(SYLT(encoding=Encoding.UTF8, lang="eng", format=2, type=2, desc="", text=[(t, ms) for ms, t in words]))
tag.save("mutagen-sylt.mp3")
PY
lyrics="$(mktemp)"
trap 'rm -f "$lyrics"' EXIT
printf '%s\n\n%s\n' "Maya: Welcome to Hark, the podcast player that reads along with you. I'm Maya." \
    "Theo: And I'm Theo. So, Maya, what happens when I press play?" > "$lyrics"
eyeD3 --quiet --title "Welcome to Hark" --add-lyrics "$lyrics::eng" eyed3-uslt.mp3 >/dev/null

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hark</name>
    <message>
        <source>it ends early</source>
        <translation>es endet zu früh</translation>
    </message>
    <message>
        <source>a block cannot be read</source>
        <translation>ein Block ist nicht lesbar</translation>
    </message>
    <message>
        <source>an unknown kind of words</source>
        <translation>eine unbekannte Art von Wörtern</translation>
    </message>
    <message>
        <source>a word outside its line</source>
        <translation>ein Wort außerhalb seiner Zeile</translation>
    </message>
    <message>
        <source>an unknown speaker</source>
        <translation>eine unbekannte Sprecherin</translation>
    </message>
</context>
<context>
    <name>hark::AlignmentCache</name>
    <message>
        <source>cannot keep the alignment beside the audio (%1) nor in %2 (%3)</source>
        <translation>die Ausrichtung kann weder neben dem Ton (%1) noch in %2 (%3) gespeichert werden</translation>
    </message>
    <message>
        <source>a file Hark did not write is there</source>
        <translation>dort liegt eine Datei, die nicht von Hark stammt</translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>hark::AlignmentStatus</name>
    <message>
        <source>Alignment progress</source>
        <translation>Fortschritt der Ausrichtung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop aligning; the provisional times stay</source>
        <translation>Ausrichtung beenden; die vorläufigen Zeiten bleiben</translation>
    </message>
    <message>
        <source>Aligning the transcript to the audio…</source>
        <translation>Das Transkript wird am Ton ausgerichtet…</translation>
    </message>
    <message>
        <source>Aligning the transcript: %1 left</source>
        <translation>Das Transkript wird ausgerichtet: noch %1</translation>
    </message>
</context>
<context>
    <name>hark::BookmarkPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Edit the Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete the Bookmark</source>
        <translation>Lesezeichen löschen</translation>
    </message>
</context>
<context>
    <name>hark::ChapterModel</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
</context>
<context>
    <name>hark::ChapterPanel</name>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
</context>
<context>
    <name>hark::CommandLine</name>
    <message>
        <source>Try &apos;hark --help&apos; for more information.</source>
        <translation>Mehr dazu mit »hark --help«.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show what a transcript holds.</source>
        <translation>Zeigen, was ein Transkript enthält.</translation>
    </message>
    <message>
        <source>Print the facts as JSON.</source>
        <translation>Die Angaben als JSON ausgeben.</translation>
    </message>
    <message>
        <source>A transcript, or an audio file with transcripts beside it.</source>
        <translation>Ein Transkript oder eine Audiodatei mit Transkripten daneben.</translation>
    </message>
    <message>
        <source>Usage: hark info FILE [--json]</source>
        <translation>Aufruf: hark info DATEI [--json]</translation>
    </message>
    <message>
        <source>info: missing FILE</source>
        <translation>info: DATEI fehlt</translation>
    </message>
    <message>
        <source>info: one FILE at a time</source>
        <translation>info: nur eine DATEI auf einmal</translation>
    </message>
    <message>
        <source>Write a transcript in another format.</source>
        <translation>Ein Transkript in einem anderen Format schreiben.</translation>
    </message>
    <message>
        <source>Output format: vtt, srt, json, txt or md (default: from OUT&apos;s extension, else vtt).</source>
        <translation>Ausgabeformat: vtt, srt, json, txt oder md (Vorgabe: nach der Endung von OUT, sonst vtt).</translation>
    </message>
    <message>
        <source>json and srt: one segment or cue per timed word.</source>
        <translation>json und srt: ein Segment bzw. Cue je zeitlich bestimmtem Wort.</translation>
    </message>
    <message>
        <source>Write to OUT (atomically) instead of standard output.</source>
        <translation>Nach OUT schreiben (atomar) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>The transcript to read (&apos;-&apos; for standard input).</source>
        <translation>Das zu lesende Transkript (»-« für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Usage: hark convert INPUT [--to FORMAT] [--words] [-o OUT]</source>
        <translation>Aufruf: hark convert EINGABE [--to FORMAT] [--words] [-o OUT]</translation>
    </message>
    <message>
        <source>convert: missing INPUT</source>
        <translation>convert: EINGABE fehlt</translation>
    </message>
    <message>
        <source>convert: one INPUT at a time</source>
        <translation>convert: nur eine EINGABE auf einmal</translation>
    </message>
    <message>
        <source>convert: unknown output format &apos;%1&apos; (expected one of: %2)</source>
        <translation>convert: unbekanntes Ausgabeformat »%1« (erwartet: eines von %2)</translation>
    </message>
    <message>
        <source>convert: cannot write %1; use --to</source>
        <translation>convert: %1 kann nicht geschrieben werden; --to angeben</translation>
    </message>
    <message>
        <source>convert: refusing to overwrite the input file %1</source>
        <translation>convert: die Eingabedatei %1 wird nicht überschrieben</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;Standardeingabe&gt;</translation>
    </message>
    <message>
        <source>convert: cannot read standard input</source>
        <translation>convert: die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Output format: %1 (default vtt, or from OUT&apos;s extension).</source>
        <translation>Ausgabeformat: %1 (Vorgabe vtt, oder nach der Endung von OUT).</translation>
    </message>
    <message>
        <source>json and srt: one segment or cue per transcript word.</source>
        <translation>json und srt: ein Segment bzw. Cue je Wort des Transkripts.</translation>
    </message>
    <message>
        <source>Write to OUT (atomically; - for standard output) instead of keeping the alignment as Hark&apos;s cache beside the audio (AUDIO&apos;s name with .hark.vtt).</source>
        <translation>Nach OUT schreiben (atomar; - für die Standardausgabe), statt die Ausrichtung als Harks Zwischenspeicher neben dem Ton abzulegen (Name von AUDIO mit .hark.vtt).</translation>
    </message>
    <message>
        <source>Recognize on N cores at once (default: all).</source>
        <translation>Auf N Kernen zugleich erkennen (Vorgabe: alle).</translation>
    </message>
    <message>
        <source>The episode&apos;s audio.</source>
        <translation>Der Ton der Folge.</translation>
    </message>
    <message>
        <source>Its transcript (default: the one found beside the audio).</source>
        <translation>Ihr Transkript (Vorgabe: das neben dem Ton gefundene).</translation>
    </message>
    <message>
        <source>Usage: hark align AUDIO [TRANSCRIPT] [--to FORMAT] [--words] [-o OUT] [--jobs N]</source>
        <translation>Aufruf: hark align AUDIO [TRANSKRIPT] [--to FORMAT] [--words] [-o OUT] [--jobs N]</translation>
    </message>
    <message>
        <source>align: missing AUDIO</source>
        <translation>align: AUDIO fehlt</translation>
    </message>
    <message>
        <source>align: too many files</source>
        <translation>align: zu viele Dateien</translation>
    </message>
    <message>
        <source>align: --to and --words need -o (without it the alignment is kept as Hark&apos;s WebVTT cache; -o - writes to standard output)</source>
        <translation>align: --to und --words brauchen -o (ohne wird die Ausrichtung als Harks WebVTT-Zwischenspeicher abgelegt; -o - schreibt auf die Standardausgabe)</translation>
    </message>
    <message>
        <source>align: unknown output format &apos;%1&apos; (expected one of: %2)</source>
        <translation>align: unbekanntes Ausgabeformat »%1« (erwartet: eines von %2)</translation>
    </message>
    <message>
        <source>align: --jobs takes a number of at least 1</source>
        <translation>align: --jobs erwartet eine Zahl ab 1</translation>
    </message>
    <message>
        <source>align: refusing to overwrite the input file %1</source>
        <translation>align: die Eingabedatei %1 wird nicht überschrieben</translation>
    </message>
    <message>
        <source>%1: no transcript found beside it; name one</source>
        <translation>%1: daneben wurde kein Transkript gefunden; bitte eines angeben</translation>
    </message>
    <message>
        <source>%1: not an audio file</source>
        <translation>%1: keine Audiodatei</translation>
    </message>
    <message>
        <source>aligning: %1 % (%2 of %3)</source>
        <translation>Ausrichtung: %1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>the alignment was cancelled</source>
        <translation>die Ausrichtung wurde abgebrochen</translation>
    </message>
    <message>
        <source>aligned %1 words of %2 to %3 of audio in %4 s: %5 placed by recognition, %6 by forced alignment, %7 interpolated (marked low-confidence)</source>
        <translation>%1 Wörter aus %2 an %3 Ton ausgerichtet, in %4 s: %5 durch Erkennung gesetzt, %6 durch erzwungene Ausrichtung, %7 interpoliert (als unsicher markiert)</translation>
    </message>
    <message>
        <source>kept the alignment in %1</source>
        <translation>Ausrichtung in %1 gespeichert</translation>
    </message>
    <message>
        <source>License GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://gnu.org/licenses/gpl.html&gt;.</source>
        <translation>Lizenz GPL-3.0-or-later: GNU GPL Version 3 oder neuer &lt;https://gnu.org/licenses/gpl.html&gt;.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option »%1«</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command</source>
        <translation>»%1« ist kein Befehl</translation>
    </message>
    <message>
        <source>Show what a podcast feed holds, without subscribing.</source>
        <translation>Zeigt, was ein Podcast-Feed enthält, ohne ihn zu abonnieren.</translation>
    </message>
    <message>
        <source>Print the feed as JSON.</source>
        <translation>Den Feed als JSON ausgeben.</translation>
    </message>
    <message>
        <source>A feed (RSS or Atom): a file, or an http or https address.</source>
        <translation>Ein Feed (RSS oder Atom): eine Datei oder eine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Usage: hark feed FILE|URL [--json]</source>
        <translation>Aufruf: hark feed DATEI|URL [--json]</translation>
    </message>
    <message>
        <source>feed: missing SOURCE</source>
        <translation>feed: QUELLE fehlt</translation>
    </message>
    <message>
        <source>feed: one SOURCE at a time</source>
        <translation>feed: nur eine QUELLE auf einmal</translation>
    </message>
    <message>
        <source>feed: %1: only http and https addresses are fetched</source>
        <translation>feed: %1: nur http- und https-Adressen werden abgerufen</translation>
    </message>
    <message>
        <source>Usage: hark [EPISODE] [--paused] [--at TIME] [--new-window]
       hark info FILE [--json]
       hark convert INPUT [--to FORMAT] [--words] [-o OUT]
       hark align AUDIO [TRANSCRIPT] [--to FORMAT] [--words] [-o OUT] [--jobs N]
       hark feed FILE|URL [--json]
       hark subscribe URL|FILE.opml…   hark unsubscribe SHOW   hark refresh
       hark episodes [SHOW] [--json]   hark download [--latest N] [GUID…]
       hark opml export|import FILE
       hark search QUERY… [--json] [--limit N] [--reindex]

A podcast player that keeps the transcript in step with the audio.

Without a command, Hark opens the player window on EPISODE (an audio file, or a
transcript with its audio beside it; the bundled sample when none is given),
playing unless --paused, from TIME (12:34 or 754 seconds) with --at.
When Hark is already running, EPISODE opens in its window (which comes
forward) unless --new-window. Qt&apos;s own options (-platform NAME, -style NAME,
-reverse…) go to Qt.

Commands:
  info FILE        what a transcript holds; for an audio file, its transcript
                   files and which one Hark uses
  convert INPUT    write a transcript in another format (vtt, srt, json, txt, md)
  align AUDIO      time every word of a transcript by listening to the audio,
                   offline, and keeps the result beside it (NAME.hark.vtt)
  feed SOURCE      what a podcast feed (RSS or Atom; a file or an address) holds:
                   the show and its episodes, with their transcripts and chapters
  subscribe        subscribe to feeds (addresses, or an OPML file from another app)
  unsubscribe      unsubscribe from a show; its downloaded files stay
  refresh          fetch every show&apos;s feed for new episodes
  episodes         list the library&apos;s episodes and how each stands
  download         download episodes with their transcripts and chapters
  opml             export or import the subscriptions as OPML
  search QUERY     find words and &quot;phrases&quot; in every transcript Hark knows

Options:
  -h, --help       show this help and exit
  -v, --version    show the version and exit

Run &apos;hark COMMAND --help&apos; for a command&apos;s options.
The podcast library and its episodes live in Hark&apos;s data folder
(XDG_DATA_HOME, ~/.local/share/Hark/hark), with the search index; only feed,
subscribe, refresh and download use the network.
Exit status: 0 done, 1 bad input (or a show or episode that failed), 2 wrong usage.
</source>
        <translation>Aufruf: hark [FOLGE] [--paused] [--at ZEIT] [--new-window]
        hark info DATEI [--json]
        hark convert EINGABE [--to FORMAT] [--words] [-o OUT]
        hark align AUDIO [TRANSKRIPT] [--to FORMAT] [--words] [-o OUT] [--jobs N]
        hark feed DATEI|URL [--json]
        hark subscribe URL|DATEI.opml…   hark unsubscribe SENDUNG   hark refresh
        hark episodes [SENDUNG] [--json]   hark download [--latest N] [GUID…]
        hark opml export|import DATEI
        hark search SUCHE… [--json] [--limit N] [--reindex]

Ein Podcast-Player, der das Transkript im Takt mit dem Ton hält.

Ohne Befehl öffnet Hark das Player-Fenster mit FOLGE (eine Audiodatei oder ein
Transkript mit dem Ton daneben; ohne Angabe die mitgelieferte Beispielfolge),
spielt sie ab (außer mit --paused), mit --at ab ZEIT (12:34 oder 754 Sekunden).
Läuft Hark schon, öffnet sich FOLGE in dessen Fenster (das nach vorn kommt),
außer mit --new-window. Qts eigene Optionen (-platform NAME, -style NAME,
-reverse …) gehen an Qt.

Befehle:
  info DATEI       was ein Transkript enthält; bei einer Audiodatei die
                   Transkriptdateien und welche Hark verwendet
  convert EINGABE  ein Transkript in ein anderes Format schreiben (vtt, srt,
                   json, txt, md)
  align AUDIO      jedem Wort eines Transkripts durch Anhören des Tons seine Zeit
                   geben, offline, und das Ergebnis daneben ablegen (NAME.hark.vtt)
  feed QUELLE      was ein Podcast-Feed (RSS oder Atom; eine Datei oder eine
                   Adresse) enthält: die Sendung und ihre Folgen, mit Transkripten
                   und Kapiteln
  subscribe        Feeds abonnieren (Adressen, oder eine OPML-Datei einer anderen App)
  unsubscribe      ein Abo beenden; die geladenen Dateien bleiben
  refresh          die Feeds aller Sendungen nach neuen Folgen abfragen
  episodes         die Folgen der Bibliothek auflisten, und wie es um jede steht
  download         Folgen mit ihren Transkripten und Kapiteln herunterladen
  opml             die Abos als OPML exportieren oder importieren
  search SUCHE     Wörter und &quot;Wendungen&quot; in jedem Transkript finden, das Hark kennt

Optionen:
  -h, --help       diese Hilfe zeigen und beenden
  -v, --version    die Version zeigen und beenden

Mit »hark BEFEHL --help« zeigt ein Befehl seine Optionen.
Die Podcast-Bibliothek und ihre Folgen liegen in Harks Datenordner
(XDG_DATA_HOME, ~/.local/share/Hark/hark), mit dem Suchindex; nur feed,
subscribe, refresh und download nutzen das Netz.
Rückgabewert: 0 erledigt, 1 fehlerhafte Eingabe (oder eine Sendung oder Folge
scheiterte), 2 falscher Aufruf.
</translation>
    </message>
</context>
<context>
    <name>hark::DesktopSession</name>
    <message>
        <source>Playing an episode</source>
        <translation>Eine Folge wird abgespielt</translation>
    </message>
</context>
<context>
    <name>hark::Downloader</name>
    <message>
        <source>the server sent a web page, not audio</source>
        <translation>der Server schickte eine Webseite, keinen Ton</translation>
    </message>
    <message>
        <source>the server sent an XML document, not audio</source>
        <translation>der Server schickte ein XML-Dokument, keinen Ton</translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: der Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1 is there already</source>
        <translation>%1 gibt es schon</translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 MB needed, %3 MB free</source>
        <translation>nicht genug freier Platz in %1: %2 MB nötig, %3 MB frei</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>not enough free space: %1 MB needed, %2 MB free</source>
        <translation>nicht genug freier Platz: %1 MB nötig, %2 MB frei</translation>
    </message>
    <message>
        <source>the server sent an empty file</source>
        <translation>der Server schickte eine leere Datei</translation>
    </message>
    <message>
        <source>%1 bytes came of the %2 the server announced</source>
        <translation>%1 Bytes kamen an, von %2, die der Server angekündigt hatte</translation>
    </message>
    <message>
        <source>%1: cannot rename to %2</source>
        <translation>%1: lässt sich nicht in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>hark::EmbeddedLyricsReader</name>
    <message>
        <source>piece %1 (“%2”) starts before the one it follows; its time was ignored</source>
        <translation>Stück %1 (»%2«) beginnt vor dem Stück davor; seine Zeit wurde ignoriert</translation>
    </message>
    <message>
        <source>expected timed text in the SYLT tag; it has none</source>
        <translation>im SYLT-Tag wurde zeitlich bestimmter Text erwartet; er enthält keinen</translation>
    </message>
    <message>
        <source>%1 tag</source>
        <translation>%1-Tag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>expected text in the USLT tag; it is empty</source>
        <translation>im USLT-Tag wurde Text erwartet; er ist leer</translation>
    </message>
</context>
<context>
    <name>hark::Episode</name>
    <message>
        <source>the audio&apos;s tags</source>
        <translation>die Tags des Tons</translation>
    </message>
    <message>
        <source>Chapters from %1 (%2 also has chapters).</source>
        <translation>Kapitel aus %1 (auch %2 hat Kapitel).</translation>
    </message>
    <message>
        <source>expected a transcript in the audio&apos;s SYLT or USLT tag; there is none</source>
        <translation>im SYLT- oder USLT-Tag des Tons wurde ein Transkript erwartet; es gibt keines</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>The kept alignment %1 is out of date (the audio or %2 changed): it is not used.</source>
        <translation>Die gespeicherte Ausrichtung %1 ist veraltet (der Ton oder %2 hat sich geändert): sie wird nicht verwendet.</translation>
    </message>
    <message>
        <source>No transcript found beside this episode; open one to read along.</source>
        <translation>Neben dieser Folge wurde kein Transkript gefunden; öffnen Sie eines, um mitzulesen.</translation>
    </message>
    <message>
        <source>No audio found beside %1: the transcript is shown without playback.</source>
        <translation>Neben %1 wurde kein Ton gefunden: das Transkript wird ohne Wiedergabe gezeigt.</translation>
    </message>
    <message>
        <source>Using %1: %2.</source>
        <translation>Verwendet wird %1: %2.</translation>
    </message>
    <message>
        <source>The transcript runs past the end of the audio (a line at %1, the audio ends at %2): it may belong to another version of the episode.</source>
        <translation>Das Transkript reicht über das Ende des Tons hinaus (eine Zeile bei %1, der Ton endet bei %2): es gehört vielleicht zu einer anderen Fassung der Folge.</translation>
    </message>
</context>
<context>
    <name>hark::EpisodeHeader</name>
    <message>
        <source>Cover art</source>
        <translation>Titelbild</translation>
    </message>
</context>
<context>
    <name>hark::EpisodeModel</name>
    <message>
        <source>Downloading %1 %</source>
        <translation>Wird geladen: %1 %</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gescheitert: %1</translation>
    </message>
    <message>
        <source>Downloaded, played</source>
        <translation>Geladen, gehört</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Gehört</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Mit Zeiten</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Ausgerichtet</translation>
    </message>
    <message>
        <source>Untimed</source>
        <translation>Ohne Zeiten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>%1 (starred)</source>
        <translation>%1 (mit Stern)</translation>
    </message>
    <message>
        <source>%1 % heard</source>
        <translation>%1 % gehört</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Angehalten bei %1</translation>
    </message>
</context>
<context>
    <name>hark::FeedCommand</name>
    <message>
        <source>%1: cannot read the feed: %2</source>
        <translation>%1: der Feed kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Show:      %1</source>
        <translation>Sendung:   %1</translation>
    </message>
    <message>
        <source>By:        %1</source>
        <translation>Von:       %1</translation>
    </message>
    <message>
        <source>Language:  %1</source>
        <translation>Sprache:   %1</translation>
    </message>
    <message>
        <source>Moved to:  %1</source>
        <translation>Umgezogen: %1</translation>
    </message>
    <message>
        <source>Locked:    the publisher asks that the show not be moved to another host</source>
        <translation>Gesperrt:  die Herausgeber bitten, die Sendung nicht zu einem anderen Anbieter umzuziehen</translation>
    </message>
    <message numerus="yes">
        <source>Episodes:  %n</source>
        <translation>
            <numerusform>Folgen:    %n</numerusform>
            <numerusform>Folgen:    %n</numerusform>
        </translation>
    </message>
    <message>
        <source> (timed)</source>
        <translation> (mit Zeiten)</translation>
    </message>
    <message>
        <source>transcripts: %1</source>
        <translation>Transkripte: %1</translation>
    </message>
    <message>
        <source>chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>no audio</source>
        <translation>kein Ton</translation>
    </message>
    <message>
        <source>%1: cannot fetch the feed: %2</source>
        <translation>%1: der Feed lässt sich nicht abrufen: %2</translation>
    </message>
</context>
<context>
    <name>hark::FeedReader</name>
    <message>
        <source>not a podcast feed: no XML could be read</source>
        <translation>kein Podcast-Feed: es ließ sich kein XML lesen</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep were passed over</source>
        <translation>Elemente, die tiefer als %1 Ebenen verschachtelt sind, wurden übergangen</translation>
    </message>
    <message>
        <source>not a podcast feed: the document is &lt;%1&gt;, not RSS or Atom</source>
        <translation>kein Podcast-Feed: das Dokument ist &lt;%1&gt;, nicht RSS oder Atom</translation>
    </message>
    <message>
        <source>more problems follow; not listed</source>
        <translation>weitere Probleme folgen; nicht aufgeführt</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; of &quot;%2&quot; could not be read</source>
        <translation>das Datum „%1“ von „%2“ ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>the episode &quot;%1&quot; has the guid of an earlier one (%2): the earlier one is kept</source>
        <translation>die Folge „%1“ hat die GUID einer früheren (%2): die frühere bleibt</translation>
    </message>
    <message>
        <source>the feed is %1 MB, more than the %2 MB Hark reads</source>
        <translation>der Feed ist %1 MB groß, mehr als die %2 MB, die Hark liest</translation>
    </message>
    <message>
        <source>not a podcast feed: there is no XML in it</source>
        <translation>kein Podcast-Feed: er enthält kein XML</translation>
    </message>
    <message>
        <source>text before the XML was passed over</source>
        <translation>Text vor dem XML wurde übergangen</translation>
    </message>
    <message>
        <source>a bare &quot;&amp;&quot; read as the character (%1 found)</source>
        <translation>ein alleinstehendes „&amp;“ als Zeichen gelesen (%1 gefunden)</translation>
    </message>
    <message>
        <source>HTML entities such as &amp;%1; read as their characters (%2 found)</source>
        <translation>HTML-Entitäten wie &amp;%1; als ihre Zeichen gelesen (%2 gefunden)</translation>
    </message>
    <message>
        <source>unknown entities such as &amp;%1; kept as text (%2 found)</source>
        <translation>unbekannte Entitäten wie &amp;%1; als Text behalten (%2 gefunden)</translation>
    </message>
    <message>
        <source>a DTD was passed over: feeds need none, and Hark never reads one</source>
        <translation>eine DTD wurde übergangen: Feeds brauchen keine, und Hark liest nie eine</translation>
    </message>
</context>
<context>
    <name>hark::Fetcher</name>
    <message>
        <source>Hark is working offline</source>
        <translation>Hark arbeitet offline</translation>
    </message>
    <message>
        <source>%1: only http and https addresses are fetched</source>
        <translation>%1: nur http- und https-Adressen werden abgerufen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>keine Antwort in %1 s</translation>
    </message>
    <message>
        <source>%1 is more than the %2 Hark takes from this address</source>
        <translation>%1 ist mehr als die %2, die Hark von dieser Adresse annimmt</translation>
    </message>
    <message>
        <source>more than the %1 Hark takes from this address</source>
        <translation>mehr als die %1, die Hark von dieser Adresse annimmt</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location to go to</source>
        <translation>HTTP %1 ohne Location, wohin es gehen soll</translation>
    </message>
    <message>
        <source>redirected to %1: only http and https addresses are fetched</source>
        <translation>umgeleitet nach %1: nur http- und https-Adressen werden abgerufen</translation>
    </message>
    <message>
        <source>redirected in a loop (back to %1)</source>
        <translation>im Kreis umgeleitet (zurück zu %1)</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Umleitungen</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete %1 %2</translation>
    </message>
    <message>
        <source>the compressed answer unpacks to far more than it holds (a decompression bomb)</source>
        <translation>die komprimierte Antwort entpackt sich zu weit mehr, als sie enthält (eine Dekompressionsbombe)</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>keine Daten seit %1 s</translation>
    </message>
    <message>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>die Verbindung endete nach %1 von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>hark::FindBar</name>
    <message>
        <source>Find in the transcript</source>
        <translation>Im Transkript suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>hark::Format</name>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>hark::HtmlReader</name>
    <message>
        <source>expected an HTML document</source>
        <translation>ein HTML-Dokument wurde erwartet</translation>
    </message>
    <message>
        <source>expected an HTML document; found no elements</source>
        <translation>ein HTML-Dokument wurde erwartet; es enthält keine Elemente</translation>
    </message>
    <message>
        <source>no &lt;p&gt; paragraphs; the page was read as plain text</source>
        <translation>keine &lt;p&gt;-Absätze; die Seite wurde als reiner Text gelesen</translation>
    </message>
    <message>
        <source>expected transcript text in &lt;p&gt; paragraphs; the page has none</source>
        <translation>Transkripttext in &lt;p&gt;-Absätzen wurde erwartet; die Seite hat keine</translation>
    </message>
</context>
<context>
    <name>hark::InfoCommand</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>%1 (%2 timed)</source>
        <translation>%1 (%2 mit Zeit)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine benannt</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>First segments:</source>
        <translation>Erste Segmente:</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Episode:   %1</source>
        <translation>Folge:     %1</translation>
    </message>
    <message>
        <source>Sidecars:</source>
        <translation>Begleitdateien:</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unlesbar: %1</translation>
    </message>
    <message>
        <source>chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>in the audio&apos;s tag, %1</source>
        <translation>im Tag des Tons, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Chosen:    %1, because %2</source>
        <translation>Gewählt:   %1, Grund: %2</translation>
    </message>
    <message>
        <source>Chapters:  %1, from %2</source>
        <translation>Kapitel:   %1, aus %2</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (verborgen)</translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation>Datei:     %1</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Transcript: none readable beside this episode</source>
        <translation>Transkript: keines lesbar neben dieser Folge</translation>
    </message>
</context>
<context>
    <name>hark::LibraryDatabase</name>
    <message>
        <source>%1: cannot make its folder</source>
        <translation>%1: der Ordner dafür lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>SQLite is missing (install libqt6sql6-sqlite)</source>
        <translation>SQLite fehlt (libqt6sql6-sqlite installieren)</translation>
    </message>
    <message>
        <source>%1: cannot open the library: %2</source>
        <translation>%1: die Bibliothek lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1: not a library: %2</source>
        <translation>%1: keine Bibliothek: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Hark (library version %2; this one knows up to %3): it is left as it is</source>
        <translation>%1 stammt von einem neueren Hark (Bibliotheksversion %2; dieses kennt bis %3): sie bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot bring the library up to date: %2</source>
        <translation>%1: die Bibliothek lässt sich nicht auf den neuen Stand bringen: %2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>episode %1 is not queued</source>
        <translation>Folge %1 ist nicht in der Warteschlange</translation>
    </message>
    <message>
        <source>an episode without a key cannot be remembered</source>
        <translation>eine Folge ohne Schlüssel kann nicht gemerkt werden</translation>
    </message>
</context>
<context>
    <name>hark::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>B&amp;ibliothek</translation>
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Search &amp;Everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>Find words in every transcript Hark knows, and play from the moment</source>
        <translation>Wörter in jedem Transkript finden, das Hark kennt, und ab der Stelle abspielen</translation>
    </message>
</context>
<context>
    <name>hark::LibraryPanel</name>
    <message>
        <source>Shows</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>No podcasts yet. Library › Add Podcast… subscribes to a feed&apos;s address, or imports the subscriptions of another app.</source>
        <translation>Noch keine Podcasts. Bibliothek › Podcast hinzufügen … abonniert die Adresse eines Feeds oder übernimmt die Abos einer anderen App.</translation>
    </message>
    <message>
        <source>&amp;Add Podcast…</source>
        <translation>Podcast hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions…</source>
        <translation>Abos &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Subscriptions…</source>
        <translation>Abos e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh Podcasts</source>
        <translation>Podcasts &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>D&amp;elete Download</source>
        <translation>Download &amp;löschen</translation>
    </message>
    <message>
        <source>Mark &amp;Played</source>
        <translation>Als &amp;gehört markieren</translation>
    </message>
    <message>
        <source>Hark does not touch the network, not even to refresh or download</source>
        <translation>Hark berührt das Netz nicht, auch nicht zum Aktualisieren oder Herunterladen</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>%1 abonniert</translation>
    </message>
    <message>
        <source>%1 is not downloaded, and Hark is working offline</source>
        <translation>%1 ist nicht geladen, und Hark arbeitet offline</translation>
    </message>
    <message>
        <source>Downloading %1; it plays when it is here</source>
        <translation>%1 wird geladen; es spielt, sobald es da ist</translation>
    </message>
    <message>
        <source>Subscribing to %1…</source>
        <translation>%1 wird abonniert …</translation>
    </message>
    <message>
        <source>%1 is neither an http or https address nor an OPML file</source>
        <translation>%1 ist weder eine http- oder https-Adresse noch eine OPML-Datei</translation>
    </message>
    <message>
        <source>Subscribing to %1 shows from %2…</source>
        <translation>%1 Sendungen aus %2 werden abonniert …</translation>
    </message>
    <message>
        <source>Add Podcast</source>
        <translation>Podcast hinzufügen</translation>
    </message>
    <message>
        <source>The feed&apos;s address (https://…), or an OPML file of subscriptions:</source>
        <translation>Die Adresse des Feeds (https://…) oder eine OPML-Datei mit Abos:</translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>Abos importieren</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Abolisten (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>Abos exportieren</translation>
    </message>
    <message>
        <source>Hark subscriptions.opml</source>
        <translation>Hark-Abos.opml</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml)</source>
        <translation>OPML-Abolisten (*.opml)</translation>
    </message>
    <message>
        <source>Hark subscriptions</source>
        <translation>Hark-Abos</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1 subscriptions written to %2</source>
        <translation>%1 Abos in %2 geschrieben</translation>
    </message>
    <message>
        <source>Refreshing %1 shows…</source>
        <translation>%1 Sendungen werden aktualisiert …</translation>
    </message>
    <message>
        <source>Delete Download</source>
        <translation>Download löschen</translation>
    </message>
    <message>
        <source>Delete the downloaded files of the chosen episodes (%1)? They stay in the library, to download again.</source>
        <translation>Die geladenen Dateien der gewählten Folgen (%1) löschen? Sie bleiben in der Bibliothek und lassen sich wieder laden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 new</source>
        <translation>%1: %2 neu</translation>
    </message>
    <message>
        <source>&amp;Work Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>&amp;Star (Never Delete)</source>
        <translation>Mit &amp;Stern versehen (nie löschen)</translation>
    </message>
    <message>
        <source>&amp;Keep Downloads of This Show…</source>
        <translation>Downloads dieser Sendung &amp;behalten…</translation>
    </message>
    <message>
        <source>Downloads Size &amp;Limit…</source>
        <translation>Downloads: &amp;Obergrenze…</translation>
    </message>
    <message>
        <source>Keep Downloads</source>
        <translation>Downloads behalten</translation>
    </message>
    <message>
        <source>Keep the downloads of the newest episodes of %1 (0: all of them). Starred episodes, those with bookmarks and those in progress are always kept.</source>
        <translation>Die Downloads der neuesten Folgen von %1 behalten (0: alle). Folgen mit Stern, mit Lesezeichen und angefangene bleiben immer.</translation>
    </message>
    <message>
        <source>Downloads Size Limit</source>
        <translation>Obergrenze der Downloads</translation>
    </message>
    <message>
        <source>The most all downloaded episodes may take together, in MB (0: no limit). The oldest go first; starred episodes, those with bookmarks and those in progress are always kept.</source>
        <translation>Wie viel alle geladenen Folgen zusammen höchstens belegen dürfen, in MB (0: keine Grenze). Die ältesten gehen zuerst; Folgen mit Stern, mit Lesezeichen und angefangene bleiben immer.</translation>
    </message>
    <message>
        <source>Deleted the downloads of %1 episodes the limits no longer keep</source>
        <translation>Die Downloads von %1 Folgen gelöscht, die die Grenzen nicht mehr behalten</translation>
    </message>
    <message>
        <source>Up Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Play &amp;Next</source>
        <translation>Als &amp;Nächstes spielen</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>In die &amp;Warteschlange</translation>
    </message>
    <message>
        <source>Move &amp;Up in Up Next</source>
        <translation>In der Warteschlange &amp;vorziehen</translation>
    </message>
    <message>
        <source>Move Do&amp;wn in Up Next</source>
        <translation>In der Warteschlange zu&amp;rückstellen</translation>
    </message>
    <message>
        <source>Remo&amp;ve from Up Next</source>
        <translation>Aus der Warteschlange &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 episodes in Up Next</source>
        <translation>%1 Folgen in der Warteschlange</translation>
    </message>
    <message>
        <source>New Episodes of This Show &amp;Join Up Next</source>
        <translation>Neue Folgen dieser Sendung &amp;kommen in die Warteschlange</translation>
    </message>
    <message>
        <source>Downloads &amp;Folder…</source>
        <translation>&amp;Download-Ordner…</translation>
    </message>
    <message>
        <source>Downloads Folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>%1: not a folder Hark can write to; downloads go on to %2</source>
        <translation>%1: kein Ordner, in den Hark schreiben kann; Downloads gehen weiter nach %2</translation>
    </message>
    <message>
        <source>New downloads go to %1; those downloaded already stay where they are</source>
        <translation>Neue Downloads kommen nach %1; schon heruntergeladene bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Search every transcript (Ctrl+Shift+F)</source>
        <translation>Alle Transkripte durchsuchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Search every transcript</source>
        <translation>Alle Transkripte durchsuchen</translation>
    </message>
</context>
<context>
    <name>hark::LrcReader</name>
    <message>
        <source>expected a [mm:ss.xx] time tag; the line was ignored</source>
        <translation>eine Zeitmarke [mm:ss.xx] wurde erwartet; die Zeile wurde ignoriert</translation>
    </message>
    <message>
        <source>expected lines with [mm:ss.xx] time tags; found none</source>
        <translation>Zeilen mit Zeitmarken [mm:ss.xx] wurden erwartet; es gibt keine</translation>
    </message>
</context>
<context>
    <name>hark::Main</name>
    <message>
        <source>Try &apos;hark --help&apos; for more information.</source>
        <translation>Mehr dazu mit »hark --help«.</translation>
    </message>
    <message>
        <source>one EPISODE at a time</source>
        <translation>nur eine FOLGE auf einmal</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)
Try &apos;hark info FILE&apos; for what Hark reads without a window.</source>
        <translation>das Fenster kann nicht geöffnet werden: keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt)
Mit »hark info DATEI« zeigt Hark, was es ohne Fenster liest.</translation>
    </message>
    <message>
        <source>the running Hark did not answer (%1); opening another window</source>
        <translation>das laufende Hark hat nicht geantwortet (%1); ein weiteres Fenster wird geöffnet</translation>
    </message>
    <message>
        <source>cannot carry what was remembered into the library: %1</source>
        <translation>das Gemerkte lässt sich nicht in die Bibliothek übernehmen: %1</translation>
    </message>
</context>
<context>
    <name>hark::MainWindow</name>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Back to now</source>
        <translation>Zurück zur laufenden Stelle</translation>
    </message>
    <message>
        <source>Follow the episode again (.)</source>
        <translation>Der Folge wieder folgen (.)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Episode…</source>
        <translation>Folge ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Transcript…</source>
        <translation>&amp;Transkript öffnen…</translation>
    </message>
    <message>
        <source>&amp;Align the Transcript to the Audio</source>
        <translation>Transkript am Ton &amp;ausrichten</translation>
    </message>
    <message>
        <source>Listen to the audio for the time of every word of the transcript (offline)</source>
        <translation>Im Ton die Zeit jedes Wortes des Transkripts ermitteln (offline)</translation>
    </message>
    <message>
        <source>&amp;Export Transcript…</source>
        <translation>Transkript &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>&amp;Replay the Current Line</source>
        <translation>Aktuelle Zeile &amp;noch einmal</translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <source>Back 15 Seconds</source>
        <translation>15 Sekunden zurück</translation>
    </message>
    <message>
        <source>Forward 30 Seconds</source>
        <translation>30 Sekunden vor</translation>
    </message>
    <message>
        <source>Pre&amp;vious Line</source>
        <translation>&amp;Vorige Zeile</translation>
    </message>
    <message>
        <source>&amp;Next Line</source>
        <translation>Nächste &amp;Zeile</translation>
    </message>
    <message>
        <source>Previous &amp;Chapter</source>
        <translation>Vori&amp;ges Kapitel</translation>
    </message>
    <message>
        <source>Next C&amp;hapter</source>
        <translation>Nächstes &amp;Kapitel</translation>
    </message>
    <message>
        <source>Add a Boo&amp;kmark</source>
        <translation>Lesezei&amp;chen setzen</translation>
    </message>
    <message>
        <source>&amp;Jump To</source>
        <translation>&amp;Springen zu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>Langsa&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>Sc&amp;hneller</translation>
    </message>
    <message>
        <source>N&amp;ormal Speed</source>
        <translation>N&amp;ormales Tempo</translation>
    </message>
    <message>
        <source>Volume &amp;Up</source>
        <translation>&amp;Lauter</translation>
    </message>
    <message>
        <source>Volume Do&amp;wn</source>
        <translation>Leis&amp;er</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>St&amp;ummschalten</translation>
    </message>
    <message>
        <source>Pause Aft&amp;er Each Line</source>
        <translation>Nach jeder Zeile &amp;pausieren</translation>
    </message>
    <message>
        <source>Loop From Here (&amp;A)</source>
        <translation>Schleife ab hier (&amp;A)</translation>
    </message>
    <message>
        <source>Loop To Here (&amp;B)</source>
        <translation>Schleife bis hier (&amp;B)</translation>
    </message>
    <message>
        <source>Loop the Selec&amp;tion</source>
        <translation>Auswahl w&amp;iederholen</translation>
    </message>
    <message>
        <source>En&amp;d the Loop</source>
        <translation>Schleife been&amp;den</translation>
    </message>
    <message>
        <source>Transcript Earl&amp;ier (50 ms)</source>
        <translation>Transkript f&amp;rüher (50 ms)</translation>
    </message>
    <message>
        <source>Transcript &amp;Later (50 ms)</source>
        <translation>Transkript spä&amp;ter (50 ms)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy &amp;Quote</source>
        <translation>&amp;Zitat kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Moment</source>
        <translation>&amp;Moment kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>Com&amp;pact Spacing</source>
        <translation>Enger &amp;Zeilenabstand</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>As the De&amp;sktop</source>
        <translation>Wie der &amp;Desktop</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>&amp;Chapters</source>
        <translation>Ka&amp;pitel</translation>
    </message>
    <message>
        <source>Boo&amp;kmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Back to Now</source>
        <translation>Zurück zur laufenden &amp;Stelle</translation>
    </message>
    <message>
        <source>Page &amp;Up</source>
        <translation>Seite &amp;hoch</translation>
    </message>
    <message>
        <source>Page &amp;Down</source>
        <translation>Seite &amp;runter</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Anfang</translation>
    </message>
    <message>
        <source>Botto&amp;m</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>WebVTT (*.vtt)</source>
        <translation>WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>SubRip (*.srt)</source>
        <translation>SubRip (*.srt)</translation>
    </message>
    <message>
        <source>Podcasting 2.0 JSON (*.json)</source>
        <translation>Podcasting 2.0 JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the Transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Exported the transcript to %1.</source>
        <translation>Das Transkript wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Bookmarked %1. Type a note if you like (Enter), or go on listening.</source>
        <translation>Lesezeichen bei %1 gesetzt. Tippen Sie eine Notiz, wenn Sie möchten (Eingabe), oder hören Sie weiter.</translation>
    </message>
    <message>
        <source>Select the words to quote first.</source>
        <translation>Wählen Sie zuerst die Wörter aus, die Sie zitieren möchten.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Copied a command that opens this moment: %1</source>
        <translation>Ein Befehl, der diesen Moment öffnet, wurde kopiert: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Hark</source>
        <translation>Hark</translation>
    </message>
    <message>
        <source>%1 — Hark</source>
        <translation>%1 – Hark</translation>
    </message>
    <message>
        <source>No recent episodes</source>
        <translation>Keine zuletzt gehörten Folgen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Episode</source>
        <translation>Folge öffnen</translation>
    </message>
    <message>
        <source>Episodes and transcripts (*.mp3 *.m4a *.m4b *.aac *.ogg *.oga *.opus *.flac *.wav *.vtt *.srt *.json *.lrc *.html *.htm *.txt);;All files (*)</source>
        <translation>Folgen und Transkripte (*.mp3 *.m4a *.m4b *.aac *.ogg *.oga *.opus *.flac *.wav *.vtt *.srt *.json *.lrc *.html *.htm *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation>Transkript öffnen</translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json *.lrc *.html *.htm *.txt);;All files (*)</source>
        <translation>Transkripte (*.vtt *.srt *.json *.lrc *.html *.htm *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Select the words to loop first.</source>
        <translation>Wählen Sie zuerst die Wörter aus, die wiederholt werden sollen.</translation>
    </message>
    <message>
        <source>%1 (transcript).vtt</source>
        <translation>%1 (Transkript).vtt</translation>
    </message>
</context>
<context>
    <name>hark::MediaPlayerBackend</name>
    <message>
        <source>no sound output was found. Is the sound server (PipeWire or PulseAudio) running?</source>
        <translation>es wurde keine Tonausgabe gefunden. Läuft der Sound-Server (PipeWire oder PulseAudio)?</translation>
    </message>
</context>
<context>
    <name>hark::MprisService</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>the object path %1 is taken</source>
        <translation>der Objektpfad %1 ist belegt</translation>
    </message>
</context>
<context>
    <name>hark::Opml</name>
    <message>
        <source>the list is larger than %1 MB</source>
        <translation>die Liste ist größer als %1 MB</translation>
    </message>
    <message>
        <source>a DTD or an entity has no place in a subscription list</source>
        <translation>eine DTD oder eine Entität hat in einer Abonnementliste nichts zu suchen</translation>
    </message>
    <message>
        <source>not a subscription list (OPML): the document is &lt;%1&gt;</source>
        <translation>keine Abonnementliste (OPML): das Dokument ist &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; passed over: only http and https feeds are subscribed to</source>
        <translation>„%1“ übergangen: nur http- und https-Feeds werden abonniert</translation>
    </message>
    <message>
        <source>not a subscription list (OPML): %1</source>
        <translation>keine Abonnementliste (OPML): %1</translation>
    </message>
    <message>
        <source>the list stops being readable here (%1); the subscriptions before it are kept (%2)</source>
        <translation>die Liste ist ab hier nicht mehr lesbar (%1); die Abonnements davor bleiben (%2)</translation>
    </message>
</context>
<context>
    <name>hark::PcmDecoder</name>
    <message>
        <source>%1: cannot read the audio file</source>
        <translation>%1: die Audiodatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the decoder gave %2 Hz audio in %3 channels, not 16 kHz mono</source>
        <translation>%1: der Decoder lieferte Ton mit %2 Hz in %3 Kanälen statt 16 kHz mono</translation>
    </message>
    <message>
        <source>%1: cannot decode the audio: %2</source>
        <translation>%1: der Ton kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>%1: no audio was found in the file</source>
        <translation>%1: in der Datei wurde kein Ton gefunden</translation>
    </message>
</context>
<context>
    <name>hark::PlainTextReader</name>
    <message>
        <source>expected transcript text; the file is empty</source>
        <translation>Transkripttext wurde erwartet; die Datei ist leer</translation>
    </message>
    <message>
        <source>the header holds no transcript text after it</source>
        <translation>nach dem Kopf folgt kein Transkripttext</translation>
    </message>
</context>
<context>
    <name>hark::PlayerSession</name>
    <message>
        <source>Cannot play the audio: %1</source>
        <translation>Der Ton kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>Paused: the sound output “%1” went away. Play goes on through the one left.</source>
        <translation>Angehalten: die Tonausgabe »%1« ist verschwunden. Weiter geht es über die verbliebene.</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Gezeigt wird %1.</translation>
    </message>
    <message>
        <source>This line has no time yet.</source>
        <translation>Diese Zeile hat noch keine Zeit.</translation>
    </message>
    <message>
        <source>Loop from %1: press B where it should end.</source>
        <translation>Schleife ab %1: drücken Sie B, wo sie enden soll.</translation>
    </message>
    <message>
        <source>The selection has no times to loop between.</source>
        <translation>Die Auswahl hat keine Zeiten, zwischen denen sich wiederholen ließe.</translation>
    </message>
    <message>
        <source>there is no transcript to export</source>
        <translation>es gibt kein Transkript zum Exportieren</translation>
    </message>
    <message>
        <source>%1 is the episode&apos;s own file: Hark does not write over it</source>
        <translation>%1 ist die eigene Datei der Folge: Hark überschreibt sie nicht</translation>
    </message>
    <message>
        <source>Alignment cancelled: the times shown are provisional. File ▸ Align the Transcript to the Audio starts it again.</source>
        <translation>Ausrichtung abgebrochen: die gezeigten Zeiten sind vorläufig. Datei ▸ Transkript am Ton ausrichten startet sie erneut.</translation>
    </message>
    <message>
        <source>Cannot align the transcript: %1</source>
        <translation>Das Transkript kann nicht ausgerichtet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Aligned %n words by listening to the audio</source>
        <translation>
            <numerusform>%n Wort durch Anhören des Tons ausgerichtet</numerusform>
            <numerusform>%n Wörter durch Anhören des Tons ausgerichtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n estimated (underlined)</source>
        <translation>
            <numerusform>; %n geschätzt (unterstrichen)</numerusform>
            <numerusform>; %n geschätzt (unterstrichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>. Not kept: %1</source>
        <translation>. Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>. Kept as %1.</source>
        <translation>. Gespeichert als %1.</translation>
    </message>
    <message>
        <source>. Kept in Hark&apos;s cache folder (%1).</source>
        <translation>. Gespeichert in Harks Zwischenspeicher-Ordner (%1).</translation>
    </message>
    <message>
        <source>Spread evenly: %1</source>
        <translation>Gleichmäßig verteilt: %1</translation>
    </message>
</context>
<context>
    <name>hark::PodcastCommands</name>
    <message>
        <source>Subscribe to podcasts.</source>
        <translation>Podcasts abonnieren.</translation>
    </message>
    <message>
        <source>A feed&apos;s http or https address, or an OPML file of subscriptions (from gPodder, AntennaPod…).</source>
        <translation>Die http- oder https-Adresse eines Feeds, oder eine OPML-Datei mit Abos (aus gPodder, AntennaPod …).</translation>
    </message>
    <message>
        <source>Usage: hark subscribe URL|FILE.opml…</source>
        <translation>Aufruf: hark subscribe URL|DATEI.opml…</translation>
    </message>
    <message>
        <source>subscribe: missing URL or OPML file</source>
        <translation>subscribe: URL oder OPML-Datei fehlt</translation>
    </message>
    <message>
        <source>subscribe: %1: only http and https addresses</source>
        <translation>subscribe: %1: nur http- und https-Adressen</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Subscribed to %1 (%2 episodes)</source>
        <translation>%1 abonniert (%2 Folgen)</translation>
    </message>
    <message>
        <source>Unsubscribe from a show. Its downloaded episodes stay where they are.</source>
        <translation>Das Abo einer Sendung beenden. Ihre geladenen Folgen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>The show&apos;s title, its feed&apos;s address, or its number in &apos;hark episodes --json&apos;.</source>
        <translation>Der Titel der Sendung, die Adresse ihres Feeds oder ihre Nummer in »hark episodes --json«.</translation>
    </message>
    <message>
        <source>Usage: hark unsubscribe SHOW</source>
        <translation>Aufruf: hark unsubscribe SENDUNG</translation>
    </message>
    <message>
        <source>unsubscribe: name one SHOW</source>
        <translation>unsubscribe: eine SENDUNG nennen</translation>
    </message>
    <message>
        <source>no show called %1 (see &apos;hark episodes&apos;)</source>
        <translation>keine Sendung namens %1 (siehe »hark episodes«)</translation>
    </message>
    <message>
        <source>%1 names %2 shows; give the feed&apos;s address instead</source>
        <translation>%1 passt auf %2 Sendungen; bitte die Adresse des Feeds angeben</translation>
    </message>
    <message>
        <source>Unsubscribed from %1; its downloaded episodes stay in %2</source>
        <translation>Abo von %1 beendet; die geladenen Folgen bleiben in %2</translation>
    </message>
    <message>
        <source>Fetch every subscribed show&apos;s feed for new episodes.</source>
        <translation>Die Feeds aller abonnierten Sendungen nach neuen Folgen abfragen.</translation>
    </message>
    <message>
        <source>Usage: hark refresh</source>
        <translation>Aufruf: hark refresh</translation>
    </message>
    <message>
        <source>refresh: takes no arguments</source>
        <translation>refresh: nimmt keine Argumente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: unverändert</translation>
    </message>
    <message>
        <source>%1: %2 new</source>
        <translation>%1: %2 neu</translation>
    </message>
    <message>
        <source>List the library&apos;s episodes, newest first.</source>
        <translation>Die Folgen der Bibliothek auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Print them as JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only this show&apos;s.</source>
        <translation>Nur die dieser Sendung.</translation>
    </message>
    <message>
        <source>Usage: hark episodes [SHOW] [--json]</source>
        <translation>Aufruf: hark episodes [SENDUNG] [--json]</translation>
    </message>
    <message>
        <source>episodes: one SHOW at most</source>
        <translation>episodes: höchstens eine SENDUNG</translation>
    </message>
    <message>
        <source>no show called %1</source>
        <translation>keine Sendung namens %1</translation>
    </message>
    <message>
        <source>Download episodes with their transcripts and chapters.</source>
        <translation>Folgen mit ihren Transkripten und Kapiteln herunterladen.</translation>
    </message>
    <message>
        <source>The N newest episodes of each show.</source>
        <translation>Die N neuesten Folgen jeder Sendung.</translation>
    </message>
    <message>
        <source>Episodes by their guid (see &apos;hark episodes&apos;).</source>
        <translation>Folgen nach ihrer GUID (siehe »hark episodes«).</translation>
    </message>
    <message>
        <source>Usage: hark download [--latest N] [GUID…]</source>
        <translation>Aufruf: hark download [--latest N] [GUID…]</translation>
    </message>
    <message>
        <source>download: --latest takes a number of at least 1</source>
        <translation>download: --latest braucht eine Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>download: name episodes by GUID, or give --latest N</source>
        <translation>download: Folgen per GUID nennen oder --latest N angeben</translation>
    </message>
    <message>
        <source>no episode with the guid %1</source>
        <translation>keine Folge mit der GUID %1</translation>
    </message>
    <message>
        <source>Exchange subscriptions with other podcast apps as OPML.</source>
        <translation>Abos mit anderen Podcast-Apps als OPML austauschen.</translation>
    </message>
    <message>
        <source>export FILE (&apos;-&apos;: standard output), or import FILE.</source>
        <translation>export DATEI (»-«: Standardausgabe) oder import DATEI.</translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation>Die OPML-Datei.</translation>
    </message>
    <message>
        <source>Usage: hark opml export FILE
       hark opml import FILE</source>
        <translation>Aufruf: hark opml export DATEI
        hark opml import DATEI</translation>
    </message>
    <message>
        <source>opml: export FILE or import FILE</source>
        <translation>opml: export DATEI oder import DATEI</translation>
    </message>
    <message>
        <source>Hark subscriptions</source>
        <translation>Hark-Abos</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1 subscriptions written to %2</source>
        <translation>%1 Abos in %2 geschrieben</translation>
    </message>
    <message>
        <source>aligning %1</source>
        <translation>%1 wird ausgerichtet</translation>
    </message>
    <message>
        <source>%1: not aligned: %2</source>
        <translation>%1: nicht ausgerichtet: %2</translation>
    </message>
    <message>
        <source>aligned %1: kept in %2</source>
        <translation>%1 ausgerichtet: abgelegt in %2</translation>
    </message>
    <message>
        <source>deleted the download of %1 (the library&apos;s limits)</source>
        <translation>Download von %1 gelöscht (die Grenzen der Bibliothek)</translation>
    </message>
    <message>
        <source>cannot carry what was remembered into the library: %1</source>
        <translation>das Gemerkte lässt sich nicht in die Bibliothek übernehmen: %1</translation>
    </message>
    <message>
        <source>Search every transcript Hark knows (the library&apos;s episodes, and local episodes once opened or aligned): words (all must appear), &quot;a phrase&quot;, a prefix*, OR, -not. Best first, recent episodes slightly ahead.</source>
        <translation>Jedes Transkript durchsuchen, das Hark kennt (die Folgen der Bibliothek und lokale Folgen, die einmal geöffnet oder abgeglichen wurden): Wörter (alle müssen vorkommen), &quot;eine Wendung&quot;, ein Anfang*, OR, -nicht. Die besten zuerst, neuere Folgen etwas weiter vorn.</translation>
    </message>
    <message>
        <source>Print the hits as JSON.</source>
        <translation>Die Treffer als JSON ausgeben.</translation>
    </message>
    <message>
        <source>At most N hits (default 20).</source>
        <translation>Höchstens N Treffer (sonst 20).</translation>
    </message>
    <message>
        <source>Make the index again from every transcript on disk first (no QUERY: only that).</source>
        <translation>Zuerst den Index aus allen Transkripten auf der Platte neu aufbauen (ohne SUCHE: nur das).</translation>
    </message>
    <message>
        <source>What to find.</source>
        <translation>Was zu finden ist.</translation>
    </message>
    <message>
        <source>Usage: hark search QUERY… [--json] [--limit N] [--reindex]</source>
        <translation>Aufruf: hark search SUCHE… [--json] [--limit N] [--reindex]</translation>
    </message>
    <message>
        <source>search: --limit takes a number of hits, 1 or more, not %1</source>
        <translation>search: --limit nimmt eine Anzahl Treffer, 1 oder mehr, nicht %1</translation>
    </message>
    <message>
        <source>search: say what to find</source>
        <translation>search: sagen Sie, was zu finden ist</translation>
    </message>
    <message>
        <source>cannot rebuild the search index: %1</source>
        <translation>kann den Suchindex nicht neu aufbauen: %1</translation>
    </message>
    <message numerus="yes">
        <source>search index rebuilt: %n episodes</source>
        <translation>
            <numerusform>Suchindex neu aufgebaut: %n Folge</numerusform>
            <numerusform>Suchindex neu aufgebaut: %n Folgen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot search: %1</source>
        <translation>kann nicht suchen: %1</translation>
    </message>
    <message>
        <source>(no longer on disk)</source>
        <translation>(nicht mehr auf der Platte)</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
</context>
<context>
    <name>hark::PodcastJsonReader</name>
    <message>
        <source>expected &quot;%1&quot; to be a number of seconds</source>
        <translation>»%1« sollte eine Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; to be a number of seconds, found &quot;%2&quot;</source>
        <translation>»%1« sollte eine Zahl von Sekunden sein, gefunden: »%2«</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; to be a time from 0 to 10,000,000 seconds</source>
        <translation>»%1« sollte eine Zeit von 0 bis 10.000.000 Sekunden sein</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; to be text</source>
        <translation>»%1« sollte Text sein</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; to be an array</source>
        <translation>»%1« sollte ein Array sein</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;%1&quot; array, found %2</source>
        <translation>ein JSON-Objekt mit einem Array »%1« wurde erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected %1 %2 to be an object</source>
        <translation>%1 %2 sollte ein Objekt sein</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>invalid JSON: text after the end of the document</source>
        <translation>ungültiges JSON: Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>expected a &quot;%1&quot; array; the object has none</source>
        <translation>ein Array »%1« wurde erwartet; das Objekt hat keines</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source> (and %1 more segments)</source>
        <translation> (und %1 weitere Segmente)</translation>
    </message>
    <message>
        <source>segment %1%2: %3</source>
        <translation>Segment %1%2: %3</translation>
    </message>
    <message>
        <source>times given as strings were read as numbers</source>
        <translation>als Zeichenketten angegebene Zeiten wurden als Zahlen gelesen</translation>
    </message>
    <message>
        <source>no startTime</source>
        <translation>keine startTime</translation>
    </message>
    <message>
        <source>chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>chapter %1: expected a &quot;startTime&quot;</source>
        <translation>Kapitel %1: eine »startTime« wurde erwartet</translation>
    </message>
</context>
<context>
    <name>hark::PodcastLibrary</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot keep it in the library: %2</source>
        <translation>%1: lässt sich nicht in der Bibliothek ablegen: %2</translation>
    </message>
    <message>
        <source>%1 says it moved to %2, which is subscribed already</source>
        <translation>%1 meldet einen Umzug nach %2, das schon abonniert ist</translation>
    </message>
    <message>
        <source>%1: new feed address %2 passed over: only http and https are followed</source>
        <translation>%1: neue Feed-Adresse %2 übergangen: nur http und https werden befolgt</translation>
    </message>
    <message>
        <source>no episode %1 in the library</source>
        <translation>keine Folge %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>%1: the feed gives no audio for it</source>
        <translation>%1: der Feed nennt keinen Ton dazu</translation>
    </message>
    <message>
        <source>transcript not kept: %1</source>
        <translation>Transkript nicht behalten: %1</translation>
    </message>
    <message>
        <source>chapters not kept: %1</source>
        <translation>Kapitel nicht behalten: %1</translation>
    </message>
    <message>
        <source>%1: cannot delete it</source>
        <translation>%1: lässt sich nicht löschen</translation>
    </message>
    <message>
        <source>Cannot keep where %1 was left: %2</source>
        <translation>Es lässt sich nicht merken, wo %1 aufgehört hat: %2</translation>
    </message>
    <message>
        <source>Cannot keep the bookmarks: %1</source>
        <translation>Die Lesezeichen lassen sich nicht sichern: %1</translation>
    </message>
</context>
<context>
    <name>hark::SearchEverything</name>
    <message>
        <source>Search Everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, prefix*, OR, -not</source>
        <translation>Wörter, &quot;eine Wendung&quot;, Anfang*, OR, -nicht</translation>
    </message>
    <message>
        <source>Search every transcript</source>
        <translation>Alle Transkripte durchsuchen</translation>
    </message>
    <message>
        <source>Moments found</source>
        <translation>Gefundene Stellen</translation>
    </message>
    <message>
        <source>Type to search every transcript Hark knows: the library&apos;s episodes, and the files you have opened.</source>
        <translation>Tippen Sie, um jedes Transkript zu durchsuchen, das Hark kennt: die Folgen der Bibliothek und die Dateien, die Sie geöffnet haben.</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>Kann nicht suchen: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n Stelle</numerusform>
            <numerusform>%n Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n episodes. Enter plays from just before the moment.</source>
        <translation>
            <numerusform>in %n Folge. Eingabe spielt ab kurz vor der Stelle.</numerusform>
            <numerusform>in %n Folgen. Eingabe spielt ab kurz vor der Stelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer at %2.</source>
        <translation>%1 liegt nicht mehr unter %2.</translation>
    </message>
    <message>
        <source>“%1” is no longer on disk. Press Enter again to download it; it plays from this moment when it is here.</source>
        <translation>»%1« ist nicht mehr auf der Platte. Drücken Sie noch einmal Eingabe, um die Folge herunterzuladen; sie spielt ab dieser Stelle, sobald sie da ist.</translation>
    </message>
    <message>
        <source>Working offline: File › Work Offline lets Hark download again.</source>
        <translation>Offline: Datei › Offline arbeiten lässt Hark wieder herunterladen.</translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation>»%1« wird heruntergeladen …</translation>
    </message>
</context>
<context>
    <name>hark::SearchHitModel</name>
    <message>
        <source> (no longer on disk)</source>
        <translation> (nicht mehr auf der Platte)</translation>
    </message>
    <message>
        <source>No longer on disk: %1</source>
        <translation>Nicht mehr auf der Platte: %1</translation>
    </message>
    <message>
        <source>%1 · no longer on disk</source>
        <translation>%1 · nicht mehr auf der Platte</translation>
    </message>
</context>
<context>
    <name>hark::SearchIndex</name>
    <message>
        <source>a document&apos;s body is damaged (%1)</source>
        <translation>der Inhalt eines Dokuments ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>a document&apos;s body is damaged or of an unknown format</source>
        <translation>der Inhalt eines Dokuments ist beschädigt oder in einem unbekannten Format</translation>
    </message>
    <message>
        <source>no such document, or its body is damaged</source>
        <translation>kein solches Dokument, oder sein Inhalt ist beschädigt</translation>
    </message>
    <message>
        <source>a rebuild begun at %1 did not finish</source>
        <translation>ein um %1 begonnener Neuaufbau wurde nicht fertig</translation>
    </message>
    <message>
        <source>%1 indexed lines belong to no document</source>
        <translation>%1 indizierte Zeilen gehören zu keinem Dokument</translation>
    </message>
</context>
<context>
    <name>hark::SearchIndexer</name>
    <message>
        <source>it has no words</source>
        <translation>es enthält keine Wörter</translation>
    </message>
    <message>
        <source>%1: left out of the search: %2</source>
        <translation>%1: aus der Suche ausgelassen: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>The search index is damaged (%1): rebuilding it</source>
        <translation>Der Suchindex ist beschädigt (%1): er wird neu aufgebaut</translation>
    </message>
    <message numerus="yes">
        <source>The search index was damaged (%1) and is rebuilt: %n episodes.</source>
        <translation>
            <numerusform>Der Suchindex war beschädigt (%1) und ist neu aufgebaut: %n Folge.</numerusform>
            <numerusform>Der Suchindex war beschädigt (%1) und ist neu aufgebaut: %n Folgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is damaged (%1) and cannot be rebuilt: %2</source>
        <translation>Der Suchindex ist beschädigt (%1) und lässt sich nicht neu aufbauen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts changed on disk since they were indexed: indexed again.</source>
        <translation>
            <numerusform>%n Transkript hat sich auf der Platte geändert, seit es indiziert wurde: neu indiziert.</numerusform>
            <numerusform>%n Transkripte haben sich auf der Platte geändert, seit sie indiziert wurden: neu indiziert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hark::SearchQuery</name>
    <message>
        <source>Only the first %1 characters were searched.</source>
        <translation>Gesucht wurde nur nach den ersten %1 Zeichen.</translation>
    </message>
    <message>
        <source>Add a word to find: a word with - before it only leaves out what has it.</source>
        <translation>Geben Sie ein Wort zum Finden ein: ein Wort mit - davor schließt nur aus, was es enthält.</translation>
    </message>
    <message>
        <source>A prefix needs %1 letters or more; searched as whole words: %2.</source>
        <translation>Ein Wortanfang braucht %1 Buchstaben oder mehr; als ganze Wörter gesucht: %2.</translation>
    </message>
</context>
<context>
    <name>hark::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>hark::ShowModel</name>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>Die letzte Aktualisierung scheiterte: %1</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>%1 not played</source>
        <translation>%1 nicht gehört</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>hark::SidecarFinder</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the only readable transcript</source>
        <translation>das einzige lesbare Transkript</translation>
    </message>
    <message>
        <source>%1 beats %2 (%3)</source>
        <translation>%1 schlägt %2 (%3)</translation>
    </message>
    <message>
        <source>its language matches yours, unlike %1</source>
        <translation>seine Sprache passt zu Ihrer, anders als bei %1</translation>
    </message>
    <message>
        <source>Hark&apos;s own alignment is preferred to %1</source>
        <translation>Harks eigene Ausrichtung wird %1 vorgezogen</translation>
    </message>
    <message>
        <source>a file beside the episode is preferred to its tag (%1) at the same timing</source>
        <translation>bei gleicher Zeitgenauigkeit wird eine Datei neben der Folge ihrem Tag (%1) vorgezogen</translation>
    </message>
    <message>
        <source>the plainer tag of equal candidates (over %1)</source>
        <translation>der schlichtere Tag unter gleichwertigen (vor %1)</translation>
    </message>
    <message>
        <source>%1 is preferred to %2 (%3) at the same timing</source>
        <translation>bei gleicher Zeitgenauigkeit wird %1 %2 (%3) vorgezogen</translation>
    </message>
    <message>
        <source>the plainer name of equal candidates (over %1)</source>
        <translation>der schlichtere Name unter gleichwertigen (vor %1)</translation>
    </message>
</context>
<context>
    <name>hark::SrtReader</name>
    <message>
        <source>bad cue timing: %1</source>
        <translation>fehlerhafte Cue-Zeit: %1</translation>
    </message>
    <message>
        <source>expected cue timing lines like &quot;00:00:01,000 --&gt; 00:00:04,000&quot;; found none</source>
        <translation>Zeitzeilen wie »00:00:01,000 --&gt; 00:00:04,000« wurden erwartet; es gibt keine</translation>
    </message>
    <message>
        <source>the cue ends (%1) before it starts (%2)</source>
        <translation>der Cue endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <source>text before the first cue was ignored</source>
        <translation>Text vor dem ersten Cue wurde ignoriert</translation>
    </message>
    <message>
        <source>the cues were not in time order; they were sorted</source>
        <translation>die Cues waren nicht zeitlich geordnet; sie wurden sortiert</translation>
    </message>
</context>
<context>
    <name>hark::TagReader</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not an audio file TagLib can read</source>
        <translation>keine Audiodatei, die TagLib lesen kann</translation>
    </message>
</context>
<context>
    <name>hark::TextDecoder</name>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file was read as Windows-1252</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); die Datei wurde als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>expected text, found binary data</source>
        <translation>Text wurde erwartet, gefunden wurden Binärdaten</translation>
    </message>
</context>
<context>
    <name>hark::Transcript</name>
    <message>
        <source>untimed</source>
        <translation>ohne Zeiten</translation>
    </message>
    <message>
        <source>timed by segment</source>
        <translation>Zeiten je Segment</translation>
    </message>
    <message>
        <source>timed by word</source>
        <translation>Zeiten je Wort</translation>
    </message>
</context>
<context>
    <name>hark::TranscriptFile</name>
    <message>
        <source>the file is %1 MB; transcripts over %2 MB are not read</source>
        <translation>die Datei hat %1 MB; Transkripte über %2 MB werden nicht gelesen</translation>
    </message>
    <message>
        <source>transcripts over %1 MB are not read</source>
        <translation>Transkripte über %1 MB werden nicht gelesen</translation>
    </message>
    <message>
        <source>is a folder, not a transcript file</source>
        <translation>ist ein Ordner, keine Transkriptdatei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>expected a transcript; the file is empty</source>
        <translation>ein Transkript wurde erwartet; die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>hark::TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation>Kein Transkript</translation>
    </message>
    <message>
        <source>%1 (provisional: the words are spread evenly until Hark has listened to the audio)</source>
        <translation>%1 (vorläufig: die Wörter sind gleichmäßig verteilt, bis Hark den Ton angehört hat)</translation>
    </message>
    <message>
        <source>%1 (estimated: this word could not be heard clearly, so its time is interpolated between its neighbours)</source>
        <translation>%1 (geschätzt: dieses Wort war nicht deutlich zu hören, daher ist seine Zeit zwischen den Nachbarn interpoliert)</translation>
    </message>
    <message>
        <source>Up, Down: from line to line; Enter: play from the line</source>
        <translation>Hoch, Runter: von Zeile zu Zeile; Eingabe: ab der Zeile abspielen</translation>
    </message>
</context>
<context>
    <name>hark::TranscriptWriter</name>
    <message>
        <source>segment %1 (&quot;%2&quot;) has no time, and %3 needs one for every cue; an untimed transcript can be written as json, txt or md</source>
        <translation>Segment %1 (»%2«) hat keine Zeit, und %3 braucht eine für jeden Cue; ein Transkript ohne Zeiten lässt sich als json, txt oder md schreiben</translation>
    </message>
    <message>
        <source>Hark cannot write %1 files</source>
        <translation>Hark kann keine %1-Dateien schreiben</translation>
    </message>
</context>
<context>
    <name>hark::TransportBar</name>
    <message>
        <source>Back 15 seconds</source>
        <translation>15 Sekunden zurück</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Wiedergabe (Leertaste)</translation>
    </message>
    <message>
        <source>Forward 30 seconds</source>
        <translation>30 Sekunden vor</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Where the episode is (Left, Right: 5 seconds; J, L: 15 back, 30 on)</source>
        <translation>Wo die Folge steht (Links, Rechts: 5 Sekunden; J, L: 15 zurück, 30 vor)</translation>
    </message>
    <message>
        <source>Listening modes</source>
        <translation>Hörmodi</translation>
    </message>
    <message>
        <source>Sync offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Playback speed (the pitch changes with it)</source>
        <translation>Wiedergabetempo (die Tonhöhe ändert sich mit)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Stumm (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume (Ctrl+Up, Ctrl+Down)</source>
        <translation>Lautstärke (Strg+Hoch, Strg+Runter)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Sync %1 s</source>
        <translation>Versatz %1 s</translation>
    </message>
    <message numerus="yes">
        <source>The transcript is shown %n ms later than written (Z, X)</source>
        <translation>
            <numerusform>Das Transkript wird %n ms später als angegeben gezeigt (Z, X)</numerusform>
            <numerusform>Das Transkript wird %n ms später als angegeben gezeigt (Z, X)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The transcript is shown %n ms earlier than written (Z, X)</source>
        <translation>
            <numerusform>Das Transkript wird %n ms früher als angegeben gezeigt (Z, X)</numerusform>
            <numerusform>Das Transkript wird %n ms früher als angegeben gezeigt (Z, X)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loop %1–%2</source>
        <translation>Schleife %1–%2</translation>
    </message>
    <message>
        <source>Pausing after each line</source>
        <translation>Pause nach jeder Zeile</translation>
    </message>
</context>
<context>
    <name>hark::UpNext</name>
    <message>
        <source>%1 is next, but it is not downloaded and Hark is working offline</source>
        <translation>%1 kommt als Nächstes, ist aber nicht geladen, und Hark arbeitet offline</translation>
    </message>
    <message>
        <source>Downloading %1, next in Up Next; it plays when it is here</source>
        <translation>%1 wird geladen, als Nächstes in der Warteschlange; es spielt, sobald es da ist</translation>
    </message>
</context>
<context>
    <name>hark::UpNextModel</name>
    <message>
        <source>Up Next</source>
        <translation>Als Nächstes</translation>
    </message>
</context>
<context>
    <name>hark::VttReader</name>
    <message>
        <source>expected &quot;WEBVTT&quot; at the start of the file</source>
        <translation>»WEBVTT« wurde am Anfang der Datei erwartet</translation>
    </message>
    <message>
        <source>the &quot;WEBVTT&quot; line is missing; read anyway</source>
        <translation>die Zeile »WEBVTT« fehlt; trotzdem gelesen</translation>
    </message>
    <message>
        <source>%1 inline times outside the cue or running backwards were ignored</source>
        <translation>%1 Zeiten im Text außerhalb des Cues oder rückwärts laufend wurden ignoriert</translation>
    </message>
    <message>
        <source>the cue ends (%1) before it starts (%2)</source>
        <translation>der Cue endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <source>expected cue timings like &quot;00:01.000 --&gt; 00:04.000&quot;; the cue&apos;s text was kept without a time</source>
        <translation>Cue-Zeiten wie »00:01.000 --&gt; 00:04.000« wurden erwartet; der Text des Cues wurde ohne Zeit behalten</translation>
    </message>
    <message>
        <source>expected cue timings like &quot;00:01.000 --&gt; 00:04.000&quot;; the cue was skipped</source>
        <translation>Cue-Zeiten wie »00:01.000 --&gt; 00:04.000« wurden erwartet; der Cue wurde übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s) timed in a short form (like &quot;0.860&quot; or &quot;1:01.080&quot;), read as seconds; WebVTT writes &quot;00:00.860&quot;</source>
        <translation>
            <numerusform>%n Cue in Kurzform (wie »0.860« oder »1:01.080«) als Sekunden gelesen; WebVTT schreibt »00:00.860«</numerusform>
            <numerusform>%n Cues in Kurzform (wie »0.860« oder »1:01.080«) als Sekunden gelesen; WebVTT schreibt »00:00.860«</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hark::align::Aligner</name>
    <message>
        <source>the transcript has no words to align</source>
        <translation>das Transkript hat keine Wörter zum Ausrichten</translation>
    </message>
    <message>
        <source>cannot write the aligner&apos;s working files in %1</source>
        <translation>die Arbeitsdateien der Ausrichtung können in %1 nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the transcript does not look like English, the only language the offline speech model knows: its words were spread evenly over the audio, not listened for</source>
        <translation>das Transkript sieht nicht nach Englisch aus, der einzigen Sprache, die das Offline-Sprachmodell kennt: seine Wörter wurden gleichmäßig über den Ton verteilt, nicht herausgehört</translation>
    </message>
</context>
<context>
    <name>hark::align::Pronunciations</name>
    <message>
        <source>%1: cannot read the pronunciation dictionary: %2</source>
        <translation>%1: das Aussprachewörterbuch kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>hark::align::Recognizer</name>
    <message>
        <source>%1: the speech model is missing (install pocketsphinx-en-us)</source>
        <translation>%1: das Sprachmodell fehlt (pocketsphinx-en-us installieren)</translation>
    </message>
    <message>
        <source>cannot start the speech recognizer with %1 and %2</source>
        <translation>die Spracherkennung kann mit %1 und %2 nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>hark::timecode</name>
    <message>
        <source>expected a time like 1:02:03.500, 02:03 or 123.5, found &quot;%1&quot;</source>
        <translation>eine Zeit wie 1:02:03.500, 02:03 oder 123.5 wurde erwartet, gefunden: »%1«</translation>
    </message>
    <message>
        <source>expected seconds from 00 to 59, found %1 in &quot;%2&quot;</source>
        <translation>Sekunden von 00 bis 59 wurden erwartet, gefunden: %1 in »%2«</translation>
    </message>
    <message>
        <source>expected minutes from 00 to 59, found %1 in &quot;%2&quot;</source>
        <translation>Minuten von 00 bis 59 wurden erwartet, gefunden: %1 in »%2«</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hark</name>
    <message>
        <source>it ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown kind of words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word outside its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::AlignmentCache</name>
    <message>
        <source>cannot keep the alignment beside the audio (%1) nor in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file Hark did not write is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::AlignmentStatus</name>
    <message>
        <source>Alignment progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop aligning; the provisional times stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligning the transcript to the audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligning the transcript: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::BookmarkPanel</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::ChapterModel</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::ChapterPanel</name>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::CommandLine</name>
    <message>
        <source>Try &apos;hark --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a transcript holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the facts as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transcript, or an audio file with transcripts beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark info FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: missing FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: one FILE at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a transcript in another format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: vtt, srt, json, txt or md (default: from OUT&apos;s extension, else vtt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json and srt: one segment or cue per timed word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to OUT (atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript to read (&apos;-&apos; for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark convert INPUT [--to FORMAT] [--words] [-o OUT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert: missing INPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert: one INPUT at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert: unknown output format &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert: cannot write %1; use --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert: refusing to overwrite the input file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert: cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default vtt, or from OUT&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json and srt: one segment or cue per transcript word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to OUT (atomically; - for standard output) instead of keeping the alignment as Hark&apos;s cache beside the audio (AUDIO&apos;s name with .hark.vtt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognize on N cores at once (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode&apos;s audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its transcript (default: the one found beside the audio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark align AUDIO [TRANSCRIPT] [--to FORMAT] [--words] [-o OUT] [--jobs N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align: missing AUDIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align: too many files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align: --to and --words need -o (without it the alignment is kept as Hark&apos;s WebVTT cache; -o - writes to standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align: unknown output format &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align: --jobs takes a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align: refusing to overwrite the input file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no transcript found beside it; name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligning: %1 % (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alignment was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned %1 words of %2 to %3 of audio in %4 s: %5 placed by recognition, %6 by forced alignment, %7 interpolated (marked low-confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the alignment in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License GPL-3.0-or-later: GNU GPL version 3 or later &lt;https://gnu.org/licenses/gpl.html&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a podcast feed holds, without subscribing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the feed as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed (RSS or Atom): a file, or an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark feed FILE|URL [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed: missing SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed: one SOURCE at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed: %1: only http and https addresses are fetched</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::DesktopSession</name>
    <message>
        <source>Playing an episode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::Downloader</name>
    <message>
        <source>the server sent a web page, not audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an XML document, not audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 MB needed, %3 MB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough free space: %1 MB needed, %2 MB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes came of the %2 the server announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot rename to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::EmbeddedLyricsReader</name>
    <message>
        <source>piece %1 (“%2”) starts before the one it follows; its time was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected timed text in the SYLT tag; it has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text in the USLT tag; it is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::Episode</name>
    <message>
        <source>the audio&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters from %1 (%2 also has chapters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a transcript in the audio&apos;s SYLT or USLT tag; there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept alignment %1 is out of date (the audio or %2 changed): it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript found beside this episode; open one to read along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio found beside %1: the transcript is shown without playback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript runs past the end of the audio (a line at %1, the audio ends at %2): it may belong to another version of the episode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::EpisodeHeader</name>
    <message>
        <source>Cover art</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::EpisodeModel</name>
    <message>
        <source>Downloading %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded, played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (starred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::FeedCommand</name>
    <message>
        <source>%1: cannot read the feed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked:    the publisher asks that the show not be moved to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Episodes:  %n</source>
        <translation>
            <numerusform>Episodes:  %n</numerusform>
            <numerusform>Episodes:  %n</numerusform>
        </translation>
    </message>
    <message>
        <source> (timed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcripts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot fetch the feed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::FeedReader</name>
    <message>
        <source>not a podcast feed: no XML could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested more than %1 deep were passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a podcast feed: the document is &lt;%1&gt;, not RSS or Atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more problems follow; not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; of &quot;%2&quot; could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the episode &quot;%1&quot; has the guid of an earlier one (%2): the earlier one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is %1 MB, more than the %2 MB Hark reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a podcast feed: there is no XML in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text before the XML was passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare &quot;&amp;&quot; read as the character (%1 found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML entities such as &amp;%1; read as their characters (%2 found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entities such as &amp;%1; kept as text (%2 found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DTD was passed over: feeds need none, and Hark never reads one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::Fetcher</name>
    <message>
        <source>Hark is working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only http and https addresses are fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 Hark takes from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than the %1 Hark takes from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without a Location to go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to %1: only http and https addresses are fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected in a loop (back to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed answer unpacks to far more than it holds (a decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::FindBar</name>
    <message>
        <source>Find in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::Format</name>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::HtmlReader</name>
    <message>
        <source>expected an HTML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an HTML document; found no elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;p&gt; paragraphs; the page was read as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected transcript text in &lt;p&gt; paragraphs; the page has none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::InfoCommand</name>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 timed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the audio&apos;s tag, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen:    %1, because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters:  %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript: none readable beside this episode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::LibraryDatabase</name>
    <message>
        <source>%1: cannot make its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite is missing (install libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Hark (library version %2; this one knows up to %3): it is left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot bring the library up to date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode %1 is not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an episode without a key cannot be remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in every transcript Hark knows, and play from the moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::LibraryPanel</name>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No podcasts yet. Library › Add Podcast… subscribes to a feed&apos;s address, or imports the subscriptions of another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Podcast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Podcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hark does not touch the network, not even to refresh or download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not downloaded, and Hark is working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1; it plays when it is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither an http or https address nor an OPML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribing to %1 shows from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Podcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s address (https://…), or an OPML file of subscriptions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hark subscriptions.opml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hark subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscriptions written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing %1 shows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the downloaded files of the chosen episodes (%1)? They stay in the library, to download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star (Never Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Downloads of This Show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads Size &amp;Limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the downloads of the newest episodes of %1 (0: all of them). Starred episodes, those with bookmarks and those in progress are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads Size Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most all downloaded episodes may take together, in MB (0: no limit). The oldest go first; starred episodes, those with bookmarks and those in progress are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the downloads of %1 episodes the limits no longer keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up in Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn in Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve from Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 episodes in Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Episodes of This Show &amp;Join Up Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a folder Hark can write to; downloads go on to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New downloads go to %1; those downloaded already stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every transcript (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::LrcReader</name>
    <message>
        <source>expected a [mm:ss.xx] time tag; the line was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected lines with [mm:ss.xx] time tags; found none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::Main</name>
    <message>
        <source>Try &apos;hark --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one EPISODE at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)
Try &apos;hark info FILE&apos; for what Hark reads without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running Hark did not answer (%1); opening another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot carry what was remembered into the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::MainWindow</name>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the episode again (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Align the Transcript to the Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the audio for the time of every word of the transcript (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay the Current Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 15 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 30 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous &amp;Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next C&amp;hapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Boo&amp;kmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ormal Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Aft&amp;er Each Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop From Here (&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop To Here (&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the Selec&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d the Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript Earl&amp;ier (50 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript &amp;Later (50 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pact Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the De&amp;sktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boo&amp;kmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botto&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebVTT (*.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubRip (*.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podcasting 2.0 JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the transcript to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked %1. Type a note if you like (Enter), or go on listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words to quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a command that opens this moment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Hark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes and transcripts (*.mp3 *.m4a *.m4b *.aac *.ogg *.oga *.opus *.flac *.wav *.vtt *.srt *.json *.lrc *.html *.htm *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json *.lrc *.html *.htm *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words to loop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (transcript).vtt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::MediaPlayerBackend</name>
    <message>
        <source>no sound output was found. Is the sound server (PipeWire or PulseAudio) running?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::MprisService</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object path %1 is taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::Opml</name>
    <message>
        <source>the list is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DTD or an entity has no place in a subscription list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a subscription list (OPML): the document is &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; passed over: only http and https feeds are subscribed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a subscription list (OPML): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list stops being readable here (%1); the subscriptions before it are kept (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::PcmDecoder</name>
    <message>
        <source>%1: cannot read the audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the decoder gave %2 Hz audio in %3 channels, not 16 kHz mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot decode the audio: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no audio was found in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::PlainTextReader</name>
    <message>
        <source>expected transcript text; the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header holds no transcript text after it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::PlayerSession</name>
    <message>
        <source>Cannot play the audio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the sound output “%1” went away. Play goes on through the one left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has no time yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop from %1: press B where it should end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection has no times to loop between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no transcript to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the episode&apos;s own file: Hark does not write over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment cancelled: the times shown are provisional. File ▸ Align the Transcript to the Audio starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot align the transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Aligned %n words by listening to the audio</source>
        <translation>
            <numerusform>Aligned %n word by listening to the audio</numerusform>
            <numerusform>Aligned %n words by listening to the audio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n estimated (underlined)</source>
        <translation>
            <numerusform>; %n estimated (underlined)</numerusform>
            <numerusform>; %n estimated (underlined)</numerusform>
        </translation>
    </message>
    <message>
        <source>. Not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Kept in Hark&apos;s cache folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread evenly: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::PodcastCommands</name>
    <message>
        <source>Subscribe to podcasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed&apos;s http or https address, or an OPML file of subscriptions (from gPodder, AntennaPod…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark subscribe URL|FILE.opml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribe: missing URL or OPML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribe: %1: only http and https addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to %1 (%2 episodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe from a show. Its downloaded episodes stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show&apos;s title, its feed&apos;s address, or its number in &apos;hark episodes --json&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark unsubscribe SHOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribe: name one SHOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no show called %1 (see &apos;hark episodes&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 shows; give the feed&apos;s address instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed from %1; its downloaded episodes stay in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every subscribed show&apos;s feed for new episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh: takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the library&apos;s episodes, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print them as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this show&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark episodes [SHOW] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes: one SHOW at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no show called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download episodes with their transcripts and chapters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The N newest episodes of each show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes by their guid (see &apos;hark episodes&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark download [--latest N] [GUID…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download: --latest takes a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download: name episodes by GUID, or give --latest N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no episode with the guid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange subscriptions with other podcast apps as OPML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export FILE (&apos;-&apos;: standard output), or import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark opml export FILE
       hark opml import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opml: export FILE or import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hark subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 subscriptions written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not aligned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned %1: kept in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the download of %1 (the library&apos;s limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot carry what was remembered into the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every transcript Hark knows (the library&apos;s episodes, and local episodes once opened or aligned): words (all must appear), &quot;a phrase&quot;, a prefix*, OR, -not. Best first, recent episodes slightly ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hits as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N hits (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the index again from every transcript on disk first (no QUERY: only that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hark search QUERY… [--json] [--limit N] [--reindex]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: --limit takes a number of hits, 1 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: say what to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rebuild the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>search index rebuilt: %n episodes</source>
        <translation>
            <numerusform>search index rebuilt: %n episode</numerusform>
            <numerusform>search index rebuilt: %n episodes</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::PodcastJsonReader</name>
    <message>
        <source>expected &quot;%1&quot; to be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; to be a number of seconds, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; to be a time from 0 to 10,000,000 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; to be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; to be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;%1&quot; array, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 %2 to be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: text after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a &quot;%1&quot; array; the object has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times given as strings were read as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no startTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapter %1: expected a &quot;startTime&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::PodcastLibrary</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot keep it in the library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says it moved to %2, which is subscribed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new feed address %2 passed over: only http and https are followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no episode %1 in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the feed gives no audio for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep where %1 was left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the bookmarks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::SearchEverything</name>
    <message>
        <source>Search Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, prefix*, OR, -not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search every transcript Hark knows: the library&apos;s episodes, and the files you have opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moments</source>
        <translation>
            <numerusform>%n moment</numerusform>
            <numerusform>%n moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n episodes. Enter plays from just before the moment.</source>
        <translation>
            <numerusform>in %n episode. Enter plays from just before the moment.</numerusform>
            <numerusform>in %n episodes. Enter plays from just before the moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer on disk. Press Enter again to download it; it plays from this moment when it is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline: File › Work Offline lets Hark download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::SearchHitModel</name>
    <message>
        <source> (no longer on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no longer on disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::SearchIndex</name>
    <message>
        <source>a document&apos;s body is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document&apos;s body is damaged or of an unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such document, or its body is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rebuild begun at %1 did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indexed lines belong to no document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::SearchIndexer</name>
    <message>
        <source>it has no words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: left out of the search: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged (%1): rebuilding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The search index was damaged (%1) and is rebuilt: %n episodes.</source>
        <translation>
            <numerusform>The search index was damaged (%1) and is rebuilt: %n episode.</numerusform>
            <numerusform>The search index was damaged (%1) and is rebuilt: %n episodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index is damaged (%1) and cannot be rebuilt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transcripts changed on disk since they were indexed: indexed again.</source>
        <translation>
            <numerusform>%n transcript changed on disk since it was indexed: indexed again.</numerusform>
            <numerusform>%n transcripts changed on disk since they were indexed: indexed again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hark::SearchQuery</name>
    <message>
        <source>Only the first %1 characters were searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a word to find: a word with - before it only leaves out what has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prefix needs %1 letters or more; searched as whole words: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::ShowModel</name>
    <message>
        <source>The last refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::SidecarFinder</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only readable transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 beats %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its language matches yours, unlike %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hark&apos;s own alignment is preferred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file beside the episode is preferred to its tag (%1) at the same timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plainer tag of equal candidates (over %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is preferred to %2 (%3) at the same timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plainer name of equal candidates (over %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::SrtReader</name>
    <message>
        <source>bad cue timing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected cue timing lines like &quot;00:00:01,000 --&gt; 00:00:04,000&quot;; found none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cue ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text before the first cue was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cues were not in time order; they were sorted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::TagReader</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an audio file TagLib can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::TextDecoder</name>
    <message>
        <source>invalid UTF-8 (byte 0x%1); the file was read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found binary data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::Transcript</name>
    <message>
        <source>untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed by word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::TranscriptFile</name>
    <message>
        <source>the file is %1 MB; transcripts over %2 MB are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcripts over %1 MB are not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a transcript file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a transcript; the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provisional: the words are spread evenly until Hark has listened to the audio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimated: this word could not be heard clearly, so its time is interpolated between its neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down: from line to line; Enter: play from the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::TranscriptWriter</name>
    <message>
        <source>segment %1 (&quot;%2&quot;) has no time, and %3 needs one for every cue; an untimed transcript can be written as json, txt or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hark cannot write %1 files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::TransportBar</name>
    <message>
        <source>Back 15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the episode is (Left, Right: 5 seconds; J, L: 15 back, 30 on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed (the pitch changes with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (Ctrl+Up, Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The transcript is shown %n ms later than written (Z, X)</source>
        <translation>
            <numerusform>The transcript is shown %n ms later than written (Z, X)</numerusform>
            <numerusform>The transcript is shown %n ms later than written (Z, X)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The transcript is shown %n ms earlier than written (Z, X)</source>
        <translation>
            <numerusform>The transcript is shown %n ms earlier than written (Z, X)</numerusform>
            <numerusform>The transcript is shown %n ms earlier than written (Z, X)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loop %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing after each line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::UpNext</name>
    <message>
        <source>%1 is next, but it is not downloaded and Hark is working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1, next in Up Next; it plays when it is here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::UpNextModel</name>
    <message>
        <source>Up Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::VttReader</name>
    <message>
        <source>expected &quot;WEBVTT&quot; at the start of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;WEBVTT&quot; line is missing; read anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inline times outside the cue or running backwards were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cue ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected cue timings like &quot;00:01.000 --&gt; 00:04.000&quot;; the cue&apos;s text was kept without a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected cue timings like &quot;00:01.000 --&gt; 00:04.000&quot;; the cue was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s) timed in a short form (like &quot;0.860&quot; or &quot;1:01.080&quot;), read as seconds; WebVTT writes &quot;00:00.860&quot;</source>
        <translation>
            <numerusform>%n cue timed in a short form (like &quot;0.860&quot; or &quot;1:01.080&quot;), read as seconds; WebVTT writes &quot;00:00.860&quot;</numerusform>
            <numerusform>%n cues timed in a short form (like &quot;0.860&quot; or &quot;1:01.080&quot;), read as seconds; WebVTT writes &quot;00:00.860&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hark::align::Aligner</name>
    <message>
        <source>the transcript has no words to align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the aligner&apos;s working files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transcript does not look like English, the only language the offline speech model knows: its words were spread evenly over the audio, not listened for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::align::Pronunciations</name>
    <message>
        <source>%1: cannot read the pronunciation dictionary: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::align::Recognizer</name>
    <message>
        <source>%1: the speech model is missing (install pocketsphinx-en-us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the speech recognizer with %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hark::timecode</name>
    <message>
        <source>expected a time like 1:02:03.500, 02:03 or 123.5, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected seconds from 00 to 59, found %1 in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected minutes from 00 to 59, found %1 in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

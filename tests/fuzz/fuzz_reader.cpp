// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one reader (chosen by HARK_FUZZ_TARGET at build time). Bytes go through the text
// decoder like a file's, then the reader; whatever reads is also written back in every format and read again,
// so the writers and the time index are fuzzed too.
#include "core/embeddedlyrics.h"
#include "core/formatdetector.h"
#include "core/formats/htmlreader.h"
#include "core/formats/lrcreader.h"
#include "core/formats/plaintextreader.h"
#include "core/formats/podcastjsonreader.h"
#include "core/formats/srtreader.h"
#include "core/formats/vttreader.h"
#include "core/textdecoder.h"
#include "core/timeindex.h"
#include "core/transcriptfile.h"
#include "core/transcriptwriter.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace hark;

namespace {

ReadResult readWithTarget(const QString &text)
{
    const QString target = QStringLiteral(HARK_FUZZ_TARGET);
    if (target == u"vtt")
        return VttReader::read(text, { .requireSignature = false, .keepBadCues = true });
    if (target == u"srt")
        return SrtReader::read(text);
    if (target == u"json")
        return PodcastJsonReader::read(text);
    if (target == u"chapters")
        return ChaptersJsonReader::read(text);
    if (target == u"lrc")
        return LrcReader::read(text);
    if (target == u"html")
        return HtmlReader::read(text);
    if (target == u"text")
        return PlainTextReader::read(text);
    if (target == u"sylt") {
        // A SYLT frame's pieces as "ms<TAB>text<TAB>ms<TAB>text…" (times as the tag's 32 bits allow).
        EmbeddedLyrics lyrics;
        lyrics.kind = EmbeddedLyrics::Kind::Synchronized;
        const QStringList fields = text.split(u'\t');
        for (qsizetype i = 0; i + 1 < fields.size(); i += 2)
            lyrics.pieces.append({ qint64(fields[i].toUInt()), fields[i + 1] });
        return EmbeddedLyricsReader::read(lyrics);
    }
    // "detect": detection and the chosen reader, as for a decoded file of unknown name.
    (void)FormatDetector::detect(text, QStringLiteral("fuzz.vtt"));
    return TranscriptFile::readText(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return -1; // keep iterations fast; the bad-input tests cover large files
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    const ReadResult r = readWithTarget(decoded.text);
    if (!r.ok())
        return 0;
    const Transcript &t = *r.transcript;
    const TimeIndex index(t);
    for (const Segment &s : t.segments) {
        if (s.hasStart())
            (void)index.at(s.start);
        for (const Word &w : s.words) {
            if (w.from < 0 || w.length <= 0 || w.from + w.length > s.text.size())
                __builtin_trap(); // a word span outside its segment's text
        }
    }
    // Hark reads back what it writes, in the format it wrote (detection of pathological text, such as a lone
    // "{", is ambiguous by nature and not checked here).
    const std::pair<Format, ReadResult (*)(QStringView)> formats[]
        = { { Format::WebVtt, &VttReader::read }, { Format::Srt, &SrtReader::read },
              { Format::PodcastJson, &PodcastJsonReader::read }, { Format::Text, &PlainTextReader::read } };
    for (const auto &[format, reader] : formats) {
        const auto written = TranscriptWriter::write(t, format, { .words = true, .bookmarks = {} });
        if (written.ok() && !t.segments.isEmpty() && !written.text.trimmed().isEmpty()
            && !reader(written.text).ok())
            __builtin_trap();
    }
    (void)TranscriptWriter::write(t, Format::Markdown);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/embeddedlyrics.h"

#include "core/formats/cuetext.h"
#include "core/transcriptfile.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::EmbeddedLyricsReader)
};

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

ReadResult readSynchronized(const EmbeddedLyrics &lyrics)
{
    const auto &pieces = lyrics.pieces;
    // Pieces that start (or end) with a line feed mark the lines; without any, each piece is a line.
    const bool marked = std::any_of(pieces.cbegin(), pieces.cend(), [](const auto &p) {
        return !p.second.isEmpty() && (isLineBreak(p.second.front()) || isLineBreak(p.second.back()));
    });
    struct Line
    {
        qint64 start = 0;
        QString text;
        QList<std::pair<qsizetype, qint64>> wordTimes;
    };
    QList<Line> lines;
    ReadResult result;
    bool breakBefore = true;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const qint64 time = std::max<qint64>(0, pieces[i].first);
        QStringView raw = pieces[i].second;
        if (!raw.isEmpty() && isLineBreak(raw.front()))
            breakBefore = true;
        const bool breakAfter = !raw.isEmpty() && isLineBreak(raw.back());
        while (!raw.isEmpty() && isLineBreak(raw.front()))
            raw = raw.mid(1);
        while (!raw.isEmpty() && isLineBreak(raw.back()))
            raw.chop(1);
        // Line breaks inside a piece join as spaces; the spaces around it tell where words begin.
        QString text = raw.toString();
        for (QChar &c : text) {
            if (isLineBreak(c))
                c = u' ';
        }
        if (!marked || breakBefore || lines.isEmpty())
            lines.append(Line { time, {}, {} });
        breakBefore = breakAfter;
        Line &line = lines.last();
        if (text.trimmed().isEmpty())
            continue;
        if (time < line.start || (!line.wordTimes.isEmpty() && time < line.wordTimes.last().second)) {
            result.warnings.append({ 0, 0,
                Tr::tr("piece %1 (“%2”) starts before the one it follows; its time was ignored")
                    .arg(i + 1)
                    .arg(text.trimmed()) });
        } else if (line.text.isEmpty() || line.text.back().isSpace() || text.front().isSpace()) {
            // A piece that goes on with the word before it ("Strang" "ers") is timed by that word.
            qsizetype lead = 0;
            while (lead < text.size() && text[lead].isSpace())
                ++lead;
            line.wordTimes.append({ line.text.size() + lead, time });
        }
        line.text += text;
    }

    Transcript t;
    t.metadata.language = lyrics.languageCode();
    std::stable_sort(
        lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.start < b.start; });
    QList<QList<std::pair<qsizetype, qint64>>> wordTimes;
    for (Line &line : lines) {
        Segment s;
        s.start = line.start;
        s.text = line.text.trimmed();
        if (s.text.isEmpty())
            continue;
        qsizetype lead = 0;
        while (lead < line.text.size() && line.text[lead].isSpace())
            ++lead;
        const qsizetype cut = lead + cuetext::takeSpeakerLabel(s, t);
        auto &times = wordTimes.emplace_back();
        // Word times only where a line is made of pieces: a piece per line times the line alone.
        if (marked) {
            for (const auto &[at, time] : line.wordTimes)
                times.append({ std::clamp<qsizetype>(at - cut, 0, s.text.size()), time });
        }
        t.segments.append(std::move(s));
    }
    if (t.segments.isEmpty())
        return ReadResult::failure(0, 0, Tr::tr("expected timed text in the SYLT tag; it has none"));
    cuetext::carrySpeakersForward(t.segments);
    cuetext::deriveMissingEnds(t.segments);
    for (qsizetype i = 0; i < t.segments.size(); ++i)
        cuetext::applyInlineTimes(t.segments[i], wordTimes[i]);
    result.transcript = std::move(t);
    return result;
}

} // namespace

QString EmbeddedLyrics::frameId() const
{
    return kind == Kind::Synchronized ? QStringLiteral("SYLT") : QStringLiteral("USLT");
}

QString EmbeddedLyrics::languageCode() const
{
    const QString code = language.trimmed().toLower();
    if (code.isEmpty() || code == u"xxx" || code == u"und" || code == u"zxx")
        return {};
    const QLocale::Language l = QLocale::codeToLanguage(code);
    if (l == QLocale::AnyLanguage || l == QLocale::C)
        return code;
    return QLocale::languageToCode(l, QLocale::ISO639Part1 | QLocale::ISO639Part2);
}

QString EmbeddedLyrics::label() const
{
    QStringList details;
    if (!language.trimmed().isEmpty() && !languageCode().isEmpty())
        details.append(language.trimmed());
    if (!description.trimmed().isEmpty())
        details.append(QStringLiteral("“%1”").arg(description.trimmed()));
    const QString tag = Tr::tr("%1 tag").arg(frameId());
    return details.isEmpty() ? tag : Tr::tr("%1 (%2)").arg(tag, details.join(QStringLiteral(", ")));
}

ReadResult EmbeddedLyricsReader::read(const EmbeddedLyrics &lyrics)
{
    if (lyrics.kind == EmbeddedLyrics::Kind::Synchronized)
        return readSynchronized(lyrics);
    if (lyrics.text.trimmed().isEmpty())
        return ReadResult::failure(0, 0, Tr::tr("expected text in the USLT tag; it is empty"));
    // A transcript file's text pasted into the tag (WebVTT, SRT…) reads as that format.
    ReadResult r = TranscriptFile::readText(lyrics.text, QStringLiteral("lyrics.txt"));
    if (r.ok() && r.transcript->metadata.language.isEmpty())
        r.transcript->metadata.language = lyrics.languageCode();
    return r;
}

} // namespace hark

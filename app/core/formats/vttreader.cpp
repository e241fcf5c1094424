// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/vttreader.h"

#include "core/formats/cuetext.h"
#include "core/timecode.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::VttReader)
};

// WebVTT whitespace: space, tab, line feed, form feed, carriage return (not vertical tab).
bool isVttSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

void skipSpace(QStringView s, qsizetype &pos)
{
    while (pos < s.size() && isVttSpace(s[pos]))
        ++pos;
}

struct Timings
{
    qint64 start = 0;
    qint64 end = 0;
    bool shortForm = false; ///< a time in a form the parser's rules refuse, read leniently
};

// A timestamp by the parser's rules, else in a short form (which sets @p shortForm).
std::optional<qint64> parseTime(QStringView line, qsizetype &pos, bool &shortForm)
{
    if (const auto strict = timecode::parseVtt(line, pos))
        return strict;
    const auto lenient = timecode::parseVttShort(line, pos);
    shortForm = shortForm || lenient.has_value();
    return lenient;
}

std::optional<Timings> parseTimings(QStringView line)
{
    Timings t;
    qsizetype pos = 0;
    skipSpace(line, pos);
    const auto start = parseTime(line, pos, t.shortForm);
    if (!start)
        return std::nullopt;
    skipSpace(line, pos);
    if (!line.mid(pos).startsWith(u"-->"))
        return std::nullopt;
    pos += 3;
    skipSpace(line, pos);
    const auto end = parseTime(line, pos, t.shortForm);
    if (!end)
        return std::nullopt;
    // The rest is cue settings, which only place the cue on a video frame.
    t.start = *start;
    t.end = *end;
    return t;
}

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression field(QStringLiteral(R"(^\s*([A-Za-z][A-Za-z -]{0,30}):\s*(.*)$)"));
    return field;
}

// A NOTE made only of "Key: value" lines is metadata, as Hark writes it; any other NOTE is a comment.
bool isMetadataNote(QStringView body)
{
    const QList<QStringView> lines = cuetext::splitLines(body);
    return !lines.isEmpty() && std::all_of(lines.cbegin(), lines.cend(), [](QStringView l) {
        return fieldPattern().match(l).hasMatch();
    });
}

// "Key: value" lines of a metadata NOTE or of the header block; unknown keys go to the metadata's extra.
void readFields(QStringView block, Transcript &t)
{
    const QRegularExpression &field = fieldPattern();
    for (QStringView line : cuetext::splitLines(block)) {
        const auto m = field.match(line);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).trimmed().toLower();
        const QString value = m.captured(2).trimmed();
        if (key == u"title") {
            t.metadata.title = value;
        } else if (key == u"show") {
            t.metadata.show = value;
        } else if (key == u"language") {
            t.metadata.language = value;
        } else if (key == u"date") {
            t.metadata.date = QDate::fromString(value, Qt::ISODate);
        } else if (key == u"duration") {
            if (const auto d = timecode::parseDuration(value))
                t.metadata.duration = *d;
        } else if (key == u"chapter") {
            const qsizetype space = value.indexOf(u' ');
            if (const auto start = timecode::parseClock(QStringView(value).left(space)).value;
                start && space > 0)
                t.chapters.append(
                    Chapter { *start, kNoTime, value.mid(space + 1).trimmed(), {}, {}, false, {} });
        } else {
            t.metadata.extra.append({ m.captured(1).trimmed(), value });
        }
    }
}

} // namespace

ReadResult VttReader::read(QStringView input, Options options)
{
    QString normalized = input.toString();
    normalized.replace(QChar(0), QChar(0xFFFD));
    const QList<QStringView> lines = cuetext::fileLines(normalized);

    ReadResult result;
    Transcript t;
    qsizetype i = 0;
    const QStringView first = lines.isEmpty() ? QStringView() : lines.first();
    const bool signature
        = first.startsWith(u"WEBVTT") && (first.size() == 6 || first[6] == u' ' || first[6] == u'\t');
    if (signature) {
        const QString headerText = first.mid(6).trimmed().toString();
        if (!headerText.isEmpty())
            t.metadata.extra.append({ QStringLiteral("WEBVTT"), headerText });
        i = 1;
    } else if (options.requireSignature) {
        return ReadResult::failure(1, 1, Tr::tr("expected \"WEBVTT\" at the start of the file"));
    } else {
        result.warnings.append({ 1, 1, Tr::tr("the \"WEBVTT\" line is missing; read anyway") });
    }

    // Collects one block starting at line i, following the WebVTT parser's "collect a WebVTT block".
    struct Block
    {
        QString buffer;
        std::optional<Timings> timings;
        QString id;
        bool seenArrow = false;
        int timingLine = 0; ///< 1-based line of the timing line
    };
    auto collectBlock = [&](bool inHeader) {
        Block b;
        int lineCount = 0;
        while (i < lines.size()) {
            const QStringView line = lines[i];
            ++lineCount;
            ++i;
            if (line.contains(u"-->")) {
                if (!inHeader && (lineCount == 1 || (lineCount == 2 && !b.seenArrow))) {
                    b.seenArrow = true;
                    b.timings = parseTimings(line);
                    b.id = b.buffer;
                    b.buffer.clear();
                    b.timingLine = int(i);
                } else {
                    --i; // this line opens the next block
                    break;
                }
            } else if (line.isEmpty()) {
                break;
            } else {
                if (!b.buffer.isEmpty())
                    b.buffer += u'\n';
                b.buffer += line;
            }
        }
        return b;
    };
    auto skipBlankLines = [&] {
        while (i < lines.size() && lines[i].isEmpty())
            ++i;
    };

    auto addCue = [&](const QString &id, const QString &raw, qint64 start, qint64 end, int line) {
        const cuetext::Parsed parsed = cuetext::parseVtt(raw);
        Segment s;
        s.start = start;
        s.end = end;
        s.id = id;
        s.text = parsed.text;
        auto stamps = parsed.timestamps;
        auto lowConfidence = parsed.lowConfidence;
        if (!parsed.voice.isEmpty()) {
            s.speaker = t.speakerIndex(parsed.voice);
        } else if (const qsizetype cut = cuetext::takeSpeakerLabel(s, t); cut > 0) {
            for (auto &stamp : stamps)
                stamp.first = std::max<qsizetype>(0, stamp.first - cut);
            for (auto &[from, to] : lowConfidence) {
                from = std::max<qsizetype>(0, from - cut);
                to = std::max<qsizetype>(0, to - cut);
            }
        }
        // Inline times must fall within the cue and run forwards; others are ignored (the words stay).
        const qsizetype given = stamps.size();
        qint64 previous = start;
        stamps.removeIf([&](const std::pair<qsizetype, qint64> &stamp) {
            const bool bad
                = start == kNoTime || stamp.second < previous || (end >= start && stamp.second > end);
            if (!bad)
                previous = stamp.second;
            return bad;
        });
        if (stamps.size() < given) {
            result.warnings.append({ line, 1,
                Tr::tr("%1 inline times outside the cue or running backwards were ignored")
                    .arg(given - stamps.size()) });
        }
        cuetext::applyInlineTimes(s, stamps);
        cuetext::markLowConfidence(s, lowConfidence);
        t.segments.append(std::move(s));
    };

    if (signature && i < lines.size() && !lines[i].isEmpty()) {
        const Block header = collectBlock(true);
        readFields(header.buffer, t);
    }
    skipBlankLines();
    int shortForms = 0;
    int firstShortForm = 0; ///< the line of the first cue timed in a short form
    while (i < lines.size()) {
        const Block b = collectBlock(false);
        if (b.timings) {
            addCue(b.id, b.buffer, b.timings->start, b.timings->end, b.timingLine);
            if (b.timings->shortForm && shortForms++ == 0)
                firstShortForm = b.timingLine;
            if (b.timings->end < b.timings->start) {
                result.warnings.append({ b.timingLine, 1,
                    Tr::tr("the cue ends (%1) before it starts (%2)")
                        .arg(timecode::formatVtt(b.timings->end), timecode::formatVtt(b.timings->start)) });
            }
        } else if (b.seenArrow) {
            const bool keep = options.keepBadCues && !b.buffer.trimmed().isEmpty();
            if (keep)
                addCue(b.id, b.buffer, kNoTime, kNoTime, b.timingLine);
            result.warnings.append({ b.timingLine, 1,
                keep
                    ? Tr::tr("expected cue timings like \"00:01.000 --> 00:04.000\"; the cue's text was kept "
                             "without a time")
                    : Tr::tr("expected cue timings like \"00:01.000 --> 00:04.000\"; the cue was skipped") });
        } else if (b.buffer.startsWith(u"NOTE\n") && isMetadataNote(QStringView(b.buffer).mid(5))) {
            readFields(QStringView(b.buffer).mid(5), t);
        }
        skipBlankLines();
    }
    // Once, not for every cue: a file that writes one time short usually writes them all so.
    if (shortForms > 0) {
        result.warnings.append({ firstShortForm, 1,
            Tr::tr("%n cue(s) timed in a short form (like \"0.860\" or \"1:01.080\"), read as seconds; "
                   "WebVTT writes \"00:00.860\"",
                nullptr, shortForms) });
    }
    cuetext::carrySpeakersForward(t.segments);
    result.transcript = std::move(t);
    return result;
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/srtreader.h"

#include "core/formats/cuetext.h"
#include "core/textsplitter.h"
#include "core/timecode.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::SrtReader)
};

bool isCueNumber(QStringView line)
{
    line = line.trimmed();
    return !line.isEmpty() && line.size() <= 9
        && std::all_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

ReadResult SrtReader::read(QStringView input)
{
    const QList<QStringView> lines = cuetext::fileLines(input);

    // Timing lines first: they anchor everything else.
    struct Timing
    {
        qsizetype line;
        qint64 start;
        qint64 end;
    };
    QList<Timing> timings;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        const qsizetype arrow = line.indexOf(u"-->");
        if (arrow < 0)
            continue;
        const QStringView left = line.left(arrow).trimmed();
        static const QRegularExpression timeShape(QStringLiteral(R"(^\d[\d:.,]*$)"));
        if (!timeShape.match(left).hasMatch())
            continue; // an arrow in the spoken text, not a timing line
        QStringView right = line.mid(arrow + 3).trimmed();
        // Some files carry position hints after the end time: "… --> 00:00:04,000 X1:40 X2:600".
        if (const qsizetype space = right.indexOf(u' '); space > 0)
            right = right.left(space);
        const auto start = timecode::parseClock(left);
        const auto end = start.ok() ? timecode::parseClock(right) : start;
        if (!end.ok()) {
            const qsizetype column
                = start.ok() ? arrow + 3 + line.mid(arrow + 3).indexOf(right) : line.indexOf(left);
            return ReadResult::failure(
                int(i + 1), int(column + 1), Tr::tr("bad cue timing: %1").arg(end.error));
        }
        timings.append({ i, *start.value, *end.value });
    }
    if (timings.isEmpty()) {
        return ReadResult::failure(
            0, 0, Tr::tr("expected cue timing lines like \"00:00:01,000 --> 00:00:04,000\"; found none"));
    }

    ReadResult result;
    Transcript t;
    QList<Segment> segments;
    for (qsizetype k = 0; k < timings.size(); ++k) {
        const qsizetype first = timings[k].line + 1;
        qsizetype last = k + 1 < timings.size() ? timings[k + 1].line : lines.size(); // exclusive
        // The next cue's number sits just above its timing line (blank line before it or not).
        QString id;
        if (k + 1 < timings.size() && last - 1 >= first && isCueNumber(lines[last - 1]))
            --last;
        if (k == 0 && timings[0].line > 0 && isCueNumber(lines[timings[0].line - 1]))
            id = lines[timings[0].line - 1].trimmed().toString();
        if (k > 0 && timings[k].line > 0 && isCueNumber(lines[timings[k].line - 1]))
            id = lines[timings[k].line - 1].trimmed().toString();
        while (last > first && lines[last - 1].trimmed().isEmpty())
            --last;
        QStringList textLines;
        for (qsizetype l = first; l < last; ++l) {
            const QStringView line = lines[l].trimmed();
            if (!line.isEmpty())
                textLines.append(line.toString());
        }
        Segment s;
        s.start = timings[k].start;
        s.end = timings[k].end;
        s.id = id;
        s.text = cuetext::joinLines(cuetext::stripSrtMarkup(textLines.join(u'\n')));
        cuetext::takeSpeakerLabel(s, t);
        s.words = TextSplitter::words(s.text);
        if (s.end < s.start) {
            result.warnings.append({ int(timings[k].line + 1), 1,
                Tr::tr("the cue ends (%1) before it starts (%2)")
                    .arg(timecode::formatSrt(s.end), timecode::formatSrt(s.start)) });
        }
        segments.append(std::move(s));
    }
    for (qsizetype i = 0; i < timings.first().line; ++i) {
        if (!lines[i].trimmed().isEmpty() && !(i == timings.first().line - 1 && isCueNumber(lines[i]))) {
            result.warnings.append({ int(i + 1), 1, Tr::tr("text before the first cue was ignored") });
            break;
        }
    }
    if (!std::is_sorted(segments.cbegin(), segments.cend(),
            [](const Segment &a, const Segment &b) { return a.start < b.start; })) {
        std::stable_sort(segments.begin(), segments.end(),
            [](const Segment &a, const Segment &b) { return a.start < b.start; });
        result.warnings.append({ 0, 0, Tr::tr("the cues were not in time order; they were sorted") });
    }
    t.segments = std::move(segments);
    cuetext::carrySpeakersForward(t.segments);
    result.transcript = std::move(t);
    return result;
}

} // namespace hark

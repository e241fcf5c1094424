// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/lrcreader.h"

#include "core/formats/cuetext.h"
#include "core/timecode.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::LrcReader)
};

std::optional<qint64> parseLrcTime(QStringView tag)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,6}):(\d{1,2})(?:[.:](\d{1,3}))?\s*$)"));
    const auto m = re.match(tag);
    if (!m.hasMatch() || m.capturedView(2).toInt() > 59)
        return std::nullopt;
    qint64 ms = (m.capturedView(1).toLongLong() * 60 + m.capturedView(2).toLongLong()) * 1000;
    if (m.capturedLength(3) > 0)
        ms += m.captured(3).leftJustified(3, u'0').toLongLong();
    return ms;
}

} // namespace

ReadResult LrcReader::read(QStringView input)
{
    static const QRegularExpression metaTag(QStringLiteral(R"(^([A-Za-z#][A-Za-z0-9_-]*)\s*:(.*)$)"));

    ReadResult result;
    Transcript t;
    qint64 offset = 0;
    struct Line
    {
        qint64 start;
        Segment segment;
        QList<std::pair<qsizetype, qint64>> wordTimes;
    };
    QList<Line> timed;
    const QList<QStringView> lines = cuetext::fileLines(input);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i].trimmed();
        QList<qint64> times;
        qsizetype pos = 0;
        bool metadataOnly = false;
        while (pos < line.size() && line[pos] == u'[') {
            const qsizetype close = line.indexOf(u']', pos);
            if (close < 0)
                break;
            const QStringView tag = line.mid(pos + 1, close - pos - 1);
            if (const auto time = parseLrcTime(tag)) {
                times.append(*time);
            } else if (const auto m = metaTag.match(tag); m.hasMatch() && times.isEmpty()) {
                const QString key = m.captured(1).toLower();
                const QString value = m.captured(2).trimmed();
                metadataOnly = true;
                if (key == u"ti")
                    t.metadata.title = value;
                else if (key == u"al")
                    t.metadata.show = value;
                else if (key == u"la" || key == u"lang")
                    t.metadata.language = value;
                else if (key == u"length")
                    t.metadata.duration = timecode::parseClock(value).value.value_or(kNoTime);
                else if (key == u"offset")
                    offset = value.toLongLong();
                else
                    t.metadata.extra.append({ m.captured(1), value });
            } else {
                break;
            }
            pos = close + 1;
        }
        if (times.isEmpty()) {
            if (!metadataOnly && !line.isEmpty())
                result.warnings.append(
                    { int(i + 1), 1, Tr::tr("expected a [mm:ss.xx] time tag; the line was ignored") });
            continue;
        }
        // Enhanced LRC word tags: <mm:ss.xx> before each word.
        QString text;
        QList<std::pair<qsizetype, qint64>> wordTimes;
        const QStringView rest = line.mid(pos);
        qsizetype k = 0;
        while (k < rest.size()) {
            if (rest[k] == u'<') {
                const qsizetype close = rest.indexOf(u'>', k);
                if (close > k) {
                    if (const auto time = parseLrcTime(rest.mid(k + 1, close - k - 1))) {
                        wordTimes.append({ text.size(), *time });
                        k = close + 1;
                        continue;
                    }
                }
            }
            text += rest[k++];
        }
        const QString trimmed = text.trimmed();
        qsizetype lead = 0;
        while (lead < text.size() && text[lead].isSpace())
            ++lead;
        for (auto &w : wordTimes)
            w.first = std::clamp<qsizetype>(w.first - lead, 0, trimmed.size());
        for (const qint64 time : times) {
            Line l;
            l.start = time;
            l.segment.text = trimmed;
            l.wordTimes = wordTimes;
            timed.append(std::move(l));
        }
    }
    if (timed.isEmpty())
        return ReadResult::failure(0, 0, Tr::tr("expected lines with [mm:ss.xx] time tags; found none"));

    std::stable_sort(
        timed.begin(), timed.end(), [](const Line &a, const Line &b) { return a.start < b.start; });
    auto shifted = [offset](qint64 time) { return std::max<qint64>(0, time - offset); };
    for (Line &l : timed) {
        Segment &s = l.segment;
        s.start = shifted(l.start);
        const qsizetype cut = cuetext::takeSpeakerLabel(s, t);
        for (auto &w : l.wordTimes)
            w = { std::max<qsizetype>(0, w.first - cut), shifted(w.second) };
        t.segments.append(std::move(s));
    }
    cuetext::carrySpeakersForward(t.segments);
    cuetext::deriveMissingEnds(t.segments);
    for (qsizetype i = 0; i < t.segments.size(); ++i) {
        Segment &s = t.segments[i];
        auto &wordTimes = timed[i].wordTimes;
        // A word tag after the last word marks where the line ends.
        if (!wordTimes.isEmpty() && wordTimes.last().first >= s.text.size()) {
            s.end = wordTimes.last().second;
            wordTimes.removeLast();
        }
        cuetext::applyInlineTimes(s, wordTimes);
    }
    result.transcript = std::move(t);
    return result;
}

} // namespace hark

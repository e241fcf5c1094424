// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transcript.h"

#include <QCoreApplication>

#include <algorithm>

namespace hark {

bool Segment::hasWordTimes() const
{
    return std::any_of(words.cbegin(), words.cend(), [](const Word &w) { return w.hasStart(); });
}

bool Segment::isNonSpeech() const
{
    return !words.isEmpty()
        && std::none_of(words.cbegin(), words.cend(), [](const Word &w) { return w.isSpeech(); });
}

QString TranscriptMetadata::extraValue(const QString &key) const
{
    for (const auto &[k, v] : extra) {
        if (k == key)
            return v;
    }
    return {};
}

bool TranscriptMetadata::isEmpty() const
{
    return title.isEmpty() && show.isEmpty() && language.isEmpty() && !date.isValid() && duration == kNoTime
        && extra.isEmpty();
}

void Transcript::shiftTimes(qint64 ms)
{
    if (ms == 0)
        return;
    const auto shift = [ms](qint64 &t) {
        if (t != kNoTime)
            t = std::max<qint64>(0, t + ms);
    };
    for (Segment &s : segments) {
        shift(s.start);
        shift(s.end);
        for (Word &w : s.words) {
            shift(w.start);
            shift(w.end);
        }
    }
    for (Chapter &c : chapters) {
        shift(c.start);
        shift(c.end);
    }
}

qint64 Transcript::nextChapterStart(qint64 ms) const
{
    qint64 next = kNoTime;
    for (const Chapter &c : chapters)
        if (!c.hidden && c.start > ms && (next == kNoTime || c.start < next))
            next = c.start;
    return next;
}

qint64 Transcript::previousChapterStart(qint64 ms) const
{
    constexpr qint64 grace = 3000;
    qint64 previous = kNoTime;
    for (const Chapter &c : chapters)
        if (!c.hidden && c.start <= ms - grace && (previous == kNoTime || c.start > previous))
            previous = c.start;
    return previous;
}

QList<std::pair<qsizetype, qsizetype>> Transcript::chapterHeadings() const
{
    constexpr qint64 early = 1000;
    QList<qsizetype> order;
    for (qsizetype c = 0; c < chapters.size(); ++c) {
        if (!chapters[c].hidden)
            order.append(c);
    }
    std::stable_sort(order.begin(), order.end(),
        [this](qsizetype a, qsizetype b) { return chapters[a].start < chapters[b].start; });
    QList<std::pair<qsizetype, qsizetype>> headings;
    qsizetype s = 0; // the first timed segment that starts at or after the chapter (less a second)
    qsizetype before = -1; // the timed segment before it
    for (const qsizetype c : order) {
        const qint64 at = chapters[c].start;
        while (s < segments.size() && (!segments[s].hasStart() || segments[s].start < at - early)) {
            if (segments[s].hasStart())
                before = s;
            ++s;
        }
        qsizetype chosen = s;
        // A chapter that starts in the first half of a long line heads that line.
        if (before >= 0) {
            const Segment &b = segments[before];
            const qint64 end = b.end != kNoTime ? b.end : s < segments.size() ? segments[s].start : kNoTime;
            if (end != kNoTime && at < end && at - b.start < end - at)
                chosen = before;
        }
        if (chosen == segments.size())
            break;
        if (!headings.isEmpty() && headings.last().first >= chosen)
            headings.last().second = c;
        else
            headings.append({ chosen, c });
    }
    return headings;
}

int Transcript::speakerIndex(const QString &name)
{
    if (name.isEmpty())
        return -1;
    const qsizetype i = speakers.indexOf(name);
    if (i >= 0)
        return int(i);
    speakers.append(name);
    return int(speakers.size() - 1);
}

qsizetype Transcript::wordCount() const
{
    qsizetype n = 0;
    for (const Segment &s : segments)
        n += s.words.size();
    return n;
}

bool Transcript::hasParagraphMarks() const
{
    return std::any_of(segments.cbegin(), segments.cend(),
        [](const Segment &s) { return s.flags & Segment::ParagraphStart; });
}

qsizetype Transcript::timedSegmentCount() const
{
    return std::count_if(segments.cbegin(), segments.cend(), [](const Segment &s) { return s.hasStart(); });
}

qsizetype Transcript::timedWordCount() const
{
    qsizetype n = 0;
    for (const Segment &s : segments)
        n += std::count_if(s.words.cbegin(), s.words.cend(), [](const Word &w) { return w.hasStart(); });
    return n;
}

Timing Transcript::timing() const
{
    const qsizetype words = wordCount();
    if (words > 0 && timedWordCount() * 2 >= words)
        return Timing::Words;
    return timedSegmentCount() > 0 ? Timing::Segments : Timing::None;
}

QList<qsizetype> Transcript::paragraphStarts(int sentencesPerParagraph) const
{
    QList<qsizetype> starts;
    qsizetype sinceStart = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        const bool turn = i > 0 && s.speaker != segments[i - 1].speaker;
        if (i == 0 || (s.flags & Segment::ParagraphStart) || turn
            || (sentencesPerParagraph > 0 && sinceStart >= sentencesPerParagraph)) {
            starts.append(i);
            sinceStart = 0;
        }
        ++sinceStart;
    }
    return starts;
}

QString timingName(Timing timing)
{
    switch (timing) {
    case Timing::None:
        return QCoreApplication::translate("hark::Transcript", "untimed");
    case Timing::Segments:
        return QCoreApplication::translate("hark::Transcript", "timed by segment");
    case Timing::Words:
        return QCoreApplication::translate("hark::Transcript", "timed by word");
    }
    return {};
}

} // namespace hark

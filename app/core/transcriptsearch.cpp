// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transcriptsearch.h"

#include <algorithm>

namespace hark {

QString TranscriptSearch::fold(QStringView text, std::vector<int> *origins)
{
    QString folded;
    folded.reserve(text.size());
    if (origins) {
        origins->clear();
        origins->reserve(std::size_t(text.size()));
    }
    const auto append = [&](QChar c, int origin) {
        folded.append(c);
        if (origins)
            origins->push_back(origin);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x80) { // ASCII: the common case, without decomposing
            append(c.toCaseFolded(), int(i));
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // a combining accent already in the text
        // A letter with an accent: its canonical decomposition without the marks ("é" → "e").
        const QString decomposed = c.decompositionTag() == QChar::Canonical ? c.decomposition() : QString(c);
        for (QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing)
                append(d.toCaseFolded(), int(i));
        }
    }
    return folded;
}

void TranscriptSearch::setTranscript(const Transcript &transcript)
{
    m_folded.clear();
    m_origin.clear();
    m_segmentStart.clear();
    m_segmentLength.clear();
    std::vector<int> origins;
    for (const Segment &s : transcript.segments) {
        m_segmentStart.push_back(int(m_folded.size()));
        m_segmentLength.push_back(int(s.text.size()));
        m_folded += fold(s.text, &origins);
        m_origin.insert(m_origin.end(), origins.begin(), origins.end());
        m_folded += u'\n'; // no match runs across two lines
        m_origin.push_back(int(s.text.size()));
    }
}

QList<TranscriptSearch::Match> TranscriptSearch::find(QStringView query) const
{
    QList<Match> matches;
    const QString needle = fold(query.trimmed());
    if (needle.isEmpty())
        return matches;
    int segment = 0;
    for (qsizetype at = m_folded.indexOf(needle); at >= 0;
         at = m_folded.indexOf(needle, at + needle.size())) {
        // Segments only move forward: a step from the last one, not a search from the start.
        while (segment + 1 < int(m_segmentStart.size()) && m_segmentStart[std::size_t(segment + 1)] <= at)
            ++segment;
        const int from = m_origin[std::size_t(at)];
        // The match ends after its last character and the combining marks that follow it (folding dropped
        // them): where the next folded character comes from (each line's end is one too).
        const qsizetype last = at + needle.size() - 1;
        const int to = std::max(m_origin[std::size_t(last)] + 1, m_origin[std::size_t(last + 1)]);
        matches.append({ segment, from, std::min(to, m_segmentLength[std::size_t(segment)]) - from });
    }
    return matches;
}

qint64 TranscriptSearch::timeOf(const Match &match, const Transcript &transcript, const TimeIndex &index)
{
    if (match.segment < 0 || match.segment >= transcript.segments.size())
        return kNoTime;
    const QList<Word> &words = transcript.segments[match.segment].words;
    const auto word = std::partition_point(
        words.cbegin(), words.cend(), [&](const Word &w) { return w.from + w.length <= match.from; });
    const qint64 time
        = word != words.cend() ? index.wordStart(match.segment, int(word - words.cbegin())) : kNoTime;
    return time != kNoTime ? time : index.segmentStart(match.segment);
}

int TranscriptSearch::firstFrom(const QList<Match> &matches, int segment)
{
    if (matches.isEmpty())
        return -1;
    const auto from = std::lower_bound(
        matches.cbegin(), matches.cend(), segment, [](const Match &m, int s) { return m.segment < s; });
    return from == matches.cend() ? 0 : int(from - matches.cbegin());
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeindex.h"

#include <algorithm>

namespace hark {

TimeIndex::TimeIndex(const Transcript &transcript)
{
    const auto &segments = transcript.segments;
    m_rawSegmentStart.reserve(segments.size());
    m_rawSegmentEnd.reserve(segments.size());
    m_firstWord.reserve(segments.size() + 1);
    std::vector<std::pair<qint64, int>> segs;
    std::vector<std::pair<qint64, std::pair<int, int>>> words;
    for (int s = 0; s < int(segments.size()); ++s) {
        const Segment &seg = segments[s];
        m_rawSegmentStart.push_back(seg.start);
        m_rawSegmentEnd.push_back(seg.end);
        m_firstWord.push_back(int(m_rawWordStart.size()));
        if (seg.hasStart())
            segs.emplace_back(seg.start, s);
        for (int w = 0; w < int(seg.words.size()); ++w) {
            m_rawWordStart.push_back(seg.words[w].start);
            if (seg.words[w].hasStart())
                words.push_back({ seg.words[w].start, { s, w } });
        }
    }
    m_firstWord.push_back(int(m_rawWordStart.size()));

    auto byTime = [](const auto &a, const auto &b) { return a.first < b.first; };
    std::stable_sort(segs.begin(), segs.end(), byTime);
    std::stable_sort(words.begin(), words.end(), byTime);
    m_segmentStarts.reserve(segs.size());
    m_segmentOrder.reserve(segs.size());
    for (const auto &[start, index] : segs) {
        m_segmentStarts.push_back(start);
        m_segmentOrder.push_back(index);
    }
    m_wordStarts.reserve(words.size());
    m_wordOrder.reserve(words.size());
    for (const auto &[start, index] : words) {
        m_wordStarts.push_back(start);
        m_wordOrder.push_back(index);
    }
}

TimeIndex::Position TimeIndex::at(qint64 positionMs) const
{
    Position p;
    const qint64 t = positionMs - m_offset;
    const auto s = std::upper_bound(m_segmentStarts.begin(), m_segmentStarts.end(), t);
    if (s == m_segmentStarts.begin())
        return p;
    p.segment = m_segmentOrder[std::size_t(s - m_segmentStarts.begin() - 1)];
    const auto w = std::upper_bound(m_wordStarts.begin(), m_wordStarts.end(), t);
    if (w != m_wordStarts.begin()) {
        const auto &[segment, word] = m_wordOrder[std::size_t(w - m_wordStarts.begin() - 1)];
        if (segment == p.segment)
            p.word = word;
    }
    return p;
}

int TimeIndex::nextSegment(qint64 positionMs) const
{
    const auto s = std::upper_bound(m_segmentStarts.begin(), m_segmentStarts.end(), positionMs - m_offset);
    return s == m_segmentStarts.end() ? -1 : m_segmentOrder[std::size_t(s - m_segmentStarts.begin())];
}

int TimeIndex::previousSegment(qint64 positionMs) const
{
    const auto s = std::upper_bound(m_segmentStarts.begin(), m_segmentStarts.end(), positionMs - m_offset);
    if (s == m_segmentStarts.begin())
        return -1;
    // Before the current line's start: lines starting at the same moment as it are not "before" it.
    const auto before = std::lower_bound(m_segmentStarts.begin(), s, *(s - 1));
    return before == m_segmentStarts.begin()
        ? -1
        : m_segmentOrder[std::size_t(before - m_segmentStarts.begin() - 1)];
}

qint64 TimeIndex::segmentStart(int segment) const
{
    if (segment < 0 || std::size_t(segment) >= m_rawSegmentStart.size())
        return kNoTime;
    const qint64 start = m_rawSegmentStart[std::size_t(segment)];
    return start == kNoTime ? kNoTime : std::max<qint64>(0, start + m_offset);
}

qint64 TimeIndex::segmentEnd(int segment) const
{
    if (segment < 0 || std::size_t(segment) >= m_rawSegmentEnd.size())
        return kNoTime;
    const qint64 end = m_rawSegmentEnd[std::size_t(segment)];
    return end == kNoTime ? kNoTime : std::max<qint64>(0, end + m_offset);
}

qint64 TimeIndex::wordStart(int segment, int word) const
{
    if (segment < 0 || std::size_t(segment) >= m_rawSegmentStart.size() || word < 0)
        return kNoTime;
    const int flat = m_firstWord[std::size_t(segment)] + word;
    if (flat >= m_firstWord[std::size_t(segment) + 1])
        return kNoTime;
    const qint64 start = m_rawWordStart[std::size_t(flat)];
    return start == kNoTime ? kNoTime : std::max<qint64>(0, start + m_offset);
}

} // namespace hark

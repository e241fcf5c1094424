// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <vector>

namespace hark {

/// Answers "what is being said at this moment?" in O(log n).
///
/// The current segment is the last one that started at or before the position: in the gap between two cues
/// the earlier one stays current until the next begins, and before the first cue nothing is current. The
/// current word is found the same way among the current segment's timed words. Segments and words without a
/// start are never current. The per-episode sync offset is applied here, so everything that asks the index
/// (highlight, click-to-seek, export) agrees: with an offset of +500 ms a cue written at 10 s is current
/// from 10.5 s.
class TimeIndex
{
public:
    struct Position
    {
        int segment = -1;
        int word = -1; ///< index into the segment's words, -1 when none is current
        friend bool operator==(const Position &, const Position &) = default;
    };

    TimeIndex() = default;
    explicit TimeIndex(const Transcript &transcript);

    void setOffset(qint64 ms) { m_offset = ms; }
    qint64 offset() const { return m_offset; }

    Position at(qint64 positionMs) const;
    /// Where a segment starts on the audio's timeline (offset applied), kNoTime when unknown.
    qint64 segmentStart(int segment) const;
    /// Where a segment ends on the audio's timeline (offset applied), kNoTime when unknown.
    qint64 segmentEnd(int segment) const;
    /// Where a word starts on the audio's timeline (offset applied), kNoTime when unknown.
    qint64 wordStart(int segment, int word) const;
    bool isEmpty() const { return m_segmentStarts.empty(); }
    /// The line that starts next after @p positionMs (in time order), or -1 when none does.
    int nextSegment(qint64 positionMs) const;
    /// The line that starts before the one at @p positionMs (at a later time than any line before it), or -1.
    int previousSegment(qint64 positionMs) const;

private:
    // Sorted by start (ties keep transcript order); parallel arrays keep the binary search cache-friendly.
    std::vector<qint64> m_segmentStarts;
    std::vector<int> m_segmentOrder;
    std::vector<qint64> m_wordStarts;
    std::vector<std::pair<int, int>> m_wordOrder;
    // Per segment: its start, its end and the index of its first word in a flat list of raw word starts.
    std::vector<qint64> m_rawSegmentStart;
    std::vector<qint64> m_rawSegmentEnd;
    std::vector<int> m_firstWord;
    std::vector<qint64> m_rawWordStart;
    qint64 m_offset = 0;
};

} // namespace hark

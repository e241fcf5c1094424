// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scores an alignment against the exact truth of a synthesized episode, by the convention: the
// absolute error of each word's start; a word is a whitespace token of the transcript, bracketed stage
// directions excluded; words of a sentence missing from the audio are not scored (pass their segments in
// @p unscored). Both transcripts hold the same text (the aligned one was made from the truth's words).

#include "core/transcript.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace hark::test {

struct AlignScore
{
    int words = 0; ///< scored
    double medianMs = 0, p95Ms = 0, within100 = 0; ///< word starts; within100 as a fraction
    double placed = 0; ///< fraction placed from their own audio (not marked low-confidence)
    double sentenceMedianMs = 0, sentenceP95Ms = 0;
};

inline double percentileOf(std::vector<double> v, double fraction)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(fraction * double(v.size())))];
}

inline AlignScore scoreAlignment(
    const Transcript &truth, const Transcript &aligned, const QSet<int> &unscored = {})
{
    AlignScore score;
    std::vector<double> errors, sentenceErrors;
    int placed = 0;
    for (int s = 0; s < truth.segments.size() && s < aligned.segments.size(); ++s) {
        if (unscored.contains(s))
            continue;
        const Segment &t = truth.segments[s], &a = aligned.segments[s];
        bool first = true;
        for (int w = 0; w < t.words.size() && w < a.words.size(); ++w) {
            if (!t.words[w].isSpeech() || !t.words[w].hasStart())
                continue;
            const double error = std::abs(double(a.words[w].start - t.words[w].start));
            errors.push_back(error);
            if (first)
                sentenceErrors.push_back(error);
            first = false;
            if (!(a.words[w].flags & Word::LowConfidence))
                ++placed;
        }
    }
    score.words = int(errors.size());
    score.medianMs = percentileOf(errors, 0.5);
    score.p95Ms = percentileOf(errors, 0.95);
    score.within100 = errors.empty() ? 0 : double(std::count_if(errors.begin(), errors.end(), [](double e) {
        return e <= 100;
    })) / double(errors.size());
    score.placed = errors.empty() ? 0 : double(placed) / double(errors.size());
    score.sentenceMedianMs = percentileOf(sentenceErrors, 0.5);
    score.sentenceP95Ms = percentileOf(sentenceErrors, 0.95);
    return score;
}

/// The transcript as the aligner gets it: the same words, no times.
inline Transcript withoutTimes(Transcript t)
{
    for (Segment &s : t.segments) {
        s.start = s.end = kNoTime;
        for (Word &w : s.words)
            w.start = w.end = kNoTime;
    }
    return t;
}

/// The naive even spread: every word's start at its share of the duration by characters.
inline Transcript evenSpread(Transcript t, qint64 durationMs)
{
    qint64 total = 0;
    for (const Segment &s : t.segments)
        for (const Word &w : s.words)
            total += w.length + 1;
    qint64 at = 0;
    for (Segment &s : t.segments) {
        for (Word &w : s.words) {
            w.start = at * durationMs / std::max<qint64>(1, total);
            w.flags |= Word::LowConfidence;
            at += w.length + 1;
        }
    }
    return t;
}

} // namespace hark::test

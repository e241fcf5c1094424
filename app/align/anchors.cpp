// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/anchors.h"

#include <algorithm>
#include <cmath>

namespace hark::align {

namespace {

struct Run
{
    int transcript = 0, recognized = 0, length = 0;
};

// The longest run of words said in the same order in both ranges. Of equally long ones, the one nearest
// where the recognized words would be in the text if it went on at the same pace as they do: along the
// diagonal of the two ranges when both are bounded by runs already taken, else a word for a word from the
// start (a phrase such as "the most interesting" may well be said twice in a minute).
Run longestCommonRun(const QStringList &transcript, int t0, int t1, const QStringList &recognized, int r0,
    int r1, bool bounded)
{
    const double pace = bounded ? double(t1 - t0) / (r1 - r0) : 1.0;
    const auto offDiagonal
        = [&](const Run &r) { return std::abs(r.transcript - t0 - pace * (r.recognized - r0)); };
    Run best;
    std::vector<int> previous(std::size_t(r1 - r0 + 1), 0), current(previous.size(), 0);
    for (int i = t0; i < t1; ++i) {
        for (int j = r0; j < r1; ++j) {
            const std::size_t k = std::size_t(j - r0 + 1);
            current[k] = transcript[i] == recognized[j] ? previous[k - 1] + 1 : 0;
            if (current[k] == 0 || current[k] < best.length)
                continue;
            const Run run { i - current[k] + 1, j - current[k] + 1, current[k] };
            if (run.length > best.length || offDiagonal(run) < offDiagonal(best))
                best = run;
        }
        std::swap(previous, current);
    }
    return best;
}

// Takes the longest run, then the longest on either side of it, and so on.
void collectRuns(const QStringList &transcript, int t0, int t1, const QStringList &recognized, int r0, int r1,
    int minRun, bool bounded, std::vector<std::pair<int, int>> &anchors)
{
    if (t1 - t0 < minRun || r1 - r0 < minRun)
        return;
    const Run run = longestCommonRun(transcript, t0, t1, recognized, r0, r1, bounded);
    if (run.length < minRun)
        return;
    collectRuns(transcript, t0, run.transcript, recognized, r0, run.recognized, minRun, true, anchors);
    for (int k = 0; k < run.length; ++k)
        anchors.emplace_back(run.transcript + k, run.recognized + k);
    collectRuns(transcript, run.transcript + run.length, t1, recognized, run.recognized + run.length, r1,
        minRun, bounded, anchors);
}

} // namespace

std::vector<std::pair<int, int>> anchorWords(
    const QStringList &transcript, const QStringList &recognized, int minRun)
{
    std::vector<std::pair<int, int>> anchors;
    collectRuns(transcript, 0, int(transcript.size()), recognized, 0, int(recognized.size()),
        std::max(1, minRun), false, anchors);
    return anchors;
}

} // namespace hark::align

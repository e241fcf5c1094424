// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchors.h"

#include <algorithm>
#include <cstdint>

namespace hark::align {

std::vector<std::pair<int, int>> anchorWords(
    const QStringList &transcript, const QStringList &recognized, int minRun)
{
    const auto n = std::size_t(transcript.size()), m = std::size_t(recognized.size());
    std::vector<std::pair<int, int>> anchors;
    if (n == 0 || m == 0)
        return anchors;
    // Longest common subsequence; lengths fit 32 bits, directions are read back from the lengths.
    std::vector<std::uint32_t> length((n + 1) * (m + 1), 0);
    const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t & { return length[i * (m + 1) + j]; };
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j)
            at(i, j) = transcript[qsizetype(i - 1)] == recognized[qsizetype(j - 1)]
                ? at(i - 1, j - 1) + 1
                : std::max(at(i - 1, j), at(i, j - 1));
    std::vector<std::pair<int, int>> common;
    for (std::size_t i = n, j = m; i > 0 && j > 0;) {
        if (transcript[qsizetype(i - 1)] == recognized[qsizetype(j - 1)]
            && at(i, j) == at(i - 1, j - 1) + 1) {
            common.emplace_back(int(i - 1), int(j - 1));
            --i;
            --j;
        } else if (at(i - 1, j) >= at(i, j - 1)) {
            --i;
        } else {
            --j;
        }
    }
    std::reverse(common.begin(), common.end());
    // Keep the runs that are consecutive in both sequences and long enough.
    for (std::size_t start = 0; start < common.size();) {
        std::size_t end = start + 1;
        while (end < common.size() && common[end].first == common[end - 1].first + 1
            && common[end].second == common[end - 1].second + 1)
            ++end;
        if (int(end - start) >= minRun)
            anchors.insert(anchors.end(), common.begin() + qsizetype(start), common.begin() + qsizetype(end));
        start = end;
    }
    return anchors;
}

} // namespace hark::align

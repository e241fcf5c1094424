// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <utility>
#include <vector>

namespace hark::align {

/// Pairs (transcript index, recognized index) that anchor recognized words to the transcript: runs of at
/// least
/// @p minRun words said in the same order in both, so a lone common word ("the") heard elsewhere anchors
/// nothing. The longest run is taken first, then the longest on either side of it, and so on (a global
/// longest common subsequence would break a long run to match a few more scattered words). In order of both
/// indexes. Time grows with the product of the two lengths: meant for a chunk of audio and its stretch of
/// text.
std::vector<std::pair<int, int>> anchorWords(
    const QStringList &transcript, const QStringList &recognized, int minRun = 3);

} // namespace hark::align

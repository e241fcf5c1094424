// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <utility>
#include <vector>

namespace hark::align {

/// Pairs (transcript index, recognized index) that anchor recognized words to the transcript: the longest
/// common subsequence of the two, keeping only runs of at least @p minRun pairs that follow each other in
/// both, so a lone common word ("the") heard elsewhere anchors nothing. In order of both indexes. Time and
/// memory grow with the product of the two lengths: meant for a chunk of audio and its stretch of text.
std::vector<std::pair<int, int>> anchorWords(
    const QStringList &transcript, const QStringList &recognized, int minRun = 3);

} // namespace hark::align

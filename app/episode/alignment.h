// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "align/aligner.h"
#include "core/transcript.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace hark {

/// What aligning an episode gave.
struct AlignmentResult
{
    std::optional<Transcript> transcript; ///< every word timed; none on error or cancel
    align::AlignReport report;
    QString error; ///< names the file and what went wrong
    bool cancelled = false;
    qint64 elapsedMs = 0;
};

/// The one decode -> align pipeline: decodes @p audioPath (streaming, as Hark plays it) into an aligner for
/// @p transcript. Blocks; the window runs it in a worker. @p progress gets the audio recognized so far and
/// the whole (ms; the whole is -1 until known), from this thread or another, about five times a second.
/// Setting @p cancel stops it within a second.
AlignmentResult alignEpisode(const QString &audioPath, const Transcript &transcript,
    const align::Aligner::Options &options, const std::function<void(qint64, qint64)> &progress = {},
    const std::atomic<bool> *cancel = nullptr);

} // namespace hark

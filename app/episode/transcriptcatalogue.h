// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <QString>

namespace hark {

class Episode;

/// What the player tells about every transcript it shows, so that a search of every transcript finds the
/// local episodes once opened or aligned too (the podcast library's search index implements it).
class TranscriptCatalogue
{
public:
    virtual ~TranscriptCatalogue() = default;

    /// The listener sees @p transcript (read from @p transcriptPath, or aligned and kept there) for
    /// @p episode's audio.
    virtual void transcriptShown(
        const Episode &episode, const Transcript &transcript, const QString &transcriptPath)
        = 0;

protected:
    TranscriptCatalogue() = default;
    TranscriptCatalogue(const TranscriptCatalogue &) = default;
    TranscriptCatalogue &operator=(const TranscriptCatalogue &) = default;
};

} // namespace hark

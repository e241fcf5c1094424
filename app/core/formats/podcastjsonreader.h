// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

namespace hark {

/// Reads Podcasting 2.0 JSON transcripts: `{"version": …, "segments": [{"speaker", "startTime", "endTime",
/// "body"}]}` with times in seconds, one segment per word or per phrase. A missing endTime is taken from the
/// next segment's start; numeric strings for times are read with a warning; anything else is refused with the
/// line.
class PodcastJsonReader
{
public:
    static ReadResult read(QStringView text);
};

/// Reads Podcasting 2.0 chapters JSON (`{"chapters": [{"startTime", "title", "img", "url", "toc"}]}`) into
/// the chapters of an otherwise empty transcript.
class ChaptersJsonReader
{
public:
    static ReadResult read(QStringView text);
};

} // namespace hark

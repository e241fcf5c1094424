// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

namespace hark {

/// Reads WebVTT by the W3C parser's rules: a BOM, header text, NOTE/STYLE/REGION blocks, cue identifiers and
/// settings, optional hours, `<v Name>` and `<v.class Name>` speakers, other tags stripped, entities decoded,
/// and inline `<hh:mm:ss.ttt>` word times. Cues with bad timings are skipped with a warning, as browsers do.
/// A NOTE of "Key: value" lines (Title, Show, Date, Duration, Language, Chapter) carries metadata, as Hark
/// writes.
class VttReader
{
public:
    struct Options
    {
        bool requireSignature = true; ///< false reads a file that lost its WEBVTT line, with a warning
        /// Browsers drop a cue whose timing line cannot be read; Hark keeps its text as an untimed segment
        /// (with a warning) so that nothing the file holds is lost.
        bool keepBadCues = false;
    };
    static ReadResult read(QStringView text, Options options);
    static ReadResult read(QStringView text) { return read(text, Options {}); }
};

} // namespace hark

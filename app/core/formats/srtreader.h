// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

namespace hark {

/// Reads SubRip as real files write it: hours optional, '.' for ',', 1–3 fraction digits, CRLF, a BOM, no
/// final blank line, missing or out-of-order cue numbers, blank lines inside a cue, `<i>`/`<font>` tags and
/// `{\an8}`. A "Name: " label of one to three capitalised words at a cue's start becomes the speaker. Cues
/// are put in time order (with a warning when the file had them otherwise). A timing that cannot be read
/// refuses the file.
class SrtReader
{
public:
    static ReadResult read(QStringView text);
};

} // namespace hark

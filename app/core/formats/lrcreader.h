// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

namespace hark {

/// Reads LRC and enhanced LRC: `[mm:ss.xx]` line tags (several on one line repeat it), `<mm:ss.xx>` word
/// tags, metadata tags (`[ti:]`, `[ar:]`, `[al:]`, `[by:]`, `[la:]`, `[length:]`) and `[offset:±ms]`, applied
/// as FFmpeg does: time = tag − offset. Lines come out in time order; each ends where the next begins.
class LrcReader
{
public:
    static ReadResult read(QStringView text);
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace hark::align {

/// "hark.align": what the aligner heard, anchored and placed, chunk by chunk, and pocketsphinx's own log
/// (kept in hark-pocketsphinx.log in the temporary folder). Off unless asked for:
/// QT_LOGGING_RULES="hark.align.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcAlign)

} // namespace hark::align

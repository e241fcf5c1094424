// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

namespace hark {

/// Reads HTML transcripts as the Podcasting 2.0 examples write them: `<cite>` names the speaker, `<time>` the
/// start, `<p>` the text; one segment per paragraph. Parsed by libxml2's HTML parser with the network off:
/// text only — no script runs, nothing is fetched. A page without paragraphs is read as plain text.
class HtmlReader
{
public:
    static ReadResult read(QStringView text);
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

namespace hark {

/// Reads untimed text: paragraphs (split at blank lines) of sentences, a "Name: " label opening a paragraph
/// as its speaker, and bracketed stage directions kept but marked as non-speech.
///
/// A header of short lines before the text, as transcript archive pages have, is recognised by its shape, not
/// by any site's name: short lines without closing punctuation that hold "Key:" fields (Duration, Broadcast
/// on, Published, Date, Audio Format, Language…, the value on the same or the next line) or repeat the title.
/// Any field may be missing. The title is the repeated line (else the last name line), the show the line
/// before.
class PlainTextReader
{
public:
    static ReadResult read(QStringView text);
};

} // namespace hark

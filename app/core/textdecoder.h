// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hark {

/// Text from a transcript file's bytes: UTF-8 with or without BOM, UTF-16 LE/BE (with a BOM, or recognised by
/// its zero bytes), and invalid UTF-8 read as Windows-1252 with a warning. Binary data is refused.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252"
        std::optional<Diagnostic> warning;
        std::optional<Diagnostic> error;
    };

    static Result decode(const QByteArray &bytes);
    /// Windows-1252, where 0x80–0x9F are typographic characters (not C1 controls as in Latin-1).
    static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace hark

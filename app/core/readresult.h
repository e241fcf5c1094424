// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/transcript.h"

#include <QList>
#include <QString>

#include <optional>

namespace hark {

/// A problem found in an input: where (1-based line and column, 0 when not known) and what was expected.
struct Diagnostic
{
    int line = 0;
    int column = 0;
    QString message;

    /// "file:line:column: message", leaving out what is not known.
    QString format(const QString &fileName) const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

/// What a reader returns: a transcript or the error that stopped it, and the warnings of a lenient read.
struct ReadResult
{
    std::optional<Transcript> transcript;
    Diagnostic error;
    QList<Diagnostic> warnings;
    Format format = Format::Unknown; ///< set when read through TranscriptFile
    QString encoding; ///< set when read from bytes

    bool ok() const { return transcript.has_value(); }
    static ReadResult failure(int line, int column, const QString &message)
    {
        ReadResult r;
        r.error = { line, column, message };
        return r;
    }
};

} // namespace hark

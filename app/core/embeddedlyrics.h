// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

#include <QList>
#include <QString>

#include <utility>

namespace hark {

/// A transcript carried inside an audio file's ID3v2 tag, as the tag gives it: a SYLT frame (text with
/// times) or a USLT frame (text alone). The media layer reads the frames; this is what they say.
struct EmbeddedLyrics
{
    enum class Kind
    {
        Synchronized, ///< SYLT
        Unsynchronized, ///< USLT
    };
    Kind kind = Kind::Unsynchronized;
    QString language; ///< ISO 639-2, as in the tag ("eng"); "XXX", "und" or empty when not given
    QString description; ///< the frame's content descriptor, often empty
    QString text; ///< USLT: the whole text
    /// SYLT: each piece of text and when it starts (ms), in the tag's order. A piece that starts with a line
    /// feed starts a new line (ID3v2.4 §4.9); without any, each piece is a line of its own.
    QList<std::pair<qint64, QString>> pieces;

    /// "SYLT" or "USLT".
    QString frameId() const;
    /// How the listener sees the source named: "SYLT tag", "USLT tag (deu)", "USLT tag “Interview”".
    QString label() const;
    /// The language as a two-letter code where Qt knows one ("eng" → "en"), empty when not given.
    QString languageCode() const;
};

/// Turns embedded lyrics into a transcript: SYLT pieces into timed lines (pieces within a line time its
/// words), USLT text through format detection like a file's (plain text unless it is a transcript format).
class EmbeddedLyricsReader
{
public:
    static ReadResult read(const EmbeddedLyrics &lyrics);
};

} // namespace hark

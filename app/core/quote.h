// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hark::quote {

/// What a quote names besides its words.
struct Source
{
    QString speaker; ///< empty when unknown
    QString show;
    QString title; ///< the episode's
    qint64 at = -1; ///< where the words are heard (ms), -1 when unknown
};

/// `“words” — Speaker, Show: Episode title (12:34)`, leaving out what is unknown. Paragraph breaks in
/// @p words become spaces; quotation marks around them are not doubled.
QString plain(const QString &words, const Source &source);
/// The same as HTML: the words in a blockquote, the source in a line below with the show in italics.
QString html(const QString &words, const Source &source);

/// A command line that opens @p episode at @p ms: `hark --at 12:34 '/path/to/episode.mp3'` (POSIX shell
/// quoting).
QString momentCommand(const QString &episode, qint64 ms);

} // namespace hark::quote

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/feed.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace hark {

/// Reads a podcast feed: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, or Atom. Pure: bytes in, a
/// Feed out, no I/O and no network (external entities and DTDs are never loaded).
///
/// Feeds as served are often not well-formed, and listeners expect them to work anyway, so the reader repairs
/// before it parses, with a warning naming the line for each kind of repair: text before the XML declaration,
/// a bare "&" ("Tom & Jerry"), HTML's named entities (&nbsp;, &eacute;) and unknown ones (&gtgt;, kept as
/// text), invalid UTF-8 (read as Windows-1252). Entities are never expanded from a DTD, so an entity bomb is
/// only text. What is still broken after that (an unclosed tag, a stray "<") libxml2's recovering reader
/// passes over, and each of its complaints is a warning too. Elements are told apart by their namespace
/// URIs, with the iTunes URI's usual misspellings and the legacy Podcasting 2.0 URI accepted.
class FeedReader
{
public:
    /// Diagnostics give lines; the caller names the feed (Diagnostic::format).
    static FeedReadResult read(const QByteArray &data);

    /// A feed's date, leniently: RFC 822 as RSS asks (with or without the day's name and the seconds, named
    /// zones such as GMT, EST or CEST, "Sept", two-digit years), and ISO 8601 as Atom asks. UTC; invalid
    /// when it cannot be read.
    static QDateTime parseDate(QStringView text);
    /// itunes:duration in every form seen: "H:M:S", "M:S", seconds ("3600", "3600.5"). -1 when unreadable.
    static qint64 parseDuration(QStringView text);
    /// Markup stripped and entities decoded, for a description shown as inert text; paragraphs and line
    /// breaks become new lines.
    static QString plainText(QStringView html);
};

} // namespace hark

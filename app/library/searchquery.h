// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hark {

/// What the listener typed into a search of every transcript, made into an SQLite FTS5 query that cannot be a
/// syntax error: words (all must appear), "a phrase", a prefix*, OR between two terms, and -word (not). Every
/// word and phrase goes to FTS5 quoted, so FTS5's own operators and punctuation (AND, NEAR(, ^, :, a stray *)
/// are searched as the words they are.
struct SearchQuery
{
    /// Longer queries are cut here, with a note.
    static constexpr int kMaxLength = 1000;
    /// A shorter prefix would match most of the index (slowly, and uselessly): it is searched as a word.
    static constexpr int kMinPrefix = 3;

    QString fts; ///< the FTS5 MATCH expression; empty when there is nothing to search for
    QStringList marked; ///< the words and phrases to mark in the hits; a prefix keeps its * at the end
    QString note; ///< for the listener: the query was cut, or what was left out and why

    static SearchQuery parse(const QString &typed);
};

} // namespace hark

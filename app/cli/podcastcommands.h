// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace hark {

/// The podcast library from the command line: `hark subscribe`, `unsubscribe`, `refresh`, `episodes`,
/// `download`, `opml` and `search` (every transcript Hark knows, through the library's index). The library is
/// the window's (QStandardPaths' data location, XDG_DATA_HOME), so what a script subscribes to the window
/// shows. Exit codes as the other verbs: 0 done, 1 some of it failed (each failure said on standard error), 2
/// wrong usage.
class PodcastCommands
{
public:
    /// @p verb is one of isVerb(); @p arguments start with the program's name and the verb.
    static int run(const QString &verb, const QStringList &arguments, QTextStream &out, QTextStream &err);
    static bool isVerb(const QString &verb);
};

} // namespace hark

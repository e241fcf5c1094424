// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace hark {

/// `hark info|convert …`: the headless command line. Exit codes: 0 done, 1 bad input, 2 usage.
class CommandLine
{
public:
    enum ExitCode
    {
        Success = 0,
        BadInput = 1,
        Usage = 2
    };

    /// Runs @p arguments, writing results to @p out and messages to @p err.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// Writes what reading @p name gave to @p err: its warnings, then its error if it failed. True when
    /// there is a transcript to go on with.
    static bool report(const ReadResult &result, const QString &name, QTextStream &err);
    /// The same for any reader's @p warnings and @p error (none: it read).
    static bool report(
        const QList<Diagnostic> &warnings, const Diagnostic *error, const QString &name, QTextStream &err);

    /// Says @p message and where help is, and gives Usage.
    static int usageError(QTextStream &err, const QString &message);
    /// Parses one verb's @p arguments (adding -h/--help); an exit code when there is nothing more to do
    /// (help shown, or a usage error).
    static std::optional<int> parseVerb(QCommandLineParser &parser, const QStringList &arguments,
        const QString &usage, QTextStream &out, QTextStream &err);
};

} // namespace hark

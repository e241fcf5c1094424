// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace hark {

/// `hark info FILE [--json]`: what a transcript holds, or for an audio file its sidecars and the chosen one.
class InfoCommand
{
public:
    static int run(const QString &path, bool json, QTextStream &out, QTextStream &err);
};

} // namespace hark

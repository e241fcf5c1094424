// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/readresult.h"

namespace hark {

QString Diagnostic::format(const QString &fileName) const
{
    QString out = fileName;
    if (line > 0) {
        out += u':' % QString::number(line);
        if (column > 0)
            out += u':' % QString::number(column);
    }
    return out % QStringLiteral(": ") % message;
}

} // namespace hark

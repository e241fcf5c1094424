// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace hark {

/// Where things sit in JSON text, for error messages: QJsonDocument keeps no positions.
class JsonLocator
{
public:
    /// Byte offsets of the elements of the top-level object's array member @p key, in order.
    static QList<qsizetype> arrayElementOffsets(const QByteArray &json, const QByteArray &key);
    /// 1-based line and column of a byte offset (the column counts characters, not bytes).
    static std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset);
};

} // namespace hark

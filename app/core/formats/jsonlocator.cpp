// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

#include <QString>

namespace hark {

QList<qsizetype> JsonLocator::arrayElementOffsets(const QByteArray &json, const QByteArray &key)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = -1;
    QByteArray lastKeyAtDepth1;
    bool inTarget = false; // inside the wanted array (depth 2)
    bool expectElement = false;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastKeyAtDepth1 = json.mid(stringStart + 1, i - stringStart - 1);
                if (inTarget && depth == 2 && expectElement) {
                    offsets.append(stringStart);
                    expectElement = false;
                }
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i;
            break;
        case '{':
        case '[':
            if (inTarget && depth == 2 && expectElement) {
                offsets.append(i);
                expectElement = false;
            }
            ++depth;
            if (c == '[' && depth == 2 && lastKeyAtDepth1 == key) {
                inTarget = true;
                expectElement = true;
            }
            break;
        case '}':
        case ']':
            --depth;
            if (depth < 2 && inTarget)
                return offsets;
            break;
        case ',':
            if (inTarget && depth == 2)
                expectElement = true;
            break;
        default:
            if (inTarget && depth == 2 && expectElement && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                offsets.append(i);
                expectElement = false;
            }
            break;
        }
    }
    return offsets;
}

std::pair<int, int> JsonLocator::lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return { line, column };
}

} // namespace hark

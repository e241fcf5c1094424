// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for what the search index reads back from the library's file (hark_library): any bytes as
// a document's body are its segments or an error, never a crash, a hang or a word outside its line; and the
// marks of the words found in a line (the input split into a line and what was searched) stay inside it.
#include "library/searchindex.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace hark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto read = SearchIndex::readBody(bytes); read.ok()) {
        for (const Segment &s : *read.value) {
            for (const Word &w : s.words) {
                if (w.from < 0 || w.length < 0 || w.from + w.length > s.text.size())
                    std::abort();
            }
        }
    }
    const QString text = QString::fromUtf8(bytes);
    const qsizetype cut = text.indexOf(u'\n');
    const QString line = cut < 0 ? text : text.left(cut);
    const QStringList searched = cut < 0 ? QStringList { text.left(8) } : text.mid(cut + 1).split(u'|');
    for (const auto &[from, length] : SearchIndex::marks(line, searched)) {
        if (from < 0 || length <= 0 || from + length > line.size())
            std::abort();
    }
    return 0;
}

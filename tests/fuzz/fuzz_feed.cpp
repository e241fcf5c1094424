// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the feed reader (hark_library): any bytes give a feed or a clear error, never a crash
// or a hang, and what is read keeps its promises (a guid for every episode, none twice, dates in UTC).
#include "library/feedreader.h"

#include <QByteArray>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace hark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FeedReadResult r
        = FeedReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!r.ok()) {
        if (r.error.message.isEmpty())
            std::abort();
        return 0;
    }
    QSet<QString> guids;
    for (const FeedEpisode &e : r.feed->episodes) {
        if (e.guid.isEmpty() || guids.contains(e.guid))
            std::abort();
        guids.insert(e.guid);
        if (e.published.isValid() && e.published.timeSpec() != Qt::UTC)
            std::abort();
    }
    return 0;
}

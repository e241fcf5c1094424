// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for OPML subscription lists (hark_library): any bytes give a list or a clear error, never
// a crash or a hang; every subscription read is an http or https feed, once; what Hark writes reads back.
#include "library/opml.h"

#include <QByteArray>
#include <QSet>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace hark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Opml::ReadResult r = Opml::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!r.ok()) {
        if (r.error.message.isEmpty())
            std::abort();
        return 0;
    }
    QSet<QString> urls;
    for (const Opml::Subscription &s : *r.subscriptions) {
        const QString scheme = QUrl(s.feedUrl).scheme();
        if ((scheme != u"http" && scheme != u"https") || urls.contains(s.feedUrl))
            std::abort();
        urls.insert(s.feedUrl);
    }
    const Opml::ReadResult again = Opml::read(Opml::write(*r.subscriptions, QStringLiteral("fuzz")));
    if (!again.ok() || again.subscriptions->size() != r.subscriptions->size())
        std::abort();
    return 0;
}

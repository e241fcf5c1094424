// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hark {

/// Subscriptions as OPML, the list that podcast apps exchange (gPodder, AntennaPod, Pocket Casts, Apple
/// Podcasts): read from any of them, written so that they read it back.
class Opml
{
public:
    struct Subscription
    {
        QString feedUrl; ///< http or https only: a list may not point Hark at local files
        QString title;
        friend bool operator==(const Subscription &, const Subscription &) = default;
    };
    struct ReadResult
    {
        std::optional<QList<Subscription>> subscriptions;
        Diagnostic error;
        QList<Diagnostic> warnings;
        bool ok() const { return subscriptions.has_value(); }
    };

    /// Every <outline> with an xmlUrl, at any depth (apps nest them in folders), in order, each feed once.
    /// Outlines whose URL is not http or https are passed over with a warning naming the line.
    static ReadResult read(const QByteArray &data);
    /// OPML 2.0: one <outline type="rss" text="…" title="…" xmlUrl="…"/> a subscription.
    static QByteArray write(const QList<Subscription> &subscriptions, const QString &title);
};

} // namespace hark

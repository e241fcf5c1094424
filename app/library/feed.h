// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hark {

/// A Podcasting 2.0 <podcast:transcript>: where a transcript of the episode is, and of what kind.
struct FeedTranscript
{
    QString url;
    QString type; ///< MIME type as given: text/vtt, application/x-subrip, application/json, text/html…
    QString language; ///< the feed's when the tag names none
    QString rel; ///< "captions": it has timecodes
    friend bool operator==(const FeedTranscript &, const FeedTranscript &) = default;
};

/// A person named by <podcast:person> (host, guest…).
struct FeedPerson
{
    QString name;
    QString role; ///< lower case; "host" when the tag names none, as the namespace says
    QString href;
    friend bool operator==(const FeedPerson &, const FeedPerson &) = default;
};

/// One episode (an RSS <item> or an Atom <entry>), as the feed describes it.
struct FeedEpisode
{
    QString title;
    /// The feed's guid for it (Atom: its id); else the enclosure's URL, else the title: what keeps it the
    /// same episode from one refresh to the next.
    QString guid;
    QString link;
    QString description; ///< plain text: markup stripped, entities decoded, never rendered
    QDateTime published; ///< UTC; invalid when the feed gives no date that can be read
    qint64 durationMs = -1; ///< -1 when not given or unreadable
    QString enclosureUrl;
    QString enclosureType;
    qint64 enclosureLength = -1; ///< bytes, as the feed claims; -1 when not given
    QString image;
    int season = -1;
    int episode = -1;
    QList<FeedTranscript> transcripts;
    QString chaptersUrl; ///< a Podcasting 2.0 chapters JSON
    QString chaptersType;
    QList<FeedPerson> persons;
};

/// A podcast's feed as read: the show and its episodes in the feed's order.
struct Feed
{
    QString title;
    QString link;
    QString description; ///< plain text
    QString language; ///< as given ("en", "en-us"…)
    QString author;
    QString image;
    QString guid; ///< podcast:guid
    QString newFeedUrl; ///< itunes:new-feed-url: the show has moved there
    std::optional<bool> locked; ///< podcast:locked ("yes": the publisher asks that it not be moved)
    QList<FeedEpisode> episodes;
};

/// What reading a feed gives: the feed, or the error that stopped it; and what was repaired or passed over
/// on the way, each with its line.
struct FeedReadResult
{
    std::optional<Feed> feed;
    Diagnostic error;
    QList<Diagnostic> warnings;

    bool ok() const { return feed.has_value(); }
};

} // namespace hark

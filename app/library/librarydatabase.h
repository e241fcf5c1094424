// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "library/feed.h"

#include <QString>

#include <memory>

namespace hark {

/// The listener's podcasts, kept in one SQLite file (Qt SQL): the shows subscribed to, their episodes (one
/// per show and guid), and each episode's transcripts as the feed lists them. Written in WAL mode, each
/// change in one transaction. The schema has a version (PRAGMA user_version) and grows by numbered steps,
/// each run in a transaction of its own: a file left by any earlier Hark is brought up to date when opened,
/// and a file from a newer Hark is refused rather than changed.
class LibraryDatabase
{
public:
    /// The schema this Hark writes.
    static constexpr int kVersion = 1;

    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    /// Opens (or makes) the library at @p path and brings its schema up to date. @p upTo stops the steps at
    /// that version, for the tests of the migrations.
    static Result<std::unique_ptr<LibraryDatabase>> open(const QString &path, int upTo = kVersion);
    /// The default place: QStandardPaths' application data location (XDG_DATA_HOME), library.sqlite.
    static QString defaultPath();

    int version() const;

    struct Show
    {
        qint64 id = 0;
        QString feedUrl;
        QString title;
        QString guid; ///< podcast:guid
        QString language;
        QString image;
        QString author;
        int episodes = 0;
    };
    struct Episode
    {
        qint64 id = 0;
        qint64 showId = 0;
        QString guid;
        QString title;
        QDateTime published; ///< UTC; invalid when unknown
        qint64 durationMs = -1;
        QString enclosureUrl;
        QString enclosureType;
        qint64 enclosureLength = -1;
        QString description;
        QString chaptersUrl;
        QList<FeedTranscript> transcripts;
    };

    /// Stores what the feed at @p feedUrl says: the show (found again by its feed URL, else by its
    /// podcast:guid, so that a show that moved is not subscribed twice) and its episodes, new ones added and
    /// known ones (by guid) updated; an episode the feed no longer lists is kept. Returns the show's id.
    Result<qint64> storeFeed(const QString &feedUrl, const Feed &feed);
    QList<Show> shows() const;
    /// The show's episodes, newest first.
    QList<Episode> episodes(qint64 showId) const;

private:
    explicit LibraryDatabase(QString connection);
    Status migrate(int upTo);

    QString m_connection; ///< the QSqlDatabase connection's name, one per instance
};

} // namespace hark

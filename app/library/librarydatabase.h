// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/listeningmemory.h"
#include "core/result.h"
#include "library/feed.h"

#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

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
    static constexpr int kVersion = 4;

    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    /// Opens (or makes) the library at @p path and brings its schema up to date. @p upTo stops the steps at
    /// that version, for the tests of the migrations.
    static Result<std::unique_ptr<LibraryDatabase>> open(const QString &path, int upTo = kVersion);
    /// The default place: QStandardPaths' application data location (XDG_DATA_HOME), library.sqlite.
    static QString defaultPath();

    int version() const;
    QString path() const;
    /// The QSqlDatabase connection's name, for the parts of the library kept in the same file (SearchIndex);
    /// use it in the thread that opened the library only.
    QString connectionName() const { return m_connection; }
    /// Runs @p work in one transaction: committed when it succeeds, rolled back when it fails.
    Status inTransaction(const std::function<Status()> &work);

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
        int unplayed = 0;
        QByteArray etag; ///< the validators of the feed as last fetched, for the next conditional GET
        QByteArray lastModified;
        QDateTime refreshedAt; ///< invalid: never
        QString error; ///< why the last refresh failed; empty when it worked
        int keepLatest = 0; ///< downloads kept of the newest episodes; 0: all
        bool autoQueue = false; ///< its new episodes join Up Next as a refresh finds them
    };
    /// An episode's download: queued, under way, done (the file is there), or failed (why).
    struct Download
    {
        QString state; ///< "downloading", "done", "failed"; empty: none
        QString path;
        qint64 bytes = 0;
        qint64 total = -1;
        QByteArray validator; ///< of the part left, to resume it
        QString error;
        QString transcriptPath; ///< saved beside the audio, when the feed had one
        QString chaptersPath;
        QString key; ///< the audio's episode key (episodeKey()), which its resume memory is kept by
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
        QString showTitle;
        QString showLanguage;
        bool played = false;
        bool starred = false;
        Download download;
        qint64 positionMs = 0; ///< where the download was left (0: not started, or heard to the end)
        qint64 heardDurationMs = 0; ///< its length as the player found it; 0 when never played
        bool bookmarked = false; ///< the listener has bookmarks in it
    };

    /// Stores what the feed at @p feedUrl says: the show (found again by its feed URL, else by its
    /// podcast:guid, so that a show that moved is not subscribed twice) and its episodes, new ones added and
    /// known ones (by guid) updated; an episode the feed no longer lists is kept. Returns the show's id.
    Result<qint64> storeFeed(const QString &feedUrl, const Feed &feed);
    QList<Show> shows() const;
    std::optional<Show> show(qint64 id) const;
    /// The show's episodes, newest first.
    QList<Episode> episodes(qint64 showId) const;
    /// Every show's episodes, newest first.
    QList<Episode> allEpisodes() const;
    std::optional<Episode> episode(qint64 id) const;
    /// The episode whose download is @p path.
    std::optional<Episode> episodeByFile(const QString &path) const;
    /// The episode whose downloaded audio has the episode key @p key.
    std::optional<Episode> episodeByKey(const QString &key) const;
    /// The episodes with this guid, in any show.
    QList<Episode> episodesByGuid(const QString &guid) const;

    /// A refresh that worked (or found the feed unchanged): when, the validators for the next one, no error.
    Status setRefreshed(qint64 showId, const QByteArray &etag, const QByteArray &lastModified);
    /// A refresh that failed: the error is kept and shown; the show and its episodes stay as they were.
    Status setShowError(qint64 showId, const QString &error);
    /// The show moved for good (a permanent redirect, itunes:new-feed-url). False when another show is
    /// already subscribed there.
    Result<bool> setFeedUrl(qint64 showId, const QString &feedUrl);
    /// Unsubscribes: the show, its episodes and their queue places and download records go (the files
    /// stay: they are the listener's, and their transcripts stay in the search index as local files).
    Status removeShow(qint64 showId);
    /// Records how the episode's download stands; a Download without a state removes the record.
    Status setDownload(qint64 episodeId, const Download &download);
    Status setPlayed(qint64 episodeId, bool played);
    Status setStarred(qint64 episodeId, bool starred);
    /// Keep only the newest @p count downloads of the show (0: all of them).
    Status setKeepLatest(qint64 showId, int count);
    Status setAutoQueue(qint64 showId, bool on);

    /// Up Next: the episodes queued, in the order they will play.
    QList<qint64> queue() const;
    /// Queues the episode last, or first with @p next (Play Next); one already queued moves there.
    Status enqueue(qint64 episodeId, bool next = false);
    Status dequeue(qint64 episodeId);
    /// Moves a queued episode to @p index (0 is next).
    Status moveInQueue(qint64 episodeId, int index);

    /// The player's memory of an episode (where it was left, speed, sync offset, length), by episode key;
    /// local files and downloads alike.
    std::optional<EpisodeMemory> memory(const QString &key) const;
    /// Also ties the download at the memory's path to @p key.
    Status setMemory(const QString &key, const EpisodeMemory &memory);
    /// Where the episodes the player remembers were last opened from (local files and downloads).
    QStringList rememberedPaths() const;
    /// The listener's bookmarks in the episode, in time order.
    QList<Bookmark> bookmarks(const QString &key) const;
    Status setBookmarks(const QString &key, const QList<Bookmark> &bookmarks);
    /// Carries the memory and bookmarks of the episodes @p keys from @p from (the settings, where they were
    /// kept before the library) into the library, once: a later call carries nothing. What the library
    /// already has of an episode wins. Returns how many episodes were carried.
    Result<int> importListeningMemory(const ListeningMemory &from, const QStringList &keys);

private:
    explicit LibraryDatabase(QString connection);
    Status migrate(int upTo);
    /// @p where may name the episode as e (and nothing else); @p order, e and s (its show).
    QList<Episode> queryEpisodes(const QString &where, const QString &order, const QVariantList &binds) const;
    Status exec(const QString &statement, const QVariantList &binds);
    Status writeMemory(const QString &key, const EpisodeMemory &memory);
    Status addBookmarks(const QString &key, const QList<Bookmark> &bookmarks);

    QString m_connection; ///< the QSqlDatabase connection's name, one per instance
};

} // namespace hark

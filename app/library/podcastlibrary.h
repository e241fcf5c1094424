// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/librarydatabase.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <deque>

namespace hark {

class AlignmentJob;
class Settings;
class Downloader;
class Fetcher;
class SearchIndexer;
struct FetchResult;

/// The listener's podcasts at work: subscribing, refreshing and downloading, over the LibraryDatabase, the
/// Fetcher and the Downloader. The window and the command line are both its clients; it has no widgets.
/// Each operation ends in one signal with an error (empty when it worked), and one show's failure never
/// stops another's.
///
/// Episodes are saved as `<root>/<Show>/<Episode title>.<ext>` (names made safe: nothing from the server
/// chooses a path), with the feed's best transcript beside them as `<Episode title>.transcript.<ext>` and
/// its chapters as `<Episode title>.chapters.json`, which is where the episode layer looks for them.
class PodcastLibrary : public QObject, public ListeningMemory
{
    Q_OBJECT
public:
    PodcastLibrary(LibraryDatabase &database, QString downloadsRoot, QObject *parent = nullptr);
    ~PodcastLibrary() override;

    /// Where episodes go unless the listener chooses: "Episodes" in QStandardPaths' application data
    /// location (beside the library), so that the library and its files move together.
    static QString defaultDownloadsRoot();
    /// The folder the listener chose in @p settings, else the default.
    static QString downloadsRoot(const Settings &settings);

    LibraryDatabase &database() { return m_db; }
    Fetcher &fetcher() { return *m_fetcher; }
    QString downloadsRoot() const { return m_root; }
    /// Where new downloads go from now on; those downloaded (or started) already stay where they are.
    void setDownloadsRoot(const QString &folder) { m_root = folder; }
    /// The show's cover as fetched (the image's bytes as the server sent them: whoever shows it decodes it,
    /// and refuses what is not an image); it may not exist.
    QString coverPath(qint64 showId) const;
    /// Keeps the search index true in the background (the window's); without one, each download and alignment
    /// is indexed as it ends, in this thread (the command line).
    void setSearchIndexer(SearchIndexer *indexer) { m_indexer = indexer; }
    /// Offline: nothing touches the network; refreshes and downloads fail at once, saying so.
    void setOffline(bool offline);
    bool isOffline() const;

    /// Fetches the feed at @p url and subscribes to it (again is harmless: it refreshes). Ends in
    /// subscribed().
    void subscribe(const QUrl &url);
    /// Fetches every show's feed (conditional GETs: an unchanged feed costs a 304). Ends in showRefreshed()
    /// for each, then refreshFinished().
    void refresh(const QList<qint64> &showIds = {});
    /// Downloads the episode's audio, then its best transcript and its chapters. Ends in downloadFinished().
    void download(qint64 episodeId);

    /// Deletes downloads the listener's rules no longer keep: beyond each show's newest keepLatest, then the
    /// oldest until all of them fit in the settings' size limit. Never one that is starred, has bookmarks or
    /// is in progress (its resume position is past the start and short of the end), nor one playing
    /// (@p playing). The size limit is the one in @p settings. The episodes stay in the library, to download
    /// again. Returns those deleted.
    QList<qint64> applyRetention(const Settings &settings, const QString &playing = {});
    /// Removes the episode's downloaded files (the audio, and the transcript, chapters and alignment Hark
    /// saved beside it), its download record and its transcript from the search index.
    Status deleteDownload(qint64 episodeId);
    /// Starred, with bookmarks, or in progress: what retention never deletes.
    bool isKept(const LibraryDatabase::Episode &episode) const;

    /// The player's memory (ListeningMemory), kept in the library's database by episode key: where each
    /// episode was left, its speed and sync offset, and its bookmarks, for local files and downloads alike.
    std::optional<EpisodeMemory> episode(const QString &key) const override;
    void setEpisode(const QString &key, const EpisodeMemory &memory) override;
    QList<Bookmark> bookmarks(const QString &key) const override;
    void setBookmarks(const QString &key, const QList<Bookmark> &bookmarks) override;

    /// The player aligns @p audioPath itself (the listener opened it): the library does not align it too. One
    /// waiting is dropped; the one under way stops, and its alignmentFinished() says nothing went wrong.
    void leaveAlignmentTo(const QString &audioPath);
    /// Episodes waiting to be aligned, and the one being aligned (0 when none).
    int alignmentsWaiting() const { return int(m_alignQueue.size()); }
    qint64 aligning() const { return m_aligningEpisode; }

    /// A file or folder name made from @p title: no separators, control characters or characters other
    /// systems refuse, no leading dot (so no "..", no hidden file), at most @p maxBytes of UTF-8; "Untitled"
    /// when nothing is left.
    static QString safeName(const QString &title, int maxBytes = 120);
    /// The extension an episode is saved with, from its URL's path, else its MIME type; "mp3" at worst.
    static QString audioExtension(const QString &url, const QString &mimeType);
    /// The feed's transcript Hark keeps of @p transcripts: in @p language when one is, then the richest
    /// format (JSON, SRT, WebVTT, HTML, text); -1 when none is of a format Hark reads.
    static int bestTranscript(const QList<FeedTranscript> &transcripts, const QString &language);

Q_SIGNALS:
    void subscribed(const QUrl &url, qint64 showId, const QString &error);
    /// @p added: episodes new to the library; -1 when the feed had not changed (304).
    void showRefreshed(qint64 showId, int added, const QString &error);
    void refreshFinished();
    void downloadProgress(qint64 episodeId, qint64 received, qint64 total);
    void downloadFinished(qint64 episodeId, const QString &path, const QString &error);
    /// The player's memory of a downloaded episode changed: where it was left, or its bookmarks.
    void listened(qint64 episodeId);
    /// Something repaired or passed over on the way (a feed's warnings, a transcript not kept).
    void warning(const QString &message);
    /// An untimed transcript downloaded with its episode is aligned right after, one episode at a time, on
    /// one core at low priority; the result is kept as Hark's cache beside the audio, where the player finds
    /// it.
    void alignmentProgress(qint64 episodeId, qint64 doneMs, qint64 totalMs);
    void alignmentFinished(qint64 episodeId, const QString &keptPath, const QString &error);
    void coverChanged(qint64 showId);

private:
    struct Stored
    {
        qint64 showId = 0;
        int added = 0;
        QString error;
    };
    Stored store(const QString &feedUrl, qint64 knownShowId, const FetchResult &fetched);
    QString targetFor(const LibraryDatabase::Episode &episode) const;
    void fetchExtras(const LibraryDatabase::Episode &episode, const QString &audioPath);
    void finishDownload(qint64 episodeId, const QString &path, const QString &error);
    void fetchCover(qint64 showId, const QString &imageUrl);
    void indexTranscript(const QString &audioPath);
    void queueAlignment(qint64 episodeId, const QString &audioPath, const QString &transcriptPath);
    void alignNext();

    LibraryDatabase &m_db;
    QString m_root;
    Fetcher *m_fetcher;
    Downloader *m_downloader;
    SearchIndexer *m_indexer = nullptr;
    int m_refreshing = 0;
    QSet<qint64> m_downloading; ///< episodes under way (or fetching their transcript and chapters)
    struct AlignTask
    {
        qint64 episodeId;
        QString audio;
        QString transcript;
    };
    std::deque<AlignTask> m_alignQueue;
    AlignmentJob *m_alignment = nullptr;
    qint64 m_aligningEpisode = 0;
    QString m_aligningAudio;
    bool m_alignmentLeft = false; ///< the one under way was left to the player
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "episode/transcriptcatalogue.h"
#include "library/searchindex.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace hark {

class LibraryDatabase;
class LibraryThread;

/// Keeps the search index true: indexes what the player shows and what the library downloads or aligns,
/// forgets what is deleted, and checks the index at start (rebuilding it from the transcripts on disk when
/// it is damaged or lost). The work is done on a thread of its own at the lowest priority, with a
/// connection of its own to the library's file, so that indexing never holds up playing or the window.
///
/// The reading and rebuilding are also there to call directly (`hark search --reindex`).
class SearchIndexer : public QObject, public TranscriptCatalogue
{
    Q_OBJECT
public:
    explicit SearchIndexer(QString libraryPath, QObject *parent = nullptr);
    /// Waits for the piece of work under way (one episode, or one batch of a rebuild); the rest is dropped.
    ~SearchIndexer() override;

    /// Indexes the transcript the player would show for the audio at @p audioPath (unless it is indexed as
    /// it is now).
    void indexFile(const QString &audioPath);
    /// TranscriptCatalogue: the player shows @p transcript for @p episode; indexed unless already as it is.
    void transcriptShown(
        const Episode &episode, const Transcript &transcript, const QString &transcriptPath) override;
    /// Forgets the episode whose audio is (or was) at @p audioPath.
    void remove(const QString &audioPath);
    /// SQLite's and FTS5's integrity checks, then each document's transcript looked at again: changed ones
    /// are read again, those gone are forgotten; a damaged or missing index is rebuilt. Ends in checked().
    void check();
    /// Ends when the work asked for before it is done (for tests and for quitting cleanly).
    void waitForIdle();

    struct RebuildReport
    {
        int documents = 0; ///< indexed
        int skipped = 0; ///< refused by the readers (each said through the warning callback)
        qint64 segments = 0;
    };
    using Warn = std::function<void(const QString &)>;
    /// Forgets the index and makes it again from every transcript on disk that Hark knows: those indexed
    /// before (when they can still be read from the index), the library's downloads, and the local episodes
    /// the player remembers. Transcripts are read on every core; the oldest episodes are indexed first.
    /// Stops between batches when @p stop becomes true; the index then says it is incomplete, and the next
    /// check() rebuilds it again.
    static Result<RebuildReport> rebuild(
        LibraryDatabase &db, const Warn &warn, const std::atomic_bool *stop = nullptr);
    /// Indexes the transcript the player would show for @p audioPath, with what the library knows of that
    /// episode. Nothing when it has no transcript; an error when the readers refuse it.
    static Status indexFile(LibraryDatabase &db, const QString &audioPath);

Q_SIGNALS:
    void indexed(const QString &audioPath);
    /// A transcript the readers refused, and why: it stays out of the index.
    void refused(const QString &path, const QString &reason);
    /// @p repaired: what the check found and did ("rebuilt: …"), empty when all was well.
    void checked(const QString &repaired);

private:
    std::unique_ptr<LibraryThread> m_thread;
};

} // namespace hark

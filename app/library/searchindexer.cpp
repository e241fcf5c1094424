// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/searchindexer.h"

#include "core/transcriptfile.h"
#include "episode/episode.h"
#include "library/librarydatabase.h"
#include "library/librarythread.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>

namespace hark {

Q_LOGGING_CATEGORY(lcSearch, "hark.library.search", QtInfoMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::SearchIndexer)
};

/// Episodes read at once in a rebuild, then indexed in one transaction.
constexpr int kBatch = 32;

using Entry = std::pair<SearchIndex::Document, Transcript>;

/// What the library knows of the episode at @p audioPath (a download), else what the episode says.
SearchIndex::Document describe(const LibraryDatabase &db, const QString &audioPath,
    const QString &transcriptPath, const QString &title, const QString &show, const QDate &date)
{
    SearchIndex::Document d;
    d.audioPath = audioPath;
    d.transcriptPath = transcriptPath;
    if (const auto e = db.episodeByFile(audioPath)) {
        d.episodeId = e->id;
        d.title = e->title;
        d.show = e->showTitle;
        d.guid = e->guid;
        d.published = e->published;
    }
    if (d.title.isEmpty())
        d.title = title;
    if (d.show.isEmpty())
        d.show = show;
    if (!d.published.isValid() && date.isValid())
        d.published = date.startOfDay(Qt::UTC);
    const QFileInfo file(transcriptPath);
    d.transcriptSize = file.exists() ? file.size() : -1;
    d.transcriptModified = file.exists() ? file.lastModified().toUTC() : QDateTime();
    return d;
}

/// Whether @p document is indexed from the transcript at its path as that file is now.
bool isCurrent(const SearchIndex &index, const SearchIndex::Document &document)
{
    const std::optional<SearchIndex::Document> old = index.document(document.audioPath);
    return old && old->transcriptPath == document.transcriptPath
        && old->transcriptSize == document.transcriptSize
        && old->transcriptModified == document.transcriptModified && old->episodeId == document.episodeId;
}

/// What to index for the audio at @p audioPath: the transcript the player would show. Read without the
/// library (any thread); nothing when the episode has no transcript, an error when it is refused.
struct Read
{
    QString audioPath;
    QString transcriptPath;
    QString title;
    QString show;
    QDate date;
    Transcript transcript;
    QString error; ///< the readers refused it
};

Read readEpisode(const QString &audioPath, const QString &knownTranscript)
{
    Read r;
    r.audioPath = audioPath;
    auto [episode, error] = Episode::open(audioPath);
    if (!episode) {
        // The audio is gone: its transcript still says where the words are (a hit offers to download again).
        if (knownTranscript.isEmpty() || knownTranscript == audioPath
            || !QFileInfo::exists(knownTranscript)) {
            r.error = error;
            return r;
        }
        ReadResult read = TranscriptFile::read(knownTranscript);
        r.transcriptPath = knownTranscript;
        if (!read.transcript)
            r.error = read.error.format(QFileInfo(knownTranscript).fileName());
        else
            r.transcript = std::move(*read.transcript);
        return r;
    }
    r.transcriptPath = episode->transcriptPath();
    if (r.transcriptPath.isEmpty()) {
        // None readable: the first that was refused, and why.
        for (const SidecarCandidate &c : episode->sidecars().candidates) {
            if (c.kind == SidecarCandidate::Kind::Transcript && !c.readable) {
                r.transcriptPath = c.path;
                r.error = c.problem;
                return r;
            }
        }
        return r;
    }
    r.title = episode->title();
    r.show = episode->show();
    r.date = episode->date();
    r.transcript = episode->transcript();
    if (r.transcript.wordCount() == 0 && !r.transcriptPath.isEmpty()) {
        r.error = episode->problems().join(QStringLiteral("; "));
        if (r.error.isEmpty())
            r.error = Tr::tr("it has no words");
    }
    return r;
}

} // namespace

Status SearchIndexer::indexFile(LibraryDatabase &db, const QString &audioPath)
{
    SearchIndex index(db);
    const std::optional<SearchIndex::Document> old = index.document(audioPath);
    Read r = readEpisode(audioPath, old ? old->transcriptPath : QString());
    if (!r.error.isEmpty()) {
        // What was indexed of it before goes too: the index holds only what the readers accept.
        index.remove(audioPath);
        return Status::failure(Tr::tr("%1: left out of the search: %2")
                                   .arg(r.transcriptPath.isEmpty() ? audioPath : r.transcriptPath, r.error));
    }
    if (r.transcript.wordCount() == 0)
        return index.remove(audioPath);
    if (old && r.title.isEmpty()) { // the audio is gone: what was known of it stays
        r.title = old->title;
        r.show = old->show;
        r.date = old->published.date();
    }
    const SearchIndex::Document d = describe(db, audioPath, r.transcriptPath, r.title, r.show, r.date);
    if (isCurrent(index, d))
        return {};
    return index.add(d, r.transcript);
}

Result<SearchIndexer::RebuildReport> SearchIndexer::rebuild(
    LibraryDatabase &db, const Warn &warn, const std::atomic_bool *stop)
{
    using Rebuilt = Result<RebuildReport>;
    SearchIndex index(db);
    // Every episode Hark knows with a transcript: those indexed before (if the index can still say), the
    // library's downloads, the episodes the player remembers.
    struct Source
    {
        QString audio;
        QString transcript;
        QDateTime when;
    };
    QList<Source> sources;
    QSet<QString> seen;
    const auto addSource = [&](const QString &audio, const QString &transcript, const QDateTime &when) {
        if (audio.isEmpty() || seen.contains(audio))
            return;
        seen.insert(audio);
        sources.append({ audio, transcript, when });
    };
    for (const SearchIndex::Document &d : index.documents())
        addSource(d.audioPath, d.transcriptPath, d.published.isValid() ? d.published : d.indexedAt);
    for (const LibraryDatabase::Episode &e : db.allEpisodes()) {
        if (e.download.state == u"done" && QFileInfo::exists(e.download.path))
            addSource(e.download.path, e.download.transcriptPath, e.published);
    }
    for (const QString &path : db.rememberedPaths()) {
        if (QFileInfo::exists(path))
            addSource(path, {}, QFileInfo(path).lastModified().toUTC());
    }
    // The oldest first: documents are numbered as they are indexed, and the newest rank first among many.
    std::stable_sort(sources.begin(), sources.end(), [](const Source &a, const Source &b) {
        if (a.when.isValid() != b.when.isValid())
            return !a.when.isValid();
        return a.when < b.when;
    });
    if (const Status remade = index.recreate(); !remade.ok())
        return Rebuilt::failure(remade.error);
    // Said incomplete until the last batch is in: a rebuild stopped (or killed) is done again at the next
    // check.
    if (const Status marked = index.setComplete(false); !marked.ok())
        return Rebuilt::failure(marked.error);
    RebuildReport report;
    for (qsizetype from = 0;; from += kBatch) {
        if (stop && *stop)
            return Rebuilt::failure(Tr::tr("stopped"));
        if (from >= sources.size())
            break;
        const QList<Source> batch = sources.mid(from, kBatch);
        const QList<Read> read = QtConcurrent::blockingMapped(
            batch, [](const Source &s) { return readEpisode(s.audio, s.transcript); });
        QList<Entry> entries;
        for (const Read &r : read) {
            if (!r.error.isEmpty()) {
                ++report.skipped;
                if (warn)
                    warn(Tr::tr("%1: left out of the search: %2")
                             .arg(r.transcriptPath.isEmpty() ? r.audioPath : r.transcriptPath, r.error));
                continue;
            }
            if (r.transcript.wordCount() == 0)
                continue;
            entries.append(
                { describe(db, r.audioPath, r.transcriptPath, r.title, r.show, r.date), r.transcript });
            report.segments += r.transcript.segments.size();
        }
        if (const Status added = index.add(entries); !added.ok())
            return Rebuilt::failure(added.error);
        report.documents += int(entries.size());
    }
    if (const Status marked = index.setComplete(true); !marked.ok())
        return Rebuilt::failure(marked.error);
    // FTS5 merges what the batches left, and the write-ahead log goes back into the file: the next
    // search and the next episode indexed pay for neither.
    index.optimize();
    return { report };
}

SearchIndexer::SearchIndexer(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<LibraryThread>(
          std::move(libraryPath), QStringLiteral("hark-search-index"), QThread::LowestPriority))
{ }

SearchIndexer::~SearchIndexer() = default;

void SearchIndexer::indexFile(const QString &audioPath)
{
    m_thread->post([this, audioPath](LibraryDatabase &db) {
        if (const Status done = indexFile(db, audioPath); !done.ok()) {
            qCWarning(lcSearch).noquote() << done.error;
            Q_EMIT refused(audioPath, done.error);
            return;
        }
        Q_EMIT indexed(audioPath);
    });
}

void SearchIndexer::transcriptShown(
    const Episode &episode, const Transcript &transcript, const QString &transcriptPath)
{
    const QString audio = episode.audioPath();
    const QString title = episode.title();
    const QString show = episode.show();
    const QDate date = episode.date();
    m_thread->post([=, this](LibraryDatabase &db) {
        SearchIndex index(db);
        const SearchIndex::Document d = describe(db, audio, transcriptPath, title, show, date);
        if (isCurrent(index, d))
            return;
        if (const Status added = index.add(d, transcript); !added.ok()) {
            qCWarning(lcSearch).noquote() << audio << added.error;
            return;
        }
        Q_EMIT indexed(audio);
    });
}

void SearchIndexer::remove(const QString &audioPath)
{
    m_thread->post([audioPath](LibraryDatabase &db) {
        if (const Status removed = SearchIndex(db).remove(audioPath); !removed.ok())
            qCWarning(lcSearch).noquote() << audioPath << removed.error;
    });
}

void SearchIndexer::check()
{
    m_thread->post([this](LibraryDatabase &db) {
        SearchIndex index(db);
        if (const Status sound = index.check(); !sound.ok()) {
            qCWarning(lcSearch).noquote()
                << Tr::tr("The search index is damaged (%1): rebuilding it").arg(sound.error);
            const auto rebuilt = rebuild(
                db,
                [this](const QString &warning) {
                    qCWarning(lcSearch).noquote() << warning;
                    Q_EMIT refused(QString(), warning);
                },
                &m_thread->stopping());
            Q_EMIT checked(rebuilt.ok()
                    ? Tr::tr("The search index was damaged (%1) and is rebuilt: %n episodes.", nullptr,
                        rebuilt.value->documents)
                          .arg(sound.error)
                    : Tr::tr("The search index is damaged (%1) and cannot be rebuilt: %2")
                          .arg(sound.error, rebuilt.error));
            return;
        }
        // Each transcript as it is now: read again when it changed, forgotten when it is gone.
        int changed = 0;
        for (const SearchIndex::Document &d : index.documents()) {
            const QFileInfo file(d.transcriptPath);
            if (!file.exists()) {
                index.remove(d.audioPath);
                ++changed;
            } else if (file.size() != d.transcriptSize
                || file.lastModified().toUTC() != d.transcriptModified) {
                if (const Status done = indexFile(db, d.audioPath); !done.ok())
                    Q_EMIT refused(d.transcriptPath, done.error);
                ++changed;
            }
        }
        Q_EMIT checked(changed
                ? Tr::tr("%n transcripts changed on disk since they were indexed: indexed again.", nullptr,
                    changed)
                : QString());
    });
}

void SearchIndexer::waitForIdle()
{
    m_thread->waitForIdle();
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/podcastlibrary.h"

#include "core/settings.h"
#include "core/transcriptfile.h"
#include "episode/alignmentcache.h"
#include "episode/alignmentjob.h"
#include "episode/episodekey.h"
#include "library/downloader.h"
#include "library/feedreader.h"
#include "library/fetcher.h"
#include "library/searchindex.h"
#include "library/searchindexer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <memory>
#include <utility>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::PodcastLibrary)
};

const QStringList kAudioExtensions { QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("mp4"),
    QStringLiteral("aac"), QStringLiteral("ogg"), QStringLiteral("oga"), QStringLiteral("opus"),
    QStringLiteral("flac"), QStringLiteral("wav") };

/// The extension Hark saves a transcript of this MIME type with, and its rank (lower is richer); empty
/// for a type Hark does not read.
struct TranscriptKind
{
    QString extension;
    int rank = 99;
};

TranscriptKind transcriptKind(const QString &mimeType)
{
    const QString type = mimeType.section(u';', 0, 0).trimmed().toLower();
    if (type == u"application/json")
        return { QStringLiteral("json"), 0 };
    if (type == u"application/x-subrip" || type == u"application/srt" || type == u"text/srt")
        return { QStringLiteral("srt"), 1 };
    if (type == u"text/vtt")
        return { QStringLiteral("vtt"), 2 };
    if (type == u"text/html")
        return { QStringLiteral("html"), 3 };
    if (type == u"text/plain")
        return { QStringLiteral("txt"), 4 };
    return {};
}

bool sameLanguage(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty()
        && a.section(u'-', 0, 0).compare(b.section(u'-', 0, 0), Qt::CaseInsensitive) == 0;
}

Status saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(Tr::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

PodcastLibrary::PodcastLibrary(LibraryDatabase &database, QString downloadsRoot, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_root(std::move(downloadsRoot))
    , m_fetcher(new Fetcher(this))
    , m_downloader(new Downloader(m_fetcher, this))
{ }

PodcastLibrary::~PodcastLibrary() = default;

QString PodcastLibrary::defaultDownloadsRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Episodes"));
}

QString PodcastLibrary::downloadsRoot(const Settings &settings)
{
    const QString chosen = settings.downloadsFolder();
    return chosen.isEmpty() ? defaultDownloadsRoot() : chosen;
}

void PodcastLibrary::setOffline(bool offline)
{
    m_fetcher->setOffline(offline);
}

bool PodcastLibrary::isOffline() const
{
    return m_fetcher->isOffline();
}

QString PodcastLibrary::safeName(const QString &title, int maxBytes)
{
    QString name;
    name.reserve(title.size());
    for (const QChar c : title) {
        // Separators, controls, and what Windows and FAT refuse (a library may be on a shared disk).
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || QStringView(u"/\\:*?\"<>|").contains(c))
            name.append(u' ');
        else
            name.append(c);
    }
    name = name.simplified();
    while (name.startsWith(u'.') || name.startsWith(u' '))
        name.remove(0, 1);
    while (name.toUtf8().size() > maxBytes)
        name.chop(name.size() >= 2 && name.at(name.size() - 1).isLowSurrogate() ? 2 : 1);
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    return name.isEmpty() ? Tr::tr("Untitled") : name;
}

QString PodcastLibrary::audioExtension(const QString &url, const QString &mimeType)
{
    const QString suffix = QFileInfo(QUrl(url).path()).suffix().toLower();
    if (kAudioExtensions.contains(suffix))
        return suffix;
    const QMimeType mime = QMimeDatabase().mimeTypeForName(mimeType.section(u';', 0, 0).trimmed());
    for (const QString &s : mime.suffixes()) {
        if (kAudioExtensions.contains(s))
            return s;
    }
    return QStringLiteral("mp3");
}

int PodcastLibrary::bestTranscript(const QList<FeedTranscript> &transcripts, const QString &language)
{
    int best = -1;
    auto score = [&](const FeedTranscript &t) {
        const int rank = transcriptKind(t.type).rank;
        // In the show's language first (or unnamed, which is the show's), then by format.
        const bool inLanguage
            = t.language.isEmpty() || language.isEmpty() || sameLanguage(t.language, language);
        return (inLanguage ? 0 : 100) + rank;
    };
    for (int i = 0; i < transcripts.size(); ++i) {
        if (transcriptKind(transcripts[i].type).extension.isEmpty())
            continue;
        if (best < 0 || score(transcripts[i]) < score(transcripts[best]))
            best = i;
    }
    return best;
}

void PodcastLibrary::subscribe(const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    m_fetcher->fetch(request, [this, url](const FetchResult &fetched) {
        if (!fetched.ok()) {
            Q_EMIT subscribed(url, 0, Tr::tr("%1: %2").arg(url.toDisplayString(), fetched.error));
            return;
        }
        const QString feedUrl = (fetched.movedTo.isEmpty() ? url : fetched.movedTo).toString();
        const Stored stored = store(feedUrl, 0, fetched);
        Q_EMIT subscribed(url, stored.showId, stored.error);
    });
}

PodcastLibrary::Stored PodcastLibrary::store(
    const QString &feedUrl, qint64 knownShowId, const FetchResult &fetched)
{
    Stored out;
    out.showId = knownShowId;
    const FeedReadResult read = FeedReader::read(fetched.body);
    for (const Diagnostic &w : read.warnings)
        Q_EMIT warning(w.format(feedUrl));
    if (!read.ok()) {
        out.error = read.error.format(feedUrl);
        return out;
    }
    QSet<qint64> known;
    if (knownShowId) {
        for (const LibraryDatabase::Episode &e : m_db.episodes(knownShowId))
            known.insert(e.id);
    }
    const Result<qint64> stored = m_db.storeFeed(feedUrl, *read.feed);
    if (!stored.ok()) {
        out.error = Tr::tr("%1: cannot keep it in the library: %2").arg(feedUrl, stored.error);
        return out;
    }
    out.showId = *stored.value;
    // New episodes of a show that asks for it join Up Next, oldest first (a first subscription queues
    // nothing: the back catalogue is not news).
    const QList<LibraryDatabase::Episode> now = m_db.episodes(out.showId);
    const bool queueNew = knownShowId && m_db.show(out.showId).value_or(LibraryDatabase::Show {}).autoQueue;
    for (auto it = now.crbegin(); it != now.crend(); ++it) {
        if (known.contains(it->id))
            continue;
        ++out.added;
        if (queueNew)
            m_db.enqueue(it->id);
    }
    if (knownShowId == 0)
        out.added = int(now.size());
    m_db.setRefreshed(out.showId, fetched.etag, fetched.lastModified);
    fetchCover(out.showId, read.feed->image);
    // The publisher says the show has moved: the next refresh goes there.
    const QUrl moved(read.feed->newFeedUrl);
    if (moved.isValid() && (moved.scheme() == u"http" || moved.scheme() == u"https")
        && moved.toString() != feedUrl) {
        const Result<bool> set = m_db.setFeedUrl(out.showId, moved.toString());
        if (set.ok() && !*set.value)
            Q_EMIT warning(
                Tr::tr("%1 says it moved to %2, which is subscribed already").arg(feedUrl, moved.toString()));
    } else if (!read.feed->newFeedUrl.isEmpty() && read.feed->newFeedUrl != feedUrl) {
        Q_EMIT warning(Tr::tr("%1: new feed address %2 passed over: only http and https are followed")
                           .arg(feedUrl, read.feed->newFeedUrl));
    }
    return out;
}

void PodcastLibrary::refresh(const QList<qint64> &showIds)
{
    QList<LibraryDatabase::Show> shows;
    for (const LibraryDatabase::Show &s : m_db.shows()) {
        if (showIds.isEmpty() || showIds.contains(s.id))
            shows.append(s);
    }
    if (shows.isEmpty()) {
        QMetaObject::invokeMethod(this, &PodcastLibrary::refreshFinished, Qt::QueuedConnection);
        return;
    }
    m_refreshing += int(shows.size());
    for (const LibraryDatabase::Show &show : std::as_const(shows)) {
        FetchRequest request;
        request.url = QUrl(show.feedUrl);
        request.etag = show.etag;
        request.lastModified = show.lastModified;
        request.totalTimeoutMs = 60'000;
        const qint64 id = show.id;
        m_fetcher->fetch(request, [this, id, show](const FetchResult &fetched) {
            Stored out;
            out.showId = id;
            if (!fetched.ok()) {
                out.error = fetched.error;
                m_db.setShowError(id, out.error);
            } else {
                QString feedUrl = show.feedUrl;
                if (!fetched.movedTo.isEmpty()) {
                    // Moved for good: the subscription follows (unless it is subscribed there already).
                    const Result<bool> set = m_db.setFeedUrl(id, fetched.movedTo.toString());
                    if (set.ok() && *set.value)
                        feedUrl = fetched.movedTo.toString();
                }
                if (fetched.notModified) {
                    m_db.setRefreshed(id, fetched.etag, fetched.lastModified);
                    out.added = -1;
                } else {
                    out = store(feedUrl, id, fetched);
                    if (!out.error.isEmpty())
                        m_db.setShowError(id, out.error);
                }
            }
            Q_EMIT showRefreshed(id, out.added, out.error);
            if (--m_refreshing == 0)
                Q_EMIT refreshFinished();
        });
    }
}

QString PodcastLibrary::targetFor(const LibraryDatabase::Episode &episode) const
{
    // A download left part-way keeps its name, so that its part resumes.
    if (!episode.download.path.isEmpty() && episode.download.state != u"done"
        && QFileInfo::exists(Downloader::partPath(episode.download.path)))
        return episode.download.path;
    const QDir dir(QDir(m_root).filePath(safeName(episode.showTitle)));
    const QString base = safeName(episode.title);
    const QString ext = audioExtension(episode.enclosureUrl, episode.enclosureType);
    QString path = dir.filePath(base + u'.' + ext);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(Downloader::partPath(path)); ++n)
        path = dir.filePath(QStringLiteral("%1 (%2).%3").arg(base).arg(n).arg(ext));
    return path;
}

void PodcastLibrary::download(qint64 episodeId)
{
    const std::optional<LibraryDatabase::Episode> found = m_db.episode(episodeId);
    QString error;
    if (!found)
        error = Tr::tr("no episode %1 in the library").arg(episodeId);
    else if (found->enclosureUrl.isEmpty())
        error = Tr::tr("%1: the feed gives no audio for it").arg(found->title);
    const bool there = found && found->download.state == u"done" && QFileInfo::exists(found->download.path);
    if (!error.isEmpty() || there) {
        const QString path = there ? found->download.path : QString();
        QMetaObject::invokeMethod(
            this, [this, episodeId, path, error] { Q_EMIT downloadFinished(episodeId, path, error); },
            Qt::QueuedConnection);
        return;
    }
    // Asked again while it downloads (Enter twice): the one under way answers both.
    if (m_downloading.contains(episodeId))
        return;
    m_downloading.insert(episodeId);
    const LibraryDatabase::Episode episode = *found;
    DownloadRequest request;
    request.url = QUrl(episode.enclosureUrl);
    request.target = targetFor(episode);
    request.validator = request.target == episode.download.path ? episode.download.validator : QByteArray();
    request.expectedBytes = episode.enclosureLength;
    LibraryDatabase::Download record = episode.download;
    record.state = QStringLiteral("downloading");
    record.path = request.target;
    record.error.clear();
    m_db.setDownload(episodeId, record);
    request.validated = [this, episodeId](const QByteArray &validator) {
        if (std::optional<LibraryDatabase::Episode> e = m_db.episode(episodeId)) {
            e->download.validator = validator;
            m_db.setDownload(episodeId, e->download);
        }
    };
    Q_EMIT downloadProgress(episodeId, 0, -1); // under way, its size not known yet
    m_downloader->download(
        request,
        [this, episode, target = request.target](const DownloadResult &r) {
            LibraryDatabase::Download d;
            d.path = target;
            d.bytes = r.bytes;
            d.total = r.ok() ? r.bytes : -1;
            d.validator = r.validator;
            if (!r.ok()) {
                d.state = QStringLiteral("failed");
                d.error = r.error;
                m_db.setDownload(episode.id, d);
                finishDownload(episode.id, {}, Tr::tr("%1: %2").arg(episode.title, r.error));
                return;
            }
            d.state = QStringLiteral("done");
            d.key = episodeKey(r.path); // what the player's memory of it will be kept by
            m_db.setDownload(episode.id, d);
            fetchExtras(episode, r.path);
        },
        [this, episodeId](
            qint64 received, qint64 total) { Q_EMIT downloadProgress(episodeId, received, total); });
}

void PodcastLibrary::fetchExtras(const LibraryDatabase::Episode &episode, const QString &audioPath)
{
    const QString base = QFileInfo(audioPath).path() + u'/' + QFileInfo(audioPath).completeBaseName();
    const int chosen = bestTranscript(episode.transcripts, episode.showLanguage);
    // Two small fetches at most; the episode is finished when both have answered.
    auto pending = std::make_shared<int>(int(chosen >= 0) + int(!episode.chaptersUrl.isEmpty()));
    const qint64 id = episode.id;
    const auto oneDone = [this, id, audioPath, pending] {
        if (--*pending == 0)
            finishDownload(id, audioPath, {});
    };
    if (*pending == 0) {
        finishDownload(id, audioPath, {});
        return;
    }
    FetchRequest small;
    small.maxBytes = TranscriptFile::kMaxBytes;
    small.totalTimeoutMs = 60'000;
    if (chosen >= 0) {
        const FeedTranscript t = episode.transcripts[chosen];
        small.url = QUrl(t.url);
        const QString path = base + QStringLiteral(".transcript.") + transcriptKind(t.type).extension;
        m_fetcher->fetch(small, [this, id, t, path, audioPath, oneDone](const FetchResult &f) {
            QString problem = f.error;
            if (problem.isEmpty()) {
                QBuffer buffer;
                buffer.setData(f.body);
                buffer.open(QIODevice::ReadOnly);
                const ReadResult read = TranscriptFile::read(&buffer, QFileInfo(path).fileName());
                if (!read.ok())
                    problem = read.error.format(t.url);
                else if (const Status saved = saveBytes(path, f.body); !saved.ok())
                    problem = saved.error;
                else if (read.transcript->timing() == Timing::None)
                    queueAlignment(id, audioPath, path);
            }
            if (problem.isEmpty()) {
                if (std::optional<LibraryDatabase::Episode> e = m_db.episode(id)) {
                    e->download.transcriptPath = path;
                    m_db.setDownload(id, e->download);
                }
            } else {
                Q_EMIT warning(Tr::tr("transcript not kept: %1").arg(problem));
            }
            oneDone();
        });
    }
    if (!episode.chaptersUrl.isEmpty()) {
        small.url = QUrl(episode.chaptersUrl);
        const QString path = base + QStringLiteral(".chapters.json");
        m_fetcher->fetch(small, [this, id, path, oneDone](const FetchResult &f) {
            QString problem = f.error;
            if (problem.isEmpty()) {
                if (const Status saved = saveBytes(path, f.body); !saved.ok()) {
                    problem = saved.error;
                } else if (const ReadResult read = TranscriptFile::readChapters(path); !read.ok()) {
                    problem = read.error.format(f.url.toString());
                    QFile::remove(path);
                }
            }
            if (problem.isEmpty()) {
                if (std::optional<LibraryDatabase::Episode> e = m_db.episode(id)) {
                    e->download.chaptersPath = path;
                    m_db.setDownload(id, e->download);
                }
            } else {
                Q_EMIT warning(Tr::tr("chapters not kept: %1").arg(problem));
            }
            oneDone();
        });
    }
}

QString PodcastLibrary::coverPath(qint64 showId) const
{
    return QDir(QFileInfo(m_root).absolutePath()).filePath(QStringLiteral("Covers/%1").arg(showId));
}

void PodcastLibrary::fetchCover(qint64 showId, const QString &imageUrl)
{
    const QString path = coverPath(showId);
    if (imageUrl.isEmpty() || QFileInfo::exists(path))
        return;
    FetchRequest request;
    request.url = QUrl(imageUrl);
    request.maxBytes = 8 << 20;
    request.totalTimeoutMs = 60'000;
    m_fetcher->fetch(request, [this, showId, path](const FetchResult &f) {
        if (!f.ok() || f.body.isEmpty())
            return; // no cover: the show is listed without one
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (saveBytes(path, f.body).ok())
            Q_EMIT coverChanged(showId);
    });
}

bool PodcastLibrary::isKept(const LibraryDatabase::Episode &e) const
{
    if (e.starred || e.bookmarked)
        return true;
    qint64 position = e.positionMs, length = e.heardDurationMs;
    if (e.download.key.isEmpty()) {
        // A download from before its key was kept, never played since: what the player remembers of it
        // (carried in from the settings) is found by its audio's key.
        const QString key = episodeKey(e.download.path);
        if (key.isEmpty())
            return false;
        if (!m_db.bookmarks(key).isEmpty())
            return true;
        const std::optional<EpisodeMemory> memory = m_db.memory(key);
        position = memory ? memory->position : 0;
        length = memory ? memory->duration : 0;
    }
    if (position <= 0)
        return false;
    // Within the last minute counts as heard to the end.
    if (length <= 0)
        length = e.durationMs;
    return length <= 0 || position < length - 60'000;
}

std::optional<EpisodeMemory> PodcastLibrary::episode(const QString &key) const
{
    return m_db.memory(key);
}

void PodcastLibrary::setEpisode(const QString &key, const EpisodeMemory &memory)
{
    if (const Status kept = m_db.setMemory(key, memory); !kept.ok()) {
        Q_EMIT warning(Tr::tr("Cannot keep where %1 was left: %2").arg(memory.path, kept.error));
        return;
    }
    if (const std::optional<LibraryDatabase::Episode> e = m_db.episodeByKey(key))
        Q_EMIT listened(e->id);
}

QList<Bookmark> PodcastLibrary::bookmarks(const QString &key) const
{
    return m_db.bookmarks(key);
}

void PodcastLibrary::setBookmarks(const QString &key, const QList<Bookmark> &bookmarks)
{
    if (const Status kept = m_db.setBookmarks(key, bookmarks); !kept.ok()) {
        Q_EMIT warning(Tr::tr("Cannot keep the bookmarks: %1").arg(kept.error));
        return;
    }
    if (const std::optional<LibraryDatabase::Episode> e = m_db.episodeByKey(key))
        Q_EMIT listened(e->id);
}

Status PodcastLibrary::deleteDownload(qint64 episodeId)
{
    const std::optional<LibraryDatabase::Episode> e = m_db.episode(episodeId);
    if (!e || e->download.state.isEmpty())
        return {};
    const QString audio = e->download.path;
    QStringList files { e->download.transcriptPath, e->download.chaptersPath };
    if (!audio.isEmpty()) {
        files << audio << Downloader::partPath(audio) << AlignmentCache::besidePath(audio);
    }
    for (const QString &path : std::as_const(files)) {
        if (!path.isEmpty() && QFileInfo::exists(path) && !QFile::remove(path))
            return Status::failure(Tr::tr("%1: cannot delete it").arg(path));
    }
    if (m_indexer)
        m_indexer->remove(audio);
    else if (const Status forgotten = SearchIndex(m_db).remove(audio); !forgotten.ok())
        Q_EMIT warning(forgotten.error);
    return m_db.setDownload(episodeId, {});
}

QList<qint64> PodcastLibrary::applyRetention(const Settings &settings, const QString &playing)
{
    QList<qint64> deleted;
    const auto drop = [&](const LibraryDatabase::Episode &e) {
        if (e.download.path == playing || isKept(e))
            return false;
        if (!deleteDownload(e.id).ok())
            return false;
        deleted.append(e.id);
        return true;
    };
    QList<LibraryDatabase::Episode> downloaded; // newest first
    for (const LibraryDatabase::Show &show : m_db.shows()) {
        int kept = 0;
        for (const LibraryDatabase::Episode &e : m_db.episodes(show.id)) {
            if (e.download.state != u"done")
                continue;
            if (show.keepLatest > 0 && kept >= show.keepLatest && drop(e))
                continue;
            ++kept;
            downloaded.append(e);
        }
    }
    const qint64 limit = settings.downloadsLimitMb() << 20;
    if (limit <= 0)
        return deleted;
    std::stable_sort(downloaded.begin(), downloaded.end(),
        [](const auto &a, const auto &b) { return a.published > b.published; });
    qint64 total = 0;
    for (const LibraryDatabase::Episode &e : std::as_const(downloaded))
        total += QFileInfo(e.download.path).size();
    for (auto it = downloaded.crbegin(); it != downloaded.crend() && total > limit; ++it) {
        const qint64 size = QFileInfo(it->download.path).size();
        if (drop(*it))
            total -= size;
    }
    return deleted;
}

void PodcastLibrary::indexTranscript(const QString &audioPath)
{
    if (m_indexer)
        m_indexer->indexFile(audioPath);
    else if (const Status indexed = SearchIndexer::indexFile(m_db, audioPath); !indexed.ok())
        Q_EMIT warning(indexed.error);
}

void PodcastLibrary::queueAlignment(qint64 episodeId, const QString &audioPath, const QString &transcriptPath)
{
    m_alignQueue.push_back({ episodeId, audioPath, transcriptPath });
    if (!m_alignment)
        alignNext();
}

void PodcastLibrary::leaveAlignmentTo(const QString &audioPath)
{
    std::erase_if(m_alignQueue, [&audioPath](const AlignTask &t) { return t.audio == audioPath; });
    if (m_alignment && m_aligningAudio == audioPath) {
        m_alignmentLeft = true;
        m_alignment->cancel();
    }
}

void PodcastLibrary::alignNext()
{
    if (m_alignQueue.empty())
        return;
    const AlignTask task = m_alignQueue.front();
    m_alignQueue.pop_front();
    const ReadResult read = TranscriptFile::read(task.transcript);
    if (!read.ok()) {
        Q_EMIT alignmentFinished(task.episodeId, {}, read.error.format(task.transcript));
        alignNext();
        return;
    }
    m_aligningEpisode = task.episodeId;
    m_aligningAudio = task.audio;
    m_alignment = new AlignmentJob(task.audio, *read.transcript, task.transcript, this);
    connect(
        m_alignment, &AlignmentJob::progress, this, [this, id = task.episodeId](qint64 done, qint64 total) {
            Q_EMIT alignmentProgress(id, done, total);
        });
    connect(m_alignment, &AlignmentJob::finished, this,
        [this, id = task.episodeId, audio = task.audio](
            const AlignmentResult &result, const QString &kept, const QString &keepError) {
            m_alignment->deleteLater();
            m_alignment = nullptr;
            m_aligningEpisode = 0;
            m_aligningAudio.clear();
            const bool left = std::exchange(m_alignmentLeft, false);
            if (result.transcript && !left)
                indexTranscript(audio);
            Q_EMIT alignmentFinished(id, kept,
                left                    ? QString()
                    : result.transcript ? keepError
                                        : result.error);
            alignNext();
        });
    // One core, below the player: the listener may be listening to another episode meanwhile.
    align::Aligner::Options options;
    options.jobs = 1;
    m_alignment->start(QThread::LowPriority, options);
}

void PodcastLibrary::finishDownload(qint64 episodeId, const QString &path, const QString &error)
{
    m_downloading.remove(episodeId);
    if (error.isEmpty() && !path.isEmpty())
        indexTranscript(path);
    Q_EMIT downloadFinished(episodeId, path, error);
}

} // namespace hark

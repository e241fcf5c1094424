// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/downloader.h"

#include "library/fetcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTimer>

#include <memory>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::Downloader)
};

/// Room kept free on the disk beyond the file itself.
constexpr qint64 kReserve = 64ll << 20;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', 1);
}

/// What resuming may rely on: a strong ETag, else the Last-Modified date (a weak ETag may not be used).
QByteArray validatorOf(const FetchResult &r)
{
    if (!r.etag.isEmpty() && !r.etag.startsWith("W/"))
        return r.etag;
    return r.lastModified;
}

/// Why the first bytes of a download are not audio, or nothing when they may be.
QString notAudio(const QByteArray &head, const QByteArray &contentType)
{
    const QByteArray start = head.trimmed().left(64).toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html")
        || contentType.startsWith("text/html"))
        return Tr::tr("the server sent a web page, not audio");
    if (start.startsWith("<?xml") || start.startsWith("<rss"))
        return Tr::tr("the server sent an XML document, not audio");
    return {};
}

} // namespace

struct Downloader::Task
{
    DownloadRequest request;
    Done done;
    Progress progress;
    std::unique_ptr<QFile> part;
    DownloadResult result;
    qint64 available = -1;
};

Downloader::Downloader(Fetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
{ }

Downloader::~Downloader()
{
    for (Task *task : std::as_const(m_tasks)) {
        if (m_fetcher && task->part)
            m_fetcher->forget(task->part.get());
        delete task; // the part stays, to resume from
    }
}

void Downloader::finish(Task *task)
{
    m_tasks.remove(task);
    const std::unique_ptr<Task> owned(task);
    owned->done(owned->result);
}

void Downloader::download(const DownloadRequest &request, Done done, Progress progress)
{
    auto *task = new Task;
    m_tasks.insert(task);
    task->request = request;
    task->done = std::move(done);
    task->progress = std::move(progress);
    const QString dir = QFileInfo(request.target).absolutePath();
    const auto fail = [this, task](const QString &why) {
        task->result.error = why;
        QTimer::singleShot(0, this, [this, task] { finish(task); });
    };
    if (!QDir().mkpath(dir))
        return fail(Tr::tr("%1: cannot make the folder").arg(dir));
    if (QFileInfo::exists(request.target))
        return fail(Tr::tr("%1 is there already").arg(request.target));
    const QStorageInfo storage(dir);
    task->available = storage.isValid() ? storage.bytesAvailable() - kReserve : -1;
    const qint64 have = QFileInfo(partPath(request.target)).size();
    if (request.expectedBytes > 0 && task->available >= 0 && request.expectedBytes - have > task->available)
        return fail(Tr::tr("not enough free space in %1: %2 MB needed, %3 MB free")
                        .arg(dir, megabytes(request.expectedBytes - have), megabytes(task->available)));
    task->part = std::make_unique<QFile>(partPath(request.target));
    if (!task->part->open(QIODevice::ReadWrite))
        return fail(Tr::tr("%1: cannot write: %2").arg(task->part->fileName(), task->part->errorString()));
    attempt(task);
}

void Downloader::attempt(Task *task)
{
    const DownloadRequest &r = task->request;
    ++task->result.attempts;
    FetchRequest fetch;
    fetch.url = r.url;
    fetch.acceptCompressed = !r.audio;
    fetch.maxBytes = r.maxBytes;
    fetch.stallTimeoutMs = r.stallTimeoutMs;
    fetch.totalTimeoutMs = 0;
    const qint64 have = task->part->size();
    if (have > 0 && !r.validator.isEmpty()) {
        fetch.rangeFrom = have;
        fetch.ifRange = r.validator;
    }
    const qint64 available = task->available;
    const auto check = [available, have, task](const FetchResult &head) -> QString {
        if (const QByteArray v = validatorOf(head); !v.isEmpty() && v != task->request.validator) {
            task->request.validator = v;
            if (task->request.validated)
                task->request.validated(v);
        }
        const qint64 needed = head.contentLength - (head.resumed ? have : 0);
        if (available >= 0 && needed > available)
            return Tr::tr("not enough free space: %1 MB needed, %2 MB free")
                .arg(megabytes(needed), megabytes(available));
        if (head.contentType.toLower().startsWith("text/html"))
            return Tr::tr("the server sent a web page, not audio");
        return {};
    };
    m_fetcher->fetch(
        fetch,
        [this, task](const FetchResult &f) {
            DownloadResult &res = task->result;
            const DownloadRequest &r = task->request;
            if (const QByteArray v = validatorOf(f); !v.isEmpty())
                task->request.validator = v;
            res.validator = task->request.validator;
            res.resumed = res.resumed || f.resumed;
            if (f.contentType.size())
                res.contentType = QString::fromLatin1(f.contentType);
            task->part->flush();
            const qint64 size = task->part->size();
            QString error = f.error;
            bool again = f.transient;
            if (f.status == 416) {
                // The part reaches past what the server has: whole already if the lengths agree.
                if (f.contentLength >= 0 && f.contentLength == size) {
                    error.clear();
                } else {
                    task->part->resize(0);
                    task->request.validator.clear();
                    again = true;
                }
            }
            if (error.isEmpty()) {
                task->part->seek(0);
                const QByteArray head = task->part->read(512);
                if (size == 0)
                    error = Tr::tr("the server sent an empty file");
                else if (f.contentLength >= 0 && size != f.contentLength) {
                    error = Tr::tr("%1 bytes came of the %2 the server announced")
                                .arg(size)
                                .arg(f.contentLength);
                    again = true;
                } else if (r.audio) {
                    error = notAudio(head, f.contentType);
                }
                if (!error.isEmpty() && !again)
                    task->part->resize(0); // not a beginning to resume from
            }
            if (!error.isEmpty() && again && res.attempts < r.attempts) {
                const int wait = r.backoffMs << (res.attempts - 1);
                QTimer::singleShot(wait, this, [this, task] { attempt(task); });
                return;
            }
            res.bytes = size;
            if (error.isEmpty()) {
                task->part->close();
                if (!QFile::rename(task->part->fileName(), r.target))
                    error = Tr::tr("%1: cannot rename to %2").arg(task->part->fileName(), r.target);
                else
                    res.path = r.target;
            } else if (task->part->size() == 0) {
                task->part->close();
                task->part->remove();
            }
            res.error = error;
            finish(task);
        },
        task->part.get(), task->progress, check);
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

namespace hark {

class Fetcher;

/// One file to bring down: an episode's audio, or a transcript or chapters beside it.
struct DownloadRequest
{
    QUrl url;
    QString target; ///< the finished file's path; it must not exist yet
    /// The validator (a strong ETag, else a Last-Modified date) of the bytes already in target.part, from
    /// an earlier try: with it the part is resumed (Range + If-Range), without it started again.
    QByteArray validator;
    qint64 expectedBytes = -1; ///< what the feed says, checked against the free space before starting
    bool audio = true; ///< an HTML page, a feed or an empty file is then refused
    qint64 maxBytes = 4ll << 30;
    int attempts = 4; ///< tries in all, on failures that may pass
    int backoffMs = 1000; ///< before the second try; doubled each time
    int stallTimeoutMs = 30'000;
    /// Told the validator as soon as the server gives one, to keep with the part: a download stopped by
    /// Hark closing then goes on from its part next time.
    std::function<void(const QByteArray &validator)> validated;
};

struct DownloadResult
{
    QString path; ///< the finished file, when it worked
    qint64 bytes = 0;
    QString contentType;
    QByteArray validator; ///< kept with a part that is left, to resume it later
    int attempts = 0;
    bool resumed = false; ///< some of it came from an earlier part
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Downloads into `target.part`, resumed when the server can (a 206 that goes on exactly where the part
/// ends is appended; anything else starts again), retried with back-off on failures that may pass, and
/// renamed to the target only when whole: its length checked against what the server said, refused when
/// it is empty or an HTML page. The free space is checked before anything is written.
class Downloader : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const DownloadResult &)>;
    using Progress = std::function<void(qint64 received, qint64 total)>;

    explicit Downloader(Fetcher *fetcher, QObject *parent = nullptr);
    /// Downloads under way stop, their parts kept to resume; their callbacks are not called.
    ~Downloader() override;

    void download(const DownloadRequest &request, Done done, Progress progress = {});

    static QString partPath(const QString &target) { return target + QStringLiteral(".part"); }

private:
    struct Task;
    void attempt(Task *task);
    void finish(Task *task);

    QPointer<Fetcher> m_fetcher; ///< may go first (a library's children go in the order they came)
    QSet<Task *> m_tasks; ///< under way, owned
};

} // namespace hark

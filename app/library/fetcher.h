// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QNetworkProxy>
#include <QObject>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace hark {

/// One HTTP(S) GET that Hark makes for the library: a feed, a transcript, chapters or an episode's audio.
struct FetchRequest
{
    QUrl url; ///< http or https; any other scheme is refused
    /// Conditional GET: the validators of the copy Hark has (a 304 then says it is still current).
    QByteArray etag;
    QByteArray lastModified;
    /// Resume: ask for the bytes from here on (Range), only if the resource is still the one that
    /// @p ifRange names (an ETag or a Last-Modified date). -1: the whole of it.
    qint64 rangeFrom = -1;
    QByteArray ifRange;
    /// The most Hark takes, counted after any decompression (a gzip bomb stops here); larger is an error.
    qint64 maxBytes = 64ll << 20;
    bool acceptCompressed = true; ///< false for audio, whose byte ranges must be the file's own
    int stallTimeoutMs = 30'000; ///< no byte for this long: given up
    int totalTimeoutMs = 120'000; ///< the whole exchange, 0 for none (a long download)
};

struct FetchResult;
/// Looks at a response's status and headers before its body is taken (the type, the length); a reason
/// stops the fetch with that error.
using FetchCheck = std::function<QString(const FetchResult &)>;

/// What a fetch gave: the body (or that the copy Hark has is current), and where the resource now lives.
struct FetchResult
{
    QUrl url; ///< as asked
    QUrl finalUrl; ///< after the redirects followed
    /// Where the resource has moved for good: set when every redirect from @p url was permanent (301 or
    /// 308), so a subscription may follow it; a temporary redirect anywhere on the way leaves it empty.
    QUrl movedTo;
    int status = 0; ///< the final HTTP status
    bool notModified = false; ///< 304: the copy Hark has is current
    QByteArray body; ///< when no file was given
    qint64 bytes = 0; ///< of body written (to the file or to body)
    QByteArray etag;
    QByteArray lastModified;
    QByteArray contentType;
    qint64 contentLength = -1; ///< the whole resource's length when the server says it
    bool resumed = false; ///< a 206 that goes on from rangeFrom: the bytes were appended
    QString error; ///< empty when it worked
    bool transient = false; ///< a failure that may pass (the connection, a timeout, a 5xx): worth a retry

    bool ok() const { return error.isEmpty(); }
};

/// The library's one door to the network (QNetworkAccessManager): GETs with conditional requests, resumed
/// ranges, size caps, timeouts and redirects checked by hand (http and https only, at most 5 hops, no
/// loops), at most 4 at once and 2 to a host; the rest wait their turn in order. Offline, it opens nothing:
/// every fetch fails at once.
class Fetcher : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const FetchResult &)>;
    using Progress = std::function<void(qint64 received, qint64 total)>;

    static constexpr int kMaxHops = 5;
    static constexpr int kMaxActive = 4;
    static constexpr int kMaxPerHost = 2;

    explicit Fetcher(QObject *parent = nullptr);
    ~Fetcher() override;

    /// By default the system's proxies (http_proxy, the desktop's settings), never for loopback; a proxy
    /// set here is used for everything (QNetworkProxy::NoProxy: none at all).
    void setProxy(const QNetworkProxy &proxy);
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

    /// Queues @p request; @p done is called once, later (never from inside fetch). With @p file, the body
    /// goes there (appended to what it has when the server resumes, else from its start, truncated) instead
    /// of into FetchResult::body. The file must stay open until done.
    /// @p check sees the response's headers first.
    void fetch(const FetchRequest &request, Done done, QFile *file = nullptr, Progress progress = {},
        FetchCheck check = {});
    /// Stops everything queued or under way; each is done with an error.
    void abortAll();
    /// Stops the fetches writing into @p file, without calling their callbacks (whoever asked is going).
    void forget(const QFile *file);

    int active() const { return m_active; }
    bool isIdle() const { return m_active == 0 && m_waiting.empty(); }
    int highestActive() const { return m_highestActive; }
    int highestActivePerHost() const { return m_highestPerHost; }

Q_SIGNALS:
    /// The last fetch under way is done and none waits.
    void idle();

private:
    struct Job;
    void pump();
    void start(Job *job);
    void onFinished(Job *job);
    void finish(Job *job, FetchResult result);
    bool takeHeaders(Job *job);
    void take(Job *job);

    QNetworkAccessManager *m_manager;
    bool m_offline = false;
    std::deque<Job *> m_waiting;
    QList<Job *> m_running;
    QHash<QString, int> m_perHost;
    int m_active = 0;
    int m_highestActive = 0;
    int m_highestPerHost = 0;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/fetcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::Fetcher)
};

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"http" || url.scheme() == u"https");
}

QString hostKey(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

/// "bytes 100-199/1000" (or "bytes */1000", as a 416 says): the first byte and the whole length.
struct ContentRange
{
    qint64 first = -1;
    qint64 total = -1;
};

ContentRange contentRange(const QByteArray &header)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*bytes\s+(?:(\d+)-\d+|\*)/(\d+|\*)\s*$)"));
    const auto m = re.match(QString::fromLatin1(header));
    if (!m.hasMatch())
        return {};
    return { m.captured(1).isEmpty() ? -1 : m.captured(1).toLongLong(),
        m.captured(2) == u"*" ? -1 : m.captured(2).toLongLong() };
}

/// The system's proxies (http_proxy and the desktop's settings), except for this machine's own addresses,
/// which no proxy can reach.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        if (host == u"localhost" || QHostAddress(host).isLoopback())
            return { QNetworkProxy::NoProxy };
        return systemProxyForQuery(query);
    }
};

} // namespace

struct Fetcher::Job
{
    FetchRequest request;
    Done done;
    QFile *file = nullptr;
    Progress progress;
    FetchCheck check;
    QPointer<QNetworkReply> reply;
    QUrl current;
    QString host;
    int hops = 0;
    QSet<QUrl> visited;
    bool allPermanent = true;
    bool headersTaken = false;
    bool ranged = false; ///< this attempt asked for a range
    bool compressed = false; ///< the answer comes gzip'd or deflated
    bool restartWhole = false; ///< a 206 that did not go on from the part: asked again without a range
    qint64 expected = -1; ///< bytes this reply should bring, when known and not compressed
    QString abortReason; ///< why Hark stopped it
    bool abortTransient = false;
    QTimer *deadline = nullptr;
    FetchResult result;
};

Fetcher::Fetcher(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // Redirects are followed by hand, so that each hop is checked and a permanent move is noticed.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->setProxyFactory(new ProxyFactory);
}

Fetcher::~Fetcher()
{
    // Nobody is told: the callers are going too.
    for (Job *job : m_waiting)
        job->done = nullptr;
    for (Job *job : std::as_const(m_running))
        job->done = nullptr;
    abortAll();
}

void Fetcher::setProxy(const QNetworkProxy &proxy)
{
    m_manager->setProxy(proxy);
}

void Fetcher::setOffline(bool offline)
{
    m_offline = offline;
    if (offline)
        abortAll();
}

void Fetcher::fetch(const FetchRequest &request, Done done, QFile *file, Progress progress, FetchCheck check)
{
    auto *job = new Job;
    job->request = request;
    job->done = std::move(done);
    job->file = file;
    job->progress = std::move(progress);
    job->check = std::move(check);
    job->current = request.url;
    job->result.url = request.url;
    job->result.finalUrl = request.url;
    QString refused;
    if (m_offline)
        refused = Tr::tr("Hark is working offline");
    else if (!isWebUrl(request.url))
        refused = Tr::tr("%1: only http and https addresses are fetched").arg(request.url.toDisplayString());
    if (!refused.isEmpty()) {
        job->result.error = refused;
        // Done later, as every other fetch is: callers never see their callback run inside fetch().
        QTimer::singleShot(0, this, [job] {
            FetchResult r = job->result;
            Done d = std::move(job->done);
            delete job;
            d(r);
        });
        return;
    }
    m_waiting.push_back(job);
    pump();
}

void Fetcher::abortAll()
{
    while (!m_waiting.empty()) {
        Job *job = m_waiting.front();
        m_waiting.pop_front();
        FetchResult r = job->result;
        r.error = Tr::tr("stopped");
        Done d = std::move(job->done);
        delete job;
        if (d)
            d(r);
    }
    for (Job *job : QList<Job *>(m_running)) {
        if (job->abortReason.isEmpty())
            job->abortReason = Tr::tr("stopped");
        if (job->reply)
            job->reply->abort();
    }
}

void Fetcher::forget(const QFile *file)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if ((*it)->file == file) {
            delete *it;
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    for (Job *job : QList<Job *>(m_running)) {
        if (job->file != file)
            continue;
        job->done = nullptr;
        job->progress = nullptr;
        job->check = nullptr;
        job->file = nullptr;
        job->restartWhole = false;
        if (job->abortReason.isEmpty())
            job->abortReason = Tr::tr("stopped");
        if (job->reply)
            job->reply->abort();
    }
}

void Fetcher::pump()
{
    for (auto it = m_waiting.begin(); it != m_waiting.end() && m_active < kMaxActive;) {
        Job *job = *it;
        const QString host = hostKey(job->current);
        if (m_perHost.value(host) >= kMaxPerHost) {
            ++it;
            continue;
        }
        it = m_waiting.erase(it);
        job->host = host;
        ++m_perHost[host];
        ++m_active;
        m_highestActive = std::max(m_highestActive, m_active);
        m_highestPerHost = std::max(m_highestPerHost, m_perHost[host]);
        m_running.append(job);
        if (job->request.totalTimeoutMs > 0) {
            job->deadline = new QTimer(this);
            job->deadline->setSingleShot(true);
            connect(job->deadline, &QTimer::timeout, this, [job] {
                job->abortReason = Tr::tr("no answer in %1 s").arg(job->request.totalTimeoutMs / 1000.0);
                job->abortTransient = true;
                if (job->reply)
                    job->reply->abort();
            });
            job->deadline->start(job->request.totalTimeoutMs);
        }
        start(job);
    }
}

void Fetcher::start(Job *job)
{
    const FetchRequest &r = job->request;
    QNetworkRequest request(job->current);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(r.stallTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("Hark/%1 (podcast player)").arg(QCoreApplication::applicationVersion()));
    if (!r.etag.isEmpty())
        request.setRawHeader("If-None-Match", r.etag);
    if (!r.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", r.lastModified);
    job->ranged = r.rangeFrom > 0;
    if (job->ranged) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(r.rangeFrom) + '-');
        if (!r.ifRange.isEmpty())
            request.setRawHeader("If-Range", r.ifRange);
    }
    // Asking for identity turns Qt's own decompression off: the bytes are the file's.
    if (!r.acceptCompressed)
        request.setRawHeader("Accept-Encoding", "identity");
    job->headersTaken = false;
    job->expected = -1;
    QNetworkReply *reply = m_manager->get(request);
    job->reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, job] { takeHeaders(job); });
    connect(reply, &QIODevice::readyRead, this, [this, job] { take(job); });
    connect(reply, &QNetworkReply::finished, this, [this, job] { onFinished(job); });
}

bool Fetcher::takeHeaders(Job *job)
{
    if (job->headersTaken)
        return job->abortReason.isEmpty();
    QNetworkReply *reply = job->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400) || status >= 400)
        return true; // no body wanted: a redirect, 304 or an error, dealt with when it finishes
    job->headersTaken = true;
    FetchResult &res = job->result;
    res.status = status;
    res.etag = reply->rawHeader("ETag");
    res.lastModified = reply->rawHeader("Last-Modified");
    res.contentType = reply->rawHeader("Content-Type");
    const bool compressed = !reply->rawHeader("Content-Encoding").isEmpty()
        && reply->rawHeader("Content-Encoding").toLower() != "identity";
    job->compressed = compressed;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 bodyLength = length.isValid() && !compressed ? length.toLongLong() : -1;
    const auto stop = [job](const QString &why) {
        job->abortReason = why;
        job->reply->abort();
        return false;
    };
    qint64 start = 0;
    if (status == 206) {
        const ContentRange range = contentRange(reply->rawHeader("Content-Range"));
        if (!job->ranged || range.first != job->request.rangeFrom) {
            // Not the bytes that follow the part: ask again for the whole, from the start.
            job->restartWhole = true;
            job->reply->abort();
            return false;
        }
        start = range.first;
        res.resumed = true;
        res.contentLength = range.total;
    } else {
        res.contentLength = bodyLength;
    }
    job->expected = bodyLength;
    if (job->check) {
        if (const QString why = job->check(res); !why.isEmpty())
            return stop(why);
    }
    if (bodyLength > job->request.maxBytes)
        return stop(Tr::tr("%1 is more than the %2 Hark takes from this address")
                        .arg(megabytes(bodyLength), megabytes(job->request.maxBytes)));
    if (job->file) {
        if (!res.resumed) {
            job->file->resize(0);
            job->file->seek(0);
        } else {
            job->file->seek(start);
        }
    }
    return true;
}

void Fetcher::take(Job *job)
{
    QNetworkReply *reply = job->reply;
    if (!reply || !job->abortReason.isEmpty())
        return;
    if (!job->headersTaken) {
        if (!takeHeaders(job))
            return;
        if (!job->headersTaken) {
            reply->readAll(); // a redirect's or an error page's body: not wanted
            return;
        }
    }
    const QByteArray chunk = reply->readAll();
    FetchResult &res = job->result;
    if (res.bytes + chunk.size() > job->request.maxBytes) {
        job->abortReason
            = Tr::tr("more than the %1 Hark takes from this address").arg(megabytes(job->request.maxBytes));
        reply->abort();
        return;
    }
    if (job->file) {
        if (job->file->write(chunk) != chunk.size()) {
            job->abortReason
                = Tr::tr("%1: cannot write: %2").arg(job->file->fileName(), job->file->errorString());
            reply->abort();
            return;
        }
    } else {
        res.body.append(chunk);
    }
    res.bytes += chunk.size();
    if (job->progress)
        job->progress(res.bytes + (res.resumed ? job->request.rangeFrom : 0), res.contentLength);
}

void Fetcher::onFinished(Job *job)
{
    QNetworkReply *reply = job->reply;
    reply->deleteLater();
    FetchResult &res = job->result;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (job->restartWhole) {
        job->restartWhole = false;
        job->request.rangeFrom = -1;
        start(job);
        return;
    }
    if (!job->abortReason.isEmpty()) {
        res.error = job->abortReason;
        res.transient = job->abortTransient;
        finish(job, res);
        return;
    }
    if (status >= 300 && status < 400 && status != 304) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QUrl next = job->current.resolved(target);
        res.status = status;
        if (target.isEmpty()) {
            res.error = Tr::tr("HTTP %1 without a Location to go to").arg(status);
        } else if (!isWebUrl(next)) {
            res.error = Tr::tr("redirected to %1: only http and https addresses are fetched")
                            .arg(next.toDisplayString());
        } else if (next == job->request.url || job->visited.contains(next)) {
            res.error = Tr::tr("redirected in a loop (back to %1)").arg(next.toDisplayString());
        } else if (job->hops >= kMaxHops) {
            res.error = Tr::tr("more than %1 redirects").arg(kMaxHops);
        }
        if (!res.error.isEmpty()) {
            finish(job, res);
            return;
        }
        ++job->hops;
        job->visited.insert(next);
        job->allPermanent = job->allPermanent && (status == 301 || status == 308);
        if (job->allPermanent)
            res.movedTo = next;
        job->current = next;
        res.finalUrl = next;
        const QString host = hostKey(next);
        if (host != job->host) {
            --m_perHost[job->host];
            ++m_perHost[host];
            job->host = host;
        }
        start(job);
        return;
    }
    res.status = status;
    if (status == 304) {
        res.notModified = true;
        res.etag = reply->rawHeader("ETag").isEmpty() ? job->request.etag : reply->rawHeader("ETag");
        res.lastModified = job->request.lastModified;
        finish(job, res);
        return;
    }
    if (status >= 400) {
        if (status == 416)
            res.contentLength = contentRange(reply->rawHeader("Content-Range")).total;
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        res.error = Tr::tr("the server answered %1 %2").arg(status).arg(reason).trimmed();
        res.transient = status >= 500 || status == 408 || status == 429;
        finish(job, res);
        return;
    }
    if (reply->error() == QNetworkReply::UnknownContentError && job->compressed) {
        // Qt's own guard: the compressed answer unpacks to far more than is sane.
        res.error = Tr::tr("the compressed answer unpacks to far more than it holds (a decompression bomb)");
        finish(job, res);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        res.error = reply->error() == QNetworkReply::OperationCanceledError
            ? Tr::tr("no data for %1 s").arg(job->request.stallTimeoutMs / 1000.0)
            : reply->errorString();
        res.transient = true;
        finish(job, res);
        return;
    }
    take(job); // what is left
    if (!job->abortReason.isEmpty()) {
        res.error = job->abortReason;
        finish(job, res);
        return;
    }
    if (job->expected >= 0 && res.bytes < job->expected) {
        res.error = Tr::tr("the connection ended after %1 of %2 bytes").arg(res.bytes).arg(job->expected);
        res.transient = true;
    }
    finish(job, res);
}

void Fetcher::finish(Job *job, FetchResult result)
{
    m_running.removeOne(job);
    --m_active;
    if (--m_perHost[job->host] <= 0)
        m_perHost.remove(job->host);
    delete job->deadline;
    Done done = std::move(job->done);
    delete job;
    if (done)
        done(result);
    pump();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace hark

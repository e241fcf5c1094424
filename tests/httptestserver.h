// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP/1.1 server for the library's tests: QTcpServer on 127.0.0.1, port 0 (never any other
// address), one request a connection. Each path answers as a route says: a status, a body, validators
// (ETag/Last-Modified → 304), byte ranges (206/416), redirects, and the misbehaviours of real servers
// (a connection cut mid-body, a stall, a slow answer, a body larger than announced, gzip bombs).

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace hark::test {

/// @p size bytes that look like nothing in particular (xorshift from @p seed), starting "ID3" as an MP3 does,
/// so that no check takes them for a web page: what the tests serve as an episode's audio.
inline QByteArray noiseBytes(qsizetype size, quint32 seed = 88172645u)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed;
    for (char &c : bytes) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        c = char(x);
    }
    bytes.replace(0, 3, "ID3");
    return bytes;
}

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    int nth = 0; ///< 1 for the first request to this path, 2 for the second…
};

struct HttpRoute
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/octet-stream";
    QByteArray etag;
    QByteArray lastModified;
    bool ranges = false; ///< answers Range with 206 (or 416 past the end), If-Range honoured
    qint64 rangeShift = 0; ///< a faulty server: its 206 starts this many bytes away from what was asked
    QByteArray location; ///< a redirect's target
    QByteArray contentEncoding; ///< sent as is (the body must already be encoded so)
    qint64 contentLength = -1; ///< announce this instead of the body's length
    bool noLength = false; ///< no Content-Length: the body ends when the connection closes
    qint64 cutAfter = -1; ///< close the connection after this many bytes of body
    qint64 stallAfter = -1; ///< send this many bytes of body, then nothing, never closing
    int delayMs = 0; ///< wait before answering
};

class HttpTestServer
{
public:
    using Handler = std::function<HttpRoute(const HttpRequest &)>;

    HttpTestServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void route(const QByteArray &path, HttpRoute route)
    {
        m_routes[path] = [route](const HttpRequest &) { return route; };
    }
    void route(const QByteArray &path, Handler handler) { m_routes[path] = std::move(handler); }

    const QList<HttpRequest> &requests() const { return m_requests; }
    int count(const QByteArray &path) const
    {
        int n = 0;
        for (const HttpRequest &r : m_requests)
            n += r.path == path;
        return n;
    }
    int highestInFlight() const { return m_highest; }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QIODevice::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0 || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            answer(socket, parse(buffer->left(end)));
        });
    }

    HttpRequest parse(const QByteArray &head)
    {
        HttpRequest r;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        r.nth = count(r.path) + 1;
        m_requests.append(r);
        return r;
    }

    void answer(QTcpSocket *socket, const HttpRequest &request)
    {
        ++m_inFlight;
        m_highest = std::max(m_highest, m_inFlight);
        const auto it = m_routes.constFind(request.path);
        const HttpRoute route
            = it == m_routes.cend() ? HttpRoute { .status = 404, .body = "no such route" } : (*it)(request);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(route.delayMs, socket, [this, guard, request, route] {
            if (guard)
                send(guard, request, route);
        });
        QObject::connect(socket, &QObject::destroyed, &m_server, [this] { --m_inFlight; });
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 206:
            return "Partial Content";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 304:
            return "Not Modified";
        case 307:
            return "Temporary Redirect";
        case 308:
            return "Permanent Redirect";
        case 404:
            return "Not Found";
        case 416:
            return "Range Not Satisfiable";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    void send(QTcpSocket *socket, const HttpRequest &request, HttpRoute route)
    {
        QList<QByteArray> headers;
        QByteArray body = route.body;
        const QByteArray ifNoneMatch = request.headers.value("if-none-match");
        const QByteArray ifModified = request.headers.value("if-modified-since");
        if (route.status == 200
            && ((!route.etag.isEmpty() && ifNoneMatch == route.etag)
                || (!route.lastModified.isEmpty() && ifNoneMatch.isEmpty()
                    && ifModified == route.lastModified))) {
            route.status = 304;
            body.clear();
        }
        static const QRegularExpression rangeRe(QStringLiteral(R"(^bytes=(\d+)-$)"));
        const auto range = rangeRe.match(QString::fromLatin1(request.headers.value("range")));
        const QByteArray ifRange = request.headers.value("if-range");
        const bool rangeValid = ifRange.isEmpty() || ifRange == route.etag
            || (!ifRange.isEmpty() && ifRange == route.lastModified);
        if (route.status == 200 && route.ranges && range.hasMatch() && rangeValid) {
            const qint64 from = range.captured(1).toLongLong();
            const qint64 size = route.body.size();
            if (from >= size) {
                route.status = 416;
                headers.append("Content-Range: bytes */" + QByteArray::number(size));
                body.clear();
            } else {
                const qint64 start = std::clamp<qint64>(from + route.rangeShift, 0, size - 1);
                route.status = 206;
                headers.append("Content-Range: bytes " + QByteArray::number(start) + '-'
                    + QByteArray::number(size - 1) + '/' + QByteArray::number(size));
                body = route.body.mid(start);
            }
        }
        if (route.ranges)
            headers.append("Accept-Ranges: bytes");
        if (!route.location.isEmpty())
            headers.append("Location: " + route.location);
        if (!route.etag.isEmpty())
            headers.append("ETag: " + route.etag);
        if (!route.lastModified.isEmpty())
            headers.append("Last-Modified: " + route.lastModified);
        if (!route.contentEncoding.isEmpty())
            headers.append("Content-Encoding: " + route.contentEncoding);
        if (route.status != 304)
            headers.append("Content-Type: " + route.contentType);
        if (!route.noLength)
            headers.append("Content-Length: "
                + QByteArray::number(
                    route.contentLength >= 0 && route.status != 304 ? route.contentLength : body.size()));
        headers.append("Connection: close");
        QByteArray out = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reason(route.status) + "\r\n";
        for (const QByteArray &h : std::as_const(headers))
            out += h + "\r\n";
        out += "\r\n";
        if (request.method == "HEAD")
            body.clear();
        if (route.stallAfter >= 0) {
            socket->write(out + body.left(route.stallAfter));
            return; // and nothing more: the client must give up by itself
        }
        if (route.cutAfter >= 0) {
            socket->write(out + body.left(route.cutAfter));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        socket->write(out + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QList<HttpRequest> m_requests;
    int m_inFlight = 0;
    int m_highest = 0;
};

} // namespace hark::test

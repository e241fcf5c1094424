// SPDX-License-Identifier: GPL-3.0-or-later
// The library's fetcher against a real HTTP server on loopback (127.0.0.1, port 0, no proxy): conditional
// GETs, redirects (permanent ones followed by the subscription, loops and other schemes refused), size caps
// and gzip bombs, stalls and cut connections, and the limits on requests at once.
#include "httptestserver.h"
#include "library/fetcher.h"

#include <QTest>

#include <optional>

using namespace hark;
using namespace hark::test;

Q_DECLARE_METATYPE(hark::test::HttpRoute)

namespace {

FetchResult fetchNow(Fetcher &fetcher, const FetchRequest &request)
{
    std::optional<FetchResult> got;
    fetcher.fetch(request, [&got](const FetchResult &r) { got = r; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 30'000))
        return FetchResult { .error = QStringLiteral("test: no answer in 30 s") };
    return *got;
}

FetchRequest get(const QUrl &url)
{
    FetchRequest r;
    r.url = url;
    return r;
}

/// zlib's stream (Content-Encoding: deflate) of @p bytes zeros.
QByteArray deflatedZeros(qsizetype bytes)
{
    return qCompress(QByteArray(bytes, '\0'), 9).mid(4);
}

/// zlib's stream of @p bytes letters in no order: it packs about 1.6 to 1, far from a bomb.
QByteArray deflatedLetters(qsizetype bytes)
{
    QByteArray text(bytes, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (char &c : text) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        c = char('a' + x % 26);
    }
    return qCompress(text, 9).mid(4);
}

} // namespace

class TestFetcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fetcher> m_fetcher;

private Q_SLOTS:
    void init()
    {
        m_fetcher = std::make_unique<Fetcher>();
        m_fetcher->setProxy(QNetworkProxy::NoProxy);
    }
    void cleanup() { m_fetcher.reset(); }

    void conditionalGetGivesNotModified_data()
    {
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<QByteArray>("lastModified");
        QTest::addRow("ETag") << QByteArray("\"v1\"") << QByteArray();
        QTest::addRow("Last-Modified") << QByteArray() << QByteArray("Mon, 07 Dec 2026 08:00:00 GMT");
        QTest::addRow("both") << QByteArray("\"v1\"") << QByteArray("Mon, 07 Dec 2026 08:00:00 GMT");
    }
    void conditionalGetGivesNotModified()
    {
        QFETCH(QByteArray, etag);
        QFETCH(QByteArray, lastModified);
        HttpTestServer server;
        server.route("/feed.xml",
            HttpRoute { .body = "<rss/>",
                .contentType = "application/rss+xml",
                .etag = etag,
                .lastModified = lastModified });
        const FetchResult first = fetchNow(*m_fetcher, get(server.url("/feed.xml")));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body, QByteArray("<rss/>"));
        QCOMPARE(first.etag, etag);
        QCOMPARE(first.lastModified, lastModified);
        QVERIFY(!first.notModified);

        FetchRequest again = get(server.url("/feed.xml"));
        again.etag = first.etag;
        again.lastModified = first.lastModified;
        const FetchResult second = fetchNow(*m_fetcher, again);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.status, 304);
        QVERIFY(second.notModified);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[1].headers.value("if-none-match"), etag);
        QCOMPARE(server.requests()[1].headers.value("if-modified-since"), lastModified);
    }

    void redirects_data()
    {
        QTest::addColumn<QList<int>>("hops"); // the statuses on the way to /end
        QTest::addColumn<QString>("movedTo"); // where the subscription should follow; empty: nowhere
        QTest::addColumn<QString>("error"); // part of it; empty: reached /end

        QTest::addRow("301") << QList<int> { 301 } << "/end"
                             << "";
        QTest::addRow("308") << QList<int> { 308 } << "/end"
                             << "";
        QTest::addRow("301 then 308") << QList<int> { 301, 308 } << "/end"
                                      << "";
        QTest::addRow("302: temporary") << QList<int> { 302 } << ""
                                        << "";
        QTest::addRow("307: temporary") << QList<int> { 307 } << ""
                                        << "";
        QTest::addRow("301 then 302: moved for good to the first hop") << QList<int> { 301, 302 } << "/hop1"
                                                                       << "";
        QTest::addRow("302 then 301: not for good") << QList<int> { 302, 301 } << ""
                                                    << "";
        QTest::addRow("five hops") << QList<int> { 301, 301, 301, 301, 301 } << "/end"
                                   << "";
        QTest::addRow("six hops: too many") << QList<int> { 301, 302, 301, 302, 301, 302 } << ""
                                            << "more than 5 redirects";
    }
    void redirects()
    {
        QFETCH(QList<int>, hops);
        QFETCH(QString, movedTo);
        QFETCH(QString, error);
        HttpTestServer server;
        for (qsizetype i = 0; i < hops.size(); ++i) {
            const QByteArray next
                = i + 1 < hops.size() ? QByteArray("/hop" + QByteArray::number(i + 1)) : QByteArray("/end");
            // Relative and absolute targets both.
            server.route("/hop" + QByteArray::number(i),
                HttpRoute { .status = hops[i],
                    .location = i % 2 ? next : server.url(QString::fromLatin1(next)).toEncoded() });
        }
        server.route("/end", HttpRoute { .body = "here" });
        const FetchResult r = fetchNow(*m_fetcher, get(server.url("/hop0")));
        if (!error.isEmpty()) {
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
            QCOMPARE(server.count("/end"), 0);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray("here"));
        QCOMPARE(r.finalUrl, server.url("/end"));
        QCOMPARE(r.movedTo, movedTo.isEmpty() ? QUrl() : server.url(movedTo));
    }

    void refusesWhatIsNotTheWeb_data()
    {
        QTest::addColumn<QString>("where"); // "ask": the URL asked; "redirect": a Location
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error");
        QTest::addRow("file: asked") << "ask"
                                     << "file:///etc/passwd"
                                     << "only http and https";
        QTest::addRow("ftp: asked") << "ask"
                                    << "ftp://127.0.0.1/x"
                                    << "only http and https";
        QTest::addRow("no host") << "ask"
                                 << "http:///x"
                                 << "only http and https";
        QTest::addRow("redirect to file:") << "redirect"
                                           << "file:///etc/passwd"
                                           << "only http and https";
        QTest::addRow("redirect to data:") << "redirect"
                                           << "data:text/plain,hi"
                                           << "only http and https";
        QTest::addRow("redirect loop") << "redirect"
                                       << "/a"
                                       << "loop";
        QTest::addRow("redirect without a Location") << "redirect"
                                                     << ""
                                                     << "without a Location";
    }
    void refusesWhatIsNotTheWeb()
    {
        QFETCH(QString, where);
        QFETCH(QString, url);
        QFETCH(QString, error);
        HttpTestServer server;
        server.route("/a", HttpRoute { .status = 302, .location = "/b" });
        server.route("/b", HttpRoute { .status = 301, .location = url.toUtf8() });
        const FetchResult r = fetchNow(*m_fetcher, get(where == u"ask" ? QUrl(url) : server.url("/a")));
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(r.body.isEmpty());
        if (where == u"ask")
            QCOMPARE(server.requests().size(), 0);
    }

    void capsAndFailures_data()
    {
        QTest::addColumn<HttpRoute>("route");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("stallMs");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("transient");

        const QByteArray mb(1 << 20, 'x');
        QTest::addRow("announced larger than the cap")
            << HttpRoute { .body = mb } << qint64(1000) << 30'000 << "more than the" << false;
        QTest::addRow("larger than the cap, no length announced")
            << HttpRoute { .body = mb, .noLength = true } << qint64(1000) << 30'000 << "more than the"
            << false;
        QTest::addRow("a gzip bomb: 200 MB of zeros in 200 kB")
            << HttpRoute { .body = deflatedZeros(200 << 20), .contentEncoding = "deflate" }
            << qint64(16 << 20) << 30'000 << "decompression bomb" << false;
        QTest::addRow("deflated text past the cap")
            << HttpRoute { .body = deflatedLetters(2 << 20), .contentEncoding = "deflate" } << qint64(1 << 20)
            << 30'000 << "more than the 1.00 MiB" << false;
        QTest::addRow("cut mid-body") << HttpRoute { .body = mb, .cutAfter = 1000 } << qint64(64 << 20)
                                      << 30'000 << "Connection closed" << true;
        QTest::addRow("a server that stalls")
            << HttpRoute { .body = mb, .stallAfter = 10 } << qint64(64 << 20) << 400 << "no data" << true;
        QTest::addRow("a server that never answers")
            << HttpRoute { .body = mb, .delayMs = 60'000 } << qint64(64 << 20) << 400 << "no data" << true;
        QTest::addRow("404") << HttpRoute { .status = 404, .body = "<html>gone</html>" } << qint64(64 << 20)
                             << 30'000 << "404" << false;
        QTest::addRow("503") << HttpRoute { .status = 503, .body = "busy" } << qint64(64 << 20) << 30'000
                             << "503" << true;
    }
    void capsAndFailures()
    {
        QFETCH(HttpRoute, route);
        QFETCH(qint64, maxBytes);
        QFETCH(int, stallMs);
        QFETCH(QString, error);
        QFETCH(bool, transient);
        HttpTestServer server;
        server.route("/x", route);
        FetchRequest request = get(server.url("/x"));
        request.maxBytes = maxBytes;
        request.stallTimeoutMs = stallMs;
        const FetchResult r = fetchNow(*m_fetcher, request);
        QVERIFY2(!r.ok(), "it should have failed");
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QCOMPARE(r.transient, transient);
        QVERIFY(r.body.size() <= maxBytes);
    }

    void slowButSteadyIsFine()
    {
        HttpTestServer server;
        server.route("/slow", HttpRoute { .body = "late but here", .delayMs = 300 });
        FetchRequest request = get(server.url("/slow"));
        request.stallTimeoutMs = 2000;
        const FetchResult r = fetchNow(*m_fetcher, request);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray("late but here"));
    }

    void atMostFourAtOnceTwoPerHost()
    {
        // Three servers are three hosts (an origin is host and port).
        HttpTestServer a, b, c;
        for (HttpTestServer *s : { &a, &b, &c })
            s->route("/slow", HttpRoute { .body = "ok", .delayMs = 150 });
        int done = 0;
        for (int i = 0; i < 12; ++i) {
            HttpTestServer *s = i % 3 == 0 ? &a : i % 3 == 1 ? &b : &c;
            m_fetcher->fetch(get(s->url("/slow")), [&done](const FetchResult &r) {
                QVERIFY2(r.ok(), qPrintable(r.error));
                ++done;
            });
        }
        QVERIFY(QTest::qWaitFor([&done] { return done == 12; }, 30'000));
        QCOMPARE(m_fetcher->highestActive(), Fetcher::kMaxActive);
        QCOMPARE(m_fetcher->highestActivePerHost(), Fetcher::kMaxPerHost);
        for (HttpTestServer *s : { &a, &b, &c }) {
            QCOMPARE(s->count("/slow"), 4);
            QVERIFY2(s->highestInFlight() <= Fetcher::kMaxPerHost,
                qPrintable(QString::number(s->highestInFlight())));
        }
    }

    void offlineOpensNothing()
    {
        HttpTestServer server;
        server.route("/feed.xml", HttpRoute { .body = "<rss/>" });
        m_fetcher->setOffline(true);
        const FetchResult r = fetchNow(*m_fetcher, get(server.url("/feed.xml")));
        QVERIFY(r.error.contains("offline"));
        QCOMPARE(server.requests().size(), 0);
        m_fetcher->setOffline(false);
        QVERIFY(fetchNow(*m_fetcher, get(server.url("/feed.xml"))).ok());
    }

    void doneIsNeverCalledFromInsideFetch()
    {
        bool called = false;
        m_fetcher->fetch(get(QUrl("file:///etc/passwd")), [&called](const FetchResult &) { called = true; });
        QVERIFY(!called);
        QVERIFY(QTest::qWaitFor([&called] { return called; }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"

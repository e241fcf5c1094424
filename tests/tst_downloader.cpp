// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads against a real HTTP server on loopback: into a .part file, resumed with Range + If-Range (only a
// 206 that goes on where the part ends is appended), retried after a cut, renamed when whole; web pages,
// empty files, wrong lengths and more than the free space refused, with no file counted as downloaded.
#include "httptestserver.h"
#include "library/downloader.h"
#include "library/fetcher.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hark;
using namespace hark::test;

Q_DECLARE_METATYPE(hark::test::HttpRoute)

namespace {

QByteArray audioBytes()
{
    return noiseBytes(300'000, 88172645u);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestDownloader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fetcher> m_fetcher;
    std::unique_ptr<Downloader> m_downloader;
    std::unique_ptr<QTemporaryDir> m_dir;

    DownloadResult downloadNow(DownloadRequest request)
    {
        std::optional<DownloadResult> got;
        request.backoffMs = 50;
        request.stallTimeoutMs = 1000;
        m_downloader->download(request, [&got](const DownloadResult &r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 60'000))
            return DownloadResult { .error = QStringLiteral("test: not done in 60 s") };
        return *got;
    }

private Q_SLOTS:
    void init()
    {
        m_fetcher = std::make_unique<Fetcher>();
        m_fetcher->setProxy(QNetworkProxy::NoProxy);
        m_downloader = std::make_unique<Downloader>(m_fetcher.get());
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_downloader.reset();
        m_fetcher.reset();
        m_dir.reset();
    }

    void completes_data()
    {
        QTest::addColumn<HttpRoute>("route");
        QTest::addColumn<qint64>("partBytes"); // already there before it starts
        QTest::addColumn<QByteArray>("validator"); // kept with the part
        QTest::addColumn<bool>("resumed");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QByteArray>("rangeAsked"); // of the first request; empty: none

        const QByteArray audio = audioBytes();
        const HttpRoute plain {
            .body = audio, .contentType = "audio/mpeg", .etag = "\"a1\"", .ranges = true
        };
        QTest::addRow("fresh") << plain << qint64(0) << QByteArray() << false << 1 << QByteArray();
        QTest::addRow("a part resumed: 206 from its end")
            << plain << qint64(100'000) << QByteArray("\"a1\"") << true << 1 << QByteArray("bytes=100000-");
        QTest::addRow("a part resumed by Last-Modified")
            << HttpRoute { .body = audio, .lastModified = "Mon, 07 Dec 2026 08:00:00 GMT", .ranges = true }
            << qint64(123'457) << QByteArray("Mon, 07 Dec 2026 08:00:00 GMT") << true << 1
            << QByteArray("bytes=123457-");
        QTest::addRow("the file changed (If-Range fails): 200, started again")
            << plain << qint64(100'000) << QByteArray("\"old\"") << false << 1 << QByteArray("bytes=100000-");
        QTest::addRow("a server without ranges: 200, started again")
            << HttpRoute { .body = audio, .etag = "\"a1\"" } << qint64(100'000) << QByteArray("\"a1\"")
            << false << 1 << QByteArray("bytes=100000-");
        QTest::addRow("a 206 from elsewhere: started again")
            << HttpRoute { .body = audio, .etag = "\"a1\"", .ranges = true, .rangeShift = -5000 }
            << qint64(100'000) << QByteArray("\"a1\"") << false << 1 << QByteArray("bytes=100000-");
        QTest::addRow("a part without a validator: started again")
            << plain << qint64(100'000) << QByteArray() << false << 1 << QByteArray();
        QTest::addRow("the part was whole already: 416")
            << plain << qint64(audio.size()) << QByteArray("\"a1\"") << false << 1
            << QByteArray("bytes=300000-");
    }
    void completes()
    {
        QFETCH(HttpRoute, route);
        QFETCH(qint64, partBytes);
        QFETCH(QByteArray, validator);
        QFETCH(bool, resumed);
        QFETCH(int, attempts);
        QFETCH(QByteArray, rangeAsked);
        HttpTestServer server;
        server.route("/ep.mp3", route);
        const QString target = m_dir->filePath("Show/Episode 1.mp3");
        QDir().mkpath(m_dir->filePath("Show"));
        if (partBytes > 0)
            writeFile(Downloader::partPath(target), audioBytes().left(partBytes));
        const DownloadResult r = downloadNow({ .url = server.url("/ep.mp3"),
            .target = target,
            .validator = validator,
            .expectedBytes = 300'000 });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.path, target);
        QCOMPARE(readAll(target), audioBytes());
        QVERIFY(!QFile::exists(Downloader::partPath(target)));
        QCOMPARE(r.resumed, resumed);
        QCOMPARE(r.attempts, attempts);
        QCOMPARE(r.bytes, qint64(300'000));
        QCOMPARE(server.requests().first().headers.value("range"), rangeAsked);
        QCOMPARE(server.requests().first().headers.value("accept-encoding"), QByteArray("identity"));
        if (!rangeAsked.isEmpty())
            QCOMPARE(server.requests().first().headers.value("if-range"), validator);
    }

    void resumesAfterACut()
    {
        HttpTestServer server;
        const QByteArray audio = audioBytes();
        server.route("/ep.mp3", [audio](const HttpRequest &request) {
            // The first answer is cut after 120 kB; the next ones are whole.
            return HttpRoute {
                .body = audio, .etag = "\"a1\"", .ranges = true, .cutAfter = request.nth == 1 ? 120'000 : -1
            };
        });
        const QString target = m_dir->filePath("Episode.mp3");
        qint64 highest = 0;
        std::optional<DownloadResult> got;
        m_downloader->download(
            { .url = server.url("/ep.mp3"), .target = target, .backoffMs = 50 },
            [&got](const DownloadResult &r) { got = r; },
            [&highest](qint64 received, qint64) { highest = std::max(highest, received); });
        QVERIFY(QTest::qWaitFor([&got] { return got.has_value(); }, 30'000));
        QVERIFY2(got->ok(), qPrintable(got->error));
        QCOMPARE(got->attempts, 2);
        QVERIFY(got->resumed);
        QCOMPARE(readAll(target), audio);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[1].headers.value("range"), QByteArray("bytes=120000-"));
        QCOMPARE(server.requests()[1].headers.value("if-range"), QByteArray("\"a1\""));
        QCOMPARE(highest, qint64(audio.size()));
    }

    // A downloader that goes mid-download (Hark quitting) stops at once: its callback is not called, the
    // connection is dropped, nothing is left behind in memory, and the part stays for the next run.
    void goingMidDownloadKeepsThePart()
    {
        HttpTestServer server;
        const QByteArray audio = audioBytes();
        server.route(
            "/ep.mp3", HttpRoute { .body = audio, .etag = "\"a1\"", .ranges = true, .stallAfter = 100'000 });
        const QString target = m_dir->filePath("Episode.mp3");
        bool called = false;
        qint64 received = 0;
        m_downloader->download(
            { .url = server.url("/ep.mp3"), .target = target },
            [&called](const DownloadResult &) { called = true; },
            [&received](qint64 n, qint64) { received = n; });
        QVERIFY(QTest::qWaitFor([&received] { return received >= 100'000; }, 10'000));
        m_downloader.reset();
        QVERIFY(QTest::qWaitFor([this] { return m_fetcher->isIdle(); }, 5000));
        QTest::qWait(100);
        QVERIFY(!called);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QFileInfo(Downloader::partPath(target)).size(), 100'000);
        // The next run goes on from the part.
        server.route("/ep.mp3", HttpRoute { .body = audio, .etag = "\"a1\"", .ranges = true });
        m_downloader = std::make_unique<Downloader>(m_fetcher.get());
        const DownloadResult again
            = downloadNow({ .url = server.url("/ep.mp3"), .target = target, .validator = "\"a1\"" });
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.resumed);
        QCOMPARE(readAll(target), audio);
        QCOMPARE(server.requests().last().headers.value("range"), QByteArray("bytes=100000-"));
    }

    // The fetcher going first (a library's children go in the order they came) leaves the downloader able
    // to go too, without calling anyone.
    void theFetcherGoingFirst()
    {
        HttpTestServer server;
        server.route("/ep.mp3", HttpRoute { .body = audioBytes(), .stallAfter = 50'000 });
        bool called = false;
        qint64 received = 0;
        m_downloader->download(
            { .url = server.url("/ep.mp3"), .target = m_dir->filePath("E.mp3") },
            [&called](const DownloadResult &) { called = true; },
            [&received](qint64 n, qint64) { received = n; });
        QVERIFY(QTest::qWaitFor([&received] { return received >= 50'000; }, 10'000));
        m_fetcher.reset();
        m_downloader.reset();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void refuses_data()
    {
        QTest::addColumn<HttpRoute>("route");
        QTest::addColumn<qint64>("expectedBytes");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("partKept"); // to resume later

        const QByteArray audio = audioBytes();
        QTest::addRow("a web page served as audio, said so")
            << HttpRoute { .body = "<html><body>Subscribe!</body></html>", .contentType = "text/html" }
            << qint64(-1) << "web page" << 1 << false;
        QTest::addRow("a web page served as audio, not said") << HttpRoute {
            .body = "\n<!DOCTYPE html><html><body>Log in</body></html>", .contentType = "audio/mpeg"
        } << qint64(-1) << "web page" << 1 << false;
        QTest::addRow("a feed where the audio should be")
            << HttpRoute { .body = "<?xml version=\"1.0\"?><rss/>", .contentType = "audio/mpeg" }
            << qint64(-1) << "XML" << 1 << false;
        QTest::addRow("an error page") << HttpRoute { .status = 404, .body = "<html>Not here</html>" }
                                       << qint64(-1) << "404" << 1 << false;
        QTest::addRow("a zero-length file")
            << HttpRoute { .body = "" } << qint64(-1) << "empty" << 1 << false;
        QTest::addRow("the feed claims more than the free space")
            << HttpRoute { .body = audio } << (qint64(1) << 50) << "free space" << 0 << false;
        QTest::addRow("the server claims more than the free space")
            << HttpRoute { .body = audio, .contentLength = qint64(1) << 50, .stallAfter = 10 } << qint64(-1)
            << "free space" << 1 << false;
        QTest::addRow("cut every time: the part is kept")
            << HttpRoute { .body = audio, .etag = "\"a1\"", .cutAfter = 50'000 } << qint64(-1)
            << "Connection closed" << 4 << true;
        QTest::addRow("a server that stalls every time")
            << HttpRoute { .body = audio, .stallAfter = 0 } << qint64(-1) << "no data" << 4 << false;
        QTest::addRow("a server that is down (503), tried 4 times")
            << HttpRoute { .status = 503, .body = "busy" } << qint64(-1) << "503" << 4 << false;
    }
    void refuses()
    {
        QFETCH(HttpRoute, route);
        QFETCH(qint64, expectedBytes);
        QFETCH(QString, error);
        QFETCH(int, requests);
        QFETCH(bool, partKept);
        HttpTestServer server;
        server.route("/ep.mp3", route);
        const QString target = m_dir->filePath("Episode.mp3");
        const DownloadResult r
            = downloadNow({ .url = server.url("/ep.mp3"), .target = target, .expectedBytes = expectedBytes });
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(r.path.isEmpty());
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QFile::exists(Downloader::partPath(target)), partKept);
        QCOMPARE(server.requests().size(), requests);
        if (partKept)
            QVERIFY(!r.validator.isEmpty());
    }

    void neverOverwrites()
    {
        HttpTestServer server;
        server.route("/ep.mp3", HttpRoute { .body = audioBytes() });
        const QString target = m_dir->filePath("Mine.mp3");
        writeFile(target, "the listener's own file");
        const DownloadResult r = downloadNow({ .url = server.url("/ep.mp3"), .target = target });
        QVERIFY(r.error.contains("there already"));
        QCOMPARE(readAll(target), QByteArray("the listener's own file"));
        QCOMPARE(server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"

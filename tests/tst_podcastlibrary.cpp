// SPDX-License-Identifier: GPL-3.0-or-later
// The podcast library's whole path against a real HTTP server on loopback and a real SQLite file:
// subscribe, refresh (then 304), a show that moved, one show's failure kept on it while the others refresh,
// download with the best transcript and the chapters beside the audio (found by today's sidecar discovery),
// resumed after a cut; offline opens nothing. Names made safe from hostile titles.
#include "core/settings.h"
#include "core/sidecarfinder.h"
#include "episode/episodekey.h"
#include "httptestserver.h"
#include "library/fetcher.h"
#include "library/podcastlibrary.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;
using namespace hark::test;

namespace {

QByteArray audioBytes(int size = 200'000)
{
    return noiseBytes(size, 362436069u);
}

const QByteArray kSrt = "1\n00:00:00,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:02,000 --> 00:00:04,000\n"
                        "General Kenobi.\n";
const QByteArray kVtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nHello there.\n";
const QByteArray kChapters = "{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":0,\"title\":\"Start\"},"
                             "{\"startTime\":2,\"title\":\"Reply\"}]}";

/// A Podcasting 2.0 feed whose URLs point at @p server; @p episodes newest first ("ep-N").
QByteArray feedXml(
    const HttpTestServer &server, const QString &title, int episodes, const QString &extra = {})
{
    QString items;
    for (int n = episodes; n >= 1; --n) {
        items
            += QStringLiteral("<item><title>Episode %1: a/b \\ c?</title><guid>ep-%1</guid>"
                              "<pubDate>Mon, %2 Nov 2026 08:00:00 GMT</pubDate>"
                              "<enclosure url=\"%3\" type=\"audio/mpeg\" length=\"200000\"/>"
                              "<podcast:transcript url=\"%4\" type=\"text/vtt\"/>"
                              "<podcast:transcript url=\"%5\" type=\"application/x-subrip\" language=\"en\"/>"
                              "<podcast:transcript url=\"%6\" type=\"application/x-subrip\" language=\"fr\"/>"
                              "<podcast:chapters url=\"%7\" type=\"application/json+chapters\"/></item>")
                   .arg(n)
                   .arg(n + 1, 2, 10, QLatin1Char('0'))
                   .arg(server.url(QStringLiteral("/ep%1.mp3").arg(n)).toString(),
                       server.url(QStringLiteral("/ep%1.vtt").arg(n)).toString(),
                       server.url(QStringLiteral("/ep%1.srt").arg(n)).toString(),
                       server.url(QStringLiteral("/ep%1.fr.srt").arg(n)).toString(),
                       server.url(QStringLiteral("/ep%1.chapters.json").arg(n)).toString());
    }
    return QStringLiteral(
        "<?xml version=\"1.0\"?><rss version=\"2.0\" "
        "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\"><channel><title>%1</title>"
        "<language>en</language>%2%3</channel></rss>")
        .arg(title, extra, items)
        .toUtf8();
}

void serveEpisodes(HttpTestServer &server, int episodes)
{
    for (int n = 1; n <= episodes; ++n) {
        const QByteArray p = "/ep" + QByteArray::number(n);
        server.route(p + ".mp3",
            HttpRoute { .body = audioBytes(), .contentType = "audio/mpeg", .etag = "\"a\"", .ranges = true });
        server.route(p + ".srt", HttpRoute { .body = kSrt, .contentType = "application/x-subrip" });
        server.route(p + ".fr.srt", HttpRoute { .body = kSrt, .contentType = "application/x-subrip" });
        server.route(p + ".vtt", HttpRoute { .body = kVtt, .contentType = "text/vtt" });
        server.route(
            p + ".chapters.json", HttpRoute { .body = kChapters, .contentType = "application/json" });
    }
}

} // namespace

class TestPodcastLibrary : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<PodcastLibrary> m_library;

    qint64 subscribe(const QUrl &url, QString *error = nullptr)
    {
        QSignalSpy done(m_library.get(), &PodcastLibrary::subscribed);
        m_library->subscribe(url);
        if (!done.wait(20'000))
            return -1;
        if (error)
            *error = done.first().at(2).toString();
        return done.first().at(1).toLongLong();
    }
    /// Each show's (added, error) from one refresh.
    QHash<qint64, QPair<int, QString>> refresh()
    {
        QHash<qint64, QPair<int, QString>> out;
        connect(m_library.get(), &PodcastLibrary::showRefreshed, this,
            [&out](qint64 id, int added, const QString &error) {
                out.insert(id, { added, error });
            });
        QSignalSpy finished(m_library.get(), &PodcastLibrary::refreshFinished);
        m_library->refresh();
        finished.wait(30'000);
        disconnect(m_library.get(), &PodcastLibrary::showRefreshed, this, nullptr);
        return out;
    }
    /// (path, error)
    QPair<QString, QString> download(qint64 episodeId)
    {
        QSignalSpy done(m_library.get(), &PodcastLibrary::downloadFinished);
        m_library->download(episodeId);
        if (!done.wait(30'000))
            return { {}, QStringLiteral("test: not done in 30 s") };
        return { done.first().at(1).toString(), done.first().at(2).toString() };
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = LibraryDatabase::open(m_dir->filePath("library.sqlite"));
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        m_db = std::move(*opened.value);
        m_library = std::make_unique<PodcastLibrary>(*m_db, m_dir->filePath("Episodes"));
        m_library->fetcher().setProxy(QNetworkProxy::NoProxy);
    }
    void cleanup()
    {
        m_library.reset();
        m_db.reset();
        m_dir.reset();
    }

    void subscribeRefreshDownload()
    {
        HttpTestServer server;
        QByteArray feed = feedXml(server, "Loopback Show", 2);
        server.route("/feed.xml", [&feed](const HttpRequest &) {
            return HttpRoute { .body = feed,
                .contentType = "application/rss+xml",
                .etag = "\"" + QByteArray::number(qHash(feed)) + "\"" };
        });
        serveEpisodes(server, 3);

        QString error;
        const qint64 showId = subscribe(server.url("/feed.xml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(showId > 0);
        QCOMPARE(m_db->show(showId)->title, "Loopback Show");
        QCOMPARE(m_db->episodes(showId).size(), 2);

        // Unchanged: a 304, asked with the ETag.
        auto refreshed = refresh();
        QCOMPARE(refreshed.value(showId), qMakePair(-1, QString()));
        QCOMPARE(server.requests().last().headers.value("if-none-match"), m_db->show(showId)->etag);
        QCOMPARE(server.count("/feed.xml"), 2);

        // A new episode.
        feed = feedXml(server, "Loopback Show", 3);
        refreshed = refresh();
        QCOMPARE(refreshed.value(showId), qMakePair(1, QString()));
        const QList<LibraryDatabase::Episode> episodes = m_db->episodes(showId);
        QCOMPARE(episodes.size(), 3);
        QCOMPARE(episodes.first().guid, "ep-3");

        // The newest, downloaded with its transcript (English SRT, over WebVTT and French) and chapters.
        const auto [path, downloadError] = download(episodes.first().id);
        QVERIFY2(downloadError.isEmpty(), qPrintable(downloadError));
        QCOMPARE(path, m_dir->filePath("Episodes/Loopback Show/Episode 3 a b c.mp3"));
        QFile audio(path);
        QVERIFY(audio.open(QIODevice::ReadOnly));
        QCOMPARE(audio.readAll(), audioBytes());
        const LibraryDatabase::Episode stored = *m_db->episode(episodes.first().id);
        QCOMPARE(stored.download.state, "done");
        QCOMPARE(stored.download.path, path);
        QCOMPARE(stored.download.transcriptPath,
            m_dir->filePath("Episodes/Loopback Show/Episode 3 a b c.transcript.srt"));
        QCOMPARE(stored.download.chaptersPath,
            m_dir->filePath("Episodes/Loopback Show/Episode 3 a b c.chapters.json"));
        QCOMPARE(server.count("/ep3.srt"), 1);
        QCOMPARE(server.count("/ep3.vtt"), 0);
        QCOMPARE(server.count("/ep3.fr.srt"), 0);
        // Where the player looks: the transcript and the chapters are found beside the audio.
        const SidecarReport found = SidecarFinder::find(path, { "en" });
        QVERIFY(found.transcript >= 0);
        QCOMPARE(found.candidates[found.transcript].path, stored.download.transcriptPath);
        QVERIFY(found.chapters >= 0);
        QCOMPARE(found.candidates[found.chapters].path, stored.download.chaptersPath);

        // Asked twice while it downloads (Enter pressed twice): one download, one file.
        QSignalSpy finished(m_library.get(), &PodcastLibrary::downloadFinished);
        m_library->download(episodes[1].id);
        m_library->download(episodes[1].id);
        QVERIFY(finished.wait(20'000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server.count("/ep2.mp3"), 1);
        QVERIFY(!QFile::exists(m_dir->filePath("Episodes/Loopback Show/Episode 2 a b c (2).mp3")));

        // Asked again: it is there, nothing fetched.
        const int before = int(server.requests().size());
        QCOMPARE(download(episodes.first().id).first, path);
        QCOMPARE(server.requests().size(), before);
    }

    void aDownloadCutIsResumedNextTime()
    {
        HttpTestServer server;
        server.route("/feed.xml", HttpRoute { .body = feedXml(server, "Cut Show", 1) });
        serveEpisodes(server, 1);
        // The audio: every answer cut after 20 kB (four tries, each resuming: 80 kB), until the test lets it
        // through.
        bool cut = true;
        server.route("/ep1.mp3", [&cut](const HttpRequest &) {
            return HttpRoute {
                .body = audioBytes(), .etag = "\"a\"", .ranges = true, .cutAfter = cut ? 20'000 : -1
            };
        });
        const qint64 showId = subscribe(server.url("/feed.xml"));
        const qint64 episodeId = m_db->episodes(showId).first().id;
        auto [path, error] = download(episodeId);
        QVERIFY(!error.isEmpty());
        QVERIFY(path.isEmpty());
        LibraryDatabase::Episode e = *m_db->episode(episodeId);
        QCOMPARE(e.download.state, "failed");
        QCOMPARE(e.download.validator, QByteArray("\"a\""));
        QVERIFY(QFile::exists(e.download.path + ".part"));
        QVERIFY(!QFile::exists(e.download.path));

        cut = false;
        std::tie(path, error) = download(episodeId);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(path, e.download.path);
        QByteArray lastRange = "none";
        for (const HttpRequest &r : server.requests()) {
            if (r.path == "/ep1.mp3")
                lastRange = r.headers.value("range");
        }
        QCOMPARE(lastRange, QByteArray("bytes=80000-"));
        QFile audio(path);
        QVERIFY(audio.open(QIODevice::ReadOnly));
        QCOMPARE(audio.readAll(), audioBytes());
    }

    // Hark closing mid-download: the record stays "downloading" with the validator the server gave, the part
    // stays, and the next run's download goes on from it.
    void aDownloadStoppedByClosingGoesOnNextRun()
    {
        HttpTestServer server;
        server.route("/feed.xml", HttpRoute { .body = feedXml(server, "Closing Show", 1) });
        bool stall = true;
        server.route("/ep1.mp3", [&stall](const HttpRequest &) {
            return HttpRoute {
                .body = audioBytes(), .etag = "\"c\"", .ranges = true, .stallAfter = stall ? 60'000 : -1
            };
        });
        const qint64 showId = subscribe(server.url("/feed.xml"));
        const qint64 episodeId = m_db->episodes(showId).first().id;
        qint64 received = 0;
        connect(m_library.get(), &PodcastLibrary::downloadProgress, this,
            [&received](qint64, qint64 n, qint64) { received = n; });
        m_library->download(episodeId);
        QVERIFY(QTest::qWaitFor([&received] { return received >= 60'000; }, 10'000));
        m_library.reset(); // Hark closes
        const LibraryDatabase::Episode e = *m_db->episode(episodeId);
        QCOMPARE(e.download.state, "downloading");
        QCOMPARE(e.download.validator, QByteArray("\"c\""));
        QCOMPARE(QFileInfo(e.download.path + ".part").size(), 60'000);

        stall = false;
        m_library = std::make_unique<PodcastLibrary>(*m_db, m_dir->filePath("Episodes"));
        m_library->fetcher().setProxy(QNetworkProxy::NoProxy);
        const auto [path, error] = download(episodeId);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(path, e.download.path);
        QList<HttpRequest> asked; // for the audio (the transcript and chapters follow it)
        for (const HttpRequest &r : server.requests())
            if (r.path == "/ep1.mp3")
                asked.append(r);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().headers.value("range"), QByteArray("bytes=60000-"));
        QCOMPARE(asked.last().headers.value("if-range"), QByteArray("\"c\""));
        QFile audio(path);
        QVERIFY(audio.open(QIODevice::ReadOnly));
        QCOMPARE(audio.readAll(), audioBytes());
    }

    void showsThatMove_data()
    {
        QTest::addColumn<int>("status"); // of the redirect; 0: itunes:new-feed-url in the feed instead
        QTest::addColumn<bool>("follows");
        QTest::addRow("301") << 301 << true;
        QTest::addRow("308") << 308 << true;
        QTest::addRow("302") << 302 << false;
        QTest::addRow("307") << 307 << false;
        QTest::addRow("itunes:new-feed-url") << 0 << true;
    }
    void showsThatMove()
    {
        QFETCH(int, status);
        QFETCH(bool, follows);
        HttpTestServer server;
        server.route("/old.xml", HttpRoute { .body = feedXml(server, "Moving Show", 1) });
        const qint64 showId = subscribe(server.url("/old.xml"));
        QVERIFY(showId > 0);
        if (status)
            server.route("/old.xml", HttpRoute { .status = status, .location = "/new.xml" });
        else
            server.route("/old.xml",
                HttpRoute {
                    .body = feedXml(server, "Moving Show", 1,
                        "<itunes:new-feed-url xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
                            + server.url("/new.xml").toString() + "</itunes:new-feed-url>") });
        server.route("/new.xml", HttpRoute { .body = feedXml(server, "Moving Show", 2) });
        refresh();
        QCOMPARE(m_db->show(showId)->feedUrl, server.url(follows ? "/new.xml" : "/old.xml").toString());
        QCOMPARE(m_db->shows().size(), 1);
    }

    void oneShowFailingKeepsItsErrorOthersRefresh()
    {
        HttpTestServer server;
        server.route("/good.xml", HttpRoute { .body = feedXml(server, "Good Show", 1) });
        server.route("/bad.xml", HttpRoute { .body = feedXml(server, "Bad Show", 1) });
        server.route("/bomb.xml", HttpRoute { .body = feedXml(server, "Broken Show", 1) });
        const qint64 good = subscribe(server.url("/good.xml"));
        const qint64 bad = subscribe(server.url("/bad.xml"));
        const qint64 broken = subscribe(server.url("/bomb.xml"));
        QCOMPARE(m_db->shows().size(), 3);
        server.route("/good.xml", HttpRoute { .body = feedXml(server, "Good Show", 2) });
        server.route("/bad.xml", HttpRoute { .status = 404, .body = "<html>gone</html>" });
        server.route("/bomb.xml", HttpRoute { .body = "<html><body>Not a feed" });
        const auto refreshed = refresh();
        QCOMPARE(refreshed.size(), 3);
        QCOMPARE(refreshed.value(good), qMakePair(1, QString()));
        QVERIFY(refreshed.value(bad).second.contains("404"));
        QVERIFY(!refreshed.value(broken).second.isEmpty());
        QVERIFY(m_db->show(bad)->error.contains("404"));
        QVERIFY(!m_db->show(broken)->error.isEmpty());
        QVERIFY(m_db->show(good)->error.isEmpty());
        // What they had is kept.
        QCOMPARE(m_db->episodes(bad).size(), 1);
        QCOMPARE(m_db->episodes(broken).size(), 1);
        QCOMPARE(m_db->show(bad)->title, "Bad Show");
    }

    void hostileEnclosures_data()
    {
        QTest::addColumn<QString>("enclosure");
        QTest::addColumn<QString>("error");
        QTest::addRow("file:") << "file:///etc/passwd"
                               << "only http and https";
        QTest::addRow("no audio") << ""
                                  << "no audio";
        QTest::addRow("a web page") << "/page.html"
                                    << "web page";
    }
    void hostileEnclosures()
    {
        QFETCH(QString, enclosure);
        QFETCH(QString, error);
        HttpTestServer server;
        server.route("/page.html",
            HttpRoute { .body = "<!DOCTYPE html><html>Buy now</html>", .contentType = "text/html" });
        const QString url = enclosure.startsWith('/') ? server.url(enclosure).toString() : enclosure;
        const QString item
            = QStringLiteral("<item><title>../../../etc/passwd</title><guid>x</guid>%1</item>")
                  .arg(url.isEmpty()
                          ? QString()
                          : QStringLiteral("<enclosure url=\"%1\" type=\"audio/mpeg\"/>").arg(url));
        server.route("/feed.xml",
            HttpRoute {
                .body = QStringLiteral("<rss version=\"2.0\"><channel><title>/etc</title>%1</channel></rss>")
                            .arg(item)
                            .toUtf8() });
        const qint64 showId = subscribe(server.url("/feed.xml"));
        const auto [path, got] = download(m_db->episodes(showId).first().id);
        QVERIFY2(got.contains(error), qPrintable(got));
        QVERIFY(path.isEmpty());
        // Nothing was written outside the downloads folder, and nothing counted as downloaded.
        QVERIFY(!QFile::exists(m_dir->filePath("etc")));
        QVERIFY(m_db->episodes(showId).first().download.state != "done");
    }

    // An untimed transcript is aligned right after its episode downloads, and kept where the player looks;
    // unless the listener opens the episode meanwhile: the player aligns it then, and the library stops.
    void anUntimedTranscriptIsAlignedAfterTheDownload_data()
    {
        QTest::addColumn<bool>("leftToPlayer");
        QTest::addRow("by the library") << false;
        QTest::addRow("left to the player, which opened it") << true;
    }
    void anUntimedTranscriptIsAlignedAfterTheDownload()
    {
        QFETCH(bool, leftToPlayer);
        HttpTestServer server;
        QFile audio(QFINDTESTDATA("../resources/sample/welcome.mp3"));
        QFile text(QFINDTESTDATA("data/feeds/welcome.txt"));
        QVERIFY(audio.open(QIODevice::ReadOnly) && text.open(QIODevice::ReadOnly));
        server.route("/welcome.mp3", HttpRoute { .body = audio.readAll(), .contentType = "audio/mpeg" });
        server.route("/welcome.txt", HttpRoute { .body = text.readAll(), .contentType = "text/plain" });
        server.route("/feed.xml",
            HttpRoute {
                .body = QStringLiteral(
                    "<rss version=\"2.0\" xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">"
                    "<channel><title>Samples</title><language>en</language><item><title>Welcome</title>"
                    "<guid>w</guid><enclosure url=\"%1\" type=\"audio/mpeg\"/><podcast:transcript "
                    "url=\"%2\" type=\"text/plain\"/></item></channel></rss>")
                            .arg(server.url("/welcome.mp3").toString(), server.url("/welcome.txt").toString())
                            .toUtf8() });
        const qint64 showId = subscribe(server.url("/feed.xml"));
        const qint64 episodeId = m_db->episodes(showId).first().id;
        QSignalSpy aligned(m_library.get(), &PodcastLibrary::alignmentFinished);
        QSignalSpy progress(m_library.get(), &PodcastLibrary::alignmentProgress);
        const auto [path, error] = download(episodeId);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_library->aligning(), episodeId);
        if (leftToPlayer)
            m_library->leaveAlignmentTo(path);
        QVERIFY(aligned.wait(120'000));
        QCOMPARE(aligned.first().at(0).toLongLong(), episodeId);
        QVERIFY2(aligned.first().at(2).toString().isEmpty(), qPrintable(aligned.first().at(2).toString()));
        const QString kept = aligned.first().at(1).toString();
        if (leftToPlayer) {
            QCOMPARE(kept, QString());
            QVERIFY(!QFile::exists(m_dir->filePath("Episodes/Samples/Welcome.hark.vtt")));
            QCOMPARE(m_library->aligning(), qint64(0));
            return;
        }
        QCOMPARE(kept, m_dir->filePath("Episodes/Samples/Welcome.hark.vtt"));
        QVERIFY(progress.size() > 0);
        QCOMPARE(m_library->aligning(), qint64(0));
        // The player's discovery takes the aligned cache over the untimed text.
        const SidecarReport found = SidecarFinder::find(path, { "en" });
        QVERIFY(found.transcript >= 0);
        QVERIFY(found.candidates[found.transcript].isCache);
        QCOMPARE(found.candidates[found.transcript].timing, Timing::Words);
    }

    // Retention: the newest N a show, then a size limit, oldest first; never what the listener keeps.
    void retention_data()
    {
        QTest::addColumn<int>("keepLatest"); // 0: all
        QTest::addColumn<qint64>("limitMb"); // 0: none
        QTest::addColumn<QString>("kept"); // how each of episodes 4 (newest) to 1 is kept: s star, b
                                           // bookmark, p in progress, f heard to the end, - nothing; B and
                                           // P: a bookmark, in progress, as the settings kept them before
                                           // the library (carried in); m: in progress, remembered from
                                           // another path, its download without a key (an older library)
        QTest::addColumn<QString>("left"); // which downloads stay, newest first: 1 stays, 0 deleted
        QTest::addRow("no rules: all stay") << 0 << qint64(0) << "----"
                                            << "1111";
        QTest::addRow("the newest two") << 2 << qint64(0) << "----"
                                        << "1100";
        QTest::addRow("the newest two, but a starred one stays") << 2 << qint64(0) << "---s"
                                                                 << "1101";
        QTest::addRow("the newest one, bookmarks and progress stay") << 1 << qint64(0) << "-bp-"
                                                                     << "1110";
        QTest::addRow("heard to the end is not in progress") << 1 << qint64(0) << "--f-"
                                                             << "1000";
        QTest::addRow("bookmarks and progress kept by the settings are carried in")
            << 1 << qint64(0) << "-BP-"
            << "1110";
        QTest::addRow("an older download without a key is found by its audio") << 1 << qint64(0) << "--m-"
                                                                               << "1010";
        QTest::addRow("1 MB for four of 400 kB: the oldest two go") << 0 << qint64(1) << "----"
                                                                    << "1100";
        QTest::addRow("1 MB, the oldest starred: the next oldest go") << 0 << qint64(1) << "---s"
                                                                      << "1001";
    }
    void retention()
    {
        QFETCH(int, keepLatest);
        QFETCH(qint64, limitMb);
        QFETCH(QString, kept);
        QFETCH(QString, left);
        HttpTestServer server;
        QString items;
        for (int n = 4; n >= 1; --n) {
            items += QStringLiteral(
                "<item><title>E%1</title><guid>e%1</guid><pubDate>Mon, 0%1 Nov 2026 08:00:00 GMT"
                "</pubDate><itunes:duration>10:00</itunes:duration><enclosure url=\"%2\" "
                "type=\"audio/mpeg\"/></item>")
                         .arg(n)
                         .arg(server.url(QStringLiteral("/e%1.mp3").arg(n)).toString());
            QByteArray bytes = audioBytes(400'000);
            bytes[100] = char(n); // each its own file, with its own episode key
            server.route("/e" + QByteArray::number(n) + ".mp3", HttpRoute { .body = bytes });
        }
        server.route("/feed.xml",
            HttpRoute {
                .body = QStringLiteral("<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/"
                                       "podcast-1.0.dtd\"><channel><title>Kept</title>%1</channel></rss>")
                            .arg(items)
                            .toUtf8() });
        const qint64 showId = subscribe(server.url("/feed.xml"));
        const QList<LibraryDatabase::Episode> episodes = m_db->episodes(showId); // newest first
        QCOMPARE(episodes.size(), 4);
        Settings settings(m_dir->filePath("hark.ini"));
        for (int i = 0; i < 4; ++i) {
            const auto [path, error] = download(episodes[i].id);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QString key = episodeKey(path);
            switch (kept[i].toLatin1()) {
            case 's':
                m_db->setStarred(episodes[i].id, true);
                break;
            case 'b':
                m_library->setBookmarks(key, { Bookmark { 5000, "here" } });
                break;
            case 'p':
                m_library->setEpisode(key, EpisodeMemory { .position = 120'000, .path = path });
                break;
            case 'f':
                m_library->setEpisode(key, EpisodeMemory { .position = 590'000, .path = path });
                break;
            case 'B':
                settings.setBookmarks(key, { Bookmark { 5000, "here" } });
                break;
            case 'P':
                settings.setEpisode(key, EpisodeMemory { .position = 120'000, .path = path });
                break;
            case 'm': {
                QVERIFY(
                    m_db->setMemory(key, EpisodeMemory { .position = 120'000, .path = "/elsewhere/e.mp3" })
                        .ok());
                LibraryDatabase::Download d = m_db->episode(episodes[i].id)->download;
                QCOMPARE(d.key, key); // the library kept it on downloading
                d.key.clear();
                QVERIFY(m_db->setDownload(episodes[i].id, d).ok());
                break;
            }
            }
        }
        const auto carried = m_db->importListeningMemory(settings, settings.rememberedEpisodes());
        QVERIFY2(carried.ok(), qPrintable(carried.error));
        QCOMPARE(*carried.value, int(kept.count('B') + kept.count('P')));
        m_db->setKeepLatest(showId, keepLatest);
        settings.setDownloadsLimitMb(limitMb);
        m_library->applyRetention(settings);
        QString found;
        for (const LibraryDatabase::Episode &e : m_db->episodes(showId)) {
            const bool there = e.download.state == "done" && QFile::exists(e.download.path);
            QCOMPARE(there || e.download.state.isEmpty(), true); // deleted means no record, no file
            found += there ? '1' : '0';
        }
        QCOMPARE(found, left);
        // What was deleted can be downloaded again.
        if (left.contains('0')) {
            const qsizetype gone = left.lastIndexOf('0');
            const auto again = download(m_db->episodes(showId)[gone].id);
            QVERIFY2(again.second.isEmpty(), qPrintable(again.second));
        }
    }

    void offlineOpensNothing()
    {
        HttpTestServer server;
        server.route("/feed.xml", HttpRoute { .body = feedXml(server, "Show", 1) });
        serveEpisodes(server, 1);
        const qint64 showId = subscribe(server.url("/feed.xml"));
        const int before = int(server.requests().size());
        m_library->setOffline(true);
        const auto refreshed = refresh();
        QVERIFY(refreshed.value(showId).second.contains("offline"));
        QVERIFY(download(m_db->episodes(showId).first().id).second.contains("offline"));
        QString error;
        subscribe(server.url("/other.xml"), &error);
        QVERIFY(error.contains("offline"));
        QCOMPARE(server.requests().size(), before);
        // What the library knows is still there.
        QCOMPARE(m_db->episodes(showId).size(), 1);
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "Episode 12: Tides"
                               << "Episode 12 Tides";
        QTest::addRow("parent folders") << "../../etc/passwd"
                                        << "etc passwd";
        QTest::addRow("only dots") << ".."
                                   << "Untitled";
        QTest::addRow("absolute") << "/root/.ssh"
                                  << "root .ssh";
        QTest::addRow("Windows") << "C:\\Windows\\a*b?\"<>|"
                                 << "C Windows a b";
        QTest::addRow("hidden") << ".bashrc"
                                << "bashrc";
        QTest::addRow("control characters") << QString("a\nb\tc") + QChar(0) + "d"
                                            << "a b c d";
        QTest::addRow("bidi override") << "evil\u202Egpj.mp3"
                                       << "evil gpj.mp3";
        QTest::addRow("trailing dots") << "Wait..."
                                       << "Wait";
        QTest::addRow("empty") << ""
                               << "Untitled";
        QTest::addRow("long, cut at a character")
            << QString(200, QChar(0x00E9)) << QString(60, QChar(0x00E9));
        QTest::addRow("emoji kept whole")
            << QString(59, 'a') + QString::fromUtf8("\xF0\x9F\x8E\xA7\xF0\x9F\x8E\xA7") + QString(60, 'b')
            << QString(59, 'a') + QString::fromUtf8("\xF0\x9F\x8E\xA7\xF0\x9F\x8E\xA7") + QString(53, 'b');
    }
    void safeNames()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        const QString name = PodcastLibrary::safeName(title);
        QCOMPARE(name, expected);
        QVERIFY(name.toUtf8().size() <= 120);
    }

    void bestTranscript_data()
    {
        QTest::addColumn<QList<FeedTranscript>>("transcripts");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("expected");
        const FeedTranscript json { "a.json", "application/json", "en", "" };
        const FeedTranscript srt { "a.srt", "application/x-subrip", "en", "captions" };
        const FeedTranscript vtt { "a.vtt", "text/vtt", "", "captions" };
        const FeedTranscript html { "a.html", "text/html", "en", "" };
        const FeedTranscript text { "a.txt", "text/plain", "en", "" };
        const FeedTranscript frenchJson { "fr.json", "application/json", "fr", "" };
        const FeedTranscript pdf { "a.pdf", "application/pdf", "en", "" };
        QTest::addRow("JSON over all") << QList<FeedTranscript> { text, html, vtt, srt, json } << "en" << 4;
        QTest::addRow("SRT over WebVTT") << QList<FeedTranscript> { vtt, srt } << "en" << 1;
        QTest::addRow("WebVTT over HTML") << QList<FeedTranscript> { html, vtt } << "en" << 1;
        QTest::addRow("HTML over text") << QList<FeedTranscript> { text, html } << "en" << 1;
        QTest::addRow("the show's language first")
            << QList<FeedTranscript> { frenchJson, text } << "en-US" << 1;
        QTest::addRow("another language rather than none")
            << QList<FeedTranscript> { frenchJson } << "en" << 0;
        QTest::addRow("a type Hark cannot read") << QList<FeedTranscript> { pdf } << "en" << -1;
        QTest::addRow("none") << QList<FeedTranscript> {} << "en" << -1;
    }
    void bestTranscript()
    {
        QFETCH(QList<FeedTranscript>, transcripts);
        QFETCH(QString, language);
        QFETCH(int, expected);
        QCOMPARE(PodcastLibrary::bestTranscript(transcripts, language), expected);
    }
};

QTEST_GUILESS_MAIN(TestPodcastLibrary)
#include "tst_podcastlibrary.moc"

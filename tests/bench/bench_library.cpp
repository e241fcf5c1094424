// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the podcast library against a loopback HTTP server running in a thread of its own (the tests'
// HttpTestServer: 127.0.0.1, port 0):
//   - refreshing 200 subscriptions, most of them unchanged (a 304), a few with a new episode;
//   - the Library view over a show of 20,000 episodes: opened (the models filled and the first frame drawn),
//     and scrolled a screenful at a time (the time of each frame drawn);
//   - downloading one large file, beside curl downloading the same file from the same server.
//
//   bench_library            full run (200 shows, 20,000 episodes, 256 MB)
//   bench_library --quick    small sizes, no targets (CI)
#include "core/settings.h"
#include "fakebackend.h"
#include "httptestserver.h"
#include "library/downloader.h"
#include "library/fetcher.h"
#include "library/podcastlibrary.h"
#include "library/upnext.h"
#include "ui/librarymodels.h"
#include "ui/librarypanel.h"
#include "usage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTreeView>

#include <algorithm>
#include <vector>

using namespace hark;
using namespace hark::test;

namespace {

/// The server, in a thread of its own (so that its work is not counted as the client's).
class ServerThread
{
public:
    ServerThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        run([this] { m_server = new HttpTestServer; });
    }
    ~ServerThread()
    {
        QThread *home = QThread::currentThread();
        run([this, home] {
            delete m_server;
            m_context.moveToThread(home); // pushed back from its own thread, before that thread ends
        });
        m_thread.quit();
        m_thread.wait();
    }
    template<typename F> void run(F &&f)
    {
        QMetaObject::invokeMethod(&m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }
    HttpTestServer &server() { return *m_server; }

private:
    QThread m_thread;
    QObject m_context;
    HttpTestServer *m_server = nullptr;
};

QByteArray feedXml(int show, int episodes, int extra)
{
    QByteArray items;
    for (int n = episodes + extra; n >= 1; --n)
        items += "<item><title>Episode " + QByteArray::number(n) + "</title><guid>s"
            + QByteArray::number(show) + "-" + QByteArray::number(n)
            + "</guid><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate>"
            + "<enclosure url=\"https://example.org/" + QByteArray::number(n)
            + ".mp3\" type=\"audio/mpeg\"/></item>";
    return "<rss version=\"2.0\"><channel><title>Show " + QByteArray::number(show) + "</title>" + items
        + "</channel></rss>";
}

template<typename F> bool waitUntil(F &&done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int shows = quick ? 20 : 200;
    const int changed = quick ? 2 : 10;
    const int bigShow = quick ? 2000 : 20'000;
    const qsizetype fileBytes = quick ? (16 << 20) : (256 << 20);
    QTextStream out(stdout);
    QTemporaryDir dir;
    bool ok = true;
    auto row = [&](const QString &what, double value, double target, const char *unit) {
        const bool within = quick || target <= 0 || value <= target;
        ok = ok && within;
        out << what.leftJustified(58) << QString::number(value, 'f', 1).rightJustified(9) << ' '
            << QString::fromLatin1(unit).leftJustified(5);
        if (target > 0 && !quick)
            out << "  target <= " << target << ' ' << unit << (within ? "" : "   OVER");
        out << '\n';
        out.flush();
    };

    ServerThread serverThread;
    HttpTestServer &server = serverThread.server();

    // 1. Refresh: every show subscribed (not measured), then refreshed with most unchanged.
    {
        auto opened = LibraryDatabase::open(dir.filePath(QStringLiteral("refresh.sqlite")));
        PodcastLibrary library(**opened.value, dir.filePath(QStringLiteral("Episodes")));
        library.fetcher().setProxy(QNetworkProxy::NoProxy);
        serverThread.run([&] {
            for (int s = 0; s < shows; ++s) {
                const QByteArray body = feedXml(s, 50, 0);
                server.route("/f" + QByteArray::number(s) + ".xml",
                    HttpRoute { .body = body, .etag = "\"" + QByteArray::number(qHash(body)) + "\"" });
            }
        });
        int subscribed = 0;
        QObject::connect(
            &library, &PodcastLibrary::subscribed, [&](const QUrl &, qint64, const QString &error) {
                if (!error.isEmpty())
                    out << "subscribe: " << error << '\n';
                ++subscribed;
            });
        for (int s = 0; s < shows; ++s)
            library.subscribe(server.url(QStringLiteral("/f%1.xml").arg(s)));
        if (!waitUntil([&] { return subscribed == shows; }, 120'000))
            return 1;
        serverThread.run([&] {
            for (int s = 0; s < changed; ++s) {
                const QByteArray body = feedXml(s, 50, 1);
                server.route("/f" + QByteArray::number(s) + ".xml",
                    HttpRoute { .body = body, .etag = "\"" + QByteArray::number(qHash(body)) + "\"" });
            }
        });
        int unchanged = 0, added = 0, failed = 0;
        bool finished = false;
        QObject::connect(&library, &PodcastLibrary::showRefreshed, [&](qint64, int n, const QString &error) {
            failed += !error.isEmpty();
            unchanged += n < 0;
            added += std::max(n, 0);
        });
        QObject::connect(&library, &PodcastLibrary::refreshFinished, [&] { finished = true; });
        QElapsedTimer timer;
        timer.start();
        library.refresh();
        waitUntil([&] { return finished; }, 120'000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        out << "Refresh: " << shows << " shows, " << unchanged << " unchanged (304), " << added
            << " new episodes, " << failed << " failed\n";
        if (unchanged != shows - changed || added != changed || failed)
            ok = false;
        row(QStringLiteral("Refresh %1 subscriptions on loopback").arg(shows), ms, 3000, "ms");
    }

    // 2. The Library view over one show of many episodes.
    {
        auto opened = LibraryDatabase::open(dir.filePath(QStringLiteral("view.sqlite")));
        LibraryDatabase &db = **opened.value;
        Feed feed;
        feed.title = QStringLiteral("A Very Long-Running Show");
        for (int n = bigShow; n >= 1; --n) {
            FeedEpisode e;
            e.guid = QString::number(n);
            e.title = QStringLiteral("Episode %1: on the subject of things that were said").arg(n);
            e.published = QDateTime(QDate(2000, 1, 1), QTime(8, 0), Qt::UTC).addDays(n);
            e.durationMs = 3'600'000 + n;
            e.enclosureUrl = QStringLiteral("https://example.org/%1.mp3").arg(n);
            e.transcripts.append({ QStringLiteral("https://example.org/%1.vtt").arg(n),
                QStringLiteral("text/vtt"), QString(), QStringLiteral("captions") });
            feed.episodes.append(e);
        }
        db.storeFeed(QStringLiteral("https://example.org/feed.xml"), feed);
        PodcastLibrary library(db, dir.filePath(QStringLiteral("Episodes")));
        Settings settings(dir.filePath(QStringLiteral("hark.ini")));
        PlayerSession session(std::make_unique<FakeBackend>(), settings);
        UpNext upNext(library, session);
        const auto open = [&] {
            auto panel = std::make_unique<LibraryPanel>(library, upNext, settings);
            panel->resize(500, 900);
            panel->show();
            panel->grab(); // the first frame, drawn
            return panel;
        };
        std::unique_ptr<LibraryPanel> panel;
        const double openMs = bench::medianMs(quick ? 1 : 7, [&] { panel = open(); });
        out << "Library view: " << panel->episodeModel()->rowCount() << " episodes in the show\n";
        ok = ok && panel->episodeModel()->rowCount() == bigShow;
        row(QStringLiteral("Library view: open with %1 episodes (median)").arg(bigShow), openMs, 300, "ms");
        QTreeView *view = panel->episodesView();
        QScrollBar *bar = view->verticalScrollBar();
        std::vector<double> frames;
        for (int i = 0; i < (quick ? 50 : 400); ++i) {
            QElapsedTimer t;
            t.start();
            bar->setValue(bar->value() + bar->pageStep());
            view->viewport()->grab();
            frames.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(frames.begin(), frames.end());
        row(QStringLiteral("Library view: scroll a screenful, median frame"), frames[frames.size() / 2], 8,
            "ms");
        row(QStringLiteral("Library view: scroll a screenful, p95 frame"), frames[frames.size() * 95 / 100],
            8, "ms");
    }

    // 3. Download throughput: Hark's Downloader against curl, the same file from the same server.
    {
        QByteArray big(fileBytes, Qt::Uninitialized);
        quint32 x = 2463534242u;
        for (qsizetype i = 0; i < big.size(); i += 4) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            memcpy(big.data() + i, &x, 4);
        }
        serverThread.run(
            [&] { server.route("/big.mp3", HttpRoute { .body = big, .contentType = "audio/mpeg" }); });
        big.clear();
        const QString url = server.url(QStringLiteral("/big.mp3")).toString();
        const double mb = double(fileBytes) / (1 << 20);
        std::vector<double> hark, curl;
        Fetcher fetcher;
        fetcher.setProxy(QNetworkProxy::NoProxy);
        Downloader downloader(&fetcher);
        const QString curlPath = QStandardPaths::findExecutable(QStringLiteral("curl"));
        for (int run = 0; run < (quick ? 1 : 5); ++run) {
            const QString target = dir.filePath(QStringLiteral("big-%1.mp3").arg(run));
            bool done = false;
            QString error;
            QElapsedTimer t;
            t.start();
            downloader.download({ .url = QUrl(url), .target = target }, [&](const DownloadResult &r) {
                done = true;
                error = r.error;
            });
            waitUntil([&] { return done; }, 300'000);
            hark.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!error.isEmpty() || QFileInfo(target).size() != fileBytes) {
                out << "download failed: " << error << '\n';
                ok = false;
            }
            QFile::remove(target);
            if (!curlPath.isEmpty()) {
                QProcess p;
                t.restart();
                p.start(curlPath,
                    { QStringLiteral("-s"), QStringLiteral("--noproxy"), QStringLiteral("*"),
                        QStringLiteral("-o"), target, url });
                waitUntil([&] { return p.state() == QProcess::NotRunning; }, 300'000);
                curl.push_back(double(t.nsecsElapsed()) / 1e6);
                QFile::remove(target);
            }
        }
        std::sort(hark.begin(), hark.end());
        const double harkMbs = mb / (hark[hark.size() / 2] / 1000);
        row(QStringLiteral("Download %1 MB on loopback: Hark, median").arg(mb), harkMbs, 0, "MB/s");
        if (!curl.empty()) {
            std::sort(curl.begin(), curl.end());
            const double curlMbs = mb / (curl[curl.size() / 2] / 1000);
            row(QStringLiteral("Download %1 MB on loopback: curl, median").arg(mb), curlMbs, 0, "MB/s");
            const double behind = 100.0 * (1.0 - harkMbs / curlMbs);
            row(QStringLiteral("Hark behind curl"), std::max(0.0, behind), 20, "%");
        } else {
            out << "curl not found: no comparison\n";
            ok = ok && quick;
        }
    }
    return ok ? 0 : 1;
}

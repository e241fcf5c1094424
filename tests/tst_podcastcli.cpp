// SPDX-License-Identifier: GPL-3.0-or-later
// The podcast verbs of the real `hark` binary against a loopback HTTP server, with the library in a
// temporary XDG_DATA_HOME: subscribe → refresh (unchanged: 304) → episodes → download the newest with its
// transcript → episodes again → OPML out and back → unsubscribe; a feed fetched by address; the exit codes.
#include "httptestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hark::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QByteArray kSrt = "1\n00:00:00,000 --> 00:00:02,000\nHello there.\n";

QByteArray audioBytes()
{
    return noiseBytes(150'000, 521288629u);
}

} // namespace

class TestPodcastCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home; ///< XDG_DATA_HOME and XDG_CONFIG_HOME, a new one for each test

    /// Runs hark while this process's event loop keeps serving the loopback server.
    Run hark(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_DATA_HOME", m_home->filePath("data"));
        env.insert("XDG_CONFIG_HOME", m_home->filePath("config"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HARK_BINARY), args);
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60'000)) {
            p.kill();
            p.waitForFinished();
            return { -3, {}, QStringLiteral("hark did not finish") };
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QByteArray feed(const HttpTestServer &server, int episodes)
    {
        QString items;
        for (int n = episodes; n >= 1; --n)
            items += QStringLiteral("<item><title>Episode %1</title><guid>cli-%1</guid>"
                                    "<pubDate>Mon, %2 Nov 2026 08:00:00 GMT</pubDate>"
                                    "<enclosure url=\"%3\" type=\"audio/mpeg\"/>"
                                    "<podcast:transcript url=\"%4\" type=\"application/x-subrip\"/></item>")
                         .arg(n)
                         .arg(n + 1, 2, 10, QLatin1Char('0'))
                         .arg(server.url(QStringLiteral("/%1.mp3").arg(n)).toString(),
                             server.url(QStringLiteral("/%1.srt").arg(n)).toString());
        return QStringLiteral("<rss version=\"2.0\" xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">"
                              "<channel><title>CLI Show</title><language>en</language>%1</channel></rss>")
            .arg(items)
            .toUtf8();
    }

private Q_SLOTS:
    void init() { m_home = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_home.reset(); }

    void wholePath()
    {
        HttpTestServer server;
        server.route("/feed.xml", HttpRoute { .body = feed(server, 2), .etag = "\"f1\"" });
        for (int n = 1; n <= 2; ++n) {
            server.route("/" + QByteArray::number(n) + ".mp3",
                HttpRoute { .body = audioBytes(), .contentType = "audio/mpeg" });
            server.route("/" + QByteArray::number(n) + ".srt",
                HttpRoute { .body = kSrt, .contentType = "application/x-subrip" });
        }
        const QString feedUrl = server.url("/feed.xml").toString();

        Run r = hark({ "feed", feedUrl, "--json" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("episodes").toArray().size(), 2);

        r = hark({ "subscribe", feedUrl });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Subscribed to CLI Show (2 episodes)"), qPrintable(r.out));
        QVERIFY(QFile::exists(m_home->filePath("data/Hark/hark/library.sqlite")));

        r = hark({ "refresh" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("CLI Show: unchanged"), qPrintable(r.out));
        QCOMPARE(server.requests().last().headers.value("if-none-match"), QByteArray("\"f1\""));

        r = hark({ "episodes", "--json" });
        QCOMPARE(r.exitCode, 0);
        QJsonArray episodes = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(episodes.size(), 2);
        QCOMPARE(episodes[0].toObject().value("guid").toString(), "cli-2");
        QCOMPARE(episodes[0].toObject().value("state").toString(), "new");
        QVERIFY(episodes[0].toObject().value("file").isNull());

        r = hark({ "download", "--latest", "1" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString file = m_home->filePath("data/Hark/hark/Episodes/CLI Show/Episode 2.mp3");
        QCOMPARE(r.out.trimmed(), file);
        QVERIFY(QFile::exists(file));
        QVERIFY(QFile::exists(m_home->filePath("data/Hark/hark/Episodes/CLI Show/Episode 2.transcript.srt")));

        r = hark({ "episodes", "--json" });
        episodes = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(episodes[0].toObject().value("state").toString(), "downloaded");
        QCOMPARE(episodes[0].toObject().value("file").toString(), file);
        QCOMPARE(episodes[1].toObject().value("state").toString(), "new");

        r = hark({ "download", "cli-1" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(m_home->filePath("data/Hark/hark/Episodes/CLI Show/Episode 1.mp3")));

        const QString opml = m_home->filePath("subscriptions.opml");
        r = hark({ "opml", "export", opml });
        QCOMPARE(r.exitCode, 0);
        QFile exported(opml);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains(server.url("/feed.xml").toEncoded()));

        r = hark({ "unsubscribe", "cli show" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = hark({ "episodes", "--json" });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        QVERIFY(QFile::exists(file)); // the listener's files stay

        r = hark({ "opml", "import", opml });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Subscribed to CLI Show"));
    }

    // The downloads folder the listener chose in the window (kept in the settings) is where the command line
    // downloads too.
    void downloadsGoToTheFolderChosen()
    {
        HttpTestServer server;
        server.route("/feed.xml", HttpRoute { .body = feed(server, 1) });
        server.route("/1.mp3", HttpRoute { .body = audioBytes(), .contentType = "audio/mpeg" });
        server.route("/1.srt", HttpRoute { .body = kSrt, .contentType = "application/x-subrip" });
        const QString chosen = m_home->filePath("elsewhere");
        QVERIFY(QDir().mkpath(chosen) && QDir().mkpath(m_home->filePath("config/Hark")));
        QFile conf(m_home->filePath("config/Hark/hark.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[library]\ndownloadsFolder=" + chosen.toUtf8() + "\n");
        conf.close();
        Run r = hark({ "subscribe", server.url("/feed.xml").toString() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = hark({ "download", "--latest", "1" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), chosen + "/CLI Show/Episode 1.mp3");
        QVERIFY(QFile::exists(chosen + "/CLI Show/Episode 1.mp3"));
    }

    // With no network at all (the server gone): what was downloaded is read, listed and found as before; a
    // refresh says why it failed, and the library keeps what it had.
    void afterwardsWithNoNetwork()
    {
        QString file;
        {
            HttpTestServer server;
            server.route("/feed.xml", HttpRoute { .body = feed(server, 1) });
            server.route("/1.mp3", HttpRoute { .body = audioBytes(), .contentType = "audio/mpeg" });
            server.route("/1.srt", HttpRoute { .body = kSrt, .contentType = "application/x-subrip" });
            const Run s = hark({ "subscribe", server.url("/feed.xml").toString() });
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            const Run r = hark({ "download", "--latest", "1" });
            QCOMPARE(r.exitCode, 0);
            file = r.out.trimmed();
        }
        Run r = hark({ "episodes", "--json" });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject e = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(e.value("state").toString(), "downloaded");
        QCOMPARE(e.value("file").toString(), file);
        // The player's own view of the file: its transcript found beside it.
        r = hark({ "info", file, "--json" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Episode 1.transcript.srt"), qPrintable(r.out));
        r = hark({ "refresh" });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("CLI Show"));
        r = hark({ "episodes", "--json" });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args"); // "URL/x" stands for the server's address of /x
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errPart");
        QTest::addRow("subscribe: a 404") << QStringList { "subscribe", "URL/gone.xml" } << 1 << "404";
        QTest::addRow("subscribe: a web page")
            << QStringList { "subscribe", "URL/page.html" } << 1 << "not a podcast feed";
        QTest::addRow("subscribe: ftp")
            << QStringList { "subscribe", "ftp://127.0.0.1/x" } << 2 << "only http";
        QTest::addRow("subscribe: nothing") << QStringList { "subscribe" } << 2 << "missing";
        QTest::addRow("subscribe: no such OPML file")
            << QStringList { "subscribe", "/nonexistent/x.opml" } << 1 << "cannot read";
        QTest::addRow("unsubscribe: unknown")
            << QStringList { "unsubscribe", "No Such Show" } << 1 << "no show";
        QTest::addRow("download: nothing named") << QStringList { "download" } << 2 << "--latest";
        QTest::addRow("download: --latest 0")
            << QStringList { "download", "--latest", "0" } << 2 << "at least 1";
        QTest::addRow("download: unknown guid") << QStringList { "download", "nope" } << 1 << "no episode";
        QTest::addRow("opml: no action") << QStringList { "opml" } << 2 << "export FILE";
        QTest::addRow("feed: a stalled address") << QStringList { "feed", "URL/gone.xml" } << 1 << "404";
        QTest::addRow("refresh: arguments") << QStringList { "refresh", "x" } << 2 << "no arguments";
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, errPart);
        HttpTestServer server;
        server.route("/gone.xml", HttpRoute { .status = 404, .body = "gone" });
        server.route("/page.html",
            HttpRoute { .body = "<html><body>Hello</body></html>", .contentType = "text/html" });
        for (QString &a : args)
            a.replace("URL/", server.url("/").toString());
        const Run r = hark(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(errPart), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPodcastCli)
#include "tst_podcastcli.moc"

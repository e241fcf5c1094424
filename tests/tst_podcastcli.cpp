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
    std::unique_ptr<QTemporaryDir> m_searchHome; ///< the library the search rows share, made once

    /// Runs hark (with the library in @p home, else m_home) while this process's event loop keeps serving
    /// the loopback server.
    Run hark(const QStringList &args, const QTemporaryDir *home = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_DATA_HOME", (home ? home : m_home.get())->filePath("data"));
        env.insert("XDG_CONFIG_HOME", (home ? home : m_home.get())->filePath("config"));
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
    void cleanupTestCase() { m_searchHome.reset(); }

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

    /// A show of three episodes whose transcripts (SRT, WebVTT with speakers, Podcasting 2.0 JSON) hold the
    /// phrases the search rows look for, subscribed to and downloaded into m_searchHome.
    bool makeSearchLibrary()
    {
        m_searchHome = std::make_unique<QTemporaryDir>();
        HttpTestServer server;
        const QList<std::pair<QByteArray, QByteArray>> transcripts {
            { "srt",
                "1\n00:00:00,000 --> 00:00:02,500\nGood morning and welcome back.\n\n"
                "2\n00:00:02,500 --> 00:00:05,000\nToday we talk about lighthouse keepers.\n\n"
                "3\n00:00:05,000 --> 00:00:08,000\nThe keeper of Smalls kept a diary.\n" },
            { "vtt",
                "WEBVTT\n\n00:00.000 --> 00:03.000\nA different episode entirely.\n\n"
                "00:03.000 --> 00:06.500\n<v Mara>Tide tables were printed weekly.\n\n"
                "01:02.000 --> 01:04.000\n<v Ian>Fishermen read them at dawn.\n" },
            { "json",
                "{\"version\":\"1.0.0\",\"segments\":["
                "{\"speaker\":\"Ana\",\"startTime\":0.5,\"endTime\":3.0,\"body\":\"Her résumé was long.\"},"
                "{\"speaker\":\"Ana\",\"startTime\":3.0,\"endTime\":6.0,\"body\":\"Then came the storm of "
                "1990.\"},"
                "{\"speaker\":\"Ben\",\"startTime\":754.2,\"endTime\":757.0,\"body\":\"The lighthouse "
                "stood.\"}]}" },
        };
        const QList<QByteArray> types { "application/x-subrip", "text/vtt", "application/json" };
        QString items;
        for (int n = 1; n <= 3; ++n) {
            const QByteArray ext = transcripts[n - 1].first;
            server.route("/" + QByteArray::number(n) + ".mp3",
                HttpRoute { .body = noiseBytes(40'000, 1000u + quint32(n)), .contentType = "audio/mpeg" });
            server.route("/" + QByteArray::number(n) + "." + ext,
                HttpRoute { .body = transcripts[n - 1].second, .contentType = types[n - 1] });
            items += QStringLiteral("<item><title>Episode %1</title><guid>find-%1</guid>"
                                    "<pubDate>Mon, 0%1 Nov 2026 08:00:00 GMT</pubDate>"
                                    "<enclosure url=\"%2\" type=\"audio/mpeg\"/>"
                                    "<podcast:transcript url=\"%3\" type=\"%4\"/></item>")
                         .arg(n)
                         .arg(server.url(QStringLiteral("/%1.mp3").arg(n)).toString(),
                             server.url(QStringLiteral("/%1.%2").arg(n).arg(QString::fromLatin1(ext)))
                                 .toString(),
                             QString::fromLatin1(types[n - 1]));
        }
        server.route("/feed.xml",
            HttpRoute { .body = QStringLiteral("<rss version=\"2.0\" "
                                               "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">"
                                               "<channel><title>Find Show</title>%1</channel></rss>")
                                    .arg(items)
                                    .toUtf8() });
        const Run s = hark({ "subscribe", server.url("/feed.xml").toString() }, m_searchHome.get());
        const Run d = hark({ "download", "--latest", "3" }, m_searchHome.get());
        if (s.exitCode != 0 || d.exitCode != 0)
            qWarning() << s.err << d.err;
        return s.exitCode == 0 && d.exitCode == 0;
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("guid"); // of the best hit; empty: no hits at all
        QTest::addColumn<double>("time"); // where the phrase is said, s
        QTest::addColumn<QString>("speaker");
        QTest::addRow("a phrase in an SRT cue") << "\"lighthouse keepers\""
                                                << "find-1" << 2.5 << "";
        QTest::addRow("words in a WebVTT cue, with its speaker") << "weekly tide"
                                                                 << "find-2" << 3.0 << "Mara";
        QTest::addRow("past a minute") << "fishermen dawn"
                                       << "find-2" << 62.0 << "Ian";
        QTest::addRow("folded: resume finds résumé, in JSON") << "resume"
                                                              << "find-3" << 0.5 << "Ana";
        QTest::addRow("a prefix") << "fisherm*"
                                  << "find-2" << 62.0 << "Ian";
        QTest::addRow("a number") << "1990"
                                  << "find-3" << 3.0 << "Ana";
        QTest::addRow("past twelve minutes, -not") << "lighthouse -keepers"
                                                   << "find-3" << 754.2 << "Ben";
        QTest::addRow("a phrase in no transcript") << "\"lighthouse tables\""
                                                   << "" << 0.0 << "";
        QTest::addRow("a word in no transcript") << "albatross"
                                                 << "" << 0.0 << "";
        QTest::addRow("FTS syntax: unclosed quote") << "\"smalls kept"
                                                    << "find-1" << 5.0 << "";
        QTest::addRow("FTS syntax: NEAR(") << "NEAR("
                                           << "" << 0.0 << "";
        QTest::addRow("FTS syntax: AND AND") << "AND AND"
                                             << "find-1" << 0.0 << "";
    }
    // Held-out phrases after subscribing and downloading: `hark search` finds the right episode with the time
    // where the phrase is said (within a second), and nothing (exit 0, an empty list) for phrases in no
    // transcript.
    void search()
    {
        QFETCH(QString, query);
        QFETCH(QString, guid);
        QFETCH(double, time);
        QFETCH(QString, speaker);
        if (!m_searchHome)
            QVERIFY(makeSearchLibrary());
        const Run r = hark({ "search", query, "--json" }, m_searchHome.get());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        if (guid.isEmpty()) {
            QCOMPARE(hits.size(), 0);
            return;
        }
        QVERIFY2(!hits.isEmpty(), qPrintable(r.out + r.err));
        const QJsonObject best = hits.first().toObject();
        QCOMPARE(best.value("guid").toString(), guid);
        QCOMPARE(best.value("show").toString(), "Find Show");
        QVERIFY(best.value("file").toString().endsWith(".mp3"));
        QVERIFY2(std::abs(best.value("time").toDouble() - time) <= 1.0, qPrintable(r.out));
        QCOMPARE(best.value("speaker").toString(), speaker);
    }

    // --limit, the text form, a rebuild on request, and an unsubscribed show's downloads (which stay on disk)
    // still found.
    void searchAfterwards()
    {
        if (!m_searchHome)
            QVERIFY(makeSearchLibrary());
        Run r = hark({ "search", "lighthouse", "--json", "--limit", "1" }, m_searchHome.get());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = hark({ "search", "lighthouse" }, m_searchHome.get());
        QVERIFY2(r.out.contains("Find Show — Episode 1  0:02"), qPrintable(r.out));
        QVERIFY2(r.out.contains("Today we talk about lighthouse keepers."), qPrintable(r.out));
        r = hark({ "search", "--reindex" }, m_searchHome.get());
        QVERIFY2(r.exitCode == 0 && r.err.contains("search index rebuilt: 3 episodes"), qPrintable(r.err));
        r = hark({ "search", "\"lighthouse keepers\"", "--json" }, m_searchHome.get());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value("guid").toString(),
            "find-1");
        r = hark({ "unsubscribe", "Find Show" }, m_searchHome.get());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = hark({ "search", "weekly", "--json" }, m_searchHome.get());
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value("episode").toString(), "Episode 2");
        QVERIFY(hits.first().toObject().value("onDisk").toBool());
        r = hark({ "search", "--limit", "0", "x" }, m_searchHome.get());
        QCOMPARE(r.exitCode, 2);
        r = hark({ "search" }, m_searchHome.get());
        QCOMPARE(r.exitCode, 2);
        r = hark({ "search", "ab*" }, m_searchHome.get());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("A prefix needs 3 letters or more"), qPrintable(r.err));
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

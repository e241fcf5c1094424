// SPDX-License-Identifier: GPL-3.0-or-later
// Up Next over a real SQLite library, a PlayerSession on the fake backend and a loopback HTTP server: the
// next queued episode starts when one ends (downloaded first when it must be), the one that ended is marked
// played, Next and Previous (what MPRIS calls) move through the queue, Play Next, reordering and removing,
// the queue kept across starts, and a show's new episodes queued by a refresh when it asks for that.
#include "core/settings.h"
#include "fakebackend.h"
#include "httptestserver.h"
#include "library/fetcher.h"
#include "library/podcastlibrary.h"
#include "library/upnext.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;
using namespace hark::test;

class TestUpNext : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<PodcastLibrary> m_library;
    std::unique_ptr<PlayerSession> m_session;
    FakeBackend *m_backend = nullptr;
    std::unique_ptr<UpNext> m_upNext;
    QList<qint64> m_ids; ///< episodes 1..4, oldest first
    QString m_feed;

    QString feed(int episodes)
    {
        QString items;
        for (int n = episodes; n >= 1; --n)
            items += QStringLiteral(
                "<item><title>E%1</title><guid>e%1</guid><pubDate>Mon, 0%1 Nov 2026 08:00:00 "
                "GMT</pubDate><enclosure url=\"%2\" type=\"audio/mpeg\"/></item>")
                         .arg(n)
                         .arg(m_server->url(QStringLiteral("/e%1.mp3").arg(n)).toString());
        return QStringLiteral("<rss version=\"2.0\"><channel><title>Queue Show</title>%1</channel></rss>")
            .arg(items);
    }
    QString download(qint64 id)
    {
        QSignalSpy done(m_library.get(), &PodcastLibrary::downloadFinished);
        m_library->download(id);
        return done.wait(20'000) ? done.first().at(1).toString() : QString();
    }
    QString playing() const { return m_session->episode() ? m_session->episode()->audioPath() : QString(); }
    QString fileOf(int n) const
    {
        return m_dir->filePath(QStringLiteral("Episodes/Queue Show/E%1.mp3").arg(n));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<HttpTestServer>();
        QFile sample(QFINDTESTDATA("../resources/sample/welcome.mp3"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray audio = sample.readAll();
        for (int n = 1; n <= 5; ++n) {
            QByteArray bytes = audio;
            bytes.append(char(n)); // each its own file
            m_server->route("/e" + QByteArray::number(n) + ".mp3",
                HttpRoute { .body = bytes, .contentType = "audio/mpeg" });
        }
        m_server->route(
            "/feed.xml", [this](const HttpRequest &) { return HttpRoute { .body = m_feed.toUtf8() }; });
        m_feed = feed(4);
        m_settings = std::make_unique<Settings>(m_dir->filePath("hark.ini"));
        m_db = std::move(*LibraryDatabase::open(m_dir->filePath("library.sqlite")).value);
        m_library = std::make_unique<PodcastLibrary>(*m_db, m_dir->filePath("Episodes"));
        m_library->fetcher().setProxy(QNetworkProxy::NoProxy);
        m_backend = new FakeBackend;
        m_session = std::make_unique<PlayerSession>(std::unique_ptr<PlaybackBackend>(m_backend), *m_settings);
        m_upNext = std::make_unique<UpNext>(*m_library, *m_session);
        QSignalSpy subscribed(m_library.get(), &PodcastLibrary::subscribed);
        m_library->subscribe(m_server->url("/feed.xml"));
        QVERIFY(subscribed.wait(20'000));
        const qint64 show = subscribed.first().at(1).toLongLong();
        m_ids.clear();
        for (const LibraryDatabase::Episode &e : m_db->episodes(show))
            m_ids.prepend(e.id);
        QCOMPARE(m_ids.size(), 4);
    }
    void cleanup()
    {
        m_upNext.reset();
        m_session.reset();
        m_library.reset();
        m_db.reset();
        m_settings.reset();
        m_server.reset();
        m_dir.reset();
    }

    void theNextStartsWhenOneEnds()
    {
        QVERIFY(!download(m_ids[0]).isEmpty());
        QVERIFY(!download(m_ids[1]).isEmpty());
        m_upNext->add(m_ids[1]);
        m_upNext->add(m_ids[2]); // not downloaded yet
        QVERIFY(m_session->open(fileOf(1)));
        QCOMPARE(m_backend->state(), PlaybackBackend::State::Playing);
        m_backend->reachEnd();
        QCOMPARE(playing(), fileOf(2));
        QVERIFY(m_db->episode(m_ids[0])->played);
        QCOMPARE(m_db->queue(), QList<qint64> { m_ids[2] });
        // The next is not here: it is downloaded, then it plays.
        m_backend->reachEnd();
        QTRY_COMPARE_WITH_TIMEOUT(playing(), fileOf(3), 20'000);
        QCOMPARE(m_db->episode(m_ids[2])->download.state, "done");
        QVERIFY(m_db->queue().isEmpty());
        // The queue is empty: the end is the end.
        m_backend->reachEnd();
        QCOMPARE(playing(), fileOf(3));
    }

    void nextAndPreviousMoveThroughIt()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!download(m_ids[i]).isEmpty());
        QVERIFY(m_session->open(fileOf(1)));
        m_upNext->add(m_ids[1]);
        m_upNext->add(m_ids[2]);
        m_session->next(); // what MPRIS Next calls
        QCOMPARE(playing(), fileOf(2));
        m_session->next();
        QCOMPARE(playing(), fileOf(3));
        m_session->previous();
        QCOMPARE(playing(), fileOf(2));
        QCOMPARE(m_db->queue(), QList<qint64> { m_ids[2] }); // the one left waits first again
        m_session->previous();
        QCOMPARE(playing(), fileOf(1));
        QCOMPARE(m_db->queue(), (QList<qint64> { m_ids[1], m_ids[2] }));
        // With nothing before, Previous is the chapter's (here: 15 s back) and the episode stays.
        m_session->previous();
        QCOMPARE(playing(), fileOf(1));
    }

    void playNextReorderRemoveAndKept()
    {
        m_upNext->add(m_ids[0]);
        m_upNext->add(m_ids[1]);
        m_upNext->playNext(m_ids[3]);
        QCOMPARE(m_db->queue(), (QList<qint64> { m_ids[3], m_ids[0], m_ids[1] }));
        m_upNext->move(m_ids[1], 0);
        QCOMPARE(m_db->queue(), (QList<qint64> { m_ids[1], m_ids[3], m_ids[0] }));
        m_upNext->move(m_ids[1], 99);
        QCOMPARE(m_db->queue(), (QList<qint64> { m_ids[3], m_ids[0], m_ids[1] }));
        m_upNext->add(m_ids[3]); // already there: to the end
        QCOMPARE(m_db->queue(), (QList<qint64> { m_ids[0], m_ids[1], m_ids[3] }));
        m_upNext->remove(m_ids[0]);
        QCOMPARE(m_upNext->episodes().size(), 2);
        QCOMPARE(m_upNext->episodes().first().title, "E2");
        // Kept: another start finds it.
        const QString path = m_dir->filePath("library.sqlite");
        m_upNext.reset();
        m_library.reset();
        m_db.reset();
        m_db = std::move(*LibraryDatabase::open(path).value);
        QCOMPARE(m_db->queue(), (QList<qint64> { m_ids[1], m_ids[3] }));
    }

    void aShowsNewEpisodesJoinWhenItAsks_data()
    {
        QTest::addColumn<bool>("autoQueue");
        QTest::addRow("asked") << true;
        QTest::addRow("not asked") << false;
    }
    void aShowsNewEpisodesJoinWhenItAsks()
    {
        QFETCH(bool, autoQueue);
        m_db->setAutoQueue(m_db->shows().first().id, autoQueue);
        m_feed = feed(5);
        QSignalSpy finished(m_library.get(), &PodcastLibrary::refreshFinished);
        m_library->refresh();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(m_db->queue().size(), autoQueue ? 1 : 0);
        if (autoQueue)
            QCOMPARE(m_db->episode(m_db->queue().first())->title, "E5");
    }
};

QTEST_GUILESS_MAIN(TestUpNext)
#include "tst_upnext.moc"

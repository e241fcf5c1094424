// SPDX-License-Identifier: GPL-3.0-or-later
// The Library in the window (offscreen), over a real SQLite library and a loopback HTTP server: the models
// under QAbstractItemModelTester, Enter playing a downloaded episode in the session or downloading one first,
// the Library menu and View › Library in the window, Work Offline kept and obeyed, Delete Download and Mark
// Played, the names a screen reader hears.
#include "episode/episodekey.h"
#include "httptestserver.h"
#include "library/fetcher.h"
#include "library/podcastlibrary.h"
#include "ui/librarymodels.h"
#include "ui/librarypanel.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTreeView>

using namespace hark;
using namespace hark::test;

namespace {

QString sample()
{
    return QFINDTESTDATA("../resources/sample/welcome.mp3");
}

QByteArray sampleBytes()
{
    QFile f(sample());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray feedXml(const HttpTestServer &server, const QString &title, int episodes)
{
    QString items;
    for (int n = episodes; n >= 1; --n)
        items += QStringLiteral(
            "<item><title>Part %1</title><guid>%2-%1</guid><pubDate>Mon, %3 Nov 2026 08:00:00 "
            "GMT</pubDate><itunes:duration>1:14</itunes:duration><enclosure url=\"%4\" "
            "type=\"audio/mpeg\"/></item>")
                     .arg(n)
                     .arg(title)
                     .arg(n + 1, 2, 10, QLatin1Char('0'))
                     .arg(server.url("/welcome.mp3").toString());
    return QStringLiteral("<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
                          "<channel><title>%1</title>%2</channel></rss>")
        .arg(title, items)
        .toUtf8();
}

} // namespace

class TestLibraryPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<Window<>> m_w;
    std::unique_ptr<LibraryDatabase> m_db;
    std::unique_ptr<PodcastLibrary> m_library;
    LibraryPanel *m_panel = nullptr;

    void subscribe(const QByteArray &path)
    {
        QSignalSpy done(m_library.get(), &PodcastLibrary::subscribed);
        m_panel->subscribe(m_server->url(QString::fromLatin1(path)).toString());
        QVERIFY(done.wait(20'000));
        QVERIFY2(done.first().at(2).toString().isEmpty(), qPrintable(done.first().at(2).toString()));
    }
    QModelIndex episodeRow(int row, int column = 0) const
    {
        return m_panel->episodeModel()->index(row, column);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<HttpTestServer>();
        m_server->route("/a.xml", HttpRoute { .body = feedXml(*m_server, "Alpha Show", 3) });
        m_server->route("/b.xml", HttpRoute { .body = feedXml(*m_server, "Beta Show", 2) });
        m_server->route("/welcome.mp3",
            HttpRoute {
                .body = sampleBytes(), .contentType = "audio/mpeg", .etag = "\"w\"", .ranges = true });
        m_w = std::make_unique<Window<>>();
        auto opened = LibraryDatabase::open(m_w->dir.filePath("library.sqlite"));
        QVERIFY(opened.ok());
        m_db = std::move(*opened.value);
        m_library = std::make_unique<PodcastLibrary>(*m_db, m_w->dir.filePath("Episodes"));
        m_library->fetcher().setProxy(QNetworkProxy::NoProxy);
        m_w->session.setListeningMemory(m_library.get()); // as main.cpp does
        m_w->window.setLibrary(*m_library);
        m_panel = m_w->window.libraryPanel();
        QVERIFY(m_panel);
        m_w->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_w->window));
    }
    void cleanup()
    {
        m_w.reset();
        m_library.reset();
        m_db.reset();
        m_server.reset();
    }

    void modelsKeepTheirContract()
    {
        QAbstractItemModelTester shows(
            m_panel->showModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester episodes(
            m_panel->episodeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        subscribe("/a.xml");
        subscribe("/b.xml");
        QCOMPARE(m_panel->showModel()->rowCount(), 2);
        QCOMPARE(m_panel->showModel()->index(0, ShowModel::Title).data().toString(), "Alpha Show");
        QCOMPARE(m_panel->showModel()->index(0, ShowModel::Unplayed).data().toInt(), 3);
        // The show subscribed last is the one chosen: its episodes, newest first.
        QCOMPARE(m_panel->episodeModel()->rowCount(), 2);
        QCOMPARE(episodeRow(0).data().toString(), "Part 2");
        QCOMPARE(episodeRow(0, EpisodeModel::Duration).data().toString(), "1:14");
        QCOMPARE(episodeRow(0, EpisodeModel::State).data().toString(), "New");
        QCOMPARE(episodeRow(0, EpisodeModel::Transcript).data().toString(), "None");
        m_panel->showsView()->setCurrentIndex(m_panel->showModel()->index(0, 0));
        QCOMPARE(m_panel->episodeModel()->rowCount(), 3);
    }

    void enterPlaysADownloadedEpisodeOrDownloadsItFirst()
    {
        subscribe("/a.xml");
        QTreeView *list = m_panel->episodesView();
        list->setFocus();
        list->setCurrentIndex(episodeRow(0));
        // Not downloaded: Enter downloads it, with a bar, and then it plays.
        QSignalSpy play(m_panel, &LibraryPanel::playRequested);
        QSignalSpy progress(m_library.get(), &PodcastLibrary::downloadProgress);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(play.wait(20'000));
        QVERIFY(progress.size() > 0);
        const QString path = play.first().first().toString();
        QCOMPARE(path, m_w->dir.filePath("Episodes/Alpha Show/Part 3.mp3"));
        QCOMPARE(m_w->session.episode()->audioPath(), path);
        QCOMPARE(episodeRow(0, EpisodeModel::State).data().toString(), "Downloaded");
        // Downloaded: Enter plays it at once, nothing fetched.
        const qsizetype requests = m_server->requests().size();
        list->setCurrentIndex(episodeRow(0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(play.size(), 2);
        QCOMPARE(m_server->requests().size(), requests);
        // Left at 30 s of its 74: the list says how much was heard (the library keeps the player's memory).
        m_w->session.seekTo(30'000);
        if (m_w->backend->state() == PlaybackBackend::State::Playing)
            m_w->session.playPause();
        QCOMPARE(episodeRow(0, EpisodeModel::State).data().toString(), "40 % heard");
        QCOMPARE(m_library->episode(episodeKey(path))->position, 30'000);
    }

    // A download under way when Hark last closed says where it stopped (not "Downloading 0 %" forever), with
    // no progress bar; downloading it again shows the bar.
    void aDownloadStoppedByClosingSaysSo()
    {
        subscribe("/a.xml");
        const qint64 id = episodeRow(0).data(EpisodeModel::EpisodeIdRole).toLongLong();
        const QString path = m_w->dir.filePath("Episodes/Alpha Show/Part 3.mp3");
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile part(path + ".part");
        QVERIFY(part.open(QIODevice::WriteOnly) && part.write(QByteArray(1000, 'x')) == 1000);
        part.close();
        QVERIFY(m_db->setDownload(id, { .state = "downloading", .path = path }).ok());
        m_panel->episodeModel()->reload();
        QCOMPARE(episodeRow(0, EpisodeModel::State).data().toString(), "Stopped at 1,000 bytes");
        QCOMPARE(episodeRow(0, EpisodeModel::State).data(EpisodeModel::ProgressRole).toDouble(), -1.0);
        QSignalSpy progress(m_library.get(), &PodcastLibrary::downloadProgress);
        m_library->download(id);
        QCOMPARE(progress.size(), 1); // told at once that it is under way
        QVERIFY(episodeRow(0, EpisodeModel::State).data(EpisodeModel::ProgressRole).toDouble() >= 0);
        QVERIFY(episodeRow(0, EpisodeModel::State).data().toString().startsWith("Downloading"));
        QSignalSpy done(m_library.get(), &PodcastLibrary::downloadFinished);
        QVERIFY(done.wait(20'000));
        QVERIFY2(done.first().at(2).toString().isEmpty(), qPrintable(done.first().at(2).toString()));
    }

    // Library › Downloads Folder…: new downloads go to the folder chosen, kept in the settings for the next
    // launch; a folder that cannot be written is refused, saying so.
    void downloadsGoToTheFolderChosen()
    {
        subscribe("/a.xml");
        QVERIFY(m_w->window.findChild<QAction *>("downloads-folder"));
        QSignalSpy said(m_panel, &LibraryPanel::message);
        QVERIFY(!m_panel->setDownloadsFolder(m_w->dir.filePath("missing")));
        QVERIFY2(said.last().first().toString().contains("not a folder Hark can write to"),
            qPrintable(said.last().first().toString()));
        QCOMPARE(m_w->settings.downloadsFolder(), QString());
        QTemporaryDir elsewhere;
        QVERIFY(m_panel->setDownloadsFolder(elsewhere.path()));
        QCOMPARE(m_w->settings.downloadsFolder(), elsewhere.path());
        QCOMPARE(PodcastLibrary::downloadsRoot(m_w->settings), elsewhere.path());
        QSignalSpy done(m_library.get(), &PodcastLibrary::downloadFinished);
        m_library->download(episodeRow(0).data(EpisodeModel::EpisodeIdRole).toLongLong());
        QVERIFY(done.wait(20'000));
        const QString path = QDir(elsewhere.path()).filePath("Alpha Show/Part 3.mp3");
        QCOMPARE(done.first().at(1).toString(), path);
        QVERIFY(QFile::exists(path));
    }

    void theWindowHasTheLibraryMenu()
    {
        QStringList menus;
        for (QAction *a : m_w->window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus, (QStringList { "&File", "&Playback", "&Edit", "&View", "&Library", "&Help" }));
        for (const char *id : { "add-podcast", "import-subscriptions", "export-subscriptions", "refresh",
                 "download", "delete-download", "mark-played", "work-offline", "library-panel" })
            QVERIFY2(m_w->window.findChild<QAction *>(QLatin1String(id)), id);
        QCOMPARE(
            m_w->window.findChild<QAction *>("refresh")->shortcuts().contains(QKeySequence("Ctrl+R")), true);
        // View › Library hides and shows it.
        QAction *toggle = m_w->window.findChild<QAction *>("library-panel");
        QVERIFY(m_panel->isVisible());
        toggle->trigger();
        QVERIFY(!m_panel->isVisible());
        toggle->trigger();
        QVERIFY(m_panel->isVisible());
    }

    void workOfflineIsKeptAndObeyed()
    {
        subscribe("/a.xml");
        QAction *offline = m_w->window.findChild<QAction *>("work-offline");
        const qsizetype requests = m_server->requests().size();
        offline->trigger();
        QVERIFY(offline->isChecked());
        QVERIFY(m_w->settings.workOffline());
        QVERIFY(m_library->isOffline());
        QVERIFY(!m_w->window.findChild<QAction *>("refresh")->isEnabled());
        QSignalSpy messages(m_panel, &LibraryPanel::message);
        m_panel->episodesView()->setCurrentIndex(episodeRow(0));
        m_panel->playOrDownload(episodeRow(0).data(EpisodeModel::EpisodeIdRole).toLongLong());
        QVERIFY(messages.last().first().toString().contains("offline"));
        QCOMPARE(m_server->requests().size(), requests);
        offline->trigger();
        QVERIFY(!m_w->settings.workOffline());
        QVERIFY(!m_library->isOffline());
    }

    void deleteDownloadAndMarkPlayed()
    {
        subscribe("/a.xml");
        const qint64 id = episodeRow(0).data(EpisodeModel::EpisodeIdRole).toLongLong();
        QSignalSpy done(m_library.get(), &PodcastLibrary::downloadFinished);
        m_library->download(id);
        QVERIFY(done.wait(20'000));
        const QString path = done.first().at(1).toString();
        QVERIFY(QFile::exists(path));
        m_panel->deleteDownload(id);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(episodeRow(0, EpisodeModel::State).data().toString(), "New");
        QVERIFY(m_db->episode(id)->download.state.isEmpty());

        QVERIFY(episodeRow(0).data(Qt::FontRole).value<QFont>().bold());
        m_panel->episodesView()->setCurrentIndex(episodeRow(0));
        m_w->window.findChild<QAction *>("mark-played")->trigger();
        QCOMPARE(episodeRow(0, EpisodeModel::State).data().toString(), "Played");
        QVERIFY(!episodeRow(0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(m_panel->showModel()->index(0, ShowModel::Unplayed).data().toInt(), 2);
    }

    void aFailedRefreshShowsOnTheShow()
    {
        subscribe("/a.xml");
        m_server->route("/a.xml", HttpRoute { .status = 404, .body = "gone" });
        QSignalSpy finished(m_library.get(), &PodcastLibrary::refreshFinished);
        m_w->window.findChild<QAction *>("refresh")->trigger();
        QVERIFY(finished.wait(20'000));
        const QModelIndex show = m_panel->showModel()->index(0, ShowModel::Title);
        QVERIFY(show.data(Qt::ToolTipRole).toString().contains("404"));
        QVERIFY(!show.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(m_panel->episodeModel()->rowCount(), 3); // what it had stays
    }

    void upNextFromTheLibrary()
    {
        subscribe("/a.xml");
        QTreeView *episodes = m_panel->episodesView();
        episodes->setCurrentIndex(episodeRow(2)); // Part 1
        m_w->window.findChild<QAction *>("add-to-queue")->trigger();
        episodes->setCurrentIndex(episodeRow(0)); // Part 3
        m_w->window.findChild<QAction *>("play-next")->trigger();
        QAbstractItemModel *queue = m_panel->upNextModel();
        QCOMPARE(queue->rowCount(), 2);
        QCOMPARE(queue->index(0, 0).data().toString(), "Alpha Show — Part 3");
        QCOMPARE(queue->index(1, 0).data().toString(), "Alpha Show — Part 1");
        // Reordered and removed from its own keys.
        QTreeView *list = m_panel->upNextView();
        list->setFocus();
        list->setCurrentIndex(queue->index(1, 0));
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(queue->index(0, 0).data().toString(), "Alpha Show — Part 1");
        // Enter plays it now (downloading it first), and it leaves the queue.
        list->setCurrentIndex(queue->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_w->session.episode() ? m_w->session.episode()->audioPath() : QString(),
            m_w->dir.filePath("Episodes/Alpha Show/Part 1.mp3"), 20'000);
        QCOMPARE(queue->rowCount(), 1);
        list->setCurrentIndex(queue->index(0, 0));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(queue->rowCount(), 0);
        QCOMPARE(m_db->queue().size(), 0);
        // The show's choice: its new episodes join Up Next.
        QAction *autoQueue = m_w->window.findChild<QAction *>("auto-queue");
        QVERIFY(autoQueue->isEnabled() && !autoQueue->isChecked());
        autoQueue->trigger();
        QVERIFY(m_db->shows().first().autoQueue);
    }

    void namesForScreenReaders()
    {
        QCOMPARE(m_panel->showsView()->accessibleName(), "Shows");
        QCOMPARE(m_panel->episodesView()->accessibleName(), "Episodes");
        QCOMPARE(m_panel->upNextView()->accessibleName(), "Up Next");
        QCOMPARE(
            m_panel->upNextModel()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), "Up Next");
        subscribe("/a.xml");
        QCOMPARE(m_panel->showModel()->index(0, ShowModel::Unplayed).data(Qt::AccessibleTextRole).toString(),
            "3 not played");
    }
};

QTEST_MAIN(TestLibraryPanel)
#include "tst_librarypanel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Search Everything in the real window (offscreen), over a real library file: Ctrl+Shift+F opens it, hits
// appear as the listener types (show, episode, date, time, the words marked), Enter plays from a few seconds
// before the moment (the setting), the keyboard alone goes from the field to the hits and back; an episode no
// longer on disk says so and offers to download it again; the Library's field opens it with what was typed.
// With HARK_SCREENSHOTS set, the dialog is saved there as search.png.
#include "core/settings.h"
#include "fakebackend.h"
#include "library/searchindexer.h"
#include "ui/librarypanel.h"
#include "ui/searcheverything.h"
#include "windowfixture.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace hark;
using namespace hark::test;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray sampleBytes()
{
    QFile f(QFINDTESTDATA("../resources/sample/welcome.mp3"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSearchEverything : public QObject
{
    Q_OBJECT

    std::unique_ptr<Window<>> m_w;
    QString m_harbour; ///< a downloaded library episode's audio
    QString m_walk; ///< a local episode's audio
    qint64 m_harbourId = 0;

    SearchEverything *dialog() const { return m_w->window.findChild<SearchEverything *>(); }

    /// Opens Search Everything with Ctrl+Shift+F and types @p text; true once the hits for it are listed.
    bool search(const QString &text)
    {
        SearchEverything *d = dialog();
        if (!d)
            return false;
        if (!d->isVisible())
            QTest::keyClick(&m_w->window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        if (!d->isVisible())
            return false;
        d->field()->clear();
        QTest::keyClicks(d->field(), text);
        return QTest::qWaitFor([d, text] { return d->answered() == text; });
    }

private Q_SLOTS:
    void init()
    {
        m_w = std::make_unique<Window<>>();
        QVERIFY(m_w->addLibrary());
        // A show with one downloaded episode, and a local file once opened, both with transcripts beside.
        Feed feed;
        feed.title = "Sea Show";
        FeedEpisode e;
        e.title = "Harbours at dawn";
        e.guid = "sea-1";
        e.published = QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC);
        e.enclosureUrl = "http://127.0.0.1:9/sea-1.mp3";
        feed.episodes = { e };
        const auto stored = m_w->libraryDb->storeFeed("http://127.0.0.1:9/feed.xml", feed);
        QVERIFY(stored.ok());
        m_harbourId = m_w->libraryDb->episodes(*stored.value).first().id;
        m_harbour = m_w->dir.filePath("Harbours at dawn.mp3");
        QVERIFY(writeFile(m_harbour, sampleBytes()));
        QVERIFY(writeFile(m_w->dir.filePath("Harbours at dawn.vtt"),
            "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ana>The tide tables say low water at six.\n\n"
            "00:00:12.500 --> 00:00:15.000\n<v Ben>The harbour at dawn is quiet, and the gulls are loud.\n"));
        QVERIFY(m_w->libraryDb->setDownload(m_harbourId, { .state = "done", .path = m_harbour }).ok());
        m_walk = m_w->dir.filePath("Walk.mp3");
        QVERIFY(writeFile(m_walk, QByteArray(8192, 'w'))); // no tags: the file's name is its title
        QVERIFY(writeFile(m_w->dir.filePath("Walk.srt"),
            "1\n00:00:20,000 --> 00:00:22,000\nA walk by the harbour wall.\n"));
        for (const QString &audio : { m_harbour, m_walk }) {
            const Status indexed = SearchIndexer::indexFile(*m_w->libraryDb, audio);
            QVERIFY2(indexed.ok(), qPrintable(indexed.error));
        }
        m_w->window.resize(1000, 700);
        m_w->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_w->window));
    }
    void cleanup() { m_w.reset(); }

    void listsHitsAsYouType()
    {
        QVERIFY(search("harbour"));
        SearchEverything *d = dialog();
        QCOMPARE(d->model()->rowCount(), 2);
        QVERIFY2(d->status().contains("2 moments in 2 episodes"), qPrintable(d->status()));
        // Each hit: show, episode, date, time; the words marked.
        const bool harbourFirst = d->model()->index(0).data().toString().contains("Sea Show");
        const QModelIndex first = d->model()->index(harbourFirst ? 0 : 1);
        const QString heading = first.data(SearchHitModel::HeadingRole).toString();
        QVERIFY2(heading.startsWith("Sea Show — Harbours at dawn · ") && heading.endsWith(" · 0:12"),
            qPrintable(heading));
        QVERIFY2(first.data(SearchHitModel::LineRole).toString().contains(">harbour</b>"),
            qPrintable(first.data(SearchHitModel::LineRole).toString()));
        QVERIFY(first.data().toString().contains("Ben The harbour at dawn is quiet"));
        const QString walk = d->model()->index(harbourFirst ? 1 : 0).data().toString();
        QVERIFY2(walk.startsWith("Walk · 0:20: A walk by the harbour wall."), qPrintable(walk));
        QCOMPARE(d->field()->accessibleName(), QString("Search every transcript"));
        QCOMPARE(d->hitList()->accessibleName(), QString("Moments found"));
        if (const QByteArray shots = qgetenv("HARK_SCREENSHOTS"); !shots.isEmpty()) {
            QVERIFY(search("harbour OR tide"));
            d->resize(720, 420);
            QTest::qWait(50);
            QVERIFY(d->grab().save(QString::fromLocal8Bit(shots) + "/search.png"));
        }
        QVERIFY(search("albatross"));
        QCOMPARE(d->model()->rowCount(), 0);
        QVERIFY(d->status().contains("Nothing found"));
        // FTS syntax is searched as words, never an error.
        QVERIFY(search("\"unclosed AND AND NEAR("));
        QVERIFY(!d->status().contains("Cannot search"));
    }

    void entersPlayFromJustBefore_data()
    {
        QTest::addColumn<int>("leadIn"); // s; -1: the default
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("down"); // go down into the hits first
        QTest::addColumn<QString>("episode");
        QTest::addColumn<qint64>("at");
        QTest::addRow("the default, 3 s before, Enter in the field")
            << -1 << "gulls" << false << "harbour" << qint64(9500);
        QTest::addRow("5 s before, from the list") << 5 << "gulls" << true << "harbour" << qint64(7500);
        QTest::addRow("not before the start") << 5 << "\"low water\"" << true << "harbour" << qint64(0);
        QTest::addRow("a local file") << -1 << "wall" << true << "walk" << qint64(17000);
    }
    void entersPlayFromJustBefore()
    {
        QFETCH(int, leadIn);
        QFETCH(QString, query);
        QFETCH(bool, down);
        QFETCH(QString, episode);
        QFETCH(qint64, at);
        if (leadIn >= 0)
            m_w->settings.setSearchLeadInSeconds(leadIn);
        QVERIFY(search(query));
        SearchEverything *d = dialog();
        QCOMPARE(d->model()->rowCount(), 1);
        if (down) {
            QTest::keyClick(d->field(), Qt::Key_Down);
            QVERIFY(d->hitList()->hasFocus());
            QTest::keyClick(d->hitList(), Qt::Key_Return);
        } else {
            QTest::keyClick(d->field(), Qt::Key_Return);
        }
        QVERIFY(m_w->session.episode());
        QCOMPARE(m_w->session.episode()->audioPath(), episode == "harbour" ? m_harbour : m_walk);
        QTRY_COMPARE(m_w->backend->position(), at);
        QVERIFY(m_w->session.isPlaying());
        QVERIFY(!d->isVisible());
    }

    // Gone from disk: said, and Enter again downloads it (here offline: said so, nothing fetched).
    void anEpisodeNoLongerOnDisk()
    {
        QVERIFY(QFile::remove(m_harbour));
        QVERIFY(search("gulls"));
        SearchEverything *d = dialog();
        QVERIFY(
            d->model()->index(0).data(SearchHitModel::HeadingRole).toString().endsWith("no longer on disk"));
        m_w->podcasts->setOffline(true);
        QTest::keyClick(d->field(), Qt::Key_Return);
        QVERIFY2(d->status().contains("is no longer on disk. Press Enter again to download it"),
            qPrintable(d->status()));
        QVERIFY(!m_w->session.episode() || m_w->session.episode()->audioPath() != m_harbour);
        QTest::keyClick(d->field(), Qt::Key_Return);
        QVERIFY2(d->status().contains("Working offline"), qPrintable(d->status()));
        // A local file gone: where it was.
        QVERIFY(QFile::remove(m_walk));
        QVERIFY(search("wall"));
        QTest::keyClick(d->field(), Qt::Key_Return);
        QVERIFY2(d->status().contains("is no longer at " + m_walk), qPrintable(d->status()));
    }

    // Typing into the Library's field opens Search Everything with what was typed, and goes on there.
    void theLibraryFieldOpensIt()
    {
        auto *field = m_w->window.findChild<QLineEdit *>("library-search");
        QVERIFY(field);
        QTest::keyClicks(field, "g");
        SearchEverything *d = dialog();
        QVERIFY(d && d->isVisible());
        QCOMPARE(d->field()->text(), QString("g"));
        QVERIFY(field->text().isEmpty());
        auto *action = m_w->window.findChild<QAction *>("search-everything");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    }
};

QTEST_MAIN(TestSearchEverything)
#include "tst_searcheverything.moc"

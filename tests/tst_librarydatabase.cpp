// SPDX-License-Identifier: GPL-3.0-or-later
// The library database on real SQLite files: the schema brought up to date from every earlier version, a
// step that fails leaving the file as it was, a newer file and a file that is not a library refused
// untouched; feeds stored, refreshed and found again when the show moves.
#include "core/settings.h"
#include "library/feedreader.h"
#include "library/librarydatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;

namespace {

/// Runs @p statements on the SQLite file @p path through a connection of the test's own.
bool execOn(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test"));
    return ok;
}

QStringList tablesOf(const QString &path)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tables"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"), db);
        while (q.next())
            tables.append(q.value(0).toString());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tables"));
    return tables;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

Feed feedFrom(const QString &name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("data/feeds/") + name));
    f.open(QIODevice::ReadOnly);
    return FeedReader::read(f.readAll()).feed.value_or(Feed {});
}

const QStringList kTables { "bookmarks", "documents", "downloads", "episodes", "meta", "persons", "positions",
    "queue", "segment_text", "segment_text_config", "segment_text_data", "segment_text_docsize",
    "segment_text_idx", "shows", "transcripts" };

} // namespace

class TestLibraryDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_count)); }

private Q_SLOTS:
    // From every version a library can be found at, to the current one, its data kept.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from"); // -1: no file at all
        QTest::addRow("no file yet") << -1;
        for (int v = 0; v < LibraryDatabase::kVersion; ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        if (from >= 0) {
            const auto earlier = LibraryDatabase::open(path, from);
            QVERIFY2(earlier.ok(), qPrintable(earlier.error));
            QCOMPARE((*earlier.value)->version(), from);
            if (from >= 1) // it has shows: one is stored, to be found after the steps
                QVERIFY(
                    (*earlier.value)->storeFeed("https://example.org/old.xml", feedFrom("atom.xml")).ok());
        }
        if (from == 2) // a resume position as version 2 kept it
            QVERIFY(execOn(path,
                { "INSERT INTO positions (key, position_ms, duration_ms, updated_at) VALUES ('k2', 61000, "
                  "NULL, 1)" }));
        const auto library = LibraryDatabase::open(path);
        QVERIFY2(library.ok(), qPrintable(library.error));
        QCOMPARE((*library.value)->version(), LibraryDatabase::kVersion);
        QCOMPARE(tablesOf(path), kTables);
        if (from >= 1) {
            const QList<LibraryDatabase::Show> shows = (*library.value)->shows();
            QCOMPARE(shows.size(), 1);
            QCOMPARE(shows[0].title, "An Atom Show");
            const QList<LibraryDatabase::Episode> episodes = (*library.value)->episodes(shows[0].id);
            QCOMPARE(episodes.size(), 1);
            QVERIFY(!episodes[0].played);
            QVERIFY(episodes[0].download.state.isEmpty());
        }
        if (from == 2)
            QCOMPARE((*library.value)->memory("k2"), (EpisodeMemory { .position = 61'000 }));
        // Written in WAL mode: the log is beside the file while the library is open and has written.
        QVERIFY((*library.value)->storeFeed("https://example.org/feed.xml", feedFrom("p20.xml")).ok());
        QVERIFY(QFile::exists(path + "-wal"));
    }

    // A step that fails (here: a table of its name already there) is undone whole: the version stays, and
    // nothing of the step is left.
    void aFailedStepLeavesTheFileAsItWas()
    {
        const QString path = freshPath();
        QVERIFY(execOn(path, { "CREATE TABLE persons (x)" }));
        const auto library = LibraryDatabase::open(path);
        QVERIFY(!library.ok());
        QVERIFY2(
            library.error.contains("cannot bring the library up to date: step 1"), qPrintable(library.error));
        QCOMPARE(tablesOf(path), QStringList { "persons" });
    }

    // A file Hark cannot use is refused, and not changed.
    void refusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: a library of a newer Hark
        QTest::addColumn<QString>("message");
        QTest::addRow("a newer Hark's library")
            << QByteArray() << "was made by a newer Hark (library version 99";
        QTest::addRow("not a database")
            << QByteArray("this is a text file, not SQLite\n").repeated(200) << "not a library";
    }
    void refusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = freshPath();
        if (content.isEmpty()) {
            QVERIFY(execOn(path, { "CREATE TABLE future (x)", "PRAGMA user_version = 99" }));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
        }
        const QByteArray before = hashOf(path);
        const auto library = LibraryDatabase::open(path);
        QVERIFY(!library.ok());
        QVERIFY2(library.error.contains(message), qPrintable(library.error));
        QCOMPARE(hashOf(path), before);
    }

    // A feed stored, then refreshed: the show updated, episodes added and updated by guid (none twice), one
    // the feed no longer lists kept, transcripts not doubled.
    void storesAndRefreshesAFeed()
    {
        const auto opened = LibraryDatabase::open(freshPath());
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        LibraryDatabase &library = **opened.value;
        Feed feed = feedFrom("p20.xml");
        QCOMPARE(feed.episodes.size(), 2);
        const auto stored = library.storeFeed("https://example.org/feed.xml", feed);
        QVERIFY2(stored.ok(), qPrintable(stored.error));
        QList<LibraryDatabase::Show> shows = library.shows();
        QCOMPARE(shows.size(), 1);
        QCOMPARE(shows[0].id, *stored.value);
        QCOMPARE(shows[0].title, "Hark Test Show");
        QCOMPARE(shows[0].guid, "917393e3-1b1e-5cef-ace4-edaa54e1f810");
        QCOMPARE(shows[0].episodes, 2);
        QList<LibraryDatabase::Episode> episodes = library.episodes(*stored.value);
        QCOMPARE(episodes.size(), 2);
        QCOMPARE(episodes[0].guid, "ep-2"); // newest first
        QCOMPARE(episodes[0].published, feed.episodes[0].published);
        QCOMPARE(episodes[0].durationMs, feed.episodes[0].durationMs);
        QCOMPARE(episodes[0].enclosureUrl, "https://example.org/ep2.mp3?a=1&b=2");
        QCOMPARE(episodes[0].enclosureLength, qint64(12'345'678));
        QCOMPARE(episodes[0].transcripts, feed.episodes[0].transcripts);
        QCOMPARE(episodes[0].chaptersUrl, "https://example.org/ep2.chapters.json");
        QCOMPARE(episodes[1].enclosureLength, qint64(-1));

        // The next refresh: a new episode, a title corrected, the oldest no longer listed.
        FeedEpisode newest;
        newest.guid = "ep-3";
        newest.title = "Episode 3";
        newest.published = feed.episodes[0].published.addDays(7);
        feed.episodes[0].title = "Episode 2: Timed words (corrected)";
        feed.episodes.removeLast();
        feed.episodes.prepend(newest);
        QCOMPARE(library.storeFeed("https://example.org/feed.xml", feed).value, stored.value);
        episodes = library.episodes(*stored.value);
        QStringList titles;
        for (const auto &e : episodes)
            titles.append(e.title);
        QCOMPARE(
            titles, (QStringList { "Episode 3", "Episode 2: Timed words (corrected)", "Episode 1: Plain" }));
        QCOMPARE(episodes[1].transcripts.size(), 2);
    }

    // A show that moved (a new feed URL, the same podcast:guid) is the same show, now at its new address.
    void aMovedShowIsFoundByItsGuid()
    {
        const auto opened = LibraryDatabase::open(freshPath());
        QVERIFY(opened.ok());
        LibraryDatabase &library = **opened.value;
        const Feed feed = feedFrom("p20.xml");
        const auto first = library.storeFeed("https://old.example.org/feed.xml", feed);
        const auto moved = library.storeFeed("https://example.org/new-feed.xml", feed);
        QVERIFY(first.ok() && moved.ok());
        QCOMPARE(*moved.value, *first.value);
        const QList<LibraryDatabase::Show> shows = library.shows();
        QCOMPARE(shows.size(), 1);
        QCOMPARE(shows[0].feedUrl, "https://example.org/new-feed.xml");
        // Without a guid, another address is another show.
        Feed noGuid = feed;
        noGuid.guid.clear();
        const auto other = library.storeFeed("https://mirror.example.org/feed.xml", noGuid);
        QVERIFY(other.ok());
        QVERIFY(*other.value != *first.value);
        QCOMPARE(library.shows().size(), 2);
    }

    // What refreshes, downloads and the listener change is kept with the show and episode; unsubscribing
    // takes the show's episodes and records with it.
    void keepsStateOfShowsAndEpisodes()
    {
        const auto opened = LibraryDatabase::open(freshPath());
        QVERIFY(opened.ok());
        LibraryDatabase &library = **opened.value;
        const qint64 showId = *library.storeFeed("https://example.org/feed.xml", feedFrom("p20.xml")).value;
        QVERIFY(library.setRefreshed(showId, "\"e1\"", "Mon, 07 Dec 2026 08:00:00 GMT").ok());
        LibraryDatabase::Show show = *library.show(showId);
        QCOMPARE(show.etag, QByteArray("\"e1\""));
        QCOMPARE(show.lastModified, QByteArray("Mon, 07 Dec 2026 08:00:00 GMT"));
        QVERIFY(show.refreshedAt.isValid());
        QCOMPARE(show.unplayed, 2);
        QVERIFY(library.setShowError(showId, "the server answered 404 Not Found").ok());
        QCOMPARE(library.show(showId)->error, "the server answered 404 Not Found");
        QCOMPARE(library.show(showId)->etag, QByteArray("\"e1\"")); // an error keeps what was known

        const LibraryDatabase::Episode newest = library.episodes(showId).first();
        QVERIFY(library.setPlayed(newest.id, true).ok());
        QCOMPARE(library.show(showId)->unplayed, 1);
        LibraryDatabase::Download d;
        d.state = "done";
        d.path = "/music/Show/Episode 2.mp3";
        d.bytes = d.total = 1234;
        d.transcriptPath = "/music/Show/Episode 2.json";
        QVERIFY(library.setDownload(newest.id, d).ok());
        const LibraryDatabase::Episode again = *library.episode(newest.id);
        QVERIFY(again.played);
        QCOMPARE(again.showTitle, "Hark Test Show");
        QCOMPARE(again.download.state, "done");
        QCOMPARE(again.download.path, d.path);
        QCOMPARE(again.download.total, qint64(1234));
        QCOMPARE(again.download.transcriptPath, d.transcriptPath);
        QCOMPARE(library.episodesByGuid(newest.guid).size(), 1);
        QCOMPARE(library.allEpisodes().size(), 2);

        // Moved for good: the show follows, unless another subscription is already there.
        QCOMPARE(library.setFeedUrl(showId, "https://new.example.org/feed.xml").value, true);
        QCOMPARE(library.show(showId)->feedUrl, "https://new.example.org/feed.xml");
        Feed other = feedFrom("atom.xml");
        const qint64 otherId = *library.storeFeed("https://other.example.org/feed.xml", other).value;
        QCOMPARE(library.setFeedUrl(otherId, "https://new.example.org/feed.xml").value, false);
        QCOMPARE(library.show(otherId)->feedUrl, "https://other.example.org/feed.xml");

        QVERIFY(library.removeShow(showId).ok());
        QVERIFY(!library.show(showId));
        QVERIFY(!library.episode(newest.id));
        QCOMPARE(library.allEpisodes().size(), 1);
    }

    // The player's memory, by episode key: a position with its speed, sync offset, path and length, and the
    // bookmarks in time order. A download played is tied to its key, and shows how far it was heard.
    void keepsTheListeningMemory()
    {
        const auto opened = LibraryDatabase::open(freshPath());
        QVERIFY(opened.ok());
        LibraryDatabase &library = **opened.value;
        QVERIFY(!library.memory("k"));
        const EpisodeMemory memory { 61'000, 1.25, -150, "/podcasts/a.mp3", 600'000 };
        QVERIFY(library.setMemory("k", memory).ok());
        QCOMPARE(library.memory("k"), memory);
        QVERIFY(!library.setMemory("", memory).ok());
        QVERIFY(library.setBookmarks("k", { { 9000, "later" }, { 3000, "sooner" } }).ok());
        QCOMPARE(library.bookmarks("k"), (QList<Bookmark> { { 3000, "sooner" }, { 9000, "later" } }));
        QVERIFY(library.setBookmarks("k", {}).ok());
        QVERIFY(library.bookmarks("k").isEmpty());

        const qint64 showId = *library.storeFeed("https://example.org/feed.xml", feedFrom("p20.xml")).value;
        const qint64 id = library.episodes(showId).first().id;
        QVERIFY(library.setDownload(id, { .state = "done", .path = "/podcasts/b.mp3" }).ok());
        QVERIFY(!library.episodeByKey("k2"));
        QVERIFY(library.setMemory("k2", { 120'000, 1.0, 0, "/podcasts/b.mp3", 600'000 }).ok());
        LibraryDatabase::Episode e = *library.episode(id);
        QCOMPARE(e.download.key, "k2");
        QCOMPARE(e.positionMs, 120'000);
        QCOMPARE(e.heardDurationMs, 600'000);
        QVERIFY(!e.bookmarked);
        QVERIFY(library.setBookmarks("k2", { { 1000, {} } }).ok());
        QVERIFY(library.episode(id)->bookmarked);
        QCOMPARE(library.episodeByKey("k2")->id, id);
        // Another episode's memory is not this one's.
        QVERIFY(library.setMemory("k3", { 5000, 1.0, 0, "/podcasts/c.mp3", 0 }).ok());
        QCOMPARE(library.episode(id)->positionMs, 120'000);
    }

    // What the settings remembered before there was a library is carried in once; what the library already
    // has of an episode wins.
    void carriesTheSettingsMemoryInOnce()
    {
        Settings settings(m_dir.filePath("carried.ini"));
        const EpisodeMemory a { 5000, 1.5, 20, "/x/a.mp3", 0 };
        settings.setEpisode("a", a);
        settings.setBookmarks("a", { { 1000, "one" } });
        settings.setEpisode("b", { 7000, 1.0, 0, "/x/b.mp3", 0 });
        settings.setBookmarks("c", { { 2000, "only a bookmark" } });
        const auto opened = LibraryDatabase::open(freshPath());
        QVERIFY(opened.ok());
        LibraryDatabase &library = **opened.value;
        QVERIFY(library.setMemory("b", { 99'000, 1.0, 0, "/y/b.mp3", 0 }).ok());

        const auto carried = library.importListeningMemory(settings, settings.rememberedEpisodes());
        QVERIFY2(carried.ok(), qPrintable(carried.error));
        QCOMPARE(*carried.value, 2); // a and c; b was the library's already
        QCOMPARE(library.memory("a"), a);
        QCOMPARE(library.bookmarks("a"), (QList<Bookmark> { { 1000, "one" } }));
        QCOMPARE(library.memory("b")->position, 99'000);
        QCOMPARE(library.bookmarks("c"), (QList<Bookmark> { { 2000, "only a bookmark" } }));
        QVERIFY(!library.memory("c"));

        settings.setEpisode("d", { 3000, 1.0, 0, "/x/d.mp3", 0 });
        const auto again = library.importListeningMemory(settings, settings.rememberedEpisodes());
        QVERIFY(again.ok());
        QCOMPARE(*again.value, 0);
        QVERIFY(!library.memory("d"));
    }

    // What was stored is there when the library is opened again.
    void keptAcrossOpens()
    {
        const QString path = freshPath();
        {
            const auto library = LibraryDatabase::open(path);
            QVERIFY(library.ok());
            QVERIFY((*library.value)->storeFeed("https://example.org/feed.xml", feedFrom("atom.xml")).ok());
        }
        const auto again = LibraryDatabase::open(path);
        QVERIFY(again.ok());
        QCOMPARE((*again.value)->shows().value(0).title, "An Atom Show");
        QCOMPARE((*again.value)->episodes((*again.value)->shows().value(0).id).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryDatabase)
#include "tst_librarydatabase.moc"

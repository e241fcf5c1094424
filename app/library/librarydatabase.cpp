// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarydatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::LibraryDatabase)
};

/// The schema's steps: step N brings version N-1 to N. Never change a step that has shipped; add one.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all {
        // 1: shows, their episodes, the episodes' transcripts and people as the feeds list them.
        {
            QStringLiteral(
                "CREATE TABLE shows (id INTEGER PRIMARY KEY, feed_url TEXT NOT NULL UNIQUE, "
                "title TEXT NOT NULL DEFAULT '', guid TEXT, language TEXT, image TEXT, author TEXT, "
                "description TEXT, new_feed_url TEXT, locked INTEGER, subscribed_at INTEGER NOT NULL, "
                "refreshed_at INTEGER, etag TEXT, last_modified TEXT, error TEXT)"),
            QStringLiteral("CREATE INDEX shows_by_guid ON shows (guid)"),
            QStringLiteral(
                "CREATE TABLE episodes (id INTEGER PRIMARY KEY, "
                "show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE, guid TEXT NOT NULL, "
                "title TEXT NOT NULL DEFAULT '', published INTEGER, duration_ms INTEGER, "
                "enclosure_url TEXT, enclosure_type TEXT, enclosure_length INTEGER, description TEXT, "
                "link TEXT, image TEXT, season INTEGER, episode INTEGER, chapters_url TEXT, "
                "chapters_type TEXT, added_at INTEGER NOT NULL, UNIQUE (show_id, guid))"),
            QStringLiteral("CREATE INDEX episodes_by_date ON episodes (show_id, published DESC)"),
            QStringLiteral("CREATE TABLE transcripts (id INTEGER PRIMARY KEY, "
                           "episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE, "
                           "url TEXT NOT NULL, type TEXT, language TEXT, rel TEXT, "
                           "source TEXT NOT NULL DEFAULT 'feed', path TEXT, UNIQUE (episode_id, url))"),
            QStringLiteral("CREATE TABLE persons (episode_id INTEGER NOT NULL REFERENCES episodes (id) "
                           "ON DELETE CASCADE, name TEXT NOT NULL, role TEXT, href TEXT)"),
        },
    };
    return all;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant orNull(qint64 n)
{
    return n < 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(n);
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

LibraryDatabase::LibraryDatabase(QString connection)
    : m_connection(std::move(connection))
{ }

LibraryDatabase::~LibraryDatabase()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString LibraryDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.sqlite"));
}

Result<std::unique_ptr<LibraryDatabase>> LibraryDatabase::open(const QString &path, int upTo)
{
    using Opened = Result<std::unique_ptr<LibraryDatabase>>;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Opened::failure(Tr::tr("%1: cannot make its folder").arg(path));
    const QString connection
        = QStringLiteral("hark-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<LibraryDatabase> library(new LibraryDatabase(connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    if (!db.isValid())
        return Opened::failure(Tr::tr("SQLite is missing (install libqt6sql6-sqlite)"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Opened::failure(Tr::tr("%1: cannot open the library: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    // Is it a database at all? (Reading the schema fails on any other file.)
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Opened::failure(Tr::tr("%1: not a library: %2").arg(path, sqlError(q)));
    const int found = library->version();
    if (found > kVersion)
        return Opened::failure(Tr::tr(
            "%1 was made by a newer Hark (library version %2; this one knows up to %3): it is left as it is")
                                   .arg(path)
                                   .arg(found)
                                   .arg(kVersion));
    for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON" }) {
        if (!q.exec(QLatin1String(pragma)))
            return Opened::failure(Tr::tr("%1: %2").arg(path, sqlError(q)));
    }
    if (const Status migrated = library->migrate(upTo); !migrated.ok())
        return Opened::failure(
            Tr::tr("%1: cannot bring the library up to date: %2").arg(path, migrated.error));
    return { std::move(library) };
}

int LibraryDatabase::version() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Status LibraryDatabase::migrate(int upTo)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (int to = version() + 1; to <= std::min<int>(upTo, int(steps().size())); ++to) {
        // One step, one transaction: a step that fails leaves the file at the version before it.
        if (!db.transaction())
            return Status::failure(db.lastError().text());
        QSqlQuery q(db);
        QStringList statements = steps()[to - 1];
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(to));
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement)) {
                const QString error = Tr::tr("step %1: %2").arg(to).arg(sqlError(q));
                db.rollback();
                return Status::failure(error);
            }
        }
        if (!db.commit())
            return Status::failure(db.lastError().text());
    }
    return {};
}

Result<qint64> LibraryDatabase::storeFeed(const QString &feedUrl, const Feed &feed)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Result<qint64>::failure(db.lastError().text());
    const auto fail = [&db](const QSqlQuery &q) {
        const QString error = sqlError(q);
        db.rollback();
        return Result<qint64>::failure(error);
    };
    QSqlQuery q(db);
    // The show: by its feed's URL, else by its podcast:guid (the same show at a new address).
    q.prepare(QStringLiteral("SELECT id FROM shows WHERE feed_url = ? OR (? != '' AND guid = ?) "
                             "ORDER BY feed_url = ? DESC LIMIT 1"));
    q.addBindValue(feedUrl);
    q.addBindValue(feed.guid);
    q.addBindValue(feed.guid);
    q.addBindValue(feedUrl);
    if (!q.exec())
        return fail(q);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 showId = q.next() ? q.value(0).toLongLong() : 0;
    if (showId == 0) {
        q.prepare(QStringLiteral("INSERT INTO shows (feed_url, subscribed_at) VALUES (?, ?)"));
        q.addBindValue(feedUrl);
        q.addBindValue(now);
        if (!q.exec())
            return fail(q);
        showId = q.lastInsertId().toLongLong();
    }
    q.prepare(QStringLiteral("UPDATE shows SET feed_url = ?, title = ?, guid = ?, language = ?, image = ?, "
                             "author = ?, description = ?, new_feed_url = ?, locked = ?, refreshed_at = ?, "
                             "error = NULL WHERE id = ?"));
    for (const QVariant &v :
        { QVariant(feedUrl), QVariant(feed.title), orNull(feed.guid), orNull(feed.language),
            orNull(feed.image), orNull(feed.author), orNull(feed.description), orNull(feed.newFeedUrl),
            feed.locked ? QVariant(int(*feed.locked)) : QVariant(QMetaType(QMetaType::Int)), QVariant(now),
            QVariant(showId) })
        q.addBindValue(v);
    if (!q.exec())
        return fail(q);

    QSqlQuery upsert(db), findEpisode(db), dropTranscripts(db), addTranscript(db), dropPersons(db),
        addPerson(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO episodes (show_id, guid, title, published, duration_ms, enclosure_url, enclosure_type, "
        "enclosure_length, description, link, image, season, episode, chapters_url, chapters_type, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (show_id, guid) DO UPDATE SET "
        "title = excluded.title, published = excluded.published, duration_ms = excluded.duration_ms, "
        "enclosure_url = excluded.enclosure_url, enclosure_type = excluded.enclosure_type, "
        "enclosure_length = excluded.enclosure_length, description = excluded.description, link = "
        "excluded.link, "
        "image = excluded.image, season = excluded.season, episode = excluded.episode, "
        "chapters_url = excluded.chapters_url, chapters_type = excluded.chapters_type"));
    findEpisode.prepare(QStringLiteral("SELECT id FROM episodes WHERE show_id = ? AND guid = ?"));
    dropTranscripts.prepare(
        QStringLiteral("DELETE FROM transcripts WHERE episode_id = ? AND source = 'feed'"));
    addTranscript.prepare(
        QStringLiteral("INSERT OR IGNORE INTO transcripts (episode_id, url, type, language, rel, "
                       "source) VALUES (?, ?, ?, ?, ?, 'feed')"));
    dropPersons.prepare(QStringLiteral("DELETE FROM persons WHERE episode_id = ?"));
    addPerson.prepare(
        QStringLiteral("INSERT INTO persons (episode_id, name, role, href) VALUES (?, ?, ?, ?)"));
    for (const FeedEpisode &e : feed.episodes) {
        for (const QVariant &v : { QVariant(showId), QVariant(e.guid), QVariant(e.title),
                 e.published.isValid() ? QVariant(e.published.toMSecsSinceEpoch())
                                       : QVariant(QMetaType(QMetaType::LongLong)),
                 orNull(e.durationMs), orNull(e.enclosureUrl), orNull(e.enclosureType),
                 orNull(e.enclosureLength), orNull(e.description), orNull(e.link), orNull(e.image),
                 orNull(qint64(e.season)), orNull(qint64(e.episode)), orNull(e.chaptersUrl),
                 orNull(e.chaptersType), QVariant(now) })
            upsert.addBindValue(v);
        if (!upsert.exec())
            return fail(upsert);
        findEpisode.addBindValue(showId);
        findEpisode.addBindValue(e.guid);
        if (!findEpisode.exec() || !findEpisode.next())
            return fail(findEpisode);
        const qint64 episodeId = findEpisode.value(0).toLongLong();
        findEpisode.finish();
        dropTranscripts.addBindValue(episodeId);
        if (!dropTranscripts.exec())
            return fail(dropTranscripts);
        for (const FeedTranscript &t : e.transcripts) {
            for (const QVariant &v :
                { QVariant(episodeId), QVariant(t.url), orNull(t.type), orNull(t.language), orNull(t.rel) })
                addTranscript.addBindValue(v);
            if (!addTranscript.exec())
                return fail(addTranscript);
        }
        dropPersons.addBindValue(episodeId);
        if (!dropPersons.exec())
            return fail(dropPersons);
        for (const FeedPerson &p : e.persons) {
            for (const QVariant &v :
                { QVariant(episodeId), QVariant(p.name), orNull(p.role), orNull(p.href) })
                addPerson.addBindValue(v);
            if (!addPerson.exec())
                return fail(addPerson);
        }
    }
    if (!db.commit())
        return Result<qint64>::failure(db.lastError().text());
    return { showId };
}

QList<LibraryDatabase::Show> LibraryDatabase::shows() const
{
    QList<Show> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT s.id, s.feed_url, s.title, s.guid, s.language, s.image, s.author, "
                          "(SELECT count(*) FROM episodes e WHERE e.show_id = s.id) FROM shows s "
                          "ORDER BY s.title COLLATE NOCASE"));
    while (q.next())
        out.append(
            { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt() });
    return out;
}

QList<LibraryDatabase::Episode> LibraryDatabase::episodes(qint64 showId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QList<Episode> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, guid, title, published, duration_ms, enclosure_url, enclosure_type, "
                             "enclosure_length, description, chapters_url FROM episodes WHERE show_id = ? "
                             "ORDER BY published DESC, id"));
    q.addBindValue(showId);
    q.exec();
    QSqlQuery transcripts(db);
    transcripts.prepare(
        QStringLiteral("SELECT url, type, language, rel FROM transcripts WHERE episode_id = ? ORDER BY id"));
    while (q.next()) {
        Episode e;
        e.id = q.value(0).toLongLong();
        e.showId = showId;
        e.guid = q.value(1).toString();
        e.title = q.value(2).toString();
        if (!q.value(3).isNull())
            e.published = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        e.durationMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        e.enclosureUrl = q.value(5).toString();
        e.enclosureType = q.value(6).toString();
        e.enclosureLength = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
        e.description = q.value(8).toString();
        e.chaptersUrl = q.value(9).toString();
        transcripts.addBindValue(e.id);
        transcripts.exec();
        while (transcripts.next())
            e.transcripts.append({ transcripts.value(0).toString(), transcripts.value(1).toString(),
                transcripts.value(2).toString(), transcripts.value(3).toString() });
        out.append(std::move(e));
    }
    return out;
}

} // namespace hark

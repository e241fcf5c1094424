// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarydatabase.h"

#include "library/searchindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
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
        // 2: downloads (with the validator a part resumes on, and the transcript and chapters saved beside),
        // what the listener did with an episode, the Up Next queue, per-show choices, and resume positions
        // kept by episode key (local files and feed episodes alike).
        {
            QStringLiteral(
                "CREATE TABLE downloads (episode_id INTEGER PRIMARY KEY REFERENCES episodes (id) "
                "ON DELETE CASCADE, state TEXT NOT NULL, path TEXT, bytes INTEGER NOT NULL DEFAULT 0, "
                "total INTEGER, validator TEXT, error TEXT, transcript_path TEXT, chapters_path TEXT, "
                "updated_at INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE episodes ADD COLUMN played INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE episodes ADD COLUMN starred INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE shows ADD COLUMN keep_latest INTEGER"),
            QStringLiteral("ALTER TABLE shows ADD COLUMN auto_queue INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE queue (episode_id INTEGER PRIMARY KEY REFERENCES episodes (id) "
                           "ON DELETE CASCADE, place REAL NOT NULL)"),
            QStringLiteral("CREATE TABLE positions (key TEXT PRIMARY KEY, position_ms INTEGER NOT NULL, "
                           "duration_ms INTEGER, updated_at INTEGER NOT NULL)"),
        },
        // 3: the player's memory joins the library, by episode key, for local files and downloads alike: the
        // speed, sync offset and path beside each position, the bookmarks, each download's key (so that the
        // Library shows how far an episode was heard), and a note of what was carried in once.
        {
            QStringLiteral("ALTER TABLE positions ADD COLUMN rate REAL NOT NULL DEFAULT 1.0"),
            QStringLiteral("ALTER TABLE positions ADD COLUMN sync_offset_ms INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE positions ADD COLUMN path TEXT"),
            QStringLiteral("CREATE TABLE bookmarks (key TEXT NOT NULL, at_ms INTEGER NOT NULL, "
                           "note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX bookmarks_by_key ON bookmarks (key, at_ms)"),
            QStringLiteral("ALTER TABLE downloads ADD COLUMN key TEXT"),
            QStringLiteral("CREATE INDEX downloads_by_key ON downloads (key)"),
            QStringLiteral("CREATE INDEX downloads_by_path ON downloads (path)"),
            QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)"),
        },
        // 4: the search index of every transcript Hark knows (SearchIndex, whose tables these are): one
        // document per episode's audio, its segments kept compressed in its body, and their words in an FTS5
        // table without content, folded as Find folds them.
        SearchIndex::schema(),
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

/// An empty text rather than SQL's NULL, for a column that has no NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
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

QStringList LibraryDatabase::rememberedPaths() const
{
    QStringList paths;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral(
            "SELECT path FROM positions WHERE path IS NOT NULL AND path != '' ORDER BY updated_at"))) {
        while (q.next())
            paths.append(q.value(0).toString());
    }
    return paths;
}

QString LibraryDatabase::path() const
{
    return QSqlDatabase::database(m_connection, false).databaseName();
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

namespace {

const QString kShowColumns = QStringLiteral(
    "SELECT s.id, s.feed_url, s.title, s.guid, s.language, s.image, s.author, "
    "(SELECT count(*) FROM episodes e WHERE e.show_id = s.id), "
    "(SELECT count(*) FROM episodes e WHERE e.show_id = s.id AND e.played = 0), "
    "s.etag, s.last_modified, s.refreshed_at, s.error, s.keep_latest, s.auto_queue FROM shows s ");

LibraryDatabase::Show showFrom(const QSqlQuery &q)
{
    LibraryDatabase::Show show;
    show.id = q.value(0).toLongLong();
    show.feedUrl = q.value(1).toString();
    show.title = q.value(2).toString();
    show.guid = q.value(3).toString();
    show.language = q.value(4).toString();
    show.image = q.value(5).toString();
    show.author = q.value(6).toString();
    show.episodes = q.value(7).toInt();
    show.unplayed = q.value(8).toInt();
    show.etag = q.value(9).toByteArray();
    show.lastModified = q.value(10).toByteArray();
    if (!q.value(11).isNull())
        show.refreshedAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    show.error = q.value(12).toString();
    show.keepLatest = q.value(13).toInt();
    show.autoQueue = q.value(14).toBool();
    return show;
}

const QString kEpisodeColumns = QStringLiteral(
    "SELECT e.id, e.show_id, e.guid, e.title, e.published, e.duration_ms, e.enclosure_url, "
    "e.enclosure_type, e.enclosure_length, e.description, e.chapters_url, s.title, s.language, e.played, "
    "e.starred, d.state, d.path, d.bytes, d.total, d.validator, d.error, d.transcript_path, d.chapters_path, "
    "d.key, p.position_ms, p.duration_ms, EXISTS (SELECT 1 FROM bookmarks b WHERE b.key = d.key) "
    "FROM episodes e JOIN shows s ON s.id = e.show_id LEFT JOIN downloads d ON d.episode_id = e.id "
    "LEFT JOIN positions p ON p.key = d.key ");
const QString kNewestFirst = QStringLiteral("ORDER BY e.published DESC, e.id");

} // namespace

QList<LibraryDatabase::Show> LibraryDatabase::shows() const
{
    QList<Show> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(kShowColumns + QStringLiteral("ORDER BY s.title COLLATE NOCASE"));
    while (q.next())
        out.append(showFrom(q));
    return out;
}

std::optional<LibraryDatabase::Show> LibraryDatabase::show(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(kShowColumns + QStringLiteral("WHERE s.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return showFrom(q);
    return std::nullopt;
}

QList<LibraryDatabase::Episode> LibraryDatabase::queryEpisodes(
    const QString &where, const QString &order, const QVariantList &binds) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // The transcripts of all of them in one query (one a row would cost a query each: 20,000 for a big
    // library).
    QHash<qint64, QList<FeedTranscript>> transcripts;
    QSqlQuery t(db);
    t.setForwardOnly(true);
    t.prepare(QStringLiteral("SELECT t.episode_id, t.url, t.type, t.language, t.rel FROM transcripts t "
                             "JOIN episodes e ON e.id = t.episode_id ")
        + where + QStringLiteral(" ORDER BY t.id"));
    for (const QVariant &v : binds)
        t.addBindValue(v);
    t.exec();
    while (t.next())
        transcripts[t.value(0).toLongLong()].append(
            { t.value(1).toString(), t.value(2).toString(), t.value(3).toString(), t.value(4).toString() });

    QList<Episode> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(kEpisodeColumns + where + u' ' + order);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.exec();
    while (q.next()) {
        Episode e;
        e.id = q.value(0).toLongLong();
        e.showId = q.value(1).toLongLong();
        e.guid = q.value(2).toString();
        e.title = q.value(3).toString();
        if (!q.value(4).isNull())
            e.published = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        e.durationMs = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        e.enclosureUrl = q.value(6).toString();
        e.enclosureType = q.value(7).toString();
        e.enclosureLength = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        e.description = q.value(9).toString();
        e.chaptersUrl = q.value(10).toString();
        e.showTitle = q.value(11).toString();
        e.showLanguage = q.value(12).toString();
        e.played = q.value(13).toBool();
        e.starred = q.value(14).toBool();
        e.download.state = q.value(15).toString();
        e.download.path = q.value(16).toString();
        e.download.bytes = q.value(17).toLongLong();
        e.download.total = q.value(18).isNull() ? -1 : q.value(18).toLongLong();
        e.download.validator = q.value(19).toByteArray();
        e.download.error = q.value(20).toString();
        e.download.transcriptPath = q.value(21).toString();
        e.download.chaptersPath = q.value(22).toString();
        e.download.key = q.value(23).toString();
        e.positionMs = q.value(24).toLongLong();
        e.heardDurationMs = q.value(25).toLongLong();
        e.bookmarked = q.value(26).toBool();
        e.transcripts = transcripts.value(e.id);
        out.append(std::move(e));
    }
    return out;
}

QList<LibraryDatabase::Episode> LibraryDatabase::episodes(qint64 showId) const
{
    return queryEpisodes(QStringLiteral("WHERE e.show_id = ?"), kNewestFirst, { showId });
}

QList<LibraryDatabase::Episode> LibraryDatabase::allEpisodes() const
{
    return queryEpisodes({}, kNewestFirst, {});
}

std::optional<LibraryDatabase::Episode> LibraryDatabase::episode(qint64 id) const
{
    const QList<Episode> found = queryEpisodes(QStringLiteral("WHERE e.id = ?"), {}, { id });
    return found.isEmpty() ? std::nullopt : std::optional<Episode>(found.first());
}

std::optional<LibraryDatabase::Episode> LibraryDatabase::episodeByKey(const QString &key) const
{
    const QList<Episode> found = queryEpisodes(
        QStringLiteral("WHERE e.id = (SELECT episode_id FROM downloads WHERE key = ? AND state = 'done' "
                       "LIMIT 1)"),
        {}, { key });
    return found.isEmpty() ? std::nullopt : std::optional<Episode>(found.first());
}

std::optional<LibraryDatabase::Episode> LibraryDatabase::episodeByFile(const QString &path) const
{
    const QList<Episode> found = queryEpisodes(
        QStringLiteral("WHERE e.id = (SELECT episode_id FROM downloads WHERE path = ? AND state = 'done')"),
        {}, { path });
    return found.isEmpty() ? std::nullopt : std::optional<Episode>(found.first());
}

QList<LibraryDatabase::Episode> LibraryDatabase::episodesByGuid(const QString &guid) const
{
    return queryEpisodes(QStringLiteral("WHERE e.guid = ?"), kNewestFirst, { guid });
}

Status LibraryDatabase::exec(const QString &statement, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(statement);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() ? Status {} : Status::failure(sqlError(q));
}

Status LibraryDatabase::setRefreshed(qint64 showId, const QByteArray &etag, const QByteArray &lastModified)
{
    return exec(QStringLiteral("UPDATE shows SET refreshed_at = ?, etag = ?, last_modified = ?, error = NULL "
                               "WHERE id = ?"),
        { QDateTime::currentMSecsSinceEpoch(), orNull(QString::fromLatin1(etag)),
            orNull(QString::fromLatin1(lastModified)), showId });
}

Status LibraryDatabase::setShowError(qint64 showId, const QString &error)
{
    return exec(QStringLiteral("UPDATE shows SET error = ? WHERE id = ?"), { error, showId });
}

Result<bool> LibraryDatabase::setFeedUrl(qint64 showId, const QString &feedUrl)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM shows WHERE feed_url = ? AND id != ?"));
    q.addBindValue(feedUrl);
    q.addBindValue(showId);
    if (!q.exec())
        return Result<bool>::failure(sqlError(q));
    if (q.next())
        return { false };
    const Status set
        = exec(QStringLiteral("UPDATE shows SET feed_url = ? WHERE id = ?"), { feedUrl, showId });
    return set.ok() ? Result<bool>(true) : Result<bool>::failure(set.error);
}

Status LibraryDatabase::removeShow(qint64 showId)
{
    return inTransaction([&]() -> Status {
        // The downloads stay on disk, and so they stay searchable: as local files.
        if (const Status kept
            = exec(QStringLiteral("UPDATE documents SET episode_id = NULL WHERE episode_id IN "
                                  "(SELECT id FROM episodes WHERE show_id = ?)"),
                { showId });
            !kept.ok())
            return kept;
        return exec(QStringLiteral("DELETE FROM shows WHERE id = ?"), { showId });
    });
}

Status LibraryDatabase::setDownload(qint64 episodeId, const Download &d)
{
    if (d.state.isEmpty()) // none: the record goes
        return exec(QStringLiteral("DELETE FROM downloads WHERE episode_id = ?"), { episodeId });
    return exec(QStringLiteral("INSERT OR REPLACE INTO downloads (episode_id, state, path, bytes, total, "
                               "validator, error, transcript_path, chapters_path, key, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { episodeId, d.state, orNull(d.path), d.bytes, orNull(d.total),
            orNull(QString::fromLatin1(d.validator)), orNull(d.error), orNull(d.transcriptPath),
            orNull(d.chaptersPath), orNull(d.key), QDateTime::currentMSecsSinceEpoch() });
}

Status LibraryDatabase::setStarred(qint64 episodeId, bool starred)
{
    return exec(QStringLiteral("UPDATE episodes SET starred = ? WHERE id = ?"), { int(starred), episodeId });
}

Status LibraryDatabase::setKeepLatest(qint64 showId, int count)
{
    return exec(QStringLiteral("UPDATE shows SET keep_latest = ? WHERE id = ?"),
        { count > 0 ? QVariant(count) : QVariant(QMetaType(QMetaType::Int)), showId });
}

Status LibraryDatabase::setAutoQueue(qint64 showId, bool on)
{
    return exec(QStringLiteral("UPDATE shows SET auto_queue = ? WHERE id = ?"), { int(on), showId });
}

QList<qint64> LibraryDatabase::queue() const
{
    QList<qint64> ids;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT episode_id FROM queue ORDER BY place"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Status LibraryDatabase::enqueue(qint64 episodeId, bool next)
{
    return exec(next ? QStringLiteral("INSERT OR REPLACE INTO queue (episode_id, place) VALUES "
                                      "(?, (SELECT coalesce(min(place), 1) - 1 FROM queue))")
                     : QStringLiteral("INSERT OR REPLACE INTO queue (episode_id, place) VALUES "
                                      "(?, (SELECT coalesce(max(place), -1) + 1 FROM queue))"),
        { episodeId });
}

Status LibraryDatabase::dequeue(qint64 episodeId)
{
    return exec(QStringLiteral("DELETE FROM queue WHERE episode_id = ?"), { episodeId });
}

Status LibraryDatabase::moveInQueue(qint64 episodeId, int index)
{
    QList<qint64> ids = queue();
    const qsizetype from = ids.indexOf(episodeId);
    if (from < 0)
        return Status::failure(Tr::tr("episode %1 is not queued").arg(episodeId));
    ids.move(from, std::clamp<qsizetype>(index, 0, ids.size() - 1));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Status::failure(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE queue SET place = ? WHERE episode_id = ?"));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        q.addBindValue(double(i));
        q.addBindValue(ids[i]);
        if (!q.exec()) {
            const QString error = sqlError(q);
            db.rollback();
            return Status::failure(error);
        }
    }
    return db.commit() ? Status {} : Status::failure(db.lastError().text());
}

Status LibraryDatabase::setPlayed(qint64 episodeId, bool played)
{
    return exec(QStringLiteral("UPDATE episodes SET played = ? WHERE id = ?"), { int(played), episodeId });
}

std::optional<EpisodeMemory> LibraryDatabase::memory(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT position_ms, rate, sync_offset_ms, path, duration_ms FROM positions WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    EpisodeMemory m;
    m.position = std::max<qint64>(0, q.value(0).toLongLong());
    m.rate = q.value(1).toDouble();
    m.syncOffset = q.value(2).toLongLong();
    m.path = q.value(3).toString();
    m.duration = std::max<qint64>(0, q.value(4).toLongLong());
    return m;
}

Status LibraryDatabase::inTransaction(const std::function<Status()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Status::failure(db.lastError().text());
    if (const Status done = work(); !done.ok()) {
        db.rollback();
        return done;
    }
    return db.commit() ? Status {} : Status::failure(db.lastError().text());
}

Status LibraryDatabase::writeMemory(const QString &key, const EpisodeMemory &m)
{
    Status done = exec(
        QStringLiteral(
            "INSERT OR REPLACE INTO positions (key, position_ms, duration_ms, rate, sync_offset_ms, "
            "path, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { key, m.position, m.duration > 0 ? QVariant(m.duration) : QVariant(QMetaType(QMetaType::LongLong)),
            m.rate, m.syncOffset, orNull(m.path), QDateTime::currentMSecsSinceEpoch() });
    // A download played is tied to its key here (those made before the key was kept, too).
    if (done.ok() && !m.path.isEmpty())
        done = exec(QStringLiteral("UPDATE downloads SET key = ? WHERE path = ?"), { key, m.path });
    return done;
}

Status LibraryDatabase::addBookmarks(const QString &key, const QList<Bookmark> &bookmarks)
{
    Status done;
    for (qsizetype i = 0; done.ok() && i < bookmarks.size(); ++i)
        done = exec(QStringLiteral("INSERT INTO bookmarks (key, at_ms, note) VALUES (?, ?, ?)"),
            { key, bookmarks[i].at, nonNull(bookmarks[i].note) });
    return done;
}

Status LibraryDatabase::setMemory(const QString &key, const EpisodeMemory &m)
{
    if (key.isEmpty())
        return Status::failure(Tr::tr("an episode without a key cannot be remembered"));
    return inTransaction([&] { return writeMemory(key, m); });
}

QList<Bookmark> LibraryDatabase::bookmarks(const QString &key) const
{
    QList<Bookmark> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT at_ms, note FROM bookmarks WHERE key = ? ORDER BY at_ms, rowid"));
    q.addBindValue(key);
    q.exec();
    while (q.next())
        out.append({ std::max<qint64>(0, q.value(0).toLongLong()), q.value(1).toString() });
    return out;
}

Status LibraryDatabase::setBookmarks(const QString &key, const QList<Bookmark> &bookmarks)
{
    if (key.isEmpty())
        return Status::failure(Tr::tr("an episode without a key cannot be remembered"));
    return inTransaction([&] {
        const Status cleared = exec(QStringLiteral("DELETE FROM bookmarks WHERE key = ?"), { key });
        return cleared.ok() ? addBookmarks(key, bookmarks) : cleared;
    });
}

Result<int> LibraryDatabase::importListeningMemory(const ListeningMemory &from, const QStringList &keys)
{
    static const QString kImported = QStringLiteral("listening_memory_imported");
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM meta WHERE name = ?"));
    q.addBindValue(kImported);
    if (!q.exec())
        return Result<int>::failure(sqlError(q));
    if (q.next())
        return { 0 };
    q.finish();
    int carried = 0;
    const Status done = inTransaction([&]() -> Status {
        for (const QString &key : keys) {
            // What the library already has of an episode is newer than the settings' and wins.
            const std::optional<EpisodeMemory> m = memory(key) ? std::nullopt : from.episode(key);
            const QList<Bookmark> marks = bookmarks(key).isEmpty() ? from.bookmarks(key) : QList<Bookmark>();
            Status step = m ? writeMemory(key, *m) : Status {};
            if (step.ok())
                step = addBookmarks(key, marks);
            if (!step.ok())
                return step;
            if (m || !marks.isEmpty())
                ++carried;
        }
        return exec(QStringLiteral("INSERT INTO meta (name, value) VALUES (?, ?)"),
            { kImported, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
    });
    if (!done.ok())
        return Result<int>::failure(done.error);
    return { carried };
}

} // namespace hark

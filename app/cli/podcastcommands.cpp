// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/podcastcommands.h"

#include "cli/commandline.h"
#include "core/settings.h"
#include "core/timecode.h"
#include "library/fetcher.h"
#include "library/librarydatabase.h"
#include "library/opml.h"
#include "library/podcastlibrary.h"
#include "library/searchindex.h"
#include "library/searchindexer.h"
#include "library/searchquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::PodcastCommands)
};

int fail(QTextStream &err, const QString &message)
{
    err << "hark: " << message << '\n';
    err.flush();
    return CommandLine::BadInput;
}

/// The library the window uses, opened; null after saying why on @p err.
std::unique_ptr<LibraryDatabase> openLibrary(QTextStream &err)
{
    auto opened = LibraryDatabase::open(LibraryDatabase::defaultPath());
    if (!opened.ok()) {
        fail(err, opened.error);
        return nullptr;
    }
    // What the player remembered before there was a library (its retention keeps what is in progress).
    const Settings settings;
    if (const auto carried = (*opened.value)->importListeningMemory(settings, settings.rememberedEpisodes());
        !carried.ok())
        err << "hark: " << Tr::tr("cannot carry what was remembered into the library: %1").arg(carried.error)
            << '\n';
    return std::move(*opened.value);
}

/// How an episode stands, in the words `hark episodes` prints and its JSON gives.
QString stateOf(const LibraryDatabase::Episode &e)
{
    if (e.download.state == u"done")
        return QFileInfo::exists(e.download.path) ? QStringLiteral("downloaded") : QStringLiteral("missing");
    if (e.download.state == u"downloading" || e.download.state == u"failed")
        return e.download.state;
    return e.played ? QStringLiteral("played") : QStringLiteral("new");
}

/// The shows that @p name names: its id, its feed's address, or its title (any letter case).
QList<LibraryDatabase::Show> showsNamed(const LibraryDatabase &db, const QString &name)
{
    QList<LibraryDatabase::Show> found;
    for (const LibraryDatabase::Show &s : db.shows()) {
        if (QString::number(s.id) == name || s.feedUrl == name
            || s.title.compare(name, Qt::CaseInsensitive) == 0)
            found.append(s);
    }
    return found;
}

/// Runs @p loop, then lets what the library still fetches (a show's cover) finish.
void runToEnd(QEventLoop &loop, PodcastLibrary &library)
{
    loop.exec();
    if (!library.fetcher().isIdle()) {
        QObject::connect(&library.fetcher(), &Fetcher::idle, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

/// One line that redraws itself on a terminal; nothing until the end otherwise.
class ProgressLine
{
public:
    explicit ProgressLine(QTextStream &err)
        : m_err(err)
        , m_terminal(isatty(STDERR_FILENO))
    { }
    void show(const QString &what, qint64 done, qint64 total)
    {
        if (!m_terminal)
            return;
        const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0;
        const int filled = percent / 5;
        m_err << "\r[" << QString(filled, u'#') << QString(20 - filled, u' ') << "] " << percent << " % "
              << QLocale().formattedDataSize(done) << ' ' << what.left(40) << "\x1b[K";
        m_err.flush();
        m_shown = true;
    }
    void clear()
    {
        if (m_shown) {
            m_err << "\r\x1b[K";
            m_err.flush();
            m_shown = false;
        }
    }

private:
    QTextStream &m_err;
    bool m_terminal;
    bool m_shown = false;
};

int runSubscribe(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Subscribe to podcasts."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
        Tr::tr(
            "A feed's http or https address, or an OPML file of subscriptions (from gPodder, AntennaPod…)."),
        QStringLiteral("SOURCE…"));
    if (auto done
        = CommandLine::parseVerb(parser, arguments, Tr::tr("Usage: hark subscribe URL|FILE.opml…"), out, err))
        return *done;
    if (parser.positionalArguments().isEmpty())
        return CommandLine::usageError(err, Tr::tr("subscribe: missing URL or OPML file"));
    int code = CommandLine::Success;
    QList<QUrl> urls;
    for (const QString &source : parser.positionalArguments()) {
        const QUrl url(source);
        if (url.scheme() == u"http" || url.scheme() == u"https") {
            urls.append(url);
            continue;
        }
        if (source.contains(QStringLiteral("://")))
            return CommandLine::usageError(
                err, Tr::tr("subscribe: %1: only http and https addresses").arg(source));
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            code = fail(err, Tr::tr("%1: cannot read: %2").arg(source, file.errorString()));
            continue;
        }
        const Opml::ReadResult list = Opml::read(file.readAll());
        if (!CommandLine::report(list.warnings, list.ok() ? nullptr : &list.error, source, err)) {
            code = CommandLine::BadInput;
            continue;
        }
        for (const Opml::Subscription &s : *list.subscriptions)
            urls.append(QUrl(s.feedUrl));
    }
    if (urls.isEmpty())
        return code;
    const auto db = openLibrary(err);
    if (!db)
        return CommandLine::BadInput;
    PodcastLibrary library(*db, PodcastLibrary::downloadsRoot(Settings()));
    QObject::connect(&library, &PodcastLibrary::warning, [&err](const QString &w) {
        err << "hark: " << Tr::tr("warning: ") << w << '\n';
        err.flush();
    });
    QEventLoop loop;
    qsizetype pending = urls.size();
    QObject::connect(
        &library, &PodcastLibrary::subscribed, [&](const QUrl &, qint64 showId, const QString &error) {
            if (!error.isEmpty()) {
                code = fail(err, error);
            } else if (const auto show = db->show(showId)) {
                out << Tr::tr("Subscribed to %1 (%2 episodes)").arg(show->title).arg(show->episodes) << '\n';
                out.flush();
            }
            if (--pending == 0)
                loop.quit();
        });
    for (const QUrl &url : std::as_const(urls))
        library.subscribe(url);
    runToEnd(loop, library);
    return code;
}

int runUnsubscribe(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Unsubscribe from a show. Its downloaded episodes stay where they are."));
    parser.addPositionalArgument(QStringLiteral("SHOW"),
        Tr::tr("The show's title, its feed's address, or its number in 'hark episodes --json'."));
    if (auto done
        = CommandLine::parseVerb(parser, arguments, Tr::tr("Usage: hark unsubscribe SHOW"), out, err))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return CommandLine::usageError(err, Tr::tr("unsubscribe: name one SHOW"));
    const auto db = openLibrary(err);
    if (!db)
        return CommandLine::BadInput;
    const QString name = parser.positionalArguments().first();
    const QList<LibraryDatabase::Show> found = showsNamed(*db, name);
    if (found.isEmpty())
        return fail(err, Tr::tr("no show called %1 (see 'hark episodes')").arg(name));
    if (found.size() > 1)
        return fail(
            err, Tr::tr("%1 names %2 shows; give the feed's address instead").arg(name).arg(found.size()));
    if (const Status removed = db->removeShow(found.first().id); !removed.ok())
        return fail(err, removed.error);
    out << Tr::tr("Unsubscribed from %1; its downloaded episodes stay in %2")
               .arg(found.first().title,
                   QDir(PodcastLibrary::downloadsRoot(Settings()))
                       .filePath(PodcastLibrary::safeName(found.first().title)))
        << '\n';
    out.flush();
    return CommandLine::Success;
}

int runRefresh(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Fetch every subscribed show's feed for new episodes."));
    if (auto done = CommandLine::parseVerb(parser, arguments, Tr::tr("Usage: hark refresh"), out, err))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return CommandLine::usageError(err, Tr::tr("refresh: takes no arguments"));
    const auto db = openLibrary(err);
    if (!db)
        return CommandLine::BadInput;
    PodcastLibrary library(*db, PodcastLibrary::downloadsRoot(Settings()));
    int code = CommandLine::Success;
    QEventLoop loop;
    QObject::connect(&library, &PodcastLibrary::warning,
        [&err](const QString &w) { err << "hark: " << Tr::tr("warning: ") << w << '\n'; });
    QObject::connect(
        &library, &PodcastLibrary::showRefreshed, [&](qint64 id, int added, const QString &error) {
            const QString title = db->show(id).value_or(LibraryDatabase::Show {}).title;
            if (!error.isEmpty())
                code = fail(err, Tr::tr("%1: %2").arg(title, error));
            else if (added < 0)
                out << Tr::tr("%1: unchanged").arg(title) << '\n';
            else
                out << Tr::tr("%1: %2 new").arg(title).arg(added) << '\n';
            out.flush();
        });
    QObject::connect(&library, &PodcastLibrary::refreshFinished, &loop, &QEventLoop::quit);
    library.refresh();
    runToEnd(loop, library);
    return code;
}

int runEpisodes(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List the library's episodes, newest first."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print them as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("SHOW"), Tr::tr("Only this show's."), QStringLiteral("[SHOW]"));
    if (auto done
        = CommandLine::parseVerb(parser, arguments, Tr::tr("Usage: hark episodes [SHOW] [--json]"), out, err))
        return *done;
    if (parser.positionalArguments().size() > 1)
        return CommandLine::usageError(err, Tr::tr("episodes: one SHOW at most"));
    const auto db = openLibrary(err);
    if (!db)
        return CommandLine::BadInput;
    QList<LibraryDatabase::Episode> episodes;
    if (parser.positionalArguments().isEmpty()) {
        episodes = db->allEpisodes();
    } else {
        const QList<LibraryDatabase::Show> shows = showsNamed(*db, parser.positionalArguments().first());
        if (shows.isEmpty())
            return fail(err, Tr::tr("no show called %1").arg(parser.positionalArguments().first()));
        for (const LibraryDatabase::Show &s : shows)
            episodes += db->episodes(s.id);
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const LibraryDatabase::Episode &e : std::as_const(episodes)) {
            const QString state = stateOf(e);
            list.append(QJsonObject {
                { u"show"_qs, e.showTitle },
                { u"showId"_qs, double(e.showId) },
                { u"title"_qs, e.title },
                { u"guid"_qs, e.guid },
                { u"published"_qs,
                    e.published.isValid() ? QJsonValue(e.published.toString(Qt::ISODate)) : QJsonValue() },
                { u"duration"_qs,
                    e.durationMs >= 0 ? QJsonValue(double(e.durationMs) / 1000.0) : QJsonValue() },
                { u"state"_qs, state },
                { u"file"_qs, state == u"downloaded" ? QJsonValue(e.download.path) : QJsonValue() },
                { u"transcript"_qs,
                    e.download.transcriptPath.isEmpty() ? QJsonValue()
                                                        : QJsonValue(e.download.transcriptPath) },
                { u"error"_qs, e.download.error.isEmpty() ? QJsonValue() : QJsonValue(e.download.error) },
            });
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        out.flush();
        return CommandLine::Success;
    }
    for (const LibraryDatabase::Episode &e : std::as_const(episodes)) {
        out << e.showTitle << " — " << e.title << "  [" << stateOf(e) << "]  " << e.guid;
        if (stateOf(e) == u"downloaded")
            out << "\n    " << e.download.path;
        out << '\n';
    }
    out.flush();
    return CommandLine::Success;
}

int runDownload(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Download episodes with their transcripts and chapters."));
    const QCommandLineOption latest(
        QStringLiteral("latest"), Tr::tr("The N newest episodes of each show."), QStringLiteral("N"));
    parser.addOption(latest);
    parser.addPositionalArgument(QStringLiteral("GUID"),
        Tr::tr("Episodes by their guid (see 'hark episodes')."), QStringLiteral("[GUID…]"));
    if (auto done = CommandLine::parseVerb(
            parser, arguments, Tr::tr("Usage: hark download [--latest N] [GUID…]"), out, err))
        return *done;
    int newest = 0;
    if (parser.isSet(latest)) {
        bool ok = false;
        newest = parser.value(latest).toInt(&ok);
        if (!ok || newest < 1)
            return CommandLine::usageError(err, Tr::tr("download: --latest takes a number of at least 1"));
    }
    if (newest == 0 && parser.positionalArguments().isEmpty())
        return CommandLine::usageError(err, Tr::tr("download: name episodes by GUID, or give --latest N"));
    const auto db = openLibrary(err);
    if (!db)
        return CommandLine::BadInput;
    int code = CommandLine::Success;
    QList<LibraryDatabase::Episode> wanted;
    for (const QString &guid : parser.positionalArguments()) {
        const QList<LibraryDatabase::Episode> found = db->episodesByGuid(guid);
        if (found.isEmpty())
            code = fail(err, Tr::tr("no episode with the guid %1").arg(guid));
        wanted += found;
    }
    if (newest > 0) {
        for (const LibraryDatabase::Show &s : db->shows())
            wanted += db->episodes(s.id).mid(0, newest);
    }
    if (wanted.isEmpty())
        return code;
    PodcastLibrary library(*db, PodcastLibrary::downloadsRoot(Settings()));
    ProgressLine progress(err);
    QHash<qint64, QString> titles;
    for (const LibraryDatabase::Episode &e : std::as_const(wanted))
        titles.insert(e.id, e.title);
    QObject::connect(&library, &PodcastLibrary::warning, [&](const QString &w) {
        progress.clear();
        err << "hark: " << Tr::tr("warning: ") << w << '\n';
        err.flush();
    });
    QObject::connect(&library, &PodcastLibrary::downloadProgress,
        [&](qint64 id, qint64 received, qint64 total) { progress.show(titles.value(id), received, total); });
    QEventLoop loop;
    qsizetype pending = titles.size();
    QObject::connect(
        &library, &PodcastLibrary::downloadFinished, [&](qint64, const QString &path, const QString &error) {
            progress.clear();
            if (!error.isEmpty())
                code = fail(err, error);
            else
                out << path << '\n';
            out.flush();
            if (--pending == 0)
                loop.quit();
        });
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        library.download(it.key());
    loop.exec();
    // An untimed transcript that came with an episode is aligned before Hark leaves, so that the episode is
    // in step when it is played.
    QObject::connect(&library, &PodcastLibrary::alignmentProgress, [&](qint64 id, qint64 done, qint64 total) {
        progress.show(Tr::tr("aligning %1").arg(titles.value(id)), done, total);
    });
    QObject::connect(&library, &PodcastLibrary::alignmentFinished,
        [&](qint64 id, const QString &kept, const QString &error) {
            progress.clear();
            if (!error.isEmpty())
                code = fail(err, Tr::tr("%1: not aligned: %2").arg(titles.value(id), error));
            else
                err << "hark: " << Tr::tr("aligned %1: kept in %2").arg(titles.value(id), kept) << '\n';
            err.flush();
            if (library.aligning() == 0 && library.alignmentsWaiting() == 0)
                loop.quit();
        });
    if (library.aligning() != 0 || library.alignmentsWaiting() > 0)
        loop.exec();
    // Room made as the listener's rules say (newest N a show, a size limit; never what is kept).
    const Settings settings;
    for (qint64 id : library.applyRetention(settings))
        err << "hark: "
            << Tr::tr("deleted the download of %1 (the library's limits)")
                   .arg(titles.value(id, QString::number(id)))
            << '\n';
    err.flush();
    return code;
}

int runOpml(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Exchange subscriptions with other podcast apps as OPML."));
    parser.addPositionalArgument(
        QStringLiteral("ACTION"), Tr::tr("export FILE ('-': standard output), or import FILE."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The OPML file."));
    const QString usage = Tr::tr("Usage: hark opml export FILE\n       hark opml import FILE");
    if (auto done = CommandLine::parseVerb(parser, arguments, usage, out, err))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args[0] != u"export" && args[0] != u"import"))
        return CommandLine::usageError(err, Tr::tr("opml: export FILE or import FILE"));
    if (args[0] == u"import")
        return runSubscribe({ QStringLiteral("hark subscribe"), args[1] }, out, err);
    const auto db = openLibrary(err);
    if (!db)
        return CommandLine::BadInput;
    QList<Opml::Subscription> subscriptions;
    for (const LibraryDatabase::Show &s : db->shows())
        subscriptions.append({ s.feedUrl, s.title });
    const QByteArray opml = Opml::write(subscriptions, Tr::tr("Hark subscriptions"));
    if (args[1] == u"-") {
        out << QString::fromUtf8(opml);
        out.flush();
        return CommandLine::Success;
    }
    QSaveFile file(args[1]);
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
        return fail(err, Tr::tr("%1: cannot write: %2").arg(args[1], file.errorString()));
    err << "hark: " << Tr::tr("%1 subscriptions written to %2").arg(subscriptions.size()).arg(args[1])
        << '\n';
    err.flush();
    return CommandLine::Success;
}

/// @p text with the @p marks in bold for a terminal; as it is otherwise.
QString marked(const QString &text, const QList<std::pair<int, int>> &marks, bool terminal)
{
    if (!terminal)
        return text;
    QString out = text;
    for (auto m = marks.crbegin(); m != marks.crend(); ++m) {
        out.insert(m->first + m->second, QStringLiteral("\x1b[0m"));
        out.insert(m->first, QStringLiteral("\x1b[1m"));
    }
    return out;
}

int runSearch(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Search every transcript Hark knows (the library's episodes, and local episodes once opened or "
        "aligned): words (all must appear), \"a phrase\", a prefix*, OR, -not. Best first, recent "
        "episodes slightly ahead."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the hits as JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most N hits (default 20)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption reindex(QStringLiteral("reindex"),
        Tr::tr("Make the index again from every transcript on disk first (no QUERY: only that)."));
    parser.addOptions({ json, limit, reindex });
    parser.addPositionalArgument(
        QStringLiteral("QUERY"), Tr::tr("What to find."), QStringLiteral("[QUERY…]"));
    if (auto done = CommandLine::parseVerb(parser, arguments,
            Tr::tr("Usage: hark search QUERY… [--json] [--limit N] [--reindex]"), out, err))
        return *done;
    bool ok = false;
    const int most = parser.value(limit).toInt(&ok);
    if (!ok || most < 1)
        return CommandLine::usageError(err,
            Tr::tr("search: --limit takes a number of hits, 1 or more, not %1").arg(parser.value(limit)));
    const QString typed = parser.positionalArguments().join(u' ');
    if (typed.trimmed().isEmpty() && !parser.isSet(reindex))
        return CommandLine::usageError(err, Tr::tr("search: say what to find"));
    const auto db = openLibrary(err);
    if (!db)
        return CommandLine::BadInput;
    if (parser.isSet(reindex)) {
        const auto rebuilt = SearchIndexer::rebuild(*db, [&err](const QString &warning) {
            err << "hark: " << warning << '\n';
            err.flush();
        });
        if (!rebuilt.ok())
            return fail(err, Tr::tr("cannot rebuild the search index: %1").arg(rebuilt.error));
        err << "hark: " << Tr::tr("search index rebuilt: %n episodes", nullptr, rebuilt.value->documents)
            << '\n';
        err.flush();
        if (typed.trimmed().isEmpty())
            return CommandLine::Success;
    }
    const SearchQuery query = SearchQuery::parse(typed);
    if (!query.note.isEmpty())
        err << "hark: " << query.note << '\n';
    err.flush();
    const auto hits = SearchIndex(*db).search(query, most);
    if (!hits.ok())
        return fail(err, Tr::tr("cannot search: %1").arg(hits.error));
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const SearchIndex::Hit &h : std::as_const(*hits.value)) {
            const SearchIndex::Document &d = h.document;
            list.append(QJsonObject {
                { u"show"_qs, d.show },
                { u"episode"_qs, d.title },
                { u"guid"_qs, d.guid.isEmpty() ? QJsonValue() : QJsonValue(d.guid) },
                { u"file"_qs, d.audioPath },
                { u"onDisk"_qs, QFileInfo::exists(d.audioPath) },
                { u"transcript"_qs, d.transcriptPath },
                { u"published"_qs,
                    d.published.isValid() ? QJsonValue(d.published.toString(Qt::ISODate)) : QJsonValue() },
                { u"time"_qs, h.time >= 0 ? QJsonValue(double(h.time) / 1000.0) : QJsonValue() },
                { u"speaker"_qs, h.speaker.isEmpty() ? QJsonValue() : QJsonValue(h.speaker) },
                { u"text"_qs, h.text },
            });
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        out.flush();
        return CommandLine::Success;
    }
    const bool terminal = isatty(STDOUT_FILENO);
    for (const SearchIndex::Hit &h : std::as_const(*hits.value)) {
        const SearchIndex::Document &d = h.document;
        out << (d.show.isEmpty() ? d.title : d.show + QStringLiteral(" — ") + d.title) << "  "
            << (h.time >= 0 ? timecode::formatClock(h.time) : QStringLiteral("?")) << "  " << d.audioPath;
        if (!QFileInfo::exists(d.audioPath))
            out << "  " << Tr::tr("(no longer on disk)");
        out << "\n    " << (h.speaker.isEmpty() ? QString() : h.speaker + QStringLiteral(": "))
            << marked(h.text, h.marks, terminal) << '\n';
    }
    if (hits.value->isEmpty())
        err << "hark: " << Tr::tr("nothing found") << '\n';
    out.flush();
    err.flush();
    return CommandLine::Success;
}

} // namespace

bool PodcastCommands::isVerb(const QString &verb)
{
    static const QStringList verbs { QStringLiteral("subscribe"), QStringLiteral("unsubscribe"),
        QStringLiteral("refresh"), QStringLiteral("episodes"), QStringLiteral("download"),
        QStringLiteral("opml"), QStringLiteral("search") };
    return verbs.contains(verb);
}

int PodcastCommands::run(
    const QString &verb, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (verb == u"subscribe")
        return runSubscribe(arguments, out, err);
    if (verb == u"unsubscribe")
        return runUnsubscribe(arguments, out, err);
    if (verb == u"refresh")
        return runRefresh(arguments, out, err);
    if (verb == u"episodes")
        return runEpisodes(arguments, out, err);
    if (verb == u"download")
        return runDownload(arguments, out, err);
    if (verb == u"search")
        return runSearch(arguments, out, err);
    return runOpml(arguments, out, err);
}

} // namespace hark

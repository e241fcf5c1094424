// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/feedcommand.h"

#include "cli/commandline.h"
#include "core/timecode.h"
#include "library/feedreader.h"
#include "library/fetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::FeedCommand)
};

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject episodeJson(const FeedEpisode &e)
{
    QJsonArray transcripts;
    for (const FeedTranscript &t : e.transcripts)
        transcripts.append(QJsonObject { { u"url"_qs, t.url }, { u"type"_qs, t.type },
            { u"language"_qs, orNull(t.language) }, { u"rel"_qs, orNull(t.rel) } });
    QJsonArray persons;
    for (const FeedPerson &p : e.persons)
        persons.append(QJsonObject { { u"name"_qs, p.name }, { u"role"_qs, p.role } });
    return QJsonObject {
        { u"title"_qs, e.title },
        { u"guid"_qs, e.guid },
        { u"published"_qs,
            e.published.isValid() ? QJsonValue(e.published.toString(Qt::ISODate)) : QJsonValue() },
        { u"duration"_qs, e.durationMs >= 0 ? QJsonValue(double(e.durationMs) / 1000.0) : QJsonValue() },
        { u"enclosure"_qs,
            e.enclosureUrl.isEmpty()
                ? QJsonValue()
                : QJsonValue(QJsonObject { { u"url"_qs, e.enclosureUrl },
                    { u"type"_qs, orNull(e.enclosureType) },
                    { u"length"_qs,
                        e.enclosureLength >= 0 ? QJsonValue(double(e.enclosureLength)) : QJsonValue() } }) },
        { u"transcripts"_qs, transcripts },
        { u"chapters"_qs, orNull(e.chaptersUrl) },
        { u"persons"_qs, persons },
    };
}

} // namespace

int FeedCommand::run(const QString &source, bool json, QTextStream &out, QTextStream &err)
{
    QByteArray bytes;
    QString name;
    if (source.startsWith(u"http://") || source.startsWith(u"https://")) {
        name = source;
        Fetcher fetcher;
        FetchRequest request;
        request.url = QUrl(source);
        std::optional<FetchResult> got;
        QEventLoop loop;
        fetcher.fetch(request, [&](const FetchResult &r) {
            got = r;
            loop.quit();
        });
        loop.exec();
        if (!got->ok()) {
            err << "hark: " << Tr::tr("%1: cannot fetch the feed: %2").arg(source, got->error) << '\n';
            err.flush();
            return CommandLine::BadInput;
        }
        bytes = got->body;
    } else {
        name = QFileInfo(source).fileName();
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "hark: " << Tr::tr("%1: cannot read the feed: %2").arg(source, file.errorString()) << '\n';
            err.flush();
            return CommandLine::BadInput;
        }
        bytes = file.readAll();
    }
    const FeedReadResult r = FeedReader::read(bytes);
    if (!CommandLine::report(r.warnings, r.ok() ? nullptr : &r.error, name, err))
        return CommandLine::BadInput;
    const Feed &f = *r.feed;
    if (json) {
        QJsonArray episodes;
        for (const FeedEpisode &e : f.episodes)
            episodes.append(episodeJson(e));
        const QJsonObject o { { u"title"_qs, f.title }, { u"guid"_qs, orNull(f.guid) },
            { u"language"_qs, orNull(f.language) }, { u"image"_qs, orNull(f.image) },
            { u"episodes"_qs, episodes } };
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out.flush();
        return CommandLine::Success;
    }
    out << Tr::tr("Show:      %1").arg(f.title) << '\n';
    if (!f.author.isEmpty())
        out << Tr::tr("By:        %1").arg(f.author) << '\n';
    if (!f.language.isEmpty())
        out << Tr::tr("Language:  %1").arg(f.language) << '\n';
    if (!f.newFeedUrl.isEmpty())
        out << Tr::tr("Moved to:  %1").arg(f.newFeedUrl) << '\n';
    if (f.locked.value_or(false))
        out << Tr::tr("Locked:    the publisher asks that the show not be moved to another host") << '\n';
    out << Tr::tr("Episodes:  %n", nullptr, int(f.episodes.size())) << '\n';
    for (const FeedEpisode &e : f.episodes) {
        QStringList facts;
        if (e.published.isValid())
            facts.append(e.published.date().toString(Qt::ISODate));
        if (e.durationMs >= 0)
            facts.append(timecode::formatClock(e.durationMs));
        QStringList kinds;
        for (const FeedTranscript &t : e.transcripts)
            kinds.append(t.type + (t.rel == u"captions" ? Tr::tr(" (timed)") : QString()));
        if (!kinds.isEmpty())
            facts.append(Tr::tr("transcripts: %1").arg(kinds.join(u", ")));
        if (!e.chaptersUrl.isEmpty())
            facts.append(Tr::tr("chapters"));
        if (e.enclosureUrl.isEmpty())
            facts.append(Tr::tr("no audio"));
        out << "  " << e.title
            << (facts.isEmpty() ? QString() : QStringLiteral("  (") + facts.join(u"; ") + u')') << '\n';
    }
    out.flush();
    return CommandLine::Success;
}

} // namespace hark

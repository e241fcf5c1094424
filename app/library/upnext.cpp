// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/upnext.h"

#include "episode/episode.h"
#include "library/podcastlibrary.h"

#include <QFileInfo>

namespace hark {

UpNext::UpNext(PodcastLibrary &library, PlayerSession &session, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_session(session)
{
    m_session.setEpisodeQueue(this);
    connect(&m_session, &PlayerSession::ended, this, &UpNext::ended);
    connect(&m_library, &PodcastLibrary::downloadFinished, this,
        [this](qint64 episodeId, const QString &path, const QString &error) {
            if (episodeId != m_waitingFor)
                return;
            m_waitingFor = 0;
            if (!error.isEmpty())
                Q_EMIT message(error);
            else
                m_session.open(path);
        });
    // A refresh may queue new episodes (a show's choice).
    connect(&m_library, &PodcastLibrary::refreshFinished, this, &UpNext::changed);
}

UpNext::~UpNext()
{
    m_session.setEpisodeQueue(nullptr);
}

QList<LibraryDatabase::Episode> UpNext::episodes() const
{
    QList<LibraryDatabase::Episode> out;
    for (qint64 id : m_library.database().queue()) {
        if (std::optional<LibraryDatabase::Episode> e = m_library.database().episode(id))
            out.append(*e);
    }
    return out;
}

void UpNext::add(qint64 episodeId)
{
    m_library.database().enqueue(episodeId);
    Q_EMIT changed();
}

void UpNext::playNext(qint64 episodeId)
{
    m_library.database().enqueue(episodeId, true);
    Q_EMIT changed();
}

void UpNext::remove(qint64 episodeId)
{
    m_library.database().dequeue(episodeId);
    Q_EMIT changed();
}

void UpNext::move(qint64 episodeId, int index)
{
    m_library.database().moveInQueue(episodeId, index);
    Q_EMIT changed();
}

void UpNext::playNow(qint64 episodeId)
{
    m_library.database().dequeue(episodeId);
    if (m_session.episode() && !m_session.episode()->audioPath().isEmpty())
        m_history.append(m_session.episode()->audioPath());
    play(episodeId);
    Q_EMIT changed();
}

bool UpNext::step(int direction)
{
    LibraryDatabase &db = m_library.database();
    const QString playing = m_session.episode() ? m_session.episode()->audioPath() : QString();
    if (direction < 0) {
        if (m_history.isEmpty())
            return false;
        // The one playing waits first in line again.
        if (const auto current = db.episodeByFile(playing))
            db.enqueue(current->id, true);
        m_session.open(m_history.takeLast());
        Q_EMIT changed();
        return true;
    }
    const QList<qint64> queued = db.queue();
    if (queued.isEmpty())
        return false;
    db.dequeue(queued.first());
    if (!playing.isEmpty())
        m_history.append(playing);
    play(queued.first());
    Q_EMIT changed();
    return true;
}

void UpNext::ended()
{
    LibraryDatabase &db = m_library.database();
    if (m_session.episode()) {
        if (const auto e = db.episodeByFile(m_session.episode()->audioPath()))
            db.setPlayed(e->id, true);
    }
    step(+1);
}

void UpNext::play(qint64 episodeId)
{
    const std::optional<LibraryDatabase::Episode> e = m_library.database().episode(episodeId);
    if (!e)
        return;
    if (e->download.state == u"done" && QFileInfo::exists(e->download.path)) {
        m_session.open(e->download.path);
        return;
    }
    if (m_library.isOffline()) {
        Q_EMIT message(tr("%1 is next, but it is not downloaded and Hark is working offline").arg(e->title));
        return;
    }
    m_waitingFor = episodeId;
    m_library.download(episodeId);
    Q_EMIT message(tr("Downloading %1, next in Up Next; it plays when it is here").arg(e->title));
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "episode/playersession.h"
#include "library/librarydatabase.h"

#include <QObject>
#include <QStringList>

namespace hark {

class PodcastLibrary;

/// Up Next, as every podcast app has it: the episodes to play after this one, kept in the library. When the
/// episode playing ends, the first queued one starts where it was left (downloaded first if it must be),
/// and the one that ended is marked played. Next and Previous (the media keys, MPRIS) move through it:
/// Next plays the first queued episode now, Previous goes back to the one played before (and puts the one
/// playing first in the queue again).
class UpNext : public QObject, public EpisodeQueue
{
    Q_OBJECT
public:
    UpNext(PodcastLibrary &library, PlayerSession &session, QObject *parent = nullptr);
    ~UpNext() override;

    QList<LibraryDatabase::Episode> episodes() const;
    void add(qint64 episodeId);
    /// First in the queue: it plays when this one ends.
    void playNext(qint64 episodeId);
    void remove(qint64 episodeId);
    void move(qint64 episodeId, int index);
    /// Plays a queued episode now, taking it out of the queue.
    void playNow(qint64 episodeId);

    bool step(int direction) override;

Q_SIGNALS:
    void changed();
    void message(const QString &text);

private:
    void ended();
    void play(qint64 episodeId);

    PodcastLibrary &m_library;
    PlayerSession &m_session;
    QStringList m_history; ///< the files played before the one playing, oldest first
    qint64 m_waitingFor = 0; ///< downloading, to play when it is here
};

} // namespace hark

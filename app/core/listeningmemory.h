// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <QList>
#include <QString>

#include <optional>

namespace hark {

/// What Hark remembers of one episode, to resume it.
struct EpisodeMemory
{
    qint64 position = 0; ///< ms; 0 once heard to the end
    double rate = 1.0;
    qint64 syncOffset = 0; ///< ms
    QString path; ///< where it was last opened from
    qint64 duration = 0; ///< ms, as the player found it; 0 when unknown
    friend bool operator==(const EpisodeMemory &, const EpisodeMemory &) = default;
};

/// Where the player keeps what it remembers of each episode (where it was left, its speed and sync offset)
/// and the listener's bookmarks, by episode key (episodeKey(): the audio's size and the hashes of its ends,
/// so that a moved or renamed file is found again). The settings' INI file keeps it when there is no
/// podcast library; the library's database keeps it when there is one, so that local files and downloaded
/// episodes resume alike and the Library can show how far each episode was heard.
class ListeningMemory
{
public:
    virtual ~ListeningMemory() = default;

    /// What was remembered of the episode whose key is @p key; nothing for an empty key.
    virtual std::optional<EpisodeMemory> episode(const QString &key) const = 0;
    virtual void setEpisode(const QString &key, const EpisodeMemory &memory) = 0;
    /// The listener's bookmarks in the episode, in time order.
    virtual QList<Bookmark> bookmarks(const QString &key) const = 0;
    virtual void setBookmarks(const QString &key, const QList<Bookmark> &bookmarks) = 0;

protected:
    ListeningMemory() = default;
    ListeningMemory(const ListeningMemory &) = default;
    ListeningMemory &operator=(const ListeningMemory &) = default;
};

} // namespace hark

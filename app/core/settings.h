// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/listeningmemory.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace hark {

/// Every setting Hark keeps, typed, in one place (the keys live in settings.cpp and nowhere else). It is also
/// the ListeningMemory when there is no podcast library (kept in the INI file, at most kMaxEpisodes).
class Settings : public ListeningMemory
{
public:
    /// The user's settings (QSettings' place for the application), or those in the INI file @p iniPath.
    explicit Settings(const QString &iniPath = {});
    ~Settings() override;
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static constexpr int kMaxRecent = 10;

    QString lastEpisode() const;
    void setLastEpisode(const QString &path);
    /// Most recent first, at most kMaxRecent, each once.
    QStringList recentEpisodes() const;
    void addRecentEpisode(const QString &path);
    void clearRecentEpisodes();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    /// The listener's bookmarks in the episode whose key is @p episodeKey, in time order. An episode with
    /// bookmarks is never forgotten to make room for others.
    QList<Bookmark> bookmarks(const QString &episodeKey) const override;
    void setBookmarks(const QString &episodeKey, const QList<Bookmark> &bookmarks) override;

    /// The transcript's text size, in steps from the normal size (-5 to +10); 0 by default.
    int textZoom() const;
    void setTextZoom(int steps);
    /// Lines and paragraphs closer together.
    bool compactSpacing() const;
    void setCompactSpacing(bool compact);
    /// The colours chosen: "system", "light" or "dark".
    QString colorScheme() const;
    void setColorScheme(const QString &scheme);
    /// The most the downloaded episodes may take together, in MB; 0: no limit (the default).
    qint64 downloadsLimitMb() const;
    void setDownloadsLimitMb(qint64 megabytes);
    /// Where new episodes are downloaded; empty: the default (the application data folder's Episodes).
    QString downloadsFolder() const;
    void setDownloadsFolder(const QString &folder);
    /// How long before a moment found by Search Everything it plays from, in seconds (0 to 30); 3 by
    /// default.
    int searchLeadInSeconds() const;
    void setSearchLeadInSeconds(int seconds);
    /// File › Work Offline: not even the podcast library touches the network.
    bool workOffline() const;
    void setWorkOffline(bool offline);

    /// Episodes remembered at most: storing one more forgets the one stored longest ago.
    static constexpr int kMaxEpisodes = 1000;

    /// What was remembered of the episode whose key (episodeKey()) is @p key.
    std::optional<EpisodeMemory> episode(const QString &key) const override;
    void setEpisode(const QString &key, const EpisodeMemory &memory) override;
    /// The keys of every episode remembered (with a position or bookmarks), to carry them elsewhere.
    QStringList rememberedEpisodes() const;

    /// Writes what is pending to disk.
    void sync();

private:
    void forgetOldEpisodes();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QSettings>

#include <algorithm>

namespace hark {

namespace {

// Every key Hark stores.
constexpr auto kLastEpisode = "session/lastEpisode";
constexpr auto kRecent = "session/recentEpisodes";
constexpr auto kGeometry = "window/geometry";
constexpr auto kTextZoom = "transcript/textZoom";
constexpr auto kColorScheme = "appearance/colorScheme";
constexpr auto kCompact = "transcript/compactSpacing";
constexpr auto kWorkOffline = "library/workOffline";
constexpr auto kDownloadsLimit = "library/downloadsLimitMb";
constexpr auto kDownloadsFolder = "library/downloadsFolder";
constexpr auto kSearchLeadIn = "search/leadInSeconds";
constexpr auto kBookmarks = "bookmarks";
constexpr auto kAt = "at";
constexpr auto kNote = "note";
constexpr int kMinZoom = -5;
constexpr int kMaxZoom = 10;
constexpr auto kEpisodes = "episodes"; // a group per episode key
constexpr auto kPosition = "position";
constexpr auto kRate = "rate";
constexpr auto kSyncOffset = "syncOffset";
constexpr auto kPath = "path";
constexpr auto kDuration = "duration";
constexpr auto kUsed = "used"; // the episode counter's value when the episode was last stored
constexpr auto kEpisodeCounter = "session/episodesStored"; // counts every setEpisode()

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

Settings::Settings(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::lastEpisode() const
{
    return m_settings->value(key(kLastEpisode)).toString();
}

void Settings::setLastEpisode(const QString &path)
{
    m_settings->setValue(key(kLastEpisode), path);
}

QStringList Settings::recentEpisodes() const
{
    return m_settings->value(key(kRecent)).toStringList();
}

void Settings::addRecentEpisode(const QString &path)
{
    QStringList recent = recentEpisodes();
    recent.removeAll(path);
    recent.prepend(path);
    m_settings->setValue(key(kRecent), recent.mid(0, kMaxRecent));
}

void Settings::clearRecentEpisodes()
{
    m_settings->remove(key(kRecent));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(key(kGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(key(kGeometry), geometry);
}

QList<Bookmark> Settings::bookmarks(const QString &episodeKey) const
{
    QList<Bookmark> list;
    if (episodeKey.isEmpty())
        return list;
    m_settings->beginGroup(key(kEpisodes) + u'/' + episodeKey);
    const int n = m_settings->beginReadArray(key(kBookmarks));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        list.append({ std::max<qint64>(0, m_settings->value(key(kAt)).toLongLong()),
            m_settings->value(key(kNote)).toString() });
    }
    m_settings->endArray();
    m_settings->endGroup();
    std::stable_sort(
        list.begin(), list.end(), [](const Bookmark &a, const Bookmark &b) { return a.at < b.at; });
    return list;
}

void Settings::setBookmarks(const QString &episodeKey, const QList<Bookmark> &bookmarks)
{
    if (episodeKey.isEmpty())
        return;
    m_settings->beginGroup(key(kEpisodes) + u'/' + episodeKey);
    m_settings->remove(key(kBookmarks));
    if (!bookmarks.isEmpty()) {
        m_settings->beginWriteArray(key(kBookmarks), int(bookmarks.size()));
        for (int i = 0; i < bookmarks.size(); ++i) {
            m_settings->setArrayIndex(i);
            m_settings->setValue(key(kAt), bookmarks[i].at);
            m_settings->setValue(key(kNote), bookmarks[i].note);
        }
        m_settings->endArray();
    }
    m_settings->endGroup();
}

int Settings::searchLeadInSeconds() const
{
    return std::clamp(m_settings->value(key(kSearchLeadIn), 3).toInt(), 0, 30);
}

void Settings::setSearchLeadInSeconds(int seconds)
{
    m_settings->setValue(key(kSearchLeadIn), std::clamp(seconds, 0, 30));
}

int Settings::textZoom() const
{
    return std::clamp(m_settings->value(key(kTextZoom), 0).toInt(), kMinZoom, kMaxZoom);
}

void Settings::setTextZoom(int steps)
{
    m_settings->setValue(key(kTextZoom), std::clamp(steps, kMinZoom, kMaxZoom));
}

bool Settings::compactSpacing() const
{
    return m_settings->value(key(kCompact), false).toBool();
}

void Settings::setCompactSpacing(bool compact)
{
    m_settings->setValue(key(kCompact), compact);
}

qint64 Settings::downloadsLimitMb() const
{
    return std::max<qint64>(0, m_settings->value(key(kDownloadsLimit), 0).toLongLong());
}

void Settings::setDownloadsLimitMb(qint64 megabytes)
{
    m_settings->setValue(key(kDownloadsLimit), std::max<qint64>(0, megabytes));
}

QString Settings::downloadsFolder() const
{
    return m_settings->value(key(kDownloadsFolder)).toString();
}

void Settings::setDownloadsFolder(const QString &folder)
{
    m_settings->setValue(key(kDownloadsFolder), folder);
}

bool Settings::workOffline() const
{
    return m_settings->value(key(kWorkOffline), false).toBool();
}

void Settings::setWorkOffline(bool offline)
{
    m_settings->setValue(key(kWorkOffline), offline);
}

QString Settings::colorScheme() const
{
    const QString scheme = m_settings->value(key(kColorScheme)).toString();
    return scheme == u"light" || scheme == u"dark" ? scheme : QStringLiteral("system");
}

void Settings::setColorScheme(const QString &scheme)
{
    m_settings->setValue(key(kColorScheme), scheme);
}

std::optional<EpisodeMemory> Settings::episode(const QString &episodeKey) const
{
    if (episodeKey.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(key(kEpisodes) + u'/' + episodeKey);
    std::optional<EpisodeMemory> memory;
    if (m_settings->contains(key(kPosition))) {
        memory.emplace();
        memory->position = std::max<qint64>(0, m_settings->value(key(kPosition)).toLongLong());
        memory->rate = m_settings->value(key(kRate), 1.0).toDouble();
        memory->syncOffset = m_settings->value(key(kSyncOffset), 0).toLongLong();
        memory->path = m_settings->value(key(kPath)).toString();
        memory->duration = std::max<qint64>(0, m_settings->value(key(kDuration), 0).toLongLong());
    }
    m_settings->endGroup();
    return memory;
}

void Settings::setEpisode(const QString &episodeKey, const EpisodeMemory &memory)
{
    if (episodeKey.isEmpty())
        return;
    const qint64 used = m_settings->value(key(kEpisodeCounter), 0).toLongLong() + 1;
    m_settings->setValue(key(kEpisodeCounter), used);
    const bool isNew = !episode(episodeKey);
    m_settings->beginGroup(key(kEpisodes) + u'/' + episodeKey);
    m_settings->setValue(key(kUsed), used);
    m_settings->setValue(key(kPosition), memory.position);
    m_settings->setValue(key(kRate), memory.rate);
    m_settings->setValue(key(kSyncOffset), memory.syncOffset);
    m_settings->setValue(key(kPath), memory.path);
    m_settings->setValue(key(kDuration), memory.duration);
    m_settings->endGroup();
    if (isNew)
        forgetOldEpisodes();
}

QStringList Settings::rememberedEpisodes() const
{
    m_settings->beginGroup(key(kEpisodes));
    const QStringList keys = m_settings->childGroups();
    m_settings->endGroup();
    return keys;
}

void Settings::forgetOldEpisodes()
{
    m_settings->beginGroup(key(kEpisodes));
    const QStringList keys = m_settings->childGroups();
    if (keys.size() > kMaxEpisodes) {
        std::vector<std::pair<qint64, QString>> byUse;
        byUse.reserve(std::size_t(keys.size()));
        for (const QString &episodeKey : keys) {
            // The listener's bookmarks are theirs: an episode that has some is kept.
            if (m_settings->contains(episodeKey + u'/' + key(kBookmarks) + QStringLiteral("/size")))
                continue;
            byUse.emplace_back(m_settings->value(episodeKey + u'/' + key(kUsed), 0).toLongLong(), episodeKey);
        }
        const auto excess = std::min(byUse.size(), std::size_t(keys.size() - kMaxEpisodes));
        std::partial_sort(byUse.begin(), byUse.begin() + qsizetype(excess), byUse.end());
        for (std::size_t i = 0; i < excess; ++i)
            m_settings->remove(byUse[i].second);
    }
    m_settings->endGroup();
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mprisservice.h"

#include "episode/playersession.h"
#include "media/playbackbackend.h"
#include "ui/mprisadaptors.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace hark {

namespace {

constexpr auto kRootInterface = "org.mpris.MediaPlayer2";
constexpr auto kPlayerInterface = "org.mpris.MediaPlayer2.Player";

QString episodeHash(const QString &audioPath)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(audioPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

MprisService::MprisService(PlayerSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_bus(QString())
{
    new RootAdaptor(this);
    m_player = new PlayerAdaptor(this);
    connect(session, &PlayerSession::stateChanged, this, &MprisService::scheduleRefresh);
    connect(session, &PlayerSession::durationChanged, this, &MprisService::scheduleRefresh);
    connect(session, &PlayerSession::episodeChanged, this, &MprisService::scheduleRefresh);
    connect(session, &PlayerSession::rateChanged, this, &MprisService::scheduleRefresh);
    connect(session, &PlayerSession::volumeChanged, this, &MprisService::scheduleRefresh);
    // Position is never in PropertiesChanged: clients extrapolate it from the rate and hear of jumps here.
    connect(session, &PlayerSession::seeked, this, [this](qint64 ms) { Q_EMIT m_player->Seeked(ms * 1000); });
}

MprisService::~MprisService()
{
    if (!m_serviceName.isEmpty()) {
        m_bus.unregisterService(m_serviceName);
        m_bus.unregisterObject(QLatin1String(kObjectPath));
    }
}

Status MprisService::registerOn(const QDBusConnection &bus)
{
    m_bus = bus;
    if (!m_bus.isConnected())
        return Status::failure(tr("no D-Bus session bus"));
    if (!m_bus.registerObject(QLatin1String(kObjectPath), this, QDBusConnection::ExportAdaptors))
        return Status::failure(tr("the object path %1 is taken").arg(QLatin1String(kObjectPath)));
    const QString name = QStringLiteral("org.mpris.MediaPlayer2.hark");
    const QStringList candidates { name,
        name + QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid()) };
    for (const QString &candidate : candidates) {
        if (m_bus.registerService(candidate)) {
            m_serviceName = candidate;
            m_sent = { { QLatin1String(kRootInterface), rootProperties() },
                { QLatin1String(kPlayerInterface), playerProperties() } };
            return {};
        }
    }
    const QString refused = m_bus.lastError().message();
    m_bus.unregisterObject(QLatin1String(kObjectPath));
    return Status::failure(refused);
}

QDBusObjectPath MprisService::trackId() const
{
    const Episode *episode = m_session->episode();
    if (!episode || episode->audioPath().isEmpty())
        return QDBusObjectPath(QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack"));
    return QDBusObjectPath(QStringLiteral("/app/hark/Hark/episode/") + episodeHash(episode->audioPath()));
}

QString MprisService::coverFile() const
{
    const Episode *episode = m_session->episode();
    if (!episode || episode->cover().isEmpty())
        return {};
    // Written once per episode opened, not on every change that sends the metadata again.
    if (m_cover.first == episode->audioPath())
        return m_cover.second;
    m_cover = { episode->audioPath(), writeCover(*episode) };
    return m_cover.second;
}

QString MprisService::writeCover(const Episode &episode)
{
    const QByteArray &bytes = episode.cover();
    const QString suffix = QMimeDatabase().mimeTypeForData(bytes).preferredSuffix();
    const QDir covers(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/covers"));
    const QString path = covers.filePath(
        episodeHash(episode.audioPath()) + u'.' + (suffix.isEmpty() ? QStringLiteral("jpg") : suffix));
    QSaveFile file(path);
    if (!covers.mkpath(QStringLiteral(".")) || !file.open(QIODevice::WriteOnly)
        || file.write(bytes) != bytes.size() || !file.commit())
        return {};
    return path;
}

QVariantMap MprisService::metadata() const
{
    QVariantMap map { { QStringLiteral("mpris:trackid"), QVariant::fromValue(trackId()) } };
    const Episode *episode = m_session->episode();
    if (!episode || episode->audioPath().isEmpty())
        return map;
    map.insert(QStringLiteral("xesam:title"), episode->title());
    map.insert(QStringLiteral("xesam:url"), QUrl::fromLocalFile(episode->audioPath()).toString());
    if (!episode->artist().isEmpty())
        map.insert(QStringLiteral("xesam:artist"), QStringList { episode->artist() });
    if (!episode->show().isEmpty())
        map.insert(QStringLiteral("xesam:album"), episode->show());
    const qint64 duration = m_session->duration() > 0 ? m_session->duration() : episode->duration();
    if (duration > 0)
        map.insert(QStringLiteral("mpris:length"), qlonglong(duration * 1000));
    if (const QString cover = coverFile(); !cover.isEmpty())
        map.insert(QStringLiteral("mpris:artUrl"), QUrl::fromLocalFile(cover).toString());
    return map;
}

QString MprisService::playbackStatus() const
{
    switch (m_session->state()) {
    case PlaybackBackend::State::Playing:
        return QStringLiteral("Playing");
    case PlaybackBackend::State::Paused:
        return QStringLiteral("Paused");
    case PlaybackBackend::State::Stopped:
        break;
    }
    return QStringLiteral("Stopped");
}

qint64 MprisService::positionUs() const
{
    return m_session->canPlay() ? m_session->position() * 1000 : 0;
}

QVariantMap MprisService::rootProperties() const
{
    // The root interface's properties do not change while Hark runs.
    return {};
}

QVariantMap MprisService::playerProperties() const
{
    const bool canPlay = m_session->canPlay();
    return {
        { QStringLiteral("PlaybackStatus"), playbackStatus() },
        { QStringLiteral("Rate"), m_session->rate() },
        { QStringLiteral("Metadata"), metadata() },
        { QStringLiteral("Volume"), m_session->volume() },
        { QStringLiteral("CanGoNext"), canPlay },
        { QStringLiteral("CanGoPrevious"), canPlay },
        { QStringLiteral("CanPlay"), canPlay },
        { QStringLiteral("CanPause"), canPlay },
        { QStringLiteral("CanSeek"), canPlay },
    };
}

void MprisService::scheduleRefresh()
{
    if (m_serviceName.isEmpty() || std::exchange(m_refreshPending, true))
        return;
    QTimer::singleShot(0, this, &MprisService::refresh);
}

void MprisService::refresh()
{
    m_refreshPending = false;
    const QHash<QString, QVariantMap> now { { QLatin1String(kRootInterface), rootProperties() },
        { QLatin1String(kPlayerInterface), playerProperties() } };
    for (auto it = now.begin(); it != now.end(); ++it) {
        QVariantMap &sent = m_sent[it.key()];
        QVariantMap changed;
        for (auto p = it.value().begin(); p != it.value().end(); ++p) {
            if (sent.value(p.key()) != p.value())
                changed.insert(p.key(), p.value());
        }
        if (changed.isEmpty())
            continue;
        sent = it.value();
        QDBusMessage signal = QDBusMessage::createSignal(QLatin1String(kObjectPath),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"));
        signal << it.key() << changed << QStringList();
        m_bus.send(signal);
    }
}

} // namespace hark

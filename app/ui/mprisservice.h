// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <utility>

namespace hark {

class Episode;
class PlayerSession;

/// The player session as an MPRIS2 media player (org.mpris.MediaPlayer2 and its .Player interface), so that
/// media keys, headphone buttons and the desktop's media widget drive it. It reads and drives the session
/// only, and asks for a window to come forward or close through its signals; Next and Previous go a chapter
/// on or back, else 30 s on or 15 s back.
class MprisService : public QObject
{
    Q_OBJECT

public:
    static constexpr auto kObjectPath = "/org/mpris/MediaPlayer2";

    explicit MprisService(PlayerSession *session, QObject *parent = nullptr);
    ~MprisService() override;

    /// Registers on @p bus as org.mpris.MediaPlayer2.hark, or as ….hark.instance<pid> when another Hark
    /// holds that name. Fails when the bus refuses.
    Status registerOn(const QDBusConnection &bus);
    QString serviceName() const { return m_serviceName; }

    PlayerSession *session() const { return m_session; }

    // What the adaptors read.
    QVariantMap metadata() const;
    QString playbackStatus() const;
    QDBusObjectPath trackId() const;
    qint64 positionUs() const;
    /// The properties that PropertiesChanged reports (Position never is), by interface.
    QVariantMap rootProperties() const;
    QVariantMap playerProperties() const;

Q_SIGNALS:
    /// Raise: the player's window should come forward (also after OpenUri).
    void raiseRequested();
    /// Quit.
    void quitRequested();

private:
    /// Sends PropertiesChanged with whatever differs from what was last sent; coalesced to one per turn of
    /// the event loop.
    void scheduleRefresh();
    void refresh();
    /// The cover as a file an MPRIS client can show (written once into the cache folder); empty without one.
    QString coverFile() const;
    static QString writeCover(const Episode &episode);

    PlayerSession *m_session;
    QDBusConnection m_bus;
    QString m_serviceName;
    bool m_refreshPending = false;
    QHash<QString, QVariantMap> m_sent; ///< by interface
    class PlayerAdaptor *m_player = nullptr;
    mutable std::pair<QString, QString> m_cover; ///< the episode's audio path, and its cover's file
};

} // namespace hark

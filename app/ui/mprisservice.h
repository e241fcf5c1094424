// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <utility>

namespace hark {

class Episode;
class MainWindow;

/// The window as an MPRIS2 media player (org.mpris.MediaPlayer2 and its .Player interface), so that media
/// keys, headphone buttons and the desktop's media widget drive it. It reads and drives the window only;
/// Next and Previous go a chapter on or back, else 30 s on or 15 s back.
class MprisService : public QObject
{
    Q_OBJECT

public:
    static constexpr auto kObjectPath = "/org/mpris/MediaPlayer2";

    explicit MprisService(MainWindow *window, QObject *parent = nullptr);
    ~MprisService() override;

    /// Registers on @p bus as org.mpris.MediaPlayer2.hark, or as ….hark.instance<pid> when another Hark
    /// holds that name. Returns false and sets @p error when the bus refuses.
    bool registerOn(const QDBusConnection &bus, QString *error);
    QString serviceName() const { return m_serviceName; }

    MainWindow *window() const { return m_window; }

    // What the adaptors read.
    QVariantMap metadata() const;
    QString playbackStatus() const;
    QDBusObjectPath trackId() const;
    qint64 positionUs() const;
    /// The properties that PropertiesChanged reports (Position never is), by interface.
    QVariantMap rootProperties() const;
    QVariantMap playerProperties() const;

private:
    /// Sends PropertiesChanged with whatever differs from what was last sent; coalesced to one per turn of
    /// the event loop.
    void scheduleRefresh();
    void refresh();
    /// The cover as a file an MPRIS client can show (written once into the cache folder); empty without one.
    QString coverFile() const;
    static QString writeCover(const Episode &episode);

    MainWindow *m_window;
    QDBusConnection m_bus;
    QString m_serviceName;
    bool m_refreshPending = false;
    QHash<QString, QVariantMap> m_sent; ///< by interface
    class PlayerAdaptor *m_player = nullptr;
    mutable std::pair<QString, QString> m_cover; ///< the episode's audio path, and its cover's file
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace hark {

class MprisService;
class PlayerSession;
class SingleInstance;
class SleepInhibitor;

/// The player's place on the desktop, over D-Bus: its MPRIS player (media keys, headphone buttons, the
/// media widget), the files a second launch hands over, and no idle sleep or screen blanking while playing.
/// It drives the PlayerSession; whatever shows it (a window) hears through raiseRequested() and
/// quitRequested().
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    /// Registers @p player's MPRIS player on @p session and holds the sleep locks (on @p session and
    /// @p system) while it plays. Without a bus, playing works as before.
    DesktopSession(PlayerSession *player, const QDBusConnection &session, const QDBusConnection &system,
        QObject *parent = nullptr);
    ~DesktopSession() override;

    /// Opens in the player what later launches hand over to @p instance.
    void serve(SingleInstance *instance);

    MprisService *mpris() const { return m_mpris; }
    SleepInhibitor *inhibitor() const { return m_inhibitor; }

Q_SIGNALS:
    /// The desktop asked for the player to come forward (a second launch, MPRIS Raise or OpenUri).
    void raiseRequested();
    /// MPRIS Quit.
    void quitRequested();

private:
    PlayerSession *m_player;
    MprisService *m_mpris;
    SleepInhibitor *m_inhibitor;
};

} // namespace hark

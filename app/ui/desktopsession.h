// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>

namespace hark {

class MainWindow;
class MprisService;
class SingleInstance;
class SleepInhibitor;

/// The window's place on the desktop, over D-Bus: its MPRIS player (media keys, headphone buttons, the
/// media widget), the files a second launch hands over, and no idle sleep or screen blanking while playing.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    /// Registers @p window's MPRIS player on @p session and holds the sleep locks (on @p session and
    /// @p system) while it plays. Without a bus, the window works as before.
    DesktopSession(MainWindow *window, const QDBusConnection &session, const QDBusConnection &system,
        QObject *parent = nullptr);
    ~DesktopSession() override;

    /// Opens in the window what later launches hand over to @p instance.
    void serve(SingleInstance *instance);

    MprisService *mpris() const { return m_mpris; }
    SleepInhibitor *inhibitor() const { return m_inhibitor; }

private:
    MainWindow *m_window;
    MprisService *m_mpris;
    SleepInhibitor *m_inhibitor;
};

} // namespace hark

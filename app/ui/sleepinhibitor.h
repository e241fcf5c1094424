// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QPointer>

class QDBusPendingCallWatcher;

namespace hark {

/// Asks the desktop not to blank the screen (org.freedesktop.ScreenSaver on the session bus) and the system
/// not to go idle and suspend (org.freedesktop.login1 "idle" lock on the system bus) while it is held, and
/// lets go when released. Either service may be missing: what is there is used. The calls never block,
/// except that the destructor waits (at most 3 s) for a screen saver cookie still on its way, to give it
/// back.
class SleepInhibitor : public QObject
{
    Q_OBJECT

public:
    SleepInhibitor(const QDBusConnection &session, const QDBusConnection &system, QObject *parent = nullptr);
    ~SleepInhibitor() override;

    /// Holds (with @p reason shown by the desktop) or releases both locks.
    void setHeld(bool held, const QString &reason = {});
    bool isHeld() const { return m_wanted; }
    /// What the desktop granted: the screen saver's cookie, and the login manager's lock.
    bool holdsScreenSaver() const { return m_cookie != 0; }
    bool holdsLogin() const { return m_loginLock.isValid(); }

Q_SIGNALS:
    /// A lock was granted or given back.
    void holdsChanged();

private:
    void askScreenSaver(const QString &reason);
    void askLogin(const QString &reason);
    void releaseScreenSaver();

    QDBusConnection m_session;
    QDBusConnection m_system;
    bool m_wanted = false;
    QPointer<QDBusPendingCallWatcher> m_screenSaverCall; ///< a reply is on its way
    bool m_loginAsked = false;
    uint m_cookie = 0;
    QDBusUnixFileDescriptor m_loginLock; ///< logind holds the lock until this file is closed
};

} // namespace hark

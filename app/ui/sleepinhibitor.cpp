// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sleepinhibitor.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace hark {

Q_LOGGING_CATEGORY(lcInhibit, "hark.ui.inhibit", QtInfoMsg)

namespace {
const auto kScreenSaver = QStringLiteral("org.freedesktop.ScreenSaver");
const auto kLogin = QStringLiteral("org.freedesktop.login1");
// A desktop that takes longer than this to answer is treated as absent.
constexpr int kCallTimeoutMs = 3000;
} // namespace

SleepInhibitor::SleepInhibitor(const QDBusConnection &session, const QDBusConnection &system, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_system(system)
{ }

SleepInhibitor::~SleepInhibitor()
{
    // A cookie still on its way would otherwise hold the screen awake until the desktop notices that Hark
    // has gone; the wait is bounded by the call's timeout.
    // Waiting delivers the reply to the handler in askScreenSaver(), which gives back what is not wanted.
    m_wanted = false;
    if (m_screenSaverCall)
        m_screenSaverCall->waitForFinished();
    if (m_screenSaverCall) { // not delivered by the wait: read here
        const QDBusPendingReply<uint> reply = *m_screenSaverCall;
        if (reply.isValid())
            m_cookie = reply.value();
    }
    releaseScreenSaver(); // the login lock goes with its file
}

void SleepInhibitor::setHeld(bool held, const QString &reason)
{
    if (held == m_wanted)
        return;
    m_wanted = held;
    if (held) {
        askScreenSaver(reason);
        askLogin(reason);
        return;
    }
    // A reply still on its way is given back when it comes.
    const bool had = holdsScreenSaver() || holdsLogin();
    releaseScreenSaver();
    m_loginLock = QDBusUnixFileDescriptor();
    if (had)
        Q_EMIT holdsChanged();
}

void SleepInhibitor::askScreenSaver(const QString &reason)
{
    if (m_cookie != 0 || m_screenSaverCall || !m_session.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(kScreenSaver,
        QStringLiteral("/org/freedesktop/ScreenSaver"), kScreenSaver, QStringLiteral("Inhibit"));
    call << QStringLiteral("Hark") << reason;
    m_screenSaverCall = new QDBusPendingCallWatcher(m_session.asyncCall(call, kCallTimeoutMs), this);
    connect(m_screenSaverCall, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_screenSaverCall.clear();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            qCDebug(lcInhibit) << "the screen saver did not take the lock:" << reply.error().message();
            return;
        }
        m_cookie = reply.value();
        if (!m_wanted)
            releaseScreenSaver();
        else
            Q_EMIT holdsChanged();
    });
}

void SleepInhibitor::askLogin(const QString &reason)
{
    if (m_loginLock.isValid() || m_loginAsked || !m_system.isConnected())
        return;
    m_loginAsked = true;
    // "idle": the system does not suspend for being idle while Hark plays; a suspend the user asks for
    // (the lid, the menu) still happens.
    QDBusMessage call = QDBusMessage::createMethodCall(kLogin, QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Inhibit"));
    call << QStringLiteral("idle") << QStringLiteral("Hark") << reason << QStringLiteral("block");
    auto *watcher = new QDBusPendingCallWatcher(m_system.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_loginAsked = false;
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *w;
        if (reply.isError()) {
            qCDebug(lcInhibit) << "the login manager did not take the lock:" << reply.error().message();
            return;
        }
        if (m_wanted) {
            m_loginLock = reply.value();
            Q_EMIT holdsChanged();
        }
    });
}

void SleepInhibitor::releaseScreenSaver()
{
    if (m_cookie == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(kScreenSaver,
        QStringLiteral("/org/freedesktop/ScreenSaver"), kScreenSaver, QStringLiteral("UnInhibit"));
    call << m_cookie;
    m_session.send(call);
    m_cookie = 0;
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktopsession.h"

#include "media/playbackbackend.h"
#include "ui/mainwindow.h"
#include "ui/mprisservice.h"
#include "ui/singleinstance.h"
#include "ui/sleepinhibitor.h"

#include <QLoggingCategory>

namespace hark {

Q_LOGGING_CATEGORY(lcDesktop, "hark.ui.desktop", QtInfoMsg)

DesktopSession::DesktopSession(
    MainWindow *window, const QDBusConnection &session, const QDBusConnection &system, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_mpris(new MprisService(window, this))
    , m_inhibitor(new SleepInhibitor(session, system, this))
{
    if (QString error; !m_mpris->registerOn(session, &error))
        qCDebug(lcDesktop) << "media keys and the desktop's media controls will not reach Hark:" << error;
    const auto hold = [this] {
        m_inhibitor->setHeld(
            m_window->backend()->state() == PlaybackBackend::State::Playing, tr("Playing an episode"));
    };
    connect(window->backend(), &PlaybackBackend::stateChanged, this, hold);
    hold();
}

DesktopSession::~DesktopSession() = default;

void DesktopSession::serve(SingleInstance *instance)
{
    connect(instance, &SingleInstance::activated, m_window, &MainWindow::comeForward);
    connect(instance, &SingleInstance::openRequested, m_window,
        [this](const QString &path, bool paused, qint64 atMs) {
            m_window->openFromOutside(
                path, paused, atMs >= 0 ? std::optional<qint64>(atMs) : std::optional<qint64>());
        });
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktopsession.h"

#include "episode/playersession.h"
#include "ui/mprisservice.h"
#include "ui/singleinstance.h"
#include "ui/sleepinhibitor.h"

#include <QLoggingCategory>

namespace hark {

Q_LOGGING_CATEGORY(lcDesktop, "hark.ui.desktop", QtInfoMsg)

DesktopSession::DesktopSession(
    PlayerSession *player, const QDBusConnection &session, const QDBusConnection &system, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_mpris(new MprisService(player, this))
    , m_inhibitor(new SleepInhibitor(session, system, this))
{
    if (const Status registered = m_mpris->registerOn(session); !registered.ok())
        qCDebug(lcDesktop) << "media keys and the desktop's media controls will not reach Hark:"
                           << registered.error;
    connect(m_mpris, &MprisService::raiseRequested, this, &DesktopSession::raiseRequested);
    connect(m_mpris, &MprisService::quitRequested, this, &DesktopSession::quitRequested);
    const auto hold = [this] { m_inhibitor->setHeld(m_player->isPlaying(), tr("Playing an episode")); };
    connect(player, &PlayerSession::stateChanged, this, hold);
    hold();
}

DesktopSession::~DesktopSession() = default;

void DesktopSession::serve(SingleInstance *instance)
{
    connect(instance, &SingleInstance::activated, this, &DesktopSession::raiseRequested);
    connect(instance, &SingleInstance::openRequested, this,
        [this](const QString &path, bool paused, qint64 atMs) {
            m_player->openFromOutside(
                path, paused, atMs >= 0 ? std::optional<qint64>(atMs) : std::optional<qint64>());
            Q_EMIT raiseRequested();
        });
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/singleinstance.h"

#include "core/timecode.h"

#include <QDBusMessage>
#include <QUrl>

namespace hark {

namespace {
constexpr auto kInterface = "org.freedesktop.Application";
const auto kPausedKey = QStringLiteral("app.hark.paused");
} // namespace

SingleInstance::SingleInstance(const QDBusConnection &bus, const QString &appId, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_appId(appId)
{ }

SingleInstance::~SingleInstance()
{
    if (m_claimed) {
        m_bus.unregisterService(m_appId);
        m_bus.unregisterObject(objectPath());
    }
}

QString SingleInstance::objectPath() const
{
    // The freedesktop rule: the id with '.' as '/' (and '-' as '_').
    return u'/' + QString(m_appId).replace(u'.', u'/').replace(u'-', u'_');
}

SingleInstance::Claim SingleInstance::claim()
{
    if (!m_bus.isConnected())
        return Claim::NoBus;
    // The object first, then the name: a launch that sees the name finds the object behind it.
    if (!m_bus.registerObject(
            objectPath(), QLatin1String(kInterface), this, QDBusConnection::ExportScriptableSlots))
        return Claim::NoBus;
    if (!m_bus.registerService(m_appId)) {
        m_bus.unregisterObject(objectPath());
        return Claim::RunningElsewhere;
    }
    m_claimed = true;
    return Claim::Claimed;
}

Status SingleInstance::handOver(const QString &path, bool paused, qint64 atMs, int timeoutMs)
{
    QDBusMessage call = QDBusMessage::createMethodCall(m_appId, objectPath(), QLatin1String(kInterface),
        path.isEmpty() ? QStringLiteral("Activate") : QStringLiteral("Open"));
    QVariantMap data = platformData();
    if (paused)
        data.insert(kPausedKey, true);
    if (path.isEmpty()) {
        call << data;
    } else {
        // The time travels as a media fragment: file:///…/episode.mp3#t=754.5
        QUrl url = QUrl::fromLocalFile(path);
        if (atMs >= 0)
            url.setFragment(timecode::formatMediaFragment(atMs));
        call << QStringList { url.toString() } << data;
    }
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return Status::failure(reply.errorMessage());
    return {};
}

QVariantMap SingleInstance::platformData()
{
    QVariantMap data;
    if (const QByteArray token = qgetenv("XDG_ACTIVATION_TOKEN"); !token.isEmpty())
        data.insert(QStringLiteral("activation-token"), QString::fromUtf8(token));
    if (const QByteArray id = qgetenv("DESKTOP_STARTUP_ID"); !id.isEmpty())
        data.insert(QStringLiteral("desktop-startup-id"), QString::fromUtf8(id));
    return data;
}

void SingleInstance::takeActivationToken(const QVariantMap &platformData)
{
    // Qt's Wayland plugin reads the token from the environment when the window asks for the focus.
    if (const QString token = platformData.value(QStringLiteral("activation-token")).toString();
        !token.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
}

void SingleInstance::Activate(const QVariantMap &platformData)
{
    takeActivationToken(platformData);
    Q_EMIT activated();
}

void SingleInstance::Open(const QStringList &uris, const QVariantMap &platformData)
{
    takeActivationToken(platformData);
    const bool paused = platformData.value(kPausedKey).toBool();
    // One episode plays at a time: the last one named is the one opened.
    for (auto it = uris.crbegin(); it != uris.crend(); ++it) {
        const QUrl url(*it);
        if (!url.isLocalFile())
            continue;
        Q_EMIT openRequested(
            url.toLocalFile(), paused, timecode::parseMediaFragment(url.fragment()).value_or(-1));
        return;
    }
    Q_EMIT activated();
}

void SingleInstance::ActivateAction(const QString &, const QVariantList &, const QVariantMap &platformData)
{
    // Hark declares no actions: come forward.
    Activate(platformData);
}

} // namespace hark

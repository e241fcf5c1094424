// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>

namespace hark {

/// One Hark per desktop session. The first launch owns the bus name of Hark's application id and serves
/// org.freedesktop.Application on it; a later launch hands its file to that one and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")

public:
    enum class Claim
    {
        Claimed, ///< this process is the one instance
        RunningElsewhere, ///< another Hark holds the name: hand over to it
        NoBus ///< no session bus: every launch is on its own
    };

    /// @p appId: the reverse-DNS application id (its bus name; its object path is made from it).
    SingleInstance(const QDBusConnection &bus, const QString &appId, QObject *parent = nullptr);
    ~SingleInstance() override;

    Claim claim();
    /// Asks the Hark holding the name to open @p path (an absolute path; empty: only to come forward), at
    /// @p atMs when not negative, paused if @p paused. Fails when it did not answer within @p timeoutMs.
    Status handOver(const QString &path, bool paused, qint64 atMs, int timeoutMs = 10'000);

public Q_SLOTS:
    // org.freedesktop.Application, for the launches that hand over (and for desktops that activate).
    Q_SCRIPTABLE void Activate(const QVariantMap &platformData);
    Q_SCRIPTABLE void Open(const QStringList &uris, const QVariantMap &platformData);
    Q_SCRIPTABLE void ActivateAction(
        const QString &actionName, const QVariantList &parameter, const QVariantMap &platformData);

Q_SIGNALS:
    /// Come forward.
    void activated();
    /// Open @p path (come forward too), at @p atMs unless it is negative.
    void openRequested(const QString &path, bool paused, qint64 atMs);

private:
    QString objectPath() const;
    /// The activation token a launcher gave this process, passed on so the window may take the focus.
    static QVariantMap platformData();
    static void takeActivationToken(const QVariantMap &platformData);

    QDBusConnection m_bus;
    QString m_appId;
    bool m_claimed = false;
};

} // namespace hark

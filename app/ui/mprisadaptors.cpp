// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mprisadaptors.h"

#include "core/timecode.h"
#include "episode/playersession.h"
#include "media/playbackbackend.h"
#include "ui/mprisservice.h"

#include <QUrl>

namespace hark {

RootAdaptor::RootAdaptor(MprisService *service)
    : QDBusAbstractAdaptor(service)
    , m_service(service)
{ }

QString RootAdaptor::identity() const
{
    return QStringLiteral("Hark");
}

QString RootAdaptor::desktopEntry() const
{
    return QStringLiteral(HARK_APP_ID);
}

QStringList RootAdaptor::supportedUriSchemes() const
{
    return { QStringLiteral("file") };
}

QStringList RootAdaptor::supportedMimeTypes() const
{
    // The audio types of the desktop entry (packaging/app.hark.Hark.desktop; tst_mpris compares the two).
    return { QStringLiteral("audio/mpeg"), QStringLiteral("audio/mp4"), QStringLiteral("audio/x-m4a"),
        QStringLiteral("audio/x-m4b"), QStringLiteral("audio/aac"), QStringLiteral("audio/ogg"),
        QStringLiteral("audio/x-vorbis+ogg"), QStringLiteral("audio/x-opus+ogg"),
        QStringLiteral("audio/flac"), QStringLiteral("audio/x-wav"), QStringLiteral("audio/vnd.wave") };
}

void RootAdaptor::Raise()
{
    Q_EMIT m_service->raiseRequested();
}

void RootAdaptor::Quit()
{
    Q_EMIT m_service->quitRequested();
}

PlayerAdaptor::PlayerAdaptor(MprisService *service)
    : QDBusAbstractAdaptor(service)
    , m_service(service)
{ }

QString PlayerAdaptor::playbackStatus() const
{
    return m_service->playbackStatus();
}

double PlayerAdaptor::rate() const
{
    return m_service->session()->rate();
}

void PlayerAdaptor::setRate(double rate)
{
    // The specification: a rate of 0 pauses; one outside the range is ignored.
    if (rate == 0.0)
        m_service->session()->pause();
    else if (rate >= minimumRate() && rate <= maximumRate())
        m_service->session()->setRate(rate);
}

QVariantMap PlayerAdaptor::metadata() const
{
    return m_service->metadata();
}

double PlayerAdaptor::volume() const
{
    return m_service->session()->volume();
}

void PlayerAdaptor::setVolume(double volume)
{
    m_service->session()->setVolume(volume);
}

qlonglong PlayerAdaptor::position() const
{
    return m_service->positionUs();
}

double PlayerAdaptor::minimumRate() const
{
    return 0.5;
}

double PlayerAdaptor::maximumRate() const
{
    return 3.0;
}

bool PlayerAdaptor::canGoNext() const
{
    return m_service->session()->canPlay();
}

bool PlayerAdaptor::canGoPrevious() const
{
    return m_service->session()->canPlay();
}

bool PlayerAdaptor::canPlay() const
{
    return m_service->session()->canPlay();
}

bool PlayerAdaptor::canPause() const
{
    return m_service->session()->canPlay();
}

bool PlayerAdaptor::canSeek() const
{
    return m_service->session()->canPlay();
}

void PlayerAdaptor::Next()
{
    m_service->session()->next();
}

void PlayerAdaptor::Previous()
{
    m_service->session()->previous();
}

void PlayerAdaptor::Pause()
{
    m_service->session()->pause();
}

void PlayerAdaptor::PlayPause()
{
    if (canPlay())
        m_service->session()->playPause();
}

void PlayerAdaptor::Stop()
{
    // A podcast keeps its place: Stop pauses where it is (and the place is remembered as on any pause).
    m_service->session()->pause();
}

void PlayerAdaptor::Play()
{
    m_service->session()->play();
}

void PlayerAdaptor::Seek(qlonglong offset)
{
    if (!canSeek())
        return;
    PlayerSession *session = m_service->session();
    const qint64 to = session->position() + offset / 1000;
    // Past the end goes to the end: the specification's "acts like Next" means the next track, and Hark
    // plays one episode.
    session->seekTo(std::max<qint64>(0, to));
}

void PlayerAdaptor::SetPosition(const QDBusObjectPath &trackId, qlonglong position)
{
    // Ignored unless it names the episode playing and a place within it, as the specification asks.
    const qint64 duration = m_service->session()->duration();
    if (trackId != m_service->trackId() || position < 0 || (duration > 0 && position / 1000 > duration))
        return;
    m_service->session()->seekTo(position / 1000);
}

void PlayerAdaptor::OpenUri(const QString &uri)
{
    // file: URIs only (Hark plays local episodes); "#t=754" or "#t=12:34" opens at that time.
    const QUrl url(uri);
    if (!url.isLocalFile())
        return;
    m_service->session()->openFromOutside(
        url.toLocalFile(), false, timecode::parseMediaFragment(url.fragment()));
    Q_EMIT m_service->raiseRequested();
}

} // namespace hark

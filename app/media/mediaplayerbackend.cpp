// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/mediaplayerbackend.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFile>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace hark {

MediaPlayerBackend::MediaPlayerBackend(QObject *parent)
    : PlaybackBackend(parent)
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
    , m_devices(new QMediaDevices(this))
    , m_outputWatch(new QTimer(this))
{
    m_player->setAudioOutput(m_output);
    // Qt 6.4 keeps its list of PulseAudio outputs current but never emits audioOutputsChanged (an upstream
    // commit of June 2023, qtmultimedia 7b759835, adds it): while playing, the list is looked at five times a
    // second. Measured in tst_outputloss.
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &MediaPlayerBackend::checkOutput);
    m_outputWatch->setInterval(200);
    connect(m_outputWatch, &QTimer::timeout, this, &MediaPlayerBackend::checkOutput);
    connect(m_player, &QMediaPlayer::positionChanged, this,
        [this](qint64 ms) { Q_EMIT positionChanged(ms + m_offset); });
    connect(m_player, &QMediaPlayer::durationChanged, this, &PlaybackBackend::durationChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        // GStreamer ignores a rate set before playback starts: set it again once playing.
        const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
        if (playing && !qFuzzyCompare(m_player->playbackRate(), m_rate))
            m_player->setPlaybackRate(m_rate);
        if (playing)
            m_outputWatch->start();
        else
            m_outputWatch->stop();
        Q_EMIT stateChanged(state());
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia && m_player->playbackState() == QMediaPlayer::StoppedState) {
            // Prerolling (paused) makes GStreamer find the duration and accept seeks before playback.
            m_player->pause();
        } else if (status == QMediaPlayer::BufferedMedia) {
            checkReady();
        } else if (status == QMediaPlayer::EndOfMedia) {
            m_offset = 0; // playing again starts from the beginning, where no correction is needed
        } else if (status == QMediaPlayer::InvalidMedia) {
            Q_EMIT errorOccurred(m_player->errorString());
        }
    });
    // Ready once it can seek and knows its length (GStreamer reports the two separately, either first).
    connect(m_player, &QMediaPlayer::seekableChanged, this, &MediaPlayerBackend::checkReady);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaPlayerBackend::checkReady);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error, const QString &message) { Q_EMIT errorOccurred(message); });
}

MediaPlayerBackend::~MediaPlayerBackend()
{
    if (m_scan)
        m_scan->wait();
}

void MediaPlayerBackend::load(const QUrl &source)
{
    m_ready = false;
    m_playWhenReady = false;
    m_outputHasPlayed = false;
    m_pendingSeek.reset();
    m_seekMap.reset();
    m_offset = 0;
    if (m_scan) {
        m_scan->wait(); // the previous episode's scan (short); its result is dropped when it reports
        m_scan = nullptr;
    }
    if (source.isLocalFile())
        scanForSeeking(source.toLocalFile());
    m_player->setSource(source);
}

void MediaPlayerBackend::scanForSeeking(const QString &path)
{
    // Only MP3 files with a Xing/Info table need the map: a look at the first frames decides.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray head = file.read(256 * 1024);
    if (!head.contains("Xing") && !head.contains("Info"))
        return;
    auto result = std::make_shared<std::optional<Mp3SeekMap>>();
    m_scan = QThread::create([path, result] { *result = Mp3SeekMap::fromFile(path); });
    QThread *scan = m_scan;
    scan->setParent(this); // deleted with the backend even if it never reports
    connect(scan, &QThread::finished, this, [this, scan, result] {
        scan->deleteLater();
        if (scan != m_scan)
            return;
        m_scan = nullptr;
        m_seekMap = std::move(*result);
        checkReady();
    });
    scan->start(QThread::LowPriority);
}

void MediaPlayerBackend::checkOutput()
{
    // When the output in use goes away (headphones unplugged), playback pauses rather than go on through
    // the speakers; the default output (else the first) is taken for when it plays again.
    const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
    const QAudioDevice current = m_output->device();
    if (outputs.contains(current) || (outputs.isEmpty() && current.isNull()))
        return;
    const bool wasPlaying = m_player->playbackState() == QMediaPlayer::PlayingState;
    if (wasPlaying && !current.isNull())
        pause();
    // Qt 6.4 does not follow PulseAudio's default either: its default may be the output that went.
    QAudioDevice next = QMediaDevices::defaultAudioOutput();
    if (!outputs.contains(next))
        next = outputs.value(0);
    // Detached from the player first: Qt 6.4's GStreamer output otherwise waits, for ever, for the gone
    // sink to go idle (tst_outputloss hung in QGstreamerAudioOutput::setAudioDevice).
    m_player->setAudioOutput(nullptr);
    m_output->setDevice(next);
    m_player->setAudioOutput(m_output);
    // The new sink has only prerolled: played as it is, it stays silent while the position runs on (as
    // after loading; see play()).
    m_outputHasPlayed = false;
    if (wasPlaying && !current.isNull())
        Q_EMIT outputLost(current.description());
}

void MediaPlayerBackend::play()
{
    checkOutput(); // a device that came while paused
    if (QMediaDevices::audioOutputs().isEmpty()) {
        // GStreamer would play into nothing, at full speed, to the end.
        Q_EMIT errorOccurred(tr("no sound output was found. Is the sound server (PipeWire or PulseAudio) "
                                "running?"));
        return;
    }
    if (!m_ready) {
        // Playing now would start before a seek asked meanwhile lands (and before the frame scan that places
        // it): play once ready, after that seek.
        m_playWhenReady = true;
        return;
    }
    // The first play after loading (or after a seek while paused) starts from a flushing seek (to where it
    // is, at least 1 ms) with a fresh
    // audio output taken in while the pipeline is flushed:
    // - from a fresh preroll, Qt 6.4's GStreamer backend with a PulseAudio sink otherwise reaches the end of
    //   the media at once;
    // - a PulseAudio sink that has only prerolled keeps its own clock running: played after some seconds, it
    //   writes the first sound that many seconds ahead in its buffer, so that much silence comes first while
    //   the position runs on (3 s paused: 3 s of silence, in tst_playbacksync). A fresh sink starts at zero;
    //   once a sink has played, its clock stops while paused and resuming is in step.
    // Swapping the output without the flush makes the parser fail with "not-linked", an error the user sees;
    // so it does while the preroll is still settling (playing as soon as the media is ready). Then the sink
    // is fresh anyway: the output is swapped only for a sink prerolled a while (250 ms) ago.
    if (!m_outputHasPlayed) {
        seek(std::max<qint64>(1, position()), /*freshOutput=*/m_prerolledSince.elapsed() > 250);
        m_outputHasPlayed = true;
    }
    m_player->play();
    applyPending();
}

void MediaPlayerBackend::pause()
{
    m_playWhenReady = false;
    m_player->pause();
}

void MediaPlayerBackend::setPosition(qint64 ms)
{
    if (!m_ready) {
        m_pendingSeek = ms;
        return;
    }
    seek(ms);
}

void MediaPlayerBackend::seek(qint64 ms, bool freshOutput)
{
    // Qt 6.4 runs GStreamer on the system clock and slaves the PulseAudio sink to it; after a flushing seek
    // while playing, that sink now and then drops everything as late and stays silent while the position
    // runs on (about one jump in seven in tst_playbacksync). Giving the player its audio output afresh
    // around the seek starts a new sink: no such silence in 64 jumps.
    const bool relink = freshOutput || m_player->playbackState() == QMediaPlayer::PlayingState;
    if (relink)
        m_player->setAudioOutput(nullptr);
    if (m_seekMap) {
        const Mp3SeekMap::Seek s = m_seekMap->seekFor(ms);
        m_offset = s.offset;
        m_player->setPosition(s.request);
    } else {
        m_offset = 0;
        m_player->setPosition(ms);
    }
    if (relink)
        m_player->setAudioOutput(m_output);
    if (!relink && m_player->playbackState() != QMediaPlayer::PlayingState) {
        // A flushing seek while paused leaves a sink that has only prerolled again: the next Play treats it
        // as the first after loading (on a busy machine, playing 3 s after such a seek was followed by
        // silence while the position ran on in 3 of 4 tries).
        m_outputHasPlayed = false;
        m_prerolledSince.start();
    }
}

void MediaPlayerBackend::setRate(double rate)
{
    m_rate = std::clamp(rate, 0.5, 3.0);
    m_player->setPlaybackRate(m_rate);
}

void MediaPlayerBackend::setVolume(float volume)
{
    m_output->setVolume(std::clamp(volume, 0.0f, 1.0f));
}

void MediaPlayerBackend::setMuted(bool muted)
{
    m_output->setMuted(muted);
}

qint64 MediaPlayerBackend::position() const
{
    return m_pendingSeek.value_or(m_player->position() + m_offset);
}

qint64 MediaPlayerBackend::duration() const
{
    return m_player->duration();
}

PlaybackBackend::State MediaPlayerBackend::state() const
{
    switch (m_player->playbackState()) {
    case QMediaPlayer::PlayingState:
        return State::Playing;
    case QMediaPlayer::PausedState:
        return State::Paused;
    case QMediaPlayer::StoppedState:
        break;
    }
    return State::Stopped;
}

float MediaPlayerBackend::volume() const
{
    return m_output->volume();
}

bool MediaPlayerBackend::isMuted() const
{
    return m_output->isMuted();
}

void MediaPlayerBackend::checkReady()
{
    const bool buffered = m_player->mediaStatus() == QMediaPlayer::BufferedMedia;
    if (m_ready || m_scan || !(buffered || (m_player->isSeekable() && m_player->duration() > 0)))
        return;
    m_ready = true;
    m_prerolledSince.start();
    applyPending();
    Q_EMIT loaded();
}

void MediaPlayerBackend::applyPending()
{
    if (!m_ready)
        return;
    if (m_pendingSeek) {
        seek(*std::exchange(m_pendingSeek, std::nullopt));
        Q_EMIT positionChanged(position());
    }
    if (std::exchange(m_playWhenReady, false))
        play();
    if (m_player->playbackState() == QMediaPlayer::PlayingState
        && !qFuzzyCompare(m_player->playbackRate(), m_rate))
        m_player->setPlaybackRate(m_rate);
}

} // namespace hark

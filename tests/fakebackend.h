// SPDX-License-Identifier: GPL-3.0-or-later
// A playback backend for fast widget tests: no audio, no waiting; the test moves time with advance().
#pragma once

#include "media/playbackbackend.h"

#include <utility>

namespace hark::test {

class FakeBackend final : public PlaybackBackend
{
    Q_OBJECT

public:
    using PlaybackBackend::PlaybackBackend;

    void load(const QUrl &source) override
    {
        m_source = source;
        m_position = 0;
        m_loaded = false;
        m_playWhenLoaded = false;
        m_pendingSeek = -1;
        if (!loadsLater)
            finishLoading();
    }
    /// With loadsLater set, load() returns at once and the test calls this when the media should be ready.
    void finishLoading()
    {
        m_loaded = true;
        setState(State::Paused);
        Q_EMIT durationChanged(m_duration);
        if (m_pendingSeek >= 0)
            setPosition(std::exchange(m_pendingSeek, -1));
        if (std::exchange(m_playWhenLoaded, false))
            play();
        Q_EMIT loaded();
    }
    void play() override
    {
        if (m_loaded)
            setState(State::Playing);
        else
            m_playWhenLoaded = true;
    }
    void pause() override
    {
        m_playWhenLoaded = false;
        setState(State::Paused);
    }
    void setPosition(qint64 ms) override
    {
        if (!m_loaded) {
            m_pendingSeek = ms;
            return;
        }
        m_position = ms;
        ++seeks;
        Q_EMIT positionChanged(ms);
    }
    void setRate(double rate) override { m_rate = rate; }
    void setVolume(float volume) override { m_volume = volume; }
    void setMuted(bool muted) override { m_muted = muted; }

    qint64 position() const override { return m_pendingSeek >= 0 ? m_pendingSeek : m_position; }
    qint64 duration() const override { return m_loaded ? m_duration : 0; } // as QMediaPlayer: 0 until loaded
    State state() const override { return m_state; }
    double rate() const override { return m_rate; }
    float volume() const override { return m_volume; }
    bool isMuted() const override { return m_muted; }

    /// Plays on by @p ms (if playing) and reports the new position, as the real player does every ~100 ms.
    void advance(qint64 ms)
    {
        if (m_state == State::Playing)
            m_position += qint64(double(ms) * m_rate);
        Q_EMIT positionChanged(m_position);
    }

    /// Plays to the end and stops there, as the real player does at the end of the media.
    void reachEnd()
    {
        m_position = m_duration;
        Q_EMIT positionChanged(m_position);
        setState(State::Stopped);
    }

    /// The sound output went away while playing: pauses and says so, as the real backend does.
    void loseOutput(const QString &device)
    {
        if (m_state != State::Playing)
            return;
        setState(State::Paused);
        Q_EMIT outputLost(device);
    }

    QUrl source() const { return m_source; }
    qint64 m_duration = 74'370;
    int seeks = 0;
    bool loadsLater = false;

private:
    void setState(State s)
    {
        if (s == m_state)
            return;
        m_state = s;
        Q_EMIT stateChanged(s);
    }

    QUrl m_source;
    bool m_loaded = true; ///< nothing loading: seeks and Play apply at once
    bool m_playWhenLoaded = false;
    qint64 m_pendingSeek = -1;
    qint64 m_position = 0;
    State m_state = State::Stopped;
    double m_rate = 1.0;
    float m_volume = 1.0f;
    bool m_muted = false;
};

} // namespace hark::test

// SPDX-License-Identifier: GPL-3.0-or-later
// A playback backend for fast widget tests: no audio, no waiting; the test moves time with advance().
#pragma once

#include "playbackbackend.h"

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
        setState(State::Paused);
        Q_EMIT durationChanged(m_duration);
        Q_EMIT loaded();
    }
    void play() override { setState(State::Playing); }
    void pause() override { setState(State::Paused); }
    void setPosition(qint64 ms) override
    {
        m_position = ms;
        ++seeks;
        Q_EMIT positionChanged(ms);
    }
    void setRate(double rate) override { m_rate = rate; }
    void setVolume(float volume) override { m_volume = volume; }
    void setMuted(bool muted) override { m_muted = muted; }

    qint64 position() const override { return m_position; }
    qint64 duration() const override { return m_duration; }
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

    QUrl source() const { return m_source; }
    qint64 m_duration = 74'370;
    int seeks = 0;

private:
    void setState(State s)
    {
        if (s == m_state)
            return;
        m_state = s;
        Q_EMIT stateChanged(s);
    }

    QUrl m_source;
    qint64 m_position = 0;
    State m_state = State::Stopped;
    double m_rate = 1.0;
    float m_volume = 1.0f;
    bool m_muted = false;
};

} // namespace hark::test

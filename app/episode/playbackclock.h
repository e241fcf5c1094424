// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

namespace hark {

/// The position between the player's reports: QMediaPlayer says where it is about every 100 ms, and a word
/// highlight that moved only then would stutter. The clock carries on from the last report at the playback
/// rate.
class PlaybackClock
{
public:
    /// A report from the player (a tick, a seek, a pause, a change of rate).
    void sync(qint64 position, double rate, bool playing)
    {
        m_position = position;
        m_rate = rate;
        m_playing = playing;
        m_since.start();
    }

    /// Where playback is now. Never more than one report interval ahead of the last report, so a player that
    /// stalls (an audio server starting up) is not overtaken.
    qint64 now() const
    {
        if (!m_playing || !m_since.isValid())
            return m_position;
        const qint64 elapsed = std::min<qint64>(m_since.elapsed(), kMaxAhead);
        return m_position + qint64(double(elapsed) * m_rate);
    }

    bool isPlaying() const { return m_playing; }

private:
    static constexpr qint64 kMaxAhead = 250;
    qint64 m_position = 0;
    double m_rate = 1.0;
    bool m_playing = false;
    QElapsedTimer m_since;
};

} // namespace hark

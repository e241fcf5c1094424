// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/mp3seekmap.h"
#include "media/playbackbackend.h"

#include <QElapsedTimer>

#include <optional>

class QAudioOutput;
class QMediaDevices;
class QMediaPlayer;
class QThread;
class QTimer;

namespace hark {

/// Plays through Qt Multimedia's QMediaPlayer (the GStreamer backend on Debian), and smooths over its traps:
/// a loaded episode is prerolled (paused at its start) so that its duration is known and seeks work before
/// playback, and a rate or a seek asked for before the media is ready is kept and applied when it is.
/// Seeks in MP3 files with a Xing table are corrected with an Mp3SeekMap built in the background while the
/// media loads (GStreamer's own seeks in VBR files land seconds away from where they say).
class MediaPlayerBackend final : public PlaybackBackend
{
    Q_OBJECT

public:
    explicit MediaPlayerBackend(QObject *parent = nullptr);
    ~MediaPlayerBackend() override;

    void load(const QUrl &source) override;
    void play() override;
    void pause() override;
    void setPosition(qint64 ms) override;
    void setRate(double rate) override;
    void setVolume(float volume) override;
    void setMuted(bool muted) override;

    qint64 position() const override;
    qint64 duration() const override;
    State state() const override;
    double rate() const override { return m_rate; }
    float volume() const override;
    bool isMuted() const override;

private:
    void checkReady();
    /// Pauses when the output in use has gone, and takes another for the next play.
    void checkOutput();
    void applyPending();
    /// Seeks the player (through the MP3 seek map when there is one); with @p freshOutput, or while playing,
    /// the audio output is taken away during the seek and given back (see play() and the .cpp).
    void seek(qint64 ms, bool freshOutput = false);
    void scanForSeeking(const QString &path);

    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    QMediaDevices *m_devices; ///< tells when sound devices come and go (on Qt releases after 6.4)
    QTimer *m_outputWatch; ///< looks for them while playing: Qt 6.4 on PulseAudio does not tell
    double m_rate = 1.0;
    bool m_ready = false;
    bool m_playWhenReady = false; ///< play() was asked before the media was ready
    /// The audio sink has played since the media was loaded, or since a seek while paused.
    bool m_outputHasPlayed = false;
    QElapsedTimer m_prerolledSince; ///< since the sink last prerolled (the media ready, a seek while paused)
    std::optional<qint64> m_pendingSeek;
    std::optional<Mp3SeekMap> m_seekMap;
    qint64 m_offset = 0; ///< what the player's position is off by since the last corrected seek
    QThread *m_scan = nullptr; ///< building m_seekMap; the media is not ready before it is done
};

} // namespace hark

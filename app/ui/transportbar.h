// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "episode/listeningrules.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace hark {

class SeekBar;

/// The transport row: back, play/pause and forward, the seek bar between the elapsed and remaining times,
/// the listening modes and the sync offset while they are on, the speed, mute and the volume. It shows what
/// it is told and emits what the listener asks for; it plays nothing itself.
class TransportBar : public QWidget
{
    Q_OBJECT

public:
    explicit TransportBar(const QList<double> &speeds, QWidget *parent = nullptr);

    SeekBar *seekBar() const { return m_seekBar; }

    void setPlaying(bool playing);
    /// Where playback is (ms); the seek bar keeps still while the listener drags it.
    void setPosition(qint64 ms);
    void setDuration(qint64 ms);
    void setRate(double rate);
    void setVolume(double volume); ///< 0–1
    void setMuted(bool muted);
    void setSyncOffset(qint64 ms);
    void setModes(std::optional<ListeningRules::Loop> loop, bool pausingAfterLines);

Q_SIGNALS:
    void playPauseRequested();
    void seekByRequested(qint64 ms);
    void seekRequested(qint64 ms);
    void rateRequested(double rate);
    void volumeRequested(double volume);
    void muteRequested(bool muted);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The elapsed and remaining times' labels at a fixed width that fits the episode's longest time.
    void sizeTimeLabels();
    void showTimes();

    QToolButton *m_play = nullptr;
    QLabel *m_elapsed = nullptr;
    SeekBar *m_seekBar = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_modes = nullptr;
    QLabel *m_sync = nullptr;
    QComboBox *m_speed = nullptr;
    QToolButton *m_mute = nullptr;
    QSlider *m_volume = nullptr;
    qint64 m_position = 0;
    qint64 m_duration = 0;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transportbar.h"

#include "core/timecode.h"
#include "ui/seekbar.h"
#include "ui/theme.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QTimer>
#include <QToolButton>

#include <cmath>

namespace hark {

TransportBar::TransportBar(const QList<double> &speeds, QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    const auto button = [&](QStyle::StandardPixmap icon, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        theme::setSymbol(b, icon);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(text);
        row->addWidget(b);
        return b;
    };
    auto *back = button(QStyle::SP_MediaSeekBackward, tr("Back 15 seconds"), tr("Back 15 seconds"));
    connect(back, &QToolButton::clicked, this, [this] { Q_EMIT seekByRequested(-15'000); });
    m_play = button(QStyle::SP_MediaPlay, tr("Play"), tr("Play (Space)"));
    connect(m_play, &QToolButton::clicked, this, &TransportBar::playPauseRequested);
    auto *forward = button(QStyle::SP_MediaSeekForward, tr("Forward 30 seconds"), tr("Forward 30 seconds"));
    connect(forward, &QToolButton::clicked, this, [this] { Q_EMIT seekByRequested(30'000); });

    m_elapsed = new QLabel(QStringLiteral("0:00"), this);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_elapsed);
    m_seekBar = new SeekBar(this);
    m_seekBar->setAccessibleName(tr("Position"));
    m_seekBar->setToolTip(tr("Where the episode is (Left, Right: 5 seconds; J, L: 15 back, 30 on)"));
    row->addWidget(m_seekBar, 1);
    connect(m_seekBar, &QSlider::sliderReleased, this, [this] { Q_EMIT seekRequested(m_seekBar->value()); });
    connect(m_seekBar, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove) // the slider's value is the new one on the next turn
            QTimer::singleShot(0, this, [this] { Q_EMIT seekRequested(m_seekBar->value()); });
    });
    m_remaining = new QLabel(QStringLiteral("-0:00"), this);
    row->addWidget(m_remaining);
    sizeTimeLabels();

    m_modes = new QLabel(this);
    m_modes->setAccessibleName(tr("Listening modes"));
    m_modes->hide();
    row->addWidget(m_modes);
    m_sync = new QLabel(this);
    m_sync->setAccessibleName(tr("Sync offset"));
    m_sync->hide();
    row->addWidget(m_sync);

    m_speed = new QComboBox(this);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Playback speed (the pitch changes with it)"));
    for (double rate : speeds)
        m_speed->addItem(tr("%1×").arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(m_speed->findData(1.0));
    connect(m_speed, &QComboBox::currentIndexChanged, this,
        [this] { Q_EMIT rateRequested(m_speed->currentData().toDouble()); });
    row->addWidget(m_speed);

    m_mute = button(QStyle::SP_MediaVolume, tr("Mute"), tr("Mute (M)"));
    m_mute->setCheckable(true);
    connect(m_mute, &QToolButton::toggled, this, &TransportBar::muteRequested);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume (Ctrl+Up, Ctrl+Down)"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) { Q_EMIT volumeRequested(v / 100.0); });
    row->addWidget(m_volume);
}

void TransportBar::setPlaying(bool playing)
{
    theme::setSymbol(m_play, playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay);
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void TransportBar::setPosition(qint64 ms)
{
    m_position = ms;
    showTimes();
}

void TransportBar::setDuration(qint64 ms)
{
    m_duration = std::max<qint64>(0, ms);
    m_seekBar->setRange(0, int(m_duration));
    sizeTimeLabels();
    showTimes();
}

void TransportBar::showTimes()
{
    if (!m_seekBar->isSliderDown())
        m_seekBar->setValue(int(m_position));
    m_elapsed->setText(timecode::formatClock(m_position));
    m_remaining->setText(m_duration > 0
            ? u'-' + timecode::formatClock(std::max<qint64>(0, m_duration - m_position))
            : QStringLiteral("-:--"));
}

void TransportBar::setRate(double rate)
{
    const QSignalBlocker quiet(m_speed); // shown, not asked for
    m_speed->setCurrentIndex(m_speed->findData(rate));
}

void TransportBar::setVolume(double volume)
{
    const QSignalBlocker quiet(m_volume);
    m_volume->setValue(int(std::lround(volume * 100)));
}

void TransportBar::setMuted(bool muted)
{
    const QSignalBlocker quiet(m_mute);
    m_mute->setChecked(muted);
    theme::setSymbol(m_mute, muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume);
}

void TransportBar::setSyncOffset(qint64 ms)
{
    m_sync->setText(tr("Sync %1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2)));
    m_sync->setToolTip(ms > 0
            ? tr("The transcript is shown %n ms later than written (Z, X)", "", int(ms))
            : tr("The transcript is shown %n ms earlier than written (Z, X)", "", int(-ms)));
    m_sync->setVisible(ms != 0);
}

void TransportBar::setModes(std::optional<ListeningRules::Loop> loop, bool pausingAfterLines)
{
    QStringList modes;
    if (loop)
        modes.append(
            tr("Loop %1–%2").arg(timecode::formatClock(loop->from), timecode::formatClock(loop->to)));
    if (pausingAfterLines)
        modes.append(tr("Pausing after each line"));
    m_modes->setText(modes.join(QStringLiteral(" · ")));
    m_modes->setVisible(!modes.isEmpty());
}

void TransportBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        sizeTimeLabels();
    if (event->type() == QEvent::PaletteChange)
        theme::refreshSymbols(this);
    QWidget::changeEvent(event);
}

void TransportBar::sizeTimeLabels()
{
    // As wide as the longest time the episode has, and fixed: a label whose size follows its text makes the
    // transport row lay itself out again every second (a tenth of a playing window's work, measured).
    if (!m_elapsed || !m_remaining) // a font change while the bar is being built
        return;
    QString widest = u'-' + timecode::formatClock(m_duration);
    for (QChar &c : widest) {
        if (c.isDigit())
            c = u'0';
    }
    for (QLabel *label : { m_elapsed, m_remaining }) {
        const QString text = label->text();
        label->setMinimumSize(0, 0);
        label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        label->setText(widest);
        label->setFixedSize(label->sizeHint()); // both ways: Qt lays out again unless minimum == maximum
        label->setText(text);
    }
}

} // namespace hark

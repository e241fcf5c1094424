// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace hark {

/// What plays the episode. The window and the episode drive this interface only, so a second engine (say, one
/// that keeps the pitch at other speeds) can join, and tests can use a fake without audio or waiting.
class PlaybackBackend : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Playing,
        Paused
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void load(const QUrl &source) = 0;
    /// Asked before the media has loaded, playback starts once it has (after any seek asked meanwhile).
    virtual void play() = 0;
    virtual void pause() = 0;
    /// Seeks to @p ms; asked before the media has loaded, it takes effect once it has.
    virtual void setPosition(qint64 ms) = 0;
    /// 0.5–3; asked before playing, it takes effect once playing (GStreamer ignores it earlier).
    virtual void setRate(double rate) = 0;
    virtual void setVolume(float volume) = 0; ///< 0–1
    virtual void setMuted(bool muted) = 0;

    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0;
    virtual State state() const = 0;
    virtual double rate() const = 0;
    virtual float volume() const = 0;
    virtual bool isMuted() const = 0;

Q_SIGNALS:
    /// About every 100 ms while playing, and after every seek.
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void stateChanged(hark::PlaybackBackend::State state);
    /// The media is loaded and can play.
    void loaded();
    void errorOccurred(const QString &message);
    /// The sound output it played through went away (headphones unplugged): playback paused rather than go
    /// on through another. @p device: the output's name, for people to read.
    void outputLost(const QString &device);
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
// The first media pipeline in a process on a fresh machine makes GStreamer build its plugin registry; with
// other tests starting programs beside it, that took over 10 s once in CI (the first load timed out, every
// later one passed). Tests that time playback load one file first, with room for that, so their own
// timeouts measure playback.
#pragma once

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QTest>
#include <QUrl>

namespace hark::test {

inline bool warmUpMedia(const QUrl &file)
{
    QMediaPlayer player;
    QAudioOutput output;
    player.setAudioOutput(&output);
    player.setSource(file);
    return QTest::qWaitFor([&] { return player.mediaStatus() == QMediaPlayer::LoadedMedia; }, 60'000);
}

} // namespace hark::test

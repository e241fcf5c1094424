// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <optional>

namespace hark {

/// The learner's modes, as rules on where playback is: an A–B loop (passing B goes back to A) and "pause
/// after each line" (playback stops where the line being spoken ends; playing again goes on to the next).
/// Pure logic: the window feeds it positions and does what it answers.
class ListeningRules
{
public:
    struct Loop
    {
        qint64 from = 0;
        qint64 to = 0;
        friend bool operator==(const Loop &, const Loop &) = default;
    };
    enum class Action
    {
        None,
        Pause,
        Jump, ///< to Decision::to
    };
    struct Decision
    {
        Action action = Action::None;
        qint64 to = 0;
    };

    /// Loops between @p a and @p b (in either order); a span under 200 ms clears the loop instead.
    void setLoop(qint64 a, qint64 b);
    void clearLoop() { m_loop.reset(); }
    std::optional<Loop> loop() const { return m_loop; }

    void setPauseAfterLines(bool on);
    bool pausesAfterLines() const { return m_pauseAfterLines; }

    /// A line started playing (or playback landed in it); it ends at @p end (kNoTime: unknown).
    void lineStarted(qint64 end) { m_lineEnd = end; }
    /// Playback is at @p now (ms): what to do about it.
    Decision at(qint64 now);

private:
    std::optional<Loop> m_loop;
    bool m_pauseAfterLines = false;
    qint64 m_lineEnd = kNoTime;
};

} // namespace hark

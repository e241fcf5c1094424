// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/listeningrules.h"

#include <algorithm>
#include <cstdlib>

namespace hark {

void ListeningRules::setLoop(qint64 a, qint64 b)
{
    constexpr qint64 shortest = 200;
    if (std::abs(b - a) < shortest) {
        m_loop.reset();
        return;
    }
    m_loop = Loop { std::min(a, b), std::max(a, b) };
}

void ListeningRules::setPauseAfterLines(bool on)
{
    m_pauseAfterLines = on;
}

ListeningRules::Decision ListeningRules::at(qint64 now)
{
    if (m_loop && now >= m_loop->to)
        return { Action::Jump, m_loop->from };
    if (m_pauseAfterLines && m_lineEnd != kNoTime && now >= m_lineEnd) {
        m_lineEnd = kNoTime; // paused once; playing again goes on to the next line
        return { Action::Pause, now };
    }
    return {};
}

} // namespace hark

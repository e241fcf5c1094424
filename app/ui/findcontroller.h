// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcriptsearch.h"

#include <QObject>

namespace hark {

class FindBar;
class PlayerSession;
class SeekBar;
class TranscriptView;

/// Find in the transcript shown: wires the find bar's intents to a TranscriptSearch over the session's
/// transcript, marks the matches in the view and on the seek bar, steps through them, and plays from one.
/// It follows the transcript: another one is searched afresh, and new times (provisional, then aligned)
/// move the marks on the seek bar.
class FindController : public QObject
{
    Q_OBJECT

public:
    /// None is owned; all outlive the controller.
    FindController(PlayerSession &session, FindBar *bar, TranscriptView *view, SeekBar *seekBar,
        QObject *parent = nullptr);

    /// Marks where @p query is (the view, the seek bar, the find bar's count), the current match the first
    /// from the line playing, so that finding does not lose the place.
    void find(const QString &query);
    /// The next (+1) or previous (-1) match, round the end; opens the bar first if it is closed.
    void step(int direction);

private:
    void showMarks();
    void playCurrent();
    void close();

    PlayerSession &m_session;
    FindBar *m_bar;
    TranscriptView *m_view;
    SeekBar *m_seekBar;
    TranscriptSearch m_search; ///< the shown transcript, folded for find
};

} // namespace hark

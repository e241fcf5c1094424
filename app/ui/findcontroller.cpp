// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findcontroller.h"

#include "core/transcriptmodel.h"
#include "episode/playersession.h"
#include "ui/findbar.h"
#include "ui/seekbar.h"
#include "ui/transcriptview.h"

namespace hark {

FindController::FindController(
    PlayerSession &session, FindBar *bar, TranscriptView *view, SeekBar *seekBar, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_bar(bar)
    , m_view(view)
    , m_seekBar(seekBar)
{
    // The text to find in changes with the transcript shown (the view has dropped its matches by now).
    TranscriptModel *model = session.transcript();
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_search.setTranscript(m_session.transcript()->transcript());
        if (m_bar->isVisible())
            find(m_bar->query());
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.contains(TranscriptModel::StartRole) && !m_view->matches().isEmpty())
                showMarks();
        });
    m_search.setTranscript(model->transcript());
    connect(bar, &FindBar::queryChanged, this, &FindController::find);
    connect(bar, &FindBar::nextRequested, this, [this] { step(+1); });
    connect(bar, &FindBar::previousRequested, this, [this] { step(-1); });
    connect(bar, &FindBar::seekRequested, this, &FindController::playCurrent);
    connect(bar, &FindBar::closed, this, &FindController::close);
}

void FindController::find(const QString &query)
{
    const QList<TranscriptSearch::Match> matches = m_search.find(query);
    const int current
        = TranscriptSearch::firstFrom(matches, std::max(0, m_session.transcript()->currentSegment()));
    m_view->setMatches(matches, current);
    m_view->showCurrentMatch();
    m_bar->setResult(current, int(matches.size()));
    showMarks();
}

void FindController::step(int direction)
{
    if (!m_bar->isVisible())
        m_bar->open();
    const int total = int(m_view->matches().size());
    if (total == 0)
        return;
    const int current = (m_view->currentMatch() + direction + total) % total;
    m_view->setMatches(m_view->matches(), current);
    m_view->showCurrentMatch();
    m_bar->setResult(current, total);
}

void FindController::showMarks()
{
    const TranscriptModel *model = m_session.transcript();
    QList<qint64> marks;
    for (const TranscriptSearch::Match &match : m_view->matches()) {
        if (const qint64 time = TranscriptSearch::timeOf(match, model->transcript(), model->timeIndex());
            time != kNoTime)
            marks.append(time);
    }
    m_seekBar->setMarks(marks);
}

void FindController::playCurrent()
{
    const QList<TranscriptSearch::Match> &matches = m_view->matches();
    const int current = m_view->currentMatch();
    if (current < 0 || current >= matches.size())
        return;
    const TranscriptModel *model = m_session.transcript();
    if (const qint64 time
        = TranscriptSearch::timeOf(matches[current], model->transcript(), model->timeIndex());
        time != kNoTime) {
        m_session.seekTo(time);
        m_view->setFollowing(true);
        m_session.play();
    }
}

void FindController::close()
{
    m_view->setMatches({}, -1);
    m_seekBar->setMarks({});
    m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace hark

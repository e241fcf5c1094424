// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transcriptmodel.h"

namespace hark {

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TranscriptModel::setTranscript(const Transcript &transcript)
{
    const qint64 offset = m_index.offset();
    beginResetModel();
    m_transcript = transcript;
    m_provisional = false;
    m_index = TimeIndex(m_transcript);
    m_index.setOffset(offset);
    m_current = m_index.at(m_position);
    endResetModel();
}

bool TranscriptModel::setTimes(const Transcript &timed)
{
    if (timed.segments.size() != m_transcript.segments.size())
        return false;
    for (qsizetype s = 0; s < timed.segments.size(); ++s)
        if (timed.segments[s].words.size() != m_transcript.segments[s].words.size()
            || timed.segments[s].text != m_transcript.segments[s].text)
            return false;
    for (qsizetype s = 0; s < timed.segments.size(); ++s) {
        Segment &mine = m_transcript.segments[s];
        const Segment &theirs = timed.segments[s];
        mine.start = theirs.start;
        mine.end = theirs.end;
        for (qsizetype w = 0; w < mine.words.size(); ++w) {
            mine.words[w].start = theirs.words[w].start;
            mine.words[w].end = theirs.words[w].end;
            mine.words[w].flags = theirs.words[w].flags;
        }
    }
    const qint64 offset = m_index.offset();
    m_index = TimeIndex(m_transcript);
    m_index.setOffset(offset);
    if (!m_transcript.segments.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { StartRole, EndRole });
    moveTo(m_index.at(m_position));
    return true;
}

void TranscriptModel::setProvisional(bool provisional)
{
    if (provisional == m_provisional)
        return;
    m_provisional = provisional;
    Q_EMIT provisionalChanged(provisional);
}

void TranscriptModel::setOffset(qint64 ms)
{
    if (ms == m_index.offset())
        return;
    m_index.setOffset(ms);
    if (!m_transcript.segments.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { StartRole, EndRole });
    moveTo(m_index.at(m_position));
}

void TranscriptModel::setPosition(qint64 ms)
{
    m_position = ms;
    moveTo(m_index.at(ms));
}

void TranscriptModel::moveTo(TimeIndex::Position position)
{
    if (position == m_current)
        return;
    const TimeIndex::Position previous = std::exchange(m_current, position);
    if (previous.segment == position.segment) {
        const QModelIndex row = index(position.segment);
        Q_EMIT dataChanged(row, row, { CurrentWordRole });
    } else {
        if (previous.segment >= 0)
            Q_EMIT dataChanged(
                index(previous.segment), index(previous.segment), { IsCurrentRole, CurrentWordRole });
        if (position.segment >= 0)
            Q_EMIT dataChanged(
                index(position.segment), index(position.segment), { IsCurrentRole, CurrentWordRole });
    }
    Q_EMIT currentChanged(position.segment, position.word, previous.segment, previous.word);
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transcript.segments.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Segment &s = m_transcript.segments[row];
    switch (role) {
    case Qt::DisplayRole:
        return s.text;
    case StartRole:
        return m_index.segmentStart(row);
    case EndRole:
        return s.end == kNoTime ? kNoTime : s.end + m_index.offset();
    case SpeakerRole:
        return m_transcript.speakerName(s.speaker);
    case IsCurrentRole:
        return row == m_current.segment;
    case CurrentWordRole:
        return row == m_current.segment ? m_current.word : -1;
    default:
        return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(SpeakerRole, "speaker");
    names.insert(IsCurrentRole, "isCurrent");
    names.insert(CurrentWordRole, "currentWord");
    return names;
}

} // namespace hark

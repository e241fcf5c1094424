// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timeindex.h"
#include "core/transcript.h"

#include <QAbstractListModel>

namespace hark {

/// The open transcript as a list model, one row per segment (cue or sentence), and what is being said now.
///
/// The current segment and word are model state: setPosition() finds them in the time index and, only when
/// they change, emits currentChanged() and dataChanged() for the rows concerned (the old and the new row when
/// the line changes; the one row, CurrentWordRole only, when just the word moves).
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        StartRole = Qt::UserRole + 1, ///< qint64 ms on the audio's timeline (offset applied), kNoTime if none
        EndRole, ///< qint64 ms, kNoTime if none
        SpeakerRole, ///< QString, empty when unknown
        IsCurrentRole, ///< bool: the segment being spoken now
        CurrentWordRole, ///< int: the word being spoken now in this segment, -1 when none
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    /// Resets the model; the current segment and word are then those at the last position given.
    void setTranscript(const Transcript &transcript);
    const Transcript &transcript() const { return m_transcript; }
    /// Takes the times (and low-confidence marks) of @p timed, the same words timed anew, without a reset:
    /// views keep their layout, selection and scroll. Returns false, changing nothing, when @p timed does
    /// not have the same segments and words.
    bool setTimes(const Transcript &timed);
    /// The times are a stand-in (spread evenly while Hark aligns), not the transcript's own.
    void setProvisional(bool provisional);
    bool isProvisional() const { return m_provisional; }
    const TimeIndex &timeIndex() const { return m_index; }

    /// The per-episode sync offset (ms), applied to every time the model reports and looks up.
    void setOffset(qint64 ms);

    /// Where playback is (ms); updates the current segment and word.
    void setPosition(qint64 ms);
    int currentSegment() const { return m_current.segment; }
    int currentWord() const { return m_current.word; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The segment or the word being spoken changed (-1: none).
    void currentChanged(int segment, int word, int previousSegment, int previousWord);
    void provisionalChanged(bool provisional);

private:
    void moveTo(TimeIndex::Position position);

    Transcript m_transcript;
    TimeIndex m_index;
    TimeIndex::Position m_current;
    qint64 m_position = 0;
    bool m_provisional = false;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timeindex.h"
#include "core/transcript.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace hark {

/// Finds text in a transcript the way people expect of a find bar: case- and accent-insensitive ("resume"
/// finds "Résumé"), within a line. The folded text is made once per transcript, so each keystroke is one
/// scan of it.
class TranscriptSearch
{
public:
    struct Match
    {
        int segment = -1;
        int from = 0; ///< first character in the segment's text
        int length = 0;
        friend bool operator==(const Match &, const Match &) = default;
    };

    TranscriptSearch() = default;
    explicit TranscriptSearch(const Transcript &transcript) { setTranscript(transcript); }

    void setTranscript(const Transcript &transcript);
    /// Every place @p query occurs, in reading order; none for a query that folds to nothing.
    QList<Match> find(QStringView query) const;

    /// @p text with case and accents folded away, as find() compares it. @p origins, if given, gets for
    /// each folded character the index of the character of @p text it came from.
    static QString fold(QStringView text, std::vector<int> *origins = nullptr);

    /// Where @p match is heard: the time of the word it starts in (or of the first word after it), else of
    /// its line; kNoTime when neither has one.
    static qint64 timeOf(const Match &match, const Transcript &transcript, const TimeIndex &index);
    /// The first of @p matches in @p segment or after it (finding from where the episode is), else the first;
    /// -1 when there are none.
    static int firstFrom(const QList<Match> &matches, int segment);

private:
    QString m_folded; ///< every segment's folded text, each followed by '\n'
    std::vector<int> m_origin; ///< for each folded character, its character in its segment's text
    std::vector<int> m_segmentStart; ///< where each segment starts in m_folded
    std::vector<int> m_segmentLength; ///< each segment's text length (an end for the last character)
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace hark::cuetext {

/// Lines of @p text, split at LF, CR LF or a lone CR.
QList<QStringView> splitLines(QStringView text);
/// A file's text as lines (splitLines()), after its byte-order mark if it starts with one.
QList<QStringView> fileLines(QStringView text);

/// The visible text of a cue with markup removed, plus what the markup said.
struct Parsed
{
    QString text; ///< tags stripped, entities decoded, lines joined by a space, trimmed
    QString voice; ///< the first `<v Name>` voice
    QList<std::pair<qsizetype, qint64>> timestamps; ///< inline `<hh:mm:ss.ttt>`: offset into text, time
    /// Stretches of text inside `<c.lowconf>` (times Hark's aligner interpolated): from, to offsets.
    QList<std::pair<qsizetype, qsizetype>> lowConfidence;
};

/// The class Hark marks interpolated word times with in WebVTT (`<c.lowconf>word</c>`).
inline constexpr char16_t kLowConfidenceClass[] = u"lowconf";

/// WebVTT cue text: `<v>`, `<c>`, `<i>`, `<b>`, `<u>`, `<lang>`, `<ruby>`/`<rt>` and timestamp tags,
/// entities.
Parsed parseVtt(QStringView raw);
/// SRT cue text: HTML-like tags (`<i>`, `<font color=…>`) and ASS overrides (`{\an8}`) stripped, basic
/// entities.
QString stripSrtMarkup(QStringView raw);
/// Decodes `&amp;`, `&lt;`, `&nbsp;`, other common named and all numeric character references.
QString decodeEntities(QStringView text);
/// Escapes `&`, `<` and `>` for WebVTT cue text.
QString escapeVtt(QStringView text);
/// Lines joined by a space, runs of spaces kept, ends trimmed.
QString joinLines(QStringView text);

/// Splits @p segment's text into words and gives them the inline times: a timestamp times the first word that
/// starts at or after it; the first word starts with the segment when timestamps exist; a timed word ends
/// where the next timed word starts (the last one at the segment's end).
void applyInlineTimes(Segment &segment, const QList<std::pair<qsizetype, qint64>> &timestamps);
/// Marks the words of @p segment that start inside one of @p spans as low-confidence.
void markLowConfidence(Segment &segment, const QList<std::pair<qsizetype, qsizetype>> &spans);

/// Fills in a segment's unknown end from the next timed segment's start, as Podcasting 2.0 readers must.
void deriveMissingEnds(QList<Segment> &segments);

/// Takes a leading "Name: " label off the segment's text as its speaker (only if it has none yet).
/// Returns how many characters were removed from the front of the text.
qsizetype takeSpeakerLabel(Segment &segment, Transcript &transcript);

/// Cue formats name the speaker only when it changes (Podcasting 2.0 guidance for SRT and WebVTT): a cue
/// without a speaker continues the previous cue's speaker.
void carrySpeakersForward(QList<Segment> &segments);

/// Where a segment ends for formats that need an end: its own end, else the next timed segment's start, else
/// a reading-speed estimate from its length (at least a second).
qint64 effectiveEnd(const QList<Segment> &segments, qsizetype index);

/// A run of words shown as one unit when writing one cue per word: a timed word and the untimed words after
/// it.
struct WordGroup
{
    qsizetype firstWord = 0;
    qsizetype lastWord = 0;
    qint64 start = kNoTime;
    qint64 end = kNoTime;
};
/// The word groups of a segment that has word times (untimed leading words join the first group).
QList<WordGroup> wordGroups(const Segment &segment, qint64 segmentEnd);

} // namespace hark::cuetext

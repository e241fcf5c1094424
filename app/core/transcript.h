// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace hark {

/// A time in milliseconds that is not known.
inline constexpr qint64 kNoTime = -1;

/// One whitespace-separated token of a segment's text, with its timing where the source gives one.
struct Word
{
    enum Flag : quint8
    {
        NonSpeech = 0x1, ///< a stage direction such as "[Music]": shown, never aligned or counted as speech
        LowConfidence = 0x2, ///< the time was interpolated, not heard
    };

    qint64 start = kNoTime;
    qint64 end = kNoTime;
    qint32 from = 0; ///< first character in Segment::text
    qint32 length = 0;
    quint8 flags = 0;

    bool hasStart() const { return start != kNoTime; }
    bool isSpeech() const { return !(flags & NonSpeech); }
    friend bool operator==(const Word &, const Word &) = default;
};

/// A cue, a line or a sentence: the unit that is highlighted as the current line.
struct Segment
{
    enum Flag : quint8
    {
        ParagraphStart = 0x1, ///< the source starts a new paragraph here
    };

    qint64 start = kNoTime;
    qint64 end = kNoTime;
    QString text; ///< visible text: tags stripped, entities decoded, line breaks joined by a space
    QString id; ///< the source's cue identifier, if any
    int speaker = -1; ///< index into Transcript::speakers
    QList<Word> words;
    quint8 flags = 0;

    bool hasStart() const { return start != kNoTime; }
    QStringView wordText(qsizetype i) const { return QStringView(text).mid(words[i].from, words[i].length); }
    /// Whether at least one word carries a time of its own.
    bool hasWordTimes() const;
    /// Whether every word is a stage direction (and there is at least one).
    bool isNonSpeech() const;
    friend bool operator==(const Segment &, const Segment &) = default;
};

/// A chapter from a sidecar or from tags.
struct Chapter
{
    qint64 start = 0;
    qint64 end = kNoTime;
    QString title;
    QString url;
    QString image; ///< where its picture is, as the source says (a URL or a path relative to the source)
    bool hidden = false; ///< Podcasting 2.0 `toc: false`
    QByteArray imageData; ///< the picture's bytes, when Hark has them (from the tag, or a file beside)
    friend bool operator==(const Chapter &, const Chapter &) = default;
};

/// A moment the listener marked, with an optional note.
struct Bookmark
{
    qint64 at = 0; ///< ms
    QString note;
    friend bool operator==(const Bookmark &, const Bookmark &) = default;
};

/// What the sidecar says about the episode.
struct TranscriptMetadata
{
    QString title;
    QString show;
    QString language;
    QDate date;
    qint64 duration = kNoTime;
    /// Everything else the source names (LRC `[ar:]`, an archive page's site, VTT header text), in source
    /// order.
    QList<std::pair<QString, QString>> extra;

    QString extraValue(const QString &key) const;
    bool isEmpty() const;
    friend bool operator==(const TranscriptMetadata &, const TranscriptMetadata &) = default;
};

/// How precisely a transcript is timed.
enum class Timing
{
    None, ///< no segment has a time
    Segments, ///< segments are timed, words are not
    Words, ///< at least half of the words carry their own times
};

/// The transcript model every part of Hark reads: ordered segments, their words, speakers, chapters,
/// metadata.
struct Transcript
{
    QList<Segment> segments;
    QStringList speakers;
    QList<Chapter> chapters;

    /// Where the next listed chapter after @p ms starts; kNoTime when none.
    qint64 nextChapterStart(qint64 ms) const;
    /// Where the chapter playing at @p ms starts, or the one before it within its first 3 s (as "previous
    /// track" does); kNoTime when no listed chapter starts before @p ms.
    qint64 previousChapterStart(qint64 ms) const;
    /// Where the listed chapters' headings go in the text: for each, in time order, the index of the first
    /// timed segment that starts at or after it (or within a second before it: chapter marks are often set
    /// just after the first word), or the line it starts in when it starts in that line's first half; and the
    /// chapter's index. Chapters that come to the same segment: the later one; after the last segment: none.
    QList<std::pair<qsizetype, qsizetype>> chapterHeadings() const;

    TranscriptMetadata metadata;

    /// The index of @p name in speakers, adding it when new; -1 for an empty name.
    int speakerIndex(const QString &name);
    /// Moves every time (lines, words, chapters) @p ms later (earlier when negative), none before 0: the
    /// times as heard with a sync offset.
    void shiftTimes(qint64 ms);
    QString speakerName(int index) const
    {
        return index >= 0 && index < speakers.size() ? speakers[index] : QString();
    }
    qsizetype wordCount() const;
    /// Whether the source marked paragraphs (plain text and HTML do; cue formats do not).
    bool hasParagraphMarks() const;
    qsizetype timedSegmentCount() const;
    qsizetype timedWordCount() const;
    Timing timing() const;
    /// The first segment of each paragraph: at the source's paragraph marks and speaker turns, and (unless
    /// @p sentencesPerParagraph is 0) every few segments within longer runs. Starts with 0 when not empty.
    QList<qsizetype> paragraphStarts(int sentencesPerParagraph = 5) const;
    friend bool operator==(const Transcript &, const Transcript &) = default;
};

QString timingName(Timing timing);

} // namespace hark

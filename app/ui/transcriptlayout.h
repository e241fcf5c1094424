// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <QFont>
#include <QRegion>
#include <QStaticText>
#include <QTextLayout>
#include <QVarLengthArray>

#include <memory>
#include <optional>
#include <vector>

namespace hark {

/// A transcript laid out as readable paragraphs, without a widget: speaker turns (or a few sentences each),
/// broken where a chapter starts, under its title; each paragraph in the direction its text reads. It owns
/// the geometry and the hit-testing that the view paints and clicks with, all in document coordinates (the
/// whole transcript from its top, the margins included), as Tiled keeps MapRenderer apart from its view.
class TranscriptLayout
{
public:
    struct Paragraph
    {
        int firstSegment = 0;
        int lastSegment = 0;
        int speaker = -1;
        bool showSpeaker = false;
        bool rightToLeft
            = false; ///< its text reads right to left (by its first letter): laid out from the right
        /// Text of both directions (always assumed of right-to-left text, whose numbers read left to right).
        bool mixedDirections = false;
        QString text;
        std::vector<int> segmentOffsets; ///< where each segment's text starts in @c text
        QTextLayout layout;
        qreal top = 0; ///< document y of the paragraph (its heading and speaker line included)
        qreal height = 0;
        qreal textTop = 0; ///< offset of the text below the heading and the speaker line
        int chapter = -1; ///< the chapter whose title heads the paragraph, -1 for none
        QStaticText heading;
        qreal headingHeight = 0;
    };
    /// A place in the text: a paragraph and a character of its text, with the segment and word there
    /// (-1 when none).
    struct Hit
    {
        int paragraph = -1;
        int offset = 0;
        int segment = -1;
        int word = -1;
    };
    /// The words a range covers (first and last, each -1 when the range holds none of a line's words).
    struct WordSpan
    {
        int firstSegment = -1;
        int firstWord = -1;
        int lastSegment = -1;
        int lastWord = -1;
    };

    TranscriptLayout();
    ~TranscriptLayout();

    /// Breaks @p transcript (not owned; kept until the next call) into paragraphs; layOut() places them.
    void setTranscript(const Transcript &transcript);
    const Transcript &transcript() const { return *m_transcript; }
    /// Counts setTranscript() calls: what was worked out from the paragraphs before is stale when it changes.
    int revision() const { return m_revision; }
    /// Lays the paragraphs out for a view @p width wide in @p font; lines and paragraphs closer together when
    /// @p compact. Does nothing when nothing changed.
    void layOut(const QFont &font, int width, bool compact);
    /// The next layOut() lays out afresh even at the same font and width.
    void invalidate() { m_width = -1; }
    /// The chapter headings as placed by setTranscript() (Transcript::chapterHeadings()).
    const QList<std::pair<qsizetype, qsizetype>> &headingPlaces() const { return m_headings; }

    qreal documentHeight() const { return m_documentHeight; }
    qreal margin() const { return m_margin; }
    /// The font of the chapter titles: the text's, bold and larger.
    static QFont headingFont(const QFont &font);
    /// The speakers' names' font: the text's, bold.
    QFont speakerFont() const;

    bool isEmpty() const { return m_paragraphs.empty(); }
    int paragraphCount() const { return int(m_paragraphs.size()); }
    const Paragraph &paragraph(int index) const { return *m_paragraphs[std::size_t(index)]; }
    int segmentCount() const { return int(m_paragraphOfSegment.size()); }
    /// The paragraph showing @p segment, -1 for none.
    int paragraphOf(int segment) const;
    /// Where @p segment's text starts in its paragraph's text.
    int offsetOf(int segment) const;
    /// The paragraph at a document y (the first for y above it).
    int paragraphAt(qreal y) const;
    /// Where the paragraph's text is drawn from.
    QPointF textOrigin(const Paragraph &p) const { return { m_margin, p.top + p.textTop }; }
    /// The segment holding @p offset of paragraph @p paragraph, and where in the segment's text it falls.
    std::pair<int, int> segmentAt(int paragraph, int offset) const;

    /// Where the text from @p from to @p to of paragraph @p p is drawn, in the paragraph's layout
    /// coordinates: a rectangle per line, or per run of one direction where directions mix.
    static QVarLengthArray<QRectF, 4> rangeRects(const Paragraph &p, int from, int to);
    /// The same, in document coordinates (whole pixels).
    QRegion textRegion(const Paragraph &p, int from, int to) const;
    /// Where @p length characters from @p from of a segment's text are drawn.
    QRegion textRegion(int segment, int from, int length) const;
    /// A segment's text (all its lines), with a little room around it.
    QRegion segmentRegion(int segment) const;
    /// Where a segment's word is drawn (its part on the first line, if broken).
    QRectF wordRect(int segment, int word) const;
    /// The document y of the line that @p segment starts on.
    qreal segmentTop(int segment) const;
    /// The chapter titles shown as headings, each with the segment it stands above.
    QList<std::pair<int, QString>> headings() const;
    /// Where the heading above @p segment is drawn; empty when it has none.
    QRectF headingRect(int segment) const;
    /// Where the speaker's name above @p segment is drawn; empty when it has none. Paragraphs that read right
    /// to left are aligned right, their speaker's name too.
    QRectF speakerRect(int segment) const;
    /// Where paragraph @p p's speaker name is drawn; x < 0 when it has none.
    QPointF speakerAt(const Paragraph &p) const;
    /// A speaker's name, laid out once in the bold font.
    const QStaticText &speakerLabel(int speaker) const { return m_speakerLabels[std::size_t(speaker)]; }

    /// What is at a document point: the paragraph and character, and the segment and word under it.
    Hit hitTest(const QPointF &point) const;
    /// The text between two places (in either order), paragraphs apart by a blank line.
    QString text(Hit a, Hit b) const;
    /// The words between two places (in either order): the first that ends after the first place, the last
    /// that starts before the second.
    WordSpan words(Hit a, Hit b) const;

private:
    const Transcript *m_transcript;
    int m_revision = 0;
    std::vector<std::unique_ptr<Paragraph>> m_paragraphs;
    std::vector<int> m_paragraphOfSegment;
    std::vector<QStaticText> m_speakerLabels;
    QList<std::pair<qsizetype, qsizetype>> m_headings;
    QFont m_font;
    int m_width = -1; ///< the view width laid out for; -1: not laid out
    bool m_compact = false;
    qreal m_margin = 0;
    qreal m_lineWidth = 0; ///< the width the text is laid out in, right of margin()
    qreal m_documentHeight = 0;
};

} // namespace hark

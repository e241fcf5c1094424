// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcriptsearch.h"
#include "ui/theme.h"

#include "core/transcript.h"

#include <QAbstractScrollArea>
#include <QStaticText>
#include <QVarLengthArray>

#include <memory>
#include <optional>
#include <vector>

class QTextLayout;

class QPainter;

namespace hark {

class TranscriptModel;

/// The transcript model shown as readable paragraphs (speaker turns, or a few sentences each), with the
/// current sentence and word highlighted. Lays out paragraphs with cached QTextLayouts and paints only what
/// is visible; when the model's current word moves, only the old and the new word are repainted (the old and
/// the new line when the line changes).
///
/// Follows playback (the current line about a third from the top, scrolling only when the line changes) until
/// the user scrolls; then emits followingChanged(false) until setFollowing(true).
/// A click on a word (or elsewhere on a line) emits clicked(segment, word or -1); a double-click emits
/// activated(); a drag selects text (Ctrl+C copies it) and is not a click.
class TranscriptView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    /// Shows @p model (not owned), following its resets and its current segment and word.
    void setModel(TranscriptModel *model);
    TranscriptModel *model() const { return m_model; }
    int currentSegment() const;
    int currentWord() const;

    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);

    QString selectedText() const;
    /// The words the selection covers (first and last, each -1 when the selection holds none of a line's
    /// words); std::nullopt without a selection.
    struct WordSpan
    {
        int firstSegment = -1;
        int firstWord = -1;
        int lastSegment = -1;
        int lastWord = -1;
    };
    std::optional<WordSpan> selectedWords() const;
    /// The line the keyboard is on (Up/Down move it, Enter plays from it); -1 before they are used.
    int focusSegment() const { return m_focusSegment; }
    /// Where a segment's word is drawn, in viewport coordinates (for tests and accessibility).
    QRect wordRect(int segment, int word) const;

    /// The text size in steps of 10 % from the normal size (the system font, a little larger).
    void setTextZoom(int steps);
    int textZoom() const { return m_textZoom; }
    /// Lines and paragraphs closer together.
    void setCompactSpacing(bool compact);
    bool compactSpacing() const { return m_compact; }

    /// Marks what find matched (in reading order); @p current, an index into them, is marked more strongly.
    void setMatches(const QList<TranscriptSearch::Match> &matches, int current);
    const QList<TranscriptSearch::Match> &matches() const { return m_matches; }
    int currentMatch() const { return m_currentMatch; }
    /// Scrolls the current match into view (the view stops following playback; "Back to now" resumes).
    void showCurrentMatch();
    /// Where characters of a segment's text are drawn, in viewport coordinates.
    QRegion textRegion(int segment, int from, int length) const;
    /// The chapter titles shown as headings in the text, each with the segment it stands above.
    QList<std::pair<int, QString>> headings() const;
    /// Where the heading above @p segment is drawn, in viewport coordinates; empty when it has none.
    QRect headingRect(int segment) const;
    /// Where the speaker's name above @p segment is drawn, in viewport coordinates; empty when it has none.
    /// Paragraphs that read right to left (Arabic, Hebrew…) are aligned right, their speaker's name too.
    QRect speakerRect(int segment) const;
    QSize sizeHint() const override { return { 640, 480 }; }

Q_SIGNALS:
    void clicked(int segment, int word);
    void activated(int segment, int word);
    void followingChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    friend class TranscriptAccessible;
    struct Paragraph;
    struct Hit
    {
        int paragraph = -1;
        int offset = 0; ///< character in the paragraph's text
        int segment = -1;
        int word = -1;
    };

    void rebuild();
    void currentChanged(int segment, int word, int previousSegment, int previousWord);
    const Transcript &transcript() const;
    /// The viewport area of a segment's text (all its lines), with a little room around it.
    QRegion segmentRegion(int segment) const;
    /// Where characters [@p from, @p to) of a paragraph are drawn when its layout is drawn at @p origin.
    /// Where the text from @p from to @p to of paragraph @p p is drawn, in the paragraph's layout
    /// coordinates: a rectangle per line, or per run of one direction where directions mix.
    static QVarLengthArray<QRectF, 4> rangeRects(const Paragraph &p, int from, int to);
    QRegion textRegion(const Paragraph &p, int from, int to, const QPointF &origin) const;
    void relayout();
    /// Lays the text out afresh (new font or spacing), keeping the line playing in view when following.
    void layOutAgain();
    void updateScrollRange();
    int paragraphAt(qreal documentY) const;
    Hit hitTest(const QPoint &viewportPos) const;
    QRectF paragraphRect(int paragraph) const; // in document coordinates
    void scrollToSegment(int segment);
    void setFocusSegment(int segment);
    QColor speakerColor(int speaker) const;
    /// Marks the line the keyboard is on, while the view has the keyboard.
    void paintFocus(QPainter &painter) const;
    /// The description while no line plays: how to move through the lines.
    static QString keysHint();

    // The text as a screen reader reads it (TranscriptAccessible): each paragraph's chapter heading and
    // speaker's name on lines of their own, then its text; offsets count characters of that text.
    const QString &accessibleText() const;
    /// Where paragraph @p paragraph's own text starts in accessibleText().
    int accessibleOffset(int paragraph, int offset) const;
    /// The paragraph and the offset in its text for an accessibleText() offset (a heading's or a speaker's
    /// line counts as the start of its paragraph's text).
    Hit accessibleHit(int offset) const;
    /// A character's box in viewport coordinates.
    QRect accessibleCharacterRect(int offset) const;
    /// The selection in accessibleText() offsets; std::nullopt without one.
    std::optional<std::pair<int, int>> accessibleSelection() const;
    void setAccessibleSelection(int from, int to);
    /// Where the screen reader's cursor is: the start of the line the keyboard is on, else of the one
    /// playing.
    int accessibleCursor() const;
    /// Tells screen readers (through Qt's accessibility bridge) that the cursor moved (the line playing or
    /// the keyboard's line).
    void tellCursorMoved();
    /// Tells screen readers that the selection changed.
    void tellSelectionChanged();
    QFont headingFont() const;
    /// Where paragraph @p p's speaker name is drawn, in document coordinates; x < 0 when it has none.
    QPointF speakerAt(const Paragraph &p) const;
    qreal margin() const;

    TranscriptModel *m_model = nullptr;
    std::vector<std::unique_ptr<Paragraph>> m_paragraphs;
    std::vector<int> m_paragraphOfSegment;
    std::vector<QStaticText> m_speakerLabels; ///< each speaker's name, laid out in the bold font
    QList<std::pair<qsizetype, qsizetype>> m_headings; ///< Transcript::chapterHeadings() as laid out
    theme::TranscriptColours m_colours; ///< from the palette, readable on it
    mutable QString m_accessibleText; ///< built on first use after a rebuild
    mutable std::vector<int> m_accessibleStarts; ///< where each paragraph's text starts in it
    qreal m_documentHeight = 0;
    int m_layoutWidth = -1;
    qreal m_lineWidth = 0; ///< the width the text is laid out in, right of margin()
    bool m_following = true;
    QPoint m_pressPos;
    Hit m_anchor;
    Hit m_cursor;
    bool m_dragging = false;
    bool m_hasSelection = false;
    int m_focusSegment = -1; ///< the line Up/Down moved to; -1 until they are used
    qreal m_normalPointSize = 12;
    int m_textZoom = 0;
    bool m_compact = false;
    QList<TranscriptSearch::Match> m_matches;
    int m_currentMatch = -1;
};

} // namespace hark

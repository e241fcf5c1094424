// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcriptsearch.h"
#include "ui/theme.h"
#include "ui/transcriptlayout.h"

#include <QAbstractScrollArea>

#include <optional>

class QPainter;

namespace hark {

class TranscriptModel;

/// The transcript model shown as readable paragraphs (speaker turns, or a few sentences each), with the
/// current sentence and word highlighted. A TranscriptLayout lays the paragraphs out (cached QTextLayouts)
/// and finds what is where; the view paints only what is visible; when the model's current word moves, only
/// the old and the new word are repainted (the old and the new line when the line changes).
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

    /// The paragraphs as laid out, in document coordinates (toDocument() maps the viewport's to them).
    const TranscriptLayout &layout() const { return m_layout; }
    QPointF toDocument(const QPoint &viewportPos) const;

    QString selectedText() const;
    using WordSpan = TranscriptLayout::WordSpan;
    /// The words the selection covers (first and last, each -1 when the selection holds none of a line's
    /// words); std::nullopt without a selection.
    std::optional<WordSpan> selectedWords() const;
    using Hit = TranscriptLayout::Hit;
    /// The selection's two ends (anchor, cursor); std::nullopt without a selection.
    std::optional<std::pair<Hit, Hit>> selection() const;
    /// Selects from @p anchor to @p cursor (none when they are the same place, or not in the text).
    void setSelection(const Hit &anchor, const Hit &cursor);
    /// The line the keyboard is on (Up/Down move it, Enter plays from it); -1 before they are used.
    int focusSegment() const { return m_focusSegment; }
    /// Puts the keyboard on @p segment, scrolling it into view.
    void setFocusSegment(int segment);
    /// Scrolls @p segment's first line to about a third from the top.
    void scrollToSegment(int segment);
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
    void rebuild();
    void currentChanged(int segment, int word, int previousSegment, int previousWord);
    const Transcript &transcript() const { return m_layout.transcript(); }
    /// Lays the text out for the viewport's width (when it changed) and sets the scroll range.
    void relayout();
    /// Lays the text out afresh (new font or spacing), keeping the line playing in view when following.
    void layOutAgain();
    void updateScrollRange();
    /// How far the text is scrolled: the document's y at the viewport's top.
    int scrollY() const;
    /// A region of the document, in viewport coordinates.
    QRegion shown(const QRegion &documentRegion) const;
    QColor speakerColor(int speaker) const;
    /// Marks the line the keyboard is on, while the view has the keyboard.
    void paintFocus(QPainter &painter) const;
    /// The description while no line plays: how to move through the lines.
    static QString keysHint();

    TranscriptModel *m_model = nullptr;
    TranscriptLayout m_layout;
    theme::TranscriptColours m_colours; ///< from the palette, readable on it
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

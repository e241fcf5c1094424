// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/transcriptlayout.h"

#include <QAccessibleWidget>

#include <optional>
#include <vector>

namespace hark {

class TranscriptView;

/// What a screen reader sees of the transcript: its whole text (each paragraph's chapter heading and speaker
/// on lines of their own), the selection (read and set), a cursor at the line the keyboard is on (else the
/// line playing), and where each character is. The line playing is the view's accessible description, so
/// that its changes reach the screen reader (Qt 6.4 has no announcements).
class TranscriptAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit TranscriptAccessible(TranscriptView *view);
    /// The factory to install with QAccessible::installFactory.
    static QAccessibleInterface *factory(const QString &className, QObject *object);
    /// Tells screen readers (through Qt's accessibility bridge) that @p view's cursor moved (the line
    /// playing or the keyboard's line); nothing without a screen reader.
    static void tellCursorMoved(TranscriptView *view);
    /// Tells screen readers that @p view's selection changed.
    static void tellSelectionChanged(TranscriptView *view);

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text type) const override;
    QAccessible::State state() const override;

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    TranscriptView *view() const;
    // The text as a screen reader reads it: each paragraph's chapter heading and speaker's name on lines of
    // their own, then its text; offsets count characters of that text.
    const QString &accessibleText() const;
    /// Where paragraph @p paragraph's character @p offset is in accessibleText().
    int offsetOf(int paragraph, int offset) const;
    /// The paragraph, the offset in its text and the segment for an accessibleText() offset (a heading's or a
    /// speaker's line counts as the start of its paragraph's text).
    TranscriptLayout::Hit hitAt(int offset) const;
    /// The selection in accessibleText() offsets; std::nullopt without one.
    std::optional<std::pair<int, int>> selectionRange() const;

    mutable QString m_text; ///< built on first use after the view shows another transcript
    mutable std::vector<int> m_starts; ///< where each paragraph's text starts in it
    mutable int m_revision = -1; ///< the layout's revision the text was built from
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transcriptaccessible.h"

#include "core/transcriptmodel.h"
#include "ui/transcriptview.h"

#include <QScrollBar>

namespace hark {

TranscriptAccessible::TranscriptAccessible(TranscriptView *view)
    : QAccessibleWidget(view, QAccessible::EditableText)
{ }

QAccessibleInterface *TranscriptAccessible::factory(const QString &className, QObject *object)
{
    if (className == u"hark::TranscriptView" && object && object->isWidgetType())
        return new TranscriptAccessible(static_cast<TranscriptView *>(object));
    return nullptr;
}

TranscriptView *TranscriptAccessible::view() const
{
    return static_cast<TranscriptView *>(widget());
}

void *TranscriptAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString TranscriptAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Value)
        return view()->accessibleText();
    return QAccessibleWidget::text(type);
}

QAccessible::State TranscriptAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = true;
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

void TranscriptAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    const auto range = view()->accessibleSelection();
    *startOffset = *endOffset = 0;
    if (selectionIndex == 0 && range) {
        *startOffset = range->first;
        *endOffset = range->second;
    }
}

int TranscriptAccessible::selectionCount() const
{
    return view()->accessibleSelection() ? 1 : 0;
}

void TranscriptAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void TranscriptAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0)
        view()->setAccessibleSelection(0, 0);
}

void TranscriptAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex == 0)
        view()->setAccessibleSelection(startOffset, endOffset);
}

int TranscriptAccessible::cursorPosition() const
{
    return view()->accessibleCursor();
}

void TranscriptAccessible::setCursorPosition(int position)
{
    const TranscriptView::Hit hit = view()->accessibleHit(position);
    if (hit.segment >= 0)
        view()->setFocusSegment(hit.segment);
}

QString TranscriptAccessible::text(int startOffset, int endOffset) const
{
    const QString &all = view()->accessibleText();
    startOffset = std::clamp(startOffset, 0, int(all.size()));
    endOffset = endOffset < 0 ? int(all.size()) : std::clamp(endOffset, startOffset, int(all.size()));
    return all.mid(startOffset, endOffset - startOffset);
}

int TranscriptAccessible::characterCount() const
{
    return int(view()->accessibleText().size());
}

QRect TranscriptAccessible::characterRect(int offset) const
{
    const QRect r = view()->accessibleCharacterRect(offset);
    return r.isValid() ? r.translated(view()->viewport()->mapToGlobal(QPoint(0, 0))) : QRect();
}

int TranscriptAccessible::offsetAtPoint(const QPoint &point) const
{
    const TranscriptView::Hit hit = view()->hitTest(view()->viewport()->mapFromGlobal(point));
    return hit.paragraph < 0 ? -1 : view()->accessibleOffset(hit.paragraph, hit.offset);
}

void TranscriptAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    Q_UNUSED(endIndex)
    const TranscriptView::Hit hit = view()->accessibleHit(startIndex);
    if (hit.segment >= 0) {
        view()->setFollowing(false);
        view()->scrollToSegment(hit.segment);
    }
}

QString TranscriptAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = offset;
    return {};
}

} // namespace hark

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

void TranscriptAccessible::tellCursorMoved(TranscriptView *view)
{
    if (!QAccessible::isActive()) // no screen reader: not worth working out the offsets
        return;
    QAccessibleTextCursorEvent moved(
        view, QAccessible::queryAccessibleInterface(view)->textInterface()->cursorPosition());
    QAccessible::updateAccessibility(&moved);
}

void TranscriptAccessible::tellSelectionChanged(TranscriptView *view)
{
    if (!QAccessible::isActive()) // no screen reader: not worth working out the offsets
        return;
    const auto *self = static_cast<TranscriptAccessible *>(QAccessible::queryAccessibleInterface(view));
    const auto selection = self->selectionRange();
    QAccessibleTextSelectionEvent changed(
        view, selection ? selection->first : -1, selection ? selection->second : -1);
    changed.setCursorPosition(self->cursorPosition());
    QAccessible::updateAccessibility(&changed);
}

const QString &TranscriptAccessible::accessibleText() const
{
    const TranscriptLayout &layout = view()->layout();
    if (m_revision == layout.revision())
        return m_text;
    m_revision = layout.revision();
    m_text.clear();
    m_starts.clear();
    const Transcript &t = layout.transcript();
    for (int i = 0; i < layout.paragraphCount(); ++i) {
        const TranscriptLayout::Paragraph &p = layout.paragraph(i);
        if (!m_text.isEmpty())
            m_text += u'\n';
        if (p.chapter >= 0)
            m_text += t.chapters[p.chapter].title.simplified() + u'\n';
        if (p.showSpeaker)
            m_text += t.speakerName(p.speaker) + u'\n';
        m_starts.push_back(int(m_text.size()));
        m_text += p.text;
    }
    return m_text;
}

int TranscriptAccessible::offsetOf(int paragraph, int offset) const
{
    accessibleText();
    if (paragraph < 0 || std::size_t(paragraph) >= m_starts.size())
        return 0;
    return m_starts[std::size_t(paragraph)] + offset;
}

TranscriptLayout::Hit TranscriptAccessible::hitAt(int offset) const
{
    accessibleText();
    TranscriptLayout::Hit hit;
    if (m_starts.empty())
        return hit;
    const TranscriptLayout &layout = view()->layout();
    const auto length = [&layout](int paragraph) { return int(layout.paragraph(paragraph).text.size()); };
    // The paragraph whose heading, name or text holds the offset: the first that starts after it, less one
    // (its lines before the text belong to it).
    auto next = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    int paragraph = int(next - m_starts.begin()) - 1;
    if (paragraph < 0
        || (next != m_starts.end() && offset > m_starts[std::size_t(paragraph)] + length(paragraph))) {
        hit.paragraph = std::min(paragraph + 1, layout.paragraphCount() - 1);
        hit.offset = 0;
    } else {
        hit.paragraph = paragraph;
        hit.offset = std::clamp(offset - m_starts[std::size_t(paragraph)], 0, length(paragraph));
    }
    hit.segment = layout.segmentAt(hit.paragraph, hit.offset).first;
    return hit;
}

std::optional<std::pair<int, int>> TranscriptAccessible::selectionRange() const
{
    const auto selection = view()->selection();
    if (!selection)
        return std::nullopt;
    const int a = offsetOf(selection->first.paragraph, selection->first.offset);
    const int b = offsetOf(selection->second.paragraph, selection->second.offset);
    return std::pair { std::min(a, b), std::max(a, b) };
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
        return accessibleText();
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
    const auto range = selectionRange();
    *startOffset = *endOffset = 0;
    if (selectionIndex == 0 && range) {
        *startOffset = range->first;
        *endOffset = range->second;
    }
}

int TranscriptAccessible::selectionCount() const
{
    return view()->selection() ? 1 : 0;
}

void TranscriptAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void TranscriptAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex == 0)
        view()->setSelection({}, {});
}

void TranscriptAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex == 0)
        view()->setSelection(hitAt(startOffset), hitAt(endOffset));
}

int TranscriptAccessible::cursorPosition() const
{
    // The start of the line the keyboard is on, else of the one playing.
    const TranscriptView *v = view();
    const int segment = v->focusSegment() >= 0 ? v->focusSegment() : v->currentSegment();
    const int paragraph = v->layout().paragraphOf(segment);
    return paragraph < 0 ? 0 : offsetOf(paragraph, v->layout().offsetOf(segment));
}

void TranscriptAccessible::setCursorPosition(int position)
{
    const TranscriptLayout::Hit hit = hitAt(position);
    if (hit.segment >= 0)
        view()->setFocusSegment(hit.segment);
}

QString TranscriptAccessible::text(int startOffset, int endOffset) const
{
    const QString &all = accessibleText();
    startOffset = std::clamp(startOffset, 0, int(all.size()));
    endOffset = endOffset < 0 ? int(all.size()) : std::clamp(endOffset, startOffset, int(all.size()));
    return all.mid(startOffset, endOffset - startOffset);
}

int TranscriptAccessible::characterCount() const
{
    return int(accessibleText().size());
}

QRect TranscriptAccessible::characterRect(int offset) const
{
    const TranscriptLayout::Hit hit = hitAt(offset);
    if (hit.paragraph < 0)
        return {};
    const TranscriptLayout &layout = view()->layout();
    const TranscriptLayout::Paragraph &p = layout.paragraph(hit.paragraph);
    const QRect r
        = layout.textRegion(p, hit.offset, std::min(hit.offset + 1, int(p.text.size()))).boundingRect();
    // Document coordinates to the screen's.
    const QPoint documentTop
        = view()->viewport()->mapToGlobal(QPoint(0, 0)) - view()->toDocument({}).toPoint();
    return r.isValid() ? r.translated(documentTop) : QRect();
}

int TranscriptAccessible::offsetAtPoint(const QPoint &point) const
{
    const TranscriptLayout::Hit hit
        = view()->layout().hitTest(view()->toDocument(view()->viewport()->mapFromGlobal(point)));
    return hit.paragraph < 0 ? -1 : offsetOf(hit.paragraph, hit.offset);
}

void TranscriptAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    Q_UNUSED(endIndex)
    const TranscriptLayout::Hit hit = hitAt(startIndex);
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

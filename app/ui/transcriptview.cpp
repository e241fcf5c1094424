// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transcriptview.h"

#include "core/timecode.h"
#include "core/transcriptmodel.h"
#include "ui/steadyslider.h"
#include "ui/theme.h"
#include "ui/transcriptaccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QPen>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace hark {

TranscriptView::TranscriptView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    // Before anything (setting the accessible name) makes Qt build the view's accessible interface.
    static const bool accessible = [] {
        QAccessible::installFactory(&TranscriptAccessible::factory);
        return true;
    }();
    Q_UNUSED(accessible)
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::IBeamCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Transcript"));
    setAccessibleDescription(keysHint()); // until a line plays
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBar(new SteadySlider<QScrollBar>(Qt::Vertical, this));
    m_normalPointSize = font().pointSizeF() * 1.2; // the system's size, a little larger for reading
    m_colours = theme::transcriptColours(palette());
    setTextZoom(0);
    // Only the user's own scrolling (wheel, scroll bar, page keys) stops following; relayouts and the view's
    // own scrolling move the bar without an action.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        if (m_following) {
            m_following = false;
            Q_EMIT followingChanged(false);
        }
    });
}

TranscriptView::~TranscriptView() = default;

void TranscriptView::setModel(TranscriptModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TranscriptView::rebuild);
        connect(m_model, &TranscriptModel::currentChanged, this, &TranscriptView::currentChanged);
        // New times (an alignment arriving) change the marks on uncertain words, not the text.
        connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (!roles.contains(TranscriptModel::StartRole))
                    return;
                // The chapter headings go where the new times put them.
                if (!transcript().chapters.isEmpty()
                    && transcript().chapterHeadings() != m_layout.headingPlaces())
                    rebuild();
                viewport()->update();
            });
        connect(m_model, &TranscriptModel::provisionalChanged, viewport(), qOverload<>(&QWidget::update));
        connect(m_model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            rebuild();
        });
    }
    rebuild();
}

int TranscriptView::currentSegment() const
{
    return m_model ? m_model->currentSegment() : -1;
}

int TranscriptView::currentWord() const
{
    return m_model ? m_model->currentWord() : -1;
}

void TranscriptView::rebuild()
{
    static const Transcript none;
    m_layout.setTranscript(m_model ? m_model->transcript() : none);
    m_hasSelection = false;
    m_matches.clear(); // they index the segments of the transcript that was shown
    m_currentMatch = -1;
    m_focusSegment = -1;
    relayout();
    verticalScrollBar()->setValue(0);
    if (m_following && currentSegment() >= 0)
        scrollToSegment(currentSegment());
    viewport()->update();
}

void TranscriptView::relayout()
{
    m_layout.layOut(font(), viewport()->width(), m_compact);
    verticalScrollBar()->setSingleStep(fontMetrics().lineSpacing());
    updateScrollRange();
}

int TranscriptView::scrollY() const
{
    return verticalScrollBar()->value();
}

QPointF TranscriptView::toDocument(const QPoint &viewportPos) const
{
    return QPointF(viewportPos) + QPointF(0, scrollY());
}

QRegion TranscriptView::shown(const QRegion &documentRegion) const
{
    return documentRegion.translated(0, -scrollY());
}

void TranscriptView::updateScrollRange()
{
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, int(m_layout.documentHeight()) - viewport()->height()));
}

QList<std::pair<int, QString>> TranscriptView::headings() const
{
    return m_layout.headings();
}

QRect TranscriptView::headingRect(int segment) const
{
    return m_layout.headingRect(segment).translated(0, -scrollY()).toAlignedRect();
}

QRect TranscriptView::speakerRect(int segment) const
{
    return m_layout.speakerRect(segment).translated(0, -scrollY()).toAlignedRect();
}

QColor TranscriptView::speakerColor(int speaker) const
{
    // A subtle colour per speaker that stays readable on the palette's base (light or dark).
    return m_colours.speakers[std::size_t(speaker) % std::size(m_colours.speakers)];
}

void TranscriptView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const qreal scroll = verticalScrollBar()->value();
    const QRectF exposed = QRectF(event->rect()).translated(0, scroll);
    painter.translate(0, -scroll);
    if (m_layout.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(0, scroll, viewport()->width(), viewport()->height()), Qt::AlignCenter,
            tr("No transcript"));
        paintFocus(painter);
        return;
    }
    const theme::TranscriptColours &colours = m_colours;
    const int current = currentSegment();
    const int currentWord = this->currentWord();

    // The layout is drawn as laid out, line by line and only the lines exposed (format ranges would make Qt
    // shape the text again on every paint). The current word is then filled and drawn again in the
    // highlighted-text colour, clipped to it; selected text likewise, left out of the plain pass.
    const QRegion paintRegion = event->region().translated(0, int(scroll));
    // Only the lines in the region are drawn (a scroll tick's region is a strip at the bottom and the two
    // lines about a third down: most of the lines within its bounding rectangle are not in it).
    const int width = viewport()->width();
    auto drawLines = [&](const TranscriptLayout::Paragraph &p, const QPointF &origin, const QRegion &within) {
        const QRect bounds = within.boundingRect();
        for (int l = 0; l < p.layout.lineCount(); ++l) {
            const QTextLine line = p.layout.lineAt(l);
            const QRect rect = QRectF(0, origin.y() + line.y(), width, line.height()).toAlignedRect();
            if (rect.top() > bounds.bottom())
                break;
            if (within.intersects(rect))
                line.draw(&painter, origin);
        }
    };
    for (int i = m_layout.paragraphAt(exposed.top()); i < m_layout.paragraphCount(); ++i) {
        const TranscriptLayout::Paragraph &p = m_layout.paragraph(i);
        if (p.top > exposed.bottom())
            break;
        if (p.chapter >= 0) {
            painter.setFont(TranscriptLayout::headingFont(font()));
            painter.setPen(palette().color(QPalette::Text));
            painter.drawStaticText(QPointF(m_layout.margin(), p.top), p.heading);
        }
        if (const QPointF label = m_layout.speakerAt(p); label.x() >= 0) {
            painter.setFont(m_layout.speakerFont());
            painter.setPen(speakerColor(p.speaker));
            painter.drawStaticText(label, m_layout.speakerLabel(p.speaker));
        }
        const QPointF origin = m_layout.textOrigin(p);
        QRegion word;
        if (current >= p.firstSegment && current <= p.lastSegment) {
            const Segment &s = transcript().segments[current];
            const int start = p.segmentOffsets[std::size_t(current - p.firstSegment)];
            for (const QRect &r : m_layout.textRegion(p, start, start + int(s.text.size())))
                painter.fillRect(r, colours.line);
            if (currentWord >= 0 && currentWord < s.words.size()) {
                const Word &w = s.words[currentWord];
                word = m_layout.textRegion(p, start + w.from, start + w.from + w.length) & paintRegion;
            }
        }
        // Find's matches: all in a soft tint, the current one in a stronger one with a frame.
        if (!m_matches.isEmpty()) {
            auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), p.firstSegment,
                [](const TranscriptSearch::Match &m, int segment) { return m.segment < segment; });
            for (; it != m_matches.cend() && it->segment <= p.lastSegment; ++it) {
                const int start = p.segmentOffsets[std::size_t(it->segment - p.firstSegment)] + it->from;
                const bool isCurrent = it - m_matches.cbegin() == m_currentMatch;
                for (const QRect &r : m_layout.textRegion(p, start, start + it->length) & paintRegion) {
                    painter.fillRect(r, isCurrent ? colours.currentMatch : colours.match);
                    if (isCurrent) {
                        painter.setPen(palette().color(QPalette::Text));
                        painter.drawRect(r.adjusted(0, 0, -1, -1));
                    }
                }
            }
        }
        QRegion selection;
        if (m_hasSelection) {
            Hit a = m_anchor, b = m_cursor;
            if (std::tie(b.paragraph, b.offset) < std::tie(a.paragraph, a.offset))
                std::swap(a, b);
            if (i >= a.paragraph && i <= b.paragraph) {
                selection = m_layout.textRegion(p, i == a.paragraph ? a.offset : 0,
                                i == b.paragraph ? b.offset : int(p.text.size()))
                    & paintRegion;
                for (const QRect &r : selection)
                    painter.fillRect(r, colours.selection);
            }
        }
        painter.setPen(palette().color(QPalette::Text));
        if (selection.isEmpty()) {
            drawLines(p, origin, paintRegion);
        } else {
            painter.save();
            painter.setClipRegion(paintRegion - selection);
            drawLines(p, origin, paintRegion);
            painter.restore();
        }
        // Words whose times are estimated, or all of them while the times are provisional: a dotted line
        // under them, in the placeholder colour (subtle, in light and dark palettes alike).
        painter.save();
        painter.setPen(QPen(palette().color(QPalette::PlaceholderText), 1, Qt::DotLine));
        const bool provisional = m_model && m_model->isProvisional();
        for (int s = p.firstSegment; s <= p.lastSegment; ++s) {
            const Segment &seg = transcript().segments[s];
            const int base = p.segmentOffsets[std::size_t(s - p.firstSegment)];
            int runFrom = -1, runTo = -1;
            const auto underline = [&] {
                if (runFrom < 0)
                    return;
                for (const QRect &r : m_layout.textRegion(p, runFrom, runTo) & paintRegion)
                    painter.drawLine(r.bottomLeft(), r.bottomRight());
                runFrom = -1;
            };
            for (const Word &w : seg.words) {
                if (!provisional && !(w.flags & Word::LowConfidence)) {
                    underline();
                    continue;
                }
                if (runFrom < 0)
                    runFrom = base + w.from;
                runTo = base + w.from + w.length;
            }
            underline();
        }
        painter.restore();
        for (const QRect &r : word)
            painter.fillRect(r, colours.word);
        for (const auto &[inverted, pen] :
            { std::pair { word, colours.wordText }, std::pair { selection, colours.selectionText } }) {
            if (inverted.isEmpty())
                continue;
            painter.save();
            painter.setClipRegion(inverted, Qt::IntersectClip);
            painter.setPen(pen);
            drawLines(p, origin, inverted);
            painter.restore();
        }
    }
    paintFocus(painter);
}

void TranscriptView::paintFocus(QPainter &painter) const
{
    // The line the keyboard is on (Up/Down, Enter plays it): a frame around each of its text lines.
    if (m_focusSegment < 0 || !hasFocus())
        return;
    painter.resetTransform();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_colours.focus, 1, Qt::DotLine));
    for (const QRect &r : shown(m_layout.segmentRegion(m_focusSegment)))
        painter.drawRect(r.adjusted(0, 0, -1, -1));
}

bool TranscriptView::event(QEvent *event)
{
    const bool handled = QAbstractScrollArea::event(event);
    // The keyboard is here: the frame around the text in the highlight, as a focused text field has. Drawn
    // on the view itself, around the viewport, which scrolls by moving its pixels.
    if (event->type() == QEvent::Paint && hasFocus() && frameWidth() > 0) {
        QPainter painter(this);
        painter.setPen(QPen(m_colours.focus, frameWidth()));
        painter.setBrush(Qt::NoBrush);
        const qreal inset = frameWidth() / 2.0;
        painter.drawRect(QRectF(frameRect()).adjusted(inset, inset, -inset, -inset));
    }
    return handled;
}

QString TranscriptView::keysHint()
{
    return tr("Up, Down: from line to line; Enter: play from the line");
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
    updateScrollRange(); // the height may change when the width does not
    if (m_following && currentSegment() >= 0)
        scrollToSegment(currentSegment());
}

void TranscriptView::scrollContentsBy(int dx, int dy)
{
    // Move what is already painted and paint only the strip that comes into view.
    viewport()->scroll(dx, dy);
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        layOutAgain();
    else if (event->type() == QEvent::PaletteChange)
        m_colours = theme::transcriptColours(palette());
    QAbstractScrollArea::changeEvent(event);
}

void TranscriptView::setTextZoom(int steps)
{
    m_textZoom = steps;
    QFont f = font();
    f.setPointSizeF(m_normalPointSize * std::pow(1.1, steps));
    setFont(f);
}

void TranscriptView::setCompactSpacing(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    layOutAgain();
}

void TranscriptView::layOutAgain()
{
    m_layout.invalidate();
    relayout();
    if (m_following && currentSegment() >= 0)
        scrollToSegment(currentSegment());
    viewport()->update();
}

void TranscriptView::currentChanged(int segment, int word, int previousSegment, int previousWord)
{
    if (segment == previousSegment) {
        // Only the word moved: repaint the two words (the line's background stays).
        QRegion region;
        for (int w : { previousWord, word })
            if (const QRect r = wordRect(segment, w); r.isValid())
                region += r.adjusted(-2, -1, 2, 1);
        viewport()->update(region);
        return;
    }
    viewport()->update(shown(m_layout.segmentRegion(previousSegment) + m_layout.segmentRegion(segment)));
    if (m_following && segment >= 0)
        scrollToSegment(segment);
    // Screen readers learn of the line playing through the description (Qt 6.4 has no announcements), and,
    // unless the keyboard has a line of its own, through the cursor, which moves to the line playing: a
    // screen reader reads the line at a focused text's cursor as it moves.
    setAccessibleDescription(segment >= 0 ? transcript().segments[segment].text : keysHint());
    if (m_focusSegment < 0)
        TranscriptAccessible::tellCursorMoved(this);
}

void TranscriptView::scrollToSegment(int segment)
{
    if (m_layout.paragraphOf(segment) < 0)
        return;
    const qreal y = m_layout.segmentTop(segment);
    verticalScrollBar()->setValue(
        std::clamp(int(y - viewport()->height() / 3.0), 0, verticalScrollBar()->maximum()));
}

void TranscriptView::setMatches(const QList<TranscriptSearch::Match> &matches, int current)
{
    m_matches = matches;
    m_currentMatch = current;
    viewport()->update();
}

void TranscriptView::showCurrentMatch()
{
    if (m_currentMatch < 0 || m_currentMatch >= m_matches.size())
        return;
    const TranscriptSearch::Match &m = m_matches[m_currentMatch];
    const QRect shown = textRegion(m.segment, m.from, m.length).boundingRect();
    if (shown.isValid() && viewport()->rect().adjusted(0, 0, 0, -shown.height()).contains(shown.topLeft())
        && !m_following)
        return; // in view already, and not about to be scrolled away
    if (m_following) {
        m_following = false;
        Q_EMIT followingChanged(false);
    }
    scrollToSegment(m.segment);
}

QRegion TranscriptView::textRegion(int segment, int from, int length) const
{
    return shown(m_layout.textRegion(segment, from, length));
}

void TranscriptView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following && currentSegment() >= 0)
        scrollToSegment(currentSegment());
    Q_EMIT followingChanged(following);
}

QRect TranscriptView::wordRect(int segment, int word) const
{
    return m_layout.wordRect(segment, word).translated(0, -scrollY()).toAlignedRect();
}

std::optional<TranscriptView::WordSpan> TranscriptView::selectedWords() const
{
    if (!m_hasSelection)
        return std::nullopt;
    return m_layout.words(m_anchor, m_cursor);
}

std::optional<std::pair<TranscriptView::Hit, TranscriptView::Hit>> TranscriptView::selection() const
{
    if (!m_hasSelection)
        return std::nullopt;
    return std::pair { m_anchor, m_cursor };
}

void TranscriptView::setSelection(const Hit &anchor, const Hit &cursor)
{
    m_anchor = anchor;
    m_cursor = cursor;
    m_hasSelection = m_anchor.paragraph >= 0 && m_cursor.paragraph >= 0
        && std::tie(m_anchor.paragraph, m_anchor.offset) != std::tie(m_cursor.paragraph, m_cursor.offset);
    viewport()->update();
    TranscriptAccessible::tellSelectionChanged(this);
}

QString TranscriptView::selectedText() const
{
    return m_hasSelection ? m_layout.text(m_anchor, m_cursor) : QString();
}

void TranscriptView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    if (m_hasSelection)
        setSelection({}, {});
    m_anchor = m_layout.hitTest(toDocument(m_pressPos));
    m_dragging = false;
}

void TranscriptView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging && m_anchor.paragraph >= 0) {
            if (const Hit h = m_layout.hitTest(toDocument(pos)); h.paragraph >= 0)
                setSelection(m_anchor, h);
        }
        return;
    }
    // Hover: the time of the word under the pointer.
    const Hit h = m_layout.hitTest(toDocument(pos));
    if (m_model && h.segment >= 0) {
        const TimeIndex &index = m_model->timeIndex();
        const qint64 t = h.word >= 0 ? index.wordStart(h.segment, h.word) : kNoTime;
        const qint64 time = t != kNoTime ? t : index.segmentStart(h.segment);
        if (time != kNoTime) {
            QString tip = timecode::formatClock(time);
            const Segment &s = transcript().segments[h.segment];
            if (m_model->isProvisional())
                tip = tr("%1 (provisional: the words are spread evenly until Hark has listened to the audio)")
                          .arg(tip);
            else if (h.word >= 0 && h.word < s.words.size() && (s.words[h.word].flags & Word::LowConfidence))
                tip = tr("%1 (estimated: this word could not be heard clearly, so its time is interpolated "
                         "between its neighbours)")
                          .arg(tip);
            QToolTip::showText(event->globalPosition().toPoint(), tip, viewport());
            return;
        }
    }
    QToolTip::hideText();
}

void TranscriptView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    if (!m_dragging && m_anchor.segment >= 0) {
        const Hit h = m_layout.hitTest(toDocument(event->position().toPoint()));
        if (h.segment >= 0)
            Q_EMIT clicked(h.segment, h.word);
    }
    m_dragging = false;
}

void TranscriptView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit h = m_layout.hitTest(toDocument(event->position().toPoint()));
    if (event->button() == Qt::LeftButton && h.segment >= 0)
        Q_EMIT activated(h.segment, h.word);
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && m_hasSelection) {
        QApplication::clipboard()->setText(selectedText());
        return;
    }
    const int count = m_layout.segmentCount();
    if (event->modifiers() == Qt::NoModifier && count > 0) {
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down: {
            // The line focus starts at the line being spoken; moving it stops following.
            const int from = m_focusSegment >= 0 ? m_focusSegment : std::max(0, currentSegment());
            const int step = m_focusSegment < 0 ? 0 : event->key() == Qt::Key_Up ? -1 : 1;
            setFocusSegment(std::clamp(from + step, 0, count - 1));
            setFollowing(false);
            return;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_focusSegment >= 0) {
                Q_EMIT activated(m_focusSegment, -1);
                setFollowing(true);
                return;
            }
            break;
        default:
            break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TranscriptView::setFocusSegment(int segment)
{
    viewport()->update(shown(m_layout.segmentRegion(m_focusSegment)));
    m_focusSegment = segment;
    TranscriptAccessible::tellCursorMoved(this);
    const QRect area = shown(m_layout.segmentRegion(segment)).boundingRect();
    if (area.top() < 0 || area.bottom() > viewport()->height())
        verticalScrollBar()->setValue(
            verticalScrollBar()->value() + area.top() - (viewport()->height() - area.height()) / 2);
    viewport()->update(shown(m_layout.segmentRegion(segment)));
}

void TranscriptView::focusInEvent(QFocusEvent *event)
{
    update(); // the frame
    viewport()->update(shown(m_layout.segmentRegion(m_focusSegment)));
    QAbstractScrollArea::focusInEvent(event);
}

void TranscriptView::focusOutEvent(QFocusEvent *event)
{
    update(); // the frame
    viewport()->update(shown(m_layout.segmentRegion(m_focusSegment)));
    QAbstractScrollArea::focusOutEvent(event);
}

} // namespace hark

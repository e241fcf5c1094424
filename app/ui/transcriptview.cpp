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
#include <QGlyphRun>
#include <QKeyEvent>
#include <QPainter>
#include <QPen>
#include <QScrollBar>
#include <QStaticText>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace hark {

struct TranscriptView::Paragraph
{
    int firstSegment = 0;
    int lastSegment = 0;
    int speaker = -1;
    bool showSpeaker = false;
    bool rightToLeft = false; ///< its text reads right to left (by its first letter): laid out from the right
    /// Text of both directions (always assumed of right-to-left text, whose numbers read left to right).
    bool mixedDirections = false;
    QString text;
    std::vector<int> segmentOffsets; ///< where each segment's text starts in @c text
    QTextLayout layout;
    qreal top = 0; ///< document y of the paragraph (its speaker line included)
    qreal height = 0;
    qreal textTop = 0; ///< offset of the text below the heading and the speaker line
    int chapter = -1; ///< the chapter whose title heads the paragraph, -1 for none
    QStaticText heading;
    qreal headingHeight = 0;
};

namespace {

constexpr int kSentencesPerParagraph = 5;

} // namespace

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
                if (!transcript().chapters.isEmpty() && transcript().chapterHeadings() != m_headings)
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

const Transcript &TranscriptView::transcript() const
{
    static const Transcript empty;
    return m_model ? m_model->transcript() : empty;
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
    const Transcript &transcript = this->transcript();
    m_paragraphs.clear();
    m_accessibleText.clear();
    m_accessibleStarts.clear();
    m_paragraphOfSegment.assign(std::size_t(transcript.segments.size()), -1);
    m_hasSelection = false;
    m_matches.clear(); // they index the segments of the transcript that was shown
    m_currentMatch = -1;
    m_focusSegment = -1;
    // Paragraphs break where the source says, and where a chapter starts, under its title.
    m_headings = transcript.chapterHeadings();
    QList<qsizetype> starts = transcript.paragraphStarts(kSentencesPerParagraph);
    for (const auto &heading : std::as_const(m_headings))
        starts.append(heading.first);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    auto heading = m_headings.cbegin();
    int previousSpeaker = -1;
    for (qsizetype p = 0; p < starts.size(); ++p) {
        auto para = std::make_unique<Paragraph>();
        para->firstSegment = int(starts[p]);
        para->lastSegment = int(p + 1 < starts.size() ? starts[p + 1] : transcript.segments.size()) - 1;
        if (heading != m_headings.cend() && heading->first == starts[p]) {
            para->chapter = int(heading->second);
            previousSpeaker = -1; // a new chapter names its first speaker again
            ++heading;
        }
        para->speaker = transcript.segments[para->firstSegment].speaker;
        para->showSpeaker = para->speaker >= 0 && para->speaker != previousSpeaker;
        previousSpeaker = para->speaker;
        for (int s = para->firstSegment; s <= para->lastSegment; ++s) {
            if (!para->text.isEmpty())
                para->text += u' ';
            para->segmentOffsets.push_back(int(para->text.size()));
            para->text += transcript.segments[s].text;
            m_paragraphOfSegment[std::size_t(s)] = int(m_paragraphs.size());
        }
        para->layout.setText(para->text);
        para->rightToLeft = para->text.isRightToLeft();
        para->mixedDirections
            = para->rightToLeft || std::any_of(para->text.cbegin(), para->text.cend(), [](QChar c) {
                  const QChar::Direction d = c.direction();
                  return d == QChar::DirR || d == QChar::DirAL || d == QChar::DirRLE || d == QChar::DirRLO
                      || d == QChar::DirRLI;
              });
        m_paragraphs.push_back(std::move(para));
    }
    m_layoutWidth = -1;
    relayout();
    verticalScrollBar()->setValue(0);
    if (m_following && currentSegment() >= 0)
        scrollToSegment(currentSegment());
    viewport()->update();
}

qreal TranscriptView::margin() const
{
    return fontMetrics().averageCharWidth() * 3;
}

void TranscriptView::relayout()
{
    const int width = viewport()->width();
    if (width == m_layoutWidth)
        return;
    m_layoutWidth = width;
    const qreal lineWidth = std::max<qreal>(50, width - 2 * margin());
    m_lineWidth = lineWidth;
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    const qreal speakerLine = QFontMetricsF(bold).lineSpacing();
    const QFont headingFont = this->headingFont();
    const qreal headingLine = QFontMetricsF(headingFont).lineSpacing();
    const qreal spacing = fm.lineSpacing() * (m_compact ? 0.4 : 0.9);
    const qreal lineStep = fm.lineSpacing() * (m_compact ? 1.0 : 1.15);
    // Each paragraph and heading in the direction its text reads, aligned on that side.
    const auto optionFor = [](bool rightToLeft) {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        option.setAlignment(Qt::AlignAbsolute | (rightToLeft ? Qt::AlignRight : Qt::AlignLeft));
        return option;
    };
    qreal y = spacing;
    for (auto &p : m_paragraphs) {
        p->layout.setFont(font());
        p->layout.setTextOption(optionFor(p->rightToLeft));
        p->layout.beginLayout();
        qreal lineY = 0;
        for (QTextLine line = p->layout.createLine(); line.isValid(); line = p->layout.createLine()) {
            line.setLineWidth(lineWidth);
            line.setPosition(QPointF(0, lineY));
            lineY += lineStep;
        }
        p->layout.endLayout();
        if (p->chapter >= 0) {
            // A chapter's title: a larger bold line with room above it, wrapped like the text.
            if (p.get() != m_paragraphs.front().get())
                y += spacing;
            const QString title = transcript().chapters[p->chapter].title.simplified();
            p->heading.setText(title);
            p->heading.setTextFormat(Qt::PlainText);
            p->heading.setTextOption(optionFor(title.isRightToLeft()));
            p->heading.setTextWidth(lineWidth);
            p->heading.prepare(QTransform(), headingFont);
            p->headingHeight = std::max(headingLine, p->heading.size().height()) + headingLine * 0.4;
        } else {
            p->headingHeight = 0;
        }
        p->top = y;
        p->textTop = p->headingHeight + (p->showSpeaker ? speakerLine * 1.2 : 0);
        p->height = p->textTop + lineY;
        y += p->height + spacing;
    }
    m_documentHeight = y;
    // Speaker names are laid out once, not on every paint that shows one.
    m_speakerLabels.clear();
    for (qsizetype i = 0; i < transcript().speakers.size(); ++i) {
        QStaticText &label = m_speakerLabels.emplace_back(transcript().speakerName(int(i)));
        label.setTextFormat(Qt::PlainText);
        label.prepare(QTransform(), bold);
    }
    verticalScrollBar()->setSingleStep(int(fm.lineSpacing()));
    updateScrollRange();
}

void TranscriptView::updateScrollRange()
{
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, int(m_documentHeight) - viewport()->height()));
}

QRectF TranscriptView::paragraphRect(int paragraph) const
{
    const Paragraph &p = *m_paragraphs[std::size_t(paragraph)];
    return { 0, p.top, qreal(viewport()->width()), p.height };
}

int TranscriptView::paragraphAt(qreal documentY) const
{
    auto it = std::upper_bound(m_paragraphs.begin(), m_paragraphs.end(), documentY,
        [](qreal y, const std::unique_ptr<Paragraph> &p) { return y < p->top; });
    return it == m_paragraphs.begin() ? 0 : int(it - m_paragraphs.begin() - 1);
}

QFont TranscriptView::headingFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    return f;
}

QList<std::pair<int, QString>> TranscriptView::headings() const
{
    QList<std::pair<int, QString>> out;
    for (const auto &p : m_paragraphs) {
        if (p->chapter >= 0)
            out.append({ p->firstSegment, p->heading.text() });
    }
    return out;
}

QRect TranscriptView::headingRect(int segment) const
{
    if (segment < 0 || std::size_t(segment) >= m_paragraphOfSegment.size())
        return {};
    const Paragraph &p = *m_paragraphs[std::size_t(m_paragraphOfSegment[std::size_t(segment)])];
    if (p.chapter < 0 || p.firstSegment != segment)
        return {};
    const QSizeF size = p.heading.size();
    const qreal x = p.heading.textOption().textDirection() == Qt::RightToLeft
        ? margin() + m_lineWidth - size.width()
        : margin();
    return QRectF(QPointF(x, p.top - verticalScrollBar()->value()), size).toAlignedRect();
}

QRect TranscriptView::speakerRect(int segment) const
{
    if (segment < 0 || std::size_t(segment) >= m_paragraphOfSegment.size())
        return {};
    const Paragraph &p = *m_paragraphs[std::size_t(m_paragraphOfSegment[std::size_t(segment)])];
    const QPointF at = speakerAt(p);
    if (p.firstSegment != segment || at.x() < 0)
        return {};
    return QRectF(
        at - QPointF(0, verticalScrollBar()->value()), m_speakerLabels[std::size_t(p.speaker)].size())
        .toAlignedRect();
}

QPointF TranscriptView::speakerAt(const Paragraph &p) const
{
    if (!p.showSpeaker || std::size_t(p.speaker) >= m_speakerLabels.size())
        return { -1, -1 };
    const qreal width = m_speakerLabels[std::size_t(p.speaker)].size().width();
    return { p.rightToLeft ? margin() + m_lineWidth - width : margin(), p.top + p.headingHeight };
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
    if (m_paragraphs.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(0, scroll, viewport()->width(), viewport()->height()), Qt::AlignCenter,
            tr("No transcript"));
        paintFocus(painter);
        return;
    }
    const theme::TranscriptColours &colours = m_colours;
    QFont bold = font();
    bold.setBold(true);
    const qreal left = margin();
    const int current = currentSegment();
    const int currentWord = this->currentWord();

    // The layout is drawn as laid out, line by line and only the lines exposed (format ranges would make Qt
    // shape the text again on every paint). The current word is then filled and drawn again in the
    // highlighted-text colour, clipped to it; selected text likewise, left out of the plain pass.
    const QRegion paintRegion = event->region().translated(0, int(scroll));
    // Only the lines in the region are drawn (a scroll tick's region is a strip at the bottom and the two
    // lines about a third down: most of the lines within its bounding rectangle are not in it).
    const int width = viewport()->width();
    auto drawLines = [&](const Paragraph &p, const QPointF &origin, const QRegion &within) {
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
    for (int i = paragraphAt(exposed.top()); i < int(m_paragraphs.size()); ++i) {
        const Paragraph &p = *m_paragraphs[std::size_t(i)];
        if (p.top > exposed.bottom())
            break;
        if (p.chapter >= 0) {
            painter.setFont(headingFont());
            painter.setPen(palette().color(QPalette::Text));
            painter.drawStaticText(QPointF(left, p.top), p.heading);
        }
        if (const QPointF label = speakerAt(p); label.x() >= 0) {
            painter.setFont(bold);
            painter.setPen(speakerColor(p.speaker));
            painter.drawStaticText(label, m_speakerLabels[std::size_t(p.speaker)]);
        }
        const QPointF origin(left, p.top + p.textTop);
        QRegion word;
        if (current >= p.firstSegment && current <= p.lastSegment) {
            const Segment &s = transcript().segments[current];
            const int start = p.segmentOffsets[std::size_t(current - p.firstSegment)];
            for (const QRect &r : textRegion(p, start, start + int(s.text.size()), origin))
                painter.fillRect(r, colours.line);
            if (currentWord >= 0 && currentWord < s.words.size()) {
                const Word &w = s.words[currentWord];
                word = textRegion(p, start + w.from, start + w.from + w.length, origin) & paintRegion;
            }
        }
        // Find's matches: all in a soft tint, the current one in a stronger one with a frame.
        if (!m_matches.isEmpty()) {
            auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), p.firstSegment,
                [](const TranscriptSearch::Match &m, int segment) { return m.segment < segment; });
            for (; it != m_matches.cend() && it->segment <= p.lastSegment; ++it) {
                const int start = p.segmentOffsets[std::size_t(it->segment - p.firstSegment)] + it->from;
                const bool isCurrent = it - m_matches.cbegin() == m_currentMatch;
                for (const QRect &r : textRegion(p, start, start + it->length, origin) & paintRegion) {
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
                selection = textRegion(p, i == a.paragraph ? a.offset : 0,
                                i == b.paragraph ? b.offset : int(p.text.size()), origin)
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
                for (const QRect &r : textRegion(p, runFrom, runTo, origin) & paintRegion)
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
    for (const QRect &r : segmentRegion(m_focusSegment))
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
    m_layoutWidth = -1;
    relayout();
    if (m_following && currentSegment() >= 0)
        scrollToSegment(currentSegment());
    viewport()->update();
}

QVarLengthArray<QRectF, 4> TranscriptView::rangeRects(const Paragraph &p, int from, int to)
{
    QVarLengthArray<QRectF, 4> rects;
    if (from >= to)
        return rects;
    for (int i = p.layout.lineForTextPosition(from).lineNumber(); i >= 0 && i < p.layout.lineCount(); ++i) {
        const QTextLine line = p.layout.lineAt(i);
        if (line.textStart() >= to)
            break;
        const int start = std::max(from, line.textStart());
        const int end = std::min(to, line.textStart() + line.textLength());
        if (!p.mixedDirections) { // one direction: the range is one stretch between its two ends
            const qreal x1 = line.cursorToX(start), x2 = line.cursorToX(end);
            rects.append(QRectF(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height()));
            continue;
        }
        // Both directions (a number or a name within Arabic…): the range may lie in pieces, one per run of
        // the same direction, and its ends say nothing of where the pieces lie.
        for (const QGlyphRun &run : line.glyphRuns(start, end - start)) {
            const QRectF r = run.boundingRect();
            rects.append(QRectF(r.left(), line.y(), r.width(), line.height()));
        }
    }
    return rects;
}

QRegion TranscriptView::textRegion(const Paragraph &p, int from, int to, const QPointF &origin) const
{
    QRegion region;
    for (const QRectF &r : rangeRects(p, from, to))
        region += r.translated(origin).toAlignedRect();
    return region;
}

QRegion TranscriptView::segmentRegion(int segment) const
{
    if (segment < 0 || segment >= int(m_paragraphOfSegment.size()))
        return {};
    const Paragraph &p = *m_paragraphs[std::size_t(m_paragraphOfSegment[std::size_t(segment)])];
    const int from = p.segmentOffsets[std::size_t(segment - p.firstSegment)];
    const int to = from + int(transcript().segments[segment].text.size());
    QRegion region;
    for (const QRect &r :
        textRegion(p, from, to, QPointF(margin(), p.top + p.textTop - verticalScrollBar()->value())))
        region += r.adjusted(-2, -1, 2, 1);
    return region;
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
    viewport()->update(segmentRegion(previousSegment) + segmentRegion(segment));
    if (m_following && segment >= 0)
        scrollToSegment(segment);
    // Screen readers learn of the line playing through the description (Qt 6.4 has no announcements), and,
    // unless the keyboard has a line of its own, through the cursor, which moves to the line playing: a
    // screen reader reads the line at a focused text's cursor as it moves.
    setAccessibleDescription(segment >= 0 ? transcript().segments[segment].text : keysHint());
    if (m_focusSegment < 0)
        tellCursorMoved();
}

void TranscriptView::tellCursorMoved()
{
    if (!QAccessible::isActive()) // no screen reader: not worth working out the offsets
        return;
    QAccessibleTextCursorEvent moved(this, accessibleCursor());
    QAccessible::updateAccessibility(&moved);
}

void TranscriptView::tellSelectionChanged()
{
    if (!QAccessible::isActive()) // no screen reader: not worth working out the offsets
        return;
    const auto selection = accessibleSelection();
    QAccessibleTextSelectionEvent changed(
        this, selection ? selection->first : -1, selection ? selection->second : -1);
    changed.setCursorPosition(accessibleCursor());
    QAccessible::updateAccessibility(&changed);
}

void TranscriptView::scrollToSegment(int segment)
{
    const int pi = m_paragraphOfSegment[std::size_t(segment)];
    const Paragraph &p = *m_paragraphs[std::size_t(pi)];
    const int offset = p.segmentOffsets[std::size_t(segment - p.firstSegment)];
    const QTextLine line = p.layout.lineForTextPosition(offset);
    const qreal y = p.top + p.textTop + (line.isValid() ? line.y() : 0);
    const int target = std::clamp(int(y - viewport()->height() / 3.0), 0, verticalScrollBar()->maximum());
    verticalScrollBar()->setValue(target);
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
    if (segment < 0 || std::size_t(segment) >= m_paragraphOfSegment.size())
        return {};
    const Paragraph &p = *m_paragraphs[std::size_t(m_paragraphOfSegment[std::size_t(segment)])];
    const int start = p.segmentOffsets[std::size_t(segment - p.firstSegment)] + from;
    const QPointF origin(margin(), p.top + p.textTop - verticalScrollBar()->value());
    return textRegion(p, start, start + length, origin);
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

TranscriptView::Hit TranscriptView::hitTest(const QPoint &pos) const
{
    Hit hit;
    if (m_paragraphs.empty())
        return hit;
    const qreal y = pos.y() + verticalScrollBar()->value();
    hit.paragraph = paragraphAt(y);
    const Paragraph &p = *m_paragraphs[std::size_t(hit.paragraph)];
    const qreal localY = y - p.top - p.textTop;
    const qreal localX = pos.x() - margin();
    QTextLine line;
    for (int i = 0; i < p.layout.lineCount(); ++i) {
        const QTextLine l = p.layout.lineAt(i);
        if (localY < l.y() + l.height() || i == p.layout.lineCount() - 1) {
            line = l;
            break;
        }
    }
    if (!line.isValid() || localY < -2 || localY > p.height - p.textTop + 2)
        return hit;
    hit.offset = line.xToCursor(localX);
    const QRectF drawn = line.naturalTextRect();
    const bool inText = localX >= drawn.left() && localX <= drawn.right();
    auto it = std::upper_bound(p.segmentOffsets.begin(), p.segmentOffsets.end(), hit.offset);
    const int local = int(it - p.segmentOffsets.begin()) - 1;
    hit.segment = p.firstSegment + std::max(0, local);
    const Segment &s = transcript().segments[hit.segment];
    if (inText) {
        // The word under the pointer: the one on this line whose drawn extent holds it (text reads either
        // way, so not simply the letter before or after the nearest gap).
        const int base = p.segmentOffsets[std::size_t(std::max(0, local))];
        const int lineEnd = line.textStart() + line.textLength();
        for (qsizetype w = 0; w < s.words.size() && hit.word < 0; ++w) {
            const int from = base + s.words[w].from, to = from + s.words[w].length;
            if (to <= line.textStart() || from >= lineEnd)
                continue;
            for (const QRectF &r : rangeRects(p, std::max(from, line.textStart()), std::min(to, lineEnd))) {
                if (r.top() == line.y() && localX >= r.left() && localX < r.right())
                    hit.word = int(w);
            }
        }
    }
    return hit;
}

QRect TranscriptView::wordRect(int segment, int word) const
{
    if (segment < 0 || segment >= int(m_paragraphOfSegment.size()))
        return {};
    const Paragraph &p = *m_paragraphs[std::size_t(m_paragraphOfSegment[std::size_t(segment)])];
    const Segment &s = transcript().segments[segment];
    if (word < 0 || word >= s.words.size())
        return {};
    const int from = p.segmentOffsets[std::size_t(segment - p.firstSegment)] + s.words[word].from;
    const auto rects = rangeRects(p, from, from + int(s.words[word].length));
    if (rects.isEmpty())
        return {};
    // A word broken over two lines (only a word too long for a line is): its part on the first.
    QRectF united = rects.front();
    for (const QRectF &r : rects) {
        if (r.top() == united.top())
            united |= r;
    }
    return united.translated(margin(), p.top + p.textTop - verticalScrollBar()->value()).toAlignedRect();
}

std::optional<TranscriptView::WordSpan> TranscriptView::selectedWords() const
{
    if (!m_hasSelection)
        return std::nullopt;
    Hit a = m_anchor, b = m_cursor;
    if (std::tie(b.paragraph, b.offset) < std::tie(a.paragraph, a.offset))
        std::swap(a, b);
    // The segment holding a paragraph offset, and where in its text the offset falls.
    auto locate = [this](const Hit &h) {
        const Paragraph &p = *m_paragraphs[std::size_t(h.paragraph)];
        auto it = std::upper_bound(p.segmentOffsets.begin(), p.segmentOffsets.end(), h.offset);
        const int local = std::max(0, int(it - p.segmentOffsets.begin()) - 1);
        return std::pair { p.firstSegment + local, h.offset - p.segmentOffsets[std::size_t(local)] };
    };
    WordSpan span;
    const auto [firstSegment, from] = locate(a);
    const auto [lastSegment, to] = locate(b);
    span.firstSegment = firstSegment;
    span.lastSegment = lastSegment;
    // The first word that ends after the selection starts; the last word that starts before it ends.
    const QList<Word> &firstWords = transcript().segments[firstSegment].words;
    for (qsizetype w = 0; w < firstWords.size() && span.firstWord < 0; ++w)
        if (firstWords[w].from + firstWords[w].length > from)
            span.firstWord = int(w);
    const QList<Word> &lastWords = transcript().segments[lastSegment].words;
    for (qsizetype w = 0; w < lastWords.size(); ++w)
        if (lastWords[w].from < to)
            span.lastWord = int(w);
    return span;
}

const QString &TranscriptView::accessibleText() const
{
    if (!m_accessibleStarts.empty() || m_paragraphs.empty())
        return m_accessibleText;
    const Transcript &t = transcript();
    for (const auto &p : m_paragraphs) {
        if (!m_accessibleText.isEmpty())
            m_accessibleText += u'\n';
        if (p->chapter >= 0)
            m_accessibleText += p->heading.text() + u'\n';
        if (p->showSpeaker)
            m_accessibleText += t.speakerName(p->speaker) + u'\n';
        m_accessibleStarts.push_back(int(m_accessibleText.size()));
        m_accessibleText += p->text;
    }
    return m_accessibleText;
}

int TranscriptView::accessibleOffset(int paragraph, int offset) const
{
    accessibleText();
    if (paragraph < 0 || std::size_t(paragraph) >= m_accessibleStarts.size())
        return 0;
    return m_accessibleStarts[std::size_t(paragraph)] + offset;
}

TranscriptView::Hit TranscriptView::accessibleHit(int offset) const
{
    accessibleText();
    Hit hit;
    if (m_accessibleStarts.empty())
        return hit;
    // The paragraph whose heading, name or text holds the offset: the first that starts after it, less one
    // (its lines before the text belong to it).
    auto next = std::upper_bound(m_accessibleStarts.begin(), m_accessibleStarts.end(), offset);
    int paragraph = int(next - m_accessibleStarts.begin()) - 1;
    if (paragraph < 0
        || (next != m_accessibleStarts.end()
            && offset > m_accessibleStarts[std::size_t(paragraph)]
                    + int(m_paragraphs[std::size_t(paragraph)]->text.size()))) {
        paragraph = std::min(paragraph + 1, int(m_paragraphs.size()) - 1);
        hit.paragraph = paragraph;
        hit.offset = 0;
    } else {
        hit.paragraph = paragraph;
        hit.offset = std::clamp(offset - m_accessibleStarts[std::size_t(paragraph)], 0,
            int(m_paragraphs[std::size_t(paragraph)]->text.size()));
    }
    const Paragraph &p = *m_paragraphs[std::size_t(hit.paragraph)];
    auto it = std::upper_bound(p.segmentOffsets.begin(), p.segmentOffsets.end(), hit.offset);
    hit.segment = p.firstSegment + std::max(0, int(it - p.segmentOffsets.begin()) - 1);
    return hit;
}

QRect TranscriptView::accessibleCharacterRect(int offset) const
{
    const Hit hit = accessibleHit(offset);
    if (hit.paragraph < 0)
        return {};
    const Paragraph &p = *m_paragraphs[std::size_t(hit.paragraph)];
    const QPointF origin(margin(), p.top + p.textTop - verticalScrollBar()->value());
    return textRegion(p, hit.offset, std::min(hit.offset + 1, int(p.text.size())), origin).boundingRect();
}

std::optional<std::pair<int, int>> TranscriptView::accessibleSelection() const
{
    if (!m_hasSelection)
        return std::nullopt;
    int a = accessibleOffset(m_anchor.paragraph, m_anchor.offset);
    int b = accessibleOffset(m_cursor.paragraph, m_cursor.offset);
    return std::pair { std::min(a, b), std::max(a, b) };
}

void TranscriptView::setAccessibleSelection(int from, int to)
{
    m_anchor = accessibleHit(from);
    m_cursor = accessibleHit(to);
    m_hasSelection = m_anchor.paragraph >= 0
        && (m_anchor.paragraph != m_cursor.paragraph || m_anchor.offset != m_cursor.offset);
    viewport()->update();
    tellSelectionChanged();
}

int TranscriptView::accessibleCursor() const
{
    const int segment = m_focusSegment >= 0 ? m_focusSegment : currentSegment();
    if (segment < 0 || std::size_t(segment) >= m_paragraphOfSegment.size())
        return 0;
    const int paragraph = m_paragraphOfSegment[std::size_t(segment)];
    const Paragraph &p = *m_paragraphs[std::size_t(paragraph)];
    return accessibleOffset(paragraph, p.segmentOffsets[std::size_t(segment - p.firstSegment)]);
}

QString TranscriptView::selectedText() const
{
    if (!m_hasSelection)
        return {};
    Hit a = m_anchor, b = m_cursor;
    if (std::tie(b.paragraph, b.offset) < std::tie(a.paragraph, a.offset))
        std::swap(a, b);
    QStringList parts;
    for (int i = a.paragraph; i <= b.paragraph; ++i) {
        const QString &text = m_paragraphs[std::size_t(i)]->text;
        const int from = i == a.paragraph ? a.offset : 0;
        const int to = i == b.paragraph ? b.offset : int(text.size());
        parts.append(text.mid(from, to - from));
    }
    return parts.join(QStringLiteral("\n\n"));
}

void TranscriptView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_anchor = hitTest(m_pressPos);
    m_dragging = false;
    if (m_hasSelection) {
        m_hasSelection = false;
        viewport()->update();
        tellSelectionChanged();
    }
}

void TranscriptView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging && m_anchor.paragraph >= 0) {
            const Hit h = hitTest(pos);
            if (h.paragraph >= 0) {
                m_cursor = h;
                m_hasSelection = std::tie(m_cursor.paragraph, m_cursor.offset)
                    != std::tie(m_anchor.paragraph, m_anchor.offset);
                viewport()->update();
                tellSelectionChanged();
            }
        }
        return;
    }
    // Hover: the time of the word under the pointer.
    const Hit h = hitTest(pos);
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
        const Hit h = hitTest(event->position().toPoint());
        if (h.segment >= 0)
            Q_EMIT clicked(h.segment, h.word);
    }
    m_dragging = false;
}

void TranscriptView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit h = hitTest(event->position().toPoint());
    if (event->button() == Qt::LeftButton && h.segment >= 0)
        Q_EMIT activated(h.segment, h.word);
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && m_hasSelection) {
        QApplication::clipboard()->setText(selectedText());
        return;
    }
    const int count = int(m_paragraphOfSegment.size());
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
    viewport()->update(segmentRegion(m_focusSegment));
    m_focusSegment = segment;
    tellCursorMoved();
    const QRect area = segmentRegion(segment).boundingRect();
    if (area.top() < 0 || area.bottom() > viewport()->height())
        verticalScrollBar()->setValue(
            verticalScrollBar()->value() + area.top() - (viewport()->height() - area.height()) / 2);
    viewport()->update(segmentRegion(segment));
}

void TranscriptView::focusInEvent(QFocusEvent *event)
{
    update(); // the frame
    viewport()->update(segmentRegion(m_focusSegment));
    QAbstractScrollArea::focusInEvent(event);
}

void TranscriptView::focusOutEvent(QFocusEvent *event)
{
    update(); // the frame
    viewport()->update(segmentRegion(m_focusSegment));
    QAbstractScrollArea::focusOutEvent(event);
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transcriptlayout.h"

#include <QFontMetricsF>
#include <QGlyphRun>

#include <algorithm>

namespace hark {

namespace {

constexpr int kSentencesPerParagraph = 5;

const Transcript &noTranscript()
{
    static const Transcript empty;
    return empty;
}

} // namespace

TranscriptLayout::TranscriptLayout()
    : m_transcript(&noTranscript())
{ }

TranscriptLayout::~TranscriptLayout() = default;

void TranscriptLayout::setTranscript(const Transcript &transcript)
{
    m_transcript = &transcript;
    ++m_revision;
    m_paragraphs.clear();
    m_paragraphOfSegment.assign(std::size_t(transcript.segments.size()), -1);
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
    invalidate();
}

QFont TranscriptLayout::headingFont(const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    return f;
}

QFont TranscriptLayout::speakerFont() const
{
    QFont bold = m_font;
    bold.setBold(true);
    return bold;
}

void TranscriptLayout::layOut(const QFont &font, int width, bool compact)
{
    if (width == m_width && compact == m_compact && font == m_font)
        return;
    m_width = width;
    m_compact = compact;
    m_font = font;
    const QFontMetricsF fm(font);
    m_margin = QFontMetrics(font).averageCharWidth() * 3;
    m_lineWidth = std::max<qreal>(50, width - 2 * m_margin);
    const QFont bold = speakerFont();
    const qreal speakerLine = QFontMetricsF(bold).lineSpacing();
    const QFont headingFont = TranscriptLayout::headingFont(font);
    const qreal headingLine = QFontMetricsF(headingFont).lineSpacing();
    const qreal spacing = fm.lineSpacing() * (compact ? 0.4 : 0.9);
    const qreal lineStep = fm.lineSpacing() * (compact ? 1.0 : 1.15);
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
        p->layout.setFont(font);
        p->layout.setTextOption(optionFor(p->rightToLeft));
        p->layout.beginLayout();
        qreal lineY = 0;
        for (QTextLine line = p->layout.createLine(); line.isValid(); line = p->layout.createLine()) {
            line.setLineWidth(m_lineWidth);
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
            p->heading.setTextWidth(m_lineWidth);
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
}

int TranscriptLayout::paragraphOf(int segment) const
{
    if (segment < 0 || segment >= segmentCount())
        return -1;
    return m_paragraphOfSegment[std::size_t(segment)];
}

int TranscriptLayout::offsetOf(int segment) const
{
    const Paragraph &p = paragraph(paragraphOf(segment));
    return p.segmentOffsets[std::size_t(segment - p.firstSegment)];
}

int TranscriptLayout::paragraphAt(qreal y) const
{
    auto it = std::upper_bound(m_paragraphs.begin(), m_paragraphs.end(), y,
        [](qreal y, const std::unique_ptr<Paragraph> &p) { return y < p->top; });
    return it == m_paragraphs.begin() ? 0 : int(it - m_paragraphs.begin() - 1);
}

std::pair<int, int> TranscriptLayout::segmentAt(int paragraph, int offset) const
{
    const Paragraph &p = this->paragraph(paragraph);
    auto it = std::upper_bound(p.segmentOffsets.begin(), p.segmentOffsets.end(), offset);
    const int local = std::max(0, int(it - p.segmentOffsets.begin()) - 1);
    return { p.firstSegment + local, offset - p.segmentOffsets[std::size_t(local)] };
}

QList<std::pair<int, QString>> TranscriptLayout::headings() const
{
    QList<std::pair<int, QString>> out;
    for (const auto &p : m_paragraphs) {
        if (p->chapter >= 0)
            out.append({ p->firstSegment, p->heading.text() });
    }
    return out;
}

QRectF TranscriptLayout::headingRect(int segment) const
{
    const int paragraph = paragraphOf(segment);
    if (paragraph < 0)
        return {};
    const Paragraph &p = this->paragraph(paragraph);
    if (p.chapter < 0 || p.firstSegment != segment)
        return {};
    const QSizeF size = p.heading.size();
    const qreal x = p.heading.textOption().textDirection() == Qt::RightToLeft
        ? m_margin + m_lineWidth - size.width()
        : m_margin;
    return { QPointF(x, p.top), size };
}

QRectF TranscriptLayout::speakerRect(int segment) const
{
    const int paragraph = paragraphOf(segment);
    if (paragraph < 0)
        return {};
    const Paragraph &p = this->paragraph(paragraph);
    const QPointF at = speakerAt(p);
    if (p.firstSegment != segment || at.x() < 0)
        return {};
    return { at, speakerLabel(p.speaker).size() };
}

QPointF TranscriptLayout::speakerAt(const Paragraph &p) const
{
    if (!p.showSpeaker || std::size_t(p.speaker) >= m_speakerLabels.size())
        return { -1, -1 };
    const qreal width = speakerLabel(p.speaker).size().width();
    return { p.rightToLeft ? m_margin + m_lineWidth - width : m_margin, p.top + p.headingHeight };
}

QVarLengthArray<QRectF, 4> TranscriptLayout::rangeRects(const Paragraph &p, int from, int to)
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

QRegion TranscriptLayout::textRegion(const Paragraph &p, int from, int to) const
{
    const QPointF origin = textOrigin(p);
    QRegion region;
    for (const QRectF &r : rangeRects(p, from, to))
        region += r.translated(origin).toAlignedRect();
    return region;
}

QRegion TranscriptLayout::textRegion(int segment, int from, int length) const
{
    const int paragraph = paragraphOf(segment);
    if (paragraph < 0)
        return {};
    const int start = offsetOf(segment) + from;
    return textRegion(this->paragraph(paragraph), start, start + length);
}

QRegion TranscriptLayout::segmentRegion(int segment) const
{
    const int paragraph = paragraphOf(segment);
    if (paragraph < 0)
        return {};
    const int from = offsetOf(segment);
    const int to = from + int(transcript().segments[segment].text.size());
    QRegion region;
    for (const QRect &r : textRegion(this->paragraph(paragraph), from, to))
        region += r.adjusted(-2, -1, 2, 1);
    return region;
}

QRectF TranscriptLayout::wordRect(int segment, int word) const
{
    const int paragraph = paragraphOf(segment);
    if (paragraph < 0)
        return {};
    const Paragraph &p = this->paragraph(paragraph);
    const Segment &s = transcript().segments[segment];
    if (word < 0 || word >= s.words.size())
        return {};
    const int from = offsetOf(segment) + s.words[word].from;
    const auto rects = rangeRects(p, from, from + int(s.words[word].length));
    if (rects.isEmpty())
        return {};
    // A word broken over two lines (only a word too long for a line is): its part on the first.
    QRectF united = rects.front();
    for (const QRectF &r : rects) {
        if (r.top() == united.top())
            united |= r;
    }
    return united.translated(textOrigin(p));
}

qreal TranscriptLayout::segmentTop(int segment) const
{
    const Paragraph &p = paragraph(paragraphOf(segment));
    const QTextLine line = p.layout.lineForTextPosition(offsetOf(segment));
    return p.top + p.textTop + (line.isValid() ? line.y() : 0);
}

TranscriptLayout::Hit TranscriptLayout::hitTest(const QPointF &point) const
{
    Hit hit;
    if (m_paragraphs.empty())
        return hit;
    hit.paragraph = paragraphAt(point.y());
    const Paragraph &p = paragraph(hit.paragraph);
    const qreal localY = point.y() - p.top - p.textTop;
    const qreal localX = point.x() - m_margin;
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

QString TranscriptLayout::text(Hit a, Hit b) const
{
    if (std::tie(b.paragraph, b.offset) < std::tie(a.paragraph, a.offset))
        std::swap(a, b);
    QStringList parts;
    for (int i = a.paragraph; i <= b.paragraph; ++i) {
        const QString &text = paragraph(i).text;
        const int from = i == a.paragraph ? a.offset : 0;
        const int to = i == b.paragraph ? b.offset : int(text.size());
        parts.append(text.mid(from, to - from));
    }
    return parts.join(QStringLiteral("\n\n"));
}

TranscriptLayout::WordSpan TranscriptLayout::words(Hit a, Hit b) const
{
    if (std::tie(b.paragraph, b.offset) < std::tie(a.paragraph, a.offset))
        std::swap(a, b);
    WordSpan span;
    const auto [firstSegment, from] = segmentAt(a.paragraph, a.offset);
    const auto [lastSegment, to] = segmentAt(b.paragraph, b.offset);
    span.firstSegment = firstSegment;
    span.lastSegment = lastSegment;
    // The first word that ends after the range starts; the last word that starts before it ends.
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

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/seekbar.h"

#include <QPainter>

namespace hark {

SeekBar::SeekBar(QWidget *parent)
    : SteadySlider<QSlider>(Qt::Horizontal, parent)
{ }

void SeekBar::setMarks(const QList<qint64> &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    update();
}

void SeekBar::setChapters(const QList<qint64> &starts)
{
    if (starts == m_chapters)
        return;
    m_chapters = starts;
    update();
}

void SeekBar::setBookmarks(const QList<qint64> &times)
{
    if (times == m_bookmarks)
        return;
    m_bookmarks = times;
    update();
}

void SeekBar::paintEvent(QPaintEvent *event)
{
    SteadySlider<QSlider>::paintEvent(event);
    if ((m_marks.isEmpty() && m_chapters.isEmpty() && m_bookmarks.isEmpty()) || maximum() <= minimum())
        return;
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    // Where the handle's centre would be at each time: the span the style moves the handle over.
    const int from = groove.left() + handle.width() / 2;
    const int span = std::max(1, groove.width() - handle.width());
    QPainter painter(this);
    const auto xOf = [&](qint64 ms) {
        return from + int(double(ms - minimum()) * span / double(maximum() - minimum()));
    };
    // Chapters: a gap-coloured notch through the groove, readable on the played part and the rest alike.
    painter.setPen(QPen(palette().color(QPalette::Window), 2));
    for (qint64 start : m_chapters) {
        if (start > minimum())
            painter.drawLine(xOf(start), groove.top(), xOf(start), groove.bottom());
    }
    // Bookmarks: a small downward triangle above the groove, in the text colour.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::WindowText));
    const int size = std::max(3, groove.height() / 2 + 2);
    for (qint64 at : m_bookmarks) {
        const int x = xOf(at);
        const int tip = groove.top() - 1;
        painter.drawPolygon(
            QPolygon({ QPoint(x - size, tip - size - 1), QPoint(x + size, tip - size - 1), QPoint(x, tip) }));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Find's amber, as in the text: the highlight colour would vanish on the part already played.
    painter.setPen(QPen(QColor(230, 140, 0), devicePixelRatioF() > 1 ? 1.5 : 1.0));
    const int top = groove.center().y() - groove.height() / 2 - 3;
    const int bottom = groove.center().y() + groove.height() / 2 + 3;
    // Thousands of matches draw as at most one tick per pixel column.
    int last = -1;
    for (qint64 mark : m_marks) {
        const int x = xOf(mark);
        if (x == last)
            continue;
        last = x;
        painter.drawLine(x, top, x, bottom);
    }
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollBar>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>

#include <type_traits>

namespace hark {

/// A slider or scroll bar that repaints on a value change only when and where its handle moves. Playback
/// moves the seek bar every 100 ms and following moves the transcript's scroll bar by a line, both far less
/// than a pixel of the handle in a long episode; the style's full repaint of the control each time was the
/// largest part of a tick that scrolled (docs/benchmarks.md).
template<typename Base> class SteadySlider : public Base
{
    static_assert(std::is_same_v<Base, QSlider> || std::is_same_v<Base, QScrollBar>);

public:
    using Base::Base;

protected:
    void sliderChange(typename Base::SliderChange change) override
    {
        if (change != Base::SliderValueChange) {
            Base::sliderChange(change);
            return;
        }
        // Only across where the handle was and is now, with room for what styles draw around a handle.
        const QRect handle = handleRect();
        if (handle == m_paintedHandle)
            return;
        const QRect moved = handle.united(m_paintedHandle);
        constexpr int room = 4;
        this->update(this->orientation() == Qt::Vertical
                ? QRect(0, moved.top() - room, this->width(), moved.height() + 2 * room)
                : QRect(moved.left() - room, 0, moved.width() + 2 * room, this->height()));
    }
    void paintEvent(QPaintEvent *event) override
    {
        m_paintedHandle = handleRect();
        Base::paintEvent(event);
    }

private:
    QRect handleRect() const
    {
        QStyleOptionSlider option;
        this->initStyleOption(&option);
        if constexpr (std::is_same_v<Base, QScrollBar>)
            return this->style()->subControlRect(
                QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this);
        else
            return this->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    }

    QRect m_paintedHandle;
};

} // namespace hark

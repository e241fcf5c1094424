// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/steadyslider.h"

#include <QList>

namespace hark {

/// The transport's position slider (ms), with marks where chapters start and ticks where find matched.
class SeekBar : public SteadySlider<QSlider>
{
    Q_OBJECT

public:
    explicit SeekBar(QWidget *parent = nullptr);

    /// Times (ms) to mark with a tick; none by default.
    void setMarks(const QList<qint64> &marks);
    const QList<qint64> &marks() const { return m_marks; }
    /// Where chapters start (ms): drawn across the bar, quieter than find's ticks.
    void setChapters(const QList<qint64> &starts);
    const QList<qint64> &chapters() const { return m_chapters; }
    /// The listener's bookmarks (ms): small flags above the groove.
    void setBookmarks(const QList<qint64> &times);
    const QList<qint64> &bookmarks() const { return m_bookmarks; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_marks;
    QList<qint64> m_chapters;
    QList<qint64> m_bookmarks;
};

} // namespace hark

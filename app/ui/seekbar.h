// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steadyslider.h"

#include <QList>

namespace hark {

/// The transport's position slider (ms), with ticks where find matched (and, later, chapters and
/// bookmarks are).
class SeekBar : public SteadySlider<QSlider>
{
    Q_OBJECT

public:
    explicit SeekBar(QWidget *parent = nullptr);

    /// Times (ms) to mark with a tick; none by default.
    void setMarks(const QList<qint64> &marks);
    QList<qint64> marks() const { return m_marks; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_marks;
};

} // namespace hark

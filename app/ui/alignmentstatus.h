// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace hark {

/// The alignment running in the background, at the right of the status bar: what it does, how far it has
/// got and the time left, and Cancel. Hidden when none runs.
class AlignmentStatus : public QWidget
{
    Q_OBJECT

public:
    explicit AlignmentStatus(QWidget *parent = nullptr);

    void started();
    /// @p leftMs: -1 until there is a pace to go by.
    void progress(qint64 doneMs, qint64 totalMs, qint64 leftMs);
    void ended();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace hark

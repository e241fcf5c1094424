// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/alignmentstatus.h"

#include "core/timecode.h"

#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace hark {

AlignmentStatus::AlignmentStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Alignment progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("align-cancel"));
    m_cancel->setToolTip(tr("Stop aligning; the provisional times stay"));
    connect(m_cancel, &QToolButton::clicked, this, &AlignmentStatus::cancelRequested);
    row->addWidget(m_label);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    hide();
}

void AlignmentStatus::started()
{
    m_progress->setRange(0, 0); // busy until the first figures
    m_label->setText(tr("Aligning the transcript to the audio…"));
    show();
}

void AlignmentStatus::progress(qint64 doneMs, qint64 totalMs, qint64 leftMs)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(doneMs * 1000 / std::max<qint64>(1, totalMs)));
    if (leftMs >= 0)
        m_label->setText(tr("Aligning the transcript: %1 left").arg(timecode::formatClock(leftMs)));
}

void AlignmentStatus::ended()
{
    hide();
}

} // namespace hark

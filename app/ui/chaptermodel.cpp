// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chaptermodel.h"

#include "core/timecode.h"

#include <QFont>
#include <QIcon>

#include <algorithm>

namespace hark {

void ChapterModel::setChapters(
    const QList<Chapter> &chapters, const QList<QPixmap> &pictures, const QString &from)
{
    beginResetModel();
    m_chapters = chapters;
    m_pictures = pictures;
    m_pictures.resize(m_chapters.size());
    m_from = from;
    m_current = -1;
    // When some chapters have pictures, the others get a blank one: the titles line up and the rows are as
    // tall as each other.
    const auto listed
        = std::find_if(m_pictures.cbegin(), m_pictures.cend(), [](const QPixmap &p) { return !p.isNull(); });
    if (listed != m_pictures.cend()) {
        QPixmap blank(listed->size());
        blank.setDevicePixelRatio(listed->devicePixelRatio());
        blank.fill(Qt::transparent);
        for (QPixmap &p : m_pictures) {
            if (p.isNull())
                p = blank;
        }
    }
    endResetModel();
}

void ChapterModel::setCurrent(int row)
{
    if (row == m_current)
        return;
    const int old = std::exchange(m_current, row);
    for (const int r : { old, row }) {
        if (r >= 0 && r < rowCount())
            Q_EMIT dataChanged(index(r), index(r), { Qt::FontRole });
    }
}

int ChapterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chapters.size());
}

QVariant ChapterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chapter &c = m_chapters[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2").arg(timecode::formatClock(c.start), c.title.isEmpty() ? tr("Untitled") : c.title);
    case Qt::DecorationRole:
        return m_pictures[index.row()].isNull() ? QVariant() : QVariant(QIcon(m_pictures[index.row()]));
    case Qt::FontRole: {
        if (index.row() != m_current)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole:
        return m_from.isEmpty() ? QVariant() : QVariant(tr("From %1").arg(m_from));
    case StartRole:
        return c.start;
    default:
        return {};
    }
}

} // namespace hark

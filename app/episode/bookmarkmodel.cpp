// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/bookmarkmodel.h"

#include "core/timecode.h"

#include <algorithm>

namespace hark {

void BookmarkModel::setBookmarks(QList<Bookmark> bookmarks)
{
    std::stable_sort(
        bookmarks.begin(), bookmarks.end(), [](const Bookmark &a, const Bookmark &b) { return a.at < b.at; });
    beginResetModel();
    m_bookmarks = std::move(bookmarks);
    endResetModel();
}

int BookmarkModel::add(qint64 at)
{
    const auto place = std::upper_bound(
        m_bookmarks.cbegin(), m_bookmarks.cend(), at, [](qint64 t, const Bookmark &b) { return t < b.at; });
    const int row = int(place - m_bookmarks.cbegin());
    beginInsertRows({}, row, row);
    m_bookmarks.insert(row, Bookmark { at, {} });
    endInsertRows();
    Q_EMIT edited();
    return row;
}

bool BookmarkModel::remove(int row)
{
    if (row < 0 || row >= m_bookmarks.size())
        return false;
    beginRemoveRows({}, row, row);
    m_bookmarks.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

QList<qint64> BookmarkModel::times() const
{
    QList<qint64> times;
    times.reserve(m_bookmarks.size());
    for (const Bookmark &b : m_bookmarks)
        times.append(b.at);
    return times;
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bookmark &b = m_bookmarks[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return b.note.isEmpty() ? timecode::formatClock(b.at)
                                : timecode::formatClock(b.at) + QStringLiteral("  ") + b.note;
    case Qt::EditRole:
    case NoteRole:
        return b.note;
    case TimeRole:
        return b.at;
    default:
        return {};
    }
}

bool BookmarkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::EditRole && role != NoteRole))
        return false;
    Bookmark &b = m_bookmarks[index.row()];
    const QString note = value.toString();
    if (b.note == note)
        return true;
    b.note = note;
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, NoteRole });
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags BookmarkModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractListModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsEditable | Qt::ItemNeverHasChildren : flags;
}

QHash<int, QByteArray> BookmarkModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(NoteRole, "note");
    return names;
}

} // namespace hark

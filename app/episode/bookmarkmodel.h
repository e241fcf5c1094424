// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <QAbstractListModel>

namespace hark {

/// The listener's bookmarks in the episode playing, in time order, as a list model: one row each, shown as
/// "12:34  note", the note editable. The session fills it and keeps what the listener changes.
class BookmarkModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TimeRole = Qt::UserRole + 1, ///< qint64 ms
        NoteRole, ///< QString (also Qt::EditRole)
    };

    using QAbstractListModel::QAbstractListModel;

    /// Resets the model to @p bookmarks (put in time order).
    void setBookmarks(QList<Bookmark> bookmarks);
    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }
    /// Adds a bookmark without a note at @p at, after any at the same time; returns its row.
    int add(qint64 at);
    /// Removes the bookmark in @p row; false when there is none.
    bool remove(int row);
    /// The times, in order (for marks on the seek bar).
    QList<qint64> times() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// A bookmark was added or removed, or its note changed (not a reset).
    void edited();

private:
    QList<Bookmark> m_bookmarks;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <QAbstractListModel>
#include <QPixmap>

namespace hark {

/// The chapters listed in the Chapters panel, as a list model: "12:34  Title", the chapter's picture, the
/// chapter playing in bold.
class ChapterModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        StartRole = Qt::UserRole + 1, ///< qint64 ms
    };

    using QAbstractListModel::QAbstractListModel;

    /// Resets the model to @p chapters with their @p pictures (null: none), from @p from (a file's name, or
    /// "the audio's tags"). When some have pictures, the others get a blank one, so that titles line up.
    void setChapters(const QList<Chapter> &chapters, const QList<QPixmap> &pictures, const QString &from);
    /// The row shown in bold (-1: none).
    void setCurrent(int row);
    int current() const { return m_current; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Chapter> m_chapters;
    QList<QPixmap> m_pictures;
    QString m_from;
    int m_current = -1;
};

} // namespace hark

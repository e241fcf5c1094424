// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bookmarkpanel.h"

#include "episode/bookmarkmodel.h"

#include <QAction>

namespace hark {

BookmarkPanel::BookmarkPanel(BookmarkModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
{
    setModel(model);
    setAccessibleName(tr("Bookmarks"));
    setEditTriggers(DoubleClicked); // and F2, below
    const auto go = [this](const QModelIndex &index) {
        Q_EMIT seekRequested(index.data(BookmarkModel::TimeRole).toLongLong());
    };
    connect(this, &QListView::activated, this, go);
    connect(this, &QListView::clicked, this, go);

    auto *editAction = new QAction(tr("Edit the Note"), this);
    editAction->setShortcut(QKeySequence(Qt::Key_F2));
    editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(editAction, &QAction::triggered, this, [this] { editNote(currentIndex().row()); });
    auto *remove = new QAction(tr("Delete the Bookmark"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] { m_model->remove(currentIndex().row()); });
    addActions({ editAction, remove });
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void BookmarkPanel::editNote(int row)
{
    const QModelIndex index = m_model->index(row);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    edit(index);
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chapterpanel.h"

#include "ui/chaptermodel.h"

namespace hark {

ChapterPanel::ChapterPanel(ChapterModel *model, QWidget *parent)
    : QListView(parent)
    , m_model(model)
{
    setModel(model);
    setAccessibleName(tr("Chapters"));
    setEditTriggers(NoEditTriggers);
    setUniformItemSizes(true);
    const auto go = [this](const QModelIndex &index) {
        Q_EMIT seekRequested(index.data(ChapterModel::StartRole).toLongLong());
    };
    connect(this, &QListView::activated, this, go);
    connect(this, &QListView::clicked, this, go);
    connect(model, &QAbstractItemModel::dataChanged, this, [this, model] {
        if (model->current() >= 0)
            scrollTo(model->index(model->current()));
    });
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace hark {

class ChapterModel;

/// The Chapters panel's list: a click or Enter asks to go to the chapter (moving through it with the arrow
/// keys does not), and the chapter playing is kept in sight.
class ChapterPanel : public QListView
{
    Q_OBJECT

public:
    explicit ChapterPanel(ChapterModel *model, QWidget *parent = nullptr);
    ChapterModel *chapters() const { return m_model; }

Q_SIGNALS:
    void seekRequested(qint64 ms);

private:
    ChapterModel *m_model;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace hark {

class BookmarkModel;

/// The Bookmarks panel's list: a click or Enter asks to go to the bookmark, F2 (or a double click) edits its
/// note, Delete removes it.
class BookmarkPanel : public QListView
{
    Q_OBJECT

public:
    explicit BookmarkPanel(BookmarkModel *model, QWidget *parent = nullptr);
    BookmarkModel *bookmarks() const { return m_model; }
    /// Makes @p row current and opens its note for typing.
    void editNote(int row);

Q_SIGNALS:
    void seekRequested(qint64 ms);

private:
    BookmarkModel *m_model;
};

} // namespace hark

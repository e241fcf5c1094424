// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QPushButton;
class QTreeWidget;

namespace hark {

/// Every command in the window's menus with its keys (opened with ? or F1), read from the actions
/// themselves each time it is shown, so it cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void recolourClose();

    const QMenuBar *m_menus;
    QTreeWidget *m_list;
    QPushButton *m_close;
};

} // namespace hark

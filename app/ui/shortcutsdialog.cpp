// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shortcutsdialog.h"

#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hark {

namespace {

QString plain(QString text)
{
    // Menu texts carry mnemonics (&) and ellipses for dialogs; neither belongs in a list of commands.
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            auto *group = new QTreeWidgetItem(parent, { plain(sub->title()) });
            addMenu(group, sub);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(parent, { plain(action->text()), keys.join(QStringLiteral(", ")) });
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_menus(menus)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({ tr("Command"), tr("Keys") });
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 36);
    recolourClose();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        recolourClose();
}

void ShortcutsDialog::recolourClose()
{
    // Where the style gives dialog buttons icons, the Close icon in the button's text colour, as the window's
    // own buttons are (the style's is dark on a dark palette).
    if (!m_close->icon().isNull())
        m_close->setIcon(theme::symbolicIcon(style()->standardIcon(QStyle::SP_DialogCloseButton), palette()));
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    fill();
    QDialog::showEvent(event);
}

void ShortcutsDialog::fill()
{
    m_list->clear();
    for (QAction *action : m_menus->actions()) {
        if (const QMenu *menu = action->menu()) {
            auto *group = new QTreeWidgetItem(m_list, { plain(menu->title()) });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            addMenu(group, menu);
        }
    }
    m_list->expandAll();
}

} // namespace hark

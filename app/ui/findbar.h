// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace hark {

/// The find bar over the transcript: a field that finds as you type, "3 of 17", and buttons for the
/// previous and next match. Enter / Shift+Enter go to the next / previous match, Ctrl+Enter plays from it,
/// Escape closes the bar. It only asks; the window finds and shows.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    /// Shows the bar with its text selected and the focus in it.
    void open();
    QString query() const;
    /// @p current (0-based) of @p total matches; -1 of 0 for none.
    void setResult(int current, int total);
    QLineEdit *field() const { return m_field; }

Q_SIGNALS:
    void queryChanged(const QString &query);
    void nextRequested();
    void previousRequested();
    /// Go to the current match and play from it.
    void seekRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void close();

    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace hark

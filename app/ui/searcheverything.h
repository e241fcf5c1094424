// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/searchindex.h"

#include <QAbstractListModel>
#include <QDialog>
#include <QStyledItemDelegate>

class QLabel;
class QLineEdit;
class QListView;

namespace hark {

class PlayerSession;
class PodcastLibrary;
class SearchService;
class Settings;

/// The hits of a search of every transcript, best first: each a moment (show, episode, date, time, speaker,
/// the line with the words found marked).
class SearchHitModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        HeadingRole = Qt::UserRole + 1, ///< "Show — Episode · date · 12:34"
        LineRole, ///< the line as HTML, the words found marked
        PlainLineRole, ///< the line as plain text, the speaker first
    };
    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchIndex::Hit> &hits);
    const SearchIndex::Hit *hitAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    /// Qt::DisplayRole: all of it as one sentence (what a screen reader says).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchIndex::Hit> m_hits;
};

/// Paints a hit in two parts: its heading, small and quiet, then its line with the words found in bold on
/// a tint of the highlight colour, wrapped to the list's width.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// Edit › Search Everything (Ctrl+Shift+F): searches every transcript Hark knows as the listener types, and
/// plays the moment chosen (Enter) from a few seconds before it (Settings::searchLeadInSeconds). An episode
/// no longer on disk says so; Enter again downloads it (a library episode) and plays the moment when it is
/// there. Keyboard only: Down goes from the field to the hits, Escape closes.
class SearchEverything : public QDialog
{
    Q_OBJECT
public:
    SearchEverything(PodcastLibrary &library, PlayerSession &session, Settings &settings,
        SearchService &service, QWidget *parent = nullptr);

    /// Shows the dialog with @p text in the field (the text kept from before when empty), searching it.
    void openWith(const QString &text = {});
    QLineEdit *field() const { return m_field; }
    QListView *hitList() const { return m_list; }
    SearchHitModel *model() const { return m_model; }
    QString status() const;
    /// The query whose hits are listed.
    QString answered() const { return m_answered; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void found(
        const QString &typed, const QList<SearchIndex::Hit> &hits, const QString &note, const QString &error);
    void play(int row);

    PodcastLibrary &m_library;
    PlayerSession &m_session;
    Settings &m_settings;
    SearchService &m_service;
    QLineEdit *m_field;
    QListView *m_list;
    QLabel *m_status;
    SearchHitModel *m_model;
    QString m_answered;
    qint64 m_offered = 0; ///< the episode whose download Enter again starts
    qint64 m_downloading = 0; ///< the episode downloaded to play at m_playAt
    qint64 m_playAt = 0;
};

} // namespace hark

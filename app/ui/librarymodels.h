// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/librarydatabase.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <functional>

namespace hark {

/// The subscribed shows for a view: the title with the cover, and the episodes not yet played. A show whose
/// last refresh failed shows a warning sign, and says why in its tooltip.
class ShowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Unplayed,
        ColumnCount
    };
    enum Role
    {
        ShowIdRole = Qt::UserRole + 1,
    };
    /// @p coverPath gives where a show's cover is kept.
    ShowModel(LibraryDatabase &db, std::function<QString(qint64)> coverPath, QObject *parent = nullptr);

    void reload();
    void coverChanged(qint64 showId);
    int rowOf(qint64 showId) const;
    qint64 showIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QIcon cover(qint64 showId) const;

    LibraryDatabase &m_db;
    std::function<QString(qint64)> m_coverPath;
    QList<LibraryDatabase::Show> m_shows;
    mutable QHash<qint64, QIcon> m_covers;
};

class UpNext;

/// Up Next for a view: the queued episodes in the order they will play ("Show — Episode").
class UpNextModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit UpNextModel(UpNext &upNext, QObject *parent = nullptr);
    void reload();
    qint64 episodeIdAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    UpNext &m_upNext;
    QList<LibraryDatabase::Episode> m_episodes;
};

/// One show's episodes (or every show's), newest first: title, date, length, how it stands (new, played,
/// downloading with its progress, downloaded, failed) and what transcript it has.
class EpisodeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Published,
        Duration,
        State,
        Transcript,
        ColumnCount
    };
    enum Role
    {
        EpisodeIdRole = Qt::UserRole + 1,
        ProgressRole, ///< 0–1 while downloading, else -1
        FileRole, ///< the downloaded file, when there is one
    };

    explicit EpisodeModel(LibraryDatabase &db, QObject *parent = nullptr);

    /// The episodes of @p showId; 0 for every show's.
    void setShow(qint64 showId);
    qint64 show() const { return m_showId; }
    void reload();
    void setProgress(qint64 episodeId, qint64 received, qint64 total);
    /// Reads the one episode again (the player's memory of it changed, say).
    void refreshEpisode(qint64 episodeId);
    int rowOf(qint64 episodeId) const;
    const LibraryDatabase::Episode *episodeAt(int row) const;

    /// How much of the episode was heard, 0–100 (rounded down); -1 when it was not started, was heard to the
    /// end, or its length is unknown.
    static int heardPercent(const LibraryDatabase::Episode &episode);
    /// How a transcript stands: "timed", "aligned", "untimed" or "none".
    static QString transcriptKind(const LibraryDatabase::Episode &episode);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString stateText(const LibraryDatabase::Episode &e, double progress) const;

    LibraryDatabase &m_db;
    qint64 m_showId = 0;
    QList<LibraryDatabase::Episode> m_episodes;
    QHash<qint64, int> m_rows; ///< by episode id
    QHash<qint64, double> m_progress;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/librarymodels.h"

#include "core/timecode.h"
#include "library/downloader.h"
#include "library/upnext.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QImageReader>
#include <QLocale>
#include <QStyle>
#include <QTextDocument>

namespace hark {

namespace {

constexpr int kCoverSize = 64; ///< device-independent pixels: a list row shows it at 32, high-DPI at 64

/// A cover's thumbnail, decoded at its size (large covers are not decoded whole), kept beside it as PNG.
QIcon loadCover(const QString &path)
{
    const QString thumb = path + QStringLiteral(".thumb.png");
    QImage image;
    if (QFileInfo(thumb).lastModified() >= QFileInfo(path).lastModified())
        image.load(thumb);
    if (image.isNull()) {
        QImageReader reader(path);
        reader.setAllocationLimit(64); // MB: a hostile cover cannot take more
        const QSize size = reader.size();
        if (!size.isValid() || size.isEmpty())
            return {};
        reader.setScaledSize(size.scaled(kCoverSize, kCoverSize, Qt::KeepAspectRatio));
        image = reader.read();
        if (image.isNull())
            return {};
        image.save(thumb, "PNG");
    }
    return QIcon(QPixmap::fromImage(image));
}

} // namespace

ShowModel::ShowModel(LibraryDatabase &db, std::function<QString(qint64)> coverPath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_coverPath(std::move(coverPath))
{
    reload();
}

void ShowModel::reload()
{
    beginResetModel();
    m_shows = m_db.shows();
    endResetModel();
}

void ShowModel::coverChanged(qint64 showId)
{
    m_covers.remove(showId);
    if (const int row = rowOf(showId); row >= 0)
        Q_EMIT dataChanged(index(row, Title), index(row, Title), { Qt::DecorationRole });
}

int ShowModel::rowOf(qint64 showId) const
{
    for (int i = 0; i < m_shows.size(); ++i) {
        if (m_shows[i].id == showId)
            return i;
    }
    return -1;
}

qint64 ShowModel::showIdAt(int row) const
{
    return row >= 0 && row < m_shows.size() ? m_shows[row].id : 0;
}

int ShowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shows.size());
}

int ShowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon ShowModel::cover(qint64 showId) const
{
    auto it = m_covers.find(showId);
    if (it == m_covers.end())
        it = m_covers.insert(showId, loadCover(m_coverPath(showId)));
    return *it;
}

QVariant ShowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shows.size())
        return {};
    const LibraryDatabase::Show &s = m_shows[index.row()];
    if (role == ShowIdRole)
        return s.id;
    if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) {
        QString tip = s.feedUrl;
        if (!s.error.isEmpty())
            tip += u'\n' + tr("The last refresh failed: %1").arg(s.error);
        else if (s.refreshedAt.isValid())
            tip += u'\n'
                + tr("Refreshed %1")
                      .arg(QLocale().toString(s.refreshedAt.toLocalTime(), QLocale::ShortFormat));
        return tip;
    }
    if (index.column() == Title) {
        if (role == Qt::DisplayRole)
            return s.title.isEmpty() ? s.feedUrl : s.title;
        if (role == Qt::DecorationRole) {
            if (!s.error.isEmpty())
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return cover(s.id);
        }
    } else if (index.column() == Unplayed) {
        if (role == Qt::DisplayRole)
            return s.unplayed > 0 ? QVariant(s.unplayed) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::AccessibleTextRole)
            return tr("%1 not played").arg(s.unplayed);
    }
    return {};
}

QVariant ShowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Title ? tr("Show") : tr("New");
}

UpNextModel::UpNextModel(UpNext &upNext, QObject *parent)
    : QAbstractListModel(parent)
    , m_upNext(upNext)
{
    reload();
}

void UpNextModel::reload()
{
    beginResetModel();
    m_episodes = m_upNext.episodes();
    endResetModel();
}

qint64 UpNextModel::episodeIdAt(int row) const
{
    return row >= 0 && row < m_episodes.size() ? m_episodes[row].id : 0;
}

int UpNextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_episodes.size());
}

QVariant UpNextModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_episodes.size())
        return {};
    const LibraryDatabase::Episode &e = m_episodes[index.row()];
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return QString(e.showTitle + QStringLiteral(" — ") + e.title);
    if (role == EpisodeModel::EpisodeIdRole)
        return e.id;
    return {};
}

QVariant UpNextModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole ? QVariant(tr("Up Next"))
                                                                                    : QVariant();
}

EpisodeModel::EpisodeModel(LibraryDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

void EpisodeModel::setShow(qint64 showId)
{
    m_showId = showId;
    reload();
}

void EpisodeModel::reload()
{
    beginResetModel();
    m_episodes = m_showId ? m_db.episodes(m_showId) : m_db.allEpisodes();
    m_rows.clear();
    m_rows.reserve(m_episodes.size());
    for (int i = 0; i < m_episodes.size(); ++i)
        m_rows.insert(m_episodes[i].id, i);
    endResetModel();
}

void EpisodeModel::setProgress(qint64 episodeId, qint64 received, qint64 total)
{
    const int row = rowOf(episodeId);
    if (row < 0)
        return;
    const double p = total > 0 ? std::clamp(double(received) / double(total), 0.0, 1.0) : 0.0;
    // A repaint a percent, not a packet.
    if (int(m_progress.value(episodeId, -1) * 100) == int(p * 100))
        return;
    m_progress.insert(episodeId, p);
    m_episodes[row].download.state = QStringLiteral("downloading");
    Q_EMIT dataChanged(index(row, State), index(row, State));
}

void EpisodeModel::refreshEpisode(qint64 episodeId)
{
    const int row = rowOf(episodeId);
    if (row < 0)
        return;
    std::optional<LibraryDatabase::Episode> e = m_db.episode(episodeId);
    if (!e)
        return;
    m_episodes[row] = std::move(*e);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EpisodeModel::heardPercent(const LibraryDatabase::Episode &e)
{
    const qint64 length = e.heardDurationMs > 0 ? e.heardDurationMs : e.durationMs;
    if (e.positionMs <= 0 || length <= 0)
        return -1;
    return int(std::clamp<qint64>(e.positionMs * 100 / length, 0, 99));
}

int EpisodeModel::rowOf(qint64 episodeId) const
{
    return m_rows.value(episodeId, -1);
}

const LibraryDatabase::Episode *EpisodeModel::episodeAt(int row) const
{
    return row >= 0 && row < m_episodes.size() ? &m_episodes[row] : nullptr;
}

QString EpisodeModel::transcriptKind(const LibraryDatabase::Episode &e)
{
    if (!e.download.path.isEmpty()) {
        const QFileInfo audio(e.download.path);
        if (QFileInfo::exists(audio.path() + u'/' + audio.completeBaseName() + QStringLiteral(".hark.vtt")))
            return QStringLiteral("aligned");
    }
    if (e.transcripts.isEmpty())
        return QStringLiteral("none");
    for (const FeedTranscript &t : e.transcripts) {
        const QString type = t.type.toLower();
        if (t.rel == u"captions" || type.contains(u"vtt") || type.contains(u"subrip") || type.contains(u"srt")
            || type.contains(u"json"))
            return QStringLiteral("timed");
    }
    return QStringLiteral("untimed");
}

QString EpisodeModel::stateText(const LibraryDatabase::Episode &e, double progress) const
{
    if (e.download.state == u"downloading" && progress < 0) {
        // Under way when Hark last closed: its part waits, and Download goes on from it.
        const qint64 part = QFileInfo(Downloader::partPath(e.download.path)).size();
        return tr("Stopped at %1").arg(QLocale().formattedDataSize(part));
    }
    if (e.download.state == u"downloading")
        return tr("Downloading %1 %").arg(int(progress * 100));
    if (e.download.state == u"failed")
        return tr("Failed: %1").arg(e.download.error);
    if (e.download.state == u"done") {
        if (!QFileInfo::exists(e.download.path))
            return tr("File missing");
        if (e.played)
            return tr("Downloaded, played");
        const int heard = heardPercent(e);
        // Only a download can have been heard: "heard" says downloaded too, in a narrow column.
        return heard >= 0 ? tr("%1 % heard").arg(heard) : tr("Downloaded");
    }
    return e.played ? tr("Played") : tr("New");
}

int EpisodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_episodes.size());
}

int EpisodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EpisodeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_episodes.size())
        return {};
    const LibraryDatabase::Episode &e = m_episodes[index.row()];
    // Downloads under way are told by downloadProgress; one not told of was stopped when Hark last closed.
    const double progress = e.download.state == u"downloading" ? m_progress.value(e.id, -1.0) : -1.0;
    switch (role) {
    case EpisodeIdRole:
        return e.id;
    case ProgressRole:
        return progress;
    case FileRole:
        return e.download.state == u"done" ? e.download.path : QString();
    case Qt::ToolTipRole:
        // The feed's words as inert text: a tooltip would otherwise render what looks like markup.
        if (index.column() == State && !e.download.error.isEmpty())
            return Qt::convertFromPlainText(e.download.error);
        return Qt::convertFromPlainText(e.title + QStringLiteral("\n\n") + e.description.left(600));
    case Qt::FontRole:
        if (index.column() == Title && !e.played) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Duration ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Title: {
            const QString title = m_showId ? e.title : e.showTitle + QStringLiteral(" — ") + e.title;
            if (!e.starred)
                return title;
            return role == Qt::AccessibleTextRole ? tr("%1 (starred)").arg(title)
                                                  : QStringLiteral("★ ") + title;
        }
        case Published:
            return e.published.isValid()
                ? QLocale().toString(e.published.toLocalTime().date(), QLocale::ShortFormat)
                : QString();
        case Duration:
            return e.durationMs >= 0 ? timecode::formatClock(e.durationMs) : QString();
        case State:
            return stateText(e, progress);
        case Transcript: {
            const QString kind = transcriptKind(e);
            if (kind == u"timed")
                return tr("Timed");
            if (kind == u"aligned")
                return tr("Aligned");
            if (kind == u"untimed")
                return tr("Untimed");
            return tr("None");
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant EpisodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Episode");
    case Published:
        return tr("Date");
    case Duration:
        return tr("Length");
    case State:
        return tr("State");
    case Transcript:
        return tr("Transcript");
    }
    return {};
}

} // namespace hark

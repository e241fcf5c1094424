// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/librarypanel.h"

#include "core/settings.h"
#include "episode/episode.h"
#include "episode/playersession.h"
#include "library/opml.h"
#include "library/podcastlibrary.h"
#include "library/searchservice.h"
#include "library/upnext.h"
#include "ui/librarymodels.h"
#include "ui/searcheverything.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeView>

#include <functional>

namespace hark {

namespace {

/// The State column: a progress bar while the episode downloads, its text otherwise.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double progress = index.data(EpisodeModel::ProgressRole).toDouble();
        if (progress < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = int(progress * 100);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        const QWidget *widget = option.widget;
        (widget ? widget->style() : QApplication::style())
            ->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

QTreeView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true); // 20,000 rows scroll without measuring each
    view->setAllColumnsShowFocus(true);
    view->setAlternatingRowColors(true);
    view->setObjectName(name);
    return view;
}

} // namespace

LibraryPanel::LibraryPanel(PodcastLibrary &library, UpNext &upNext, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_upNext(upNext)
    , m_upNextModel(new UpNextModel(upNext, this))
    , m_settings(settings)
    , m_showModel(new ShowModel(
          library.database(), [&library](qint64 id) { return library.coverPath(id); }, this))
    , m_episodeModel(new EpisodeModel(library.database(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("library-search"));
    search->setPlaceholderText(tr("Search every transcript (Ctrl+Shift+F)"));
    search->setAccessibleName(tr("Search every transcript"));
    connect(search, &QLineEdit::textEdited, this, [this, search](const QString &text) {
        search->clear(); // the search goes on in Search Everything, where the hits are
        Q_EMIT searchRequested(text);
    });
    layout->addWidget(search);
    auto *split = new QSplitter(Qt::Vertical, this);
    layout->addWidget(split);
    m_shows = makeTable(m_showModel, QStringLiteral("shows"), split);
    m_shows->setAccessibleName(tr("Shows"));
    m_shows->setIconSize(QSize(32, 32));
    m_shows->header()->setStretchLastSection(false);
    m_shows->header()->setSectionResizeMode(ShowModel::Title, QHeaderView::Stretch);
    m_shows->header()->setSectionResizeMode(ShowModel::Unplayed, QHeaderView::ResizeToContents);
    m_episodes = makeTable(m_episodeModel, QStringLiteral("episodes"), split);
    m_episodes->setAccessibleName(tr("Episodes"));
    m_episodes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_episodes->setItemDelegateForColumn(EpisodeModel::State, new ProgressDelegate(m_episodes));
    m_episodes->header()->setStretchLastSection(false);
    m_episodes->header()->setSectionResizeMode(EpisodeModel::Title, QHeaderView::Stretch);
    for (int c :
        { EpisodeModel::Published, EpisodeModel::Duration, EpisodeModel::State, EpisodeModel::Transcript })
        m_episodes->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_upNextView = makeTable(m_upNextModel, QStringLiteral("upnext"), split);
    m_upNextView->setHeaderHidden(false);
    m_upNextView->setAccessibleName(tr("Up Next"));
    split->setStretchFactor(1, 3);
    m_empty
        = new QLabel(tr("No podcasts yet. Library › Add Podcast… subscribes to a feed's address, or imports "
                        "the subscriptions of another app."),
            this);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    layout->addWidget(m_empty);

    const auto action = [this](const char *id, const QString &text, QList<QKeySequence> keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(id));
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        m_menuActions.append(a);
        return a;
    };
    const auto separator = [this] {
        auto *a = new QAction(this);
        a->setSeparator(true);
        m_menuActions.append(a);
    };
    action("add-podcast", tr("&Add Podcast…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) },
        &LibraryPanel::addPodcast);
    action("import-subscriptions", tr("&Import Subscriptions…"), {}, &LibraryPanel::importSubscriptions);
    action("export-subscriptions", tr("E&xport Subscriptions…"), {}, &LibraryPanel::exportSubscriptions);
    separator();
    m_refresh = action("refresh", tr("&Refresh Podcasts"),
        { QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R) }, &LibraryPanel::refresh);
    m_download = action(
        "download", tr("&Download"), { QKeySequence(Qt::CTRL | Qt::Key_D) }, &LibraryPanel::downloadChosen);
    m_delete = action(
        "delete-download", tr("D&elete Download"), { QKeySequence::Delete }, &LibraryPanel::deleteChosen);
    // Delete is the episodes list's own key: the transcript and the bookmarks keep theirs.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_episodes->addAction(m_delete);
    m_played = action("mark-played", tr("Mark &Played"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
        &LibraryPanel::togglePlayed);
    m_star = action("star", tr("&Star (Never Delete)"), {}, &LibraryPanel::toggleStarred);
    separator();
    m_queueNext = action("play-next", tr("Play &Next"), {}, [this] { queueChosen(true); });
    m_queueLast = action("add-to-queue", tr("Add to &Queue"), {}, [this] { queueChosen(false); });
    m_autoQueue = action("auto-queue", tr("New Episodes of This Show &Join Up Next"), {}, [this](bool on) {
        m_library.database().setAutoQueue(m_showModel->showIdAt(m_shows->currentIndex().row()), on);
    });
    m_autoQueue->setCheckable(true);
    // The Up Next list's own keys.
    for (const auto &[id, text, key, slot] :
        { std::tuple { "queue-up", tr("Move &Up in Up Next"), QKeySequence(Qt::ALT | Qt::Key_Up),
              std::function<void()>([this] { moveQueued(-1); }) },
            std::tuple { "queue-down", tr("Move Do&wn in Up Next"), QKeySequence(Qt::ALT | Qt::Key_Down),
                std::function<void()>([this] { moveQueued(+1); }) },
            std::tuple { "queue-remove", tr("Remo&ve from Up Next"), QKeySequence(QKeySequence::Delete),
                std::function<void()>([this] { removeQueued(); }) } }) {
        QAction *a = action(id, text, { key }, slot);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_upNextView->addAction(a);
    }
    separator();
    m_keep = action("keep-latest", tr("&Keep Downloads of This Show…"), {}, &LibraryPanel::chooseKeepLatest);
    action("downloads-limit", tr("Downloads Size &Limit…"), {}, &LibraryPanel::chooseDownloadsLimit);
    action("downloads-folder", tr("Downloads &Folder…"), {}, &LibraryPanel::chooseDownloadsFolder);

    m_workOffline = new QAction(tr("&Work Offline"), this);
    m_workOffline->setObjectName(QStringLiteral("work-offline"));
    m_workOffline->setCheckable(true);
    m_workOffline->setChecked(settings.workOffline());
    m_workOffline->setStatusTip(tr("Hark does not touch the network, not even to refresh or download"));
    m_library.setOffline(settings.workOffline());
    connect(m_workOffline, &QAction::toggled, this, [this](bool offline) {
        m_library.setOffline(offline);
        m_settings.setWorkOffline(offline);
        updateActions();
    });

    connect(
        m_shows->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryPanel::showChosen);
    connect(m_episodes, &QAbstractItemView::activated, this, &LibraryPanel::activate);
    connect(m_upNextView, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { m_upNext.playNow(m_upNextModel->episodeIdAt(index.row())); });
    connect(&upNext, &UpNext::changed, m_upNextModel, &UpNextModel::reload);
    connect(&upNext, &UpNext::message, this, &LibraryPanel::message);
    connect(m_episodes->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LibraryPanel::updateActions);
    connect(&library, &PodcastLibrary::showRefreshed, this, &LibraryPanel::refreshed);
    connect(&library, &PodcastLibrary::refreshFinished, this, &LibraryPanel::reloadShows);
    connect(&library, &PodcastLibrary::downloadFinished, this, &LibraryPanel::downloaded);
    connect(&library, &PodcastLibrary::downloadProgress, m_episodeModel, &EpisodeModel::setProgress);
    connect(&library, &PodcastLibrary::listened, m_episodeModel, &EpisodeModel::refreshEpisode);
    connect(&library, &PodcastLibrary::coverChanged, m_showModel, &ShowModel::coverChanged);
    connect(&library, &PodcastLibrary::alignmentFinished, this,
        [this](qint64, const QString &, const QString &error) {
            m_episodeModel->reload();
            if (!error.isEmpty())
                Q_EMIT message(error);
        });
    connect(&library, &PodcastLibrary::subscribed, this,
        [this](const QUrl &, qint64 showId, const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT message(error);
                return;
            }
            m_showModel->reload();
            m_shows->setCurrentIndex(m_showModel->index(m_showModel->rowOf(showId), 0));
            Q_EMIT message(tr("Subscribed to %1")
                               .arg(m_showModel->index(m_showModel->rowOf(showId), 0).data().toString()));
        });
    if (m_showModel->rowCount() > 0)
        m_shows->setCurrentIndex(m_showModel->index(0, 0));
    updateActions();
}

LibraryDock::LibraryDock(PodcastLibrary &library, PlayerSession &session, Settings &settings, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_upNext(new UpNext(library, session, this))
    , m_panel(new LibraryPanel(library, *m_upNext, settings, this))
    , m_menu(new QMenu(tr("&Library"), this))
    , m_searchService(new SearchService(library.database().path(), this))
    , m_search(new SearchEverything(library, session, settings, *m_searchService, this))
    , m_searchAction(new QAction(tr("Search &Everything…"), this))
{
    m_searchAction->setObjectName(QStringLiteral("search-everything"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchAction->setStatusTip(tr("Find words in every transcript Hark knows, and play from the moment"));
    connect(m_searchAction, &QAction::triggered, m_search, [this] { m_search->openWith(); });
    connect(m_panel, &LibraryPanel::searchRequested, m_search, &SearchEverything::openWith);
    setObjectName(QStringLiteral("library"));
    setWidget(m_panel);
    m_menu->addActions(m_panel->menuActions());
    connect(
        m_panel, &LibraryPanel::playRequested, this, [&session](const QString &path) { session.open(path); });
    // An episode the listener opens is aligned by the player, at once and on every core: the library's
    // background alignment of it would only do the same work twice.
    connect(&session, &PlayerSession::alignmentStarted, this, [&library, &session] {
        if (session.episode())
            library.leaveAlignmentTo(session.episode()->audioPath());
    });
    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("library-panel"));
    toggle->setText(tr("Librar&y"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
}

void LibraryDock::install(QMainWindow &window, QAction *beforeHelp, Place file, Place view, Place edit)
{
    edit.first->insertAction(edit.second, m_searchAction);
    window.addDockWidget(Qt::LeftDockWidgetArea, this);
    window.resizeDocks({ this }, { window.width() * 9 / 20 }, Qt::Horizontal);
    window.menuBar()->insertMenu(beforeHelp, m_menu);
    file.first->insertAction(file.second, m_panel->workOfflineAction());
    file.first->insertSeparator(file.second);
    view.first->insertAction(view.second, toggleViewAction());
}

void LibraryPanel::showChosen()
{
    m_episodeModel->setShow(m_showModel->showIdAt(m_shows->currentIndex().row()));
    updateActions();
}

QList<qint64> LibraryPanel::chosenEpisodes() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_episodes->selectionModel()->selectedRows())
        ids.append(i.data(EpisodeModel::EpisodeIdRole).toLongLong());
    if (ids.isEmpty() && m_episodes->currentIndex().isValid())
        ids.append(m_episodes->currentIndex().data(EpisodeModel::EpisodeIdRole).toLongLong());
    return ids;
}

void LibraryPanel::updateActions()
{
    const bool any = !chosenEpisodes().isEmpty();
    const bool offline = m_library.isOffline();
    m_refresh->setEnabled(!offline && m_showModel->rowCount() > 0);
    m_download->setEnabled(!offline && any);
    m_delete->setEnabled(any);
    m_played->setEnabled(any);
    m_star->setEnabled(any);
    m_queueNext->setEnabled(any);
    m_queueLast->setEnabled(any);
    m_keep->setEnabled(m_shows->currentIndex().isValid());
    m_autoQueue->setEnabled(m_shows->currentIndex().isValid());
    const auto show = m_library.database().show(m_showModel->showIdAt(m_shows->currentIndex().row()));
    m_autoQueue->setChecked(show && show->autoQueue);
    m_empty->setVisible(m_showModel->rowCount() == 0);
}

void LibraryPanel::activate(const QModelIndex &index)
{
    playOrDownload(index.data(EpisodeModel::EpisodeIdRole).toLongLong());
}

void LibraryPanel::playOrDownload(qint64 episodeId)
{
    const int row = m_episodeModel->rowOf(episodeId);
    const LibraryDatabase::Episode *e = m_episodeModel->episodeAt(row);
    if (!e)
        return;
    const QString file = m_episodeModel->index(row, 0).data(EpisodeModel::FileRole).toString();
    if (!file.isEmpty() && QFileInfo::exists(file)) {
        Q_EMIT playRequested(file);
        return;
    }
    if (m_library.isOffline()) {
        Q_EMIT message(tr("%1 is not downloaded, and Hark is working offline").arg(e->title));
        return;
    }
    m_playWhenDownloaded = episodeId;
    m_library.download(episodeId);
    Q_EMIT message(tr("Downloading %1; it plays when it is here").arg(e->title));
}

void LibraryPanel::subscribe(const QString &source)
{
    const QString trimmed = source.trimmed();
    const QUrl url(trimmed);
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        m_library.subscribe(url);
        Q_EMIT message(tr("Subscribing to %1…").arg(trimmed));
        return;
    }
    QFile file(url.isLocalFile() ? url.toLocalFile() : trimmed);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("%1 is neither an http or https address nor an OPML file").arg(trimmed));
        return;
    }
    const Opml::ReadResult list = Opml::read(file.readAll());
    if (!list.ok()) {
        Q_EMIT message(list.error.format(file.fileName()));
        return;
    }
    for (const Opml::Subscription &s : *list.subscriptions)
        m_library.subscribe(QUrl(s.feedUrl));
    Q_EMIT message(
        tr("Subscribing to %1 shows from %2…").arg(list.subscriptions->size()).arg(file.fileName()));
}

void LibraryPanel::addPodcast()
{
    bool ok = false;
    const QString source = QInputDialog::getText(this, tr("Add Podcast"),
        tr("The feed's address (https://…), or an OPML file of subscriptions:"), QLineEdit::Normal, {}, &ok);
    if (ok && !source.trimmed().isEmpty())
        subscribe(source);
}

void LibraryPanel::importSubscriptions()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Subscriptions"), {}, tr("OPML subscription lists (*.opml *.xml);;All files (*)"));
    if (!path.isEmpty())
        subscribe(path);
}

void LibraryPanel::exportSubscriptions()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Subscriptions"),
        tr("Hark subscriptions.opml"), tr("OPML subscription lists (*.opml)"));
    if (path.isEmpty())
        return;
    QList<Opml::Subscription> subscriptions;
    for (const LibraryDatabase::Show &s : m_library.database().shows())
        subscriptions.append({ s.feedUrl, s.title });
    const QByteArray opml = Opml::write(subscriptions, tr("Hark subscriptions"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
        Q_EMIT message(tr("%1: cannot write: %2").arg(path, file.errorString()));
    else
        Q_EMIT message(tr("%1 subscriptions written to %2").arg(subscriptions.size()).arg(path));
}

void LibraryPanel::refresh()
{
    m_library.refresh();
    Q_EMIT message(tr("Refreshing %1 shows…").arg(m_showModel->rowCount()));
}

void LibraryPanel::downloadChosen()
{
    for (qint64 id : chosenEpisodes())
        m_library.download(id);
}

void LibraryPanel::deleteChosen()
{
    const QList<qint64> ids = chosenEpisodes();
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete Download"),
            tr("Delete the downloaded files of the chosen episodes (%1)? They stay in the library, to "
               "download "
               "again.")
                .arg(ids.size()))
        != QMessageBox::Yes)
        return;
    for (qint64 id : ids)
        deleteDownload(id);
}

void LibraryPanel::deleteDownload(qint64 episodeId)
{
    if (const Status deleted = m_library.deleteDownload(episodeId); !deleted.ok())
        Q_EMIT message(deleted.error);
    m_episodeModel->reload();
    updateActions();
}

void LibraryPanel::togglePlayed()
{
    const QList<qint64> ids = chosenEpisodes();
    if (ids.isEmpty())
        return;
    const LibraryDatabase::Episode *first = m_episodeModel->episodeAt(m_episodeModel->rowOf(ids.first()));
    const bool played = first ? !first->played : true;
    for (qint64 id : ids)
        m_library.database().setPlayed(id, played);
    m_episodeModel->reload();
    reloadShows();
}

void LibraryPanel::queueChosen(bool next)
{
    QList<qint64> ids = chosenEpisodes();
    if (next) // the first chosen plays first
        std::reverse(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids))
        next ? m_upNext.playNext(id) : m_upNext.add(id);
    Q_EMIT message(tr("%1 episodes in Up Next").arg(m_upNextModel->rowCount()));
}

void LibraryPanel::moveQueued(int by)
{
    const int row = m_upNextView->currentIndex().row();
    const qint64 id = m_upNextModel->episodeIdAt(row);
    if (!id)
        return;
    m_upNext.move(id, row + by);
    m_upNextView->setCurrentIndex(
        m_upNextModel->index(std::clamp(row + by, 0, m_upNextModel->rowCount() - 1)));
}

void LibraryPanel::removeQueued()
{
    const int row = m_upNextView->currentIndex().row();
    if (const qint64 id = m_upNextModel->episodeIdAt(row)) {
        m_upNext.remove(id);
        m_upNextView->setCurrentIndex(m_upNextModel->index(std::min(row, m_upNextModel->rowCount() - 1)));
    }
}

void LibraryPanel::toggleStarred()
{
    const QList<qint64> ids = chosenEpisodes();
    if (ids.isEmpty())
        return;
    const LibraryDatabase::Episode *first = m_episodeModel->episodeAt(m_episodeModel->rowOf(ids.first()));
    const bool starred = first ? !first->starred : true;
    for (qint64 id : ids)
        m_library.database().setStarred(id, starred);
    m_episodeModel->reload();
}

void LibraryPanel::chooseKeepLatest()
{
    const qint64 showId = m_showModel->showIdAt(m_shows->currentIndex().row());
    const std::optional<LibraryDatabase::Show> show = m_library.database().show(showId);
    if (!show)
        return;
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Keep Downloads"),
        tr("Keep the downloads of the newest episodes of %1 (0: all of them). Starred episodes, those with "
           "bookmarks and those in progress are always kept.")
            .arg(show->title),
        show->keepLatest, 0, 10'000, 1, &ok);
    if (!ok)
        return;
    m_library.database().setKeepLatest(showId, count);
    applyRetention();
}

void LibraryPanel::chooseDownloadsLimit()
{
    bool ok = false;
    const int megabytes = QInputDialog::getInt(this, tr("Downloads Size Limit"),
        tr("The most all downloaded episodes may take together, in MB (0: no limit). The oldest go first; "
           "starred episodes, those with bookmarks and those in progress are always kept."),
        int(m_settings.downloadsLimitMb()), 0, 10'000'000, 100, &ok);
    if (!ok)
        return;
    m_settings.setDownloadsLimitMb(megabytes);
    applyRetention();
}

void LibraryPanel::chooseDownloadsFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Downloads Folder"), m_library.downloadsRoot());
    if (!folder.isEmpty())
        setDownloadsFolder(folder);
}

bool LibraryPanel::setDownloadsFolder(const QString &folder)
{
    const QFileInfo dir(folder);
    if (!dir.isDir() || !dir.isWritable()) {
        Q_EMIT message(
            tr("%1: not a folder Hark can write to; downloads go on to %2")
                .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(m_library.downloadsRoot())));
        return false;
    }
    const QString path = dir.absoluteFilePath();
    m_settings.setDownloadsFolder(path);
    m_library.setDownloadsRoot(path);
    Q_EMIT message(tr("New downloads go to %1; those downloaded already stay where they are")
                       .arg(QDir::toNativeSeparators(path)));
    return true;
}

void LibraryPanel::applyRetention(const QString &playing)
{
    const QList<qint64> deleted = m_library.applyRetention(m_settings, playing);
    if (deleted.isEmpty())
        return;
    m_episodeModel->reload();
    Q_EMIT message(tr("Deleted the downloads of %1 episodes the limits no longer keep").arg(deleted.size()));
}

void LibraryPanel::refreshed(qint64 showId, int added, const QString &error)
{
    // The list of shows is read again once all are in (refreshFinished): 200 shows are not 200 resets.
    if (showId == m_showModel->showIdAt(m_shows->currentIndex().row()) && added > 0)
        m_episodeModel->reload();
    const QString title = m_showModel->index(m_showModel->rowOf(showId), 0).data().toString();
    if (!error.isEmpty())
        Q_EMIT message(tr("%1: %2").arg(title, error));
    else if (added > 0)
        Q_EMIT message(tr("%1: %2 new").arg(title).arg(added));
}

void LibraryPanel::reloadShows()
{
    const qint64 current = m_showModel->showIdAt(m_shows->currentIndex().row());
    m_showModel->reload();
    if (m_showModel->rowOf(current) >= 0)
        m_shows->setCurrentIndex(m_showModel->index(m_showModel->rowOf(current), 0));
    else if (m_showModel->rowCount() > 0)
        m_shows->setCurrentIndex(m_showModel->index(0, 0));
    updateActions();
}

void LibraryPanel::downloaded(qint64 episodeId, const QString &path, const QString &error)
{
    m_episodeModel->reload();
    updateActions();
    if (!error.isEmpty()) {
        Q_EMIT message(error);
        if (m_playWhenDownloaded == episodeId)
            m_playWhenDownloaded = 0;
        return;
    }
    if (m_playWhenDownloaded == episodeId) {
        m_playWhenDownloaded = 0;
        Q_EMIT playRequested(path);
    }
    // The listener's rules (newest N a show, a size limit) make room, never taking what is kept.
    applyRetention(path);
}

} // namespace hark

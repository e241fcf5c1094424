// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QWidget>

class QAction;
class QMainWindow;
class QMenu;
class QLabel;
class QTreeView;

namespace hark {

class EpisodeModel;
class PlayerSession;
class PodcastLibrary;
class Settings;
class ShowModel;
class UpNext;
class UpNextModel;

/// The Library: the subscribed shows (cover, title, episodes not played) beside the chosen show's episodes
/// (date, length, how each stands, with a bar while it downloads, and its transcript's kind). Its commands
/// are actions (menuActions(), for the window's Library menu and the shortcuts sheet); Enter or a
/// double-click plays a downloaded episode, or offers to download it. It asks for playing (playRequested)
/// and never plays itself.
class SearchEverything;
class SearchService;

class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    LibraryPanel(PodcastLibrary &library, UpNext &upNext, Settings &settings, QWidget *parent = nullptr);

    /// Add Podcast…, Import and Export Subscriptions…, Refresh, Download, Delete Download, Mark Played.
    QList<QAction *> menuActions() const { return m_menuActions; }
    /// File › Work Offline (checkable, kept in the settings).
    QAction *workOfflineAction() const { return m_workOffline; }

    QTreeView *showsView() const { return m_shows; }
    QTreeView *episodesView() const { return m_episodes; }
    ShowModel *showModel() const { return m_showModel; }
    EpisodeModel *episodeModel() const { return m_episodeModel; }
    QTreeView *upNextView() const { return m_upNextView; }
    UpNextModel *upNextModel() const { return m_upNextModel; }

    /// Without asking: the tests' way in, and what the actions do once the listener has said yes.
    void subscribe(const QString &urlOrOpmlFile);
    /// New downloads go to @p folder (kept in the settings); false, saying why, when it cannot be written.
    bool setDownloadsFolder(const QString &folder);
    void deleteDownload(qint64 episodeId);
    /// Plays the episode if it is downloaded; else downloads it and then plays it.
    void playOrDownload(qint64 episodeId);

Q_SIGNALS:
    void playRequested(const QString &path);
    /// Typed into the field at the top: a search of every transcript (Search Everything) to open.
    void searchRequested(const QString &text);
    /// For the status bar.
    void message(const QString &text);

private:
    void showChosen();
    void activate(const QModelIndex &index);
    QList<qint64> chosenEpisodes() const;
    void addPodcast();
    void importSubscriptions();
    void exportSubscriptions();
    void refresh();
    void downloadChosen();
    void deleteChosen();
    void togglePlayed();
    void toggleStarred();
    void chooseKeepLatest();
    void chooseDownloadsLimit();
    void chooseDownloadsFolder();
    void applyRetention(const QString &playing = {});
    void queueChosen(bool next);
    void moveQueued(int by);
    void removeQueued();
    void updateActions();
    void refreshed(qint64 showId, int added, const QString &error);
    void reloadShows();
    void downloaded(qint64 episodeId, const QString &path, const QString &error);

    PodcastLibrary &m_library;
    UpNext &m_upNext;
    UpNextModel *m_upNextModel;
    QTreeView *m_upNextView;
    Settings &m_settings;
    ShowModel *m_showModel;
    EpisodeModel *m_episodeModel;
    QTreeView *m_shows;
    QTreeView *m_episodes;
    QLabel *m_empty;
    QList<QAction *> m_menuActions;
    QAction *m_refresh = nullptr;
    QAction *m_download = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_played = nullptr;
    QAction *m_star = nullptr;
    QAction *m_queueNext = nullptr;
    QAction *m_queueLast = nullptr;
    QAction *m_autoQueue = nullptr;
    QAction *m_keep = nullptr;
    QAction *m_workOffline = nullptr;
    qint64 m_playWhenDownloaded = 0;
};

/// The Library as the window docks it: the panel, Up Next over the window's session (episodes the panel asks
/// for play there), the Library menu, and View › Library (Ctrl+Shift+L) to show and hide it.
class LibraryDock : public QDockWidget
{
    Q_OBJECT
public:
    LibraryDock(
        PodcastLibrary &library, PlayerSession &session, Settings &settings, QWidget *parent = nullptr);

    LibraryPanel *panel() const { return m_panel; }
    QMenu *menu() const { return m_menu; }

    /// Where in a menu: before this action.
    using Place = std::pair<QMenu *, QAction *>;
    /// Docks itself at the left of @p window (a good share of its width), its menu before @p beforeHelp in
    /// the menu bar, Work Offline in @p file, View › Library in @p view and Search Everything in @p edit.
    void install(QMainWindow &window, QAction *beforeHelp, Place file, Place view, Place edit);
    /// Edit › Search Everything (Ctrl+Shift+F), also opened by typing into the panel's field.
    SearchEverything *searchEverything() const { return m_search; }

private:
    UpNext *m_upNext;
    LibraryPanel *m_panel;
    QMenu *m_menu;
    SearchService *m_searchService;
    SearchEverything *m_search;
    QAction *m_searchAction;
};

} // namespace hark

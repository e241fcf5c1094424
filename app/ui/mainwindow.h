// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/theme.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QPushButton;

namespace hark {

class AlignmentStatus;
class BookmarkPanel;
class ChapterModel;
class ChapterPanel;
class EpisodeHeader;
class FindBar;
class FindController;
class LibraryPanel;
class LibraryDock;
class PodcastLibrary;
class PlayerSession;
class Settings;
class TranscriptView;
class TransportBar;

/// The player window: it composes the header, the transcript, the transport, the panels and the menus
/// over a PlayerSession, which plays. Its widgets show the session's state and pass on what the listener
/// asks for; the window keeps the menus, the wiring and what only a window has (dialogs, the clipboard,
/// the text's size, the colours, its own place on the screen).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Shows and drives @p session; keeps its own settings (text size, colours, geometry) in @p settings.
    /// Both are the caller's and outlive the window.
    MainWindow(PlayerSession &session, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlayerSession &session() const { return m_session; }
    TranscriptView *transcriptView() const { return m_view; }
    /// The colours of the whole application (kept in the settings).
    void setColorScheme(theme::Scheme scheme);
    /// Adds the podcast Library (a panel at the side, its menu, File › Work Offline). Without one (the
    /// library could not be opened) the window is the player alone.
    void setLibrary(PodcastLibrary &library);
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }

public Q_SLOTS:
    /// Shows the window (restored if minimized) above the others and asks for the focus.
    void comeForward();
    void chooseEpisode();
    void chooseTranscript();
    void backToNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void connectSession();
    void fillRecentMenu();
    void episodeChanged();
    void showChapters();
    /// Marks the chapter playing in the list and names it in the window title.
    void showChapter(int row);
    /// Loops over the words selected in the transcript.
    void loopSelection();
    /// Copies the selected words (else the line playing) as a quote naming the speaker, the show, the episode
    /// and the time, as plain text and HTML.
    void copyQuote();
    /// Copies a command line that opens the episode where it is now.
    void copyMoment();
    /// Ctrl+B: marks the moment playing, then offers to type a note.
    void addBookmark();
    void showBookmarks();
    /// File › Export Transcript…: asks where and in which format.
    void chooseExport();
    void placeBackToNow();
    void showMessage(const QString &message);

    PlayerSession &m_session;
    Settings &m_settings;
    EpisodeHeader *m_header = nullptr;
    TranscriptView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    TransportBar *m_transport = nullptr;
    AlignmentStatus *m_alignStatus = nullptr;
    QDockWidget *m_chapterDock = nullptr;
    ChapterModel *m_chapters = nullptr;
    ChapterPanel *m_chapterPanel = nullptr;
    QDockWidget *m_bookmarkDock = nullptr;
    BookmarkPanel *m_bookmarkPanel = nullptr;
    QPushButton *m_backToNow = nullptr;
    FindController *m_find = nullptr;
    QAction *m_muteAction = nullptr;
    QAction *m_pauseAfterAction = nullptr;
    QAction *m_compactAction = nullptr;
    QActionGroup *m_schemeActions = nullptr;
    QAction *m_previousChapter = nullptr;
    QAction *m_nextChapter = nullptr;
    QAction *m_openTranscript = nullptr;
    QAction *m_alignAction = nullptr;
    QMenu *m_recent = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_helpMenu = nullptr;
    LibraryDock *m_libraryDock = nullptr;
    LibraryPanel *m_libraryPanel = nullptr;
    QWidget *m_shortcuts = nullptr;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/transcriptsearch.h"
#include "episode/episode.h"
#include "episode/listeningrules.h"
#include "episode/playbackclock.h"
#include "ui/theme.h"

#include <QMainWindow>
#include <QPixmap>
#include <QStyle>

#include <memory>
#include <optional>

class QAbstractButton;
class QAction;
class QActionGroup;
class QProgressBar;
class QComboBox;
class QDockWidget;
class QListWidget;
class QTreeWidget;
class QLabel;
class QMenu;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace hark {

class AlignmentJob;
class FindBar;
class SeekBar;
struct AlignmentResult;
class PlaybackBackend;
class Settings;
class TranscriptModel;
class TranscriptView;

/// The player window: header, transcript and transport. It wires the layers and holds no parsing or timing
/// math: the episode supplies the transcript and its time index, the backend plays, the view shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p backend plays the episodes (the window takes ownership).
    explicit MainWindow(PlaybackBackend *backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an episode; starts playing it unless @p paused. @p at (ms) is where to start. @p transcriptPath,
    /// if given, is used instead of the transcript found beside the audio.
    /// Without @p at, an episode heard before resumes a few seconds before where it was left (with its speed
    /// and sync offset), when settings are set.
    bool openEpisode(const QString &path, bool paused = false, std::optional<qint64> at = std::nullopt,
        const QString &transcriptPath = {});
    /// Where the window remembers episodes, recent files and its geometry (not owned); none by default.
    void setSettings(Settings *settings);
    /// The colours of the whole application (kept in the settings, when there are any).
    void setColorScheme(theme::Scheme scheme);
    /// Shows @p transcriptPath for the current episode, keeping the position and whether it plays.
    bool openTranscript(const QString &transcriptPath);

    TranscriptView *transcriptView() const { return m_view; }
    TranscriptModel *transcriptModel() const { return m_model; }
    PlaybackBackend *backend() const { return m_backend; }
    const Episode *episode() const { return m_episode ? &*m_episode : nullptr; }
    /// Where the window says playback is (ms): what the highlight, the seek bar and the clock show.
    qint64 position() const { return m_clock.now(); }
    qint64 syncOffset() const { return m_syncOffset; }

    /// Listens to the audio for the transcript's word times (in the background; the status bar shows how far
    /// it has got and can cancel it), and keeps the result beside the audio. Meanwhile the words are spread
    /// evenly, marked provisional.
    void alignTranscript();
    /// The alignment running in the background, if any.
    AlignmentJob *alignmentJob() const { return m_alignment.get(); }

    /// Opens a file handed over from outside (a second launch, the desktop's media controls), and comes
    /// forward. The episode already open stays as it is, except that @p at, if given, is where it goes.
    /// An empty @p path only brings the window forward.
    void openFromOutside(const QString &path, bool paused, std::optional<qint64> at);
    /// Shows the window (restored if minimized) above the others and asks for the focus.
    void comeForward();
    /// The playback speed (one of the speed list's steps).
    double rate() const;
    /// Takes the nearest step of the speed list (0.5–3).
    void setRate(double rate);
    double volume() const; ///< 0–1
    void setVolume(double volume);
    /// There is audio to play.
    bool canPlay() const;
    /// Writes the transcript as shown (computed times included, the sync offset applied) to @p path in
    /// @p format, atomically; never over the episode's own audio or transcript.
    bool exportTranscript(const QString &path, Format format, QString *error);

Q_SIGNALS:
    /// Another episode was opened.
    void episodeChanged();
    /// Playback jumped to @p ms (a seek, a chapter, a loop starting over), not the steady run of playing.
    void seeked(qint64 ms);
    /// The speed or the volume changed.
    void playbackSettingsChanged();

public Q_SLOTS:
    void chooseEpisode();
    void chooseTranscript();
    void playPause();
    void play();
    void pause();
    /// The next chapter, else 30 s on: what headphone buttons and media keys do.
    void next();
    /// The previous chapter, else 15 s back.
    void previous();
    void seekBy(qint64 ms);
    void seekTo(qint64 ms);
    void backToNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void buildActions();
    /// Stores the episode's position, speed and sync offset in the settings.
    void rememberEpisode();
    void fillRecentMenu();
    /// Shows the loop and the pause-after-lines mode in the transport bar while they are on.
    void showModes();
    /// Loops over the words selected in the transcript.
    void loopSelection();
    void replayLine();
    /// Seeks to the start of the line before (-1) or after (+1) the current one.
    void seekToLine(int direction);
    /// Seeks to the start of the chapter before (-1) or after (+1) the current one; false when there is none.
    bool seekToChapter(int direction);
    /// One step slower (-1) or faster (+1) through the speed list; 0: normal speed.
    void stepSpeed(int direction);
    /// Shows the transcript @p ms later (negative: earlier) than its timings say: the per-episode sync
    /// offset.
    void setSyncOffset(qint64 ms);
    /// The chapters: the list, the marks on the seek bar, the keys (only when there are some).
    void showChapters();
    /// Marks the chapter playing in the list and names it in the window title, when it changes.
    void showChapter();
    /// When each listed chapter counts as playing (m_chapterFrom), from the chapters and their headings.
    void placeChapterStarts();
    /// Find's matches as marks on the seek bar, at their words' times.
    void showMatchMarks();
    void quietenSubtitle();
    /// The elapsed and remaining times' labels at a fixed width that fits the episode's longest time.
    void sizeTimeLabels();
    /// Puts the style's icon @p symbol on @p button, drawn to stand out in the palette (redrawn when it
    /// changes).
    void setSymbol(QAbstractButton *button, QStyle::StandardPixmap symbol);
    /// The index in the transcript's chapters of the list's @p row.
    qsizetype chapterIndex(int row) const;
    void placeBackToNow();
    void seekToWord(int segment, int word, bool play);
    void tick();
    void updateTransport();
    void showMessage(const QString &message);
    /// Copies the selected words (else the line playing) as a quote naming the speaker, the show, the episode
    /// and the time, as plain text and HTML.
    void copyQuote();
    /// Ctrl+B: marks the moment playing, then offers to type a note.
    void addBookmark();
    void showBookmarks();
    /// Stores the episode's bookmarks in the settings.
    void keepBookmarks();
    /// File › Export Transcript…: asks where and in which format.
    void chooseExport();
    /// Copies a command line that opens the episode where it is now.
    void copyMoment();
    /// Marks where @p query is in the transcript (the view, the seek bar, the find bar's count).
    void find(const QString &query);
    /// The next (+1) or previous (-1) match, round the end.
    void stepMatch(int direction);
    /// Where a match is heard: the time of the word it starts in, else of its line; kNoTime if neither.
    qint64 matchTime(int match) const;
    /// The provisional even spread over the audio's length, once it is known.
    void spreadProvisionally();
    void alignmentFinished(const AlignmentResult &result, const QString &keptPath, const QString &keepError);
    void stopAlignment();

    PlaybackBackend *m_backend;
    std::optional<Episode> m_episode;
    PlaybackClock m_clock;

    TranscriptModel *m_model = nullptr;
    TranscriptView *m_view = nullptr;
    QLabel *m_cover = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QToolButton *m_playButton = nullptr;
    SeekBar *m_seekBar = nullptr;
    FindBar *m_findBar = nullptr;
    QDockWidget *m_chapterDock = nullptr;
    QDockWidget *m_bookmarkDock = nullptr;
    QTreeWidget *m_bookmarkTree = nullptr;
    QList<Bookmark> m_bookmarks; ///< the episode's, in time order
    QListWidget *m_chapterList = nullptr;
    int m_chapter = -2; ///< the list's row of the chapter playing (-1: before the first; -2: not shown yet)
    /// For each row of the list, when its chapter counts as playing: its start, or the start of the line its
    /// heading stands above when that line starts earlier (a chapter that starts early in a line heads it).
    QList<qint64> m_chapterFrom;
    QPixmap m_episodeCover;
    QList<qint64> m_artStarts; ///< every chapter's start, hidden ones too, in time order
    QList<QPixmap> m_artPictures; ///< and its picture (null: the episode's cover)
    int m_art = -2; ///< the chapter whose picture (or the cover) is shown
    TranscriptSearch m_search; ///< the shown transcript, folded for find
    QLabel *m_syncLabel = nullptr;
    QLabel *m_modesLabel = nullptr; ///< the loop and "pausing after each line", when on
    ListeningRules m_rules;
    qint64 m_loopMark = kNoTime; ///< where A was pressed
    QAction *m_muteAction = nullptr;
    QAction *m_compactAction = nullptr;
    QActionGroup *m_schemeActions = nullptr;
    QAction *m_previousChapter = nullptr;
    QAction *m_nextChapter = nullptr;
    QWidget *m_shortcuts = nullptr;
    qint64 m_syncOffset = 0;
    Settings *m_settings = nullptr;
    QString m_episodeKey;
    QMenu *m_recent = nullptr;
    QTimer *m_rememberTimer = nullptr;
    std::pair<qint64, qint64> m_openedAt { -1,
        -1 }; ///< where the episode was opened, and the place it stands for
    static constexpr qint64 kResumeBackMs = 5000; ///< resuming starts this much before where it was left
    static constexpr qint64 kFinishedMs = 10'000; ///< left this close to the end: heard
    QLabel *m_elapsed = nullptr;
    QLabel *m_remaining = nullptr;
    QComboBox *m_speed = nullptr;
    QSlider *m_volume = nullptr;
    QToolButton *m_mute = nullptr;
    QPushButton *m_backToNow = nullptr;
    QAction *m_openTranscript = nullptr;
    QTimer *m_ticker = nullptr;
    std::unique_ptr<AlignmentJob> m_alignment;
    QAction *m_alignAction = nullptr;
    QProgressBar *m_alignProgress = nullptr;
    QLabel *m_alignLabel = nullptr;
    QToolButton *m_alignCancel = nullptr;
    qint64 m_alignStartedAt = 0; ///< ms since epoch, for the time left
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/quote.h"
#include "core/settings.h"
#include "core/timecode.h"
#include "core/transcriptmodel.h"
#include "episode/bookmarkmodel.h"
#include "episode/playersession.h"
#include "ui/alignmentstatus.h"
#include "ui/bookmarkpanel.h"
#include "ui/chaptermodel.h"
#include "ui/chapterpanel.h"
#include "ui/episodeheader.h"
#include "ui/findbar.h"
#include "ui/findcontroller.h"
#include "ui/librarypanel.h"
#include "ui/seekbar.h"
#include "ui/shortcutsdialog.h"
#include "ui/transcriptview.h"
#include "ui/transportbar.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QBoxLayout>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStatusBar>

namespace hark {

MainWindow::MainWindow(PlayerSession &session, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    buildUi();
    buildActions();
    connectSession();
    setAcceptDrops(true);
    // Until a size is kept: 150 average characters by 50 lines of the system font (900 × 700 at 9 pt).
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 50);
    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    m_view->setTextZoom(m_settings.textZoom());
    m_view->setCompactSpacing(m_settings.compactSpacing());
    m_compactAction->setChecked(m_settings.compactSpacing());
    setColorScheme(theme::schemeFromName(m_settings.colorScheme()));
    episodeChanged();
    m_view->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_alignStatus = new AlignmentStatus(this);
    statusBar()->addPermanentWidget(m_alignStatus);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new EpisodeHeader(central);
    layout->addWidget(m_header);

    m_chapters = new ChapterModel(this);
    m_chapterDock = new QDockWidget(tr("Chapters"), this);
    m_chapterDock->setObjectName(QStringLiteral("chapters"));
    m_chapterPanel = new ChapterPanel(m_chapters, m_chapterDock);
    m_chapterDock->setWidget(m_chapterPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_chapterDock);
    m_chapterDock->hide();

    m_bookmarkDock = new QDockWidget(tr("Bookmarks"), this);
    m_bookmarkDock->setObjectName(QStringLiteral("bookmarks"));
    m_bookmarkPanel = new BookmarkPanel(m_session.bookmarks(), m_bookmarkDock);
    m_bookmarkDock->setWidget(m_bookmarkPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_bookmarkDock);
    m_bookmarkDock->hide();

    m_findBar = new FindBar(central);
    m_findBar->hide();
    layout->addWidget(m_findBar);
    m_view = new TranscriptView(central);
    m_view->setModel(m_session.transcript());
    layout->addWidget(m_view, 1);
    m_backToNow = new QPushButton(tr("Back to now"), m_view);
    m_backToNow->setToolTip(tr("Follow the episode again (.)"));
    m_backToNow->setIcon(style()->standardIcon(QStyle::SP_ArrowDown)); // a disc of its own: not redrawn
    m_backToNow->hide();
    m_view->installEventFilter(this);

    m_transport = new TransportBar(PlayerSession::speeds(), central);
    layout->addWidget(m_transport);
    setCentralWidget(central);
}

void MainWindow::connectSession()
{
    PlayerSession &s = m_session;
    connect(&s, &PlayerSession::episodeChanged, this, &MainWindow::episodeChanged);
    connect(&s, &PlayerSession::message, this, &MainWindow::showMessage);
    connect(&s, &PlayerSession::stateChanged, this, [this](PlaybackBackend::State state) {
        m_transport->setPlaying(state == PlaybackBackend::State::Playing);
    });
    connect(&s, &PlayerSession::positionChanged, m_transport, &TransportBar::setPosition);
    connect(&s, &PlayerSession::durationChanged, m_transport, &TransportBar::setDuration);
    connect(&s, &PlayerSession::rateChanged, m_transport, &TransportBar::setRate);
    connect(&s, &PlayerSession::volumeChanged, m_transport, &TransportBar::setVolume);
    connect(&s, &PlayerSession::mutedChanged, this, [this](bool muted) {
        m_transport->setMuted(muted);
        m_muteAction->setChecked(muted);
    });
    connect(&s, &PlayerSession::syncOffsetChanged, m_transport, &TransportBar::setSyncOffset);
    connect(&s, &PlayerSession::modesChanged, this, [this] {
        m_transport->setModes(m_session.loop(), m_session.pausesAfterLines());
        m_pauseAfterAction->setChecked(m_session.pausesAfterLines());
    });
    connect(&s, &PlayerSession::chaptersChanged, this, &MainWindow::showChapters);
    connect(&s, &PlayerSession::chapterChanged, this, &MainWindow::showChapter);
    connect(&s, &PlayerSession::pictureChanged, m_header, &EpisodeHeader::showPicture);

    connect(m_transport, &TransportBar::playPauseRequested, &s, &PlayerSession::playPause);
    connect(m_transport, &TransportBar::seekByRequested, &s, &PlayerSession::seekBy);
    connect(m_transport, &TransportBar::seekRequested, &s, &PlayerSession::seekTo);
    connect(m_transport, &TransportBar::rateRequested, &s, &PlayerSession::setRate);
    connect(m_transport, &TransportBar::volumeRequested, &s, &PlayerSession::setVolume);
    connect(m_transport, &TransportBar::muteRequested, &s, &PlayerSession::setMuted);
    m_transport->setDuration(s.duration());
    m_transport->setPosition(s.position());
    m_transport->setPlaying(s.isPlaying());
    m_transport->setRate(s.rate());
    m_transport->setVolume(s.volume());
    m_transport->setMuted(s.isMuted());
    m_transport->setSyncOffset(s.syncOffset());

    connect(&s, &PlayerSession::alignmentStarted, this, [this] {
        m_alignStatus->started();
        m_alignAction->setEnabled(false);
    });
    connect(&s, &PlayerSession::alignmentProgress, m_alignStatus, &AlignmentStatus::progress);
    connect(&s, &PlayerSession::alignmentEnded, this, [this] {
        m_alignStatus->ended();
        m_alignAction->setEnabled(m_session.canAlign());
    });
    connect(m_alignStatus, &AlignmentStatus::cancelRequested, &s, &PlayerSession::cancelAlignment);

    connect(m_view, &TranscriptView::clicked, &s,
        [this](int segment, int word) { m_session.seekToWord(segment, word, false); });
    connect(m_view, &TranscriptView::activated, &s,
        [this](int segment, int word) { m_session.seekToWord(segment, word, true); });
    connect(m_view, &TranscriptView::followingChanged, this, [this](bool following) {
        if (!following) {
            placeBackToNow();
            m_backToNow->raise();
        }
        m_backToNow->setVisible(!following);
    });
    connect(m_backToNow, &QPushButton::clicked, this, &MainWindow::backToNow);
    connect(m_chapterPanel, &ChapterPanel::seekRequested, &s, &PlayerSession::seekTo);
    connect(m_bookmarkPanel, &BookmarkPanel::seekRequested, &s, &PlayerSession::seekTo);
    BookmarkModel *bookmarks = s.bookmarks();
    connect(bookmarks, &QAbstractItemModel::modelReset, this, [this] {
        showBookmarks();
        m_bookmarkDock->setVisible(m_session.bookmarks()->rowCount() > 0);
    });
    connect(bookmarks, &QAbstractItemModel::rowsInserted, this, &MainWindow::showBookmarks);
    connect(bookmarks, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showBookmarks);

    m_find = new FindController(s, m_findBar, m_view, m_transport->seekBar(), this);
}

void MainWindow::buildActions()
{
    // Every command is a QAction with a stable id (its object name), in a menu, and listed in the shortcuts
    // window. Window-wide shortcuts: a focused text field takes its letters first (Qt's shortcut override).
    auto action
        = [this](QMenu *menu, const char *id, const QString &text, QList<QKeySequence> keys, auto slot) {
              auto *a = new QAction(text, this);
              a->setObjectName(QLatin1String(id));
              a->setShortcuts(keys);
              a->setShortcutContext(Qt::WindowShortcut);
              connect(a, &QAction::triggered, this, slot);
              menu->addAction(a);
              return a;
          };
    const auto key = [](auto... keys) { return QList<QKeySequence> { QKeySequence(keys)... }; };
    PlayerSession *s = &m_session;

    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    action(file, "open", tr("&Open Episode…"), { QKeySequence::Open }, &MainWindow::chooseEpisode);
    m_openTranscript
        = action(file, "open-transcript", tr("Open &Transcript…"), {}, &MainWindow::chooseTranscript);
    m_alignAction
        = action(file, "align", tr("&Align the Transcript to the Audio"), {}, [s] { s->alignTranscript(); });
    m_alignAction->setStatusTip(
        tr("Listen to the audio for the time of every word of the transcript (offline)"));
    // Ctrl+Shift+S where the platform has no Save As key of its own (a desktop without KDE or GNOME).
    QList<QKeySequence> saveAs = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (!saveAs.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)))
        saveAs.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    action(file, "export", tr("&Export Transcript…"), saveAs, &MainWindow::chooseExport);
    m_recent = file->addMenu(tr("Open &Recent"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_quitAction = action(file, "quit", tr("&Quit"), { QKeySequence::Quit }, &QWidget::close);

    QMenu *play = menuBar()->addMenu(tr("&Playback"));
    action(play, "play-pause", tr("&Play/Pause"), key(Qt::Key_Space, Qt::Key_K), [s] { s->playPause(); });
    action(play, "replay-line", tr("&Replay the Current Line"), key(Qt::Key_R), [s] { s->replayLine(); });
    play->addSeparator();
    action(play, "back-5", tr("Back 5 Seconds"), key(Qt::Key_Left), [s] { s->seekBy(-5000); });
    action(play, "forward-5", tr("Forward 5 Seconds"), key(Qt::Key_Right), [s] { s->seekBy(5000); });
    action(play, "back-15", tr("Back 15 Seconds"), key(Qt::Key_J), [s] { s->seekBy(-15'000); });
    action(play, "forward-30", tr("Forward 30 Seconds"), key(Qt::Key_L), [s] { s->seekBy(30'000); });
    action(play, "previous-line", tr("Pre&vious Line"), key(Qt::CTRL | Qt::Key_Left),
        [s] { s->seekToLine(-1); });
    action(play, "next-line", tr("&Next Line"), key(Qt::CTRL | Qt::Key_Right), [s] { s->seekToLine(+1); });
    m_previousChapter = action(play, "previous-chapter", tr("Previous &Chapter"),
        key(Qt::CTRL | Qt::Key_PageUp), [s] { s->seekToChapter(-1); });
    m_nextChapter = action(play, "next-chapter", tr("Next C&hapter"), key(Qt::CTRL | Qt::Key_PageDown),
        [s] { s->seekToChapter(+1); });
    action(play, "bookmark", tr("Add a Boo&kmark"), key(Qt::CTRL | Qt::Key_B), &MainWindow::addBookmark);
    QMenu *jump = play->addMenu(tr("&Jump To"));
    for (int tenth = 0; tenth <= 9; ++tenth) {
        const QByteArray id = "jump-" + QByteArray::number(tenth * 10);
        action(jump, id.constData(), tr("%1 %").arg(tenth * 10), key(Qt::Key_0 + tenth),
            [s, tenth] { s->seekTo(s->duration() * tenth / 10); });
    }
    play->addSeparator();
    action(play, "slower", tr("&Slower"), key(Qt::Key_BracketLeft), [s] { s->stepSpeed(-1); });
    action(play, "faster", tr("&Faster"), key(Qt::Key_BracketRight), [s] { s->stepSpeed(+1); });
    action(play, "normal-speed", tr("N&ormal Speed"), key(Qt::Key_Equal), [s] { s->stepSpeed(0); });
    play->addSeparator();
    action(play, "volume-up", tr("Volume &Up"), key(Qt::CTRL | Qt::Key_Up),
        [s] { s->setVolume(s->volume() + 0.05); });
    action(play, "volume-down", tr("Volume Do&wn"), key(Qt::CTRL | Qt::Key_Down),
        [s] { s->setVolume(s->volume() - 0.05); });
    m_muteAction = action(play, "mute", tr("&Mute"), key(Qt::Key_M), [s](bool on) { s->setMuted(on); });
    m_muteAction->setCheckable(true);
    play->addSeparator();
    m_pauseAfterAction = action(play, "pause-after-lines", tr("Pause Aft&er Each Line"), key(Qt::Key_P),
        [s](bool on) { s->setPauseAfterLines(on); });
    m_pauseAfterAction->setCheckable(true);
    action(play, "loop-start", tr("Loop From Here (&A)"), key(Qt::Key_A), [s] { s->markLoopStart(); });
    action(play, "loop-end", tr("Loop To Here (&B)"), key(Qt::Key_B), [s] { s->markLoopEnd(); });
    action(play, "loop-selection", tr("Loop the Selec&tion"), key(Qt::SHIFT | Qt::Key_A),
        &MainWindow::loopSelection);
    action(play, "loop-clear", tr("En&d the Loop"), key(Qt::SHIFT | Qt::Key_B), [s] { s->clearLoop(); });
    play->addSeparator();
    action(play, "sync-earlier", tr("Transcript Earl&ier (50 ms)"), key(Qt::Key_Z),
        [s] { s->setSyncOffset(s->syncOffset() - 50); });
    action(play, "sync-later", tr("Transcript &Later (50 ms)"), key(Qt::Key_X),
        [s] { s->setSyncOffset(s->syncOffset() + 50); });

    QMenu *edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    action(
        edit, "copy-quote", tr("Copy &Quote"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyQuote);
    action(edit, "copy-moment", tr("Copy &Moment"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        &MainWindow::copyMoment);
    edit->addSeparator();
    action(edit, "find", tr("&Find…"), { QKeySequence::Find }, [this] { m_findBar->open(); });
    for (const auto &[id, text, keys, direction] :
        { std::tuple { "find-next", tr("Find &Next"), QKeySequence::FindNext, +1 },
            std::tuple { "find-previous", tr("Find &Previous"), QKeySequence::FindPrevious, -1 } }) {
        action(edit, id, text, { keys }, [this, direction = direction] { m_find->step(direction); });
    }

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    // Reading comfort: the text size and the spacing, kept in the settings.
    const auto zoom = [this](int steps) {
        m_view->setTextZoom(std::clamp(steps, -5, 10));
        m_settings.setTextZoom(m_view->textZoom());
    };
    action(view, "zoom-in", tr("&Larger Text"),
        { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) },
        [this, zoom] { zoom(m_view->textZoom() + 1); });
    action(view, "zoom-out", tr("&Smaller Text"), { QKeySequence::ZoomOut },
        [this, zoom] { zoom(m_view->textZoom() - 1); });
    action(view, "zoom-normal", tr("&Normal Text Size"), key(Qt::CTRL | Qt::Key_0), [zoom] { zoom(0); });
    m_compactAction = action(view, "compact-spacing", tr("Com&pact Spacing"), {}, [this](bool on) {
        m_view->setCompactSpacing(on);
        m_settings.setCompactSpacing(on);
    });
    m_compactAction->setCheckable(true);
    // Colours: the desktop's, or Hark's own light or dark ones (Qt 6.4 cannot tell which the desktop uses).
    QMenu *colours = view->addMenu(tr("C&olours"));
    m_schemeActions = new QActionGroup(this);
    for (const auto &[scheme, id, text] :
        { std::tuple { theme::Scheme::System, "colours-system", tr("As the De&sktop") },
            std::tuple { theme::Scheme::Light, "colours-light", tr("&Light") },
            std::tuple { theme::Scheme::Dark, "colours-dark", tr("&Dark") } }) {
        QAction *a = action(colours, id, text, {}, [this, scheme = scheme] { setColorScheme(scheme); });
        a->setCheckable(true);
        a->setData(theme::schemeName(scheme));
        m_schemeActions->addAction(a);
    }
    view->addSeparator();
    for (const auto &[dock, id, text] : { std::tuple { m_chapterDock, "chapters-panel", tr("&Chapters") },
             std::tuple { m_bookmarkDock, "bookmarks-panel", tr("Boo&kmarks") } }) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(QLatin1String(id));
        toggle->setText(text);
        view->addAction(toggle);
    }
    action(view, "back-to-now", tr("&Back to Now"), key(Qt::Key_Period, Qt::CTRL | Qt::Key_L),
        &MainWindow::backToNow);
    auto scroll = [this](QAbstractSlider::SliderAction step) {
        return [this, step] { m_view->verticalScrollBar()->triggerAction(step); };
    };
    action(view, "page-up", tr("Page &Up"), key(Qt::Key_PageUp), scroll(QAbstractSlider::SliderPageStepSub));
    action(view, "page-down", tr("Page &Down"), key(Qt::Key_PageDown),
        scroll(QAbstractSlider::SliderPageStepAdd));
    action(view, "top", tr("&Top"), key(Qt::Key_Home), scroll(QAbstractSlider::SliderToMinimum));
    action(view, "bottom", tr("Botto&m"), key(Qt::Key_End), scroll(QAbstractSlider::SliderToMaximum));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help->menuAction();
    action(help, "shortcuts", tr("&Keyboard Shortcuts"),
        key(Qt::Key_Question, Qt::SHIFT | Qt::Key_Question, Qt::Key_F1), [this] {
            if (!m_shortcuts)
                m_shortcuts = new ShortcutsDialog(menuBar(), this);
            m_shortcuts->show();
            m_shortcuts->raise();
        });
}

void MainWindow::setLibrary(PodcastLibrary &library)
{
    m_libraryDock = new LibraryDock(library, m_session, m_settings, this);
    m_libraryPanel = m_libraryDock->panel();
    m_libraryDock->install(*this, m_helpMenu, { m_fileMenu, m_quitAction },
        { m_viewMenu, m_chapterDock->toggleViewAction() }, { m_editMenu, nullptr });
    connect(m_libraryPanel, &LibraryPanel::message, this, &MainWindow::showMessage);
}

void MainWindow::episodeChanged()
{
    // The header decodes the cover and the chapters' pictures once an episode, for the cover's place and for
    // the list; new times moving the chapters (chaptersChanged) only list them again.
    const Episode *episode = m_session.episode();
    m_header->showEpisode(episode);
    m_header->showPicture(m_session.pictureChapter());
    showChapters();
    m_view->setFollowing(true);
    statusBar()->clearMessage();
    m_openTranscript->setEnabled(m_session.canPlay());
    m_alignAction->setEnabled(m_session.canAlign());
    if (!episode)
        setWindowTitle(tr("Hark"));
}

void MainWindow::showChapters()
{
    const Transcript &t = m_session.transcript()->transcript();
    QList<Chapter> listed;
    QList<QPixmap> pictures;
    QList<qint64> starts;
    for (const qsizetype c : m_session.listedChapters()) {
        listed.append(t.chapters[c]);
        pictures.append(m_header->chapterPicture(int(c)));
        starts.append(t.chapters[c].start);
    }
    m_chapters->setChapters(
        listed, pictures, m_session.episode() ? m_session.episode()->chaptersFrom() : QString());
    m_chapters->setCurrent(m_session.currentChapter());
    m_transport->seekBar()->setChapters(starts);
    m_chapterDock->setVisible(!listed.isEmpty());
    m_previousChapter->setEnabled(!t.chapters.isEmpty());
    m_nextChapter->setEnabled(!t.chapters.isEmpty());
}

void MainWindow::showChapter(int row)
{
    m_chapters->setCurrent(row);
    const Episode *episode = m_session.episode();
    QString title = episode ? episode->title() : QString();
    if (row >= 0 && row < m_session.listedChapters().size()) {
        const Chapter &c = m_session.transcript()->transcript().chapters[m_session.listedChapters()[row]];
        if (!c.title.isEmpty())
            title = tr("%1 — %2").arg(title, c.title);
    }
    setWindowTitle(title.isEmpty() ? tr("Hark") : tr("%1 — Hark").arg(title));
    // Screen readers learn of the new chapter through the window's name; Qt 6.4 does not say it changed.
    QAccessibleEvent renamed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&renamed);
}

void MainWindow::showBookmarks()
{
    m_transport->seekBar()->setBookmarks(m_session.bookmarks()->times());
}

void MainWindow::addBookmark()
{
    const int row = m_session.addBookmark();
    if (row < 0)
        return;
    // The note is optional: typed now, or Escape, or later with F2.
    m_bookmarkDock->show();
    m_bookmarkPanel->editNote(row);
    showMessage(tr("Bookmarked %1. Type a note if you like (Enter), or go on listening.")
                    .arg(timecode::formatClock(m_session.bookmarks()->bookmarks()[row].at)));
}

void MainWindow::chooseExport()
{
    const Episode *episode = m_session.episode();
    if (!episode)
        return;
    const QList<std::pair<Format, QString>> choices { { Format::WebVtt, tr("WebVTT (*.vtt)") },
        { Format::Srt, tr("SubRip (*.srt)") }, { Format::PodcastJson, tr("Podcasting 2.0 JSON (*.json)") },
        { Format::Text, tr("Plain text (*.txt)") }, { Format::Markdown, tr("Markdown (*.md)") } };
    QStringList filters;
    for (const auto &[format, filter] : choices)
        filters.append(filter);
    const QFileInfo audio(episode->audioPath().isEmpty() ? episode->transcriptPath() : episode->audioPath());
    QString filter = filters.first();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Transcript"),
        audio.dir().filePath(tr("%1 (transcript).vtt").arg(audio.completeBaseName())), filters.join(u";;"),
        &filter);
    if (path.isEmpty())
        return;
    Format format = formatFromName(QFileInfo(path).suffix());
    if (!isWritable(format) || format == Format::Unknown)
        format = choices[std::max<qsizetype>(0, filters.indexOf(filter))].first;
    if (const auto written = m_session.exportTranscript(path, format); !written.ok())
        showMessage(tr("Cannot export to %1: %2").arg(QFileInfo(path).fileName(), written.error));
    else
        showMessage(tr("Exported the transcript to %1.").arg(QFileInfo(path).fileName()));
}

void MainWindow::copyQuote()
{
    const TranscriptModel *model = m_session.transcript();
    const Transcript &t = model->transcript();
    const std::optional<TranscriptView::WordSpan> span = m_view->selectedWords();
    // The selected words, else the line playing.
    const int segment = span ? span->firstSegment : model->currentSegment();
    if (segment < 0 || segment >= t.segments.size()) {
        showMessage(tr("Select the words to quote first."));
        return;
    }
    const QString words = span ? m_view->selectedText() : t.segments[segment].text;
    const qint64 at = m_session.timeOf(segment, span ? span->firstWord : -1);
    const Episode *episode = m_session.episode();
    const quote::Source source { t.speakerName(t.segments[segment].speaker),
        episode ? episode->show() : QString(), episode ? episode->title() : QString(),
        at == kNoTime ? -1 : at };
    auto *data = new QMimeData;
    data->setText(quote::plain(words, source));
    data->setHtml(quote::html(words, source));
    QGuiApplication::clipboard()->setMimeData(data);
    showMessage(tr("Copied: %1").arg(data->text()));
}

void MainWindow::copyMoment()
{
    if (!m_session.canPlay())
        return;
    const QString command = quote::momentCommand(m_session.episode()->audioPath(), m_session.position());
    QGuiApplication::clipboard()->setText(command);
    showMessage(tr("Copied a command that opens this moment: %1").arg(command));
}

void MainWindow::loopSelection()
{
    const std::optional<TranscriptView::WordSpan> span = m_view->selectedWords();
    if (!span) {
        showMessage(tr("Select the words to loop first."));
        return;
    }
    m_session.loopWords(span->firstSegment, span->firstWord, span->lastSegment, span->lastWord);
}

void MainWindow::setColorScheme(theme::Scheme scheme)
{
    theme::apply(scheme);
    for (QAction *a : m_schemeActions->actions())
        a->setChecked(a->data().toString() == theme::schemeName(scheme));
    if (m_settings.colorScheme() != theme::schemeName(scheme)) // not the saved one again
        m_settings.setColorScheme(theme::schemeName(scheme));
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = m_settings.recentEpisodes();
    for (const QString &path : recent) {
        QAction *a
            = m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] { m_session.open(path); });
        a->setObjectName(QStringLiteral("recent-episode"));
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent episodes"))->setEnabled(false);
    m_recent->addSeparator();
    QAction *clear
        = m_recent->addAction(tr("&Clear List"), this, [this] { m_settings.clearRecentEpisodes(); });
    clear->setObjectName(QStringLiteral("clear-recent"));
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session.remember();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // An audio file, or a transcript with its audio beside it: opened as from the command line.
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && m_session.open(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::chooseEpisode()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Episode"), QString(),
        tr("Episodes and transcripts (*.mp3 *.m4a *.m4b *.aac *.ogg *.oga *.opus *.flac *.wav *.vtt *.srt "
           "*.json *.lrc *.html *.htm *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_session.open(path);
}

void MainWindow::chooseTranscript()
{
    const Episode *episode = m_session.episode();
    const QString dir = episode && !episode->audioPath().isEmpty()
        ? QFileInfo(episode->audioPath()).absolutePath()
        : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Transcript"), dir,
        tr("Transcripts (*.vtt *.srt *.json *.lrc *.html *.htm *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_session.openTranscript(path);
}

void MainWindow::comeForward()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::backToNow()
{
    m_view->setFollowing(true);
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        placeBackToNow();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::placeBackToNow()
{
    m_backToNow->adjustSize();
    const int gap = fontMetrics().height();
    const int scrollBar = m_view->verticalScrollBar()->isVisible() ? m_view->verticalScrollBar()->width() : 0;
    m_backToNow->move(m_view->width() - scrollBar - m_backToNow->width() - gap,
        m_view->height() - m_backToNow->height() - gap);
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/quote.h"
#include "core/settings.h"
#include "core/timecode.h"
#include "core/transcriptfile.h"
#include "core/transcriptmodel.h"
#include "core/transcriptwriter.h"
#include "episode/alignmentjob.h"
#include "episode/episodekey.h"
#include "episode/listeningrules.h"
#include "media/playbackbackend.h"
#include "ui/findbar.h"
#include "ui/seekbar.h"
#include "ui/shortcutsdialog.h"
#include "ui/steadyslider.h"
#include "ui/theme.h"
#include "ui/transcriptview.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QBoxLayout>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

namespace hark {

namespace {

// The button property that names the style icon drawn on it (MainWindow::setSymbol).
constexpr char kSymbol[] = "harkSymbol";
constexpr int kTickMs = 30; // the highlight's refresh while playing, between the player's ~100 ms reports

// A picture's bytes decoded no larger than @p size device pixels a side (a 3000-pixel cover shown at 70 is
// never held whole); null when they are not a picture.
QPixmap decodePicture(const QByteArray &bytes, int size, qreal devicePixelRatio)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    if (const QSize full = reader.size(); full.isValid() && std::max(full.width(), full.height()) > size)
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
    QPixmap picture = QPixmap::fromImage(reader.read());
    picture.setDevicePixelRatio(devicePixelRatio);
    return picture;
}

} // namespace

MainWindow::MainWindow(PlaybackBackend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
{
    m_backend->setParent(this);
    buildUi();

    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    // While playing, where it is gets remembered now and then (not in the tick): a crash loses little.
    m_rememberTimer = new QTimer(this);
    m_rememberTimer->setInterval(10'000);
    connect(m_rememberTimer, &QTimer::timeout, this, &MainWindow::rememberEpisode);
    setAcceptDrops(true);

    connect(m_backend, &PlaybackBackend::positionChanged, this, [this](qint64 ms) {
        m_clock.sync(ms, m_backend->rate(), m_backend->state() == PlaybackBackend::State::Playing);
        if (!m_seekBar->isSliderDown())
            updateTransport();
        tick();
    });
    connect(m_backend, &PlaybackBackend::durationChanged, this, [this](qint64 ms) {
        m_seekBar->setRange(0, int(ms));
        sizeTimeLabels();
        updateTransport();
        spreadProvisionally();
    });
    connect(m_backend, &PlaybackBackend::stateChanged, this, [this](PlaybackBackend::State state) {
        const bool playing = state == PlaybackBackend::State::Playing;
        m_clock.sync(m_backend->position(), m_backend->rate(), playing);
        setSymbol(m_playButton, playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay);
        m_playButton->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
        playing ? m_ticker->start() : m_ticker->stop();
        playing ? m_rememberTimer->start() : m_rememberTimer->stop();
        if (!playing)
            rememberEpisode();
        tick();
    });
    connect(m_backend, &PlaybackBackend::loaded, this, [this] {
        m_seekBar->setRange(0, int(m_backend->duration()));
        updateTransport();
    });
    connect(m_backend, &PlaybackBackend::errorOccurred, this,
        [this](const QString &message) { showMessage(tr("Cannot play the audio: %1").arg(message)); });
    connect(m_backend, &PlaybackBackend::outputLost, this, [this](const QString &device) {
        showMessage(
            tr("Paused: the sound output “%1” went away. Play goes on through the one left.").arg(device));
    });

    connect(m_view, &TranscriptView::clicked, this, [this](int s, int w) { seekToWord(s, w, false); });
    connect(m_view, &TranscriptView::activated, this, [this](int s, int w) { seekToWord(s, w, true); });
    connect(m_view, &TranscriptView::followingChanged, this, [this](bool following) {
        if (!following) {
            placeBackToNow();
            m_backToNow->raise();
        }
        m_backToNow->setVisible(!following);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    // The alignment's progress, at the right of the status bar while it runs.
    m_alignLabel = new QLabel(this);
    m_alignProgress = new QProgressBar(this);
    m_alignProgress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_alignProgress->setTextVisible(false);
    m_alignProgress->setAccessibleName(tr("Alignment progress"));
    m_alignCancel = new QToolButton(this);
    m_alignCancel->setText(tr("Cancel"));
    m_alignCancel->setObjectName(QStringLiteral("align-cancel"));
    m_alignCancel->setToolTip(tr("Stop aligning; the provisional times stay"));
    connect(m_alignCancel, &QToolButton::clicked, this, [this] {
        if (m_alignment)
            m_alignment->cancel();
    });
    statusBar()->addPermanentWidget(m_alignLabel);
    statusBar()->addPermanentWidget(m_alignProgress);
    statusBar()->addPermanentWidget(m_alignCancel);
    for (QWidget *w : std::initializer_list<QWidget *> { m_alignLabel, m_alignProgress, m_alignCancel })
        w->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Header: cover, title, show and date.
    auto *header = new QWidget(central);
    auto *headerLayout = new QHBoxLayout(header);
    m_cover = new QLabel(header);
    const int coverSize = fontMetrics().height() * 4;
    m_cover->setFixedSize(coverSize, coverSize);
    m_cover->setScaledContents(true);
    m_cover->setAccessibleName(tr("Cover art"));
    m_cover->setObjectName(QStringLiteral("cover"));
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    quietenSubtitle();
    titles->addStretch();
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addStretch();
    headerLayout->addWidget(m_cover);
    headerLayout->addLayout(titles, 1);
    layout->addWidget(header);

    m_model = new TranscriptModel(this);
    // New times (provisional, then aligned) move find's marks on the seek bar.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (!roles.contains(TranscriptModel::StartRole))
                return;
            if (!m_view->matches().isEmpty())
                showMatchMarks();
            if (!m_model->transcript().chapters.isEmpty())
                placeChapterStarts(); // the headings go where the new times put them
        });
    connect(m_model, &TranscriptModel::currentChanged, this, [this](int segment, int, int previous, int) {
        if (segment != previous && segment >= 0)
            m_rules.lineStarted(m_model->timeIndex().segmentEnd(segment));
    });
    m_chapterDock = new QDockWidget(tr("Chapters"), this);
    m_chapterDock->setObjectName(QStringLiteral("chapters"));
    m_chapterList = new QListWidget(m_chapterDock);
    m_chapterList->setAccessibleName(tr("Chapters"));
    m_chapterDock->setWidget(m_chapterList);
    addDockWidget(Qt::RightDockWidgetArea, m_chapterDock);
    m_chapterDock->hide();
    // A click or Enter goes to the chapter; moving through the list with the arrow keys does not.
    connect(m_chapterList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { seekTo(item->data(Qt::UserRole).toLongLong()); });
    connect(m_chapterList, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { seekTo(item->data(Qt::UserRole).toLongLong()); });

    m_bookmarkDock = new QDockWidget(tr("Bookmarks"), this);
    m_bookmarkDock->setObjectName(QStringLiteral("bookmarks"));
    m_bookmarkTree = new QTreeWidget(m_bookmarkDock);
    m_bookmarkTree->setAccessibleName(tr("Bookmarks"));
    m_bookmarkTree->setHeaderLabels({ tr("Time"), tr("Note") });
    m_bookmarkTree->setRootIsDecorated(false);
    m_bookmarkTree->setEditTriggers(QAbstractItemView::NoEditTriggers); // only the note, below
    m_bookmarkDock->setWidget(m_bookmarkTree);
    addDockWidget(Qt::RightDockWidgetArea, m_bookmarkDock);
    m_bookmarkDock->hide();
    connect(m_bookmarkTree, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { seekTo(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_bookmarkTree, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { seekTo(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_bookmarkTree, &QTreeWidget::itemDoubleClicked, this,
        [this](QTreeWidgetItem *item) { m_bookmarkTree->editItem(item, 1); });
    connect(m_bookmarkTree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const int row = m_bookmarkTree->indexOfTopLevelItem(item);
        if (column != 1 || row < 0 || row >= m_bookmarks.size() || m_bookmarks[row].note == item->text(1))
            return;
        m_bookmarks[row].note = item->text(1);
        keepBookmarks();
    });
    auto *editNote = new QAction(tr("Edit the Note"), m_bookmarkTree);
    editNote->setShortcut(QKeySequence(Qt::Key_F2));
    editNote->setShortcutContext(Qt::WidgetShortcut);
    connect(editNote, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = m_bookmarkTree->currentItem())
            m_bookmarkTree->editItem(item, 1);
    });
    auto *remove = new QAction(tr("Delete the Bookmark"), m_bookmarkTree);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        const int row = m_bookmarkTree->indexOfTopLevelItem(m_bookmarkTree->currentItem());
        if (row < 0)
            return;
        m_bookmarks.removeAt(row);
        keepBookmarks();
        showBookmarks();
    });
    m_bookmarkTree->addActions({ editNote, remove });
    m_bookmarkTree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_findBar = new FindBar(central);
    m_findBar->hide();
    layout->addWidget(m_findBar);
    m_view = new TranscriptView(central);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    connect(m_findBar, &FindBar::queryChanged, this, &MainWindow::find);
    connect(m_findBar, &FindBar::nextRequested, this, [this] { stepMatch(+1); });
    connect(m_findBar, &FindBar::previousRequested, this, [this] { stepMatch(-1); });
    connect(m_findBar, &FindBar::seekRequested, this, [this] {
        if (const qint64 time = matchTime(m_view->currentMatch()); time != kNoTime) {
            seekTo(time);
            m_view->setFollowing(true);
            play();
        }
    });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_view->setMatches({}, -1);
        m_seekBar->setMarks({});
        m_view->setFocus(Qt::OtherFocusReason);
    });
    // The text to find in changes with the transcript shown (the view has dropped its matches by now).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_search.setTranscript(m_model->transcript());
        if (m_findBar->isVisible())
            find(m_findBar->query());
    });
    m_backToNow = new QPushButton(tr("Back to now"), m_view);
    m_backToNow->setToolTip(tr("Follow the episode again (.)"));
    m_backToNow->setIcon(style()->standardIcon(QStyle::SP_ArrowDown)); // a disc of its own: not redrawn
    m_backToNow->hide();
    connect(m_backToNow, &QPushButton::clicked, this, &MainWindow::backToNow);
    m_view->installEventFilter(this);

    // Transport.
    auto *transport = new QWidget(central);
    auto *row = new QHBoxLayout(transport);
    auto button = [&](QStyle::StandardPixmap icon, const QString &text, const QString &tip) {
        auto *b = new QToolButton(transport);
        setSymbol(b, icon);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(text);
        row->addWidget(b);
        return b;
    };
    auto *back = button(QStyle::SP_MediaSeekBackward, tr("Back 15 seconds"), tr("Back 15 seconds"));
    connect(back, &QToolButton::clicked, this, [this] { seekBy(-15'000); });
    m_playButton = button(QStyle::SP_MediaPlay, tr("Play"), tr("Play (Space)"));
    connect(m_playButton, &QToolButton::clicked, this, &MainWindow::playPause);
    auto *forward = button(QStyle::SP_MediaSeekForward, tr("Forward 30 seconds"), tr("Forward 30 seconds"));
    connect(forward, &QToolButton::clicked, this, [this] { seekBy(30'000); });
    m_elapsed = new QLabel(QStringLiteral("0:00"), transport);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_elapsed);
    m_seekBar = new SeekBar(transport);
    m_seekBar->setAccessibleName(tr("Position"));
    m_seekBar->setToolTip(tr("Where the episode is (Left, Right: 5 seconds; J, L: 15 back, 30 on)"));
    row->addWidget(m_seekBar, 1);
    connect(m_seekBar, &QSlider::sliderReleased, this, [this] { seekTo(m_seekBar->value()); });
    connect(m_seekBar, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove)
            QTimer::singleShot(0, this, [this] { seekTo(m_seekBar->value()); });
    });
    m_remaining = new QLabel(QStringLiteral("-0:00"), transport);
    row->addWidget(m_remaining);
    sizeTimeLabels();
    m_modesLabel = new QLabel(transport);
    m_modesLabel->setAccessibleName(tr("Listening modes"));
    m_modesLabel->hide();
    row->addWidget(m_modesLabel);
    m_syncLabel = new QLabel(transport);
    m_syncLabel->setAccessibleName(tr("Sync offset"));
    m_syncLabel->hide();
    row->addWidget(m_syncLabel);
    m_speed = new QComboBox(transport);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Playback speed (the pitch changes with it)"));
    for (double rate : { 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 })
        m_speed->addItem(tr("%1×").arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(2);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        m_backend->setRate(m_speed->currentData().toDouble());
        m_clock.sync(
            m_backend->position(), m_backend->rate(), m_backend->state() == PlaybackBackend::State::Playing);
        Q_EMIT playbackSettingsChanged();
    });
    row->addWidget(m_speed);
    m_mute = button(QStyle::SP_MediaVolume, tr("Mute"), tr("Mute (M)"));
    m_mute->setCheckable(true);
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        m_backend->setMuted(muted);
        setSymbol(m_mute, muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume);
    });
    m_volume = new QSlider(Qt::Horizontal, transport);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume (Ctrl+Up, Ctrl+Down)"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) {
        m_backend->setVolume(float(v) / 100.0f);
        Q_EMIT playbackSettingsChanged();
    });
    row->addWidget(m_volume);
    layout->addWidget(transport);
    setCentralWidget(central);

    buildActions();
    showChapters();
    m_view->setFocus();
    // Until a size is kept: 150 average characters by 50 lines of the system font (900 × 700 at 9 pt).
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 50);
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

    QMenu *file = menuBar()->addMenu(tr("&File"));
    action(file, "open", tr("&Open Episode…"), { QKeySequence::Open }, &MainWindow::chooseEpisode);
    m_openTranscript
        = action(file, "open-transcript", tr("Open &Transcript…"), {}, &MainWindow::chooseTranscript);
    m_alignAction
        = action(file, "align", tr("&Align the Transcript to the Audio"), {}, &MainWindow::alignTranscript);
    m_alignAction->setEnabled(false);
    m_alignAction->setStatusTip(
        tr("Listen to the audio for the time of every word of the transcript (offline)"));
    // Ctrl+Shift+S where the platform has no Save As key of its own (a desktop without KDE or GNOME).
    QList<QKeySequence> saveAs = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (!saveAs.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)))
        saveAs.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    action(file, "export", tr("&Export Transcript…"), saveAs, &MainWindow::chooseExport);
    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setEnabled(false); // until there are settings to read them from
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    action(file, "quit", tr("&Quit"), { QKeySequence::Quit }, &QWidget::close);

    QMenu *play = menuBar()->addMenu(tr("&Playback"));
    action(play, "play-pause", tr("&Play/Pause"), key(Qt::Key_Space, Qt::Key_K), &MainWindow::playPause);
    action(play, "replay-line", tr("&Replay the Current Line"), key(Qt::Key_R), &MainWindow::replayLine);
    play->addSeparator();
    action(play, "back-5", tr("Back 5 Seconds"), key(Qt::Key_Left), [this] { seekBy(-5000); });
    action(play, "forward-5", tr("Forward 5 Seconds"), key(Qt::Key_Right), [this] { seekBy(5000); });
    action(play, "back-15", tr("Back 15 Seconds"), key(Qt::Key_J), [this] { seekBy(-15'000); });
    action(play, "forward-30", tr("Forward 30 Seconds"), key(Qt::Key_L), [this] { seekBy(30'000); });
    action(play, "previous-line", tr("Pre&vious Line"), key(Qt::CTRL | Qt::Key_Left),
        [this] { seekToLine(-1); });
    action(play, "next-line", tr("&Next Line"), key(Qt::CTRL | Qt::Key_Right), [this] { seekToLine(+1); });
    m_previousChapter = action(play, "previous-chapter", tr("Previous &Chapter"),
        key(Qt::CTRL | Qt::Key_PageUp), [this] { seekToChapter(-1); });
    m_nextChapter = action(play, "next-chapter", tr("Next C&hapter"), key(Qt::CTRL | Qt::Key_PageDown),
        [this] { seekToChapter(+1); });
    action(play, "bookmark", tr("Add a Boo&kmark"), key(Qt::CTRL | Qt::Key_B), &MainWindow::addBookmark);
    QMenu *jump = play->addMenu(tr("&Jump To"));
    for (int tenth = 0; tenth <= 9; ++tenth) {
        const QByteArray id = "jump-" + QByteArray::number(tenth * 10);
        action(jump, id.constData(), tr("%1 %").arg(tenth * 10), key(Qt::Key_0 + tenth),
            [this, tenth] { seekTo(m_backend->duration() * tenth / 10); });
    }
    play->addSeparator();
    action(play, "slower", tr("&Slower"), key(Qt::Key_BracketLeft), [this] { stepSpeed(-1); });
    action(play, "faster", tr("&Faster"), key(Qt::Key_BracketRight), [this] { stepSpeed(+1); });
    action(play, "normal-speed", tr("N&ormal Speed"), key(Qt::Key_Equal), [this] { stepSpeed(0); });
    play->addSeparator();
    action(play, "volume-up", tr("Volume &Up"), key(Qt::CTRL | Qt::Key_Up),
        [this] { m_volume->setValue(m_volume->value() + 5); });
    action(play, "volume-down", tr("Volume Do&wn"), key(Qt::CTRL | Qt::Key_Down),
        [this] { m_volume->setValue(m_volume->value() - 5); });
    m_muteAction
        = action(play, "mute", tr("&Mute"), key(Qt::Key_M), [this](bool on) { m_mute->setChecked(on); });
    m_muteAction->setCheckable(true);
    connect(m_mute, &QToolButton::toggled, m_muteAction, &QAction::setChecked);
    play->addSeparator();
    QAction *pauseAfter
        = action(play, "pause-after-lines", tr("Pause Aft&er Each Line"), key(Qt::Key_P), [this](bool on) {
              m_rules.setPauseAfterLines(on);
              showModes();
          });
    pauseAfter->setCheckable(true);
    action(play, "loop-start", tr("Loop From Here (&A)"), key(Qt::Key_A), [this] {
        m_loopMark = m_clock.now();
        showMessage(tr("Loop from %1: press B where it should end.").arg(timecode::formatClock(m_loopMark)));
    });
    action(play, "loop-end", tr("Loop To Here (&B)"), key(Qt::Key_B), [this] {
        if (m_loopMark == kNoTime)
            m_loopMark = 0;
        m_rules.setLoop(m_loopMark, m_clock.now());
        if (const auto loop = m_rules.loop())
            seekTo(loop->from);
        showModes();
    });
    action(play, "loop-selection", tr("Loop the Selec&tion"), key(Qt::SHIFT | Qt::Key_A),
        &MainWindow::loopSelection);
    action(play, "loop-clear", tr("En&d the Loop"), key(Qt::SHIFT | Qt::Key_B), [this] {
        m_rules.clearLoop();
        m_loopMark = kNoTime;
        showModes();
    });
    play->addSeparator();
    action(play, "sync-earlier", tr("Transcript Earl&ier (50 ms)"), key(Qt::Key_Z),
        [this] { setSyncOffset(m_syncOffset - 50); });
    action(play, "sync-later", tr("Transcript &Later (50 ms)"), key(Qt::Key_X),
        [this] { setSyncOffset(m_syncOffset + 50); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    action(
        edit, "copy-quote", tr("Copy &Quote"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyQuote);
    action(edit, "copy-moment", tr("Copy &Moment"), key(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        &MainWindow::copyMoment);
    edit->addSeparator();
    action(edit, "find", tr("&Find…"), { QKeySequence::Find }, [this] { m_findBar->open(); });
    action(edit, "find-next", tr("Find &Next"), { QKeySequence::FindNext }, [this] {
        if (!m_findBar->isVisible())
            m_findBar->open();
        stepMatch(+1);
    });
    action(edit, "find-previous", tr("Find &Previous"), { QKeySequence::FindPrevious }, [this] {
        if (!m_findBar->isVisible())
            m_findBar->open();
        stepMatch(-1);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Reading comfort: the text size and the spacing, kept in the settings.
    const auto zoom = [this](int steps) {
        m_view->setTextZoom(std::clamp(steps, -5, 10));
        if (m_settings)
            m_settings->setTextZoom(m_view->textZoom());
    };
    action(view, "zoom-in", tr("&Larger Text"),
        { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) },
        [this, zoom] { zoom(m_view->textZoom() + 1); });
    action(view, "zoom-out", tr("&Smaller Text"), { QKeySequence::ZoomOut },
        [this, zoom] { zoom(m_view->textZoom() - 1); });
    action(view, "zoom-normal", tr("&Normal Text Size"), key(Qt::CTRL | Qt::Key_0), [zoom] { zoom(0); });
    m_compactAction = action(view, "compact-spacing", tr("Com&pact Spacing"), {}, [this](bool on) {
        m_view->setCompactSpacing(on);
        if (m_settings)
            m_settings->setCompactSpacing(on);
    });
    m_compactAction->setCheckable(true);
    // Colours: the desktop's, or Hark's own light or dark ones (Qt 6.4 cannot tell which the desktop uses).
    QMenu *colours = view->addMenu(tr("C&olours"));
    auto *schemes = new QActionGroup(this);
    for (const auto &[scheme, id, text] :
        { std::tuple { theme::Scheme::System, "colours-system", tr("As the De&sktop") },
            std::tuple { theme::Scheme::Light, "colours-light", tr("&Light") },
            std::tuple { theme::Scheme::Dark, "colours-dark", tr("&Dark") } }) {
        QAction *a = action(colours, id, text, {}, [this, scheme = scheme] { setColorScheme(scheme); });
        a->setCheckable(true);
        a->setData(theme::schemeName(scheme));
        schemes->addAction(a);
    }
    m_schemeActions = schemes;
    view->addSeparator();
    QAction *chapters = m_chapterDock->toggleViewAction();
    chapters->setObjectName(QStringLiteral("chapters-panel"));
    chapters->setText(tr("&Chapters"));
    view->addAction(chapters);
    QAction *bookmarks = m_bookmarkDock->toggleViewAction();
    bookmarks->setObjectName(QStringLiteral("bookmarks-panel"));
    bookmarks->setText(tr("Boo&kmarks"));
    view->addAction(bookmarks);
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
    action(help, "shortcuts", tr("&Keyboard Shortcuts"),
        key(Qt::Key_Question, Qt::SHIFT | Qt::Key_Question, Qt::Key_F1), [this] {
            if (!m_shortcuts)
                m_shortcuts = new ShortcutsDialog(menuBar(), this);
            m_shortcuts->show();
            m_shortcuts->raise();
        });
}

bool MainWindow::exportTranscript(const QString &path, Format format, QString *error)
{
    if (!m_episode || m_model->transcript().segments.isEmpty()) {
        *error = tr("there is no transcript to export");
        return false;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    for (const QString &own :
        { m_episode->audioPath(), m_episode->transcriptPath(), m_episode->alignedFrom() }) {
        if (!own.isEmpty() && QFileInfo(own).absoluteFilePath() == target) {
            *error = tr("%1 is the episode's own file: Hark does not write over it")
                         .arg(QFileInfo(path).fileName());
            return false;
        }
    }
    // The times as shown: computed ones included, the sync offset applied.
    Transcript shown = m_model->transcript();
    shown.shiftTimes(m_syncOffset);
    const TranscriptWriter::Result written
        = TranscriptWriter::write(shown, format, { .words = false, .bookmarks = m_bookmarks });
    if (!written.ok()) {
        *error = written.error;
        return false;
    }
    return TranscriptFile::save(path, written.text, error);
}

void MainWindow::chooseExport()
{
    if (!m_episode)
        return;
    struct Choice
    {
        Format format;
        QString filter;
    };
    const QList<Choice> choices { { Format::WebVtt, tr("WebVTT (*.vtt)") },
        { Format::Srt, tr("SubRip (*.srt)") }, { Format::PodcastJson, tr("Podcasting 2.0 JSON (*.json)") },
        { Format::Text, tr("Plain text (*.txt)") }, { Format::Markdown, tr("Markdown (*.md)") } };
    QStringList filters;
    for (const Choice &c : choices)
        filters.append(c.filter);
    const QFileInfo audio(
        m_episode->audioPath().isEmpty() ? m_episode->transcriptPath() : m_episode->audioPath());
    QString filter = filters.first();
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Transcript"),
        audio.dir().filePath(tr("%1 (transcript).vtt").arg(audio.completeBaseName())), filters.join(u";;"),
        &filter);
    if (path.isEmpty())
        return;
    Format format = formatFromName(QFileInfo(path).suffix());
    if (!isWritable(format) || format == Format::Unknown)
        format = choices[std::max<qsizetype>(0, filters.indexOf(filter))].format;
    if (QString error; !exportTranscript(path, format, &error))
        showMessage(tr("Cannot export to %1: %2").arg(QFileInfo(path).fileName(), error));
    else
        showMessage(tr("Exported the transcript to %1.").arg(QFileInfo(path).fileName()));
}

void MainWindow::addBookmark()
{
    if (!canPlay())
        return;
    const qint64 at = m_clock.now();
    const auto place = std::upper_bound(
        m_bookmarks.begin(), m_bookmarks.end(), at, [](qint64 t, const Bookmark &b) { return t < b.at; });
    const int row = int(place - m_bookmarks.begin());
    m_bookmarks.insert(row, Bookmark { at, {} });
    keepBookmarks();
    showBookmarks();
    // The note is optional: typed now, or Escape, or later with F2.
    m_bookmarkDock->show();
    QTreeWidgetItem *item = m_bookmarkTree->topLevelItem(row);
    m_bookmarkTree->setCurrentItem(item);
    m_bookmarkTree->editItem(item, 1);
    showMessage(tr("Bookmarked %1. Type a note if you like (Enter), or go on listening.")
                    .arg(timecode::formatClock(at)));
}

void MainWindow::showBookmarks()
{
    const QSignalBlocker quiet(m_bookmarkTree); // filling it is no edit
    m_bookmarkTree->clear();
    QList<qint64> times;
    for (const Bookmark &b : std::as_const(m_bookmarks)) {
        auto *item = new QTreeWidgetItem(m_bookmarkTree, { timecode::formatClock(b.at), b.note });
        item->setData(0, Qt::UserRole, b.at);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        times.append(b.at);
    }
    m_seekBar->setBookmarks(times);
    if (!m_bookmarks.isEmpty())
        m_bookmarkDock->show();
}

void MainWindow::keepBookmarks()
{
    if (m_settings)
        m_settings->setBookmarks(m_episodeKey, m_bookmarks);
}

void MainWindow::copyQuote()
{
    const Transcript &t = m_model->transcript();
    const std::optional<TranscriptView::WordSpan> span = m_view->selectedWords();
    // The selected words, else the line playing.
    const int segment = span ? span->firstSegment : m_model->currentSegment();
    if (segment < 0 || segment >= t.segments.size()) {
        showMessage(tr("Select the words to quote first."));
        return;
    }
    const QString words = span ? m_view->selectedText() : t.segments[segment].text;
    const TimeIndex &index = m_model->timeIndex();
    qint64 at = span && span->firstWord >= 0 ? index.wordStart(segment, span->firstWord) : kNoTime;
    if (at == kNoTime)
        at = index.segmentStart(segment);
    const quote::Source source { t.speakerName(t.segments[segment].speaker),
        m_episode ? m_episode->show() : QString(), m_episode ? m_episode->title() : QString(),
        at == kNoTime ? -1 : at };
    auto *data = new QMimeData;
    data->setText(quote::plain(words, source));
    data->setHtml(quote::html(words, source));
    QGuiApplication::clipboard()->setMimeData(data);
    showMessage(tr("Copied: %1").arg(data->text()));
}

void MainWindow::copyMoment()
{
    if (!canPlay())
        return;
    const QString command = quote::momentCommand(m_episode->audioPath(), m_clock.now());
    QGuiApplication::clipboard()->setText(command);
    showMessage(tr("Copied a command that opens this moment: %1").arg(command));
}

void MainWindow::find(const QString &query)
{
    const QList<TranscriptSearch::Match> matches = m_search.find(query);
    // The first match from where the episode is, so that finding does not lose the place.
    const int here = std::max(0, m_model->currentSegment());
    const auto from = std::lower_bound(matches.cbegin(), matches.cend(), here,
        [](const TranscriptSearch::Match &m, int segment) { return m.segment < segment; });
    const int current = matches.isEmpty() ? -1 : from == matches.cend() ? 0 : int(from - matches.cbegin());
    m_view->setMatches(matches, current);
    m_view->showCurrentMatch();
    m_findBar->setResult(current, int(matches.size()));
    showMatchMarks();
}

void MainWindow::showMatchMarks()
{
    const qsizetype count = m_view->matches().size();
    QList<qint64> marks;
    marks.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (const qint64 time = matchTime(i); time != kNoTime)
            marks.append(time);
    }
    m_seekBar->setMarks(marks);
}

void MainWindow::stepMatch(int direction)
{
    const int total = int(m_view->matches().size());
    if (total == 0)
        return;
    const int current = (m_view->currentMatch() + direction + total) % total;
    m_view->setMatches(m_view->matches(), current);
    m_view->showCurrentMatch();
    m_findBar->setResult(current, total);
}

qint64 MainWindow::matchTime(int match) const
{
    const QList<TranscriptSearch::Match> &matches = m_view->matches();
    if (match < 0 || match >= matches.size())
        return kNoTime;
    const TranscriptSearch::Match &m = matches[match];
    const QList<Word> &words = m_model->transcript().segments[m.segment].words;
    // The word the match starts in (or the first after it), else the line.
    const auto word = std::partition_point(
        words.cbegin(), words.cend(), [&](const Word &w) { return w.from + w.length <= m.from; });
    const TimeIndex &index = m_model->timeIndex();
    const qint64 time
        = word != words.cend() ? index.wordStart(m.segment, int(word - words.cbegin())) : kNoTime;
    return time != kNoTime ? time : index.segmentStart(m.segment);
}

void MainWindow::replayLine()
{
    const int segment = m_model->currentSegment();
    const qint64 start = m_model->timeIndex().segmentStart(segment);
    if (start == kNoTime)
        return;
    seekTo(start);
    if (m_backend->state() != PlaybackBackend::State::Playing)
        m_backend->play();
}

void MainWindow::seekToLine(int direction)
{
    const TimeIndex &index = m_model->timeIndex();
    const qint64 now = m_clock.now();
    const int segment = direction < 0 ? index.previousSegment(now) : index.nextSegment(now);
    if (const qint64 start = index.segmentStart(segment); start != kNoTime)
        seekTo(start);
}

bool MainWindow::seekToChapter(int direction)
{
    const Transcript &t = m_model->transcript();
    const qint64 now = m_clock.now();
    qint64 start = direction < 0 ? t.previousChapterStart(now) : t.nextChapterStart(now);
    // Under a chapter's heading before the chapter starts, that chapter is the one shown: next is the one
    // after it.
    if (direction > 0 && start != kNoTime && m_chapter >= 0
        && start == m_seekBar->chapters().value(m_chapter))
        start = t.nextChapterStart(start);
    if (start == kNoTime)
        return false;
    seekTo(start);
    return true;
}

void MainWindow::showChapters()
{
    const bool chapters = !m_model->transcript().chapters.isEmpty();
    m_previousChapter->setEnabled(chapters);
    m_nextChapter->setEnabled(chapters);
    m_chapterList->clear();
    QList<qint64> starts;
    // Chapters' pictures, decoded once at the size shown. Hidden chapters count here: changing the picture
    // is what they are for.
    m_artStarts.clear();
    m_artPictures.clear();
    const int pictureSize = int(std::ceil(m_cover->width() * devicePixelRatioF()));
    QPixmap listedPicture; // one the list shows
    for (const Chapter &c : m_model->transcript().chapters) {
        const QPixmap picture = decodePicture(c.imageData, pictureSize, devicePixelRatioF());
        m_artStarts.append(c.start);
        m_artPictures.append(picture);
        if (c.hidden) // Podcasting 2.0 "toc": false: a chapter for the player's display only
            continue;
        auto *item = new QListWidgetItem(
            tr("%1  %2").arg(timecode::formatClock(c.start), c.title.isEmpty() ? tr("Untitled") : c.title),
            m_chapterList);
        if (!picture.isNull()) {
            item->setIcon(QIcon(picture));
            listedPicture = picture;
        }
        item->setData(Qt::UserRole, c.start);
        item->setToolTip(m_episode ? tr("From %1").arg(m_episode->chaptersFrom()) : QString());
        starts.append(c.start);
    }
    // When some listed chapters have pictures, the others get a blank one: the titles line up and the rows
    // are as tall as each other.
    if (!listedPicture.isNull()) {
        QPixmap blank(listedPicture.size());
        blank.setDevicePixelRatio(listedPicture.devicePixelRatio());
        blank.fill(Qt::transparent);
        for (int i = 0; i < m_chapterList->count(); ++i) {
            if (m_chapterList->item(i)->icon().isNull())
                m_chapterList->item(i)->setIcon(QIcon(blank));
        }
    }
    m_seekBar->setChapters(starts);
    m_chapterDock->setVisible(!starts.isEmpty());
    m_art = -2;
    placeChapterStarts();
}

void MainWindow::placeChapterStarts()
{
    const Transcript &transcript = m_model->transcript();
    m_chapterFrom.clear();
    QList<qint64> headedFrom(transcript.chapters.size(), -1); // by chapter: the start of the line it heads
    for (const auto &[segment, chapter] : transcript.chapterHeadings())
        headedFrom[chapter] = transcript.segments[segment].start;
    for (qsizetype c = 0; c < transcript.chapters.size(); ++c) {
        if (transcript.chapters[c].hidden)
            continue;
        qint64 from = transcript.chapters[c].start;
        if (headedFrom[c] >= 0)
            from = std::min(from, headedFrom[c]);
        if (!m_chapterFrom.isEmpty()) // in order, whatever the headings
            from = std::max(from, m_chapterFrom.constLast());
        m_chapterFrom.append(from);
    }
    m_chapter = -2; // shown afresh
    showChapter();
}

void MainWindow::showChapter()
{
    // The last chapter (in the list) that has started, or whose heading stands above the line playing:
    // marked in the list and named in the window title. One binary search per tick.
    const qint64 now = m_clock.now();
    if (const int art
        = int(std::upper_bound(m_artStarts.cbegin(), m_artStarts.cend(), now) - m_artStarts.cbegin()) - 1;
        art != m_art) {
        m_art = art;
        const QPixmap &picture = art >= 0 ? m_artPictures[art] : QPixmap();
        m_cover->setPixmap(picture.isNull() ? m_episodeCover : picture);
    }
    const int current
        = int(std::upper_bound(m_chapterFrom.cbegin(), m_chapterFrom.cend(), now) - m_chapterFrom.cbegin())
        - 1;
    if (current == m_chapter)
        return;
    if (QListWidgetItem *old = m_chapter >= 0 ? m_chapterList->item(m_chapter) : nullptr) {
        QFont f = old->font();
        f.setBold(false);
        old->setFont(f);
    }
    m_chapter = current;
    QString title = m_episode ? m_episode->title() : QString();
    if (QListWidgetItem *item = current >= 0 ? m_chapterList->item(current) : nullptr) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        m_chapterList->scrollToItem(item);
        const Chapter &c = m_model->transcript().chapters[chapterIndex(current)];
        if (!c.title.isEmpty())
            title = tr("%1 — %2").arg(title, c.title);
    }
    setWindowTitle(title.isEmpty() ? tr("Hark") : tr("%1 — Hark").arg(title));
    // Screen readers learn of the new chapter through the window's name; Qt 6.4 does not say it changed.
    QAccessibleEvent renamed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&renamed);
}

qsizetype MainWindow::chapterIndex(int row) const
{
    // The list leaves hidden chapters out: its row counts the shown ones only.
    const QList<Chapter> &chapters = m_model->transcript().chapters;
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        if (!chapters[i].hidden && row-- == 0)
            return i;
    }
    return -1;
}

void MainWindow::setSettings(Settings *settings)
{
    m_settings = settings;
    if (m_settings && !m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    m_recent->setEnabled(m_settings != nullptr);
    if (m_settings) {
        m_view->setTextZoom(m_settings->textZoom());
        m_view->setCompactSpacing(m_settings->compactSpacing());
        m_compactAction->setChecked(m_settings->compactSpacing());
        setColorScheme(theme::schemeFromName(m_settings->colorScheme()));
    }
}

void MainWindow::setColorScheme(theme::Scheme scheme)
{
    theme::apply(scheme);
    for (QAction *a : m_schemeActions->actions())
        a->setChecked(a->data().toString() == theme::schemeName(scheme));
    if (m_settings && m_settings->colorScheme() != theme::schemeName(scheme)) // not the saved one again
        m_settings->setColorScheme(theme::schemeName(scheme));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        sizeTimeLabels();
    if (event->type() == QEvent::PaletteChange) {
        quietenSubtitle();
        for (QAbstractButton *button : findChildren<QAbstractButton *>()) {
            if (const QVariant symbol = button->property(kSymbol); symbol.isValid())
                setSymbol(button, QStyle::StandardPixmap(symbol.toInt()));
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setSymbol(QAbstractButton *button, QStyle::StandardPixmap symbol)
{
    button->setProperty(kSymbol, int(symbol));
    button->setIcon(theme::symbolicIcon(style()->standardIcon(symbol), palette()));
}

void MainWindow::quietenSubtitle()
{
    // The subtitle is quieter than the title, and still readable (WCAG AA) on the window.
    const QColor window = palette().color(QPalette::Window);
    QPalette quiet = m_subtitle->palette();
    quiet.setColor(QPalette::WindowText,
        theme::textOn(
            theme::over(palette().color(QPalette::PlaceholderText), window), window, theme::kReadable));
    m_subtitle->setPalette(quiet);
}

void MainWindow::rememberEpisode()
{
    if (!m_settings || !m_episode || m_episodeKey.isEmpty())
        return;
    qint64 position = m_clock.now();
    if (position == m_openedAt.first)
        position = m_openedAt.second;
    const qint64 duration = m_backend->duration();
    if (duration > 0 && position > duration - kFinishedMs)
        position = 0; // heard to the end: next time from the start
    m_settings->setEpisode(
        m_episodeKey, { position, m_speed->currentData().toDouble(), m_syncOffset, m_episode->audioPath() });
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = m_settings ? m_settings->recentEpisodes() : QStringList();
    for (const QString &path : recent) {
        QAction *a
            = m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] { openEpisode(path); });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent episodes"))->setEnabled(false);
    m_recent->addSeparator();
    QAction *clear
        = m_recent->addAction(tr("&Clear List"), this, [this] { m_settings->clearRecentEpisodes(); });
    clear->setObjectName(QStringLiteral("clear-recent"));
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    rememberEpisode();
    if (m_settings) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->sync();
    }
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
    if (!urls.isEmpty() && urls.first().isLocalFile() && openEpisode(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::stepSpeed(int direction)
{
    if (direction == 0)
        m_speed->setCurrentIndex(m_speed->findData(1.0));
    else
        m_speed->setCurrentIndex(std::clamp(m_speed->currentIndex() + direction, 0, m_speed->count() - 1));
}

void MainWindow::setSyncOffset(qint64 ms)
{
    m_syncOffset = ms;
    m_model->setOffset(m_syncOffset);
    m_syncLabel->setText(tr("Sync %1 s").arg(QLocale().toString(double(m_syncOffset) / 1000.0, 'f', 2)));
    m_syncLabel->setToolTip(m_syncOffset > 0
            ? tr("The transcript is shown %n ms later than written (Z, X)", "", int(m_syncOffset))
            : tr("The transcript is shown %n ms earlier than written (Z, X)", "", int(-m_syncOffset)));
    m_syncLabel->setVisible(m_syncOffset != 0);
    tick();
}

bool MainWindow::openEpisode(
    const QString &path, bool paused, std::optional<qint64> startAt, const QString &transcriptPath)
{
    QString error;
    auto episode = Episode::open(path, &error, transcriptPath);
    if (!episode) {
        showMessage(error);
        return false;
    }
    rememberEpisode();
    stopAlignment();
    m_episode = std::move(episode);
    // What was remembered of this episode (found again after a move or a rename): a few seconds before
    // where it was left, at the speed and sync offset it had. A time asked for wins.
    m_episodeKey = m_episode->audioPath().isEmpty() ? QString() : episodeKey(m_episode->audioPath());
    const std::optional<EpisodeMemory> memory
        = m_settings ? m_settings->episode(m_episodeKey) : std::optional<EpisodeMemory>();
    const qint64 at = startAt.value_or(memory ? std::max<qint64>(0, memory->position - kResumeBackMs) : 0);
    // Opened and closed again without moving, the episode keeps the place it was left at (not 5 s earlier).
    m_openedAt = { at, memory && !startAt ? memory->position : at };
    m_view->setFollowing(true);
    m_model->setPosition(at);
    setSyncOffset(memory ? memory->syncOffset : 0);
    if (const int speed = memory ? m_speed->findData(memory->rate) : -1; speed >= 0)
        m_speed->setCurrentIndex(speed);
    m_model->setTranscript(m_episode->transcript());
    showChapters();
    m_bookmarks = m_settings ? m_settings->bookmarks(m_episodeKey) : QList<Bookmark>();
    m_bookmarkDock->hide();
    showBookmarks();
    if (m_settings) {
        const QString opened
            = m_episode->audioPath().isEmpty() ? QFileInfo(path).absoluteFilePath() : m_episode->audioPath();
        m_settings->addRecentEpisode(opened);
        m_settings->setLastEpisode(opened);
    }
    m_title->setText(m_episode->title());
    QStringList sub;
    if (!m_episode->show().isEmpty())
        sub.append(m_episode->show());
    if (m_episode->date().isValid())
        sub.append(QLocale().toString(m_episode->date(), QLocale::LongFormat));
    else if (m_episode->year() > 0)
        sub.append(QString::number(m_episode->year()));
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    m_episodeCover = decodePicture(
        m_episode->cover(), int(std::ceil(m_cover->width() * devicePixelRatioF())), devicePixelRatioF());
    if (m_episodeCover.isNull())
        m_episodeCover = style()->standardIcon(QStyle::SP_MediaVolume).pixmap(m_cover->size());
    m_art = -2;
    showChapter(); // the cover, or the picture of the chapter playing
    statusBar()->clearMessage();
    if (!m_episode->problems().isEmpty())
        showMessage(m_episode->problems().join(QStringLiteral("  ")));
    m_openTranscript->setEnabled(!m_episode->audioPath().isEmpty());
    m_alignAction->setEnabled(!m_episode->audioPath().isEmpty() && m_episode->transcript().wordCount() > 0);
    if (m_episode->needsAlignment())
        alignTranscript();

    m_clock.sync(at, 1.0, false);
    if (!m_episode->audioPath().isEmpty()) {
        // The backend holds a seek or play asked before the audio has loaded until it has; so does a jump
        // the user makes meanwhile, which then wins over the start position.
        m_backend->load(QUrl::fromLocalFile(m_episode->audioPath()));
        if (at > 0)
            m_backend->setPosition(at);
        if (!paused)
            m_backend->play();
    }
    tick();
    Q_EMIT episodeChanged();
    return true;
}

void MainWindow::alignTranscript()
{
    if (!m_episode || m_episode->audioPath().isEmpty() || m_model->transcript().wordCount() == 0)
        return;
    stopAlignment();
    m_alignment = std::make_unique<AlignmentJob>(
        m_episode->audioPath(), m_model->transcript(), m_episode->alignmentSource());
    connect(m_alignment.get(), &AlignmentJob::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_alignProgress->setRange(0, 1000);
        m_alignProgress->setValue(int(done * 1000 / total));
        // Time left at the pace so far (shown once there is a pace to go by).
        const qint64 spent = QDateTime::currentMSecsSinceEpoch() - m_alignStartedAt;
        if (done > 0 && spent > 1000)
            m_alignLabel->setText(tr("Aligning the transcript: %1 left")
                                      .arg(timecode::formatClock((total - done) * spent / done)));
    });
    connect(m_alignment.get(), &AlignmentJob::finished, this, &MainWindow::alignmentFinished);
    m_alignStartedAt = QDateTime::currentMSecsSinceEpoch();
    m_alignProgress->setRange(0, 0); // busy until the first figures
    m_alignLabel->setText(tr("Aligning the transcript to the audio…"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_alignLabel, m_alignProgress, m_alignCancel })
        w->show();
    m_alignAction->setEnabled(false);
    m_alignment->start();
    spreadProvisionally(); // if the transcript has no times of its own
}

void MainWindow::spreadProvisionally()
{
    if (!m_alignment || !m_alignment->isRunning()
        || (!m_model->timeIndex().isEmpty() && !m_model->isProvisional()))
        return;
    const qint64 duration = m_backend->duration() > 0 ? m_backend->duration() : m_episode->duration();
    if (duration <= 0 || duration == kNoTime)
        return; // until the backend knows
    m_model->setTimes(AlignmentJob::spreadEvenly(m_model->transcript(), duration));
    m_model->setProvisional(true);
}

void MainWindow::stopAlignment()
{
    // Cancelled, and left to end on its own (within a second) rather than waited for: opening another
    // episode does not stall. The window deletes it at the latest, and then waits.
    if (AlignmentJob *job = m_alignment.release()) {
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
        if (job->isRunning()) {
            job->setParent(this);
            connect(job, &AlignmentJob::finished, job, &QObject::deleteLater);
        } else {
            delete job;
        }
    }
    for (QWidget *w : std::initializer_list<QWidget *> { m_alignLabel, m_alignProgress, m_alignCancel })
        w->hide();
}

void MainWindow::alignmentFinished(
    const AlignmentResult &result, const QString &keptPath, const QString &keepError)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_alignLabel, m_alignProgress, m_alignCancel })
        w->hide();
    m_alignAction->setEnabled(true);
    if (!result.transcript) {
        showMessage(
            result.cancelled || result.error.isEmpty() ? tr(
                "Alignment cancelled: the times shown are provisional. File ▸ Align the Transcript to the "
                "Audio starts it again.")
                                                       : tr("Cannot align the transcript: %1")
                                                             .arg(result.error));
        return;
    }
    m_model->setTimes(*result.transcript);
    m_model->setProvisional(false);
    const align::AlignReport &r = result.report;
    QString message = tr("Aligned %n words by listening to the audio", nullptr, r.recognized + r.forced);
    if (r.interpolated > 0)
        message += tr("; %n estimated (underlined)", nullptr, r.interpolated);
    if (keptPath.isEmpty())
        message += tr(". Not kept: %1").arg(keepError);
    else if (QFileInfo(keptPath).absolutePath() == QFileInfo(m_episode->audioPath()).absolutePath())
        message += tr(". Kept as %1.").arg(QFileInfo(keptPath).fileName());
    else // a read-only folder, or a file of that name that Hark did not write
        message += tr(". Kept in Hark's cache folder (%1).").arg(QFileInfo(keptPath).absolutePath());
    if (!r.fallback.isEmpty())
        message = tr("Spread evenly: %1").arg(r.fallback);
    showMessage(message);
}

bool MainWindow::openTranscript(const QString &transcriptPath)
{
    if (!m_episode || m_episode->audioPath().isEmpty())
        return openEpisode(transcriptPath);
    const bool playing = m_backend->state() == PlaybackBackend::State::Playing;
    QString error;
    auto episode = Episode::open(m_episode->audioPath(), &error, transcriptPath);
    if (!episode || episode->transcript().segments.isEmpty()) {
        showMessage(episode ? episode->problems().join(QStringLiteral("  ")) : error);
        return false;
    }
    // The audio stays loaded and where it is; only the text and its timings change.
    stopAlignment();
    m_episode = std::move(episode);
    m_view->setFollowing(true);
    m_model->setTranscript(m_episode->transcript());
    showChapters();
    showMessage(tr("Showing %1.").arg(QFileInfo(transcriptPath).fileName()));
    m_alignAction->setEnabled(m_episode->transcript().wordCount() > 0);
    if (m_episode->needsAlignment())
        alignTranscript();
    m_clock.sync(m_backend->position(), m_backend->rate(), playing);
    tick();
    Q_EMIT episodeChanged();
    return true;
}

void MainWindow::chooseEpisode()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Episode"), QString(),
        tr("Episodes and transcripts (*.mp3 *.m4a *.m4b *.aac *.ogg *.oga *.opus *.flac *.wav *.vtt *.srt "
           "*.json *.lrc *.html *.htm *.txt);;All files (*)"));
    if (!path.isEmpty())
        openEpisode(path);
}

void MainWindow::chooseTranscript()
{
    const QString dir = m_episode && !m_episode->audioPath().isEmpty()
        ? QFileInfo(m_episode->audioPath()).absolutePath()
        : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Transcript"), dir,
        tr("Transcripts (*.vtt *.srt *.json *.lrc *.html *.htm *.txt);;All files (*)"));
    if (!path.isEmpty())
        openTranscript(path);
}

void MainWindow::playPause()
{
    if (m_backend->state() == PlaybackBackend::State::Playing)
        m_backend->pause();
    else
        m_backend->play();
}

void MainWindow::play()
{
    if (canPlay() && m_backend->state() != PlaybackBackend::State::Playing)
        m_backend->play();
}

void MainWindow::pause()
{
    if (m_backend->state() == PlaybackBackend::State::Playing)
        m_backend->pause();
}

void MainWindow::next()
{
    if (!seekToChapter(+1))
        seekBy(30'000);
}

void MainWindow::previous()
{
    if (!seekToChapter(-1))
        seekBy(-15'000);
}

bool MainWindow::canPlay() const
{
    return m_episode && !m_episode->audioPath().isEmpty();
}

double MainWindow::rate() const
{
    return m_speed->currentData().toDouble();
}

void MainWindow::setRate(double rate)
{
    int nearest = 0;
    for (int i = 1; i < m_speed->count(); ++i) {
        if (std::abs(m_speed->itemData(i).toDouble() - rate)
            < std::abs(m_speed->itemData(nearest).toDouble() - rate))
            nearest = i;
    }
    m_speed->setCurrentIndex(nearest);
}

double MainWindow::volume() const
{
    return m_volume->value() / 100.0;
}

void MainWindow::setVolume(double volume)
{
    m_volume->setValue(int(std::lround(std::clamp(volume, 0.0, 1.0) * 100)));
}

void MainWindow::openFromOutside(const QString &path, bool paused, std::optional<qint64> at)
{
    const bool same = m_episode && !m_episode->audioPath().isEmpty()
        && QFileInfo(path).canonicalFilePath() == QFileInfo(m_episode->audioPath()).canonicalFilePath();
    if (!path.isEmpty() && !same) {
        openEpisode(path, paused, at);
    } else if (at) {
        seekTo(*at);
        if (!paused)
            play();
    }
    comeForward();
}

void MainWindow::comeForward()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::seekBy(qint64 ms)
{
    seekTo(std::max<qint64>(0, m_clock.now() + ms));
}

void MainWindow::seekTo(qint64 ms)
{
    if (m_backend->duration() > 0)
        ms = std::min(ms, m_backend->duration());
    m_backend->setPosition(ms);
    m_clock.sync(ms, m_backend->rate(), m_backend->state() == PlaybackBackend::State::Playing);
    updateTransport();
    tick();
    Q_EMIT seeked(ms);
}

void MainWindow::seekToWord(int segment, int word, bool play)
{
    if (!m_episode)
        return;
    const TimeIndex &index = m_model->timeIndex();
    qint64 time = word >= 0 ? index.wordStart(segment, word) : kNoTime;
    if (time == kNoTime)
        time = index.segmentStart(segment);
    if (time == kNoTime) {
        showMessage(tr("This line has no time yet."));
        return;
    }
    seekTo(time);
    if (play && m_backend->state() != PlaybackBackend::State::Playing)
        m_backend->play();
}

void MainWindow::backToNow()
{
    m_view->setFollowing(true);
}

void MainWindow::tick()
{
    const qint64 now = m_clock.now();
    m_model->setPosition(now);
    showChapter();
    if (m_backend->state() != PlaybackBackend::State::Playing)
        return;
    const ListeningRules::Decision decision = m_rules.at(now);
    if (decision.action == ListeningRules::Action::Pause)
        m_backend->pause();
    else if (decision.action == ListeningRules::Action::Jump)
        seekTo(decision.to);
}

void MainWindow::loopSelection()
{
    const std::optional<TranscriptView::WordSpan> span = m_view->selectedWords();
    if (!span) {
        showMessage(tr("Select the words to loop first."));
        return;
    }
    // From the first selected word (or its line) to where the last one ends: the next word's start, else
    // the end of its line.
    const TimeIndex &index = m_model->timeIndex();
    qint64 from = index.wordStart(span->firstSegment, span->firstWord);
    if (from == kNoTime)
        from = index.segmentStart(span->firstSegment);
    qint64 to = span->lastWord >= 0 ? index.wordStart(span->lastSegment, span->lastWord + 1) : kNoTime;
    if (to == kNoTime)
        to = index.segmentEnd(span->lastSegment);
    if (from == kNoTime || to == kNoTime) {
        showMessage(tr("The selection has no times to loop between."));
        return;
    }
    m_rules.setLoop(from, to);
    if (const auto loop = m_rules.loop())
        seekTo(loop->from);
    showModes();
}

void MainWindow::showModes()
{
    QStringList modes;
    if (const auto loop = m_rules.loop())
        modes.append(
            tr("Loop %1–%2").arg(timecode::formatClock(loop->from), timecode::formatClock(loop->to)));
    if (m_rules.pausesAfterLines())
        modes.append(tr("Pausing after each line"));
    m_modesLabel->setText(modes.join(QStringLiteral(" · ")));
    m_modesLabel->setVisible(!modes.isEmpty());
}

void MainWindow::updateTransport()
{
    const qint64 position = m_clock.now();
    const qint64 duration = m_backend->duration();
    if (!m_seekBar->isSliderDown())
        m_seekBar->setValue(int(position));
    m_elapsed->setText(timecode::formatClock(position));
    m_remaining->setText(duration > 0 ? u'-' + timecode::formatClock(std::max<qint64>(0, duration - position))
                                      : QStringLiteral("-:--"));
}

void MainWindow::sizeTimeLabels()
{
    // As wide as the longest time the episode has, and fixed: a label whose size follows its text makes
    // the transport row lay itself out again every second (a tenth of a playing window's work, measured).
    if (!m_elapsed || !m_remaining) // a font change while the window is being built
        return;
    const qint64 duration = std::max<qint64>(0, m_backend->duration());
    QString widest = u'-' + timecode::formatClock(duration);
    for (QChar &c : widest) {
        if (c.isDigit())
            c = u'0';
    }
    for (QLabel *label : { m_elapsed, m_remaining }) {
        const QString text = label->text();
        label->setMinimumSize(0, 0);
        label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        label->setText(widest);
        label->setFixedSize(label->sizeHint()); // both ways: Qt lays out again unless minimum == maximum
        label->setText(text);
    }
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

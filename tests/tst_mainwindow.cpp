// SPDX-License-Identifier: GPL-3.0-or-later
// The player window on the offscreen platform, driven through a fake backend.
#include "core/settings.h"
#include "core/transcriptfile.h"
#include "episode/episodekey.h"
#include "fakebackend.h"
#include "ui/bookmarkpanel.h"
#include "ui/chapterpanel.h"
#include "ui/findbar.h"
#include "ui/mainwindow.h"
#include "ui/seekbar.h"
#include "ui/shortcutsdialog.h"
#include "ui/theme.h"
#include "ui/transcriptview.h"
#include "windowfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QWheelEvent>
#include <QWindow>

using namespace hark;

namespace {

// Collects what a widget is asked to paint.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget) { widget->installEventFilter(this); }
    QRegion region;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            region += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

} // namespace

// The window's label with that accessible name (the transport bar's indicators have one each).
QLabel *labelNamed(const MainWindow &w, const QString &name)
{
    for (QLabel *label : w.findChildren<QLabel *>())
        if (label->accessibleName() == name)
            return label;
    return nullptr;
}

QLabel *modesLabel(const MainWindow &w)
{
    return labelNamed(w, QStringLiteral("Listening modes"));
}

// Drags with the mouse from the start of one word to the end of another, as a user selects text.
void dragSelect(TranscriptView *view, const QRect &from, const QRect &to)
{
    const QPoint end = to.topRight() + QPoint(-1, to.height() / 2);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from.topLeft() + QPoint(1, from.height() / 2));
    QTest::mouseMove(view->viewport(), to.center());
    QTest::mouseMove(view->viewport(), end);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, end);
}

// A window on the fake backend (the sample episode opened in it by open()).
using Shown = test::Window<>;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QString m_sample;

    // The sample as ep.mp3 in @p dir, its transcript with three chapters in the header: 0:10, 0:30, 0:50.
    bool writeEpisodeWithChapters(const QTemporaryDir &dir)
    {
        QFile vtt(QFINDTESTDATA("../resources/sample/welcome.vtt"));
        if (!QFile::copy(m_sample, dir.filePath("ep.mp3")) || !vtt.open(QIODevice::ReadOnly))
            return false;
        QByteArray text = vtt.readAll();
        text.replace("Title:", "Chapter: 0:10 One\nChapter: 0:30 Two\nChapter: 0:50 Three\nTitle:");
        QFile out(dir.filePath("ep.vtt"));
        return out.open(QIODevice::WriteOnly) && out.write(text) == text.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = QFINDTESTDATA("../resources/sample/welcome.mp3");
        QVERIFY(!m_sample.isEmpty());
    }

    void opensAndFollowsTheWords()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/false));
        MainWindow &w = shown.window;
        test::FakeBackend *backend = shown.backend;
        QCOMPARE(backend->state(), PlaybackBackend::State::Playing);
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("Welcome to Hark")));

        // "Hark," is the third word of the first line, spoken from 1.121 s (welcome.vtt).
        backend->setPosition(1200);
        QCOMPARE(w.transcriptView()->currentSegment(), 0);
        QCOMPARE(w.transcriptView()->currentWord(), 2);
        backend->setPosition(6000);
        QCOMPARE(w.transcriptView()->currentSegment(), 1);

        const QString shot = qEnvironmentVariable("HARK_SCREENSHOT");
        if (!shot.isEmpty())
            QVERIFY(w.grab().save(shot));
    }

    // Ctrl+F: find as you type, from where the episode is; Enter / Shift+Enter and F3 / Shift+F3 move through
    // the matches, round the end; Ctrl+Enter plays from one; Escape closes and gives the transcript the
    // focus.
    void findMovesThroughMatches()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        MainWindow &w = shown.window;
        QVERIFY(QTest::qWaitForWindowActive(&w));
        TranscriptView *view = w.transcriptView();
        auto *bar = w.findChild<FindBar *>();
        auto *seekBar = w.findChild<SeekBar *>();
        QVERIFY(bar && seekBar);
        QVERIFY(!bar->isVisible());
        w.session().seekTo(26'000); // in the sixth line: "Nice. And if I scroll away…"
        QTest::keySequence(&w, QKeySequence::Find);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->field()->hasFocus());
        QLabel *count = labelNamed(w, QStringLiteral("Matches"));
        QVERIFY(count);

        QTest::keyClicks(bar->field(), QStringLiteral("HÄRK")); // case and accents do not matter
        // "Hark" is in lines 1, 5, 7, 9 and 11 (welcome.vtt); the first from the sixth line on is the third.
        QCOMPARE(view->matches().size(), 5);
        QCOMPARE(view->currentMatch(), 2);
        QCOMPARE(view->matches()[2], (TranscriptSearch::Match { 6, 0, 4 }));
        QCOMPARE(count->text(), QStringLiteral("3 of 5"));
        QCOMPARE(seekBar->marks(), (QList<qint64> { 1121, 20'082, 28'459, 39'524, 60'345 }));
        QVERIFY(!view->textRegion(6, 0, 4).isEmpty());

        const auto press = [&](auto... keys) {
            QTest::keySequence(QApplication::focusWidget(), QKeySequence(keys...));
            return count->text();
        };
        QCOMPARE(press(Qt::Key_Return), QStringLiteral("4 of 5"));
        QCOMPARE(press(Qt::SHIFT | Qt::Key_Return), QStringLiteral("3 of 5"));
        QCOMPARE(press(Qt::Key_F3), QStringLiteral("4 of 5"));
        QCOMPARE(press(Qt::SHIFT | Qt::Key_F3), QStringLiteral("3 of 5"));
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QCOMPARE(press(Qt::Key_Return), QStringLiteral("1 of 5")); // round the end
        QCOMPARE(press(Qt::SHIFT | Qt::Key_Return), QStringLiteral("5 of 5"));
        QVERIFY(!view->isFollowing()); // the view went to the match, away from the episode
        QCOMPARE(shown.backend->position(), qint64(26'000)); // moving through matches does not seek

        press(Qt::CTRL | Qt::Key_Return);
        QCOMPARE(shown.backend->position(), qint64(60'345));
        QCOMPARE(shown.backend->state(), PlaybackBackend::State::Playing);
        QVERIFY(view->isFollowing());

        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(view->matches().isEmpty());
        QVERIFY(seekBar->marks().isEmpty());
        QTRY_VERIFY(view->hasFocus());
    }

    void findStates_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("count");
        QTest::addColumn<int>("marks");
        QTest::addRow("nothing typed") << ""
                                       << "" << 0;
        QTest::addRow("spaces only") << "   "
                                     << "" << 0;
        QTest::addRow("no match: said calmly") << "zebra"
                                               << "No matches" << 0;
        QTest::addRow("one") << "keyboard"
                             << "1 of 1" << 1;
        QTest::addRow("a phrase") << "back to now"
                                  << "1 of 1" << 1;
    }

    void findStates()
    {
        QFETCH(QString, query);
        QFETCH(QString, count);
        QFETCH(int, marks);
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        QTest::keySequence(&shown.window, QKeySequence::Find);
        auto *bar = shown.window.findChild<FindBar *>();
        bar->field()->setText(query);
        QCOMPARE(labelNamed(shown.window, QStringLiteral("Matches"))->text(), count);
        QCOMPARE(shown.window.findChild<SeekBar *>()->marks().size(), marks);
        QCOMPARE(shown.window.transcriptView()->matches().size(), marks);
    }

    // Another transcript shown while the bar is open: its matches replace the old ones.
    void findFollowsTheTranscriptShown()
    {
        QTemporaryDir dir;
        QFile text(dir.filePath("other.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Hark once.\n\nAnd Hark twice.\n");
        text.close();
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        QTest::keySequence(&shown.window, QKeySequence::Find);
        shown.window.findChild<FindBar *>()->field()->setText(QStringLiteral("hark"));
        QCOMPARE(shown.window.transcriptView()->matches().size(), 5);
        QVERIFY(shown.window.session().openTranscript(text.fileName()));
        QCOMPARE(shown.window.transcriptView()->matches().size(), 2);
        QCOMPARE(labelNamed(shown.window, QStringLiteral("Matches"))->text(), QStringLiteral("1 of 2"));
    }

    // Copy Quote: the selected words (else the line playing) with who said them, where and when, as plain
    // text and HTML; Copy Moment: a command line that opens the episode there.
    void copyQuoteAndMoment()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        MainWindow &w = shown.window;
        TranscriptView *view = w.transcriptView();
        // "What if I want to hear" (line 4, Theo, from 15.788 s): its words 0 to 5.
        dragSelect(view, view->wordRect(3, 0), view->wordRect(3, 5));
        QCOMPARE(view->selectedText(), QStringLiteral("What if I want to hear"));
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(copied->text(),
            QStringLiteral("“What if I want to hear” — Theo, Hark samples: Welcome to Hark (0:15)"));
        QCOMPARE(copied->html(),
            QStringLiteral("<blockquote>“What if I want to hear”</blockquote>"
                           "<p>— Theo, <i>Hark samples</i>: Welcome to Hark (0:15)</p>"));

        // Nothing selected: the line playing.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->wordRect(0, 0).center());
        w.session().seekTo(26'000);
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QCOMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral(
                "“Nice. And if I scroll away to read ahead?” — Theo, Hark samples: Welcome to Hark (0:25)"));

        w.session().seekTo(61'250);
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QCOMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral("hark --at 1:01.2 '%1'").arg(QFileInfo(m_sample).absoluteFilePath()));
    }

    // Export: the transcript as shown (here 200 ms later, by the sync offset) in each format; what Hark reads
    // back has the shifted times, and ffmpeg reads the WebVTT and SRT it writes.
    void exportWritesWhatIsShown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("readBack");
        QTest::addColumn<bool>("ffmpeg");
        QTest::addRow("WebVTT") << "out.vtt" << int(Format::WebVtt) << true << true;
        QTest::addRow("SRT") << "out.srt" << int(Format::Srt) << true << true;
        QTest::addRow("Podcasting 2.0 JSON") << "out.json" << int(Format::PodcastJson) << true << false;
        QTest::addRow("plain text") << "out.txt" << int(Format::Text) << false << false;
        QTest::addRow("Markdown") << "out.md" << int(Format::Markdown) << false << false;
    }

    void exportWritesWhatIsShown()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        QFETCH(bool, readBack);
        QFETCH(bool, ffmpeg);
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(&shown.window, Qt::Key_X); // +50 ms each
        QCOMPARE(shown.window.session().syncOffset(), qint64(200));
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(test::exportTo(shown.window.session(), path, Format(format), &error), qPrintable(error));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY(text.contains(u"podcast") && text.contains(u"Theo"));
        if (Format(format) == Format::Markdown)
            QVERIFY2(text.contains(u"**Theo** [0:05]"), qPrintable(text.left(300)));
        if (readBack) {
            const ReadResult r = TranscriptFile::read(path);
            QVERIFY2(r.ok(), qPrintable(r.error.format(name)));
            const Transcript &original = shown.window.session().episode()->transcript();
            QCOMPARE(r.transcript->segments.size(), original.segments.size());
            for (qsizetype i = 0; i < original.segments.size(); ++i) {
                QCOMPARE(r.transcript->segments[i].start, original.segments[i].start + 200);
                QCOMPARE(r.transcript->segments[i].end, original.segments[i].end + 200);
                QVERIFY(r.transcript->segments[i].text.endsWith(original.segments[i].text));
            }
            if (Format(format) == Format::WebVtt) // word times travel inline
                QCOMPARE(r.transcript->segments[0].words[2].start, original.segments[0].words[2].start + 200);
        }
        if (ffmpeg) {
            const QString converted
                = dir.filePath(QStringLiteral("ffmpeg.") + (name.endsWith(u"vtt") ? u"srt" : u"vtt"));
            QProcess p;
            p.start(QStringLiteral("ffmpeg"), { "-loglevel", "error", "-i", path, converted });
            QVERIFY(p.waitForFinished(30'000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            const ReadResult r = TranscriptFile::read(converted);
            QVERIFY2(r.ok(), qPrintable(r.error.format(converted)));
            QCOMPARE(r.transcript->segments.size(),
                shown.window.session().episode()->transcript().segments.size());
            QCOMPARE(r.transcript->segments[1].start, qint64(5749 + 200));
        }
    }

    void exportNeverWritesOverTheEpisodesFiles()
    {
        {
            Shown shown; // Ctrl+Shift+S even where the platform names no Save As key (as here)
            QVERIFY(shown.window.findChild<QAction *>(QStringLiteral("export"))
                        ->shortcuts()
                        .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
        }
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_sample, dir.filePath("ep.mp3")));
        QVERIFY(QFile::copy(QFINDTESTDATA("../resources/sample/welcome.vtt"), dir.filePath("ep.vtt")));
        Shown shown;
        QVERIFY(shown.open(dir.filePath("ep.mp3"), true));
        for (const char *own : { "ep.vtt", "ep.mp3" }) {
            const QByteArray before = [&] {
                QFile f(dir.filePath(own));
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }();
            QString error;
            QVERIFY(!test::exportTo(shown.window.session(), dir.filePath(own), Format::Srt, &error));
            QVERIFY2(error.contains(u"does not write over it"), qPrintable(error));
            QFile f(dir.filePath(own));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }
    }

    // Reading comfort: Ctrl+Plus / Ctrl+Minus / Ctrl+0 size the text, View › Compact Spacing tightens it, and
    // both are kept for the next window.
    void textSizeAndSpacingAreKept()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("hark.ini")));
        qreal normal = 0;
        int normalHeight = 0;
        {
            Shown shown { &settings };
            QVERIFY(shown.open(m_sample, true, QSize(800, 600)));
            TranscriptView *view = shown.window.transcriptView();
            normal = view->font().pointSizeF();
            normalHeight = view->verticalScrollBar()->maximum();
            QTest::keySequence(&shown.window, QKeySequence(Qt::CTRL | Qt::Key_Equal));
            QTest::keySequence(&shown.window, QKeySequence::ZoomIn);
            QCOMPARE(view->textZoom(), 2);
            QVERIFY(qAbs(view->font().pointSizeF() - normal * 1.21) < 0.01);
            QVERIFY(view->verticalScrollBar()->maximum() > normalHeight); // laid out again, larger
            QTest::keySequence(&shown.window, QKeySequence::ZoomOut);
            QCOMPARE(view->textZoom(), 1);
            const int zoomedHeight = view->verticalScrollBar()->maximum();
            shown.window.findChild<QAction *>(QStringLiteral("compact-spacing"))->trigger();
            QVERIFY(view->compactSpacing());
            QVERIFY(view->verticalScrollBar()->maximum() < zoomedHeight);
        }
        {
            Shown again { &settings }; // the next window: as it was left
            QVERIFY(again.open(m_sample, true, QSize(800, 600)));
            TranscriptView *view = again.window.transcriptView();
            QCOMPARE(view->textZoom(), 1);
            QVERIFY(view->compactSpacing());
            QVERIFY(again.window.findChild<QAction *>(QStringLiteral("compact-spacing"))->isChecked());
            QTest::keySequence(&again.window, QKeySequence(Qt::CTRL | Qt::Key_0));
            QCOMPARE(view->textZoom(), 0);
            QCOMPARE(view->font().pointSizeF(), normal);
            QCOMPARE(settings.textZoom(), 0);
        }
    }

    // Ctrl+B marks the moment and offers a note; the list seeks, edits and deletes; the marks show on the
    // seek bar; the episode keeps them; the Markdown export lists them.
    void bookmarksAreMadeKeptAndExported()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("hark.ini")));
        {
            Shown shown { &settings };
            QVERIFY(shown.open(m_sample, true));
            QVERIFY(QTest::qWaitForWindowActive(&shown.window));
            auto *tree = shown.window.findChild<BookmarkPanel *>();
            QVERIFY(tree);
            shown.window.session().seekTo(12'000);
            QTest::keySequence(&shown.window, QKeySequence(Qt::CTRL | Qt::Key_B));
            QVERIFY(tree->isVisible());
            QCOMPARE(tree->model()->rowCount(), 1);
            QTRY_VERIFY(
                QApplication::focusWidget() && QApplication::focusWidget() != tree); // the note's editor
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("the good bit"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            // The editor commits on the next turn of the event loop.
            QTRY_COMPARE(settings.bookmarks(episodeKey(m_sample)),
                (QList<Bookmark> { { 12'000, QStringLiteral("the good bit") } }));

            shown.window.session().seekTo(5000);
            QTest::keySequence(&shown.window, QKeySequence(Qt::CTRL | Qt::Key_B));
            QTRY_VERIFY(QApplication::focusWidget() != tree);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // no note
            QCOMPARE(tree->model()->rowCount(), 2);
            QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("0:05"));
            QCOMPARE(tree->model()->index(1, 0).data().toString(), QStringLiteral("0:12  the good bit"));
            QCOMPARE(
                tree->model()->index(1, 0).data(Qt::EditRole).toString(), QStringLiteral("the good bit"));
            QCOMPARE(shown.window.findChild<SeekBar *>()->bookmarks(), (QList<qint64> { 5000, 12'000 }));

            QTest::mouseClick(
                tree->viewport(), Qt::LeftButton, {}, tree->visualRect(tree->model()->index(1, 0)).center());
            QCOMPARE(shown.backend->position(), qint64(12'000));

            QString error;
            const QString md = dir.filePath(QStringLiteral("out.md"));
            QVERIFY2(test::exportTo(shown.window.session(), md, Format::Markdown, &error), qPrintable(error));
            QFile f(md);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            // Each before the paragraph it falls in: 0:05 in the first (0:00–0:05.2), 0:12 in Maya's from
            // 0:10.
            QVERIFY2(text.contains(u"> 🔖 [0:05]\n\n**Maya** [0:00]"), qPrintable(text));
            QVERIFY2(text.contains(u"> 🔖 [0:12] the good bit\n\n**Maya** [0:10]"), qPrintable(text));
            // In WebVTT, a NOTE before the cue each falls in; ffmpeg reads the file as the same cues.
            const QString vtt = dir.filePath(QStringLiteral("out.vtt"));
            QVERIFY2(test::exportTo(shown.window.session(), vtt, Format::WebVtt, &error), qPrintable(error));
            QFile v(vtt);
            QVERIFY(v.open(QIODevice::ReadOnly));
            const QString cues = QString::fromUtf8(v.readAll());
            QVERIFY2(cues.contains(u"NOTE Bookmark 00:00:12.000\nthe good bit\n\n00:00:10.526 -->"),
                qPrintable(cues));
            QProcess ffmpeg;
            const QString srt = dir.filePath(QStringLiteral("ffmpeg.srt"));
            ffmpeg.start(QStringLiteral("ffmpeg"), { "-loglevel", "error", "-i", vtt, srt });
            QVERIFY(ffmpeg.waitForFinished(30'000));
            QVERIFY2(ffmpeg.exitCode() == 0, ffmpeg.readAllStandardError().constData());
            const ReadResult converted = TranscriptFile::read(srt);
            QVERIFY(converted.ok());
            QCOMPARE(converted.transcript->segments.size(),
                shown.window.session().episode()->transcript().segments.size());

            tree->setCurrentIndex(tree->model()->index(0, 0));
            tree->setFocus();
            QTest::keyClick(tree, Qt::Key_Delete);
            QCOMPARE(tree->model()->rowCount(), 1);
        }
        Shown again { &settings }; // the next window: the one left
        QVERIFY(again.open(m_sample, true));
        auto *tree = again.window.findChild<BookmarkPanel *>();
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("the good bit"));
        QCOMPARE(again.window.findChild<SeekBar *>()->bookmarks(), (QList<qint64> { 12'000 }));
    }

    // Headphones unplugged: the backend pauses, and the window says why.
    void lostOutputIsExplained()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/false));
        shown.backend->loseOutput(QStringLiteral("Headphones"));
        QCOMPARE(shown.backend->state(), PlaybackBackend::State::Paused);
        const QString message = shown.window.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"“Headphones” went away"), qPrintable(message));
    }

    void clickSeeksToTheWordAndKeepsPaused()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        MainWindow &w = shown.window;
        test::FakeBackend *backend = shown.backend;
        QCOMPARE(backend->state(), PlaybackBackend::State::Paused);
        TranscriptView *view = w.transcriptView();
        // Segment 1's word 4 is "Maya," at 7.580 s.
        const QRect word = view->wordRect(1, 4);
        QVERIFY(word.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, word.center());
        QCOMPARE(backend->position(), qint64(7580));
        QCOMPARE(backend->state(), PlaybackBackend::State::Paused);
        QCOMPARE(view->currentSegment(), 1);
        QCOMPARE(view->currentWord(), 4);
        // A double-click seeks and plays.
        const QRect other = view->wordRect(0, 0);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, other.center());
        QCOMPARE(backend->position(), qint64(500)); // the first word starts with its line, at 0.500 s
        QCOMPARE(backend->state(), PlaybackBackend::State::Playing);
    }

    void askedBeforeTheAudioLoaded_data()
    {
        QTest::addColumn<bool>("paused");
        QTest::addColumn<qint64>("openAt");
        QTest::addColumn<qint64>("jumpTo"); // -1: no jump before the audio has loaded
        QTest::addColumn<bool>("pressPlay");
        QTest::addColumn<qint64>("expectedPosition");
        QTest::addColumn<bool>("expectPlaying");
        QTest::newRow("opened at 0:30, playing")
            << false << qint64(30'000) << qint64(-1) << false << qint64(30'000) << true;
        QTest::newRow("opened at 0:30, paused")
            << true << qint64(30'000) << qint64(-1) << false << qint64(30'000) << false;
        QTest::newRow("opened at 0:30, jumped to 1:00")
            << false << qint64(30'000) << qint64(60'000) << false << qint64(60'000) << true;
        QTest::newRow("opened paused at 0:30, jumped to 1:00, played")
            << true << qint64(30'000) << qint64(60'000) << true << qint64(60'000) << true;
        QTest::newRow("opened paused at the start, played")
            << true << qint64(0) << qint64(-1) << true << qint64(0) << true;
    }

    // What the user asks while the audio is still loading is what happens once it has: a jump made then wins
    // over the position the episode was opened at, and Play/Pause counts.
    void askedBeforeTheAudioLoaded()
    {
        QFETCH(bool, paused);
        QFETCH(qint64, openAt);
        QFETCH(qint64, jumpTo);
        QFETCH(bool, pressPlay);
        QFETCH(qint64, expectedPosition);
        QFETCH(bool, expectPlaying);
        test::Window fixture;
        auto *backend = fixture.backend;
        backend->loadsLater = true;
        MainWindow &w = fixture.window;
        QVERIFY(w.session().open(m_sample, paused, openAt));
        QVERIFY(backend->state() != PlaybackBackend::State::Playing);
        if (jumpTo >= 0)
            w.session().seekTo(jumpTo);
        if (pressPlay)
            w.session().playPause();
        backend->finishLoading();
        QCOMPARE(backend->position(), expectedPosition);
        QCOMPARE(backend->state() == PlaybackBackend::State::Playing, expectPlaying);
        QCOMPARE(backend->seeks, expectedPosition > 0 ? 1 : 0);
        // The window's clock runs on from there while playing.
        QVERIFY2(
            w.session().position() >= expectedPosition && w.session().position() < expectedPosition + 1000,
            qPrintable(QString::number(w.session().position())));
    }

    void hoverShowsTheWordsTime()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        MainWindow &w = shown.window;
        const QRect word = w.transcriptView()->wordRect(1, 4); // "Maya," at 7.580 s
        QWidget *viewport = w.transcriptView()->viewport();
        QMouseEvent move(QEvent::MouseMove, QPointF(word.center()),
            viewport->mapToGlobal(QPointF(word.center())), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("0:07"));
    }

    void dragSelectsAndDoesNotSeek()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        MainWindow &w = shown.window;
        test::FakeBackend *backend = shown.backend;
        TranscriptView *view = w.transcriptView();
        const int seeks = backend->seeks;
        dragSelect(view, view->wordRect(0, 0), view->wordRect(0, 2));
        QCOMPARE(backend->seeks, seeks);
        QCOMPARE(view->selectedText(), QStringLiteral("Welcome to Hark,"));
        const QString shot = qEnvironmentVariable("HARK_SELECTION_SCREENSHOT");
        if (!shot.isEmpty())
            QVERIFY(w.grab().save(shot));
    }

    // What a word, a line and the rest of the text look like: share of each area's pixels in the current
    // word's fill, the palette's highlight made readable under its text (the line and the rest are not
    // filled with it).
    void currentWordIsPaintedInTheHighlight_data()
    {
        QTest::addColumn<int>("segment");
        QTest::addColumn<int>("word");
        QTest::addColumn<double>("minShare");
        QTest::addColumn<double>("maxShare");
        QTest::newRow("the current word") << 0 << 2 << 0.5 << 1.0;
        QTest::newRow("another word of the current line") << 0 << 4 << 0.0 << 0.05;
        QTest::newRow("a word of another line") << 1 << 4 << 0.0 << 0.05;
    }

    void currentWordIsPaintedInTheHighlight()
    {
        QFETCH(int, segment);
        QFETCH(int, word);
        QFETCH(double, minShare);
        QFETCH(double, maxShare);
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        MainWindow &w = shown.window;
        TranscriptView *view = w.transcriptView();
        w.session().seekTo(1200); // "Hark," (segment 0, word 2)
        QCOMPARE(view->currentWord(), 2);
        const QImage image = view->viewport()->grab().toImage();
        const QRect rect = view->wordRect(segment, word).intersected(image.rect());
        QVERIFY(!rect.isEmpty());
        const QRgb highlight = theme::transcriptColours(view->palette()).word.rgb();
        int inHighlight = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            for (int x = rect.left(); x <= rect.right(); ++x)
                inHighlight += (image.pixel(x, y) & 0xffffff) == (highlight & 0xffffff);
        const double share = double(inHighlight) / double(rect.width() * rect.height());
        QVERIFY2(share >= minShare && share <= maxShare, qPrintable(QString::number(share)));
    }

    // What is on screen after playing a while (words, lines, scrolls, the seek bar moving: each repainted
    // only where it changed) is what painting the whole window afresh gives.
    void incrementalPaintsAddUpToAFreshPaint()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/false, QSize(700, 400)));
        MainWindow &w = shown.window;
        test::FakeBackend *backend = shown.backend;
        for (int i = 0; i < 400; ++i) {
            backend->advance(100);
            QCoreApplication::processEvents();
        }
        QVERIFY(w.transcriptView()->currentSegment() > 4); // it has scrolled
        const QImage onScreen = w.windowHandle()->screen()->grabWindow(w.winId()).toImage();
        const QImage fresh = w.grab().toImage().convertToFormat(onScreen.format());
        QCOMPARE(onScreen.size(), fresh.size());
        int differing = 0;
        for (int y = 0; y < fresh.height(); ++y)
            for (int x = 0; x < fresh.width(); ++x)
                differing += onScreen.pixel(x, y) != fresh.pixel(x, y);
        if (differing > 0) {
            onScreen.save(QDir::temp().filePath(QStringLiteral("hark-on-screen.png")));
            fresh.save(QDir::temp().filePath(QStringLiteral("hark-fresh.png")));
        }
        QCOMPARE(differing, 0);
    }

    // Every key of the keyboard table, on the sample (lines start at 0.5, 5.749, 10.526, 15.788, 18.665,
    // 25.126 s…; 74.37 s long on the fake backend). Each row checks one thing the keys change.
    void keys_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<bool>("playing");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QVariant>("expected");
        const auto row = [](const char *name, const QKeySequence &keys, bool playing, const char *what,
                             const QVariant &expected) {
            QTest::addRow("%s", name) << keys << playing << QString::fromLatin1(what) << expected;
        };
        row("Space plays", QKeySequence(Qt::Key_Space), false, "playing", true);
        row("K pauses", QKeySequence(Qt::Key_K), true, "playing", false);
        row("Left goes back 5 s", QKeySequence(Qt::Key_Left), false, "position", 15'000);
        row("Right goes on 5 s", QKeySequence(Qt::Key_Right), false, "position", 25'000);
        row("J goes back 15 s", QKeySequence(Qt::Key_J), false, "position", 5000);
        row("L goes on 30 s", QKeySequence(Qt::Key_L), false, "position", 50'000);
        row("Ctrl+Right: the next line", QKeySequence(Qt::CTRL | Qt::Key_Right), false, "position", 25'126);
        row("Ctrl+Left: the line before", QKeySequence(Qt::CTRL | Qt::Key_Left), false, "position", 15'788);
        row("0 jumps to the start", QKeySequence(Qt::Key_0), false, "position", 0);
        row("5 jumps to the middle", QKeySequence(Qt::Key_5), false, "position", 37'185);
        row("R replays the line", QKeySequence(Qt::Key_R), false, "position", 18'665);
        row("R plays", QKeySequence(Qt::Key_R), false, "playing", true);
        row("Ctrl+PgDn without chapters is off", QKeySequence(Qt::CTRL | Qt::Key_PageDown), false,
            "chapter keys on", false);
        row("[ slows down", QKeySequence(Qt::Key_BracketLeft), true, "rate", 0.75);
        row("] speeds up", QKeySequence(Qt::Key_BracketRight), true, "rate", 1.25);
        row("= goes back to normal speed",
            QKeySequence(Qt::Key_BracketRight, Qt::Key_BracketRight, Qt::Key_Equal), true, "rate", 1.0);
        row("Ctrl+Down lowers the volume", QKeySequence(Qt::CTRL | Qt::Key_Down), false, "volume", 0.95);
        row("Ctrl+Up after it raises it", QKeySequence(Qt::CTRL | Qt::Key_Down, Qt::CTRL | Qt::Key_Up), false,
            "volume", 1.0);
        row("M mutes", QKeySequence(Qt::Key_M), false, "muted", true);
        row("M twice unmutes", QKeySequence(Qt::Key_M, Qt::Key_M), false, "muted", false);
        row("X shows the transcript 50 ms later", QKeySequence(Qt::Key_X), false, "offset", 50);
        row("Z twice, 100 ms earlier", QKeySequence(Qt::Key_Z, Qt::Key_Z), false, "offset", -100);
        row("PgDn scrolls and stops following", QKeySequence(Qt::Key_PageDown), false, "following", false);
        row("End scrolls to the end", QKeySequence(Qt::Key_End), false, "following", false);
        row(". follows again", QKeySequence(Qt::Key_PageDown, Qt::Key_Period), false, "following", true);
        row("Ctrl+L follows again", QKeySequence(QKeyCombination(Qt::Key_PageDown), Qt::CTRL | Qt::Key_L),
            false, "following", true);
        row("? lists the shortcuts", QKeySequence(Qt::Key_Question), false, "shortcuts", true);
        row("Shift+? (as typed) lists the shortcuts", QKeySequence(Qt::SHIFT | Qt::Key_Question), false,
            "shortcuts", true);
        row("F1 lists the shortcuts", QKeySequence(Qt::Key_F1), false, "shortcuts", true);
    }

    void keys()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(bool, playing);
        QFETCH(QString, what);
        QFETCH(QVariant, expected);
        Shown shown;
        QVERIFY(shown.open(m_sample, !playing, QSize(700, 400)));
        MainWindow &w = shown.window;
        w.session().seekTo(20'000); // in the line from 18.665 s
        QTest::keySequence(&w, keys);
        if (what == u"playing")
            QCOMPARE(shown.backend->state() == PlaybackBackend::State::Playing, expected.toBool());
        else if (what == u"position")
            QCOMPARE(shown.backend->position(), expected.toLongLong());
        else if (what == u"rate")
            QCOMPARE(shown.backend->rate(), expected.toDouble());
        else if (what == u"volume")
            QCOMPARE(shown.backend->volume(), expected.toFloat());
        else if (what == u"muted")
            QCOMPARE(shown.backend->isMuted(), expected.toBool());
        else if (what == u"offset")
            QCOMPARE(w.session().syncOffset(), expected.toLongLong());
        else if (what == u"following")
            QCOMPARE(w.transcriptView()->isFollowing(), expected.toBool());
        else if (what == u"chapter keys on") {
            for (const char *id : { "previous-chapter", "next-chapter" })
                QCOMPARE(w.findChild<QAction *>(QLatin1String(id))->isEnabled(), expected.toBool());
            QCOMPARE(shown.backend->position(), 20'000);
        } else if (what == u"shortcuts")
            QTRY_VERIFY(w.findChild<ShortcutsDialog *>() && w.findChild<ShortcutsDialog *>()->isVisible());
        else
            QFAIL("unknown check");
    }

    // With chapters, Ctrl+PgUp/PgDn move between them (the sample with three chapters in its VTT header).
    void chapterKeys_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<qint64>("expected");
        const QKeySequence next(Qt::CTRL | Qt::Key_PageDown), previous(Qt::CTRL | Qt::Key_PageUp);
        QTest::addRow("next, from before the second") << qint64(20'000) << next << qint64(30'000);
        QTest::addRow("previous, from inside the second") << qint64(40'000) << previous << qint64(30'000);
        QTest::addRow("previous, just after a start: the one before")
            << qint64(31'000) << previous << qint64(10'000);
        QTest::addRow("next, in the last: stays") << qint64(55'000) << next << qint64(55'000);
        // From 0:28.459 the line under the heading of 0:30 plays: the second is already the one shown.
        QTest::addRow("next, under the second's heading before 0:30: the third")
            << qint64(29'000) << next << qint64(50'000);
        QTest::addRow("next, just before the second's heading: the second")
            << qint64(28'000) << next << qint64(30'000);
    }

    void chapterKeys()
    {
        QFETCH(qint64, from);
        QFETCH(QKeySequence, keys);
        QFETCH(qint64, expected);
        QTemporaryDir dir;
        QVERIFY(writeEpisodeWithChapters(dir));
        Shown shown;
        QVERIFY(shown.open(dir.filePath("ep.mp3"), true));
        QCOMPARE(shown.window.session().episode()->transcript().chapters.size(), 3);
        QVERIFY(shown.window.findChild<QAction *>(QStringLiteral("next-chapter"))->isEnabled());
        shown.window.session().seekTo(from);
        QTest::keySequence(&shown.window, keys);
        QCOMPARE(shown.backend->position(), expected);
    }

    void textReadsFromItsOwnSide_data()
    {
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("chapter");
        QTest::addColumn<bool>("rightToLeft");
        QTest::addRow("English, from the left")
            << QStringLiteral("Ana") << QStringList { "Welcome", "to", "the", "show." }
            << QStringLiteral("Opening") << false;
        QTest::addRow("Arabic, from the right")
            << QStringLiteral("المذيع") << QStringList { "مرحباً", "بكم", "في", "البودكاست." }
            << QStringLiteral("المقدمة") << true;
        QTest::addRow("Hebrew, from the right")
            << QStringLiteral("דנה") << QStringList { "ברוכים", "הבאים", "לפודקאסט", "שלנו." }
            << QStringLiteral("פתיחה") << true;
        QTest::addRow("a number, then Arabic: its first letter decides")
            << QStringLiteral("المذيع") << QStringList { "2026:", "مرحباً", "بكم", "جميعاً." }
            << QStringLiteral("المقدمة") << true;
        QTest::addRow("English quoting an Arabic word")
            << QStringLiteral("Ben") << QStringList { "Say", "مرحباً", "to", "everyone." }
            << QStringLiteral("Greetings") << false;
        QTest::addRow("Arabic naming an English word")
            << QStringLiteral("الضيف") << QStringList { "نستخدم", "Qt", "كل", "يوم." }
            << QStringLiteral("الأدوات") << true;
    }

    // A transcript in a language written from right to left is laid out from the right: its lines, its
    // speaker's name and its chapter's heading. A click on a word still plays that word.
    void textReadsFromItsOwnSide()
    {
        QFETCH(QString, speaker);
        QFETCH(QStringList, words);
        QFETCH(QString, chapter);
        QFETCH(bool, rightToLeft);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_sample, dir.filePath("ep.mp3")));
        QString cue = QStringLiteral("<v %1>").arg(speaker);
        for (qsizetype k = 0; k < words.size(); ++k)
            cue += (k ? QStringLiteral(" <00:00:0%1.000>").arg(k) : QString()) + words[k];
        QFile vtt(dir.filePath("ep.vtt"));
        QVERIFY(vtt.open(QIODevice::WriteOnly));
        vtt.write(QStringLiteral("WEBVTT\nChapter: 0:00 %1\n\n00:00:00.000 --> 00:00:05.000\n%2\n")
                      .arg(chapter, cue)
                      .toUtf8());
        vtt.close();
        Shown shown;
        QVERIFY(shown.open(dir.filePath("ep.mp3"), true, QSize(800, 500)));
        TranscriptView *view = shown.window.transcriptView();
        const int width = view->viewport()->width();
        // The first word at the side the text starts from, the others after it towards the other side.
        const QRect first = view->wordRect(0, 0);
        QVERIFY2(rightToLeft ? width - first.right() < width / 10 : first.left() < width / 10,
            qPrintable(QStringLiteral("%1–%2 of %3").arg(first.left()).arg(first.right()).arg(width)));
        for (int k = 1; k < words.size(); ++k) {
            const QRect before = view->wordRect(0, k - 1), rect = view->wordRect(0, k);
            QVERIFY2(rightToLeft ? rect.right() <= before.left() : rect.left() >= before.right(),
                qPrintable(words[k]));
        }
        // The speaker's name and the chapter's heading on the same side, within a pixel or two.
        const auto sameSide = [&](const QRect &r) {
            return rightToLeft ? std::abs(r.right() - first.right()) <= 2
                               : std::abs(r.left() - first.left()) <= 2;
        };
        const QRect name = view->speakerRect(0), heading = view->headingRect(0);
        QVERIFY(!name.isEmpty() && !heading.isEmpty());
        QVERIFY2(sameSide(name), qPrintable(QStringLiteral("name %1–%2").arg(name.left()).arg(name.right())));
        QVERIFY2(sameSide(heading),
            qPrintable(QStringLiteral("heading %1–%2").arg(heading.left()).arg(heading.right())));
        // What is drawn is where those say: the heading's ink lies within its rectangle.
        const QImage image = view->viewport()->grab().toImage();
        const QColor base = view->palette().color(QPalette::Base);
        int inkLeft = width, inkRight = -1;
        for (int y = heading.top(); y <= heading.bottom(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y) != base) {
                    inkLeft = std::min(inkLeft, x);
                    inkRight = std::max(inkRight, x);
                }
            }
        }
        QVERIFY(inkRight >= 0);
        QVERIFY2(inkLeft >= heading.left() - 1 && inkRight <= heading.right() + 1,
            qPrintable(QStringLiteral("ink %1–%2, heading %3–%4")
                           .arg(inkLeft)
                           .arg(inkRight)
                           .arg(heading.left())
                           .arg(heading.right())));
        // A click on each word plays from it.
        for (int k = 0; k < words.size(); ++k) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->wordRect(0, k).center());
            QCOMPARE(shown.backend->position(), qint64(k * 1000));
        }
        // A drag from before the line's first word to past its last, each on its own side, selects the line.
        const QRect last = view->wordRect(0, int(words.size()) - 1);
        const int y = first.center().y();
        const QPoint press(rightToLeft ? first.right() + 4 : first.left() - 4, y);
        const QPoint release(rightToLeft ? last.left() - 4 : last.right() + 4, y);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, press);
        QTest::mouseMove(view->viewport(), view->wordRect(0, 1).center());
        QTest::mouseMove(view->viewport(), release);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, release);
        const auto selected = view->selectedWords();
        QVERIFY(selected);
        QCOMPARE(selected->firstWord, 0);
        QCOMPARE(selected->lastWord, int(words.size()) - 1);
        QCOMPARE(view->selectedText(), words.join(u' '));
    }

    // Chapters: a list beside the transcript (click to go there, the current one in bold), notches on the
    // seek bar, and the current one in the window title. Without chapters, none of it shows.
    void chaptersAreListedMarkedAndNamed()
    {
        QTemporaryDir dir;
        QVERIFY(writeEpisodeWithChapters(dir));
        Shown shown;
        QVERIFY(shown.open(dir.filePath("ep.mp3"), true));
        MainWindow &w = shown.window;
        auto *list = w.findChild<ChapterPanel *>();
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->model()->rowCount(), 3);
        QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("0:30  Two"));
        QCOMPARE(w.findChild<SeekBar *>()->chapters(), (QList<qint64> { 10'000, 30'000, 50'000 }));
        QCOMPARE(w.windowTitle(), QStringLiteral("Welcome to Hark — Hark")); // before the first chapter
        // Each title heads the line its chapter starts in (0:30 falls early in the line from 0:28.459), above
        // the speaker's name, which a new chapter gives again.
        TranscriptView *view = w.transcriptView();
        using Headings = QList<std::pair<int, QString>>;
        QCOMPARE(view->headings(), (Headings { { 2, "One" }, { 6, "Two" }, { 10, "Three" } }));
        view->setFollowing(false);
        view->verticalScrollBar()->setValue(0);
        const QRect heading = view->headingRect(2);
        QVERIFY(!heading.isEmpty());
        QVERIFY2(heading.bottom() < view->wordRect(2, 0).top() - view->fontMetrics().height(),
            "the heading stands above the speaker's name and the line");
        QVERIFY(view->headingRect(3).isEmpty());

        // The list and the title change with the heading: from the line it heads, a second before 0:30.
        w.session().seekTo(28'000);
        QCOMPARE(w.windowTitle(), QStringLiteral("Welcome to Hark — One — Hark"));
        w.session().seekTo(29'000);
        QCOMPARE(w.windowTitle(), QStringLiteral("Welcome to Hark — Two — Hark"));
        QVERIFY(list->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold()
            && !list->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        w.session().seekTo(35'000);
        QCOMPARE(w.windowTitle(), QStringLiteral("Welcome to Hark — Two — Hark"));
        QVERIFY(list->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!list->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());

        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(2, 0)).center());
        QCOMPARE(shown.backend->position(), qint64(50'000));
        QCOMPARE(w.windowTitle(), QStringLiteral("Welcome to Hark — Three — Hark"));
        QVERIFY(list->model()->index(2, 0).data(Qt::FontRole).value<QFont>().bold()
            && !list->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());

        // The next episode has none: the list goes, and so do the notches and the chapter in the title.
        QVERIFY(w.session().open(m_sample, true));
        QVERIFY(!list->isVisible());
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(w.findChild<SeekBar *>()->chapters().isEmpty());
        QCOMPARE(w.windowTitle(), QStringLiteral("Welcome to Hark — Hark"));
        QVERIFY(view->headings().isEmpty());
    }

    // A chapter's picture takes the cover's place while it plays (a hidden chapter's too: changing the
    // picture is what they are for), and marks it in the list; a chapter without one shows the cover again.
    void chapterPicturesFollowPlayback()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_sample, dir.filePath("ep.mp3")));
        QVERIFY(QFile::copy(QFINDTESTDATA("../resources/sample/welcome.vtt"), dir.filePath("ep.vtt")));
        for (const auto &[name, colour] :
            { std::pair { "red.png", Qt::red }, std::pair { "blue.png", Qt::blue } }) {
            QImage image(600, 600, QImage::Format_RGB32); // larger than shown: decoded at the size shown
            image.fill(colour);
            QVERIFY(image.save(dir.filePath(name)));
        }
        QFile json(dir.filePath("ep.chapters.json"));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"version":"1.2.0","chapters":[{"startTime":0,"title":"Plain"},)"
                   R"({"startTime":10,"title":"Red","img":"red.png"},)"
                   R"({"startTime":20,"title":"Blue, hidden","img":"blue.png","toc":false},)"
                   R"({"startTime":30,"title":"Plain again"}]})");
        json.close();
        Shown shown;
        QVERIFY(shown.open(dir.filePath("ep.mp3"), true));
        MainWindow &w = shown.window;
        auto *cover = w.findChild<QLabel *>(QStringLiteral("cover"));
        QVERIFY(cover);
        const auto centre = [cover] {
            const QImage shown = cover->pixmap().toImage();
            return shown.pixelColor(shown.width() / 2, shown.height() / 2);
        };
        const QColor plain = centre();
        QVERIFY(plain != QColor(Qt::red) && plain != QColor(Qt::blue));
        w.session().seekTo(12'000);
        QCOMPARE(centre(), QColor(Qt::red));
        QVERIFY(cover->pixmap().width() <= int(std::ceil(cover->width() * cover->devicePixelRatioF())));
        w.session().seekTo(25'000);
        QCOMPARE(centre(), QColor(Qt::blue));
        w.session().seekTo(35'000);
        QCOMPARE(centre(), plain);
        w.session().seekTo(12'000);
        QCOMPARE(centre(), QColor(Qt::red));
        auto *list = w.findChild<ChapterPanel *>();
        QCOMPARE(list->model()->rowCount(), 3);
        // The picture as the row's icon; the chapter without one gets a blank, so that the rows line up.
        const auto iconCentre = [list](int row) {
            const QImage icon = list->model()
                                    ->index(row, 0)
                                    .data(Qt::DecorationRole)
                                    .value<QIcon>()
                                    .pixmap(list->iconSize().isValid() ? list->iconSize() : QSize(32, 32))
                                    .toImage();
            return icon.pixelColor(icon.width() / 2, icon.height() / 2);
        };
        QCOMPARE(list->visualRect(list->model()->index(0, 0)).height(),
            list->visualRect(list->model()->index(1, 0)).height());
        QCOMPARE(list->visualRect(list->model()->index(0, 0)).height(),
            list->visualRect(list->model()->index(2, 0)).height());
        QCOMPARE(iconCentre(1), QColor(Qt::red));
        QCOMPARE(iconCentre(0).alpha(), 0);
    }

    // The sync offset moves the highlight and click-to-seek together: a click lands on the word as heard.
    void syncOffsetAppliesToHighlightAndClicks()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        TranscriptView *view = shown.window.transcriptView();
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(&shown.window, Qt::Key_X); // +500 ms: the transcript is shown later
        QCOMPARE(shown.window.session().syncOffset(), qint64(500));
        shown.window.session().seekTo(
            1200); // without the offset "Hark," (1.121 s); with it, still "Welcome" (0.7 s)
        QCOMPARE(view->currentWord(), 0);
        shown.window.session().seekTo(1700); // written 1.2 s: "Hark,"
        QCOMPARE(view->currentWord(), 2);
        const QRect maya = view->wordRect(1, 4); // "Maya," written at 7.580 s
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, maya.center());
        QCOMPARE(shown.backend->position(), qint64(8080));
        const QLabel *shownOffset = labelNamed(shown.window, QStringLiteral("Sync offset"));
        QVERIFY(shownOffset && shownOffset->isVisible());
        QVERIFY2(shownOffset->text().contains(QStringLiteral("0.50")), qPrintable(shownOffset->text()));
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(&shown.window, Qt::Key_Z);
        QVERIFY(!shownOffset->isVisible()); // back at zero
    }

    // P: playback stops where each line ends (the sample's first line ends at 5.228 s, the second at
    // 10.054 s); Space goes on to the next. The mode shows in the transport bar.
    void pauseAfterEachLine()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/false));
        QTest::keyClick(&shown.window, Qt::Key_P);
        QVERIFY(modesLabel(shown.window)->isVisible());
        while (
            shown.backend->state() == PlaybackBackend::State::Playing && shown.backend->position() < 20'000)
            shown.backend->advance(30);
        QCOMPARE(shown.backend->state(), PlaybackBackend::State::Paused);
        QVERIFY2(shown.backend->position() >= 5228 && shown.backend->position() < 5300,
            qPrintable(QString::number(shown.backend->position())));
        QTest::keyClick(&shown.window, Qt::Key_Space);
        while (
            shown.backend->state() == PlaybackBackend::State::Playing && shown.backend->position() < 20'000)
            shown.backend->advance(30);
        QVERIFY2(shown.backend->position() >= 10'054 && shown.backend->position() < 10'130,
            qPrintable(QString::number(shown.backend->position())));
        QTest::keyClick(&shown.window, Qt::Key_P); // off again
        QVERIFY(!modesLabel(shown.window)->isVisible());
        QTest::keyClick(&shown.window, Qt::Key_Space);
        for (int i = 0; i < 300; ++i)
            shown.backend->advance(30);
        QCOMPARE(shown.backend->state(), PlaybackBackend::State::Playing);
    }

    // A at 2 s, B at 4 s: playback goes back to 2 s each time it reaches 4 s, until Shift+B ends the loop.
    void loopBetweenTwoMarks()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/false));
        shown.window.session().seekTo(2000);
        QTest::keyClick(&shown.window, Qt::Key_A);
        shown.window.session().seekTo(4000);
        QTest::keyClick(&shown.window, Qt::Key_B);
        QCOMPARE(shown.backend->position(), qint64(2000)); // the loop starts playing from A
        QVERIFY(modesLabel(shown.window)->text().contains(QStringLiteral("0:02")));
        int loops = 0;
        qint64 last = shown.backend->position();
        for (int i = 0; i < 300; ++i) { // 9 s of playing
            shown.backend->advance(30);
            QCoreApplication::processEvents();
            loops += shown.backend->position() < last;
            last = shown.backend->position();
            QVERIFY2(last >= 2000 && last < 4100, qPrintable(QString::number(last)));
        }
        QVERIFY2(loops >= 4, qPrintable(QString::number(loops)));
        QTest::keyClick(&shown.window, Qt::Key_B, Qt::ShiftModifier);
        for (int i = 0; i < 100; ++i)
            shown.backend->advance(30);
        QVERIFY(shown.backend->position() > 4100);
        QVERIFY(!modesLabel(shown.window)->isVisible());
    }

    // Shift+A loops over the selected words: "Welcome to Hark," runs from 0.5 s to where "the" starts (1.774
    // s).
    void loopTheSelection()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/false));
        TranscriptView *view = shown.window.transcriptView();
        dragSelect(view, view->wordRect(0, 0), view->wordRect(0, 2));
        QCOMPARE(view->selectedText(), QStringLiteral("Welcome to Hark,"));
        QTest::keyClick(&shown.window, Qt::Key_A, Qt::ShiftModifier);
        QCOMPARE(shown.backend->position(), qint64(500));
        qint64 highest = 0;
        int loops = 0;
        qint64 last = shown.backend->position();
        for (int i = 0; i < 150; ++i) { // 4.5 s of playing
            shown.backend->advance(30);
            loops += shown.backend->position() < last;
            last = shown.backend->position();
            highest = std::max(highest, last);
            QVERIFY2(last >= 500, qPrintable(QString::number(last)));
        }
        // Playback reaches the loop's end and goes back at once (the position read after each 30 ms step).
        QVERIFY2(highest >= 1774 - 30 && highest < 1774, qPrintable(QString::number(highest)));
        QVERIFY2(loops >= 3, qPrintable(QString::number(loops)));
    }

    // A text field takes its letters and digits: none of them reaches the window's commands.
    void lettersAreInertInTextFields()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        auto *field = new QLineEdit(shown.window.centralWidget());
        field->show();
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        const int seeks = shown.backend->seeks;
        QTest::keyClicks(field, QStringLiteral("kjlmrzx5[]="));
        QCOMPARE(field->text(), QStringLiteral("kjlmrzx5[]="));
        QCOMPARE(shown.backend->state(), PlaybackBackend::State::Paused);
        QCOMPARE(shown.backend->seeks, seeks);
        QCOMPARE(shown.backend->rate(), 1.0);
        QVERIFY(!shown.backend->isMuted());
        QCOMPARE(shown.window.session().syncOffset(), qint64(0));
    }

    // Up and Down move a line focus through the transcript; Enter plays from that line.
    void upDownAndEnterPlayALine()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        TranscriptView *view = shown.window.transcriptView();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->focusSegment(), -1);
        QTest::keyClick(view, Qt::Key_Down); // starts on the line being spoken (the first)
        QCOMPARE(view->focusSegment(), 0);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Up);
        QCOMPARE(view->focusSegment(), 1);
        QVERIFY(!view->isFollowing());
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(shown.backend->position(), qint64(5749));
        QCOMPARE(shown.backend->state(), PlaybackBackend::State::Playing);
        QVERIFY(view->isFollowing());
    }

    // The shortcuts window lists every command of the menus with its keys.
    void shortcutsWindowListsEveryCommand()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        QTest::keyClick(&shown.window, Qt::Key_F1);
        auto *dialog = shown.window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QStringList listed;
        for (QTreeWidgetItemIterator it(dialog->list()); *it; ++it)
            listed.append((*it)->text(0) + u'|' + (*it)->text(1));
        int withKeys = 0;
        for (const QAction *a : shown.window.findChildren<QAction *>()) {
            if (a->objectName().isEmpty() || a->shortcuts().isEmpty())
                continue;
            ++withKeys;
            QString text = a->text();
            text.remove(u'&');
            if (text.endsWith(QChar(0x2026)))
                text.chop(1);
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            QVERIFY2(listed.contains(text + u'|' + keys.join(QStringLiteral(", "))), qPrintable(text));
        }
        QVERIFY(withKeys >= 30);
    }

    // The sample (audio and transcript) copied into @p dir as NAME.mp3 and NAME.vtt.
    static QString copySample(const QString &sample, const QTemporaryDir &dir, const QString &name)
    {
        const QString audio = dir.filePath(name + QStringLiteral(".mp3"));
        if (!QFile::copy(sample, audio)
            || !QFile::copy(QFileInfo(sample).path() + QStringLiteral("/welcome.vtt"),
                dir.filePath(name + QStringLiteral(".vtt"))))
            return {};
        return audio;
    }

    void resumesWhereItWasLeftAfterARename_data()
    {
        QTest::addColumn<qint64>("leftAt");
        QTest::addColumn<qint64>("resumedAt");
        QTest::addRow("left at 0:30: 5 s before") << qint64(30'000) << qint64(25'000);
        QTest::addRow("left in the first seconds: the start") << qint64(3000) << qint64(0);
        QTest::addRow("heard to the end: the start") << qint64(70'000) << qint64(0);
    }

    // Position, speed and sync offset are remembered per episode and found again after the file is renamed.
    void resumesWhereItWasLeftAfterARename()
    {
        QFETCH(qint64, leftAt);
        QFETCH(qint64, resumedAt);
        QTemporaryDir dir;
        const QString first = copySample(m_sample, dir, QStringLiteral("a"));
        QVERIFY(!first.isEmpty());
        Settings settings(dir.filePath(QStringLiteral("hark.ini")));
        {
            Shown shown { &settings };
            QVERIFY(shown.open(first, /*paused=*/true));
            shown.window.session().seekTo(leftAt);
            QTest::keySequence(&shown.window, QKeySequence(Qt::Key_BracketRight, Qt::Key_X, Qt::Key_X));
            QVERIFY(shown.window.close());
        }
        for (const char *ext : { ".mp3", ".vtt" })
            QVERIFY(QFile::rename(dir.filePath(QStringLiteral("a") + QLatin1String(ext)),
                dir.filePath(QStringLiteral("renamed") + QLatin1String(ext))));
        Shown shown { &settings };
        QVERIFY(shown.open(dir.filePath(QStringLiteral("renamed.mp3")), /*paused=*/true));
        QCOMPARE(shown.backend->position(), resumedAt);
        QCOMPARE(shown.backend->rate(), 1.25);
        QCOMPARE(shown.window.session().syncOffset(), qint64(100));
        // Opened and closed without moving: the next time resumes at the same place, not 5 s earlier again.
        QVERIFY(shown.window.close());
        Shown again { &settings };
        QVERIFY(again.open(dir.filePath(QStringLiteral("renamed.mp3")), /*paused=*/true));
        QCOMPARE(again.backend->position(), resumedAt);
        // A time asked for (hark --at) wins over the remembered one.
        QVERIFY(again.window.session().open(dir.filePath(QStringLiteral("renamed.mp3")), true, 1000));
        QCOMPARE(again.backend->position(), qint64(1000));
    }

    // Dropping a file opens it; the recent menu lists what was opened, most recent first, and opens it again.
    void dropAndRecentEpisodes()
    {
        QTemporaryDir dir;
        const QString a = copySample(m_sample, dir, QStringLiteral("a"));
        const QString b = copySample(m_sample, dir, QStringLiteral("b"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        Settings settings(dir.filePath(QStringLiteral("hark.ini")));
        Shown shown { &settings };
        QVERIFY(shown.open(a, /*paused=*/true));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(b) });
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&shown.window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&shown.window, &drop);
        QCOMPARE(shown.window.session().episode()->audioPath(), b);
        QCOMPARE(settings.recentEpisodes(), (QStringList { b, a }));
        QCOMPARE(settings.lastEpisode(), b);

        QMenu *recent = nullptr;
        for (QMenu *m : shown.window.findChildren<QMenu *>())
            if (m->title().remove(u'&') == QStringLiteral("Open Recent"))
                recent = m;
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QCOMPARE(recent->actions().at(0)->text(), QStringLiteral("b.mp3"));
        QCOMPARE(recent->actions().at(1)->text(), QStringLiteral("a.mp3"));
        recent->actions().at(1)->trigger();
        QCOMPARE(shown.window.session().episode()->audioPath(), a);
    }

    // A transcript opened by hand replaces the shown one; the audio stays where it is.
    void openTranscriptKeepsThePosition()
    {
        test::Window fixture;
        auto *backend = fixture.backend;
        MainWindow &w = fixture.window;
        QVERIFY(w.session().open(m_sample));
        backend->setPosition(20'000);
        const QUrl source = backend->source();
        const int seeks = backend->seeks;
        QVERIFY(w.session().openTranscript(QFINDTESTDATA("data/formats/interview.srt")));
        QCOMPARE(backend->source(), source);
        QCOMPARE(backend->seeks, seeks);
        QCOMPARE(backend->position(), qint64(20'000));
        QCOMPARE(w.session().episode()->transcript().speakers, (QStringList { "Ann", "Ben" }));
        QCOMPARE(w.transcriptView()->currentSegment(), 3); // the last cue, from 12.5 s
        QVERIFY(!w.session().openTranscript(QFINDTESTDATA("data/bad/json-array.json")));
        QCOMPARE(w.session().episode()->transcript().speakers, (QStringList { "Ann", "Ben" })); // unchanged
    }

    void scrollingStopsFollowingUntilBackToNow()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/false, QSize(700, 400)));
        MainWindow &w = shown.window;
        test::FakeBackend *backend = shown.backend;
        TranscriptView *view = w.transcriptView();
        auto *back = w.findChild<QPushButton *>();
        QVERIFY(back);
        backend->setPosition(60'000);
        QVERIFY(view->isFollowing());
        const int followed = view->verticalScrollBar()->value();
        QVERIFY(followed > 0);
        QVERIFY(!back->isVisible());
        // The view's own relayout (a resize) does not count as the user scrolling.
        w.resize(720, 420);
        QVERIFY(view->isFollowing());
        // The user scrolls up with the wheel.
        QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
            QPoint(0, 12000), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(!view->isFollowing());
        QVERIFY(back->isVisible());
        const int userValue = view->verticalScrollBar()->value();
        QVERIFY(userValue < followed);
        backend->setPosition(70'000); // playback goes on; the view stays where the user put it
        QCOMPARE(view->verticalScrollBar()->value(), userValue);
        QTest::mouseClick(back, Qt::LeftButton);
        QVERIFY(view->isFollowing());
        QVERIFY(!back->isVisible());
        QVERIFY(view->verticalScrollBar()->value() > 0);
    }

    // The highlight moving to the next word repaints the two words, not the paragraph; a new line repaints
    // the two lines.
    void repaintsOnlyWhatChanged()
    {
        Shown shown;
        QVERIFY(shown.open(m_sample, /*paused=*/true));
        MainWindow &w = shown.window;
        test::FakeBackend *backend = shown.backend;
        TranscriptView *view = w.transcriptView();
        PaintRecorder painted(view->viewport());
        backend->setPosition(1200); // "Hark," (segment 0, word 2), spoken from 1.121 s
        QTRY_VERIFY(!painted.region.isEmpty());
        painted.region = {};
        backend->setPosition(1800); // "the" (word 3), from 1.774 s
        QCOMPARE(view->currentWord(), 3);
        QTRY_VERIFY(!painted.region.isEmpty());
        const QRegion words = QRegion(view->wordRect(0, 2).adjusted(-2, -1, 2, 1))
            + QRegion(view->wordRect(0, 3).adjusted(-2, -1, 2, 1));
        QCOMPARE(painted.region, words);
        painted.region = {};
        backend->setPosition(6000); // the next line
        QCOMPARE(view->currentSegment(), 1);
        QTRY_VERIFY(!painted.region.isEmpty());
        QVERIFY(painted.region.contains(view->wordRect(0, 0).center()));
        QVERIFY(painted.region.contains(view->wordRect(1, 0).center()));
        QVERIFY2(painted.region.boundingRect().height() < view->viewport()->height() / 2,
            "more than the two lines was repainted");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

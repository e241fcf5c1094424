// SPDX-License-Identifier: GPL-3.0-or-later
// The window opening an episode whose transcript has no times: the words show at once, spread evenly and
// marked provisional, while the real aligner listens in the background (the status bar showing how far it
// has got); the real times then replace them without losing the place, the selection or the scroll; the
// result is kept beside the audio, so the next open is instant; Cancel stops it within a second.
#include "core/transcriptfile.h"
#include "core/transcriptmodel.h"
#include "core/transcriptwriter.h"
#include "episode/alignmentcache.h"
#include "episode/alignmentjob.h"
#include "fakebackend.h"
#include "ui/findbar.h"
#include "ui/mainwindow.h"
#include "ui/seekbar.h"
#include "ui/transcriptview.h"
#include "windowfixture.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace hark;

class TestWindowAlignment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_audio, m_text;

    // Drags over words @p from to @p to of the first line: a selection as the user makes one.
    static void select(TranscriptView *view, int segment, int from, int to)
    {
        QWidget *port = view->viewport();
        const QPoint a = view->wordRect(segment, from).topLeft() + QPoint(1, 2);
        const QPoint b = view->wordRect(segment, to).bottomRight() - QPoint(1, 2);
        QTest::mousePress(port, Qt::LeftButton, {}, a);
        QMouseEvent move(QEvent::MouseMove, b, port->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(port, &move);
        QTest::mouseRelease(port, Qt::LeftButton, {}, b);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_audio = m_dir.filePath(QStringLiteral("welcome.mp3"));
        m_text = m_dir.filePath(QStringLiteral("welcome.txt"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../resources/sample/welcome.mp3"), m_audio));
        const ReadResult timed = TranscriptFile::read(QFINDTESTDATA("../resources/sample/welcome.vtt"));
        QVERIFY(timed.transcript);
        const auto plain = TranscriptWriter::write(*timed.transcript, Format::Text);
        QVERIFY(plain.ok());
        QFile f(m_text);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(plain.text.toUtf8()) > 0);
    }

    void provisionalThenAlignedKeepingThePlace()
    {
        test::Window fixture;
        MainWindow &w = fixture.window;
        w.resize(420, 260); // small enough to scroll
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.session().open(m_audio, /*paused=*/true, 9000));
        TranscriptModel *model = w.session().transcript();
        TranscriptView *view = w.transcriptView();
        // At once: the words, spread evenly over the audio, provisional; the aligner at work.
        QVERIFY(w.session().alignmentJob() && w.session().alignmentJob()->isRunning());
        QVERIFY(model->isProvisional());
        QVERIFY(!model->timeIndex().isEmpty());
        QVERIFY(w.statusBar()->findChild<QProgressBar *>()->isVisible());
        QVERIFY(w.findChild<QToolButton *>(QStringLiteral("align-cancel"))->isVisible());
        const qint64 provisionalStart = model->transcript().segments[1].words[0].start;

        view->setFollowing(false);
        select(view, 1, 1, 3);
        const auto selected = view->selectedWords();
        QVERIFY(selected);
        const QString selectedText = view->selectedText();
        // Find marks a word on the seek bar at its provisional time.
        const auto startOf = [model](const QString &text) {
            const QList<Segment> &segments = model->transcript().segments;
            for (int s = 0; s < segments.size(); ++s) {
                for (int i = 0; i < segments[s].words.size(); ++i) {
                    const Word &word = segments[s].words[i];
                    if (segments[s].text.mid(word.from, word.length) == text)
                        return model->timeIndex().wordStart(s, i);
                }
            }
            return kNoTime;
        };
        w.findChild<QAction *>(QStringLiteral("find"))->trigger();
        QTest::keyClicks(w.findChild<FindBar *>()->findChild<QLineEdit *>(), QStringLiteral("formats"));
        auto *seekBar = w.findChild<SeekBar *>();
        QTRY_COMPARE(seekBar->marks(), QList<qint64> { startOf(QStringLiteral("formats")) });
        const qint64 provisionalMark = seekBar->marks().constFirst();
        view->setFocus();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const qint64 position = w.session().position();

        QTRY_VERIFY_WITH_TIMEOUT(!model->isProvisional(), 60'000);
        QVERIFY(!w.session().alignmentJob() || !w.session().alignmentJob()->isRunning());
        QVERIFY(!w.statusBar()->findChild<QProgressBar *>()->isVisible());
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("Kept as welcome.hark.vtt")),
            qPrintable(w.statusBar()->currentMessage()));
        // The real times: every word timed, and not the even spread's.
        QCOMPARE(model->transcript().timing(), Timing::Words);
        QVERIFY(model->transcript().segments[1].words[0].start != provisionalStart);
        // The place, the selection and the scroll are as they were.
        QCOMPARE(w.session().position(), position);
        QCOMPARE(view->selectedText(), selectedText);
        QCOMPARE(view->selectedWords()->firstSegment, selected->firstSegment);
        QCOMPARE(view->selectedWords()->lastWord, selected->lastWord);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("welcome.hark.vtt"))));
        // Find's mark moved to the word's real time.
        QCOMPARE(seekBar->marks(), QList<qint64> { startOf(QStringLiteral("formats")) });
        QVERIFY(seekBar->marks().constFirst() != provisionalMark);
    }

    // The second open finds the kept alignment: nothing to do.
    void theSecondOpenIsInstant()
    {
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("welcome.hark.vtt"))));
        test::Window fixture;
        MainWindow &w = fixture.window;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(w.session().open(m_audio, true));
        qInfo("opened with its kept alignment in %lld ms", timer.elapsed());
        QVERIFY(!w.session().alignmentJob());
        QVERIFY(!w.session().transcript()->isProvisional());
        QCOMPARE(w.session().transcript()->transcript().timing(), Timing::Words);
        QCOMPARE(w.session().episode()->alignedFrom(), m_text);
    }

    // Cancel: within a second, the provisional times stay, and the action starts it again.
    void cancelStopsItWithinASecond()
    {
        QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("welcome.hark.vtt"))));
        test::Window fixture;
        MainWindow &w = fixture.window;
        w.show();
        QVERIFY(w.session().open(m_audio, true));
        QVERIFY(w.session().alignmentJob());
        QTRY_VERIFY(w.statusBar()->findChild<QProgressBar *>()->maximum() > 0); // under way
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(w.findChild<QToolButton *>(QStringLiteral("align-cancel")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.statusBar()->findChild<QProgressBar *>()->isVisible(), 1000);
        qInfo("cancelled in %lld ms", timer.elapsed());
        QVERIFY(w.session().transcript()->isProvisional());
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("cancelled")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("welcome.hark.vtt"))));
        QAction *align = w.findChild<QAction *>(QStringLiteral("align"));
        QVERIFY(align->isEnabled());
        align->trigger();
        QVERIFY(w.session().alignmentJob() && w.session().alignmentJob()->isRunning());
    }

    // A transcript without times opened by hand for the episode that plays is aligned too.
    void aTranscriptOpenedByHandIsAligned()
    {
        QTemporaryDir elsewhere;
        const QString byHand = elsewhere.filePath(QStringLiteral("notes.txt"));
        // The plain transcript without its first paragraph: another text than the one kept.
        QFile plain(m_text);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        const QByteArray text = plain.readAll();
        QFile notes(byHand);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write(text.mid(text.indexOf("\n\n") + 2)) > 0);
        notes.close();
        test::Window fixture;
        MainWindow &w = fixture.window;
        QVERIFY(w.session().open(m_audio, true));
        QTRY_VERIFY_WITH_TIMEOUT(
            !w.session().alignmentJob() || !w.session().alignmentJob()->isRunning(), 60'000);
        QVERIFY(w.session().openTranscript(byHand));
        QVERIFY(w.session().alignmentJob() && w.session().alignmentJob()->isRunning());
        QVERIFY(w.session().transcript()->isProvisional());
        QTRY_VERIFY_WITH_TIMEOUT(!w.session().transcript()->isProvisional(), 60'000);
        QCOMPARE(w.session().transcript()->transcript().timing(), Timing::Words);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("Kept as")),
            qPrintable(w.statusBar()->currentMessage()));
    }

    // A transcript in the audio's USLT tag (written by eyeD3) is aligned like a file beside it, kept beside
    // the audio, and found again on the next open; the audio itself is never written.
    void aTranscriptInTheTagIsAlignedAndKept()
    {
        const QString tagged = m_dir.filePath(QStringLiteral("tagged.mp3"));
        QVERIFY(QFile::copy(QFINDTESTDATA("data/embedded/eyed3-uslt.mp3"), tagged));
        const QByteArray before = AlignmentCache::sha256(tagged).toUtf8();
        {
            test::Window fixture;
            MainWindow &w = fixture.window;
            QVERIFY(w.session().open(tagged, true));
            QVERIFY(w.session().alignmentJob() && w.session().alignmentJob()->isRunning());
            QVERIFY(w.session().transcript()->isProvisional());
            QTRY_VERIFY_WITH_TIMEOUT(!w.session().transcript()->isProvisional(), 60'000);
            const Transcript &t = w.session().transcript()->transcript();
            QCOMPARE(t.timing(), Timing::Words);
            // The sample's own times (welcome.vtt): "Welcome" at 0.500 s, Theo's "And" at 5.749 s.
            QVERIFY2(std::abs(t.segments[0].words[0].start - 500) < 150,
                qPrintable(QString::number(t.segments[0].words[0].start)));
            QCOMPARE(t.segments[2].text, QStringLiteral("And I'm Theo."));
            QVERIFY2(std::abs(t.segments[2].words[0].start - 5749) < 150,
                qPrintable(QString::number(t.segments[2].words[0].start)));
        }
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("tagged.hark.vtt"))));
        test::Window fixture;
        MainWindow &w = fixture.window;
        QVERIFY(w.session().open(tagged, true));
        QVERIFY(!w.session().alignmentJob());
        QCOMPARE(w.session().transcript()->transcript().timing(), Timing::Words);
        QCOMPARE(w.session().episode()->alignedFrom(), tagged);
        QCOMPARE(AlignmentCache::sha256(tagged).toUtf8(), before);
    }
};

QTEST_MAIN(TestWindowAlignment)
#include "tst_windowalignment.moc"

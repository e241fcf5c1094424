// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader gets: the transcript's text through QAccessibleTextInterface (its text, selection,
// cursor and character places), the line playing as the view's description, and a window whose every
// control is reached by Tab and has a name.
#include "fakebackend.h"
#include "mainwindow.h"
#include "transcriptview.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QScrollBar>
#include <QTest>

using namespace hark;

class TestAccessibility : public QObject
{
    Q_OBJECT

    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = QFINDTESTDATA("../resources/sample/welcome.mp3");
        QVERIFY(!m_sample.isEmpty());
    }

    void transcriptExposesItsText()
    {
        auto *backend = new test::FakeBackend;
        MainWindow w(backend);
        w.resize(800, 600);
        QVERIFY(w.openEpisode(m_sample, true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TranscriptView *view = w.transcriptView();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::EditableText);
        QVERIFY(iface->state().readOnly && iface->state().multiLine);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Transcript"));
        QAccessibleTextInterface *text = iface->textInterface();
        QVERIFY(text);

        // The whole text, speakers on lines of their own.
        const QString all = text->text(0, text->characterCount());
        QVERIFY2(
            all.startsWith(u"Maya\nWelcome to Hark, the podcast player that reads along with you. I'm Maya.\n"
                           u"Theo\nAnd I'm Theo."),
            qPrintable(all.left(200)));
        QCOMPARE(iface->text(QAccessible::Value), all);

        // The cursor is at the line playing.
        const int theTranscript = int(all.indexOf(u"The transcript scrolls"));
        QVERIFY(theTranscript > 0);
        w.seekTo(11'000);
        QCOMPARE(text->cursorPosition(), theTranscript);

        // Selecting through the interface selects in the view, and the other way round.
        const int welcome = int(all.indexOf(u"Welcome"));
        text->setSelection(0, welcome, welcome + 15);
        QCOMPARE(text->selectionCount(), 1);
        QCOMPARE(view->selectedText(), QStringLiteral("Welcome to Hark"));
        int from = -1, to = -1;
        text->selection(0, &from, &to);
        QCOMPARE(std::pair(from, to), std::pair(welcome, welcome + 15));
        text->removeSelection(0);
        QCOMPARE(text->selectionCount(), 0);

        // Where characters are, and which character is where.
        view->setFollowing(false);
        view->verticalScrollBar()->setValue(0);
        const QRect word = view->wordRect(0, 0); // "Welcome"
        const QPoint wordOnScreen = view->viewport()->mapToGlobal(word.center());
        const QRect first = text->characterRect(welcome);
        QVERIFY2(first.intersects(QRect(view->viewport()->mapToGlobal(word.topLeft()), word.size())),
            qPrintable(QStringLiteral("%1,%2").arg(first.x()).arg(first.y())));
        const int at = text->offsetAtPoint(wordOnScreen);
        QVERIFY2(at >= welcome && at <= welcome + 7, qPrintable(QString::number(at)));

        // Moving the cursor moves the keyboard's line.
        text->setCursorPosition(theTranscript + 3);
        QCOMPARE(view->focusSegment(), 2);
    }

    // The line playing is the view's description (which a screen reader reads when told of the change: Qt
    // tells it only while one is running, which the offscreen platform never has, so the event itself is
    // not observable here).
    void theLinePlayingIsTheDescription()
    {
        auto *backend = new test::FakeBackend;
        MainWindow w(backend);
        QVERIFY(w.openEpisode(m_sample, true));
        TranscriptView *view = w.transcriptView();
        w.seekTo(16'000);
        QCOMPARE(view->accessibleDescription(), QStringLiteral("What if I want to hear something again?"));
        w.seekTo(1'000);
        QVERIFY2(view->accessibleDescription().startsWith(u"Welcome to Hark,"),
            qPrintable(view->accessibleDescription()));
    }

    // Tab reaches every control of the window, in turn, and each has a name a screen reader can say.
    void everyControlIsReachedAndNamed()
    {
        auto *backend = new test::FakeBackend;
        MainWindow w(backend);
        QVERIFY(w.openEpisode(m_sample, true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        w.transcriptView()->setFocus();
        QTRY_VERIFY(w.transcriptView()->hasFocus());
        QList<QWidget *> reached;
        for (int i = 0; i < 60; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (reached.contains(focus))
                break;
            reached.append(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QStringList unnamed, unreached;
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&w) || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled())
                continue;
            const QString what
                = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
            if (!reached.contains(widget))
                unreached.append(what);
        }
        for (QWidget *widget : reached) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(
                    QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
        }
        QStringList order;
        for (QWidget *widget : reached)
            order.append(QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name));
        qInfo("Tab order: %s", qPrintable(order.join(u" → ")));
        QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(u", ")));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        QVERIFY2(reached.size() >= 8, qPrintable(QString::number(reached.size())));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

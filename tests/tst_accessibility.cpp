// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader gets: the transcript's text through QAccessibleTextInterface (its text, selection,
// cursor and character places), the line playing as the view's description, and a window whose every
// control is reached by Tab and has a name.
#include "fakebackend.h"
#include "ui/mainwindow.h"
#include "ui/transcriptview.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QMouseEvent>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
// Private: the switch a screen reader turns on, which the offscreen platform has no screen reader for.
#include <private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

using namespace hark;

namespace {

// What Qt would have passed to a screen reader.
struct Heard
{
    QObject *object = nullptr;
    QAccessible::Event type = QAccessible::InvalidEvent;
    int cursor = -1; ///< TextCaretMoved: the cursor's offset
    int from = -1, to = -1; ///< TextSelectionChanged: the selection, -1 without one
};

QList<Heard> &heard()
{
    static QList<Heard> events;
    return events;
}

void hear(QAccessibleEvent *event)
{
    Heard h { event->object(), event->type() };
    if (event->type() == QAccessible::TextCaretMoved)
        h.cursor = static_cast<QAccessibleTextCursorEvent *>(event)->cursorPosition();
    if (event->type() == QAccessible::TextSelectionChanged) {
        const auto *selection = static_cast<QAccessibleTextSelectionEvent *>(event);
        h.from = selection->selectionStart();
        h.to = selection->selectionEnd();
    }
    heard().append(h);
}

} // namespace

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
        test::Window fixture;
        MainWindow &w = fixture.window;
        w.resize(800, 600);
        QVERIFY(w.session().open(m_sample, true));
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
        w.session().seekTo(11'000);
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

    // What a screen reader is told, as it happens: the line playing (the view's description, and the
    // cursor, which moves to it unless the keyboard has a line of its own), the keyboard's line, the
    // selection, and the chapter (the window's name). The offscreen platform has no screen reader to turn
    // accessibility on, so the test does, and takes Qt's events where the platform's bridge would (an update
    // handler, as Qt's own tests do).
    void screenReadersAreToldOfChanges()
    {
        // The sample, with two chapters beside it.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(m_sample, dir.filePath("ep.mp3")));
        QVERIFY(QFile::copy(QFINDTESTDATA("../resources/sample/welcome.vtt"), dir.filePath("ep.vtt")));
        QFile chapters(dir.filePath("ep.chapters.json"));
        QVERIFY(chapters.open(QIODevice::WriteOnly));
        chapters.write(R"({"version":"1.2.0","chapters":[{"startTime":0,"title":"Opening"},)"
                       R"({"startTime":30,"title":"Following and coming back"}]})");
        chapters.close();

        test::Window fixture;
        MainWindow &w = fixture.window;
        w.resize(800, 600);
        QVERIFY(w.session().open(dir.filePath("ep.mp3"), true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TranscriptView *view = w.transcriptView();
        QAccessibleTextInterface *text = QAccessible::queryAccessibleInterface(view)->textInterface();
        const QString all = text->text(0, text->characterCount());

        heard().clear();
        QPlatformAccessibility *bridge = QGuiApplicationPrivate::platformIntegration()->accessibility();
        QVERIFY(bridge);
        QVERIFY(!QAccessible::isActive());
        bridge->setActive(true);
        QAccessible::installUpdateHandler(&hear);
        const auto stop = qScopeGuard([bridge] {
            QAccessible::installUpdateHandler(nullptr);
            bridge->setActive(false);
        });
        const auto toldOf = [](QObject *object, QAccessible::Event type) {
            QList<Heard> found;
            for (const Heard &h : heard()) {
                if (h.object == object && h.type == type)
                    found.append(h);
            }
            return found;
        };

        // Before any line plays, the description says how to move through the lines.
        QVERIFY2(view->accessibleDescription().startsWith(u"Up, Down:"),
            qPrintable(view->accessibleDescription()));
        // The line playing changes: its text is the description, and the cursor moves to its start.
        w.session().seekTo(16'000);
        QCOMPARE(view->accessibleDescription(), QStringLiteral("What if I want to hear something again?"));
        QCOMPARE(toldOf(view, QAccessible::DescriptionChanged).size(), 1);
        auto moved = toldOf(view, QAccessible::TextCaretMoved);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.constFirst().cursor, int(all.indexOf(u"What if I want")));
        QCOMPARE(text->cursorPosition(), moved.constFirst().cursor);

        // Another word of the same line: nothing to say.
        heard().clear();
        w.session().seekTo(17'000);
        QVERIFY(toldOf(view, QAccessible::DescriptionChanged).isEmpty());
        QVERIFY(toldOf(view, QAccessible::TextCaretMoved).isEmpty());

        // A new chapter renames the window.
        heard().clear();
        w.session().seekTo(31'000);
        QVERIFY2(!toldOf(&w, QAccessible::NameChanged).isEmpty(), qPrintable(w.windowTitle()));
        QVERIFY2(w.windowTitle().contains(u"Following and coming back"), qPrintable(w.windowTitle()));
        QCOMPARE(QAccessible::queryAccessibleInterface(&w)->text(QAccessible::Name), w.windowTitle());

        // The keyboard's line: Down moves the cursor there, and then playback no longer moves it.
        heard().clear();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        moved = toldOf(view, QAccessible::TextCaretMoved);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.constFirst().cursor, text->cursorPosition());
        heard().clear();
        w.session().seekTo(1'000);
        QCOMPARE(toldOf(view, QAccessible::DescriptionChanged).size(), 1);
        QVERIFY(toldOf(view, QAccessible::TextCaretMoved).isEmpty());

        // A selection made with the mouse, and cleared by a click.
        heard().clear();
        view->setFollowing(false);
        view->verticalScrollBar()->setValue(0);
        const QRect welcome = view->wordRect(0, 0), to = view->wordRect(0, 1);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, welcome.topLeft() + QPoint(1, 2));
        QTest::mouseMove(view->viewport(), to.center());
        QMouseEvent drag(QEvent::MouseMove, to.bottomRight() - QPoint(1, 2),
            view->viewport()->mapToGlobal(to.bottomRight() - QPoint(1, 2)), Qt::NoButton, Qt::LeftButton,
            Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drag);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to.bottomRight() - QPoint(1, 2));
        QCOMPARE(view->selectedText(), QStringLiteral("Welcome to"));
        auto selected = toldOf(view, QAccessible::TextSelectionChanged);
        QVERIFY(!selected.isEmpty());
        const int start = int(all.indexOf(u"Welcome"));
        QCOMPARE(std::pair(selected.constLast().from, selected.constLast().to), std::pair(start, start + 10));
        heard().clear();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, welcome.center());
        selected = toldOf(view, QAccessible::TextSelectionChanged);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().from, -1);
    }

    // Tab reaches every control of the window, in turn; each shows when it has the focus, and has a name and
    // a description (its tooltip) a screen reader can say.
    void everyControlIsReachedAndNamed()
    {
        test::Window fixture;
        MainWindow &w = fixture.window;
        QVERIFY(w.session().open(m_sample, true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        w.transcriptView()->setFocus();
        QTRY_VERIFY(w.transcriptView()->hasFocus());
        QList<QWidget *> reached;
        QStringList unmarked; // controls that look the same with and without the focus
        for (int i = 0; i < 60; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (reached.contains(focus))
                break;
            reached.append(focus);
            const QImage focused = focus->grab().toImage();
            QTest::keyClick(focus, Qt::Key_Tab);
            QTRY_VERIFY(!focus->hasFocus());
            if (focus->grab().toImage() == focused)
                unmarked.append(QAccessible::queryAccessibleInterface(focus)->text(QAccessible::Name));
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
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty()
                || iface->text(QAccessible::Description).trimmed().isEmpty())
                unnamed.append(
                    QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
        }
        QStringList order;
        for (QWidget *widget : reached)
            order.append(QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name));
        qInfo("Tab order: %s", qPrintable(order.join(u" → ")));
        QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join(u", ")));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        QVERIFY2(unmarked.isEmpty(), qPrintable(u"focus not shown on: " + unmarked.join(u", ")));
        QVERIFY2(reached.size() >= 8, qPrintable(QString::number(reached.size())));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

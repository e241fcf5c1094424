// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/listeningrules.h"

#include <QTest>

using namespace hark;

class TestListeningRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A position at a time, with both modes as each row sets them: what the rules answer.
    void decisions_data()
    {
        QTest::addColumn<qint64>("loopA"); // -1: no loop
        QTest::addColumn<qint64>("loopB");
        QTest::addColumn<bool>("pauseAfterLines");
        QTest::addColumn<qint64>("lineEnd");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("action");
        QTest::addColumn<qint64>("to");
        const int none = int(ListeningRules::Action::None), pause = int(ListeningRules::Action::Pause),
                  jump = int(ListeningRules::Action::Jump);
        QTest::addRow("nothing set") << qint64(-1) << qint64(0) << false << qint64(5000) << qint64(9000)
                                     << none << qint64(0);
        QTest::addRow("inside the loop")
            << qint64(2000) << qint64(4000) << false << kNoTime << qint64(3999) << none << qint64(0);
        QTest::addRow("at B: back to A")
            << qint64(2000) << qint64(4000) << false << kNoTime << qint64(4000) << jump << qint64(2000);
        QTest::addRow("marks set B before A")
            << qint64(4000) << qint64(2000) << false << kNoTime << qint64(4100) << jump << qint64(2000);
        QTest::addRow("a loop too short is none")
            << qint64(2000) << qint64(2100) << false << kNoTime << qint64(2500) << none << qint64(0);
        QTest::addRow("before the line ends")
            << qint64(-1) << qint64(0) << true << qint64(5228) << qint64(5200) << none << qint64(0);
        QTest::addRow("the line ended: pause")
            << qint64(-1) << qint64(0) << true << qint64(5228) << qint64(5230) << pause << qint64(5230);
        QTest::addRow("line end unknown: no pause")
            << qint64(-1) << qint64(0) << true << kNoTime << qint64(9000) << none << qint64(0);
        QTest::addRow("mode off: no pause")
            << qint64(-1) << qint64(0) << false << qint64(5228) << qint64(5230) << none << qint64(0);
        QTest::addRow("both: the loop first")
            << qint64(2000) << qint64(4000) << true << qint64(3000) << qint64(4000) << jump << qint64(2000);
    }

    void decisions()
    {
        QFETCH(qint64, loopA);
        QFETCH(qint64, loopB);
        QFETCH(bool, pauseAfterLines);
        QFETCH(qint64, lineEnd);
        QFETCH(qint64, now);
        QFETCH(int, action);
        QFETCH(qint64, to);
        ListeningRules rules;
        if (loopA >= 0)
            rules.setLoop(loopA, loopB);
        rules.setPauseAfterLines(pauseAfterLines);
        rules.lineStarted(lineEnd);
        const ListeningRules::Decision d = rules.at(now);
        QCOMPARE(int(d.action), action);
        if (d.action != ListeningRules::Action::None)
            QCOMPARE(d.to, to);
    }

    // Paused at a line's end, playing again goes on: no second pause until the next line has started.
    void pausesOncePerLine()
    {
        ListeningRules rules;
        rules.setPauseAfterLines(true);
        rules.lineStarted(5228);
        QCOMPARE(rules.at(5230).action, ListeningRules::Action::Pause);
        QCOMPARE(rules.at(5300).action, ListeningRules::Action::None);
        rules.lineStarted(10'054);
        QCOMPARE(rules.at(9000).action, ListeningRules::Action::None);
        QCOMPARE(rules.at(10'060).action, ListeningRules::Action::Pause);
    }

    void clearingTheLoop()
    {
        ListeningRules rules;
        rules.setLoop(2000, 4000);
        QCOMPARE(rules.loop(), (ListeningRules::Loop { 2000, 4000 }));
        rules.clearLoop();
        QVERIFY(!rules.loop());
        QCOMPARE(rules.at(5000).action, ListeningRules::Action::None);
    }
};

QTEST_GUILESS_MAIN(TestListeningRules)
#include "tst_listeningrules.moc"

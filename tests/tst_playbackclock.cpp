// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/playbackclock.h"

#include <QTest>

using namespace hark;

class TestPlaybackClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pausedStaysPut()
    {
        PlaybackClock clock;
        QCOMPARE(clock.now(), qint64(0));
        clock.sync(5000, 1.0, false);
        QTest::qSleep(30);
        QCOMPARE(clock.now(), qint64(5000));
        QVERIFY(!clock.isPlaying());
    }

    void playingMovesOnAtTheRate_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addRow("normal") << 1.0;
        QTest::addRow("double") << 2.0;
        QTest::addRow("half") << 0.5;
    }

    void playingMovesOnAtTheRate()
    {
        QFETCH(double, rate);
        PlaybackClock clock;
        clock.sync(1000, rate, true);
        QElapsedTimer wall;
        wall.start();
        QTest::qSleep(60);
        const qint64 now = clock.now();
        const qint64 elapsed = wall.elapsed();
        QVERIFY2(now >= 1000 + qint64(60 * rate) - 1, qPrintable(QString::number(now)));
        QVERIFY2(now <= 1000 + qint64(double(elapsed + 1) * rate), qPrintable(QString::number(now)));
    }

    // A player that stops reporting (an audio server starting up) is not overtaken by more than a quarter
    // second.
    void neverFarAheadOfTheLastReport()
    {
        PlaybackClock clock;
        clock.sync(1000, 2.0, true);
        QTest::qSleep(400);
        QCOMPARE(clock.now(), qint64(1000 + 2 * 250));
        clock.sync(1100, 2.0, true); // the next report wins
        QVERIFY(clock.now() >= 1100 && clock.now() < 1200);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackClock)
#include "tst_playbackclock.moc"

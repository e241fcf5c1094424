// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timecode.h"

#include <QTest>

using namespace hark;

class TestTimecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseVtt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: rejected

        // Rows after web-platform-tests webvtt/parsing/file-parsing (timings-*).
        QTest::addRow("minutes and seconds") << "00:01.000" << qint64(1000);
        QTest::addRow("hours") << "01:00:00.000" << qint64(3'600'000);
        QTest::addRow("one-digit hours") << "0:00:01.000" << qint64(1000);
        QTest::addRow("three-digit hours") << "000:00:01.000" << qint64(1000);
        QTest::addRow("large hours") << "100:00:00.001" << qint64(360'000'001);
        QTest::addRow("first field over 59 is hours") << "60:00:00.000" << qint64(216'000'000);
        QTest::addRow("two fields, first over 59") << "60:00.000" << qint64(-1);
        QTest::addRow("four-digit first field") << "0000:00.000" << qint64(-1);
        QTest::addRow("one-digit minutes") << "00:0:00.000" << qint64(-1);
        QTest::addRow("one-digit seconds") << "00:00:0.000" << qint64(-1);
        QTest::addRow("two fraction digits") << "00:00:00.00" << qint64(-1);
        QTest::addRow("four fraction digits") << "00:00:00.0000" << qint64(-1);
        QTest::addRow("no fraction") << "00:00:00" << qint64(-1);
        QTest::addRow("comma fraction") << "00:00:00,000" << qint64(-1);
        QTest::addRow("double colon") << "00::00:00.000" << qint64(-1);
        QTest::addRow("three-digit minutes") << "00:000:00.000" << qint64(-1);
        QTest::addRow("double dot") << "00:00..000" << qint64(-1);
        QTest::addRow("seconds 60") << "00:00:60.000" << qint64(-1);
        QTest::addRow("minutes 60") << "00:60:00.000" << qint64(-1);
        QTest::addRow("empty") << "" << qint64(-1);
        QTest::addRow("one-digit hour in short form") << "0:01.000" << qint64(-1);
    }

    void parseVtt()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        qsizetype pos = 0;
        const auto ms = timecode::parseVtt(text, pos);
        if (expected < 0) {
            QVERIFY2(!ms.has_value(), qPrintable(QString::number(ms.value_or(0))));
            QCOMPARE(pos, qsizetype(0));
        } else {
            QVERIFY(ms.has_value());
            QCOMPARE(*ms, expected);
            QCOMPARE(pos, text.size());
        }
    }

    void parseClock_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("errorPart");

        QTest::addRow("srt") << "00:00:02,760" << qint64(2760) << "";
        QTest::addRow("srt with dot") << "00:00:02.760" << qint64(2760) << "";
        QTest::addRow("no hours") << "01:02,5" << qint64(62'500) << "";
        QTest::addRow("one fraction digit") << "0:00:01,5" << qint64(1500) << "";
        QTest::addRow("long fraction cut") << "0:00:01.23456" << qint64(1234) << "";
        QTest::addRow("plain seconds") << "754" << qint64(754'000) << "";
        QTest::addRow("minutes:seconds") << "12:34" << qint64(754'000) << "";
        QTest::addRow("leading field unbounded") << "75:10" << qint64(4'510'000) << "";
        QTest::addRow("minutes out of range") << "00:61:00,000" << qint64(-1) << "minutes from 00 to 59";
        QTest::addRow("seconds out of range") << "00:00:75,000" << qint64(-1) << "seconds from 00 to 59";
        QTest::addRow("garbage") << "soon" << qint64(-1) << "expected a time";
        QTest::addRow("negative") << "-00:00:01,000" << qint64(-1) << "expected a time";
    }

    void parseClock()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QFETCH(QString, errorPart);
        const auto [ms, error] = timecode::parseClock(text);
        if (expected < 0) {
            QVERIFY(!ms.has_value());
            QVERIFY2(error.contains(errorPart), qPrintable(error));
        } else {
            QCOMPARE(ms.value_or(-1), expected);
        }
    }

    void mediaFragment_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("seconds") << "t=754" << qint64(754'000);
        QTest::addRow("fraction") << "t=754.5" << qint64(754'500);
        QTest::addRow("npt clock") << "t=npt:12:34" << qint64(754'000);
        QTest::addRow("range") << "t=10,20" << qint64(10'000);
        QTest::addRow("range without start") << "t=,20" << qint64(0);
        QTest::addRow("among other fields") << "xywh=160,120,320,240&t=1:02:03" << qint64(3'723'000);
        QTest::addRow("no time") << "chapter=2" << qint64(-1);
        QTest::addRow("empty") << "" << qint64(-1);
        QTest::addRow("not a time") << "t=soon" << qint64(-1);
    }

    void mediaFragment()
    {
        QFETCH(QString, fragment);
        QFETCH(qint64, expected);
        QCOMPARE(timecode::parseMediaFragment(fragment).value_or(-1), expected);
    }

    void mediaFragmentRoundTrip_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("fragment");
        QTest::addRow("start") << qint64(0) << "t=0";
        QTest::addRow("whole seconds") << qint64(754'000) << "t=754";
        QTest::addRow("half a second") << qint64(754'500) << "t=754.5";
        QTest::addRow("milliseconds") << qint64(3'723'004) << "t=3723.004";
    }

    void mediaFragmentRoundTrip()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, fragment);
        QCOMPARE(timecode::formatMediaFragment(ms), fragment);
        QCOMPARE(timecode::parseMediaFragment(fragment).value_or(-1), ms);
    }

    void parseDuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("minutes") << "12m" << qint64(720'000);
        QTest::addRow("hours and minutes") << "1h 5m" << qint64(3'900'000);
        QTest::addRow("seconds") << "45s" << qint64(45'000);
        QTest::addRow("words") << "1 hr 5 min" << qint64(3'900'000);
        QTest::addRow("all three") << "1h 2m 3s" << qint64(3'723'000);
        QTest::addRow("clock") << "1:05:00" << qint64(3'900'000);
        QTest::addRow("not a duration") << "12m of music" << qint64(-1);
        QTest::addRow("empty") << "" << qint64(-1);
    }

    void parseDuration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(timecode::parseDuration(text).value_or(-1), expected);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("vtt");
        QTest::addColumn<QString>("srt");
        QTest::addColumn<QString>("clock");
        QTest::addRow("zero") << qint64(0) << "00:00:00.000"
                              << "00:00:00,000"
                              << "0:00";
        QTest::addRow("minutes") << qint64(754'321) << "00:12:34.321"
                                 << "00:12:34,321"
                                 << "12:34";
        QTest::addRow("hours") << qint64(3'723'004) << "01:02:03.004"
                               << "01:02:03,004"
                               << "1:02:03";
        QTest::addRow("unknown") << qint64(-1) << "00:00:00.000"
                                 << "00:00:00,000"
                                 << "--:--";
    }

    void format()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, vtt);
        QFETCH(QString, srt);
        QFETCH(QString, clock);
        QCOMPARE(timecode::formatVtt(ms), vtt);
        QCOMPARE(timecode::formatSrt(ms), srt);
        QCOMPARE(timecode::formatClock(ms), clock);
    }
};

QTEST_GUILESS_MAIN(TestTimecode)
#include "tst_timecode.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/srtreader.h"

#include "segmentcolumns.h"
#include <QTest>

using namespace hark;

class TestSrtReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<qint64>>("starts");
        QTest::addColumn<QStringList>("speakers");
        QTest::addColumn<int>("warnings");

        QTest::addRow("canonical") << "1\n00:00:00,000 --> 00:00:02,760\nSarah: In today's "
                                      "episode,\n\n2\n00:00:02,760 --> 00:00:05,000\nwe talk.\n"
                                   << QStringList { "In today's episode,", "we talk." }
                                   << QList<qint64> { 0, 2760 } << QStringList { "Sarah", "Sarah" }
                                   << 0; // named once, until it changes
        QTest::addRow("no hours, dot, bom, crlf, no final blank line")
            << "\uFEFF1\r\n00:01.500 --> 00:02.000\r\nOne\r\n\r\n2\r\n01:02.5 --> 01:03,25\r\nTwo"
            << QStringList { "One", "Two" } << QList<qint64> { 1500, 62'500 } << QStringList { "", "" } << 0;
        QTest::addRow("cues out of order are sorted")
            << "2\n00:00:05,000 --> 00:00:06,000\nsecond\n\n1\n00:00:01,000 --> 00:00:02,000\nfirst\n"
            << QStringList { "first", "second" } << QList<qint64> { 1000, 5000 } << QStringList { "", "" }
            << 1;
        QTest::addRow("numbers out of order but times in order")
            << "7\n00:00:01,000 --> 00:00:02,000\na\n\n3\n00:00:03,000 --> 00:00:04,000\nb\n"
            << QStringList { "a", "b" } << QList<qint64> { 1000, 3000 } << QStringList { "", "" } << 0;
        QTest::addRow("no cue numbers")
            << "00:00:01,000 --> 00:00:02,000\na\n\n00:00:03,000 --> 00:00:04,000\nb\n"
            << QStringList { "a", "b" } << QList<qint64> { 1000, 3000 } << QStringList { "", "" } << 0;
        QTest::addRow("no blank line between cues")
            << "1\n00:00:01,000 --> 00:00:02,000\na\n2\n00:00:03,000 --> 00:00:04,000\nb\n"
            << QStringList { "a", "b" } << QList<qint64> { 1000, 3000 } << QStringList { "", "" } << 0;
        QTest::addRow("blank line inside a cue")
            << "1\n00:00:01,000 --> 00:00:02,000\nfirst line\n\nsecond line\n\n2\n00:00:03,000 --> "
               "00:00:04,000\nb\n"
            << QStringList { "first line second line", "b" } << QList<qint64> { 1000, 3000 }
            << QStringList { "", "" } << 0;
        QTest::addRow("tags and ass overrides")
            << "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Hello</i> <font color=\"#ff0000\">red</font> a < "
               "b\n"
            << QStringList { "Hello red a < b" } << QList<qint64> { 1000 } << QStringList { "" } << 0;
        QTest::addRow("position hints after the end time")
            << "1\n00:00:01,000 --> 00:00:02,000 X1:40 X2:600 Y1:20 Y2:50\nhint\n"
            << QStringList { "hint" } << QList<qint64> { 1000 } << QStringList { "" } << 0;
        QTest::addRow("speaker with two words and a number")
            << "1\n00:00:01,000 --> 00:00:02,000\nJohn Smith: Hi.\n\n2\n00:00:02,000 --> "
               "00:00:03,000\nSpeaker 2: Hello.\n"
            << QStringList { "Hi.", "Hello." } << QList<qint64> { 1000, 2000 }
            << QStringList { "John Smith", "Speaker 2" } << 0;
        QTest::addRow("end before start is kept with a warning")
            << "1\n00:00:05,000 --> 00:00:04,000\nbackwards\n"
            << QStringList { "backwards" } << QList<qint64> { 5000 } << QStringList { "" } << 1;
        QTest::addRow("arrow after a number in the text")
            << "1\n00:00:01,000 --> 00:00:02,000\n3 km --> 5 km\n"
            << QStringList { "3 km --> 5 km" } << QList<qint64> { 1000 } << QStringList { "" } << 0;
        QTest::addRow("arrow in the text")
            << "1\n00:00:01,000 --> 00:00:02,000\nleft --> right\n"
            << QStringList { "left --> right" } << QList<qint64> { 1000 } << QStringList { "" } << 0;
    }

    void read()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, texts);
        QFETCH(QList<qint64>, starts);
        QFETCH(QStringList, speakers);
        QFETCH(int, warnings);
        const ReadResult r = SrtReader::read(input);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const Transcript &t = *r.transcript;
        for (const Segment &s : t.segments)
            QCOMPARE(s.words.isEmpty(), s.text.isEmpty());
        QCOMPARE(test::texts(t), texts);
        QCOMPARE(test::starts(t), starts);
        QCOMPARE(test::speakers(t), speakers);
        QCOMPARE(r.warnings.size(), qsizetype(warnings));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("minutes out of range")
            << "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:61:00,000 --> 00:62:00,000\nbad\n"
            << 6 << "minutes from 00 to 59";
        QTest::addRow("garbage end time") << "1\n00:00:01,000 --> soon\nx\n" << 2 << "expected a time";
        QTest::addRow("no timings at all") << "just some words\nand more\n" << 0 << "found none";
        QTest::addRow("empty") << "" << 0 << "found none";
    }

    void refused()
    {
        QFETCH(QString, input);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const ReadResult r = SrtReader::read(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.line, line);
        QVERIFY2(r.error.message.contains(messagePart), qPrintable(r.error.message));
    }

    void cueIdsAreKept()
    {
        const ReadResult r = SrtReader::read(
            QStringLiteral("12\n00:00:01,000 --> 00:00:02,000\na\n\n13\n00:00:03,000 --> 00:00:04,000\nb\n"));
        QVERIFY(r.ok());
        QCOMPARE(r.transcript->segments[0].id, QStringLiteral("12"));
        QCOMPARE(r.transcript->segments[1].id, QStringLiteral("13"));
        QCOMPARE(r.transcript->segments[0].end, qint64(2000));
    }
};

QTEST_GUILESS_MAIN(TestSrtReader)
#include "tst_srtreader.moc"

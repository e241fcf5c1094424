// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/lrcreader.h"

#include "segmentcolumns.h"
#include <QTest>

using namespace hark;

class TestLrcReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<qint64>>("starts");
        QTest::addColumn<QList<qint64>>("ends");

        QTest::addRow("simple") << "[00:12.00]Line one\n[00:14.50]Line two\n"
                                << QStringList { "Line one", "Line two" } << QList<qint64> { 12000, 14500 }
                                << QList<qint64> { 14500, kNoTime };
        QTest::addRow("repeated line")
            << "[00:12.00][00:45.10]Repeated line\n[00:20.00]Middle\n"
            << QStringList { "Repeated line", "Middle", "Repeated line" }
            << QList<qint64> { 12000, 20000, 45100 } << QList<qint64> { 20000, 45100, kNoTime };
        QTest::addRow("positive offset makes lines earlier")
            << "[offset:+250]\n[00:12.00]a\n[00:13.00]b\n"
            << QStringList { "a", "b" } << QList<qint64> { 11750, 12750 } << QList<qint64> { 12750, kNoTime };
        QTest::addRow("negative offset makes lines later")
            << "[offset:-500]\n[00:01.00]a\n"
            << QStringList { "a" } << QList<qint64> { 1500 } << QList<qint64> { kNoTime };
        QTest::addRow("offset cannot go below zero")
            << "[offset:3000]\n[00:01.00]a\n"
            << QStringList { "a" } << QList<qint64> { 0 } << QList<qint64> { kNoTime };
        QTest::addRow("three-digit fraction and minutes over 59")
            << "[75:10.123]late\n"
            << QStringList { "late" } << QList<qint64> { 4'510'123 } << QList<qint64> { kNoTime };
        QTest::addRow("no fraction") << "[01:02]x\n"
                                     << QStringList { "x" } << QList<qint64> { 62000 }
                                     << QList<qint64> { kNoTime };
        QTest::addRow("empty line text")
            << "[00:01.00]\n[00:02.00]b\n"
            << QStringList { "", "b" } << QList<qint64> { 1000, 2000 } << QList<qint64> { 2000, kNoTime };
    }

    void read()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, texts);
        QFETCH(QList<qint64>, starts);
        QFETCH(QList<qint64>, ends);
        const ReadResult r = LrcReader::read(input);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(test::texts(*r.transcript), texts);
        QCOMPARE(test::starts(*r.transcript), starts);
        QCOMPARE(test::ends(*r.transcript), ends);
    }

    void enhancedWords()
    {
        const ReadResult r = LrcReader::read(
            QStringLiteral("[offset:100]\n[00:14.00]<00:14.00>word <00:14.40>by <00:14.80>word<00:15.20>\n"));
        QVERIFY(r.ok());
        const Segment &s = r.transcript->segments.first();
        QCOMPARE(s.text, QStringLiteral("word by word"));
        QCOMPARE(s.start, qint64(13900));
        QCOMPARE(s.end, qint64(15100)); // the closing word tag, offset applied
        QCOMPARE(s.words.size(), qsizetype(3));
        QCOMPARE(s.words[0].start, qint64(13900));
        QCOMPARE(s.words[1].start, qint64(14300));
        QCOMPARE(s.words[2].start, qint64(14700));
        QCOMPARE(s.words[2].end, qint64(15100));
    }

    void metadata()
    {
        const ReadResult r
            = LrcReader::read(QStringLiteral("[ti:Episode title]\n[ar:Host Name]\n[al:The "
                                             "Show]\n[by:editor]\n[la:de]\n[length:12:34]\n[00:01.00]x\n"));
        QVERIFY(r.ok());
        const TranscriptMetadata &m = r.transcript->metadata;
        QCOMPARE(m.title, QStringLiteral("Episode title"));
        QCOMPARE(m.show, QStringLiteral("The Show"));
        QCOMPARE(m.language, QStringLiteral("de"));
        QCOMPARE(m.duration, qint64(754'000));
        QCOMPARE(m.extraValue(QStringLiteral("ar")), QStringLiteral("Host Name"));
        QCOMPARE(m.extraValue(QStringLiteral("by")), QStringLiteral("editor"));
    }

    void untaggedLinesWarn()
    {
        const ReadResult r = LrcReader::read(QStringLiteral("[00:01.00]a\nstray text\n[00:02.00]b\n"));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), qsizetype(1));
        QCOMPARE(r.warnings.first().line, 2);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("no valid tags") << "[xx:yy]hello\n[1:2:3:4]x\n";
        QTest::addRow("metadata only") << "[ti:Title]\n[ar:Artist]\n";
        QTest::addRow("seconds over 59") << "[00:75.00]x\n";
        QTest::addRow("empty") << "";
    }

    void refused()
    {
        QFETCH(QString, input);
        const ReadResult r = LrcReader::read(input);
        QVERIFY(!r.ok());
        QVERIFY(r.error.message.contains(QStringLiteral("[mm:ss.xx]")));
    }
};

QTEST_GUILESS_MAIN(TestLrcReader)
#include "tst_lrcreader.moc"

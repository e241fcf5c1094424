// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/podcastjsonreader.h"

#include <QTest>

using namespace hark;

namespace {

// JSON written with single quotes, to keep the test tables readable.
QString json(const char *singleQuoted)
{
    return QString::fromUtf8(singleQuoted).replace(u'\'', u'"');
}

} // namespace

class TestPodcastJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordLevel()
    {
        const ReadResult r = PodcastJsonReader::read(
            json("{'version':'1.0.0','segments':[\n {'speaker':'Darth "
                 "Vader','startTime':0.5,'endTime':0.75,'body':'I'},\n {'speaker':'Darth "
                 "Vader','startTime':0.8,'endTime':1.2,'body':'am'},\n "
                 "{'speaker':'Luke','startTime':2.75,'endTime':3.0,'body':'Nooooo'}]}"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const Transcript &t = *r.transcript;
        QCOMPARE(t.segments.size(), qsizetype(3));
        QCOMPARE(t.speakers, (QStringList { "Darth Vader", "Luke" }));
        QCOMPARE(t.segments[1].start, qint64(800));
        QCOMPARE(t.segments[1].words.size(), qsizetype(1));
        QCOMPARE(t.segments[1].words[0].start, qint64(800));
        QCOMPARE(t.segments[1].words[0].end, qint64(1200));
        QCOMPARE(t.timing(), Timing::Words);
    }

    void phraseLevelAndMissingEnds()
    {
        const ReadResult r = PodcastJsonReader::read(json(
            "{'segments':[\n {'startTime':1,'body':'Hello there, friend.'},\n "
            "{'startTime':4.25,'endTime':null,'body':'Second\\nline'},\n {'startTime':9.5,'body':'last'}]}"));
        QVERIFY(r.ok());
        const Transcript &t = *r.transcript;
        QCOMPARE(t.segments[0].end, qint64(4250)); // from the next start
        QCOMPARE(t.segments[1].end, qint64(9500));
        QCOMPARE(t.segments[2].end, kNoTime); // nothing follows
        QCOMPARE(t.segments[1].text, QStringLiteral("Second line"));
        QCOMPARE(t.segments[0].words.size(), qsizetype(3));
        QVERIFY(!t.segments[0].hasWordTimes());
        QCOMPARE(t.timing(), Timing::Segments);
    }

    void stringTimesWarnOnce()
    {
        const ReadResult r
            = PodcastJsonReader::read(json("{'segments':[{'startTime':0,'body':'a'},\n{'startTime':'1.5','"
                                           "endTime':'2','body':'x'},\n{'startTime':'3','body':'y'}]}"));
        QVERIFY(r.ok());
        QCOMPARE(r.transcript->segments[1].start, qint64(1500));
        QCOMPARE(r.transcript->segments[2].start, qint64(3000));
        QCOMPARE(r.warnings.size(), qsizetype(1));
        QCOMPARE(r.warnings.first().line, 2);
        QVERIFY2(r.warnings.first().message.contains("segment 2 (and 1 more segments)"),
            qPrintable(r.warnings.first().message));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("array at the top") << "[{\"startTime\":1}]" << 1 << "found an array";
        QTest::addRow("no segments") << "{\"version\":\"1.0.0\"}" << 1 << "has none";
        QTest::addRow("segments not an array") << "{\"segments\":{}}" << 1 << "to be an array";
        QTest::addRow("truncated") << "{\"segments\":[\n{\"startTime\":1,\n\"body\":\"x\"" << 3
                                   << "invalid JSON";
        QTest::addRow("word as time") << "{\"segments\":[\n  {\"startTime\":0,\"body\":\"a\"},\n  "
                                         "{\"startTime\":\"soon\",\"body\":\"b\"}]}"
                                      << 3 << "segment 2";
        QTest::addRow("negative time")
            << "{\"segments\":[{\"startTime\":-1,\"body\":\"a\"}]}" << 1 << "from 0";
        QTest::addRow("segment not an object") << "{\"segments\":[\n1]}" << 2 << "to be an object";
        QTest::addRow("body not text")
            << "{\"segments\":[{\"startTime\":1,\"body\":[1]}]}" << 1 << "to be text";
        QTest::addRow("deep nesting") << "{\"x\":" + QString(100000, u'[') << 1 << "invalid JSON";
        QTest::addRow("text after the document") << "{\"segments\":[]}\n\nx" << 3 << "after the end";
        QTest::addRow("nested time") << "{\"segments\":[{\"startTime\":{\"s\":1}}]}" << 1
                                     << "segment 1: expected \"startTime\"";
    }

    void refused()
    {
        QFETCH(QString, input);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const ReadResult r = PodcastJsonReader::read(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.line, line);
        QVERIFY2(r.error.message.contains(messagePart), qPrintable(r.error.message));
    }

    void chapters()
    {
        const ReadResult r = ChaptersJsonReader::read(
            json("{'version':'1.2.0','chapters':[\n {'startTime':168,'title':'Hearing "
                 "Aids','img':'https://example.com/a.jpg','url':'https://example.com'},\n "
                 "{'startTime':0,'title':'Intro'},\n {'startTime':200.5,'title':'Hidden','toc':false}]}"));
        QVERIFY(r.ok());
        const auto &c = r.transcript->chapters;
        QCOMPARE(c.size(), qsizetype(3));
        QCOMPARE(c[0].title, QStringLiteral("Intro"));
        QCOMPARE(c[1].start, qint64(168'000));
        QCOMPARE(c[1].image, QStringLiteral("https://example.com/a.jpg"));
        QVERIFY(c[2].hidden);
        QVERIFY(!c[1].hidden);
    }
};

QTEST_GUILESS_MAIN(TestPodcastJsonReader)
#include "tst_podcastjsonreader.moc"

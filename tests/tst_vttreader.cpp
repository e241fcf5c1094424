// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/vttreader.h"

#include "segmentcolumns.h"

#include <QFile>
#include <QTest>

using namespace hark;

namespace {

QString lines(std::initializer_list<const char *> ls)
{
    QString out;
    for (const char *l : ls)
        out += QString::fromUtf8(l) + u'\n';
    return out;
}

} // namespace

class TestVttReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Cue counts, texts and times after web-platform-tests webvtt/parsing/file-parsing/support/*.test.
    void parsing_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<qint64>>("starts");
        QTest::addColumn<QList<qint64>>("ends");

        QTest::addRow("arrows") << lines(
            { "WEBVTT", "", "-->", "00:00:00.000 --> 00:00:01.000", "text1", "foo-->",
                "00:00:00.000 --> 00:00:01.000", "text2", "-->foo", "00:00:00.000 --> 00:00:01.000", "text3",
                "--->", "00:00:00.000 --> 00:00:01.000", "text4", "-->-->", "00:00:00.000 --> 00:00:01.000",
                "text5", "00:00:00.000 --> 00:00:01.000", "text6", "", "00:00:00.000 -a -->", "",
                "00:00:00.000 --a -->", "", "00:00:00.000 - -->", "", "00:00:00.000 -- -->" })
                                << QStringList { "text1", "text2", "text3", "text4", "text5", "text6" }
                                << QList<qint64>(6, 0) << QList<qint64>(6, 1000);
        QTest::addRow("timings too short")
            << lines({ "WEBVTT", "", "0:00:00.000 --> 00:00:01.000", "text1", "",
                   "0000:00.000 --> 00:00:01.000", "invalid", "", "00:0:00.000 --> 00:00:01.000", "invalid",
                   "", "00:00:00.00 --> 00:00:01.000", "invalid", "", "00:00 --> 00:00:01.000", "invalid", "",
                   "00:00:00.000 --> 0:00:01.000", "text2" })
            << QStringList { "text1", "text2" } << QList<qint64> { 0, 0 } << QList<qint64> { 1000, 1000 };
        QTest::addRow("timings too long") << lines({ "WEBVTT", "", "000:00:00.000 --> 00:00:01.000", "text1",
            "", "00::00:00.000 --> 00:00:01.000", "invalid", "", "00:00:00.0000 --> 00:00:01.000", "invalid",
            "", "00:00.000 --> 000:01.000", "invalid", "", "00:00:00.000 --> 000:00:01.000", "text2" })
                                          << QStringList { "text1", "text2" } << QList<qint64> { 0, 0 }
                                          << QList<qint64> { 1000, 1000 };
        QTest::addRow("omitted hours")
            << lines({ "WEBVTT", "", "00:00.000 --> 00:00:01.000", "text1", "", "00:00:00.000 --> 00:01.000",
                   "text2", "", "00:00.000 --> 00:01.000", "text3" })
            << QStringList { "text1", "text2", "text3" } << QList<qint64>(3, 0) << QList<qint64>(3, 1000);
        QTest::addRow("end before start is kept")
            << lines({ "WEBVTT", "", "00:00:01.000 --> 00:00:00.999", "text2", "",
                   "01:00:00.000 --> 00:59:59.999", "text4" })
            << QStringList { "text2", "text4" } << QList<qint64> { 1000, 3'600'000 }
            << QList<qint64> { 999, 3'599'999 };
        QTest::addRow("whitespace around timings")
            << QStringLiteral("WEBVTT\n\nspaces\n   00:00:00.000    -->  00:00:01.000 \n   "
                              "text1\n\ntabs\n\t\t00:00:00.000\t-->\t00:00:01.000\t\ntext2\n\n"
                              "form feed\n\f\f00:00:00.000\f-->\f00:00:01.000\f\ntext3\n\nvertical "
                              "tab\n\v00:00:00.000\v-->\v00:00:01.000\v\ntext4\n")
            << QStringList { "text1", "text2", "text3" } << QList<qint64>(3, 0) << QList<qint64>(3, 1000);
        QTest::addRow("crlf and no final newline")
            << QStringLiteral(
                   "WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\none\r\n\r\n00:02.000 --> 00:03.000\r\ntwo")
            << QStringList { "one", "two" } << QList<qint64> { 1000, 2000 } << QList<qint64> { 2000, 3000 };
        QTest::addRow("bom, header text, NOTE, STYLE and REGION blocks") << QStringLiteral(
            "\uFEFFWEBVTT Optional header text\n\nNOTE a comment block\nover two lines\n\n"
            "STYLE\n::cue { color: yellow }\n\nREGION\nid:fred width:40%\n\n"
            "intro-1\n00:05.000 --> 00:10.000 align:left line:90%\nHello\nthere\n\nNOTE closing --> remark\n")
                                                                         << QStringList { "Hello there" }
                                                                         << QList<qint64> { 5000 }
                                                                         << QList<qint64> { 10000 };
        QTest::addRow("empty file with signature")
            << QStringLiteral("WEBVTT\n") << QStringList {} << QList<qint64> {} << QList<qint64> {};
        QTest::addRow("signature then tab")
            << QStringLiteral("WEBVTT\tkind\n\n00:00.000 --> 00:01.000\nx\n") << QStringList { "x" }
            << QList<qint64> { 0 } << QList<qint64> { 1000 };
        QTest::addRow("nul becomes replacement character")
            << QStringLiteral("WEBVTT\n\n00:00.000 --> 00:01.000\na") + QChar(0) + QStringLiteral("b\n")
            << QStringList { QStringLiteral("a\uFFFDb") } << QList<qint64> { 0 } << QList<qint64> { 1000 };
    }

    void parsing()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, texts);
        QFETCH(QList<qint64>, starts);
        QFETCH(QList<qint64>, ends);
        const ReadResult r = VttReader::read(input);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(test::texts(*r.transcript), texts);
        QCOMPARE(test::starts(*r.transcript), starts);
        QCOMPARE(test::ends(*r.transcript), ends);
    }

    void ids()
    {
        // After web-platform-tests ids.test: identifiers keep their spaces and may hold arrows' pieces.
        const QString input
            = QStringLiteral("WEBVTT\n\n leading space\n00:00:00.000 --> 00:00:01.000\ntext1\n\ntrailing "
                             "space \n00:00:00.000 --> 00:00:01.000\ntext2\n\n"
                             "-- >\n00:00:00.000 --> 00:00:01.000\ntext3\n\n->\n00:00:00.000 --> "
                             "00:00:01.000\ntext4\n\n \n00:00:00.000 --> 00:00:01.000\ntext5");
        const ReadResult r = VttReader::read(input);
        QVERIFY(r.ok());
        QStringList ids;
        for (const Segment &s : r.transcript->segments)
            ids.append(s.id);
        QCOMPARE(ids, (QStringList { " leading space", "trailing space ", "-- >", "->", " " }));
    }

    void signature_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("missing") << QStringLiteral("00:00.000 --> 00:01.000\nx\n");
        QTest::addRow("lower case") << QStringLiteral("webvtt\n\n00:00.000 --> 00:01.000\nx\n");
        QTest::addRow("glued text") << QStringLiteral("WEBVTTX\n\n00:00.000 --> 00:01.000\nx\n");
        QTest::addRow("leading space") << QStringLiteral(" WEBVTT\n");
        QTest::addRow("empty") << QString();
    }

    void signature()
    {
        QFETCH(QString, input);
        const ReadResult r = VttReader::read(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.line, 1);
        QVERIFY(r.error.message.contains(QStringLiteral("WEBVTT")));
        // Leniently, the cues are still there.
        const ReadResult lenient = VttReader::read(input, { .requireSignature = false });
        QVERIFY(lenient.ok());
        QVERIFY(!lenient.warnings.isEmpty());
    }

    void cueText_data()
    {
        QTest::addColumn<QString>("cue");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        QTest::addRow("voice") << "<v Tom>Hello there"
                               << "Hello there"
                               << "Tom";
        QTest::addRow("voice with class") << "<v.loud Tom Smith>Hey!</v>"
                                          << "Hey!"
                                          << "Tom Smith";
        QTest::addRow("formatting tags") << "<i>very</i> <b>bold</b> <u>move</u> <c.yellow>now</c>"
                                         << "very bold move now"
                                         << "";
        QTest::addRow("lang and ruby") << "<lang en>a</lang> <ruby>漢<rt>kan</rt></ruby>"
                                       << "a 漢kan"
                                       << "";
        QTest::addRow("entities") << "Tom &amp; Jerry &lt;3 &gt; &nbsp;x &#233;t&#xE9; &unknown;"
                                  << "Tom & Jerry <3 > \u00a0x \u00e9t\u00e9 &unknown;"
                                  << "";
        QTest::addRow("speaker label without voice") << "Sarah: In today's episode,"
                                                     << "In today's episode,"
                                                     << "Sarah";
        QTest::addRow("two lines") << "first line\nsecond line"
                                   << "first line second line"
                                   << "";
        QTest::addRow("unterminated tag") << "before <b unterminated"
                                          << "before"
                                          << "";
    }

    void cueText()
    {
        QFETCH(QString, cue);
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        const ReadResult r
            = VttReader::read(QString(QStringLiteral("WEBVTT\n\n00:01.000 --> 00:02.000\n") + cue + u"\n"));
        QVERIFY(r.ok());
        QCOMPARE(r.transcript->segments.size(), qsizetype(1));
        const Segment &s = r.transcript->segments.first();
        QCOMPARE(s.text, text);
        QCOMPARE(r.transcript->speakerName(s.speaker), speaker);
    }

    void inlineWordTimes()
    {
        const ReadResult r = VttReader::read(
            QStringLiteral("WEBVTT\n\n00:05.000 --> 00:10.000\n<v Tom>Yeah, <i>absolutely</i> &amp; "
                           "<00:00:06.200>then <00:00:06.650>this.\n"));
        QVERIFY(r.ok());
        const Segment &s = r.transcript->segments.first();
        QCOMPARE(s.text, QStringLiteral("Yeah, absolutely & then this."));
        QCOMPARE(r.transcript->speakers, QStringList { QStringLiteral("Tom") });
        QCOMPARE(s.words.size(), qsizetype(5));
        const QList<qint64> starts = { 5000, kNoTime, kNoTime, 6200, 6650 };
        for (qsizetype i = 0; i < starts.size(); ++i)
            QCOMPARE(s.words[i].start, starts[i]);
        QCOMPARE(s.wordText(3), QStringLiteral("then"));
        QCOMPARE(s.words[3].end, qint64(6650));
        QCOMPARE(s.words[4].end, qint64(10000));
        QCOMPARE(r.transcript->timing(), Timing::Words);
    }

    // Podcasting 2.0 guidance: the voice tag opens a cue only when the speaker changes.
    void speakerCarriesForward()
    {
        const ReadResult r = VttReader::read(
            lines({ "WEBVTT", "", "00:00.000 --> 00:05.000", "<v John>Podcasting is changing.", "",
                "00:05.000 --> 00:10.000", "<v Tom>Yeah, absolutely.", "", "00:10.000 --> 00:15.000",
                "It empowers creators.", "", "00:15.000 --> 00:20.000", "<v John>Exactly, Tom." }));
        QVERIFY(r.ok());
        QCOMPARE(test::speakers(*r.transcript), (QStringList { "John", "Tom", "Tom", "John" }));
    }

    void metadataNote()
    {
        const ReadResult r = VttReader::read(
            lines({ "WEBVTT", "Kind: captions", "Language: en", "", "NOTE", "Title: Episode 1",
                "Show: The Show", "Date: 2024-07-07", "Duration: 00:12:00.000", "Chapter: 00:00:00.000 Intro",
                "Chapter: 00:01:30.000 Main part", "", "00:00.000 --> 00:01.000", "x" }));
        QVERIFY(r.ok());
        const Transcript &t = *r.transcript;
        QCOMPARE(t.metadata.title, QStringLiteral("Episode 1"));
        QCOMPARE(t.metadata.show, QStringLiteral("The Show"));
        QCOMPARE(t.metadata.date, QDate(2024, 7, 7));
        QCOMPARE(t.metadata.duration, qint64(720'000));
        QCOMPARE(t.metadata.language, QStringLiteral("en"));
        QCOMPARE(t.metadata.extraValue(QStringLiteral("Kind")), QStringLiteral("captions"));
        QCOMPARE(t.chapters.size(), qsizetype(2));
        QCOMPARE(t.chapters[1].start, qint64(90'000));
        QCOMPARE(t.chapters[1].title, QStringLiteral("Main part"));
    }

    // The short forms real publishers write, which the parser's rules refuse (web-platform-tests has
    // "00:00.000 --> 0:01.000" invalid): read, with one warning at the first such cue.
    void shortForms_data()
    {
        QTest::addColumn<QString>("timings");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addRow("seconds alone") << "0.860 --> 6.420" << qint64(860) << qint64(6420);
        QTest::addRow("seconds, then minutes of one digit")
            << "55.440 --> 1:01.080" << qint64(55'440) << qint64(61'080);
        QTest::addRow("minutes of one digit") << "0:01.000 --> 0:02.500" << qint64(1000) << qint64(2500);
        QTest::addRow("seconds past a minute") << "75.250 --> 80.000" << qint64(75'250) << qint64(80'000);
        QTest::addRow("beside the standard form") << "00:01.000 --> 2.000" << qint64(1000) << qint64(2000);
        QTest::addRow("with cue settings") << "1.500 --> 2.000 align:left" << qint64(1500) << qint64(2000);
    }

    void shortForms()
    {
        QFETCH(QString, timings);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        const ReadResult r = VttReader::read(
            QString("WEBVTT\n\n00:00.000 --> 00:00.500\nstandard\n\n" + timings + "\nshort\n"));
        QVERIFY(r.ok());
        QCOMPARE(test::texts(*r.transcript), (QStringList { "standard", "short" }));
        QCOMPARE(r.transcript->segments[1].start, start);
        QCOMPARE(r.transcript->segments[1].end, end);
        QCOMPARE(r.warnings.size(), qsizetype(1));
        QCOMPARE(r.warnings.first().line, 6);
        QVERIFY2(r.warnings.first().message.contains(u"short form"), qPrintable(r.warnings.first().message));
    }

    // Short in a way nobody writes a time: still refused, as before.
    void notShortForms_data()
    {
        QTest::addColumn<QString>("timings");
        QTest::addRow("two fraction digits") << "1.86 --> 2.000";
        QTest::addRow("four fraction digits") << "1.8600 --> 2.000";
        QTest::addRow("no fraction") << "1 --> 2";
        QTest::addRow("minutes of three digits") << "100:01.000 --> 100:02.000";
        QTest::addRow("seconds past 59 after minutes") << "1:60.000 --> 1:61.000";
    }

    void notShortForms()
    {
        QFETCH(QString, timings);
        const ReadResult r = VttReader::read(QString("WEBVTT\n\n" + timings + "\ntext\n"));
        QVERIFY(r.ok());
        QCOMPARE(r.transcript->segments.size(), qsizetype(0));
        QCOMPARE(r.warnings.size(), qsizetype(1));
        QVERIFY2(r.warnings.first().message.contains(u"expected cue timings"),
            qPrintable(r.warnings.first().message));
    }

    // A real transcript in the short form (as a publisher served it; one cue of six was read before).
    void realTranscriptInShortForm()
    {
        QFile file(QFINDTESTDATA("data/formats/short-times.vtt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ReadResult r = VttReader::read(QString::fromUtf8(file.readAll()));
        QVERIFY(r.ok());
        QCOMPARE(test::starts(*r.transcript), (QList<qint64> { 860, 6420, 14'100, 29'900, 55'440, 61'080 }));
        QCOMPARE(test::ends(*r.transcript), (QList<qint64> { 6420, 14'100, 29'900, 55'440, 61'080, 69'500 }));
        QCOMPARE(test::speakers(*r.transcript),
            (QStringList { "Host", "Host", "Guest", "Guest", "Host", "Guest" }));
        QCOMPARE(r.warnings.size(), qsizetype(1));
        QCOMPARE(r.warnings.first().line, 6);
    }

    void badTimingWarnsWithLine()
    {
        const ReadResult r = VttReader::read(
            lines({ "WEBVTT", "", "00:00.000 --> 00:01.000", "good", "", "00:61.000 --> 00:62.000", "bad" }));
        QVERIFY(r.ok());
        QCOMPARE(r.transcript->segments.size(), qsizetype(1));
        QCOMPARE(r.warnings.size(), qsizetype(1));
        QCOMPARE(r.warnings.first().line, 6);
    }
};

QTEST_GUILESS_MAIN(TestVttReader)
#include "tst_vttreader.moc"

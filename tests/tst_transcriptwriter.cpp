// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transcriptwriter.h"

#include "core/formats/srtreader.h"
#include "core/formats/vttreader.h"
#include "core/textsplitter.h"
#include "core/transcriptfile.h"
#include "segmentcolumns.h"

#include <QTest>

using namespace hark;

namespace {

Transcript load(const QString &path)
{
    const ReadResult r = TranscriptFile::read(path);
    if (!r.ok())
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(r.error.message));
    return *r.transcript;
}

Transcript reread(const QString &text, Format format)
{
    const ReadResult r = TranscriptFile::readText(text, QStringLiteral("x.") + formatName(format));
    if (!r.ok())
        qFatal("cannot read back: %s\n%s", qPrintable(r.error.format(QStringLiteral("written"))),
            qPrintable(text));
    return *r.transcript;
}

} // namespace

class TestTranscriptWriter : public QObject
{
    Q_OBJECT

    Transcript m_interview;

private Q_SLOTS:
    void initTestCase() { m_interview = load(QFINDTESTDATA("data/formats/interview.vtt")); }

    void vtt()
    {
        const auto r = TranscriptWriter::write(m_interview, Format::WebVtt);
        QVERIFY(r.ok());
        QCOMPARE(r.text,
            QStringLiteral("WEBVTT Hark test interview\n\nNOTE\nTitle: Reading along\nShow: The Hark Test "
                           "Show\nDate: 2026-11-01\n"
                           "Duration: 00:00:30.000\nLanguage: en\nChapter: 00:00:00.000 Welcome\nChapter: "
                           "00:00:09.000 Questions\n\n"
                           "intro-1\n00:00:01.000 --> 00:00:04.200\n<v Ann>Welcome <00:00:01.450>to "
                           "<00:00:01.600>the <00:00:01.750>show &amp; "
                           "<00:00:02.500>thanks <00:00:02.900>for <00:00:03.100>listening.\n\n"
                           "00:00:04.500 --> 00:00:08.000\n<v Ben>Glad <00:00:04.900>to <00:00:05.100>be "
                           "<00:00:05.300>here. <00:00:06.000>Really <00:00:06.600>glad.\n\n"
                           "00:00:09.000 --> 00:00:12.000\n<v Ann>First <00:00:09.400>question: "
                           "<00:00:10.100>what <00:00:10.400>does "
                           "<00:00:10.700>3 <00:00:10.900>&lt; <00:00:11.000>5 <00:00:11.200>mean?\n\n"
                           "00:00:12.500 --> 00:00:15.000\n<v Ann>[Laughter]\n"));
    }

    void srt()
    {
        const auto r = TranscriptWriter::write(m_interview, Format::Srt);
        QVERIFY(r.ok());
        QCOMPARE(r.text,
            QStringLiteral(
                "1\n00:00:01,000 --> 00:00:04,200\nAnn: Welcome to the show & thanks for listening.\n\n"
                "2\n00:00:04,500 --> 00:00:08,000\nBen: Glad to be here. Really glad.\n\n"
                "3\n00:00:09,000 --> 00:00:12,000\nAnn: First question: what does 3 < 5 mean?\n\n"
                "4\n00:00:12,500 --> 00:00:15,000\nAnn: [Laughter]\n"));
    }

    void srtWords()
    {
        const auto r = TranscriptWriter::write(m_interview, Format::Srt, { .words = true, .bookmarks = {} });
        QVERIFY(r.ok());
        QVERIFY(
            r.text.startsWith(QStringLiteral("1\n00:00:01,000 --> 00:00:01,450\nAnn: "
                                             "Welcome\n\n2\n00:00:01,450 --> 00:00:01,600\nAnn: to\n\n")));
        // "show" and the untimed "&" after it form one cue up to the next timed word.
        QVERIFY(r.text.contains(QStringLiteral("4\n00:00:01,750 --> 00:00:02,500\nAnn: show &\n\n")));
        QVERIFY(r.text.contains(QStringLiteral("7\n00:00:03,100 --> 00:00:04,200\nAnn: listening.\n\n")));
        QVERIFY(r.text.contains(QStringLiteral("8\n00:00:04,500 --> 00:00:04,900\nBen: Glad\n\n")));
        QVERIFY(r.text.contains(QStringLiteral("13\n00:00:06,600 --> 00:00:08,000\nBen: glad.\n\n")));
        // A cue without word times stays whole.
        QVERIFY(r.text.endsWith(QStringLiteral("\n00:00:12,500 --> 00:00:15,000\nAnn: [Laughter]\n")));
    }

    void json()
    {
        const auto r = TranscriptWriter::write(m_interview, Format::PodcastJson);
        QVERIFY(r.ok());
        QCOMPARE(r.text,
            QStringLiteral(
                "{\n  \"version\": \"1.0.0\",\n  \"segments\": [\n"
                "    {\"speaker\": \"Ann\", \"startTime\": 1.000, \"endTime\": 4.200, \"body\": \"Welcome to "
                "the show & thanks for listening.\"},\n"
                "    {\"speaker\": \"Ben\", \"startTime\": 4.500, \"endTime\": 8.000, \"body\": \"Glad to be "
                "here. Really glad.\"},\n"
                "    {\"speaker\": \"Ann\", \"startTime\": 9.000, \"endTime\": 12.000, \"body\": \"First "
                "question: what does 3 < 5 mean?\"},\n"
                "    {\"speaker\": \"Ann\", \"startTime\": 12.500, \"endTime\": 15.000, \"body\": "
                "\"[Laughter]\"}\n  ]\n}\n"));
    }

    // SRT has no escapes: an arrow in the text is written so that it cannot pass for a timing line.
    void srtArrowInText()
    {
        Transcript t;
        Segment s;
        s.start = 1000;
        s.end = 2000;
        s.text = QStringLiteral("12 --> 13 and back");
        s.words = TextSplitter::words(s.text);
        t.segments.append(s);
        const auto r = TranscriptWriter::write(t, Format::Srt);
        QVERIFY(r.ok());
        QVERIFY2(r.text.contains(QStringLiteral("12 --&gt; 13 and back")), qPrintable(r.text));
        const ReadResult back = SrtReader::read(r.text);
        QVERIFY(back.ok());
        QCOMPARE(back.transcript->segments.size(), qsizetype(1));
        QCOMPARE(back.transcript->segments.first().text, s.text);
    }

    void jsonUntimedAndEscaped()
    {
        Transcript t;
        Segment s;
        s.text = QStringLiteral("Say \"hi\" \\ tab\there");
        t.segments.append(s);
        const auto r = TranscriptWriter::write(t, Format::PodcastJson);
        QVERIFY(r.ok());
        QVERIFY(r.text.contains(QStringLiteral(
            "{\"startTime\": null, \"endTime\": null, \"body\": \"Say \\\"hi\\\" \\\\ tab\\there\"}")));
    }

    void text()
    {
        const auto r = TranscriptWriter::write(m_interview, Format::Text);
        QVERIFY(r.ok());
        QCOMPARE(r.text,
            QStringLiteral(
                "Title: Reading along\nShow: The Hark Test Show\nDate: 2026-11-01\nDuration: "
                "00:00:30.000\nLanguage: en\n\n"
                "Ann: Welcome to the show & thanks for listening.\n\nBen: Glad to be here. Really glad.\n\n"
                "Ann: First question: what does 3 < 5 mean? [Laughter]\n"));
    }

    void markdown()
    {
        const auto r = TranscriptWriter::write(m_interview, Format::Markdown);
        QVERIFY(r.ok());
        QCOMPARE(r.text,
            QStringLiteral("# Reading along\n\n*The Hark Test Show · 2026-11-01 · 0:30*\n\n## Welcome\n\n"
                           "**Ann** [0:01]  \nWelcome to the show & thanks for listening.\n\n**Ben** [0:04]  "
                           "\nGlad to be here. Really glad.\n\n"
                           "## Questions\n\n**Ann** [0:09]  \nFirst question: what does 3 < 5 "
                           "mean? [Laughter]\n"));
    }

    // Bookmarks: a NOTE before the cue each falls in, which WebVTT readers skip (Hark's own included).
    void vttBookmarks()
    {
        const QList<Bookmark> bookmarks { { 500, QStringLiteral("before it starts") },
            { 4'600, QStringLiteral("Ben -->\nagrees") }, { 4'700, {} },
            { 20'000, QStringLiteral("at the end") } };
        const auto r = TranscriptWriter::write(
            m_interview, Format::WebVtt, { .words = false, .bookmarks = bookmarks });
        QVERIFY(r.ok());
        QVERIFY2(
            r.text.contains(u"\nNOTE Bookmark 00:00:00.500\nbefore it starts\n\nintro-1\n00:00:01.000 -->"),
            qPrintable(r.text));
        QVERIFY2(r.text.contains(u"\nNOTE Bookmark 00:00:04.600\nBen - -> agrees\n\nNOTE Bookmark "
                                 u"00:00:04.700\n\n00:00:04.500 -->"),
            qPrintable(r.text));
        QVERIFY2(r.text.contains(u"\nNOTE Bookmark 00:00:20.000\nat the end\n\n00:00:12.500 -->"),
            qPrintable(r.text));
        const ReadResult back = VttReader::read(r.text);
        QVERIFY2(back.ok() && back.warnings.isEmpty(), qPrintable(back.error.message));
        QCOMPARE(back.transcript->segments,
            VttReader::read(TranscriptWriter::write(m_interview, Format::WebVtt).text).transcript->segments);
    }

    // A hidden chapter (toc: false) heads nothing, in Markdown as in the window.
    void markdownLeavesHiddenChaptersOut()
    {
        Transcript t = m_interview;
        t.chapters.append(Chapter { 4'500, kNoTime, QStringLiteral("Backstage"), {}, {}, true, {} });
        const auto r = TranscriptWriter::write(t, Format::Markdown);
        QVERIFY(r.ok());
        QVERIFY2(!r.text.contains(u"Backstage"), qPrintable(r.text));
        QVERIFY(r.text.contains(u"## Questions"));
    }

    void untimedCannotBeCues_data()
    {
        QTest::addColumn<int>("format");
        QTest::addRow("vtt") << int(Format::WebVtt);
        QTest::addRow("srt") << int(Format::Srt);
    }

    void untimedCannotBeCues()
    {
        QFETCH(int, format);
        const Transcript t = load(QFINDTESTDATA("data/formats/interview.txt"));
        const auto r = TranscriptWriter::write(t, Format(format));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("segment 1")));
        QVERIFY(TranscriptWriter::write(t, Format::PodcastJson).ok());
    }

    // Reading what was written gives back the same transcript, for everything the format can hold.
    // The aligner's low-confidence words keep their mark through WebVTT (<c.lowconf>), timed or not.
    void lowConfidenceSurvivesVtt()
    {
        Transcript t;
        Segment s;
        s.start = 1000;
        s.end = 4000;
        s.text = QStringLiteral("Maya said <this> twice");
        s.speaker = t.speakerIndex(QStringLiteral("Theo"));
        s.words = TextSplitter::words(s.text);
        const qint64 starts[] = { 1000, 1500, 2100, 3000 };
        for (int i = 0; i < 4; ++i)
            s.words[i].start = starts[i];
        s.words[0].flags = Word::LowConfidence; // the first word, at the cue's start
        s.words[2].flags = Word::LowConfidence; // a word that needs escaping
        t.segments.append(s);
        const auto written = TranscriptWriter::write(t, Format::WebVtt, {});
        QVERIFY(written.ok());
        QVERIFY2(written.text.contains(
                     QStringLiteral("<v Theo><c.lowconf>Maya</c> <00:00:01.500>said "
                                    "<00:00:02.100><c.lowconf>&lt;this&gt;</c> <00:00:03.000>twice")),
            qPrintable(written.text));
        const ReadResult back = TranscriptFile::readText(written.text, QStringLiteral("x.vtt"));
        QVERIFY(back.transcript);
        const Segment &r = back.transcript->segments.value(0);
        QCOMPARE(r.text, s.text);
        QCOMPARE(r.words.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(r.words[i].start, starts[i]);
            QCOMPARE(bool(r.words[i].flags & Word::LowConfidence), i == 0 || i == 2);
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("words");
        QTest::addRow("vtt -> vtt") << "interview.vtt" << int(Format::WebVtt) << false;
        QTest::addRow("srt -> srt") << "interview.srt" << int(Format::Srt) << false;
        QTest::addRow("word json -> json --words")
            << "interview-words.json" << int(Format::PodcastJson) << true;
        QTest::addRow("phrase json -> json") << "interview-phrases.json" << int(Format::PodcastJson) << false;
        QTest::addRow("txt -> txt") << "interview.txt" << int(Format::Text) << false;
        QTest::addRow("archive page -> txt")
            << "../archive-page/duran-belarus-joins-sco.txt" << int(Format::Text) << false;
        QTest::addRow("lrc -> vtt") << "interview.lrc" << int(Format::WebVtt) << false;
        QTest::addRow("html -> vtt") << "interview.html" << int(Format::WebVtt) << false;
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(bool, words);
        Transcript original = load(QFINDTESTDATA("data/formats/" + file));
        const auto written
            = TranscriptWriter::write(original, Format(format), { .words = words, .bookmarks = {} });
        QVERIFY2(written.ok(), qPrintable(written.error));
        Transcript back = reread(written.text, Format(format));

        // What a format cannot hold is left out of the comparison.
        if (Format(format) != Format::WebVtt) {
            original.chapters.clear();
            original.metadata.extra.clear();
            back.metadata.extra.clear();
        }
        if (Format(format) == Format::Srt || Format(format) == Format::PodcastJson)
            original.metadata = {};
        if (Format(format) != Format::Text) {
            for (Segment &s : original.segments)
                s.flags = 0; // paragraph marks
        }
        if (Format(format) == Format::Srt) {
            for (qsizetype i = 0; i < original.segments.size(); ++i)
                original.segments[i].id = QString::number(i + 1);
        }
        if (file.endsWith(u".lrc") || file.endsWith(u".html")) {
            // Segment ends were derived; VTT writes them explicitly, so compare the rest.
            for (qsizetype i = 0; i < original.segments.size(); ++i)
                original.segments[i].end = back.segments.value(i).end;
        }
        QCOMPARE(test::texts(back), test::texts(original));
        QCOMPARE(back.speakers, original.speakers);
        for (qsizetype i = 0; i < original.segments.size(); ++i)
            QCOMPARE(back.segments[i], original.segments[i]);
        QCOMPARE(back.metadata, original.metadata);
        QCOMPARE(back.chapters, original.chapters);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptWriter)
#include "tst_transcriptwriter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/plaintextreader.h"

#include <QFile>
#include <QTest>

using namespace hark;

class TestPlainTextReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void archivePageFixture()
    {
        QFile f(QFINDTESTDATA("data/archive-page/duran-belarus-joins-sco.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll());
        const ReadResult r = PlainTextReader::read(page);
        QVERIFY(r.ok());
        const Transcript &t = *r.transcript;
        QCOMPARE(t.metadata.title, QStringLiteral("Belarus joins SCO. Eurasia grows stronger"));
        QCOMPARE(t.metadata.show, QStringLiteral("The Duran Podcast"));
        QCOMPARE(t.metadata.date, QDate(2024, 7, 7));
        QCOMPARE(t.metadata.duration, qint64(12 * 60'000));
        QCOMPARE(t.metadata.extraValue(QStringLiteral("Site")), QStringLiteral("Archive.fm"));
        QCOMPARE(t.metadata.extraValue(QStringLiteral("Audio Format")), QStringLiteral("mp3"));
        QVERIFY(t.speakers.isEmpty());
        QCOMPARE(t.timing(), Timing::None);
        QVERIFY(t.segments.first().text.startsWith(QStringLiteral("All right, Alexander,")));
        QVERIFY(t.segments.first().flags & Segment::ParagraphStart);
        // Every word of the body is kept: the same whitespace tokens as the file's text.
        const QString body = page.section(QStringLiteral("mp3\n"), 1);
        QCOMPARE(t.wordCount(), body.simplified().split(u' ').size());
        const Segment &last = t.segments.last();
        QCOMPARE(last.text, QStringLiteral("[Music]"));
        QVERIFY(last.isNonSpeech());
    }

    void header_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("show");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<QString>("firstSentence");

        QTest::addRow("all fields, values on the same line")
            << "My Site\n\nA Show\n\nThe Title\n\nThe Title\n\nDuration: 1h 5m\nBroadcast on: 07 Jul "
               "2024\n\nHello there. Bye."
            << "The Title"
            << "A Show" << QDate(2024, 7, 7) << qint64(3'900'000) << "Hello there.";
        QTest::addRow("no duration")
            << "Site\n\nShow\n\nTitle here\n\nTitle here\n\nBroadcast on:\n01 Feb 2023\n\nText starts. Here."
            << "Title here"
            << "Show" << QDate(2023, 2, 1) << kNoTime << "Text starts.";
        QTest::addRow("only the repeated title") << "Show\n\nTitle\n\nTitle\n\nText starts."
                                                 << "Title"
                                                 << "Show" << QDate() << kNoTime << "Text starts.";
        QTest::addRow("no site line, seconds")
            << "The Show\n\nEpisode 4\n\nEpisode 4\n\nDuration:\n45s\n\nShort one."
            << "Episode 4"
            << "The Show" << QDate() << qint64(45'000) << "Short one.";
        QTest::addRow("fields without names") << "Duration: 12m\nPublished: 2024-03-05\n\nJust text."
                                              << ""
                                              << "" << QDate(2024, 3, 5) << qint64(720'000) << "Just text.";
        QTest::addRow("no header") << "Hello world. This is text.\n\nSecond paragraph."
                                   << ""
                                   << "" << QDate() << kNoTime << "Hello world.";
        QTest::addRow("short first line is not a header") << "Intro\n\nHello world."
                                                          << ""
                                                          << "" << QDate() << kNoTime << "Intro";
    }

    void header()
    {
        QFETCH(QString, input);
        QFETCH(QString, title);
        QFETCH(QString, show);
        QFETCH(QDate, date);
        QFETCH(qint64, duration);
        QFETCH(QString, firstSentence);
        const ReadResult r = PlainTextReader::read(input);
        QVERIFY(r.ok());
        const Transcript &t = *r.transcript;
        QCOMPARE(t.metadata.title, title);
        QCOMPARE(t.metadata.show, show);
        QCOMPARE(t.metadata.date, date);
        QCOMPARE(t.metadata.duration, duration);
        QCOMPARE(t.segments.first().text, firstSentence);
    }

    void paragraphsAndSpeakers()
    {
        const ReadResult r = PlainTextReader::read(
            QStringLiteral("Anna: Hello. How are you?\n\nBen: Fine,\nthanks.\n\nJust words here."));
        QVERIFY(r.ok());
        const Transcript &t = *r.transcript;
        QCOMPARE(t.segments.size(), qsizetype(4));
        QCOMPARE(t.speakers, (QStringList { "Anna", "Ben" }));
        QCOMPARE(t.segments[0].text, QStringLiteral("Hello."));
        QCOMPARE(t.speakerName(t.segments[1].speaker), QStringLiteral("Anna"));
        QCOMPARE(t.segments[2].text, QStringLiteral("Fine, thanks."));
        QCOMPARE(t.speakerName(t.segments[2].speaker), QStringLiteral("Ben"));
        QCOMPARE(t.segments[3].speaker, -1);
        const QList<bool> starts = { true, false, true, true };
        for (qsizetype i = 0; i < starts.size(); ++i)
            QCOMPARE(bool(t.segments[i].flags & Segment::ParagraphStart), starts[i]);
        QCOMPARE(t.paragraphStarts(), (QList<qsizetype> { 0, 2, 3 }));
    }

    void timedParagraphs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("otter")
            << "Jane Doe  0:03\nWelcome back. Today we talk.\n\nSpeaker 2  1:02:05\nThanks, Jane.\n";
        QTest::addRow("rev")
            << "Jane Doe (00:03):\nWelcome back. Today we talk.\n\nSpeaker 2 (01:02:05):\nThanks, Jane.\n";
        QTest::addRow("blank line after the heading")
            << "Jane Doe  0:03\n\nWelcome back. Today we talk.\n\nSpeaker 2  1:02:05\n\nThanks, Jane.\n";
        QTest::addRow("time only, label in the text")
            << "00:03\nJane Doe: Welcome back. Today we talk.\n\n1:02:05\nSpeaker 2: Thanks, Jane.\n";
    }

    void timedParagraphs()
    {
        QFETCH(QString, input);
        const ReadResult r = PlainTextReader::read(input);
        QVERIFY(r.ok());
        const Transcript &t = *r.transcript;
        QCOMPARE(t.segments.size(), qsizetype(2));
        QCOMPARE(t.segments[0].text, QStringLiteral("Welcome back. Today we talk."));
        QCOMPARE(t.segments[0].start, qint64(3000));
        QCOMPARE(t.segments[0].end, qint64(3'725'000));
        QCOMPARE(t.speakerName(t.segments[0].speaker), QStringLiteral("Jane Doe"));
        QCOMPARE(t.segments[1].start, qint64(3'725'000));
        QCOMPARE(t.speakerName(t.segments[1].speaker), QStringLiteral("Speaker 2"));
        QCOMPARE(t.timing(), Timing::Segments);
    }

    // A time or speaker-and-time line with no text after it is text, not a heading (found by fuzzing: "0:00"
    // alone was read as an empty transcript).
    void headingWithoutTextIsText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("texts");
        QTest::addRow("alone") << "0:00\n" << QStringList { "0:00" };
        QTest::addRow("two headings") << "Jane  0:01\nBob  0:05\nHi.\n" << QStringList { "Jane 0:01", "Hi." };
    }

    void headingWithoutTextIsText()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, texts);
        const ReadResult r = PlainTextReader::read(input);
        QVERIFY(r.ok());
        QStringList got;
        for (const Segment &s : r.transcript->segments)
            got.append(s.text);
        QCOMPARE(got, texts);
    }

    void emptyIsRefused()
    {
        QVERIFY(!PlainTextReader::read(QString()).ok());
        QVERIFY(!PlainTextReader::read(QStringLiteral("\n \n\t\n")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlainTextReader)
#include "tst_plaintextreader.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/embeddedlyrics.h"

#include "segmentcolumns.h"
#include <QTest>

using namespace hark;

using Pieces = QList<std::pair<qint64, QString>>;

namespace {

EmbeddedLyrics sylt(const Pieces &pieces, const QString &language = QStringLiteral("eng"))
{
    EmbeddedLyrics l;
    l.kind = EmbeddedLyrics::Kind::Synchronized;
    l.language = language;
    l.pieces = pieces;
    return l;
}

// Each word's text and start, "word@ms", for the whole transcript.
QStringList timedWords(const Transcript &t)
{
    QStringList out;
    for (const Segment &s : t.segments) {
        for (qsizetype i = 0; i < s.words.size(); ++i)
            out.append(QStringLiteral("%1@%2").arg(s.wordText(i)).arg(s.words[i].start));
    }
    return out;
}

} // namespace

class TestEmbeddedLyrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synchronized_data()
    {
        QTest::addColumn<Pieces>("pieces");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<qint64>>("starts");
        QTest::addColumn<QList<qint64>>("ends");
        QTest::addColumn<QStringList>("speakers");
        QTest::addColumn<QStringList>("words"); ///< word@start; empty when words carry no times
        QTest::addColumn<int>("warnings");

        QTest::addRow("a piece per line: lines timed, words not")
            << Pieces { { 500, "Maya: Welcome to Hark." }, { 5749, "Theo: And I'm Theo." },
                   { 9000, "Hello." } }
            << QStringList { "Welcome to Hark.", "And I'm Theo.", "Hello." }
            << QList<qint64> { 500, 5749, 9000 } << QList<qint64> { 5749, 9000, kNoTime }
            << QStringList { "Maya", "Theo", "Theo" } << QStringList {} << 0;
        QTest::addRow("a piece per word, a line feed before each new line")
            << Pieces { { 500, "Maya: Welcome" }, { 1013, " to" }, { 1121, " Hark," },
                   { 5749, "\nTheo: And" }, { 5941, " I'm" } }
            << QStringList { "Welcome to Hark,", "And I'm" } << QList<qint64> { 500, 5749 }
            << QList<qint64> { 5749, kNoTime } << QStringList { "Maya", "Theo" }
            << QStringList { "Welcome@500", "to@1013", "Hark,@1121", "And@5749", "I'm@5941" } << 0;
        QTest::addRow("a line feed at the end of a piece ends its line")
            << Pieces { { 0, "One" }, { 400, " two\n" }, { 900, "Three" }, { 1300, " four" } }
            << QStringList { "One two", "Three four" } << QList<qint64> { 0, 900 }
            << QList<qint64> { 900, kNoTime } << QStringList { "", "" }
            << QStringList { "One@0", "two@400", "Three@900", "four@1300" } << 0;
        QTest::addRow("syllables: a piece going on with its word is timed by the word (ID3v2.4 example)")
            << Pieces { { 1000, "Strang" }, { 1200, "ers" }, { 1500, " in" }, { 1700, " the" },
                   { 2000, " night" }, { 3000, "\nEx" }, { 3200, "chang" }, { 3400, "ing" } }
            << QStringList { "Strangers in the night", "Exchanging" } << QList<qint64> { 1000, 3000 }
            << QList<qint64> { 3000, kNoTime } << QStringList { "", "" }
            << QStringList { "Strangers@1000", "in@1500", "the@1700", "night@2000", "Exchanging@3000" } << 0;
        QTest::addRow("CR LF line marks; a line starts with its first words, not a bare line feed")
            << Pieces { { 0, "One" }, { 500, "\r\n" }, { 800, "Two" } } << QStringList { "One", "Two" }
            << QList<qint64> { 0, 800 } << QList<qint64> { 800, kNoTime } << QStringList { "", "" }
            << QStringList { "One@0", "Two@800" } << 0;
        QTest::addRow("lines out of time order come out in order")
            << Pieces { { 9000, "Later." }, { 1000, "Sooner." } } << QStringList { "Sooner.", "Later." }
            << QList<qint64> { 1000, 9000 } << QList<qint64> { 9000, kNoTime } << QStringList { "", "" }
            << QStringList {} << 0;
        QTest::addRow("a word before its line's start: its time is left out, and said")
            << Pieces { { 1000, "\nOne" }, { 500, " two" }, { 1500, " three" } }
            << QStringList { "One two three" } << QList<qint64> { 1000 } << QList<qint64> { kNoTime }
            << QStringList { "" } << QStringList { "One@1000", "two@-1", "three@1500" } << 1;
        QTest::addRow("empty pieces are skipped")
            << Pieces { { 0, "" }, { 100, "  " }, { 200, "Words." } } << QStringList { "Words." }
            << QList<qint64> { 200 } << QList<qint64> { kNoTime } << QStringList { "" } << QStringList {}
            << 0;
    }

    void synchronized()
    {
        QFETCH(Pieces, pieces);
        QFETCH(QStringList, texts);
        QFETCH(QList<qint64>, starts);
        QFETCH(QList<qint64>, ends);
        QFETCH(QStringList, speakers);
        QFETCH(QStringList, words);
        QFETCH(int, warnings);
        const ReadResult r = EmbeddedLyricsReader::read(sylt(pieces));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const Transcript &t = *r.transcript;
        QCOMPARE(test::texts(t), texts);
        QCOMPARE(test::starts(t), starts);
        QCOMPARE(test::ends(t), ends);
        QCOMPARE(test::speakers(t), speakers);
        QCOMPARE(t.metadata.language, QStringLiteral("en"));
        if (words.isEmpty()) {
            QCOMPARE(t.timing(), Timing::Segments);
        } else {
            QCOMPARE(timedWords(t), words);
            QCOMPARE(t.timing(), Timing::Words);
        }
        QCOMPARE(r.warnings.size(), warnings);
    }

    void unsynchronized_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Format>("format");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<Timing>("timing");

        QTest::addRow("plain text, speakers named")
            << "Maya: Welcome to Hark. I'm Maya.\n\nTheo: And I'm Theo." << Format::Text
            << QStringList { "Welcome to Hark.", "I'm Maya.", "And I'm Theo." } << Timing::None;
        QTest::addRow("a WebVTT file pasted into the tag reads as WebVTT")
            << "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there.\n"
            << Format::WebVtt << QStringList { "Hello there." } << Timing::Segments;
        QTest::addRow("SRT likewise") << "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n"
                                      << Format::Srt << QStringList { "Hello there." } << Timing::Segments;
    }

    void unsynchronized()
    {
        QFETCH(QString, text);
        QFETCH(Format, format);
        QFETCH(QStringList, texts);
        QFETCH(Timing, timing);
        EmbeddedLyrics l;
        l.language = QStringLiteral("deu");
        l.text = text;
        const ReadResult r = EmbeddedLyricsReader::read(l);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.format, format);
        QCOMPARE(test::texts(*r.transcript), texts);
        QCOMPARE(r.transcript->timing(), timing);
        QCOMPARE(r.transcript->metadata.language, QStringLiteral("de"));
    }

    void nothingToRead_data()
    {
        QTest::addColumn<EmbeddedLyrics>("lyrics");
        QTest::addColumn<QString>("error");
        EmbeddedLyrics empty;
        empty.text = QStringLiteral(" \n ");
        QTest::addRow("an empty USLT") << empty << "expected text in the USLT tag; it is empty";
        QTest::addRow("a SYLT without pieces")
            << sylt({}) << "expected timed text in the SYLT tag; it has none";
        QTest::addRow("a SYLT of blank pieces")
            << sylt({ { 0, " " }, { 10, "\n" } }) << "expected timed text in the SYLT tag; it has none";
    }

    void nothingToRead()
    {
        QFETCH(EmbeddedLyrics, lyrics);
        QFETCH(QString, error);
        const ReadResult r = EmbeddedLyricsReader::read(lyrics);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.message, error);
    }

    void names_data()
    {
        QTest::addColumn<bool>("synchronized");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("label");
        QTest::addRow("English") << true << "eng"
                                 << ""
                                 << "en"
                                 << "SYLT tag (eng)";
        QTest::addRow("German, described") << false << "deu"
                                           << "Interview"
                                           << "de"
                                           << "USLT tag (deu, “Interview”)";
        QTest::addRow("upper case") << false << "FRA"
                                    << ""
                                    << "fr"
                                    << "USLT tag (FRA)";
        QTest::addRow("not given: XXX") << false << "XXX"
                                        << ""
                                        << ""
                                        << "USLT tag";
        QTest::addRow("undetermined") << true << "und"
                                      << ""
                                      << ""
                                      << "SYLT tag";
        QTest::addRow("empty") << false << ""
                               << ""
                               << ""
                               << "USLT tag";
        QTest::addRow("no two-letter code: kept") << false << "haw"
                                                  << ""
                                                  << "haw"
                                                  << "USLT tag (haw)";
    }

    void names()
    {
        QFETCH(bool, synchronized);
        QFETCH(QString, language);
        QFETCH(QString, description);
        QFETCH(QString, code);
        QFETCH(QString, label);
        EmbeddedLyrics l;
        l.kind = synchronized ? EmbeddedLyrics::Kind::Synchronized : EmbeddedLyrics::Kind::Unsynchronized;
        l.language = language;
        l.description = description;
        QCOMPARE(l.languageCode(), code);
        QCOMPARE(l.label(), label);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedLyrics)
#include "tst_embeddedlyrics.moc"

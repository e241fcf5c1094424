// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textsplitter.h"

#include <QFile>
#include <QTest>

#include "core/formats/plaintextreader.h"

using namespace hark;

namespace {

QStringList sentenceTexts(const QString &text)
{
    QStringList out;
    for (const TextSpan &s : TextSplitter::sentences(text))
        out.append(text.mid(s.from, s.length));
    return out;
}

} // namespace

class TestTextSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("simple") << "One. Two! Three?" << QStringList { "One.", "Two!", "Three?" };
        QTest::addRow("title before a name") << "I met Dr. Smith today. He was late."
                                             << QStringList { "I met Dr. Smith today.", "He was late." };
        QTest::addRow("Mr. and Mrs.") << "Mr. and Mrs. Jones came. They sat."
                                      << QStringList { "Mr. and Mrs. Jones came.", "They sat." };
        QTest::addRow("U.S. before a name") << "The U.S. President spoke. It was short."
                                            << QStringList { "The U.S. President spoke.", "It was short." };
        QTest::addRow("U.S. ending a sentence")
            << "He lives in the U.S. He likes it." << QStringList { "He lives in the U.S.", "He likes it." };
        QTest::addRow("e.g. lower case")
            << "Fruit, e.g. apples, is good. Yes." << QStringList { "Fruit, e.g. apples, is good.", "Yes." };
        QTest::addRow("e.g. before a name")
            << "Take a city, e.g. Paris. Then go." << QStringList { "Take a city, e.g. Paris.", "Then go." };
        QTest::addRow("decimal") << "It grew 3.5 percent. Then it fell."
                                 << QStringList { "It grew 3.5 percent.", "Then it fell." };
        QTest::addRow("number ends sentence")
            << "We did that in 2014. Prior to Minsk 1. We did."
            << QStringList { "We did that in 2014.", "Prior to Minsk 1.", "We did." };
        QTest::addRow("closing quote")
            << "He said, \"Stop.\" Then he left." << QStringList { "He said, \"Stop.\"", "Then he left." };
        QTest::addRow("curly quotes") << "She asked \u201cWhy?\u201d We laughed."
                                      << QStringList { "She asked \u201cWhy?\u201d", "We laughed." };
        QTest::addRow("question in quotes, lower case after")
            << "\"Really?\" she asked." << QStringList { "\"Really?\" she asked." };
        QTest::addRow("ellipsis before lower case")
            << "Well... maybe not. Sure." << QStringList { "Well... maybe not.", "Sure." };
        QTest::addRow("ellipsis before capital")
            << "I wonder... Anyway, go." << QStringList { "I wonder...", "Anyway, go." };
        QTest::addRow("unicode ellipsis") << "Hmm\u2026 Right." << QStringList { "Hmm\u2026", "Right." };
        QTest::addRow("interrobang") << "What?! No way." << QStringList { "What?!", "No way." };
        QTest::addRow("initials") << "J. R. R. Tolkien wrote it. Fine."
                                  << QStringList { "J. R. R. Tolkien wrote it.", "Fine." };
        QTest::addRow("a letter ending a sentence")
            << "Press the 9 key for Z. You have these options: one, two."
            << QStringList { "Press the 9 key for Z.", "You have these options: one, two." };
        QTest::addRow("a letter, then The")
            << "It is called Plan B. The first plan failed."
            << QStringList { "It is called Plan B.", "The first plan failed." };
        QTest::addRow("an initial before a surname")
            << "We asked J. Smith about it. Fine." << QStringList { "We asked J. Smith about it.", "Fine." };
        QTest::addRow("an initial before an initial that is an opener")
            << "It was by A. A. Milne. Good." << QStringList { "It was by A. A. Milne.", "Good." };
        QTest::addRow("an initial before I")
            << "Turn to page C. I will wait." << QStringList { "Turn to page C.", "I will wait." };
        QTest::addRow("url inside") << "Go to TheDRad.locals.com. We are there."
                                    << QStringList { "Go to TheDRad.locals.com.", "We are there." };
        QTest::addRow("direction at the end")
            << "Take care. [Music]" << QStringList { "Take care.", "[Music]" };
        QTest::addRow("direction at the start")
            << "[Music] All right, welcome." << QStringList { "[Music]", "All right, welcome." };
        QTest::addRow("direction inside")
            << "And then [laughs] we went home." << QStringList { "And then [laughs] we went home." };
        QTest::addRow("no final punctuation") << "One. and two" << QStringList { "One. and two" };
        QTest::addRow("empty") << "" << QStringList {};
        QTest::addRow("whitespace") << "  \n " << QStringList {};
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(sentenceTexts(text), expected);
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QList<bool>>("speech");
        QTest::addRow("plain") << "Hello,  world!" << QStringList { "Hello,", "world!" }
                               << QList<bool> { true, true };
        QTest::addRow("direction") << "Bye. [Music]" << QStringList { "Bye.", "[Music]" }
                                   << QList<bool> { true, false };
        QTest::addRow("multi-word direction")
            << "[crosstalk begins] yes" << QStringList { "[crosstalk", "begins]", "yes" }
            << QList<bool> { false, false, true };
        QTest::addRow("unclosed bracket is speech")
            << "[sic so" << QStringList { "[sic", "so" } << QList<bool> { true, true };
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QFETCH(QList<bool>, speech);
        const QList<Word> got = TextSplitter::words(text);
        QCOMPARE(got.size(), words.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(text.mid(got[i].from, got[i].length), words[i]);
            QCOMPARE(got[i].isSpeech(), speech[i]);
            QVERIFY(!got[i].hasStart());
        }
    }

    void speakerLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker"); // empty: no label
        QTest::addColumn<QString>("rest");
        QTest::addRow("one word") << "Sarah: In today's episode,"
                                  << "Sarah"
                                  << "In today's episode,";
        QTest::addRow("three words") << "Dr Jane Smith: Hello"
                                     << "Dr Jane Smith"
                                     << "Hello";
        QTest::addRow("numbered") << "Speaker 2: Yes."
                                  << "Speaker 2"
                                  << "Yes.";
        QTest::addRow("accented") << "Zo\u00eb: Hi"
                                  << "Zo\u00eb"
                                  << "Hi";
        QTest::addRow("four words") << "The Very Long Name: hi"
                                    << ""
                                    << "";
        QTest::addRow("lower case") << "and then: nothing"
                                    << ""
                                    << "";
        QTest::addRow("a clock time") << "At 10:30 we met"
                                      << ""
                                      << "";
        QTest::addRow("no space after colon") << "Note:this"
                                              << ""
                                              << "";
    }

    void speakerLabel()
    {
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        QFETCH(QString, rest);
        const auto label = TextSplitter::speakerLabel(text);
        QCOMPARE(label.has_value(), !speaker.isEmpty());
        if (label) {
            QCOMPARE(label->first, speaker);
            QCOMPARE(text.mid(label->second), rest);
        }
    }

    // The whole archive-page fixture against a sentence list made by hand (one sentence per line).
    void archivePageSentences()
    {
        QFile sentencesFile(QFINDTESTDATA("data/archive-page/duran-belarus-joins-sco.sentences.txt"));
        QVERIFY(sentencesFile.open(QIODevice::ReadOnly));
        QStringList expected = QString::fromUtf8(sentencesFile.readAll()).split(u'\n');
        expected.removeAll(QString());
        QFile page(QFINDTESTDATA("data/archive-page/duran-belarus-joins-sco.txt"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const ReadResult r = PlainTextReader::read(QString::fromUtf8(page.readAll()));
        QVERIFY(r.ok());
        QStringList got;
        for (const Segment &s : r.transcript->segments)
            got.append(s.text);
        for (qsizetype i = 0; i < std::min(got.size(), expected.size()); ++i)
            QCOMPARE(got[i], expected[i]);
        QCOMPARE(got.size(), expected.size());
        QVERIFY(r.transcript->segments.last().isNonSpeech()); // [Music]
        QVERIFY(!r.transcript->segments.first().isNonSpeech());
    }
};

QTEST_GUILESS_MAIN(TestTextSplitter)
#include "tst_textsplitter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The aligner's pure parts: how written words are said, the transcript's own language model, and anchoring
// what was heard to what was written.
#include "align/anchors.h"
#include "align/languagemodel.h"
#include "align/pronunciations.h"
#include "align/spokenform.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace hark::align;

class TestAlignParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spokenForms_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("spoken");
        QTest::addRow("plain") << "Hello,"
                               << "hello";
        QTest::addRow("inner apostrophe") << "Theo's"
                                          << "theo's";
        QTest::addRow("curly apostrophe") << "don\u2019t"
                                          << "don't";
        QTest::addRow("quotes around") << "\u201cwhy?\u201d"
                                       << "why";
        QTest::addRow("trailing apostrophe") << "hosts'"
                                             << "hosts";
        QTest::addRow("hyphenated") << "rock-and-roll"
                                    << "rock and roll";
        QTest::addRow("dash only") << "\u2014"
                                   << "";
        QTest::addRow("ampersand") << "Q&A"
                                   << "q and a";
        QTest::addRow("small number") << "12"
                                      << "twelve";
        QTest::addRow("thirty-one") << "31,"
                                    << "thirty one";
        QTest::addRow("thousands with a comma") << "1,700"
                                                << "one thousand seven hundred";
        QTest::addRow("round hundred") << "400"
                                       << "four hundred";
        QTest::addRow("a year") << "1984"
                                << "nineteen eighty four";
        QTest::addRow("a year with oh") << "1905"
                                        << "nineteen oh five";
        QTest::addRow("a year 2000s") << "2003"
                                      << "two thousand three";
        QTest::addRow("a year 2010s") << "2019"
                                      << "twenty nineteen";
        QTest::addRow("millions") << "2,500,000"
                                  << "two million five hundred thousand";
        QTest::addRow("percent") << "15%"
                                 << "fifteen percent";
        QTest::addRow("long code digit by digit")
            << "1234567890123"
            << "one two three four five six seven eight nine zero one two three";
        QTest::addRow("accented letters kept") << "Café"
                                               << "café";
        QTest::addRow("decimal") << "3.5"
                                 << "three point five";
        QTest::addRow("decimal percent") << "2.75%"
                                         << "two point seven five percent";
        QTest::addRow("ordinal irregular") << "1st"
                                           << "first";
        QTest::addRow("ordinal compound") << "22nd"
                                          << "twenty second";
        QTest::addRow("ordinal -y") << "20th"
                                    << "twentieth";
        QTest::addRow("ordinal hundred") << "100th"
                                         << "one hundredth";
        QTest::addRow("dollars") << "$5"
                                 << "five dollars";
        QTest::addRow("one dollar") << "$1"
                                    << "one dollar";
        QTest::addRow("dollars and cents") << "$3.50"
                                           << "three dollars fifty";
        QTest::addRow("pounds") << "£20"
                                << "twenty pounds";
        QTest::addRow("a decade") << "1990s"
                                  << "nineteen nineties";
    }

    void spokenFormAlternatives_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QStringList>("forms");
        QTest::addRow("a word: one way") << "hello" << QStringList { "hello" };
        QTest::addRow("a year: three ways")
            << "2022"
            << QStringList { "twenty twenty two", "two thousand twenty two", "two thousand and twenty two" };
        QTest::addRow("a 2000s year: two ways")
            << "2003" << QStringList { "two thousand three", "two thousand and three" };
        QTest::addRow("an old year: two ways")
            << "1984"
            << QStringList { "nineteen eighty four", "one thousand nine hundred eighty four",
                   "one thousand nine hundred and eighty four" };
        QTest::addRow("hundreds: American and British")
            << "120" << QStringList { "one hundred twenty", "one hundred and twenty" };
        QTest::addRow("round: one way") << "400" << QStringList { "four hundred" };
        QTest::addRow("an initialism: spelt, or said") << "SCO," << QStringList { "s c o", "sco" };
        QTest::addRow("an acronym: said, or spelt") << "NATO" << QStringList { "nato", "n a t o" };
        QTest::addRow("capitalized: one way") << "Nato" << QStringList { "nato" };
        QTest::addRow("one capital: one way") << "I" << QStringList { "i" };
        QTest::addRow("dollars: as said, and as espeak-ng says them")
            << "$5" << QStringList { "five dollars", "dollar five" };
        QTest::addRow("cents") << "$3.50"
                               << QStringList { "three dollars fifty", "three fifty",
                                      "dollar three point five zero" };
        QTest::addRow("in a phrase: each piece its ways")
            << "2022-23"
            << QStringList { "twenty twenty two twenty three", "two thousand twenty two twenty three",
                   "two thousand and twenty two twenty three" };
    }

    void spokenFormAlternatives()
    {
        QFETCH(QString, written);
        QFETCH(QStringList, forms);
        QStringList got;
        for (const QStringList &f : hark::align::spokenForms(written))
            got.append(f.join(u' '));
        QCOMPARE(got, forms);
    }

    void spokenForms()
    {
        QFETCH(QString, written);
        QFETCH(QString, spoken);
        QCOMPARE(spokenForm(written).join(u' '), spoken);
    }

    // Every history's next-word probabilities sum to one, whatever the order, seen or not.
    void languageModelIsAProbability_data()
    {
        QTest::addColumn<QStringList>("history");
        QTest::addRow("no history") << QStringList {};
        QTest::addRow("sentence start") << QStringList { "<s>" };
        QTest::addRow("seen word") << QStringList { "the" };
        QTest::addRow("unseen as a history") << QStringList { "um" };
        QTest::addRow("seen pair") << QStringList { "of", "the" };
        QTest::addRow("pair at the start") << QStringList { "<s>", "the" };
        QTest::addRow("unseen pair") << QStringList { "cat", "the" };
    }

    void languageModelIsAProbability()
    {
        QFETCH(QStringList, history);
        const LanguageModel lm({ { "the", "cat", "sat", "on", "the", "mat" },
                                   { "the", "end", "of", "the", "cat" }, { "of", "the", "mat" } },
            { "um" });
        double sum = lm.probability(history, QStringLiteral("</s>"));
        for (const QString &w : lm.vocabulary())
            sum += lm.probability(history, w);
        QVERIFY2(std::abs(sum - 1) < 1e-9, qPrintable(QString::number(sum, 'g', 12)));
    }

    void languageModelPrefersWhatTheTranscriptSays()
    {
        const LanguageModel lm({ { "the", "cat", "sat", "on", "the", "mat" } }, { "um" });
        QVERIFY(lm.probability({ "the", "cat" }, "sat") > 0.4);
        QVERIFY(lm.probability({ "the", "cat" }, "mat") < 0.1);
        QVERIFY(lm.probability({}, "um") > 0); // a filler stays possible
        QVERIFY(lm.probability({}, "<s>") == 0);
        const QByteArray arpa = lm.arpa();
        QVERIFY(arpa.startsWith("\\data\\\nngram 1=8\nngram 2=7\nngram 3=6\n"));
        QVERIFY(arpa.contains("\t<s> the cat\n"));
        QVERIFY(arpa.endsWith("\\end\\\n"));
    }

    // espeak-ng's IPA in the CMU dictionary's phones, for words the dictionary lacks.
    void cmuFromIpa_data()
    {
        QTest::addColumn<QString>("ipa");
        QTest::addColumn<QString>("cmu");
        QTest::addRow("lukashenko") << "l\u02ccu\u02d0k\u0250\u0283\u02c8\u025b\u014bko\u028a"
                                    << "L UW K AH SH EH NG K OW";
        QTest::addRow("jinping") << "d\u0292\u02c8\u026anp\u026a\u014b"
                                 << "JH IH N P IH NG";
        QTest::addRow("erdogan: g and r-colouring") << "\u02c8\u025c\u02d0do\u028a\u0261\u0259n"
                                                    << "ER D OW G AH N";
        QTest::addRow("church") << "t\u0283\u02c8\u025c\u02d0t\u0283"
                                << "CH ER CH";
        QTest::addRow("thought") << "\u03b8\u02c8\u0254\u02d0t"
                                 << "TH AO T";
        QTest::addRow("player") << "pl\u02c8e\u026a\u025a"
                                << "P L EY ER";
        QTest::addRow("boy, cow") << "b\u02c8\u0254\u026a k\u02c8a\u028a"
                                  << "B OY K AW";
        QTest::addRow("unknown symbols skipped") << "\u0294a\u02d1"
                                                 << "AA";
    }

    void cmuFromIpa()
    {
        QFETCH(QString, ipa);
        QFETCH(QString, cmu);
        QCOMPARE(Pronunciations::cmuFromIpa(ipa), cmu);
    }

    void guessesWithEspeak_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("cmu");
        QTest::addRow("a name") << "jaishankar"
                                << "JH EY SH AH NG K AA R";
        QTest::addRow("a new word") << "multipolar"
                                    << "M AH L T IH P OW L ER";
        QTest::addRow("with an apostrophe") << "theo's"
                                            << "TH IY OW Z";
    }

    void guessesWithEspeak()
    {
        QFETCH(QString, word);
        QFETCH(QString, cmu);
        QCOMPARE(Pronunciations::guess(word), cmu);
    }

    void anchors_data()
    {
        QTest::addColumn<QString>("transcript");
        QTest::addColumn<QString>("heard");
        QTest::addColumn<QString>("expected"); // transcript index:heard index pairs
        QTest::addRow("all heard") << "a b c d"
                                   << "a b c d"
                                   << "0:0 1:1 2:2 3:3";
        QTest::addRow("an intro before") << "a b c d"
                                         << "x y a b c d"
                                         << "0:2 1:3 2:4 3:5";
        QTest::addRow("a lone common word is no anchor") << "the cat sat on the mat"
                                                         << "the dog ran"
                                                         << "";
        QTest::addRow("a run of two is too short") << "a b c d e f"
                                                   << "a b x d e f"
                                                   << "3:3 4:4 5:5";
        QTest::addRow("a sentence missing from the audio") << "a b c p q r d e f"
                                                           << "a b c d e f"
                                                           << "0:0 1:1 2:2 6:3 7:4 8:5";
        QTest::addRow("a filler inside") << "a b c d e f"
                                         << "a b c um d e f"
                                         << "0:0 1:1 2:2 3:4 4:5 5:6";
        QTest::addRow("nothing heard") << "a b c"
                                       << ""
                                       << "";
    }

    void anchors()
    {
        QFETCH(QString, transcript);
        QFETCH(QString, heard);
        QFETCH(QString, expected);
        QStringList pairs;
        for (const auto &[t, h] :
            anchorWords(transcript.split(u' ', Qt::SkipEmptyParts), heard.split(u' ', Qt::SkipEmptyParts)))
            pairs.append(QStringLiteral("%1:%2").arg(t).arg(h));
        QCOMPARE(pairs.join(u' '), expected);
    }

    void pronunciationsOfTheTranscriptsWordsOnly()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("dict"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a AH\na(2) EY\ncat K AE T\ndog D AO G\nread R IY D\nread(2) R EH D\n");
        f.close();
        const auto [loaded, error]
            = Pronunciations::load(f.fileName(), { "a", "read", "lukashenko", "\u2014" });
        QVERIFY2(loaded, qPrintable(error));
        const Pronunciations &p = *loaded;
        QCOMPARE(p.text(),
            QByteArray("a AH\na(2) EY\nlukashenko L UW K AH SH EH NG K OW\nread R IY D\nread(2) R EH D\n"));
        QCOMPARE(p.guessed(), QStringList { "lukashenko" });
        QCOMPARE(p.missing(), QStringList { "\u2014" }); // espeak-ng says nothing for a dash
        QVERIFY(!p.contains("cat"));
        const auto [none, why] = Pronunciations::load(dir.filePath("none"), { "a" });
        QVERIFY(!none);
        QVERIFY2(why.startsWith(dir.filePath("none") + u':'), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestAlignParts)
#include "tst_alignparts.moc"

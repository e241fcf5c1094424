// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textsplitter.h"
#include "core/transcriptsearch.h"

#include <QTest>

using namespace hark;

namespace {

Transcript lines(const QStringList &texts)
{
    Transcript t;
    for (const QString &text : texts) {
        Segment s;
        s.text = text;
        s.words = TextSplitter::words(text);
        t.segments.append(s);
    }
    return t;
}

} // namespace

using Matches = QList<TranscriptSearch::Match>;

class TestTranscriptSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("query");
        QTest::addColumn<Matches>("expected");
        QTest::addRow("case") << QStringList { "Welcome to Hark." } << "HARK" << Matches { { 0, 11, 4 } };
        QTest::addRow("accents in the text")
            << QStringList { "Her Résumé, please" } << "resume" << Matches { { 0, 4, 6 } };
        QTest::addRow("accents in the query")
            << QStringList { "the CAFE opens" } << "café" << Matches { { 0, 4, 4 } };
        // "e" followed by a combining acute accent (U+0301): the match keeps the accent's characters inside.
        QTest::addRow("combining accents")
            << QStringList { QStringLiteral("cafe\u0301 noir") } << "cafe noir" << Matches { { 0, 0, 10 } };
        QTest::addRow("a combining accent at the match's end")
            << QStringList { QStringLiteral("un cafe\u0301 noir") } << "cafe" << Matches { { 0, 3, 5 } };
        QTest::addRow("two combining marks at the end")
            << QStringList { QStringLiteral("Ha\u0308\u0301 ok") } << "ha" << Matches { { 0, 0, 4 } };
        QTest::addRow("several in a line, in order") << QStringList { "a cat, a hat and a bat" } << "at"
                                                     << Matches { { 0, 3, 2 }, { 0, 10, 2 }, { 0, 20, 2 } };
        QTest::addRow("lines after each other")
            << QStringList { "no", "yes", "no yes" } << "yes" << Matches { { 1, 0, 3 }, { 2, 3, 3 } };
        QTest::addRow("not across two lines") << QStringList { "the end", "of it" } << "end of" << Matches {};
        QTest::addRow("spaces around the query")
            << QStringList { "so it goes" } << "  it " << Matches { { 0, 3, 2 } };
        QTest::addRow("empty query") << QStringList { "anything" } << "" << Matches {};
        QTest::addRow("only spaces") << QStringList { "any thing" } << "   " << Matches {};
        QTest::addRow("no match") << QStringList { "anything" } << "zebra" << Matches {};
        QTest::addRow("not overlapping")
            << QStringList { "aaaa" } << "aa" << Matches { { 0, 0, 2 }, { 0, 2, 2 } };
        QTest::addRow("beyond Latin")
            << QStringList { "Ελληνικά και Русский" } << "русский" << Matches { { 0, 13, 7 } };
        QTest::addRow("empty lines") << QStringList { "", "here", "" } << "here" << Matches { { 1, 0, 4 } };
        QTest::addRow("Arabic, its vowel marks left out of the query")
            << QStringList { QStringLiteral("مرحباً بكم") } << "مرحبا" << Matches { { 0, 0, 6 } };
        QTest::addRow("Hebrew, its points left out of the query")
            << QStringList { QStringLiteral("אמר שָׁלוֹם לכם") } << "שלום" << Matches { { 0, 4, 7 } };
    }

    void find()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, query);
        QFETCH(Matches, expected);
        const Transcript t = lines(texts);
        const TranscriptSearch search(t);
        const Matches found = search.find(query);
        QCOMPARE(found, expected);
        for (const TranscriptSearch::Match &m : found)
            QCOMPARE(TranscriptSearch::fold(QStringView(t.segments[m.segment].text).mid(m.from, m.length)),
                TranscriptSearch::fold(query.trimmed()));
    }

    void anotherTranscriptReplacesTheFirst()
    {
        TranscriptSearch search(lines({ "first" }));
        search.setTranscript(lines({ "second" }));
        QVERIFY(search.find(QStringLiteral("first")).isEmpty());
        QCOMPARE(search.find(QStringLiteral("second")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptSearch)
#include "tst_transcriptsearch.moc"

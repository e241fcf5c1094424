// SPDX-License-Identifier: GPL-3.0-or-later
// What the listener types into a search of every transcript, made into an FTS5 query: words, "phrases",
// prefix*, OR, -not; FTS5's own syntax and stray punctuation searched as plain words; a long query cut with a
// note. Each query is also run against a real FTS5 table (SQLite through Qt SQL, as the library uses it).
#include "library/searchquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace hark;

class TestSearchQuery : public QObject
{
    Q_OBJECT

    QSqlDatabase m_db;

    /// The rows of the test table MATCH @p fts finds, in rowid order; "error: …" when FTS5 refuses it.
    QString matches(const QString &fts)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid"));
        q.addBindValue(fts);
        if (!q.exec())
            return QStringLiteral("error: ") + q.lastError().text();
        QStringList rows;
        while (q.next())
            rows.append(q.value(0).toString());
        return rows.join(u',');
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY2(
            q.exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')"),
            qPrintable(q.lastError().text()));
        for (const char *row :
            { "Tide tables for the harbour at dawn", "Cats and dogs need food", "A storm came over the tide",
                "Résumé writing for beginners", "The NEAR function and AND operators" }) {
            q.prepare("INSERT INTO t (text) VALUES (?)");
            q.addBindValue(QString::fromUtf8(row));
            QVERIFY(q.exec());
        }
    }
    void cleanupTestCase()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("fts"));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("fts");
        QTest::addColumn<QStringList>("marked");
        QTest::addColumn<QString>("rows"); // of the test table it finds
        QTest::addRow("words: all must appear")
            << "tide tables"
            << "\"tide\" AND \"tables\"" << QStringList { "tide", "tables" } << "1";
        QTest::addRow("a phrase") << "\"harbour at dawn\""
                                  << "\"harbour at dawn\"" << QStringList { "harbour at dawn" } << "1";
        QTest::addRow("a phrase in another order finds nothing")
            << "\"dawn at harbour\""
            << "\"dawn at harbour\"" << QStringList { "dawn at harbour" } << "";
        QTest::addRow("a prefix") << "harb*"
                                  << "\"harb\"*" << QStringList { "harb*" } << "1";
        QTest::addRow("OR between two words, with another")
            << "cats OR tide food"
            << "(\"cats\" OR \"tide\") AND \"food\"" << QStringList { "cats", "tide", "food" } << "2";
        QTest::addRow("OR alone") << "cats OR storm"
                                  << "(\"cats\" OR \"storm\")" << QStringList { "cats", "storm" } << "2,3";
        QTest::addRow("-not") << "tide -storm"
                              << "(\"tide\") NOT \"storm\"" << QStringList { "tide" } << "1";
        QTest::addRow("accents as Find: resume finds Résumé")
            << "resume"
            << "\"resume\"" << QStringList { "resume" } << "4";
        QTest::addRow("Résumé finds itself") << "Résumé"
                                             << "\"Résumé\"" << QStringList { "Résumé" } << "4";
        QTest::addRow("an unclosed quote: a phrase to the end")
            << "\"storm came"
            << "\"storm came\"" << QStringList { "storm came" } << "3";
        QTest::addRow("AND AND: plain words")
            << "AND AND"
            << "\"AND\" AND \"AND\"" << QStringList { "AND", "AND" } << "2,5";
        QTest::addRow("NEAR(: a plain word") << "NEAR("
                                             << "\"NEAR(\"" << QStringList { "NEAR(" } << "5";
        QTest::addRow("control characters and NUL separate words")
            << QString("tide") + QChar(u'\0') + QString("\x03tables\x1f") << "\"tide\" AND \"tables\""
            << QStringList { "tide", "tables" } << "1";
        QTest::addRow("a star alone: nothing") << "*"
                                               << "" << QStringList {} << "";
        QTest::addRow("OR first and last: left out") << "OR tide OR"
                                                     << "\"tide\"" << QStringList { "tide" } << "1,3";
        QTest::addRow("punctuation only: nothing") << "?! -- ..."
                                                   << "" << QStringList {} << "";
        QTest::addRow("quotes inside a word")
            << "say\"tide\"now"
            << "\"say\" AND \"tide\" AND \"now\"" << QStringList { "say", "tide", "now" } << "";
        QTest::addRow("FTS5 column filter and caret: plain words")
            << "tide: ^storm"
            << "\"tide:\" AND \"^storm\"" << QStringList { "tide:", "^storm" } << "3";
    }
    void parses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, fts);
        QFETCH(QStringList, marked);
        QFETCH(QString, rows);
        const SearchQuery q = SearchQuery::parse(typed);
        QCOMPARE(q.fts, fts);
        QCOMPARE(q.marked, marked);
        QVERIFY2(q.note.isEmpty(), qPrintable(q.note));
        if (!fts.isEmpty())
            QCOMPARE(matches(q.fts), rows);
    }

    // Only words left out: nothing to search, and a note says why.
    void onlyExclusionsSaySo()
    {
        const SearchQuery q = SearchQuery::parse("-storm -tide");
        QVERIFY(q.fts.isEmpty());
        QVERIFY(q.note.contains("Add a word to find"));
    }

    // A prefix of one or two letters would match most of the index: it is searched as a word, with a note.
    void aShortPrefixIsAWord()
    {
        const SearchQuery q = SearchQuery::parse("ti* harb*");
        QCOMPARE(q.fts, QString("\"ti\" AND \"harb\"*"));
        QCOMPARE(q.marked, QStringList({ "ti", "harb*" }));
        QVERIFY2(q.note.contains("A prefix needs 3 letters or more; searched as whole words: ti."),
            qPrintable(q.note));
    }

    // A 10,000-character query is cut with a note, and what is left still runs.
    void aLongQueryIsCut()
    {
        QString typed;
        while (typed.size() < 10'000)
            typed += "tide \"harbour ";
        const SearchQuery q = SearchQuery::parse(typed);
        QVERIFY(q.note.contains("Only the first 1000 characters were searched"));
        QVERIFY(!q.fts.isEmpty());
        QVERIFY(!matches(q.fts).startsWith("error"));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"

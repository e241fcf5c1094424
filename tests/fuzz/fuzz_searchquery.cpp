// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for what the listener types into Search Everything (hark_library): any text becomes an
// FTS5 query that a real FTS5 table (SQLite through Qt SQL) accepts; never a syntax error, a crash or a hang.
#include "library/searchquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace hark;

namespace {

QSqlDatabase &table()
{
    static int argc = 1;
    static char name[] = "fuzz_searchquery";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static QSqlDatabase db = [] {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        QSqlQuery q(d.open() ? d : QSqlDatabase());
        if (!q.exec(QStringLiteral(
                "CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')"))
            || !q.exec(QStringLiteral("INSERT INTO t (text) VALUES ('Tide tables for the harbour at dawn'), "
                                      "('Résumé writing'), ('The NEAR function and AND operators')")))
            std::abort();
        return d;
    }();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SearchQuery query = SearchQuery::parse(typed);
    if (query.fts.isEmpty())
        return 0;
    QSqlQuery q(table());
    q.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ?"));
    q.addBindValue(query.fts);
    if (!q.exec())
        std::abort(); // FTS5 refused what SearchQuery made: a syntax error got through
    while (q.next()) { }
    return 0;
}

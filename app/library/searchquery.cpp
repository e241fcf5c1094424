// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/searchquery.h"

#include <QCoreApplication>

#include <algorithm>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::SearchQuery)
};

/// One thing typed: a word, a prefix or a phrase, maybe excluded; or the OR between two of them.
struct Token
{
    QString text; ///< without quotes, the leading - or the trailing *
    bool phrase = false;
    bool prefix = false;
    bool excluded = false;
    bool isOr = false;
    bool shortPrefix = false; ///< typed as a prefix, too short to be one
};

int letters(const QString &s)
{
    return int(std::count_if(s.cbegin(), s.cend(), [](QChar c) { return c.isLetterOrNumber(); }));
}

QList<Token> tokens(const QString &typed)
{
    QList<Token> out;
    qsizetype i = 0;
    const qsizetype n = typed.size();
    while (i < n) {
        if (typed[i].isSpace()) {
            ++i;
            continue;
        }
        Token t;
        if (typed[i] == u'-' && i + 1 < n && !typed[i + 1].isSpace()) {
            t.excluded = true;
            ++i;
        }
        if (typed[i] == u'"') {
            // A phrase, to the next quote or the end (an unclosed quote closes there).
            const qsizetype close = typed.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            t.text = typed.mid(i + 1, end - i - 1).simplified();
            t.phrase = true;
            i = close < 0 ? n : close + 1;
        } else {
            qsizetype end = i;
            while (end < n && !typed[end].isSpace() && typed[end] != u'"')
                ++end;
            QString word = typed.mid(i, end - i);
            i = end;
            if (!t.excluded && word == u"OR") {
                t.isOr = true;
                out.append(t);
                continue;
            }
            t.prefix = word.endsWith(u'*');
            word.remove(u'*');
            t.text = word;
            if (t.prefix && letters(word) < SearchQuery::kMinPrefix) {
                t.prefix = false;
                t.shortPrefix = true;
            }
        }
        if (letters(t.text) > 0)
            out.append(t);
    }
    return out;
}

QString quoted(const Token &t)
{
    QString q = t.text;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"' + (t.prefix && !t.phrase ? QStringLiteral("*") : QString());
}

} // namespace

SearchQuery SearchQuery::parse(const QString &typed)
{
    SearchQuery query;
    QString text = typed;
    if (text.size() > kMaxLength) {
        text.truncate(kMaxLength);
        query.note = Tr::tr("Only the first %1 characters were searched.").arg(kMaxLength);
    }
    // Control characters (a NUL would end the query early for SQLite) separate words, as spaces do.
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    const QList<Token> all = tokens(text);
    // Terms that must appear, each an OR group of one or more; and terms that must not.
    QList<QStringList> groups;
    QStringList excluded;
    QStringList shortPrefixes;
    bool joinNext = false;
    for (const Token &t : all) {
        if (t.isOr) {
            joinNext
                = !groups.isEmpty(); // OR first, or after a -word: an OR with nothing before it is left out
            continue;
        }
        if (t.excluded) {
            excluded.append(quoted(t));
            joinNext = false;
            continue;
        }
        if (joinNext)
            groups.last().append(quoted(t));
        else
            groups.append({ quoted(t) });
        joinNext = false;
        query.marked.append(t.prefix ? t.text + u'*' : t.text);
        if (t.shortPrefix)
            shortPrefixes.append(t.text);
    }
    if (!shortPrefixes.isEmpty() && query.note.isEmpty())
        query.note = Tr::tr("A prefix needs %1 letters or more; searched as whole words: %2.")
                         .arg(kMinPrefix)
                         .arg(shortPrefixes.join(QStringLiteral(", ")));
    if (groups.isEmpty()) {
        if (!excluded.isEmpty())
            query.note = Tr::tr("Add a word to find: a word with - before it only leaves out what has it.");
        return query;
    }
    QStringList parts;
    for (const QStringList &g : std::as_const(groups))
        parts.append(g.size() == 1 ? g.first() : u'(' + g.join(QStringLiteral(" OR ")) + u')');
    // FTS5 takes an implicit AND only between two phrases, not after a parenthesis: always say it.
    query.fts = parts.join(QStringLiteral(" AND "));
    if (!excluded.isEmpty())
        query.fts
            = u'(' + query.fts + u')' + QStringLiteral(" NOT ") + excluded.join(QStringLiteral(" NOT "));
    return query;
}

} // namespace hark

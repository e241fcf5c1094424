// SPDX-License-Identifier: GPL-3.0-or-later
#include "pronunciations.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace hark::align {

Pronunciations Pronunciations::load(const QString &dictionaryPath, const QSet<QString> &words, QString *error)
{
    Pronunciations p;
    QFile file(dictionaryPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate(
                "hark::align::Pronunciations", "%1: cannot read the pronunciation dictionary: %2")
                         .arg(dictionaryPath, file.errorString());
        return p;
    }
    const QByteArray all = file.readAll();
    for (qsizetype at = 0; at < all.size();) {
        qsizetype end = all.indexOf('\n', at);
        if (end < 0)
            end = all.size();
        const QByteArrayView line(all.constData() + at, end - at);
        at = end + 1;
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        QByteArrayView head = line.first(space);
        if (const qsizetype paren = head.indexOf('('); paren > 0)
            head = head.first(paren);
        const QString word = QString::fromUtf8(head);
        if (!words.contains(word))
            continue;
        p.m_entries[word].append(QString::fromUtf8(line.sliced(space + 1).trimmed()));
    }
    for (const QString &w : words)
        if (!p.m_entries.contains(w))
            p.m_missing.append(w);
    std::sort(p.m_missing.begin(), p.m_missing.end());
    return p;
}

QByteArray Pronunciations::text() const
{
    QStringList words = m_entries.keys();
    std::sort(words.begin(), words.end());
    QByteArray out;
    for (const QString &w : words) {
        const QStringList &variants = m_entries[w];
        for (qsizetype i = 0; i < variants.size(); ++i) {
            out += w.toUtf8();
            if (i > 0)
                out += '(' + QByteArray::number(i + 1) + ')';
            out += ' ' + variants[i].toUtf8() + '\n';
        }
    }
    return out;
}

} // namespace hark::align

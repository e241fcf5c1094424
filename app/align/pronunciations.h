// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hark::align {

/// The pronunciations of the transcript's words only, from a CMU-style dictionary (pocketsphinx's
/// cmudict-en-us.dict): a decoder with a small dictionary loads faster and smaller than with all 130,000
/// words.
class Pronunciations
{
public:
    /// Reads the entries of @p words (and their variants, "word(2)") from @p dictionaryPath.
    static Pronunciations load(const QString &dictionaryPath, const QSet<QString> &words, QString *error);

    bool contains(const QString &word) const { return m_entries.contains(word); }
    /// The words asked for that have no entry.
    QStringList missing() const { return m_missing; }
    /// The dictionary as pocketsphinx reads it: "word PH ON ES" per line, variants as "word(2) ...".
    QByteArray text() const;

private:
    QHash<QString, QStringList> m_entries; // word -> its pronunciations
    QStringList m_missing;
};

} // namespace hark::align

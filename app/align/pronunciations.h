// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

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
    /// Reads the entries of @p words (and their variants, "word(2)") from @p dictionaryPath; words it lacks
    /// (names, new words) get espeak-ng's pronunciation in the dictionary's phones.
    static Result<Pronunciations> load(const QString &dictionaryPath, const QSet<QString> &words);
    /// espeak-ng's American English pronunciation of @p word in CMU phones ("lukashenko" ->
    /// "L UW K AH SH EH NG K OW"); empty when it has none.
    static QString guess(const QString &word);
    /// IPA (as espeak-ng writes it) in CMU phones; unknown symbols are skipped.
    static QString cmuFromIpa(QStringView ipa);

    bool contains(const QString &word) const { return m_entries.contains(word); }
    /// The words asked for that have no entry, not even a guessed one.
    QStringList missing() const { return m_missing; }
    /// The words whose pronunciation was guessed.
    QStringList guessed() const { return m_guessed; }
    /// The dictionary as pocketsphinx reads it: "word PH ON ES" per line, variants as "word(2) ...".
    QByteArray text() const;

private:
    QHash<QString, QStringList> m_entries; // word -> its pronunciations
    QStringList m_missing;
    QStringList m_guessed;
};

} // namespace hark::align

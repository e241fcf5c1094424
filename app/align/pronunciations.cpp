// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/pronunciations.h"

#include <QCoreApplication>
#include <QFile>

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <mutex>

namespace hark::align {

namespace {

// IPA as espeak-ng's American English writes it, to the CMU dictionary's phones; longest symbols first.
constexpr std::pair<const char16_t *, const char *> kIpaToCmu[] = {
    { u"aɪɚ", "AY ER" },
    { u"aɪ", "AY" },
    { u"aʊ", "AW" },
    { u"eɪ", "EY" },
    { u"oʊ", "OW" },
    { u"əʊ", "OW" },
    { u"ɔɪ", "OY" },
    { u"tʃ", "CH" },
    { u"dʒ", "JH" },
    { u"ɜː", "ER" },
    { u"iː", "IY" },
    { u"uː", "UW" },
    { u"ɑː", "AA" },
    { u"ɔː", "AO" },
    { u"i", "IY" },
    { u"ɪ", "IH" },
    { u"ᵻ", "IH" },
    { u"ɛ", "EH" },
    { u"æ", "AE" },
    { u"ɑ", "AA" },
    { u"ɒ", "AA" },
    { u"ɔ", "AO" },
    { u"ʊ", "UH" },
    { u"u", "UW" },
    { u"ʌ", "AH" },
    { u"ə", "AH" },
    { u"ɐ", "AH" },
    { u"ɚ", "ER" },
    { u"ɜ", "ER" },
    { u"θ", "TH" },
    { u"ð", "DH" },
    { u"ʃ", "SH" },
    { u"ʒ", "ZH" },
    { u"ŋ", "NG" },
    { u"ɹ", "R" },
    { u"r", "R" },
    { u"ɾ", "D" },
    { u"ɡ", "G" },
    { u"j", "Y" },
    { u"h", "HH" },
    { u"x", "HH" },
    { u"w", "W" },
    { u"o", "OW" },
    { u"e", "EH" },
    { u"a", "AA" },
};

constexpr std::string_view kPlainConsonants = "pbtdkgfvszmnl";

} // namespace

QString Pronunciations::cmuFromIpa(QStringView ipa)
{
    QStringList phones;
    for (qsizetype i = 0; i < ipa.size();) {
        bool matched = false;
        for (const auto &[symbol, cmu] : kIpaToCmu) {
            const QStringView sym(symbol);
            if (ipa.mid(i).startsWith(sym)) {
                phones.append(QLatin1String(cmu));
                i += sym.size();
                matched = true;
                break;
            }
        }
        if (matched)
            continue;
        const QChar c = ipa[i++];
        if (c.unicode() < 128 && kPlainConsonants.find(char(c.unicode())) != std::string_view::npos)
            phones.append(QString(c.toUpper()));
        // stress marks, length marks, separators and anything unknown: skipped
    }
    return phones.join(u' ');
}

QString Pronunciations::guess(const QString &word)
{
    // espeak-ng is not thread-safe and keeps global state: one caller at a time, initialized once.
    static std::mutex mutex;
    static bool ready = false;
    std::lock_guard lock(mutex);
    if (!ready) {
        if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT) < 0
            || espeak_SetVoiceByName("en-us") != EE_OK)
            return {};
        ready = true;
    }
    const QByteArray text = word.toUtf8();
    const void *at = text.constData();
    const char *ipa = espeak_TextToPhonemes(&at, espeakCHARS_UTF8, espeakPHONEMES_IPA);
    return ipa ? cmuFromIpa(QString::fromUtf8(ipa)) : QString();
}

Result<Pronunciations> Pronunciations::load(const QString &dictionaryPath, const QSet<QString> &words)
{
    Pronunciations p;
    QFile file(dictionaryPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Pronunciations>::failure(QCoreApplication::translate(
            "hark::align::Pronunciations", "%1: cannot read the pronunciation dictionary: %2")
                                                   .arg(dictionaryPath, file.errorString()));
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
    for (const QString &w : words) {
        if (p.m_entries.contains(w))
            continue;
        if (const QString guessed = guess(w); !guessed.isEmpty()) {
            p.m_entries[w].append(guessed);
            p.m_guessed.append(w);
        } else {
            p.m_missing.append(w);
        }
    }
    std::sort(p.m_missing.begin(), p.m_missing.end());
    std::sort(p.m_guessed.begin(), p.m_guessed.end());
    return { std::move(p) };
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

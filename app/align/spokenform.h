// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace hark::align {

/// How a written word is said, as the recognizer's dictionary spells words: lower case, letters and inner
/// apostrophes only, numbers spelt out. "1,700" -> "one thousand seven hundred"; "Theo's" -> "theo's";
/// "rock-and-roll" -> "rock and roll"; "—" -> nothing. Empty for text that is not said (punctuation only).
QStringList spokenForm(QStringView written);

/// Every way the word is commonly said, spokenForm() first: "2022" -> "twenty twenty two", "two thousand
/// twenty two", "two thousand and twenty two"; "$5" -> "five dollars", "dollar five" (as espeak-ng says it);
/// "21st" -> "twenty first"; "3.5" -> "three point five". One form for most words.
QList<QStringList> spokenForms(QStringView written);

/// A whole number (0 to 999,999,999,999) in words: 31 -> "thirty one".
QStringList numberInWords(qint64 n);

} // namespace hark::align

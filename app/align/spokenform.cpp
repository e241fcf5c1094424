// SPDX-License-Identifier: GPL-3.0-or-later
#include "spokenform.h"

#include <array>

namespace hark::align {

namespace {

constexpr std::array<const char *, 20> kSmall { "zero", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen" };
constexpr std::array<const char *, 10> kTens { "", "", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety" };

void underThousand(qint64 n, QStringList &out)
{
    if (n >= 100) {
        out.append(QLatin1String(kSmall[std::size_t(n / 100)]));
        out.append(QStringLiteral("hundred"));
        n %= 100;
        if (n == 0)
            return;
    }
    if (n >= 20) {
        out.append(QLatin1String(kTens[std::size_t(n / 10)]));
        if (n % 10)
            out.append(QLatin1String(kSmall[std::size_t(n % 10)]));
    } else {
        out.append(QLatin1String(kSmall[std::size_t(n)]));
    }
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc';
}

// One run of digits (commas between groups of three allowed), as said.
QStringList digitsInWords(QStringView digits)
{
    QString plain;
    for (QChar c : digits)
        if (c.isDigit())
            plain.append(c);
    if (plain.size() > 12) { // a long code: digit by digit
        QStringList out;
        for (QChar c : plain)
            out.append(QLatin1String(kSmall[std::size_t(c.digitValue())]));
        return out;
    }
    const qint64 n = plain.toLongLong();
    // Years as said: 1984 -> nineteen eighty four; 2000-2009 as numbers; 2010+ -> twenty ten.
    if (plain.size() == 4 && !digits.contains(u',') && n >= 1100 && n <= 2099 && (n < 2000 || n >= 2010)
        && n % 100 != 0) {
        QStringList out;
        underThousand(n / 100, out);
        if (n % 100 < 10)
            out.append(QStringLiteral("oh"));
        underThousand(n % 100, out);
        return out;
    }
    return numberInWords(n);
}

} // namespace

QStringList numberInWords(qint64 n)
{
    QStringList out;
    if (n == 0) {
        out.append(QStringLiteral("zero"));
        return out;
    }
    constexpr std::array<std::pair<qint64, const char *>, 3> scales { { { 1'000'000'000, "billion" },
        { 1'000'000, "million" }, { 1'000, "thousand" } } };
    for (const auto &[value, name] : scales) {
        if (n >= value) {
            underThousand(n / value, out);
            out.append(QLatin1String(name));
            n %= value;
        }
    }
    if (n > 0)
        underThousand(n, out);
    return out;
}

QStringList spokenForm(QStringView written)
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        while (!word.isEmpty() && word.back() == u'\'')
            word.chop(1);
        if (!word.isEmpty())
            out.append(word);
        word.clear();
    };
    for (qsizetype i = 0; i < written.size(); ++i) {
        const QChar c = written[i];
        if (c.isDigit()) {
            flush();
            qsizetype end = i;
            while (end < written.size()
                && (written[end].isDigit()
                    || (written[end] == u',' && end + 1 < written.size() && written[end + 1].isDigit())))
                ++end;
            out += digitsInWords(written.mid(i, end - i));
            if (end < written.size() && written[end] == u'%')
                out.append(QStringLiteral("percent"));
            i = end - 1;
        } else if (c.isLetter()) {
            word.append(c.toLower());
        } else if (isApostrophe(c) && !word.isEmpty()) {
            word.append(u'\'');
        } else if (c == u'&') {
            flush();
            out.append(QStringLiteral("and"));
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace hark::align

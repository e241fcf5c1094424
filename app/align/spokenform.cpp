// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/spokenform.h"

#include <QHash>

#include <array>
#include <utility>

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

// British English says "and" before the last two digits: "one hundred and twenty", "two thousand and three".
QStringList withAnd(qint64 n)
{
    QStringList out;
    for (const auto &[value, name] : { std::pair<qint64, const char *> { 1'000'000'000, "billion" },
             { 1'000'000, "million" }, { 1'000, "thousand" } }) {
        if (n >= value) {
            out += withAnd(n / value);
            out.append(QLatin1String(name));
            n %= value;
        }
    }
    if (n >= 100) {
        out.append(QLatin1String(kSmall[std::size_t(n / 100)]));
        out.append(QStringLiteral("hundred"));
        n %= 100;
    }
    if (n > 0) {
        if (!out.isEmpty())
            out.append(QStringLiteral("and"));
        underThousand(n, out);
    }
    return out;
}

// One run of digits (commas between groups of three allowed), in the ways it is said, the likeliest first.
QList<QStringList> digitsInWords(QStringView digits)
{
    QString plain;
    for (QChar c : digits)
        if (c.isDigit())
            plain.append(c);
    if (plain.size() > 12) { // a long code: digit by digit
        QStringList out;
        for (QChar c : plain)
            out.append(QLatin1String(kSmall[std::size_t(c.digitValue())]));
        return { out };
    }
    const qint64 n = plain.toLongLong();
    QList<QStringList> forms;
    // Years as said: 1984 -> nineteen eighty four; 2003 -> two thousand three; 2019 -> twenty nineteen.
    if (plain.size() == 4 && !digits.contains(u',') && n >= 1100 && n <= 2099 && (n < 2000 || n >= 2010)
        && n % 100 != 0) {
        QStringList out;
        underThousand(n / 100, out);
        if (n % 100 < 10)
            out.append(QStringLiteral("oh"));
        underThousand(n % 100, out);
        forms.append(out);
    }
    forms.append(numberInWords(n));
    if (const QStringList british = withAnd(n); british != forms.back())
        forms.append(british);
    return forms;
}

QString ordinal(const QString &cardinal)
{
    static const QHash<QString, QString> irregular { { QStringLiteral("one"), QStringLiteral("first") },
        { QStringLiteral("two"), QStringLiteral("second") },
        { QStringLiteral("three"), QStringLiteral("third") },
        { QStringLiteral("five"), QStringLiteral("fifth") },
        { QStringLiteral("eight"), QStringLiteral("eighth") },
        { QStringLiteral("nine"), QStringLiteral("ninth") },
        { QStringLiteral("twelve"), QStringLiteral("twelfth") } };
    if (const auto it = irregular.constFind(cardinal); it != irregular.cend())
        return *it;
    if (cardinal.endsWith(u'y'))
        return cardinal.chopped(1) + QStringLiteral("ieth");
    return cardinal + QStringLiteral("th");
}

struct Currency
{
    char16_t sign;
    const char *one, *many;
};
constexpr std::array<Currency, 3> kCurrencies { { { u'$', "dollar", "dollars" },
    { u'\u00a3', "pound", "pounds" }, { u'\u20ac', "euro", "euros" } } };

// A number as written in a word: "1,700", "3.5", "21st", "15%", "$5", "$3.50", "1990s".
QList<QStringList> numberForms(QStringView written, qsizetype &i)
{
    const Currency *currency = nullptr;
    for (const Currency &c : kCurrencies)
        if (i > 0 && written[i - 1] == QChar(c.sign))
            currency = &c;
    qsizetype end = i;
    while (end < written.size()
        && (written[end].isDigit()
            || (written[end] == u',' && end + 1 < written.size() && written[end + 1].isDigit())))
        ++end;
    const QStringView whole = written.mid(i, end - i);
    QList<QStringList> forms = digitsInWords(whole);
    QStringList fraction; // digits after a decimal point, one by one
    if (end + 1 < written.size() && written[end] == u'.' && written[end + 1].isDigit()) {
        for (++end; end < written.size() && written[end].isDigit(); ++end)
            fraction.append(QLatin1String(kSmall[std::size_t(written[end].digitValue())]));
    }
    const QStringView rest = written.mid(end);
    const auto suffix = [&](QLatin1StringView s) { return rest.startsWith(s, Qt::CaseInsensitive); };
    if (currency) {
        const QString unit = QLatin1String(
            forms.front() == QStringList { QStringLiteral("one") } ? currency->one : currency->many);
        QList<QStringList> said;
        for (const QStringList &f : forms) {
            QStringList amount = f + QStringList { unit };
            if (!fraction.isEmpty()) { // $3.50: "three dollars fifty", "three fifty"
                const QList<QStringList> cents
                    = digitsInWords(written.mid(end - fraction.size(), fraction.size()));
                said.append(amount + cents.front());
                said.append(f + cents.front());
            } else {
                said.append(amount);
            }
        }
        QStringList spelt = QStringList { QLatin1String(currency->one) } + forms.front(); // "dollar five"
        if (!fraction.isEmpty())
            spelt += QStringList { QStringLiteral("point") } + fraction;
        said.append(spelt);
        forms = said;
    } else if (!fraction.isEmpty()) { // 3.5: "three point five"
        QString plain = whole.toString();
        plain.remove(u',');
        forms = { numberInWords(plain.toLongLong()) + QStringList { QStringLiteral("point") } + fraction };
    } else if (suffix(QLatin1StringView("st")) || suffix(QLatin1StringView("nd"))
        || suffix(QLatin1StringView("rd")) || suffix(QLatin1StringView("th"))) {
        for (QStringList &f : forms)
            f.back() = ordinal(f.back());
        end += 2;
    } else if (suffix(QLatin1StringView("s")) && forms.size() > 1 && end - i == 4) { // 1990s
        forms = { forms.front() };
        forms.front().back() = forms.front().back().endsWith(u'y')
            ? forms.front().back().chopped(1) + QStringLiteral("ies")
            : forms.front().back() + QStringLiteral("s");
        end += 1;
    }
    if (end < written.size() && written[end] == u'%') {
        for (QStringList &f : forms)
            f.append(QStringLiteral("percent"));
        ++end;
    }
    i = end - 1;
    return forms;
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

QList<QStringList> spokenForms(QStringView written)
{
    // The word in pieces, each said in one or more ways; the forms take the pieces' first ways, then their
    // second (where a piece has one), and so on.
    QList<QList<QStringList>> pieces;
    QString word;
    bool capitals = true; // the word is in capital letters: an initialism ("SCO") may be spelt out
    const auto flush = [&] {
        while (!word.isEmpty() && word.back() == u'\'')
            word.chop(1);
        if (capitals && word.size() >= 2 && word.size() <= 6 && !word.contains(u'\'')) {
            QStringList letters;
            for (QChar c : std::as_const(word))
                letters.append(QString(c));
            // "BBC" is spelt out; "NATO" is said as a word, and so may be what is spelt like it.
            if (word.size() <= 3)
                pieces.append({ letters, QStringList { word } });
            else
                pieces.append({ QStringList { word }, letters });
        } else if (!word.isEmpty()) {
            pieces.append({ QStringList { word } });
        }
        word.clear();
        capitals = true;
    };
    for (qsizetype i = 0; i < written.size(); ++i) {
        const QChar c = written[i];
        if (c.isDigit()) {
            flush();
            pieces.append(numberForms(written, i));
        } else if (c.isLetter()) {
            capitals = capitals && c.isUpper();
            word.append(c.toLower());
        } else if (isApostrophe(c) && !word.isEmpty()) {
            word.append(u'\'');
        } else if (c == u'&') {
            flush();
            pieces.append({ QStringList { QStringLiteral("and") } });
        } else {
            flush();
        }
    }
    flush();
    qsizetype ways = 1;
    for (const auto &p : pieces)
        ways = std::max(ways, p.size());
    QList<QStringList> forms;
    for (qsizetype k = 0; k < ways; ++k) {
        QStringList form;
        for (const auto &p : pieces)
            form += p[std::min(k, p.size() - 1)];
        if (!forms.contains(form))
            forms.append(form);
    }
    return forms;
}

QStringList spokenForm(QStringView written)
{
    return spokenForms(written).value(0);
}

} // namespace hark::align

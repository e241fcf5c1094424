// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timecode.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace hark::timecode {

namespace {

QString twoDigits(qint64 v)
{
    return QString::number(v).rightJustified(2, u'0');
}

QString formatWithSeparator(qint64 ms, QChar separator)
{
    ms = std::max<qint64>(ms, 0);
    const qint64 h = ms / 3'600'000;
    const qint64 m = ms / 60'000 % 60;
    const qint64 s = ms / 1000 % 60;
    return twoDigits(h) % u':' % twoDigits(m) % u':' % twoDigits(s) % separator
        % QString::number(ms % 1000).rightJustified(3, u'0');
}

// Digits at pos as a number (saturating far beyond any real time); moves pos past them.
std::pair<qint64, qsizetype> collectDigits(QStringView text, qsizetype &pos)
{
    qint64 value = 0;
    const qsizetype begin = pos;
    while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
        if (value < 1'000'000'000'000LL)
            value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
    }
    return { value, pos - begin };
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::timecode)
};

} // namespace

QString formatVtt(qint64 ms)
{
    return formatWithSeparator(ms, u'.');
}

QString formatSrt(qint64 ms)
{
    return formatWithSeparator(ms, u',');
}

QString formatClock(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("--:--");
    const qint64 total = ms / 1000;
    const qint64 h = total / 3600;
    const qint64 m = total / 60 % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QString::number(h) % u':' % twoDigits(m) % u':' % twoDigits(s);
    return QString::number(m) % u':' % twoDigits(s);
}

std::optional<qint64> parseVtt(QStringView text, qsizetype &pos)
{
    qsizetype p = pos;
    auto [first, firstDigits] = collectDigits(text, p);
    if (firstDigits == 0)
        return std::nullopt;
    const bool hoursFirst = firstDigits != 2 || first > 59;
    if (p >= text.size() || text[p] != u':')
        return std::nullopt;
    ++p;
    auto [second, secondDigits] = collectDigits(text, p);
    if (secondDigits != 2)
        return std::nullopt;
    qint64 hours = 0, minutes = first, seconds = second;
    if (hoursFirst || (p < text.size() && text[p] == u':')) {
        if (p >= text.size() || text[p] != u':')
            return std::nullopt;
        ++p;
        auto [third, thirdDigits] = collectDigits(text, p);
        if (thirdDigits != 2)
            return std::nullopt;
        hours = first;
        minutes = second;
        seconds = third;
    }
    if (p >= text.size() || text[p] != u'.')
        return std::nullopt;
    ++p;
    auto [fraction, fractionDigits] = collectDigits(text, p);
    if (fractionDigits != 3 || minutes > 59 || seconds > 59)
        return std::nullopt;
    pos = p;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
}

std::optional<qint64> parseVttShort(QStringView text, qsizetype &pos)
{
    qsizetype p = pos;
    auto [first, firstDigits] = collectDigits(text, p);
    if (firstDigits == 0)
        return std::nullopt;
    qint64 seconds = first;
    if (p < text.size() && text[p] == u':') {
        ++p;
        auto [second, secondDigits] = collectDigits(text, p);
        if (firstDigits > 2 || secondDigits != 2 || second > 59)
            return std::nullopt;
        seconds = first * 60 + second;
    }
    if (p >= text.size() || text[p] != u'.')
        return std::nullopt;
    ++p;
    auto [fraction, fractionDigits] = collectDigits(text, p);
    if (fractionDigits != 3)
        return std::nullopt;
    pos = p;
    return seconds * 1000 + fraction;
}

Result<qint64> parseClock(QStringView text)
{
    text = text.trimmed();
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{1,9})(?::(\d{1,2}))?(?::(\d{1,2}))?(?:[.,](\d+))?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return Result<qint64>::failure(
            Tr::tr("expected a time like 1:02:03.500, 02:03 or 123.5, found \"%1\"").arg(text.left(40)));
    }
    QList<qint64> fields;
    for (int i = 1; i <= 3; ++i) {
        if (m.capturedLength(i) > 0)
            fields.append(m.capturedView(i).toLongLong());
    }
    for (qsizetype i = 1; i < fields.size(); ++i) {
        if (fields[i] > 59) {
            const bool isSeconds = i == fields.size() - 1;
            return Result<qint64>::failure(
                (isSeconds ? Tr::tr("expected seconds from 00 to 59, found %1 in \"%2\"")
                           : Tr::tr("expected minutes from 00 to 59, found %1 in \"%2\""))
                    .arg(QString::number(fields[i]), text.toString()));
        }
    }
    qint64 seconds = 0;
    for (qint64 f : fields)
        seconds = seconds * 60 + f;
    qint64 ms = seconds * 1000;
    if (m.capturedLength(4) > 0) {
        const QString fraction = m.captured(4).left(3).leftJustified(3, u'0');
        ms += fraction.toLongLong();
    }
    return { ms };
}

std::optional<qint64> parseMediaFragment(QStringView fragment)
{
    for (QStringView field : fragment.split(u'&')) {
        if (!field.startsWith(u"t="))
            continue;
        QStringView value = field.mid(2);
        if (value.startsWith(u"npt:"))
            value = value.mid(4);
        // "t=10,20" is a range; "t=,20" has no start, which means the beginning.
        value = value.left(value.indexOf(u','));
        if (value.isEmpty())
            return 0;
        return parseClock(value).value;
    }
    return std::nullopt;
}

QString formatMediaFragment(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    QString text = QStringLiteral("t=") + QString::number(ms / 1000);
    if (ms % 1000 != 0) {
        QString fraction = QString::number(ms % 1000).rightJustified(3, u'0');
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        text += u'.' + fraction;
    }
    return text;
}

std::optional<qint64> parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto clock = parseClock(text).value; clock && text.contains(u':'))
        return clock;
    static const QRegularExpression part(
        QStringLiteral(R"((\d+(?:\.\d+)?)\s*(h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    qint64 ms = 0;
    qsizetype matched = 0;
    qsizetype coveredNonSpace = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const double value = m.capturedView(1).toDouble();
        const QChar unit = m.capturedView(2).at(0).toLower();
        const double factor = unit == u'h' ? 3'600'000.0 : unit == u'm' ? 60'000.0 : 1000.0;
        ms += qint64(value * factor + 0.5);
        ++matched;
        for (QChar c : m.capturedView())
            coveredNonSpace += c.isSpace() ? 0 : 1;
    }
    // Everything but spaces must have been read: "12m of music" is not a duration.
    const auto nonSpace = std::count_if(text.begin(), text.end(), [](QChar c) { return !c.isSpace(); });
    if (matched == 0 || coveredNonSpace != nonSpace)
        return std::nullopt;
    return ms;
}

} // namespace hark::timecode

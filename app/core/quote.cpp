// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quote.h"

#include "core/timecode.h"

#include <QRegularExpression>

namespace hark::quote {

namespace {

QString words(QString text)
{
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    text = text.replace(space, QStringLiteral(" ")).trimmed();
    // Already quoted in the transcript: one pair of marks is enough.
    static const QRegularExpression quoted(QStringLiteral(R"(^["“„«](.*)["”»]$)"));
    if (const auto m = quoted.match(text); m.hasMatch())
        text = m.captured(1);
    return text;
}

// "Speaker, Show: Title (12:34)", or as much of it as is known (the parts given already marked up).
QString attribution(const QString &speaker, const QString &show, const QString &title, qint64 at)
{
    QString work = show;
    if (!title.isEmpty())
        work = work.isEmpty() ? title : work + QStringLiteral(": ") + title;
    QString from = speaker;
    if (!work.isEmpty())
        from = from.isEmpty() ? work : from + QStringLiteral(", ") + work;
    if (at >= 0)
        from += (from.isEmpty() ? QString() : QStringLiteral(" ")) + u'(' + timecode::formatClock(at) + u')';
    return from;
}

} // namespace

QString plain(const QString &text, const Source &source)
{
    const QString from = attribution(source.speaker, source.show, source.title, source.at);
    return u'“' + words(text) + u'”' + (from.isEmpty() ? QString() : QStringLiteral(" — ") + from);
}

QString html(const QString &text, const Source &source)
{
    const QString show = source.show.isEmpty() ? QString() : u"<i>" + source.show.toHtmlEscaped() + u"</i>";
    const QString from
        = attribution(source.speaker.toHtmlEscaped(), show, source.title.toHtmlEscaped(), source.at);
    QString out = u"<blockquote>“" + words(text).toHtmlEscaped() + u"”</blockquote>";
    if (!from.isEmpty())
        out += u"<p>— " + from + u"</p>";
    return out;
}

QString momentCommand(const QString &episode, qint64 ms)
{
    // Single quotes keep everything literal; a single quote itself closes, is escaped and reopens.
    QString quoted = episode;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    // To the tenth of a second, so that the command does not open up to a second early, before the word.
    ms = std::max<qint64>(0, ms);
    QString at = timecode::formatClock(ms);
    if (const qint64 tenths = ms % 1000 / 100; tenths > 0)
        at += u'.' + QString::number(tenths);
    return QStringLiteral("hark --at %1 '%2'").arg(at, quoted);
}

} // namespace hark::quote

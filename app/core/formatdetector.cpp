// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formatdetector.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace hark {

Format FormatDetector::detect(QStringView text, const QString &fileName)
{
    const Format byName = formatFromName(QFileInfo(fileName).suffix());
    qsizetype i = 0;
    while (i < text.size() && (text[i].isSpace() || text[i] == QChar(0xFEFF)))
        ++i;
    const QStringView head = text.mid(i, 4096);
    if (head.isEmpty())
        return byName == Format::Unknown || byName == Format::Markdown ? Format::Text : byName;

    if (head.startsWith(u"WEBVTT"))
        return Format::WebVtt;
    // JSON opens with an object whose first member name is quoted, or is empty: "{ notes }" is text.
    static const QRegularExpression jsonStart(QStringLiteral(R"(^\{\s*("|\}|$))"));
    if (jsonStart.match(head).hasMatch())
        return Format::PodcastJson;
    if (head.front() == u'<') {
        static const QRegularExpression html(
            QStringLiteral(R"(<(!doctype|html|body|p|cite|time|div|span|head|h\d)\b)"),
            QRegularExpression::CaseInsensitiveOption);
        if (html.match(head).hasMatch())
            return Format::Html;
    }
    static const QRegularExpression lrc(
        QStringLiteral(R"(^\[(\d{1,6}:\d{1,2}([.:]\d{1,3})?|[A-Za-z#]{2,}:[^\]\n]*)\])"));
    static const QRegularExpression lrcTime(QStringLiteral(R"((^|\n)\s*\[\d{1,6}:\d{1,2}([.:]\d{1,3})?\])"));
    if (lrc.match(head).hasMatch() && lrcTime.match(head).hasMatch())
        return Format::Lrc;
    static const QRegularExpression cueTiming(QStringLiteral(R"((^|\n)\s*\d+(:\d+){1,2}([,.]\d+)?\s*-->)"));
    if (cueTiming.match(head).hasMatch())
        return byName == Format::WebVtt ? Format::WebVtt : Format::Srt;
    if (head.front() == u'[' && (byName == Format::PodcastJson || head.mid(1).trimmed().startsWith(u'{')))
        return Format::PodcastJson;
    // Nothing in the content says otherwise: a file named .srt, .lrc or .json is read by that reader, which
    // then says precisely what it expected.
    return byName == Format::Unknown || byName == Format::Markdown ? Format::Text : byName;
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/format.h"

#include <QCoreApplication>

namespace hark {

QString formatName(Format format)
{
    switch (format) {
    case Format::WebVtt:
        return QStringLiteral("vtt");
    case Format::Srt:
        return QStringLiteral("srt");
    case Format::PodcastJson:
        return QStringLiteral("json");
    case Format::Lrc:
        return QStringLiteral("lrc");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Text:
        return QStringLiteral("txt");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString formatTitle(Format format)
{
    switch (format) {
    case Format::WebVtt:
        return QStringLiteral("WebVTT");
    case Format::Srt:
        return QStringLiteral("SubRip (SRT)");
    case Format::PodcastJson:
        return QStringLiteral("Podcasting 2.0 JSON");
    case Format::Lrc:
        return QStringLiteral("LRC");
    case Format::Html:
        return QStringLiteral("HTML");
    case Format::Text:
        return QCoreApplication::translate("hark::Format", "plain text");
    case Format::Markdown:
        return QStringLiteral("Markdown");
    case Format::Unknown:
        break;
    }
    return QCoreApplication::translate("hark::Format", "unknown");
}

Format formatFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == u"vtt" || n == u"webvtt")
        return Format::WebVtt;
    if (n == u"srt")
        return Format::Srt;
    if (n == u"json")
        return Format::PodcastJson;
    if (n == u"lrc")
        return Format::Lrc;
    if (n == u"html" || n == u"htm")
        return Format::Html;
    if (n == u"txt" || n == u"text")
        return Format::Text;
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    return Format::Unknown;
}

bool isWritable(Format format)
{
    switch (format) {
    case Format::WebVtt:
    case Format::Srt:
    case Format::PodcastJson:
    case Format::Text:
    case Format::Markdown:
        return true;
    default:
        return false;
    }
}

QStringList writableFormatNames()
{
    return { QStringLiteral("vtt"), QStringLiteral("srt"), QStringLiteral("json"), QStringLiteral("txt"),
        QStringLiteral("md") };
}

} // namespace hark

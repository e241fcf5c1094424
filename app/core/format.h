// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hark {

/// The transcript formats Hark reads or writes.
enum class Format
{
    Unknown,
    WebVtt,
    Srt,
    PodcastJson, ///< Podcasting 2.0 JSON transcript
    Lrc,
    Html,
    Text, ///< plain text, including archive pages with a header
    Markdown, ///< written only
};

/// The short name used on the command line: vtt, srt, json, lrc, html, txt, md.
QString formatName(Format format);
/// A human-readable name: "WebVTT", "SubRip (SRT)"…
QString formatTitle(Format format);
/// The format for a short name or a file extension (case-insensitive), Unknown if none.
Format formatFromName(QStringView name);
/// The short names of the formats that can be written.
QStringList writableFormatNames();
bool isWritable(Format format);

} // namespace hark

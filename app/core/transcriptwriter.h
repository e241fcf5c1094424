// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/transcript.h"

#include <QString>

#include <optional>

namespace hark {

/// Writes a transcript in one of the writable formats. Pure: text in, text out; files are the caller's.
class TranscriptWriter
{
public:
    struct Options
    {
        /// JSON and SRT: one segment or cue per timed word (with the untimed words after it) where words are
        /// timed. WebVTT always carries word times inline; text and Markdown ignore it.
        bool words = false;
        /// The listener's bookmarks (in time order): in Markdown, each before the paragraph it falls in; in
        /// WebVTT, a NOTE before the cue it falls in. SRT, JSON and text have no place for them.
        QList<Bookmark> bookmarks;
    };
    struct Result
    {
        QString text;
        QString error; ///< why the transcript cannot be written in this format (e.g. cues without times)
        bool ok() const { return error.isEmpty(); }
    };

    static Result write(const Transcript &transcript, Format format, Options options);
    static Result write(const Transcript &transcript, Format format)
    {
        return write(transcript, format, Options {});
    }

    /// WebVTT with speakers as `<v Name>`, inline word timestamps, and metadata and chapters in a NOTE;
    /// each bookmark a "NOTE Bookmark <time>" block (its note below) before the cue it falls in.
    static Result writeVtt(const Transcript &transcript, const QList<Bookmark> &bookmarks = {});
    /// SubRip, speakers as a "Name: " prefix.
    static Result writeSrt(const Transcript &transcript, bool words);
    /// Podcasting 2.0 JSON: times in seconds with 3 decimals, null where unknown.
    static Result writePodcastJson(const Transcript &transcript, bool words);
    /// Plain text in paragraphs, each opening with its speaker's "Name: ", metadata as header fields.
    static Result writeText(const Transcript &transcript);
    /// Markdown: title, chapter headings, a timestamp and speaker per paragraph.
    static Result writeMarkdown(const Transcript &transcript, const QList<Bookmark> &bookmarks = {});
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/embeddedlyrics.h"
#include "core/transcript.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hark {

/// What an audio file's tags say about the episode, read with TagLib.
struct AudioTags
{
    QString title;
    QString artist;
    QString album; ///< usually the show
    int year = 0;
    qint64 duration = -1; ///< milliseconds, -1 when unknown
    QByteArray cover; ///< the front cover (or first) picture's bytes, empty when none
    QString coverMimeType;
    /// From ID3v2 CHAP frames (titles from their TIT2), in time order; empty when none.
    QList<Chapter> chapters;
    /// Transcripts in ID3v2 SYLT and USLT frames, in the tag's order (SYLT times in ms, also when the tag
    /// counts MPEG frames). SYLT frames of chords, events, trivia and links are left out.
    QList<EmbeddedLyrics> lyrics;
};

/// Reads tags without ever opening the file for writing.
class TagReader
{
public:
    struct Result
    {
        AudioTags tags;
        QString error; ///< why nothing could be read; empty on success
        bool ok() const { return error.isEmpty(); }
    };
    static Result read(const QString &path);
};

} // namespace hark

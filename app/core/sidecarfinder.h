// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/embeddedlyrics.h"
#include "core/format.h"
#include "core/readresult.h"
#include "core/transcript.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hark {

/// A file beside an episode that may hold its transcript or chapters.
struct SidecarCandidate
{
    enum class Kind
    {
        Transcript,
        Chapters
    };
    QString path;
    Kind kind = Kind::Transcript;
    Format format = Format::Unknown;
    Timing timing = Timing::None;
    QString language; ///< from a language-tagged name such as "Episode 01.en.vtt"
    bool isCache = false; ///< Hark's own "<name>.hark.vtt"
    /// A transcript in the audio's own tag: the index of its frame in the list given to find() (path is then
    /// the audio's), else -1.
    int embedded = -1;
    QString embeddedLabel; ///< "USLT tag (eng)": how the listener sees it named
    bool readable = false;
    QString problem; ///< why it cannot be read, when it cannot
};

/// Every candidate found for an episode and which transcript and chapters file won.
struct SidecarReport
{
    QList<SidecarCandidate> candidates; ///< best transcript first, then the others, then chapters
    int transcript = -1; ///< index of the chosen transcript, -1 if none
    int chapters = -1; ///< index of the chosen chapters file, -1 if none
    QString reason; ///< why the transcript won over the runner-up
    /// The chosen transcript as read while ranking (with its warnings), so that it is not read twice.
    ReadResult chosen;
};

/// Finds the sidecars of an episode: for "Episode 01.mp3", "Episode 01.{vtt,srt,json,lrc,html,txt}" in any
/// letter case, language-tagged names ("Episode 01.en.vtt"), "Episode 01.transcript.*", chapters in
/// "Episode 01.chapters.json", and Hark's own "Episode 01.hark.vtt". Timed beats untimed and word timing
/// beats cue timing; then a name in one of @p languages (or untagged) beats another language; then the format
/// (vtt, json, srt, lrc, html, txt) and Hark's cache before others. Transcripts in the audio's own tag
/// (@p embedded, read by the media layer) are ranked by the same rules, after the files at the same format
/// rank: a file put beside the episode is the more deliberate choice.
class SidecarFinder
{
public:
    static SidecarReport find(
        const QString &audioPath, const QStringList &languages, const QList<EmbeddedLyrics> &embedded = {});
    static SidecarReport find(const QString &audioPath);
    /// How the listener sees a candidate named: its file name, or "Episode.mp3 (USLT tag)".
    static QString displayName(const SidecarCandidate &candidate);
    /// Audio file extensions Hark treats as episodes.
    static bool isAudioFile(const QString &path);
    /// The episode a transcript belongs to: the audio file beside it whose name is the transcript's without
    /// its tags ("Episode 01.en.vtt", "Episode 01.transcript.txt", "Episode 01.hark.vtt" → "Episode 01.mp3").
    /// Empty when there is none.
    static QString audioFor(const QString &transcriptPath);
};

} // namespace hark

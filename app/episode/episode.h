// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sidecarfinder.h"
#include "core/transcript.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace hark {

/// One open episode: its audio, the transcript found for it (or given), what the tags and the sidecar say
/// about it (the window's TranscriptModel indexes its times). Opening never plays anything and needs no
/// widgets; the window and the command line both start here.
class Episode
{
public:
    /// Opens @p path: an audio file (its transcript is discovered beside it) or a transcript (its audio is
    /// the file beside it with the same name). @p transcriptPath, if given, overrides discovery. Fails when
    /// there is nothing to play or show; what could be shown with problems comes with problems().
    static Result<Episode> open(const QString &path, const QString &transcriptPath = {});

    QString audioPath() const { return m_audioPath; } ///< empty when a transcript has no audio beside it
    /// Empty when none was found; the audio's own path when the transcript is in its tag (SYLT, USLT).
    QString transcriptPath() const { return m_transcriptPath; }
    /// How the listener sees the transcript's source named: its file name, or "Episode.mp3 (USLT tag)".
    QString transcriptName() const { return m_transcriptName; }
    const Transcript &transcript() const { return m_transcript; }
    /// The transcript file the shown one was aligned from, when the shown one is Hark's kept alignment
    /// (else empty).
    QString alignedFrom() const { return m_alignedFrom; }
    /// The transcript file an alignment is made from: the one it was aligned from, else the shown one.
    QString alignmentSource() const { return m_alignedFrom.isEmpty() ? m_transcriptPath : m_alignedFrom; }
    /// There is audio and a transcript with words but no times: Hark aligns it.
    bool needsAlignment() const
    {
        return !m_audioPath.isEmpty() && m_transcript.wordCount() > 0
            && m_transcript.timing() == Timing::None;
    }
    const SidecarReport &sidecars() const { return m_sidecars; }

    /// From the tags, else the sidecar's metadata, else the file name.
    QString title() const { return m_title; }
    QString show() const { return m_show; }
    /// Who made it, from the tags (the show's host or network, for most podcasts); empty when unknown.
    QString artist() const { return m_artist; }
    QDate date() const { return m_date; }
    int year() const { return m_year; } ///< from the tags, 0 when unknown
    QByteArray cover() const { return m_cover; }
    qint64 duration() const { return m_duration; } ///< from the audio's tags, kNoTime when unknown

    /// Things to tell the listener (no transcript, a transcript longer than the audio, warnings from
    /// reading).
    QStringList problems() const { return m_problems; }
    /// Where the chapters (in transcript().chapters) come from: a chapters file's name, the transcript's,
    /// or "the audio's tags"; empty without chapters.
    QString chaptersFrom() const { return m_chaptersFrom; }

private:
    void chooseChapters(const QList<Chapter> &fromTags);
    /// Reads the transcript at @p path: a file, or (for the audio's own path) the best transcript in its tag.
    ReadResult readSource(const QString &path) const;
    /// The best readable transcript in the audio's tag, or nullptr.
    const SidecarCandidate *embeddedSource() const;

    QString m_audioPath;
    QString m_transcriptPath;
    QString m_transcriptName;
    QList<EmbeddedLyrics> m_lyrics; ///< transcripts in the audio's tag
    QString m_alignedFrom;
    Transcript m_transcript;
    SidecarReport m_sidecars;
    QString m_title;
    QString m_show;
    QString m_artist;
    QDate m_date;
    int m_year = 0;
    QByteArray m_cover;
    qint64 m_duration = kNoTime;
    QStringList m_problems;
    QString m_chaptersFrom;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/episode.h"

#include "core/timecode.h"
#include "core/transcriptfile.h"
#include "episode/alignmentcache.h"
#include "media/tagreader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::Episode)
};

// A chapter's picture larger than this is not read.
constexpr qint64 kMaxPictureBytes = 16 * 1024 * 1024;

} // namespace

void Episode::chooseChapters(const QList<Chapter> &fromTags)
{
    // A chapters file beside the audio wins over the transcript's own chapters, which win over the tags'.
    struct Source
    {
        QString name;
        QString path; ///< the file, when they come from one
        QList<Chapter> chapters;
    };
    QList<Source> sources;
    if (m_sidecars.chapters >= 0) {
        const QString path = m_sidecars.candidates[m_sidecars.chapters].path;
        const ReadResult r = TranscriptFile::readChapters(path);
        if (r.ok() && !r.transcript->chapters.isEmpty())
            sources.append({ QFileInfo(path).fileName(), path, r.transcript->chapters });
        else if (!r.ok())
            m_problems.append(r.error.format(QFileInfo(path).fileName()));
    }
    if (!m_transcript.chapters.isEmpty())
        sources.append({ m_transcriptName, m_transcriptPath, m_transcript.chapters });
    if (!fromTags.isEmpty())
        sources.append({ Tr::tr("the audio's tags"), {}, fromTags });
    if (sources.isEmpty())
        return;
    const Source &chosen = sources.first();
    m_transcript.chapters = chosen.chapters;
    // Pictures a chapters file names by a path (or a file: URL) are read from beside it; those on the web
    // are left out: Hark does not go on the network.
    const QDir base = QFileInfo(chosen.path).absoluteDir();
    for (Chapter &c : m_transcript.chapters) {
        if (!c.imageData.isEmpty() || c.image.isEmpty() || chosen.path.isEmpty())
            continue;
        const QUrl url(c.image);
        QFile picture(url.isRelative() ? base.filePath(c.image)
                : url.isLocalFile()    ? url.toLocalFile()
                                       : QString());
        if (!picture.fileName().isEmpty() && picture.size() <= kMaxPictureBytes
            && picture.open(QIODevice::ReadOnly))
            c.imageData = picture.readAll();
    }
    // In time order, whatever order the source lists them in (the window finds the current one by search).
    std::stable_sort(m_transcript.chapters.begin(), m_transcript.chapters.end(),
        [](const Chapter &a, const Chapter &b) { return a.start < b.start; });
    m_chaptersFrom = chosen.name;
    if (sources.size() > 1) {
        QStringList others;
        for (qsizetype i = 1; i < sources.size(); ++i)
            others.append(sources[i].name);
        m_problems.append(Tr::tr("Chapters from %1 (%2 also has chapters).")
                              .arg(m_chaptersFrom, others.join(QStringLiteral(", "))));
    }
}

const SidecarCandidate *Episode::embeddedSource() const
{
    // The best transcript in the audio's tag, as ranked with the files beside it.
    for (const SidecarCandidate &c : m_sidecars.candidates) {
        if (c.embedded >= 0 && c.readable)
            return &c;
    }
    return nullptr;
}

ReadResult Episode::readSource(const QString &path) const
{
    if (path != m_audioPath)
        return TranscriptFile::read(path);
    if (const SidecarCandidate *c = embeddedSource())
        return EmbeddedLyricsReader::read(m_lyrics[c->embedded]);
    return ReadResult::failure(
        0, 0, Tr::tr("expected a transcript in the audio's SYLT or USLT tag; there is none"));
}

Result<Episode> Episode::open(const QString &path, const QString &transcriptPath)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Result<Episode>::failure(Tr::tr("%1: no such file").arg(path));
    Episode e;
    AudioTags tags;
    const auto readTags = [&e, &tags] {
        if (const auto r = TagReader::read(e.m_audioPath); r.ok())
            tags = r.tags;
        e.m_lyrics = tags.lyrics;
    };
    if (SidecarFinder::isAudioFile(path)) {
        e.m_audioPath = info.absoluteFilePath();
        readTags();
        e.m_sidecars = SidecarFinder::find(e.m_audioPath, QLocale().uiLanguages(), e.m_lyrics);
        if (!transcriptPath.isEmpty()) {
            e.m_transcriptPath = QFileInfo(transcriptPath).absoluteFilePath();
        } else if (e.m_sidecars.transcript >= 0) {
            const SidecarCandidate &chosen = e.m_sidecars.candidates[e.m_sidecars.transcript];
            e.m_transcriptPath = chosen.path;
            // Hark's own alignment is used while the audio and the transcript it was made from are unchanged.
            if (const QString source
                = chosen.isCache ? AlignmentCache::sourceOf(chosen.path, e.m_audioPath) : QString();
                !source.isEmpty()) {
                const bool sourceThere = QFileInfo(source).isFile();
                if (AlignmentCache::check(chosen.path, e.m_audioPath, sourceThere ? source : QString())
                    == AlignmentCache::State::Stale) {
                    e.m_problems.append(
                        Tr::tr("The kept alignment %1 is out of date (the audio or %2 changed): it "
                               "is not used.")
                            .arg(QFileInfo(chosen.path).fileName(), QFileInfo(source).fileName()));
                    e.m_transcriptPath = sourceThere ? source : QString();
                } else if (sourceThere) {
                    e.m_alignedFrom = source;
                }
            }
        }
    } else {
        e.m_transcriptPath = info.absoluteFilePath();
        e.m_audioPath = SidecarFinder::audioFor(path);
        if (!e.m_audioPath.isEmpty()) {
            readTags();
            e.m_sidecars = SidecarFinder::find(e.m_audioPath, QLocale().uiLanguages(), e.m_lyrics);
        }
    }

    if (!e.m_transcriptPath.isEmpty()) {
        const bool discovered = e.m_sidecars.transcript >= 0
            && e.m_sidecars.candidates[e.m_sidecars.transcript].path == e.m_transcriptPath;
        const ReadResult r = discovered ? e.m_sidecars.chosen : e.readSource(e.m_transcriptPath);
        const SidecarCandidate *source = discovered ? &e.m_sidecars.candidates[e.m_sidecars.transcript]
            : e.m_transcriptPath == e.m_audioPath   ? e.embeddedSource()
                                                    : nullptr;
        e.m_transcriptName
            = source ? SidecarFinder::displayName(*source) : QFileInfo(e.m_transcriptPath).fileName();
        const QString name = e.m_transcriptName;
        if (!r.ok()) {
            if (e.m_audioPath.isEmpty()) { // nothing to show and nothing to play
                return Result<Episode>::failure(r.error.format(e.m_transcriptPath));
            }
            e.m_problems.append(r.error.format(name));
        } else {
            e.m_transcript = *r.transcript;
            for (const Diagnostic &w : r.warnings)
                e.m_problems.append(w.format(name));
            // A transcript without times may have been aligned before: that alignment, kept beside the audio
            // or in the cache directory, is shown instead while both are unchanged.
            if (!e.m_audioPath.isEmpty() && e.m_transcript.timing() == Timing::None) {
                AlignmentCache::Lookup kept = AlignmentCache::find(e.m_audioPath, e.m_transcriptPath);
                if (kept.state == AlignmentCache::State::Fresh) {
                    e.m_alignedFrom = e.m_transcriptPath;
                    e.m_transcriptPath = kept.path;
                    e.m_transcriptName = QFileInfo(kept.path).fileName();
                    e.m_transcript = std::move(*kept.transcript);
                }
            }
        }
    } else {
        e.m_problems.append(Tr::tr("No transcript found beside this episode; open one to read along."));
    }
    if (e.m_audioPath.isEmpty())
        e.m_problems.append(Tr::tr("No audio found beside %1: the transcript is shown without playback.")
                                .arg(QFileInfo(e.m_transcriptPath).fileName()));
    if (!e.m_transcriptPath.isEmpty() && e.m_sidecars.transcript >= 0
        && e.m_sidecars.candidates[e.m_sidecars.transcript].path == e.m_transcriptPath
        && !e.m_sidecars.reason.isEmpty()
        && std::count_if(e.m_sidecars.candidates.cbegin(), e.m_sidecars.candidates.cend(),
               [](const SidecarCandidate &c) { return c.kind == SidecarCandidate::Kind::Transcript; })
            > 1) {
        e.m_problems.append(Tr::tr("Using %1: %2.").arg(e.m_transcriptName, e.m_sidecars.reason));
    }

    if (!e.m_audioPath.isEmpty())
        e.m_duration = tags.duration > 0 ? tags.duration : kNoTime;
    const TranscriptMetadata &meta = e.m_transcript.metadata;
    const QString fileName
        = QFileInfo(e.m_audioPath.isEmpty() ? e.m_transcriptPath : e.m_audioPath).completeBaseName();
    e.m_title = !tags.title.isEmpty() ? tags.title : !meta.title.isEmpty() ? meta.title : fileName;
    e.m_show = !tags.album.isEmpty() ? tags.album : !tags.artist.isEmpty() ? tags.artist : meta.show;
    e.m_date = meta.date;
    e.m_artist = tags.artist;
    e.m_year = tags.year;
    e.m_cover = tags.cover;
    e.chooseChapters(tags.chapters);

    // Cues past the end of the audio: the transcript belongs to another cut of the episode.
    if (e.m_duration != kNoTime) {
        for (const Segment &s : e.m_transcript.segments) {
            if (s.hasStart() && s.start > e.m_duration + 1000) {
                e.m_problems.append(
                    Tr::tr(
                        "The transcript runs past the end of the audio (a line at %1, the audio ends at %2): "
                        "it may belong to another version of the episode.")
                        .arg(timecode::formatClock(s.start), timecode::formatClock(e.m_duration)));
                break;
            }
        }
    }
    return { std::move(e) };
}

} // namespace hark

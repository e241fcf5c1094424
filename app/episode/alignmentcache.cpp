// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/alignmentcache.h"

#include "core/transcriptfile.h"
#include "core/transcriptwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace hark {

namespace {

// The metadata NOTE's keys (the first marks a file Hark wrote).
const QString kMarker = QStringLiteral("Hark-Alignment");
const QString kAudio = QStringLiteral("Audio");
const QString kAudioSize = QStringLiteral("Audio-Size");
const QString kAudioModified = QStringLiteral("Audio-Modified");
const QString kAudioHash = QStringLiteral("Audio-Hash");
const QString kTranscript = QStringLiteral("Transcript");
const QString kTranscriptHash = QStringLiteral("Transcript-Hash");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::AlignmentCache)
};

struct Read
{
    AlignmentCache::State state = AlignmentCache::State::Missing;
    std::optional<Transcript> transcript;
};

// Reads a cache file; NotOurs for a file Hark did not write (or cannot read), else Fresh until checked.
Read readCache(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    ReadResult r = TranscriptFile::read(path);
    if (!r.transcript || r.transcript->metadata.extraValue(kMarker) != u"1")
        return { AlignmentCache::State::NotOurs, {} };
    return { AlignmentCache::State::Fresh, std::move(r.transcript) };
}

AlignmentCache::State freshness(const Transcript &cache, const QString &cachePath, const QString &audioPath,
    const QString &transcriptPath)
{
    const TranscriptMetadata &m = cache.metadata;
    if (!transcriptPath.isEmpty() && AlignmentCache::sha256(transcriptPath) != m.extraValue(kTranscriptHash))
        return AlignmentCache::State::Stale;
    const QFileInfo audio(audioPath);
    // The audio's size and time unchanged: the same audio, without reading it all again. Unless it was
    // changed within a moment of the cache's writing: a change in the same tick of the clock leaves the time
    // as it was.
    const QDateTime modified = audio.lastModified();
    if (QString::number(audio.size()) == m.extraValue(kAudioSize)
        && QString::number(modified.toMSecsSinceEpoch()) == m.extraValue(kAudioModified)
        && modified.addSecs(2) < QFileInfo(cachePath).lastModified())
        return AlignmentCache::State::Fresh;
    return AlignmentCache::sha256(audioPath) == m.extraValue(kAudioHash) ? AlignmentCache::State::Fresh
                                                                         : AlignmentCache::State::Stale;
}

} // namespace

QString AlignmentCache::besidePath(const QString &audioPath)
{
    const QFileInfo info(audioPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".hark.vtt"));
}

QString AlignmentCache::fallbackPath(const QString &audioPath)
{
    const QFileInfo info(audioPath);
    const QByteArray key
        = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("alignments/%1-%2.hark.vtt")
                      .arg(QString::fromLatin1(key), info.completeBaseName()));
}

AlignmentCache::State AlignmentCache::check(
    const QString &cachePath, const QString &audioPath, const QString &transcriptPath)
{
    const Read r = readCache(cachePath);
    if (r.state != State::Fresh)
        return r.state;
    return freshness(*r.transcript, cachePath, audioPath, transcriptPath);
}

AlignmentCache::Lookup AlignmentCache::find(const QString &audioPath, const QString &transcriptPath)
{
    Lookup found;
    for (const QString &path : { besidePath(audioPath), fallbackPath(audioPath) }) {
        Read r = readCache(path);
        if (r.state == State::Fresh)
            r.state = freshness(*r.transcript, path, audioPath, transcriptPath);
        if (r.state == State::Fresh)
            return { State::Fresh, path, std::move(r.transcript) };
        // Tell the worst news: stale over not ours over missing.
        if (r.state == State::Stale || (r.state == State::NotOurs && found.state == State::Missing))
            found = { r.state, path, {} };
    }
    return found;
}

QString AlignmentCache::sourceOf(const QString &cachePath, const QString &audioPath)
{
    const Read r = readCache(cachePath);
    if (r.state != State::Fresh)
        return {};
    const QString name = r.transcript->metadata.extraValue(kTranscript);
    return name.isEmpty() ? QString() : QFileInfo(audioPath).dir().filePath(name);
}

Result<QString> AlignmentCache::save(
    const Transcript &aligned, const QString &audioPath, const QString &transcriptPath)
{
    Transcript t = aligned;
    auto &extra = t.metadata.extra;
    extra.removeIf([](const auto &field) {
        return field.first == kMarker || field.first.startsWith(kAudio)
            || field.first.startsWith(kTranscript);
    });
    const QFileInfo audio(audioPath);
    extra.append({ kMarker, QStringLiteral("1") });
    extra.append({ kAudio, audio.fileName() });
    extra.append({ kAudioSize, QString::number(audio.size()) });
    extra.append({ kAudioModified, QString::number(audio.lastModified().toMSecsSinceEpoch()) });
    extra.append({ kAudioHash, sha256(audioPath) });
    if (!transcriptPath.isEmpty()) {
        extra.append({ kTranscript, QFileInfo(transcriptPath).fileName() });
        extra.append({ kTranscriptHash, sha256(transcriptPath) });
    }
    const TranscriptWriter::Result written = TranscriptWriter::writeVtt(t);
    if (!written.ok())
        return Result<QString>::failure(written.error);
    const QString beside = besidePath(audioPath);
    QString besideError;
    if (readCache(beside).state != State::NotOurs) {
        if (const Status saved = TranscriptFile::save(beside, written.text); saved.ok())
            return { beside };
        else
            besideError = saved.error;
    }
    const QString fallback = fallbackPath(audioPath);
    QString fallbackError;
    if (QDir().mkpath(QFileInfo(fallback).absolutePath())) {
        if (const Status saved = TranscriptFile::save(fallback, written.text); saved.ok())
            return { fallback };
        else
            fallbackError = saved.error;
    }
    return Result<QString>::failure(
        Tr::tr("cannot keep the alignment beside the audio (%1) nor in %2 (%3)")
            .arg(besideError.isEmpty() ? Tr::tr("a file Hark did not write is there") : besideError, fallback,
                fallbackError.isEmpty() ? Tr::tr("cannot make the folder") : fallbackError));
}

QString AlignmentCache::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return hash.addData(&file) ? QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex())
                               : QString();
}

} // namespace hark

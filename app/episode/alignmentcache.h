// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/transcript.h"

#include <QString>

#include <optional>

namespace hark {

/// Hark's own record of an alignment: "<audio's base name>.hark.vtt" beside the audio (else, when that folder
/// cannot be written or holds a file of that name Hark did not write, in the user's cache directory), a
/// WebVTT with speakers and word times that other players read too. Its metadata NOTE records what it was
/// made from: the audio's name, size, modification time and SHA-256, and the transcript's name and SHA-256.
/// A changed audio or transcript makes it stale.
class AlignmentCache
{
public:
    /// "Episode 01.hark.vtt" beside "Episode 01.mp3".
    static QString besidePath(const QString &audioPath);
    /// In the user's cache directory, named after the audio's absolute path.
    static QString fallbackPath(const QString &audioPath);

    enum class State
    {
        Missing, ///< no cache in either place
        Fresh, ///< made from this audio and this transcript
        Stale, ///< made from another version of either
        NotOurs, ///< a file of that name that Hark did not write (left alone)
    };
    struct Lookup
    {
        State state = State::Missing;
        QString path; ///< the file looked at last
        std::optional<Transcript> transcript; ///< when fresh
    };

    /// The cache of @p audioPath made from @p transcriptPath: beside the audio first, then the fallback.
    static Lookup find(const QString &audioPath, const QString &transcriptPath);
    /// Whether the cache file at @p cachePath is Hark's and made from this audio and transcript.
    static State check(const QString &cachePath, const QString &audioPath, const QString &transcriptPath);
    /// The transcript a cache file says it was made from (beside @p audioPath), empty when it is not Hark's.
    static QString sourceOf(const QString &cachePath, const QString &audioPath);

    /// Writes @p aligned, made from @p transcriptPath, as the cache of @p audioPath: beside it unless that
    /// fails or the file there is not Hark's, else in the fallback place. Atomic. Gives the path written.
    static Result<QString> save(
        const Transcript &aligned, const QString &audioPath, const QString &transcriptPath);

    /// A file's SHA-256 as "sha256:" and hex, read in blocks; empty when it cannot be read.
    static QString sha256(const QString &path);
};

} // namespace hark

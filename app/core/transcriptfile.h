// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/readresult.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace hark {

/// Reads transcripts from files and devices (decoding, detecting the format, picking the reader) and writes
/// Hark's own files atomically. The readers themselves never touch files.
class TranscriptFile
{
public:
    /// Files larger than this are refused rather than read into memory.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    static ReadResult read(const QString &path);
    /// @p fileName only helps to detect the format (by its extension) when the content does not tell.
    static ReadResult read(QIODevice *device, const QString &fileName = {});
    /// Text already decoded: detection and the reader.
    static ReadResult readText(QStringView text, const QString &fileName = {});
    /// A Podcasting 2.0 chapters JSON file; the chapters arrive in an otherwise empty transcript.
    static ReadResult readChapters(const QString &path);

    /// Writes @p text as UTF-8 through QSaveFile: the file is replaced whole or not at all.
    static Status save(const QString &path, const QString &text);
    /// @p path names one of @p files (empty ones are passed over), through links too: a file Hark reads from
    /// and so never writes over.
    static bool isOneOf(const QString &path, const QStringList &files);
};

} // namespace hark

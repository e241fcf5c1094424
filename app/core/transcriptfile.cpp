// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transcriptfile.h"

#include "core/formatdetector.h"
#include "core/formats/htmlreader.h"
#include "core/formats/lrcreader.h"
#include "core/formats/plaintextreader.h"
#include "core/formats/podcastjsonreader.h"
#include "core/formats/srtreader.h"
#include "core/formats/vttreader.h"
#include "core/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::TranscriptFile)
};

std::optional<QByteArray> readBytes(QIODevice *device, ReadResult &failure)
{
    const qint64 size = device->size();
    if (!device->isSequential() && size > TranscriptFile::kMaxBytes) {
        failure = ReadResult::failure(0, 0,
            Tr::tr("the file is %1 MB; transcripts over %2 MB are not read")
                .arg(size / 1048576)
                .arg(TranscriptFile::kMaxBytes / 1048576));
        return std::nullopt;
    }
    QByteArray bytes = device->read(TranscriptFile::kMaxBytes + 1);
    if (bytes.size() > TranscriptFile::kMaxBytes) {
        failure = ReadResult::failure(
            0, 0, Tr::tr("transcripts over %1 MB are not read").arg(TranscriptFile::kMaxBytes / 1048576));
        return std::nullopt;
    }
    return bytes;
}

ReadResult decodeAndRead(const QByteArray &bytes, const QString &fileName, bool chapters)
{
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (decoded.error) {
        ReadResult r;
        r.error = *decoded.error;
        r.encoding = decoded.encoding;
        return r;
    }
    ReadResult r = chapters ? ChaptersJsonReader::read(decoded.text)
                            : TranscriptFile::readText(decoded.text, fileName);
    r.encoding = decoded.encoding;
    if (decoded.warning)
        r.warnings.prepend(*decoded.warning);
    return r;
}

ReadResult readPath(const QString &path, bool chapters)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return ReadResult::failure(0, 0, Tr::tr("is a folder, not a transcript file"));
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult::failure(0, 0, Tr::tr("cannot open: %1").arg(file.errorString()));
    ReadResult failure;
    const auto bytes = readBytes(&file, failure);
    if (!bytes)
        return failure;
    return decodeAndRead(*bytes, path, chapters);
}

} // namespace

ReadResult TranscriptFile::read(const QString &path)
{
    return readPath(path, false);
}

ReadResult TranscriptFile::readChapters(const QString &path)
{
    return readPath(path, true);
}

ReadResult TranscriptFile::read(QIODevice *device, const QString &fileName)
{
    ReadResult failure;
    const auto bytes = readBytes(device, failure);
    if (!bytes)
        return failure;
    return decodeAndRead(*bytes, fileName, false);
}

ReadResult TranscriptFile::readText(QStringView text, const QString &fileName)
{
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace() || c == QChar(0xFEFF); }))
        return ReadResult::failure(0, 0, Tr::tr("expected a transcript; the file is empty"));
    const Format format = FormatDetector::detect(text, fileName);
    ReadResult r;
    switch (format) {
    case Format::WebVtt: {
        qsizetype i = 0;
        while (i < text.size() && (text[i].isSpace() || text[i] == QChar(0xFEFF)))
            ++i;
        const bool signature = text.mid(i).startsWith(u"WEBVTT");
        // Blank lines before WEBVTT break the signature for browsers; Hark reads past them and keeps the
        // line numbers of its messages true to the file.
        r = VttReader::read(
            signature ? text.mid(i) : text, { .requireSignature = signature, .keepBadCues = true });
        const int skipped = signature ? int(text.left(i).count(u'\n')) : 0;
        auto shift = [skipped](Diagnostic &d) {
            if (d.line > 0)
                d.line += skipped;
        };
        shift(r.error);
        for (Diagnostic &w : r.warnings)
            shift(w);
        break;
    }
    case Format::Srt:
        r = SrtReader::read(text);
        break;
    case Format::PodcastJson:
        r = PodcastJsonReader::read(text);
        break;
    case Format::Lrc:
        r = LrcReader::read(text);
        break;
    case Format::Html:
        r = HtmlReader::read(text);
        break;
    case Format::Text:
    case Format::Markdown:
    case Format::Unknown:
        r = PlainTextReader::read(text);
        break;
    }
    r.format = format == Format::Markdown || format == Format::Unknown ? Format::Text : format;
    return r;
}

Status TranscriptFile::save(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(file.errorString());
    file.write(text.toUtf8());
    if (!file.commit())
        return Status::failure(file.errorString());
    return {};
}

bool TranscriptFile::isOneOf(const QString &path, const QStringList &files)
{
    const QFileInfo target(path);
    const QString canonical = target.canonicalFilePath(); // empty when it does not exist yet
    return std::any_of(files.cbegin(), files.cend(), [&](const QString &file) {
        if (file.isEmpty())
            return false;
        const QFileInfo other(file);
        return other.absoluteFilePath() == target.absoluteFilePath()
            || (!canonical.isEmpty() && other.canonicalFilePath() == canonical);
    });
}

} // namespace hark

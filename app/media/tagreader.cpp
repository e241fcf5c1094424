// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/tagreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/fileref.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/synchronizedlyricsframe.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/tag.h>
#include <taglib/unsynchronizedlyricsframe.h>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::TagReader)
};

QString toQString(const TagLib::String &s)
{
    return QString::fromStdWString(s.toWString()).trimmed();
}

// A frame's ISO 639-2 code; the NUL bytes some taggers leave when they have none are no language.
QString language(const TagLib::ByteVector &code)
{
    QString text = QString::fromLatin1(code.data(), qsizetype(code.size()));
    text.remove(QChar(0));
    return text.trimmed();
}

// Milliseconds per MPEG frame, for SYLT frames that count frames; 0 when the stream does not say.
double frameMs(const TagLib::MPEG::File &file)
{
    const TagLib::MPEG::Properties *audio = file.audioProperties();
    if (!audio || audio->sampleRate() <= 0)
        return 0;
    const int samples = audio->layer() == 1                                         ? 384
        : audio->layer() == 2 || audio->version() == TagLib::MPEG::Header::Version1 ? 1152
                                                                                    : 576;
    return 1000.0 * samples / audio->sampleRate();
}

void readLyrics(TagLib::MPEG::File &file, QList<EmbeddedLyrics> &lyrics)
{
    const TagLib::ID3v2::Tag *tag = file.ID3v2Tag();
    for (const TagLib::ID3v2::Frame *frame : tag->frameList()) {
        if (const auto *sylt = dynamic_cast<const TagLib::ID3v2::SynchronizedLyricsFrame *>(frame)) {
            using Sylt = TagLib::ID3v2::SynchronizedLyricsFrame;
            if (sylt->type() != Sylt::Other && sylt->type() != Sylt::Lyrics
                && sylt->type() != Sylt::TextTranscription)
                continue;
            const double scale = sylt->timestampFormat() == Sylt::AbsoluteMpegFrames ? frameMs(file) : 1.0;
            EmbeddedLyrics l;
            l.kind = EmbeddedLyrics::Kind::Synchronized;
            l.language = language(sylt->language());
            l.description = toQString(sylt->description());
            for (const Sylt::SynchedText &piece : sylt->synchedText())
                l.pieces.append(
                    { qint64(piece.time * scale), QString::fromStdWString(piece.text.toWString()) });
            lyrics.append(std::move(l));
        } else if (const auto *uslt = dynamic_cast<const TagLib::ID3v2::UnsynchronizedLyricsFrame *>(frame)) {
            EmbeddedLyrics l;
            l.language = language(uslt->language());
            l.description = toQString(uslt->description());
            l.text = QString::fromStdWString(uslt->text().toWString());
            lyrics.append(std::move(l));
        }
    }
}

} // namespace

TagReader::Result TagReader::read(const QString &path)
{
    Result r;
    if (!QFileInfo(path).isFile()) {
        r.error = Tr::tr("no such file");
        return r;
    }
    const QByteArray encoded = QFile::encodeName(path);
    // readOnly: the user's audio is never written, not even by accident.
    TagLib::FileRef ref(encoded.constData(), true, TagLib::AudioProperties::Average);
    if (ref.isNull()) {
        r.error = Tr::tr("not an audio file TagLib can read");
        return r;
    }
    if (const TagLib::Tag *tag = ref.tag()) {
        r.tags.title = toQString(tag->title());
        r.tags.artist = toQString(tag->artist());
        r.tags.album = toQString(tag->album());
        r.tags.year = int(tag->year());
    }
    if (const TagLib::AudioProperties *audio = ref.audioProperties())
        r.tags.duration = audio->lengthInMilliseconds();
    if (auto *mpeg = dynamic_cast<TagLib::MPEG::File *>(ref.file()); mpeg && mpeg->hasID3v2Tag()) {
        const TagLib::ID3v2::FrameList pictures = mpeg->ID3v2Tag()->frameListMap()["APIC"];
        const TagLib::ID3v2::AttachedPictureFrame *chosen = nullptr;
        for (const TagLib::ID3v2::Frame *frame : pictures) {
            const auto *picture = dynamic_cast<const TagLib::ID3v2::AttachedPictureFrame *>(frame);
            if (picture && (!chosen || picture->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover))
                chosen = picture;
        }
        if (chosen) {
            const TagLib::ByteVector data = chosen->picture();
            r.tags.cover = QByteArray(data.data(), qsizetype(data.size()));
            r.tags.coverMimeType = toQString(chosen->mimeType());
        }
        // A chapter no table of contents (CTOC) lists is not for the listener's list, when there is one: like
        // Podcasting 2.0's "toc": false.
        const TagLib::ID3v2::FrameList tocs = mpeg->ID3v2Tag()->frameListMap()["CTOC"];
        TagLib::ByteVectorList listed;
        for (const TagLib::ID3v2::Frame *frame : tocs) {
            if (const auto *toc = dynamic_cast<const TagLib::ID3v2::TableOfContentsFrame *>(frame))
                listed.append(toc->childElements());
        }
        for (const TagLib::ID3v2::Frame *frame : mpeg->ID3v2Tag()->frameListMap()["CHAP"]) {
            const auto *chap = dynamic_cast<const TagLib::ID3v2::ChapterFrame *>(frame);
            if (!chap)
                continue;
            Chapter c;
            c.start = chap->startTime();
            // 0xFFFFFFFF is "not given" for the times as for the byte offsets.
            c.end = chap->endTime() == 0xFFFFFFFF || chap->endTime() <= chap->startTime() ? kNoTime
                                                                                          : chap->endTime();
            if (const TagLib::ID3v2::FrameList titles = chap->embeddedFrameList("TIT2"); !titles.isEmpty())
                c.title = toQString(titles.front()->toString());
            if (c.title.isEmpty())
                c.title = toQString(TagLib::String(chap->elementID(), TagLib::String::Latin1));
            // A chapter's own picture: an APIC frame inside its CHAP frame.
            if (const TagLib::ID3v2::FrameList pictures = chap->embeddedFrameList("APIC");
                !pictures.isEmpty()) {
                if (const auto *picture
                    = dynamic_cast<const TagLib::ID3v2::AttachedPictureFrame *>(pictures.front())) {
                    const TagLib::ByteVector data = picture->picture();
                    c.imageData = QByteArray(data.data(), qsizetype(data.size()));
                }
            }
            c.hidden = !tocs.isEmpty() && !listed.contains(chap->elementID());
            r.tags.chapters.append(c);
        }
        std::stable_sort(r.tags.chapters.begin(), r.tags.chapters.end(),
            [](const Chapter &a, const Chapter &b) { return a.start < b.start; });
        readLyrics(*mpeg, r.tags.lyrics);
    }
    return r;
}

} // namespace hark

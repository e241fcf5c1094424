// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/fileref.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tag.h>

namespace hark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hark::TagReader", text);
}

QString toQString(const TagLib::String &s)
{
    return QString::fromStdWString(s.toWString()).trimmed();
}

} // namespace

TagReader::Result TagReader::read(const QString &path)
{
    Result r;
    if (!QFileInfo(path).isFile()) {
        r.error = tr("no such file");
        return r;
    }
    const QByteArray encoded = QFile::encodeName(path);
    // readOnly: the user's audio is never written, not even by accident.
    TagLib::FileRef ref(encoded.constData(), true, TagLib::AudioProperties::Average);
    if (ref.isNull()) {
        r.error = tr("not an audio file TagLib can read");
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
            r.tags.chapters.append(c);
        }
        std::stable_sort(r.tags.chapters.begin(), r.tags.chapters.end(),
            [](const Chapter &a, const Chapter &b) { return a.start < b.start; });
    }
    return r;
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/tagreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/synchronizedlyricsframe.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/unsynchronizedlyricsframe.h>

using namespace hark;

using Pieces = QList<std::pair<qint64, QString>>;

namespace {

QByteArray sha1(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
}

} // namespace

class TestTagReader : public QObject
{
    Q_OBJECT

    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = QFINDTESTDATA("../resources/sample/welcome.mp3");
        QVERIFY(!m_sample.isEmpty());
    }

    // The sample episode's tags were written by lame (resources/sample/make-sample.sh).
    void sampleEpisode()
    {
        const QByteArray before = sha1(m_sample);
        const auto r = TagReader::read(m_sample);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.tags.title, QStringLiteral("Welcome to Hark"));
        QCOMPARE(r.tags.artist, QStringLiteral("Maya and Theo"));
        QCOMPARE(r.tags.album, QStringLiteral("Hark samples"));
        QCOMPARE(r.tags.year, 2026);
        QVERIFY2(std::abs(r.tags.duration - 74'370) < 150, qPrintable(QString::number(r.tags.duration)));
        QVERIFY(r.tags.cover.isEmpty());
        QCOMPARE(sha1(m_sample), before); // read-only: the user's file is untouched
    }

    // Tags and a cover written by TagLib itself, as podcast publishers' tools do.
    void coverAndUnicode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("tagged.mp3");
        QVERIFY(QFile::copy(m_sample, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                                      "R42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        {
            TagLib::MPEG::File file(QFile::encodeName(path).constData());
            TagLib::ID3v2::Tag *tag = file.ID3v2Tag(true);
            tag->setTitle(TagLib::String("Épisode 7 — «Über» 日本", TagLib::String::UTF8));
            tag->setAlbum(TagLib::String("Die Show", TagLib::String::UTF8));
            auto *other = new TagLib::ID3v2::AttachedPictureFrame;
            other->setType(TagLib::ID3v2::AttachedPictureFrame::Other);
            other->setMimeType("image/jpeg");
            other->setPicture(TagLib::ByteVector("not the cover", 13));
            tag->addFrame(other);
            auto *front = new TagLib::ID3v2::AttachedPictureFrame;
            front->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
            front->setMimeType("image/png");
            front->setPicture(TagLib::ByteVector(png.constData(), uint(png.size())));
            tag->addFrame(front);
            QVERIFY(file.save());
        }
        const auto r = TagReader::read(path);
        QVERIFY(r.ok());
        QCOMPARE(r.tags.title, QStringLiteral("Épisode 7 — «Über» 日本"));
        QCOMPARE(r.tags.album, QStringLiteral("Die Show"));
        QCOMPARE(r.tags.cover, png);
        QCOMPARE(r.tags.coverMimeType, QStringLiteral("image/png"));
    }

    // Chapters from CHAP frames, in time order, with their titles and pictures; with a table of contents
    // (CTOC), one it does not list is hidden.
    void chapters_data()
    {
        QTest::addColumn<bool>("toc");
        QTest::addColumn<QList<bool>>("hidden");
        QTest::addRow("with a table of contents") << true << QList<bool> { false, true, false };
        QTest::addRow("without: all listed") << false << QList<bool> { false, false, false };
    }

    void chapters()
    {
        QFETCH(bool, toc);
        QFETCH(QList<bool>, hidden);
        QTemporaryDir dir;
        const QString path = dir.filePath("chapters.mp3");
        QVERIFY(QFile::copy(m_sample, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            TagLib::MPEG::File file(QFile::encodeName(path).constData());
            TagLib::ID3v2::Tag *tag = file.ID3v2Tag(true);
            auto *contents = new TagLib::ID3v2::TableOfContentsFrame("toc");
            contents->setIsTopLevel(true);
            // Written out of time order; "c1" is left out of the table of contents.
            for (const auto &[id, start, title] : { std::tuple { "c2", 40'000u, "Last" },
                     std::tuple { "c0", 0u, "First" }, std::tuple { "c1", 20'000u, "Aside" } }) {
                TagLib::ID3v2::FrameList embedded;
                auto *name = new TagLib::ID3v2::TextIdentificationFrame("TIT2", TagLib::String::UTF8);
                name->setText(title);
                embedded.append(name);
                tag->addFrame(new TagLib::ID3v2::ChapterFrame(
                    id, start, start + 20'000, 0xFFFFFFFF, 0xFFFFFFFF, embedded));
                if (std::string_view(id) != "c1")
                    contents->addChildElement(id);
            }
            if (toc)
                tag->addFrame(contents);
            else
                delete contents;
            QVERIFY(file.save());
        }
        const auto r = TagReader::read(path);
        QVERIFY(r.ok());
        QStringList titles;
        QList<bool> gotHidden;
        for (const Chapter &c : r.tags.chapters) {
            titles.append(c.title);
            gotHidden.append(c.hidden);
        }
        QCOMPARE(titles, (QStringList { "First", "Aside", "Last" }));
        QCOMPARE(gotHidden, hidden);
    }

    // Transcripts in the tag, written by TagLib: SYLT (in milliseconds or MPEG frames) and USLT, in tag
    // order.
    void lyricsWrittenByTagLib_data()
    {
        using Sylt = TagLib::ID3v2::SynchronizedLyricsFrame;
        QTest::addColumn<int>("syltType"); // -1: no SYLT
        QTest::addColumn<int>("timestampFormat");
        QTest::addColumn<bool>("uslt");
        QTest::addColumn<Pieces>("pieces"); // as read, in ms
        QTest::addColumn<int>("count");
        QTest::addRow("SYLT in milliseconds")
            << int(Sylt::TextTranscription) << int(Sylt::AbsoluteMilliseconds) << false
            << Pieces { { 500, "Maya: Welcome" }, { 1013, " to" }, { 5749, "\nTheo: And" } } << 1;
        // The sample is MPEG-2 layer III at 22,050 Hz: 576 samples, 26.12 ms a frame.
        QTest::addRow("SYLT in MPEG frames") << int(Sylt::Lyrics) << int(Sylt::AbsoluteMpegFrames) << false
                                             << Pieces { { 2612, "Maya: Welcome" }, { 10004, " to" } } << 1;
        QTest::addRow("SYLT of chords: left out")
            << int(Sylt::Chord) << int(Sylt::AbsoluteMilliseconds) << false << Pieces {} << 0;
        QTest::addRow("USLT") << -1 << 0 << true << Pieces {} << 1;
        QTest::addRow("SYLT then USLT, in tag order") << int(Sylt::Other) << int(Sylt::AbsoluteMilliseconds)
                                                      << true << Pieces { { 500, "Hello." } } << 2;
    }

    void lyricsWrittenByTagLib()
    {
        using Sylt = TagLib::ID3v2::SynchronizedLyricsFrame;
        QFETCH(int, syltType);
        QFETCH(int, timestampFormat);
        QFETCH(bool, uslt);
        QFETCH(Pieces, pieces);
        QFETCH(int, count);
        QTemporaryDir dir;
        const QString path = dir.filePath("lyrics.mp3");
        QVERIFY(QFile::copy(m_sample, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QString text = QStringLiteral("Maya: Grüße aus Hark.\n\nTheo: Hello.");
        {
            TagLib::MPEG::File file(QFile::encodeName(path).constData());
            TagLib::ID3v2::Tag *tag = file.ID3v2Tag(true);
            if (syltType >= 0) {
                auto *frame = new Sylt(TagLib::String::UTF8);
                frame->setType(Sylt::Type(syltType));
                frame->setTimestampFormat(Sylt::TimestampFormat(timestampFormat));
                frame->setLanguage("eng");
                frame->setDescription(TagLib::String("Episode 1", TagLib::String::UTF8));
                Sylt::SynchedTextList list;
                // In frames, the times written are 100 and 383 frames.
                const bool frames = timestampFormat == Sylt::AbsoluteMpegFrames;
                const QList<uint> written = { 500, 1013, 5749 };
                for (qsizetype i = 0; i < pieces.size(); ++i)
                    list.append(Sylt::SynchedText(frames ? (i == 0 ? 100 : 383) : written.value(i),
                        TagLib::String(pieces[i].second.toStdString(), TagLib::String::UTF8)));
                if (syltType == Sylt::Chord)
                    list.append(Sylt::SynchedText(0, "Am"));
                frame->setSynchedText(list);
                tag->addFrame(frame);
            }
            if (uslt) {
                auto *frame = new TagLib::ID3v2::UnsynchronizedLyricsFrame(TagLib::String::UTF8);
                frame->setLanguage("deu");
                frame->setText(TagLib::String(text.toStdString(), TagLib::String::UTF8));
                tag->addFrame(frame);
            }
            QVERIFY(file.save());
        }
        const QByteArray before = sha1(path);
        const auto r = TagReader::read(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.tags.lyrics.size(), qsizetype(count));
        QCOMPARE(sha1(path), before);
        if (count == 0)
            return;
        if (syltType >= 0) {
            const EmbeddedLyrics &l = r.tags.lyrics.first();
            QCOMPARE(l.kind, EmbeddedLyrics::Kind::Synchronized);
            QCOMPARE(l.language, QStringLiteral("eng"));
            QCOMPARE(l.description, QStringLiteral("Episode 1"));
            QCOMPARE(l.pieces, pieces);
        }
        if (uslt) {
            const EmbeddedLyrics &l = r.tags.lyrics.last();
            QCOMPARE(l.kind, EmbeddedLyrics::Kind::Unsynchronized);
            QCOMPARE(l.language, QStringLiteral("deu"));
            QCOMPARE(l.text, text);
        }
    }

    // The language a frame gives; NUL bytes (taggers that have none) and blanks are none.
    void lyricsLanguage_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("language");
        QTest::newRow("eng") << QByteArray("eng") << "eng";
        QTest::newRow("three NULs") << QByteArray("\0\0\0", 3) << "";
        QTest::newRow("two letters and a NUL") << QByteArray("de\0", 3) << "de";
        QTest::newRow("blanks") << QByteArray("   ") << "";
        QTest::newRow("XXX, kept (the ranking counts it as none)") << QByteArray("XXX") << "XXX";
    }

    void lyricsLanguage()
    {
        QFETCH(QByteArray, code);
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString path = dir.filePath("language.mp3");
        QVERIFY(QFile::copy(m_sample, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            TagLib::MPEG::File file(QFile::encodeName(path).constData());
            auto *frame = new TagLib::ID3v2::UnsynchronizedLyricsFrame(TagLib::String::UTF8);
            frame->setLanguage(TagLib::ByteVector(code.constData(), uint(code.size())));
            frame->setText("Maya: Hello.");
            file.ID3v2Tag(true)->addFrame(frame);
            QVERIFY(file.save());
        }
        const auto r = TagReader::read(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.tags.lyrics.size(), 1);
        QCOMPARE(r.tags.lyrics.first().language, language);
    }

    // Written by other tools (tests/data/embedded/make.sh): mutagen's SYLT, eyeD3's USLT.
    void lyricsWrittenByOtherTools()
    {
        const auto sylt = TagReader::read(QFINDTESTDATA("data/embedded/mutagen-sylt.mp3"));
        QVERIFY2(sylt.ok(), qPrintable(sylt.error));
        QCOMPARE(sylt.tags.lyrics.size(), 1);
        const EmbeddedLyrics &timed = sylt.tags.lyrics.first();
        QCOMPARE(timed.kind, EmbeddedLyrics::Kind::Synchronized);
        QCOMPARE(timed.language, QStringLiteral("eng"));
        QCOMPARE(timed.pieces.size(), 24);
        QCOMPARE(timed.pieces.first(), std::make_pair(qint64(500), QStringLiteral("Maya: Welcome")));
        QCOMPARE(timed.pieces[13], std::make_pair(qint64(5749), QStringLiteral("\nTheo: And")));

        const auto uslt = TagReader::read(QFINDTESTDATA("data/embedded/eyed3-uslt.mp3"));
        QVERIFY2(uslt.ok(), qPrintable(uslt.error));
        QCOMPARE(uslt.tags.lyrics.size(), 1);
        const EmbeddedLyrics &untimed = uslt.tags.lyrics.first();
        QCOMPARE(untimed.kind, EmbeddedLyrics::Kind::Unsynchronized);
        QCOMPARE(untimed.language, QStringLiteral("eng"));
        QVERIFY2(
            untimed.text.startsWith(u"Maya: Welcome to Hark,") && untimed.text.contains(u"\n\nTheo: And"),
            qPrintable(untimed.text));
    }

    void bad_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addRow("text named mp3") << QByteArray("WEBVTT\n\nnot audio at all\n") << "text.mp3";
        QTest::addRow("unknown extension") << QByteArray(1000, 'x') << "noise.xyz";
        QTest::addRow("missing") << QByteArray() << "";
    }

    void bad()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QTemporaryDir dir;
        QString path = dir.filePath("missing.mp3");
        if (!name.isEmpty()) {
            path = dir.filePath(name);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const auto r = TagReader::read(path);
        if (r.ok()) // TagLib may accept junk named .mp3 as an MPEG file without frames: then nothing is known
            QVERIFY(r.tags.title.isEmpty() && r.tags.duration <= 0);
        else
            QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagReader)
#include "tst_tagreader.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <taglib/attachedpictureframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>

using namespace hark;

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

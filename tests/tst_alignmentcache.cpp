// SPDX-License-Identifier: GPL-3.0-or-later
// Hark's kept alignment ("<name>.hark.vtt"): written beside the audio, found again while the audio and the
// transcript it was made from are unchanged, redone when either changes, never written over a file Hark did
// not write, kept in the cache directory when the audio's folder is read-only; and what Episode makes of it.
#include "core/transcriptfile.h"
#include "episode/alignmentcache.h"
#include "episode/episode.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace hark;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The plain transcript and what aligning it gave (the same words, timed).
const QByteArray kPlain = "Ann: Welcome to the show.\n\nBen: Thanks for having me.\n";
const QByteArray kAligned
    = "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Ann>Welcome <00:00:01.400>to "
      "<00:00:01.600>the <00:00:01.800>show.\n\n00:00:03.000 --> 00:00:04.500\n<v Ben>Thanks "
      "<00:00:03.500>for <00:00:03.700>having <00:00:04.000>me.\n";

} // namespace

class TestAlignmentCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_audio, m_text;
    Transcript m_aligned;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        const auto aligned
            = TranscriptFile::readText(QString::fromUtf8(kAligned), QStringLiteral("aligned.vtt"));
        QVERIFY(aligned.transcript);
        m_aligned = *aligned.transcript;
    }

    void init()
    {
        const QString sub = QString::fromLatin1(QTest::currentTestFunction()) + u'-'
            + QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(QDir(m_dir.path()).mkpath(sub));
        m_audio = m_dir.filePath(sub + QStringLiteral("/Episode 1.mp3"));
        m_text = m_dir.filePath(sub + QStringLiteral("/Episode 1.txt"));
        QVERIFY(writeFile(m_audio, QByteArray(4096, 'a')));
        QVERIFY(writeFile(m_text, kPlain));
    }

    void keptBesideAndFoundAgain()
    {
        QCOMPARE(AlignmentCache::find(m_audio, m_text).state, AlignmentCache::State::Missing);
        const auto [kept, error] = AlignmentCache::save(m_aligned, m_audio, m_text);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(*kept, QFileInfo(m_audio).dir().filePath(QStringLiteral("Episode 1.hark.vtt")));
        const QByteArray written = readFile(*kept);
        QVERIFY(written.startsWith("WEBVTT"));
        for (const char *field : { "Hark-Alignment: 1", "Audio: Episode 1.mp3", "Audio-Size: 4096",
                 "Audio-Hash: sha256:", "Transcript: Episode 1.txt", "Transcript-Hash: sha256:" })
            QVERIFY2(written.contains(field), field);
        const AlignmentCache::Lookup found = AlignmentCache::find(m_audio, m_text);
        QCOMPARE(found.state, AlignmentCache::State::Fresh);
        QCOMPARE(found.path, *kept);
        QVERIFY(found.transcript);
        QCOMPARE(found.transcript->segments.size(), 2);
        QCOMPARE(found.transcript->segments[1].words[3].start, 4000);
    }

    // What makes a kept alignment stale, and what does not.
    void staleness_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("state");
        QTest::addRow("nothing changed") << "" << int(AlignmentCache::State::Fresh);
        QTest::addRow("the transcript edited") << "transcript" << int(AlignmentCache::State::Stale);
        QTest::addRow("the audio replaced, same size") << "audio" << int(AlignmentCache::State::Stale);
        QTest::addRow("the audio touched, same bytes") << "touch" << int(AlignmentCache::State::Fresh);
    }

    void staleness()
    {
        QFETCH(QString, change);
        QFETCH(int, state);
        QVERIFY(AlignmentCache::save(m_aligned, m_audio, m_text).ok());
        if (change == u"transcript") {
            QVERIFY(writeFile(m_text, kPlain + "Ann: One more line.\n"));
        } else if (change == u"audio") {
            QVERIFY(writeFile(m_audio, QByteArray(4096, 'b')));
        } else if (change == u"touch") {
            QFile f(m_audio);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(
                f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        }
        QCOMPARE(int(AlignmentCache::find(m_audio, m_text).state), state);
    }

    // A "<name>.hark.vtt" that Hark did not write is left alone: the alignment goes to the cache directory.
    void aFileHarkDidNotWriteIsLeftAlone()
    {
        const QString theirs = AlignmentCache::besidePath(m_audio);
        QVERIFY(writeFile(theirs, kAligned));
        QCOMPARE(AlignmentCache::check(theirs, m_audio, m_text), AlignmentCache::State::NotOurs);
        const auto [kept, error] = AlignmentCache::save(m_aligned, m_audio, m_text);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(*kept, AlignmentCache::fallbackPath(m_audio));
        QVERIFY(kept->startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
        QCOMPARE(readFile(theirs), kAligned);
        QCOMPARE(AlignmentCache::find(m_audio, m_text).path, *kept);
    }

    // A folder Hark may not write in: the alignment goes to the cache directory and is found there.
    void aReadOnlyFolderKeepsItInTheCacheDirectory()
    {
        const QString folder = QFileInfo(m_audio).absolutePath();
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const bool immutable = ::geteuid() == 0; // root writes anywhere: the folder is made immutable instead
        if (immutable)
            QCOMPARE(QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), folder }), 0);
        const auto restore = qScopeGuard([&] {
            if (immutable)
                QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), folder });
            QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        QVERIFY2(
            !QFile(folder + QStringLiteral("/probe")).open(QIODevice::WriteOnly), "the folder is writable");
        const auto [kept, error] = AlignmentCache::save(m_aligned, m_audio, m_text);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(*kept, AlignmentCache::fallbackPath(m_audio));
        QVERIFY(!QFileInfo::exists(AlignmentCache::besidePath(m_audio)));
        const AlignmentCache::Lookup found = AlignmentCache::find(m_audio, m_text);
        QCOMPARE(found.state, AlignmentCache::State::Fresh);
        QCOMPARE(found.path, *kept);
    }

    // Opening the episode shows the kept alignment in place of the plain transcript while it is fresh.
    void anEpisodeShowsTheKeptAlignment()
    {
        auto [before, error] = Episode::open(m_audio);
        QVERIFY2(before, qPrintable(error));
        QCOMPARE(before->transcriptPath(), m_text);
        QVERIFY(before->needsAlignment());
        QVERIFY(AlignmentCache::save(m_aligned, m_audio, m_text).ok());
        const std::optional<Episode> after = Episode::open(m_audio).value;
        QVERIFY(after);
        QCOMPARE(after->transcriptPath(), AlignmentCache::besidePath(m_audio));
        QCOMPARE(after->alignedFrom(), m_text);
        QCOMPARE(after->alignmentSource(), m_text);
        QVERIFY(!after->needsAlignment());
        QCOMPARE(after->transcript().segments[0].words[1].start, 1400);
        // The transcript edited: the old alignment is not shown, and the listener is told.
        QVERIFY(writeFile(m_text, kPlain + "Ann: One more line.\n"));
        const std::optional<Episode> edited = Episode::open(m_audio).value;
        QVERIFY(edited);
        QCOMPARE(edited->transcriptPath(), m_text);
        QVERIFY(edited->needsAlignment());
        QVERIFY2(edited->problems().join(u'\n').contains(QLatin1String("out of date")),
            qPrintable(edited->problems().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestAlignmentCache)
#include "tst_alignmentcache.moc"

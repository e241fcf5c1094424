// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sidecarfinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;

namespace {

const char *const kVttWords = "WEBVTT\n\n00:01.000 --> 00:02.000\nOne <00:00:01.500>two\n";
const char *const kVttCues = "WEBVTT\n\n00:01.000 --> 00:02.000\nOne two\n";
const char *const kSrt = "1\n00:00:01,000 --> 00:00:02,000\nOne two\n";
const char *const kText = "One two.\n";
const char *const kWordJson = "{\"segments\":[{\"startTime\":1,\"endTime\":1.5,\"body\":\"One\"},{"
                              "\"startTime\":1.5,\"endTime\":2,\"body\":\"two\"}]}";
const char *const kChapters = "{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":0,\"title\":\"Intro\"}]}";

} // namespace

class TestSidecarFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        // "name=content-key", or "tag:FRAME:language=content-key" for a transcript in the audio's tag.
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("reasonPart");
        QTest::addColumn<QString>("chapters");
        QTest::addColumn<int>("candidates");

        QTest::addRow("none") << QStringList {} << ""
                              << ""
                              << "" << 0;
        QTest::addRow("one text file") << QStringList { "Episode 01.txt=text" } << "Episode 01.txt"
                                       << "only"
                                       << "" << 1;
        QTest::addRow("timed beats untimed")
            << QStringList { "Episode 01.txt=text", "Episode 01.srt=srt" } << "Episode 01.srt"
            << "timed by segment"
            << "" << 2;
        QTest::addRow("word timing beats cue timing")
            << QStringList { "Episode 01.vtt=cues", "Episode 01.json=words" } << "Episode 01.json"
            << "timed by word"
            << "" << 2;
        QTest::addRow("vtt beats srt at the same timing")
            << QStringList { "Episode 01.srt=srt", "Episode 01.vtt=cues" } << "Episode 01.vtt"
            << "WebVTT is preferred"
            << "" << 2;
        QTest::addRow("language tag and transcript name")
            << QStringList { "Episode 01.en.vtt=words", "Episode 01.transcript.txt=text" }
            << "Episode 01.en.vtt"
            << "timed by word"
            << "" << 2;
        QTest::addRow("own language wins")
            << QStringList { "Episode 01.de.vtt=words", "Episode 01.en.vtt=words" } << "Episode 01.en.vtt"
            << "language"
            << "" << 2;
        QTest::addRow("Hark's cache wins a tie")
            << QStringList { "Episode 01.vtt=words", "Episode 01.hark.vtt=words" } << "Episode 01.hark.vtt"
            << "Hark's own"
            << "" << 2;
        QTest::addRow("letter case of the extension")
            << QStringList { "Episode 01.SRT=srt" } << "Episode 01.SRT"
            << "only"
            << "" << 1;
        QTest::addRow("unreadable loses")
            << QStringList { "Episode 01.vtt=broken", "Episode 01.txt=text" } << "Episode 01.txt"
            << "only readable"
            << "" << 2;
        QTest::addRow("chapters file")
            << QStringList { "Episode 01.chapters.json=chapters", "Episode 01.vtt=cues" } << "Episode 01.vtt"
            << "only"
            << "Episode 01.chapters.json" << 2;
        QTest::addRow("json that holds chapters")
            << QStringList { "Episode 01.json=chapters", "Episode 01.srt=srt" } << "Episode 01.srt"
            << "only"
            << "Episode 01.json" << 2;
        QTest::addRow("other episodes ignored") << QStringList { "Episode 02.vtt=words",
            "Episode 01 extra.vtt=words", "Episode 01.srt=srt", "Episode 01.mp3.vtt=words" }
                                                << "Episode 01.srt"
                                                << "only"
                                                << "" << 1;
        QTest::addRow("a timed tag beats an untimed file")
            << QStringList { "Episode 01.txt=text", "tag:SYLT:eng=cues" } << "Episode 01.mp3 (SYLT tag (eng))"
            << "timed by segment"
            << "" << 2;
        QTest::addRow("a word-timed tag beats a cue-timed file")
            << QStringList { "Episode 01.vtt=cues", "tag:SYLT:eng=words" }
            << "Episode 01.mp3 (SYLT tag (eng))"
            << "timed by word"
            << "" << 2;
        QTest::addRow("a file beats the tag at the same timing")
            << QStringList { "tag:USLT:eng=text", "Episode 01.txt=text" } << "Episode 01.txt"
            << "file beside the episode is preferred to its tag"
            << "" << 2;
        QTest::addRow("the tag in your language")
            << QStringList { "tag:USLT:deu=text", "tag:USLT:eng=text" } << "Episode 01.mp3 (USLT tag (eng))"
            << "language"
            << "" << 2;
        QTest::addRow("a tag without a language is yours")
            << QStringList { "tag:USLT:XXX=text", "Episode 01.de.txt=text" } << "Episode 01.mp3 (USLT tag)"
            << "language"
            << "" << 2;
        QTest::addRow("an empty tag is unreadable")
            << QStringList { "tag:USLT:eng=empty", "Episode 01.txt=text" } << "Episode 01.txt"
            << "only readable"
            << "" << 2;
    }

    void find()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, chosen);
        QFETCH(QString, reasonPart);
        QFETCH(QString, chapters);
        QFETCH(int, candidates);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QHash<QString, const char *> contents
            = { { "words", kVttWords }, { "cues", kVttCues }, { "srt", kSrt }, { "text", kText },
                  { "broken", "WEBVTT\n\n00:01.000 --> 00:02.000\n\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" },
                  { "chapters", kChapters } };
        QVERIFY(QFile(dir.filePath("Episode 01.mp3")).open(QIODevice::WriteOnly));
        QList<EmbeddedLyrics> tags;
        for (const QString &f : files) {
            const QString name = f.section(u'=', 0, 0);
            const QString key = f.section(u'=', 1);
            if (name.startsWith("tag:")) {
                EmbeddedLyrics l;
                l.kind = name.section(u':', 1, 1) == "SYLT" ? EmbeddedLyrics::Kind::Synchronized
                                                            : EmbeddedLyrics::Kind::Unsynchronized;
                l.language = name.section(u':', 2, 2);
                if (key == "words")
                    l.pieces = { { 1000, "One" }, { 1500, " two" }, { 2000, "\nThree" } };
                else if (key == "cues")
                    l.pieces = { { 1000, "One two." }, { 2000, "Three." } };
                else if (key == "text")
                    l.text = kText;
                tags.append(l);
                continue;
            }
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(key == "words" && name.endsWith(".json") ? kWordJson : contents.value(key));
        }
        const SidecarReport report = SidecarFinder::find(dir.filePath("Episode 01.mp3"), { "en-US" }, tags);
        QCOMPARE(report.candidates.size(), qsizetype(candidates));
        const QString got = report.transcript >= 0
            ? SidecarFinder::displayName(report.candidates[report.transcript])
            : QString();
        // The chosen transcript comes read, from its tag when it is one.
        if (report.transcript >= 0 && report.candidates[report.transcript].embedded >= 0) {
            const EmbeddedLyrics &tag = tags[report.candidates[report.transcript].embedded];
            QCOMPARE(report.chosen.transcript, EmbeddedLyricsReader::read(tag).transcript);
        }
        QCOMPARE(got, chosen);
        QVERIFY2(report.reason.contains(reasonPart), qPrintable(report.reason));
        const QString gotChapters = report.chapters >= 0
            ? QFileInfo(report.candidates[report.chapters].path).fileName()
            : QString();
        QCOMPARE(gotChapters, chapters);
        for (const SidecarCandidate &c : report.candidates)
            QCOMPARE(c.readable, c.problem.isEmpty());
    }

    void audioFor_data()
    {
        QTest::addColumn<QString>("transcript");
        QTest::addColumn<QString>("audio"); // empty: none
        QTest::addRow("same name") << "Episode 01.vtt"
                                   << "Episode 01.mp3";
        QTest::addRow("language tag") << "Episode 01.en.vtt"
                                      << "Episode 01.mp3";
        QTest::addRow("transcript tag") << "Episode 01.transcript.txt"
                                        << "Episode 01.mp3";
        QTest::addRow("Hark's cache") << "Episode 01.hark.vtt"
                                      << "Episode 01.mp3";
        QTest::addRow("other letter case") << "episode 01.SRT"
                                           << "Episode 01.mp3";
        QTest::addRow("dotted episode name") << "Show 2.5.vtt"
                                             << "Show 2.5.m4a";
        QTest::addRow("no audio") << "Lonely.vtt"
                                  << "";
    }

    void audioFor()
    {
        QFETCH(QString, transcript);
        QFETCH(QString, audio);
        QTemporaryDir dir;
        for (const char *name : { "Episode 01.mp3", "Episode 02.mp3", "Show 2.5.m4a", "Lonely.txt" })
            QVERIFY(QFile(dir.filePath(name)).open(QIODevice::WriteOnly));
        QVERIFY(QFile(dir.filePath(transcript)).open(QIODevice::WriteOnly));
        const QString found = SidecarFinder::audioFor(dir.filePath(transcript));
        QCOMPARE(found.isEmpty() ? QString() : QFileInfo(found).fileName(), audio);
    }

    void audioFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("audio");
        QTest::addRow("mp3") << "/x/a.mp3" << true;
        QTest::addRow("upper case") << "/x/A.M4A" << true;
        QTest::addRow("opus") << "a.opus" << true;
        QTest::addRow("vtt") << "a.vtt" << false;
        QTest::addRow("no extension") << "mp3" << false;
    }

    void audioFiles()
    {
        QFETCH(QString, path);
        QFETCH(bool, audio);
        QCOMPARE(SidecarFinder::isAudioFile(path), audio);
    }
};

QTEST_GUILESS_MAIN(TestSidecarFinder)
#include "tst_sidecarfinder.moc"

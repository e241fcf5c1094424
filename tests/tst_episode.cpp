// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/alignmentcache.h"
#include "episode/alignmentjob.h"
#include "episode/episode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/unsynchronizedlyricsframe.h>

using namespace hark;

class TestEpisode : public QObject
{
    Q_OBJECT

    QString m_mp3;
    QString m_vtt;
    QTemporaryDir m_dir;

    // A copy of the sample episode's audio under @p name, its tags removed when @p untagged.
    QString audio(const QString &name, bool untagged = false)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_mp3, path))
            qFatal("cannot copy the sample");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (untagged) {
            TagLib::MPEG::File file(QFile::encodeName(path).constData());
            file.strip();
        }
        return path;
    }

    QString text(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    // Chapters in the audio's tags, as podcast tools write them: CHAP frames with a TIT2 title each, listed
    // in a top-level CTOC, here out of time order.
    static void tagChapters(const QString &path, const QList<std::pair<qint64, QString>> &chapters,
        const QByteArray &firstPicture = {})
    {
        TagLib::MPEG::File file(QFile::encodeName(path).constData());
        TagLib::ID3v2::Tag *tag = file.ID3v2Tag(true);
        auto *toc = new TagLib::ID3v2::TableOfContentsFrame("toc");
        toc->setIsTopLevel(true);
        toc->setIsOrdered(true);
        for (qsizetype i = chapters.size() - 1; i >= 0; --i) {
            const TagLib::ByteVector id
                = TagLib::ByteVector::fromCString(QByteArray("ch" + QByteArray::number(i)).constData());
            auto *title = new TagLib::ID3v2::TextIdentificationFrame("TIT2", TagLib::String::UTF8);
            title->setText(TagLib::String(chapters[i].second.toStdString(), TagLib::String::UTF8));
            const qint64 end = i + 1 < chapters.size() ? chapters[i + 1].first : 74'000;
            TagLib::ID3v2::FrameList embedded;
            embedded.append(title);
            if (i == 0 && !firstPicture.isEmpty()) {
                auto *picture = new TagLib::ID3v2::AttachedPictureFrame;
                picture->setMimeType("image/png");
                picture->setPicture(TagLib::ByteVector(firstPicture.constData(), uint(firstPicture.size())));
                embedded.append(picture);
            }
            tag->addFrame(new TagLib::ID3v2::ChapterFrame(
                id, uint(chapters[i].first), uint(end), 0xFFFFFFFF, 0xFFFFFFFF, embedded));
            toc->addChildElement(id);
        }
        tag->addFrame(toc);
        if (!file.save())
            qFatal("cannot write the chapters");
    }

private Q_SLOTS:
    void chaptersAreChosen_data()
    {
        QTest::addColumn<bool>("inTags");
        QTest::addColumn<bool>("inFile");
        QTest::addColumn<bool>("inTranscript");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("said");
        QTest::addRow("tags only") << true << false << false << "the audio's tags"
                                   << QStringList { "Hello", "Ünïcode — tags", "Goodbye" } << "";
        QTest::addRow("a chapters file only: toc false kept hidden")
            << false << true << false << "ep.chapters.json" << QStringList { "Intro", "Hidden", "Main" }
            << "";
        QTest::addRow("the file wins over the tags, and says so")
            << true << true << false << "ep.chapters.json" << QStringList { "Intro", "Hidden", "Main" }
            << "Chapters from ep.chapters.json (the audio's tags also has chapters).";
        QTest::addRow("the transcript's own wins over the tags")
            << true << false << true << "ep.vtt" << QStringList { "One", "Two" }
            << "Chapters from ep.vtt (the audio's tags also has chapters).";
        QTest::addRow("none") << false << false << false << "" << QStringList {} << "";
    }

    void chaptersAreChosen()
    {
        QFETCH(bool, inTags);
        QFETCH(bool, inFile);
        QFETCH(bool, inTranscript);
        QFETCH(QString, from);
        QFETCH(QStringList, titles);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString mp3 = dir.filePath("ep.mp3");
        QVERIFY(QFile::copy(m_mp3, mp3));
        QFile::setPermissions(mp3, QFile::ReadOwner | QFile::WriteOwner);
        if (inTags)
            tagChapters(mp3, { { 0, "Hello" }, { 20'000, "Ünïcode — tags" }, { 50'000, "Goodbye" } });
        QFile vtt(m_vtt);
        QVERIFY(vtt.open(QIODevice::ReadOnly));
        QByteArray text = vtt.readAll();
        if (inTranscript)
            text.replace("Title:", "Chapter: 0:10 One\nChapter: 0:30 Two\nTitle:");
        QFile out(dir.filePath("ep.vtt"));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
        out.close();
        if (inFile) {
            QFile json(dir.filePath("ep.chapters.json"));
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(R"({"version":"1.2.0","chapters":[{"startTime":0,"title":"Intro"},)"
                       R"({"startTime":5,"title":"Hidden","toc":false},{"startTime":12.5,"title":"Main"}]})");
        }
        const auto [e, error] = Episode::open(mp3);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->chaptersFrom(), from);
        QStringList got;
        for (const Chapter &c : e->transcript().chapters)
            got.append(c.title);
        QCOMPARE(got, titles);
        if (inTags && !inFile && !inTranscript) {
            QCOMPARE(e->transcript().chapters[1].start, qint64(20'000));
            QCOMPARE(e->transcript().chapters[1].end, qint64(50'000));
        }
        if (inFile) {
            QCOMPARE(e->transcript().chapters[2].start, qint64(12'500));
            QVERIFY(e->transcript().chapters[1].hidden);
        }
        const QString problems = e->problems().join(u'\n');
        // A chapters file is no rival transcript: nothing to explain about the transcript's choice.
        QVERIFY2(!problems.contains(u"Using ep.vtt"), qPrintable(problems));
        if (said.isEmpty())
            QVERIFY2(!problems.contains(u"Chapters"), qPrintable(problems));
        else
            QVERIFY2(problems.contains(said), qPrintable(problems));
    }

    void initTestCase()
    {
        m_mp3 = QFINDTESTDATA("../resources/sample/welcome.mp3");
        m_vtt = QFINDTESTDATA("../resources/sample/welcome.vtt");
        QVERIFY(!m_mp3.isEmpty() && !m_vtt.isEmpty());
    }

    void sampleEpisode()
    {
        const auto [e, error] = Episode::open(m_mp3);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(QFileInfo(e->transcriptPath()).fileName(), QStringLiteral("welcome.vtt"));
        QCOMPARE(e->title(), QStringLiteral("Welcome to Hark"));
        QCOMPARE(e->show(), QStringLiteral("Hark samples"));
        QCOMPARE(e->year(), 2026);
        QCOMPARE(e->date(), QDate(2026, 11, 27)); // from the transcript's metadata
        QVERIFY(std::abs(e->duration() - 74'370) < 150);
        QCOMPARE(e->transcript().speakers, (QStringList { "Maya", "Theo" }));
        QCOMPARE(e->transcript().segments.first().start, qint64(500));
        QVERIFY2(e->problems().isEmpty(), qPrintable(e->problems().join(u'\n')));
    }

    void fromTheTranscript()
    {
        const auto [e, error] = Episode::open(m_vtt);
        QVERIFY(e);
        QCOMPARE(QFileInfo(e->audioPath()).fileName(), QStringLiteral("welcome.mp3"));
        QCOMPARE(e->title(), QStringLiteral("Welcome to Hark"));
    }

    void audioWithoutTranscript()
    {
        const auto [e, error] = Episode::open(audio("Alone.mp3"));
        QVERIFY(e);
        QVERIFY(e->transcriptPath().isEmpty());
        QVERIFY(e->transcript().segments.isEmpty());
        QCOMPARE(e->title(), QStringLiteral("Welcome to Hark"));
        QVERIFY(e->problems().join(u' ').contains(QStringLiteral("No transcript found")));
    }

    void titleFallsBackToTheSidecarThenTheFileName()
    {
        const QString untagged = audio("Episode 9.mp3", true);
        text("Episode 9.txt",
            "Some Site\n\nA Show\n\nThe Real Title\n\nThe Real Title\n\nDuration:\n1m\n\nHello there.\n");
        auto [e, error] = Episode::open(untagged);
        QVERIFY(e);
        QCOMPARE(e->title(), QStringLiteral("The Real Title"));
        QCOMPARE(e->show(), QStringLiteral("A Show"));
        QFile::remove(m_dir.filePath("Episode 9.txt"));
        e = Episode::open(untagged).value;
        QVERIFY(e);
        QCOMPARE(e->title(), QStringLiteral("Episode 9"));
        QVERIFY(e->show().isEmpty());
    }

    void transcriptWithoutAudio()
    {
        const auto [e, error] = Episode::open(QFINDTESTDATA("data/archive-page/duran-belarus-joins-sco.txt"));
        QVERIFY(e);
        QVERIFY(e->audioPath().isEmpty());
        QCOMPARE(e->title(), QStringLiteral("Belarus joins SCO. Eurasia grows stronger"));
        QCOMPARE(e->show(), QStringLiteral("The Duran Podcast"));
        QVERIFY(e->problems().join(u' ').contains(QStringLiteral("No audio found")));
    }

    void transcriptPastTheEnd()
    {
        const QString mp3 = audio("Long cut.mp3");
        text("Long cut.vtt",
            "WEBVTT\n\n00:01.000 --> 00:02.000\nStart.\n\n10:00.000 --> 10:02.000\nLong after the end.\n");
        const auto [e, error] = Episode::open(mp3);
        QVERIFY(e);
        QVERIFY2(e->problems().join(u' ').contains(
                     QStringLiteral("runs past the end of the audio (a line at 10:00")),
            qPrintable(e->problems().join(u'\n')));
    }

    void chosenTranscriptIsExplained()
    {
        const QString mp3 = audio("Two.mp3");
        text("Two.txt", "Untimed words.\n");
        text("Two.srt", "1\n00:00:01,000 --> 00:00:02,000\nTimed words.\n");
        const auto [e, error] = Episode::open(mp3);
        QVERIFY(e);
        QCOMPARE(QFileInfo(e->transcriptPath()).fileName(), QStringLiteral("Two.srt"));
        QVERIFY(e->problems().join(u' ').contains(
            QStringLiteral("Using Two.srt: timed by segment beats untimed")));
        // An explicit choice wins over discovery.
        const std::optional<Episode> chosen = Episode::open(mp3, m_dir.filePath("Two.txt")).value;
        QVERIFY(chosen);
        QCOMPARE(chosen->transcript().segments.first().text, QStringLiteral("Untimed words."));
    }

    // Chapters' pictures: from an APIC frame in the tag's CHAP frame, or named by a chapters file (a path
    // beside it or a file: URL); pictures on the web are not fetched.
    void chapterPictures()
    {
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                                      "R42mP4z8DwHwAFAAH/q842iQAAAABJRU5ErkJggg==");
        QTemporaryDir dir;
        const QString mp3 = dir.filePath("ep.mp3");
        QVERIFY(QFile::copy(m_mp3, mp3));
        QFile::setPermissions(mp3, QFile::ReadOwner | QFile::WriteOwner);
        tagChapters(mp3, { { 0, "Pictured" }, { 20'000, "Plain" } }, png);
        auto [e, error] = Episode::open(mp3);
        QVERIFY(e);
        QCOMPARE(e->transcript().chapters.size(), 2);
        QCOMPARE(e->transcript().chapters[0].imageData, png);
        QVERIFY(e->transcript().chapters[1].imageData.isEmpty());

        QVERIFY(QDir(dir.path()).mkdir("art"));
        for (const QString &name : { QStringLiteral("art/one.png"), QStringLiteral("elsewhere.png") }) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(png) == png.size());
        }
        QFile json(dir.filePath("ep.chapters.json"));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(
            QStringLiteral(R"({"version":"1.2.0","chapters":[)"
                           R"({"startTime":0,"title":"Beside","img":"art/one.png"},)"
                           R"({"startTime":5,"title":"On the web","img":"https://example.org/two.png"},)"
                           R"({"startTime":9,"title":"By URL","img":"%1"},)"
                           R"({"startTime":12,"title":"Missing","img":"art/none.png"}]})")
                .arg(QUrl::fromLocalFile(dir.filePath("elsewhere.png")).toString())
                .toUtf8());
        json.close();
        e = Episode::open(mp3).value;
        QVERIFY(e);
        QCOMPARE(e->chaptersFrom(), QStringLiteral("ep.chapters.json"));
        const QList<Chapter> &chapters = e->transcript().chapters;
        QCOMPARE(chapters.size(), 4);
        QCOMPARE(chapters[0].imageData, png);
        QVERIFY(chapters[1].imageData.isEmpty());
        QCOMPARE(chapters[1].image, QStringLiteral("https://example.org/two.png"));
        QCOMPARE(chapters[2].imageData, png);
        QVERIFY(chapters[3].imageData.isEmpty());
    }

    // Transcripts in the tag, written by other tools (tests/data/embedded/make.sh), ranked with the files
    // beside the audio.
    void embeddedTranscripts_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("sidecar"); // written beside as "ep.txt" when not empty
        QTest::addColumn<QString>("name"); // Episode::transcriptName()
        QTest::addColumn<Timing>("timing");
        QTest::addColumn<QString>("said");
        QTest::addRow("SYLT: timed by word") << "mutagen-sylt.mp3"
                                             << ""
                                             << "ep.mp3 (SYLT tag (eng))" << Timing::Words << "";
        QTest::addRow("USLT: to be aligned") << "eyed3-uslt.mp3"
                                             << ""
                                             << "ep.mp3 (USLT tag (eng))" << Timing::None << "";
        QTest::addRow("SYLT beats an untimed file")
            << "mutagen-sylt.mp3"
            << "Untimed words."
            << "ep.mp3 (SYLT tag (eng))" << Timing::Words
            << "Using ep.mp3 (SYLT tag (eng)): timed by word beats untimed (ep.txt).";
        QTest::addRow("an untimed file beats USLT")
            << "eyed3-uslt.mp3"
            << "Untimed words."
            << "ep.txt" << Timing::None
            << "Using ep.txt: a file beside the episode is preferred to its tag (ep.mp3 (USLT tag (eng))) at "
               "the same timing.";
    }

    void embeddedTranscripts()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, sidecar);
        QFETCH(QString, name);
        QFETCH(Timing, timing);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString mp3 = dir.filePath("ep.mp3");
        QVERIFY(QFile::copy(QFINDTESTDATA("data/embedded/" + fixture), mp3));
        if (!sidecar.isEmpty()) {
            QFile txt(dir.filePath("ep.txt"));
            QVERIFY(txt.open(QIODevice::WriteOnly));
            txt.write(sidecar.toUtf8());
        }
        const auto [e, error] = Episode::open(mp3);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->transcriptName(), name);
        QCOMPARE(e->transcriptPath(), name.startsWith(u"ep.mp3") ? mp3 : dir.filePath("ep.txt"));
        QCOMPARE(e->transcript().timing(), timing);
        QCOMPARE(e->needsAlignment(), timing == Timing::None);
        if (name.startsWith(u"ep.mp3")) {
            const Segment &first = e->transcript().segments.first();
            QVERIFY2(first.text.startsWith(u"Welcome to Hark,"), qPrintable(first.text));
            QCOMPARE(e->transcript().speakerName(first.speaker), QStringLiteral("Maya"));
            if (timing == Timing::Words)
                QCOMPARE(first.words[2].start, qint64(1121)); // "Hark," as mutagen wrote it
        }
        if (said.isEmpty())
            QVERIFY2(e->problems().isEmpty(), qPrintable(e->problems().join(u'\n')));
        else
            QVERIFY2(e->problems().contains(said), qPrintable(e->problems().join(u'\n')));
    }

    // A USLT transcript aligned once is shown from Hark's kept alignment while the audio is unchanged; once
    // the audio (and so its tag) changes, the tag's text is shown again and aligned anew.
    void alignedEmbeddedTranscriptIsKept()
    {
        QTemporaryDir dir;
        const QString mp3 = dir.filePath("ep.mp3");
        QVERIFY(QFile::copy(QFINDTESTDATA("data/embedded/eyed3-uslt.mp3"), mp3));
        QFile::setPermissions(mp3, QFile::ReadOwner | QFile::WriteOwner);
        auto [e, error] = Episode::open(mp3);
        QVERIFY(e && e->needsAlignment());
        QCOMPARE(e->alignmentSource(), mp3);
        const Transcript aligned = AlignmentJob::spreadEvenly(e->transcript(), 10'000);
        const auto [kept, keepError] = AlignmentCache::save(aligned, mp3, e->alignmentSource());
        QVERIFY2(kept, qPrintable(keepError));

        e = Episode::open(mp3).value;
        QVERIFY(e);
        QCOMPARE(e->transcriptPath(), *kept);
        QCOMPARE(e->alignedFrom(), mp3);
        QCOMPARE(e->alignmentSource(), mp3);
        QVERIFY(!e->needsAlignment());
        QCOMPARE(e->transcript().segments.first().words.first().start,
            aligned.segments.first().words.first().start);
        QCOMPARE(e->problems(),
            QStringList { "Using ep.hark.vtt: timed by word beats untimed (ep.mp3 (USLT tag (eng)))." });

        // New text in the tag: the kept alignment is out of date.
        {
            TagLib::MPEG::File file(QFile::encodeName(mp3).constData());
            TagLib::ID3v2::Tag *tag = file.ID3v2Tag(true);
            tag->removeFrames("USLT");
            auto *frame = new TagLib::ID3v2::UnsynchronizedLyricsFrame(TagLib::String::UTF8);
            frame->setLanguage("eng");
            frame->setText("Corrected words.");
            tag->addFrame(frame);
            QVERIFY(file.save());
        }
        e = Episode::open(mp3).value;
        QVERIFY(e);
        QCOMPARE(e->transcriptPath(), mp3);
        QCOMPARE(e->transcriptName(), QStringLiteral("ep.mp3 (USLT tag (eng))"));
        QCOMPARE(e->transcript().segments.first().text, QStringLiteral("Corrected words."));
        QVERIFY(e->needsAlignment());
        QVERIFY2(e->problems().join(u' ').contains(u"The kept alignment ep.hark.vtt is out of date"),
            qPrintable(e->problems().join(u'\n')));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << "" << QByteArray() << "no such file";
        QTest::addRow("unreadable transcript, no audio")
            << "Broken.srt" << QByteArray("1\n00:99:00,000 --> x\n") << "Broken.srt:2";
    }

    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = name.isEmpty() ? m_dir.filePath("nothing.mp3") : text(name, content);
        const auto [e, error] = Episode::open(path);
        QVERIFY(!e);
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEpisode)
#include "tst_episode.moc"

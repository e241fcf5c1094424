// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `hark` binary: exit codes, output and messages as a user sees them.
#include "core/transcriptfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runHark(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(HARK_BINARY), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        qFatal("hark did not finish: %s", qPrintable(args.join(u' ')));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QString data(const QString &name)
{
    return QFINDTESTDATA("data/" + name);
}

// Writes @p bytes to a new file @p name in @p dir and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outPart");
        QTest::addColumn<QString>("errPart");

        const QString vtt = data("formats/interview.vtt");
        const QString txt = data("formats/interview.txt");
        QTest::addRow("help") << QStringList { "--help" } << 0 << "Usage: hark"
                              << "";
        QTest::addRow("short help") << QStringList { "-h" } << 0 << "convert INPUT"
                                    << "";
        QTest::addRow("version") << QStringList { "--version" } << 0 << "hark 0."
                                 << "";
        QTest::addRow("info help") << QStringList { "info", "--help" } << 0 << "Usage: hark info FILE"
                                   << "";
        QTest::addRow("convert help") << QStringList { "convert", "--help" } << 0 << "--words"
                                      << "";
        QTest::addRow("unknown option") << QStringList { "--frobnicate" } << 2 << ""
                                        << "Unknown option 'frobnicate'";
        QTest::addRow("an episode that does not exist") << QStringList { "frobnicate" } << 1 << ""
                                                        << "frobnicate: no such file";
        // Qt's own options are Qt's (the QApplication takes them): the episode is checked as without them.
        QTest::addRow("Qt's -platform") << QStringList { "-platform", "offscreen", "frobnicate" } << 1 << ""
                                        << "frobnicate: no such file";
        QTest::addRow("-session, as the desktop restores a session")
            << QStringList { "-session", "10abc_1", "frobnicate" } << 1 << ""
            << "frobnicate: no such file";
        QTest::addRow("Qt's options with = and alone")
            << QStringList { "--style=Fusion", "-reverse", "frobnicate" } << 1 << ""
            << "frobnicate: no such file";
        QTest::addRow("X11's -title, which Qt takes on xcb")
            << QStringList { "-title", "Listening", "frobnicate" } << 1 << ""
            << "frobnicate: no such file";
        QTest::addRow("Qt's options beside an unknown one")
            << QStringList { "-style", "Fusion", "--frobnicate" } << 2 << ""
            << "Unknown option 'frobnicate'";
        QTest::addRow("after --, a name that looks like an option")
            << QStringList { "--", "-platform" } << 1 << ""
            << "-platform: no such file";
        QTest::addRow("window, bad time") << QStringList { "--at", "soon", "x.mp3" } << 2 << ""
                                          << "--at: expected a time";
        QTest::addRow("info without file") << QStringList { "info" } << 2 << ""
                                           << "missing FILE";
        QTest::addRow("info, bad option") << QStringList { "info", vtt, "--jsn" } << 2 << ""
                                          << "Unknown option 'jsn'";
        QTest::addRow("info, missing file") << QStringList { "info", "/nonexistent/x.vtt" } << 1 << ""
                                            << "/nonexistent/x.vtt: no such file";
        QTest::addRow("info on vtt") << QStringList { "info", vtt } << 0 << "Words:     23 (21 timed)"
                                     << "";
        QTest::addRow("convert, unknown format") << QStringList { "convert", vtt, "--to", "docx" } << 2 << ""
                                                 << "unknown output format 'docx'";
        QTest::addRow("convert, two inputs") << QStringList { "convert", vtt, txt } << 2 << ""
                                             << "one INPUT at a time";
        QTest::addRow("convert untimed to vtt") << QStringList { "convert", txt } << 1 << ""
                                                << "interview.txt: segment 1";
        QTest::addRow("convert untimed to json")
            << QStringList { "convert", txt, "--to=json" } << 0 << "\"startTime\": null"
            << "";
        QTest::addRow("convert srt to vtt") << QStringList { "convert", data("formats/interview.srt") } << 0
                                            << "<v Ann>Welcome to the show and thanks for listening."
                                            << "";
        QTest::addRow("convert lrc to srt words")
            << QStringList { "convert", data("formats/interview.lrc"), "--to", "srt", "--words" } << 0
            << "2\n00:00:01,450 --> 00:00:01,600\nto\n"
            << "";
        QTest::addRow("convert to standard output with -o -")
            << QStringList { "convert", vtt, "--to", "srt", "-o", "-" } << 0 << "00:00:01,000 --> "
            << "";
        QTest::addRow("convert to md") << QStringList { "convert", vtt, "--to", "md" } << 0 << "## Questions"
                                       << "";
        const QString sample = QFINDTESTDATA("../resources/sample/welcome.mp3");
        QTest::addRow("align without AUDIO") << QStringList { "align" } << 2 << ""
                                             << "align: missing AUDIO";
        QTest::addRow("align, three files") << QStringList { "align", sample, vtt, txt } << 2 << ""
                                            << "too many files";
        QTest::addRow("align, --jobs 0") << QStringList { "align", sample, "--jobs", "0" } << 2 << ""
                                         << "--jobs takes a number";
        QTest::addRow("align, unknown format")
            << QStringList { "align", sample, "--to", "doc", "-o", "-" } << 2 << ""
            << "unknown output format 'doc'";
        QTest::addRow("align, --to without -o") << QStringList { "align", sample, "--to", "srt" } << 2 << ""
                                                << "--to and --words need -o";
        QTest::addRow("align a missing file") << QStringList { "align", "/nonexistent/x.mp3" } << 1 << ""
                                              << "/nonexistent/x.mp3";
        QTest::addRow("align a transcript without audio") << QStringList { "align", vtt } << 1 << ""
                                                          << "interview.vtt";
        QTest::addRow("align the sample")
            << QStringList { "align", sample, "-o", "-" } << 0 << "<v Maya>Welcome <00:00:0"
            << "placed by recognition";
        QTest::addRow("feed") << QStringList { "feed", data("feeds/p20.xml") } << 0
                              << "Episode 2: Timed words  (2025-06-03; 1:02:03; transcripts: text/vtt (timed)"
                              << "";
        QTest::addRow("feed, repaired: warnings name the line")
            << QStringList { "feed", data("feeds/broken.xml") } << 0 << "Cats & Dogs"
            << "broken.xml:6: a bare \"&\" read as the character";
        QTest::addRow("feed: an error page") << QStringList { "feed", data("feeds/page.html") } << 1 << ""
                                             << "page.html:2: not a podcast feed";
        QTest::addRow("feed: a scheme other than http and https")
            << QStringList { "feed", "ftp://127.0.0.1/feed.xml" } << 2 << ""
            << "only http and https";
        QTest::addRow("feed: no such file") << QStringList { "feed", "/nonexistent/hark/feed.xml" } << 1 << ""
                                            << "cannot read the feed";
        QTest::addRow("feed: no SOURCE") << QStringList { "feed" } << 2 << ""
                                         << "feed: missing SOURCE";
        QTest::addRow("align the sample, a JSON segment per word")
            << QStringList { "align", sample, "--to", "json", "--words", "--jobs", "1", "-o", "-" } << 0
            << "\"body\": \"Welcome\""
            << "aligned 1";
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, outPart);
        QFETCH(QString, errPart);
        const Run r = runHark(args);
        QVERIFY2(r.exitCode == exitCode,
            qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.out.contains(outPart), qPrintable(r.out));
        QVERIFY2(r.err.contains(errPart), qPrintable(r.err));
        if (exitCode == 0 && errPart.isEmpty()) // a command that succeeds is silent, unless it reports
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        else
            QVERIFY(!r.err.isEmpty());
    }

    void badInputNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("where"); // ":line" or ":line:column" after the file name
        QTest::addColumn<QString>("what");
        QTest::addRow("srt minutes") << QByteArray(
            "1\n00:00:01,000 --> 00:00:02,000\na\n\n2\n00:61:00,000 --> 00:62:00,000\nb\n")
                                     << "srt"
                                     << ":6:1"
                                     << "minutes from 00 to 59";
        QTest::addRow("json truncated") << QByteArray("{\"segments\":[\n{\"startTime\":1,") << "json"
                                        << ":2:"
                                        << "invalid JSON";
        QTest::addRow("json array") << QByteArray("[1,2]") << "json"
                                    << ":1:1"
                                    << "found an array";
        QTest::addRow("lrc without tags") << QByteArray("[xx]\nhello\n") << "lrc"
                                          << ""
                                          << "[mm:ss.xx]";
        QTest::addRow("binary") << QByteArray("\x00\x01\x02\x03garbage\x00\x00", 13) << "srt"
                                << ""
                                << "binary";
    }

    void badInputNamesFileAndLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, suffix);
        QFETCH(QString, where);
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "bad." + suffix, content);
        for (const QStringList &args :
            { QStringList { "info", path }, QStringList { "convert", path, "--to", "json" } }) {
            const Run r = runHark(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith("hark: " + path + where), qPrintable(r.err));
            QVERIFY2(r.err.contains(what), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    void convertWritesFileAtomicallyAndNeverTheInput()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("in.srt");
        QVERIFY(QFile::copy(data("formats/interview.srt"), input));
        const QByteArray before = [&] {
            QFile f(input);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        const QString out = dir.filePath("out.json");
        Run r = runHark({ "convert", input, "-o", out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        const ReadResult back = TranscriptFile::read(out);
        QVERIFY(back.ok());
        QCOMPARE(back.format, Format::PodcastJson); // from -o's extension
        QCOMPARE(back.transcript->segments.size(), qsizetype(4));

        r = runHark({ "convert", input, "-o", input, "--to", "srt" });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("refusing to overwrite the input"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary files left
    }

    void convertFromStandardInput()
    {
        const Run r = runHark(
            { "convert", "-", "--to", "txt" }, "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi there.\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Ann: Hi there.\n"));
    }

    void warningsGoToStandardError()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "latin.txt", "First line.\nCaf\xE9 society.\n");
        const Run r = runHark({ "convert", path, "--to", "txt" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("First line. Caf\u00e9 society.\n"));
        QVERIFY2(r.err.contains(path + ":2:4: warning") || r.err.contains("warning: " + path + ":2:4"),
            qPrintable(r.err));
    }

    void vttWithoutSignatureIsReadWithWarning()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "no-header.vtt", "00:01.000 --> 00:02.000\n<v Ann>Hi.\n");
        const Run r = runHark({ "convert", path, "--to", "txt" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Ann: Hi.\n"));
        QVERIFY2(r.err.contains(path + ":1:1: the \"WEBVTT\" line is missing"), qPrintable(r.err));
    }

    void lineNumbersCountLeadingBlankLines()
    {
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, "lead.vtt", "\n\nWEBVTT\n\n00:01.000 --> 00:02.000\nok\n\n00:99.000 --> 00:03.000\nbad\n");
        const Run r = runHark({ "convert", path, "--to", "txt" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("ok bad\n"));
        QVERIFY2(r.err.contains(path + ":8:1: expected cue timings"), qPrintable(r.err));
    }

    void windowWithoutADisplay()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            env.remove(QString::fromLatin1(name));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HARK_BINARY), { data("formats/interview.vtt") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains(QStringLiteral("cannot open the window: no display")));
    }

    void infoJson()
    {
        const Run r = runHark({ "info", data("archive-page/duran-belarus-joins-sco.txt"), "--json" });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject t = QJsonDocument::fromJson(r.out.toUtf8()).object().value("transcript").toObject();
        QCOMPARE(t.value("format").toString(), QStringLiteral("txt"));
        QCOMPARE(t.value("timing").toString(), QStringLiteral("none"));
        QCOMPARE(t.value("metadata").toObject().value("title").toString(),
            QStringLiteral("Belarus joins SCO. Eurasia grows stronger"));
        QCOMPARE(t.value("metadata").toObject().value("date").toString(), QStringLiteral("2024-07-07"));
        QCOMPARE(t.value("metadata").toObject().value("duration").toDouble(), 720.0);
        QCOMPARE(t.value("segments").toInt(), 114);
    }

    // The contract scripts read: the show, then each episode with its fields, null where the feed says
    // nothing.
    void feedJson()
    {
        const Run r = runHark({ "feed", data("feeds/p20.xml"), "--json" });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject f = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(f.value("title").toString(), "Hark Test Show");
        QCOMPARE(f.value("guid").toString(), "917393e3-1b1e-5cef-ace4-edaa54e1f810");
        QCOMPARE(f.value("language").toString(), "en-us");
        QCOMPARE(f.value("image").toString(), "https://example.org/cover.jpg");
        const QJsonArray episodes = f.value("episodes").toArray();
        QCOMPARE(episodes.size(), 2);
        const QJsonObject e = episodes[0].toObject();
        QCOMPARE(e.value("guid").toString(), "ep-2");
        QCOMPARE(e.value("published").toString(), "2025-06-03T11:05:30Z");
        QCOMPARE(e.value("duration").toDouble(), 3723.0);
        QCOMPARE(
            e.value("enclosure").toObject().value("url").toString(), "https://example.org/ep2.mp3?a=1&b=2");
        QCOMPARE(e.value("enclosure").toObject().value("length").toDouble(), 12345678.0);
        QCOMPARE(e.value("transcripts").toArray().size(), 2);
        QCOMPARE(e.value("transcripts").toArray()[0].toObject().value("rel").toString(), "captions");
        QVERIFY(e.value("transcripts").toArray()[1].toObject().value("rel").isNull());
        QCOMPARE(e.value("chapters").toString(), "https://example.org/ep2.chapters.json");
        QCOMPARE(e.value("persons").toArray()[1].toObject().value("role").toString(), "guest");
        const QJsonObject plain = episodes[1].toObject();
        QVERIFY(plain.value("chapters").isNull());
        QVERIFY(plain.value("enclosure").toObject().value("length").isNull());
    }

    void infoOnAudioListsSidecars()
    {
        QTemporaryDir dir;
        QVERIFY(QFile(dir.filePath("Show 5.mp3")).open(QIODevice::WriteOnly));
        QVERIFY(QFile::copy(data("formats/interview.srt"), dir.filePath("Show 5.srt")));
        QVERIFY(QFile::copy(data("formats/interview.vtt"), dir.filePath("Show 5.en.vtt")));
        QVERIFY(QFile::copy(data("formats/interview.txt"), dir.filePath("Show 5.transcript.txt")));
        const Run r = runHark({ "info", dir.filePath("Show 5.mp3") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("  * Show 5.en.vtt  (WebVTT, timed by word)"), qPrintable(r.out));
        QVERIFY(r.out.contains("    Show 5.srt  (SubRip (SRT), timed by segment)"));
        QVERIFY(r.out.contains("    Show 5.transcript.txt  (plain text, untimed)"));
        QVERIFY(r.out.contains(
            "Chosen:    Show 5.en.vtt, because timed by word beats timed by segment (Show 5.srt)"));
        QVERIFY(r.out.contains("Title:     Reading along"));

        QVERIFY(QFile::remove(dir.filePath("Show 5.srt")) && QFile::remove(dir.filePath("Show 5.en.vtt"))
            && QFile::remove(dir.filePath("Show 5.transcript.txt")));
        const Run none = runHark({ "info", dir.filePath("Show 5.mp3") });
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains("Transcript: none readable beside this episode"), qPrintable(none.out));
    }

    // An MP3 with chapters in its tags (written by ffmpeg) and no transcript: both forms say what there is,
    // and neither is an error.
    void infoOnAudioWithChaptersAndNoTranscript()
    {
        QTemporaryDir dir;
        const QString meta = writeFile(dir, "chapters.txt",
            ";FFMETADATA1\ntitle=Tagged title\nalbum=Tagged show\nartist=Tagged host\n"
            "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=30000\ntitle=Opening\n"
            "[CHAPTER]\nTIMEBASE=1/1000\nSTART=30000\nEND=74000\ntitle=The keys\n");
        const QString mp3 = dir.filePath("ep.mp3");
        QProcess ffmpeg;
        ffmpeg.start("ffmpeg",
            { "-loglevel", "error", "-i", QFINDTESTDATA("../resources/sample/welcome.mp3"), "-i", meta,
                "-map_metadata", "1", "-map_chapters", "1", "-codec", "copy", "-id3v2_version", "4", mp3 });
        QVERIFY(ffmpeg.waitForFinished(30'000));
        QVERIFY2(ffmpeg.exitCode() == 0, ffmpeg.readAllStandardError().constData());

        const Run plain = runHark({ "info", mp3 });
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY2(
            plain.out.contains("Title:     Tagged title\nShow:      Tagged show\nArtist:    Tagged host\n"),
            qPrintable(plain.out));
        QVERIFY2(plain.out.contains("Chapters:  2, from the audio's tags\n"
                                    "     0:00  Opening\n"
                                    "     0:30  The keys\n"),
            qPrintable(plain.out));
        QVERIFY2(plain.out.contains("Transcript: none readable beside this episode"), qPrintable(plain.out));

        const Run json = runHark({ "info", mp3, "--json" });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json.out));
        QCOMPARE(o.value("audio").toObject().value("title").toString(), QStringLiteral("Tagged title"));
        QCOMPARE(o.value("audio").toObject().value("show").toString(), QStringLiteral("Tagged show"));
        QVERIFY(o.value("audio").toObject().value("duration").toDouble() > 70);
        const QJsonObject chapters = o.value("chapters").toObject();
        QCOMPARE(chapters.value("from").toString(), QStringLiteral("the audio's tags"));
        QCOMPARE(chapters.value("chapters").toArray().size(), 2);
        QCOMPARE(chapters.value("chapters").toArray()[1].toObject().value("title").toString(),
            QStringLiteral("The keys"));
        QVERIFY(o.contains("transcript"));
        QVERIFY(o.value("transcript").isNull());
    }

    // Without -o, hark align keeps the alignment beside the audio as Hark's cache, which is then what Hark
    // uses for the episode; the plain transcript is left as it was.
    // For an episode, info lists its chapters and where they come from, as the window shows them.
    void infoListsTheEpisodesChapters()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QFINDTESTDATA("../resources/sample/welcome.mp3"), dir.filePath("ep.mp3")));
        QVERIFY(QFile::copy(QFINDTESTDATA("../resources/sample/welcome.vtt"), dir.filePath("ep.vtt")));
        QFile json(dir.filePath("ep.chapters.json"));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"version":"1.2.0","chapters":[{"startTime":0,"title":"Intro"},)"
                   R"({"startTime":5,"title":"Sponsor","toc":false},{"startTime":62.5,"title":"Keys"}]})");
        json.close();
        const Run r = runHark({ "info", dir.filePath("ep.mp3") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Chapters:  3, from ep.chapters.json\n"
                                "     0:00  Intro\n"
                                "     0:05  Sponsor (hidden)\n"
                                "     1:02  Keys\n"),
            qPrintable(r.out));
    }

    void alignKeepsTheCacheBesideTheAudio()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QFINDTESTDATA("../resources/sample/welcome.mp3"), dir.filePath("welcome.mp3")));
        const Run plain = runHark({ "convert", QFINDTESTDATA("../resources/sample/welcome.vtt"), "--to",
            "txt", "-o", dir.filePath("welcome.txt") });
        QCOMPARE(plain.exitCode, 0);
        const QByteArray before = [&] {
            QFile f(dir.filePath("welcome.txt"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run r = runHark({ "align", dir.filePath("welcome.mp3"), "--jobs", "1" });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const QString kept = dir.filePath("welcome.hark.vtt");
        QVERIFY2(r.err.contains("kept the alignment in " + kept), qPrintable(r.err));
        const ReadResult cache = TranscriptFile::read(kept);
        QVERIFY(cache.transcript);
        QCOMPARE(cache.transcript->timing(), Timing::Words);
        QCOMPARE(cache.transcript->metadata.extraValue("Transcript"), QStringLiteral("welcome.txt"));
        QFile f(dir.filePath("welcome.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        const Run info = runHark({ "info", dir.filePath("welcome.mp3") });
        QVERIFY2(info.out.contains("Chosen:    welcome.hark.vtt"), qPrintable(info.out));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

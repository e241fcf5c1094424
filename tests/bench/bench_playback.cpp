// SPDX-License-Identifier: GPL-3.0-or-later
// What playing costs, against the real QMediaPlayer into PulseAudio (run it under the pulse fixture, or with
// any audio server): the CPU time (percent of one core) and the resident memory of
//
//   bench_playback minimal FILE SECONDS   a minimal QMediaPlayer program playing FILE, nothing else
//   bench_playback hark FILE SECONDS      Hark's window (offscreen) playing FILE with a three-hour
//                                         transcript with word times shown and followed
//   bench_playback [--quick] [FILE]       both, one after the other as child processes, and the difference
//
// Each child plays for a second first (the audio server starting up), then measures getrusage() over
// SECONDS of playback. Without FILE, the sample episode is played.
#include "core/transcriptwriter.h"
#include "generate.h"
#include "media/mediaplayerbackend.h"
#include "ui/mainwindow.h"
#include "usage.h"
#include "windowfixture.h"

#include <QApplication>
#include <QAudioOutput>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace hark;
using hark::bench::cpuSeconds;

namespace {

double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Plays until @p position() passes one second, then measures @p seconds of playback; prints
// "cpu% rssMB peakMB" and returns the exit code.
template<typename Position> int measure(QCoreApplication &app, Position position, int seconds)
{
    double cpuStart = -1;
    QElapsedTimer wall;
    QTimer poll;
    poll.setInterval(50);
    int rc = 1;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (cpuStart < 0) {
            if (position() < 1000)
                return;
            cpuStart = cpuSeconds();
            wall.start();
            return;
        }
        if (wall.elapsed() < seconds * 1000)
            return;
        const double cpu = (cpuSeconds() - cpuStart) / (double(wall.elapsed()) / 1000.0) * 100.0;
        QTextStream(stdout) << QString::number(cpu, 'f', 2) << ' '
                            << QString::number(statusMb("VmRSS:"), 'f', 1) << ' '
                            << QString::number(statusMb("VmHWM:"), 'f', 1) << '\n';
        rc = 0;
        app.quit();
    });
    poll.start();
    QTimer::singleShot((seconds + 20) * 1000, &app, [&app] { app.exit(2); }); // no playback: give up
    app.exec();
    return rc;
}

int minimal(int argc, char *argv[], const QString &file, int seconds)
{
    QCoreApplication app(argc, argv);
    QMediaPlayer player;
    QAudioOutput output;
    player.setAudioOutput(&output);
    player.setSource(QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()));
    player.play();
    return measure(
        app, [&] { return player.position(); }, seconds);
}

int harkWindow(int argc, char *argv[], const QString &file, int seconds)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString transcript = dir.filePath(QStringLiteral("three-hours.vtt"));
    QFile f(transcript);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(TranscriptWriter::write(bench::generateTranscript(3000, 10), Format::WebVtt).text.toUtf8())
            < 0)
        return 1;
    f.close();
    test::Window<MediaPlayerBackend> fixture;
    MainWindow &window = fixture.window;
    window.show();
    if (!window.session().open(file, false, 0, transcript))
        return 1;
    return measure(
        app, [&] { return window.session().position(); }, seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList args = [&] {
        QStringList a;
        for (int i = 1; i < argc; ++i)
            a.append(QString::fromLocal8Bit(argv[i]));
        return a;
    }();
    if (args.size() == 3 && args[0] == u"minimal")
        return minimal(argc, argv, args[1], args[2].toInt());
    if (args.size() == 3 && args[0] == u"hark")
        return harkWindow(argc, argv, args[1], args[2].toInt());

    QCoreApplication app(argc, argv);
    const bool quick = args.contains(QStringLiteral("--quick"));
    QString file = args.value(args.indexOf(QStringLiteral("--quick")) == 0 ? 1 : 0);
    if (file.isEmpty())
        file = QStringLiteral(HARK_SAMPLE);
    const QString seconds = QString::number(quick ? 5 : 30);
    QTextStream out(stdout);
    QList<QList<double>> results;
    for (const char *mode : { "minimal", "hark" }) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(mode), file, seconds });
        if (!child.waitForFinished(120'000) || child.exitCode() != 0) {
            out << mode << " run failed (is an audio server running?)\n";
            return 1;
        }
        QList<double> r;
        for (const QByteArray &v : child.readAllStandardOutput().trimmed().split(' '))
            r.append(v.toDouble());
        results.append(r);
        out << QString::fromLatin1(mode).leftJustified(10) << "CPU " << QString::number(r.value(0), 'f', 2)
            << " % of one core, RSS " << QString::number(r.value(1), 'f', 1) << " MB (peak "
            << QString::number(r.value(2), 'f', 1) << " MB)\n";
    }
    const double extra = results[1].value(0) - results[0].value(0);
    out << "Hark's window costs " << QString::number(extra, 'f', 2)
        << " percentage points of one core more than the minimal player (target <= 2); RSS "
        << QString::number(results[1].value(1), 'f', 1)
        << " MB with a three-hour transcript (target <= 150)\n";
    const bool ok = extra <= 2.0 && results[1].value(1) <= 150;
    out << (ok ? "all within targets\n" : "OVER TARGET\n");
    return quick || ok ? 0 : 3;
}

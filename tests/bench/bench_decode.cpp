// SPDX-License-Identifier: GPL-3.0-or-later
// What decoding for the aligner costs: wall time, CPU time and peak resident memory of PcmDecoder turning an
// MP3 into 16 kHz mono, the samples dropped as they come (the aligner consumes them in chunks).
//
//   bench_decode [--quick] [FILE]
//
// Without FILE it makes a 12-minute 64 kbit/s mono MP3 at 22.05 kHz (a 2-minute one with --quick) from a
// varying tone with lame, and decodes that.
#include "media/pcmdecoder.h"
#include "usage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace hark;
using hark::bench::cpuSeconds;
using hark::bench::peakRssKiB;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool quick = args.removeAll(QStringLiteral("--quick")) > 0;
    QTemporaryDir dir;
    QString file = args.value(0);
    if (file.isEmpty()) {
        // Made in blocks through lame's standard input, so that making it does not raise the peak memory.
        const int rate = 22050;
        const auto samples = qint64((quick ? 120 : 720) * rate);
        file = dir.filePath(QStringLiteral("bench.mp3"));
        QProcess lame;
        lame.start(QStringLiteral("lame"),
            { "--quiet", "-r", "-s", "22.05", "--bitwidth", "16", "--signed", "--little-endian", "-m", "m",
                "-b", "64", "-", file });
        std::vector<qint16> block(static_cast<std::size_t>(rate));
        for (qint64 at = 0; at < samples && lame.waitForStarted(); at += rate) {
            for (std::size_t i = 0; i < block.size(); ++i) {
                const double t = double(at + qint64(i)) / rate;
                block[i] = qint16(8000 * std::sin(2 * M_PI * (300 + 200 * std::sin(t)) * t));
            }
            lame.write(reinterpret_cast<const char *>(block.data()), qint64(block.size() * sizeof(qint16)));
            lame.waitForBytesWritten(-1);
        }
        lame.closeWriteChannel();
        if (!lame.waitForFinished(120'000) || lame.exitCode() != 0) {
            std::fprintf(stderr, "bench_decode: cannot make the test MP3 (lame)\n");
            return 1;
        }
    }
    const long rssBefore = peakRssKiB();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    const PcmDecoder::Result result
        = PcmDecoder::decode(file, [](const qint16 *, qsizetype) { return true; });
    const double wallSeconds = double(wall.elapsed()) / 1000;
    if (!result.ok()) {
        std::fprintf(stderr, "bench_decode: %s\n", qPrintable(result.error));
        return 1;
    }
    const double audioSeconds = double(result.samples) / PcmDecoder::kSampleRate;
    std::printf("decoded %.1f s of audio in %.2f s wall (%.0f× real time), %.2f s CPU; peak RSS %ld MiB "
                "(%ld MiB before decoding)\n",
        audioSeconds, wallSeconds, audioSeconds / wallSeconds, cpuSeconds() - cpuBefore, peakRssKiB() / 1024,
        rssBefore / 1024);
    return 0;
}

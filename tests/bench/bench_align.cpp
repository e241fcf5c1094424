// SPDX-License-Identifier: GPL-3.0-or-later
// The aligner against its targets (issue: offline aligner), on the archive-page fixture's 114 sentences
// spoken as a two-voice episode by hark-synth (exact word times), in two variants:
//   clean  the transcript as said;
//   hard   white noise at 15 dB SNR, an 8 s jingle before it that is not in the transcript, one sentence of
//          the transcript missing from the audio (not scored), and a filler phrase in the audio that is not
//          in the transcript.
// Each variant is encoded to MP3 (lame, 64 kbit/s mono) and aligned by a child process (so its peak memory
// is the aligner's), which prints the scores, the even spread's for comparison, the time and the memory.
//
//   bench_align [--quick] [--keep DIR] [--jobs N]     --quick: the first 16 sentences only (CI)
//   bench_align --measure AUDIO TRUTH.vtt UNSCORED [--jobs N]   (what the children run)
#include "align/scorer.h"
#include "alignment.h"
#include "audio/wavfile.h"
#include "transcriptfile.h"
#include "transcriptwriter.h"
#include "usage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace hark;

namespace {

constexpr int kJingleMs = 8000;

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(program, args);
    return p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

int measure(const QStringList &args, int jobs)
{
    const QString audio = args.value(0);
    const ReadResult truth = TranscriptFile::read(args.value(1));
    if (!truth.transcript) {
        std::fprintf(stderr, "bench_align: %s\n", qPrintable(truth.error.format(args.value(1))));
        return 1;
    }
    QSet<int> unscored;
    if (bool ok = false; args.value(2).toInt(&ok) >= 0 && ok)
        unscored.insert(args.value(2).toInt());
    const double cpuBefore = bench::cpuSeconds();
    const AlignmentResult result
        = alignEpisode(audio, test::withoutTimes(*truth.transcript), { jobs, {}, {} });
    if (!result.transcript) {
        std::fprintf(stderr, "bench_align: %s\n", qPrintable(result.error));
        return 1;
    }
    // Kept beside the audio for a look (bench_align --keep DIR).
    if (const auto aligned = TranscriptWriter::write(*result.transcript, Format::WebVtt, {}); aligned.ok())
        writeText(
            QString(audio).replace(QStringLiteral(".mp3"), QStringLiteral("-aligned.vtt")), aligned.text);
    const test::AlignScore s = test::scoreAlignment(*truth.transcript, *result.transcript, unscored);
    const test::AlignScore e = test::scoreAlignment(*truth.transcript,
        test::evenSpread(test::withoutTimes(*truth.transcript), result.report.audioMs), unscored);
    std::printf("| %d | %.0f | %.1f %% | %.1f %% | %.0f / %.0f | %.0f ms, %.1f %% | %.1f s (%.1f s CPU) | "
                "%ld MiB |\n",
        s.words, s.medianMs, 100 * s.within100, 100 * s.placed, s.sentenceMedianMs, s.sentenceP95Ms,
        e.medianMs, 100 * e.within100, double(result.elapsedMs) / 1000, bench::cpuSeconds() - cpuBefore,
        bench::peakRssKiB() / 1024);
    std::printf("  (%lld s of audio; %d recognized, %d force-aligned, %d interpolated)\n",
        result.report.audioMs / 1000, result.report.recognized, result.report.forced,
        result.report.interpolated);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int jobs = 0;
    if (const qsizetype j = args.indexOf(QStringLiteral("--jobs")); j >= 0 && j + 1 < args.size()) {
        jobs = args[j + 1].toInt();
        args.remove(j, 2);
    }
    if (args.value(0) == u"--measure")
        return measure(args.mid(1), jobs);
    const bool quick = args.removeAll(QStringLiteral("--quick")) > 0;
    QTemporaryDir temp;
    QString dir = temp.path();
    if (const qsizetype k = args.indexOf(QStringLiteral("--keep")); k >= 0 && k + 1 < args.size()) {
        dir = args[k + 1];
        QDir().mkpath(dir);
    }
    const auto in = [&](const char *name) { return QDir(dir).filePath(QLatin1String(name)); };

    // The turns: the fixture's sentences, two to four at a time, the hosts taking turns.
    QFile sentencesFile(QStringLiteral(HARK_ARCHIVE_SENTENCES));
    if (!sentencesFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_align: cannot read %s\n", HARK_ARCHIVE_SENTENCES);
        return 1;
    }
    QStringList sentences = QString::fromUtf8(sentencesFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (quick)
        sentences = sentences.mid(0, 16);
    QStringList turns;
    const int sizes[] = { 2, 3, 1, 4, 2, 3 };
    for (qsizetype at = 0, k = 0; at < sentences.size(); ++k) {
        const qsizetype n = std::min<qsizetype>(sizes[k % 6], sentences.size() - at);
        turns.append(QStringLiteral("%1: %2").arg(
            k % 2 ? QStringLiteral("Alex") : QStringLiteral("Glenn"), sentences.mid(at, n).join(u' ')));
        at += n;
    }
    const QString header
        = QStringLiteral("voice Glenn en-us+m3 160\nvoice Alex en+m2 150\nlead 500\ngap 450\n");
    // The hard variant leaves out a one-sentence turn at about 40 % and adds a filler turn at about 60 %.
    qsizetype removed = turns.size() * 4 / 10;
    while (removed < turns.size() && sizes[removed % 6] != 1)
        ++removed;
    const qsizetype fillerAfter = turns.size() * 6 / 10;
    QStringList hardTurns;
    for (qsizetype i = 0; i < turns.size(); ++i) {
        if (i != removed)
            hardTurns.append(turns[i]);
        if (i == fillerAfter)
            hardTurns.append(QStringLiteral("%1: Um, well, you know, let me think about that for a second.")
                                 .arg(i % 2 ? QStringLiteral("Glenn") : QStringLiteral("Alex")));
    }
    if (!writeText(in("clean.script"), header + turns.join(u'\n') + u'\n')
        || !writeText(in("hard.script"), header + hardTurns.join(u'\n') + u'\n')
        || !run(QStringLiteral(HARK_SYNTH), { in("clean.script"), in("clean.wav"), in("clean.vtt") })
        || !run(
            QStringLiteral(HARK_SYNTH), { in("hard.script"), in("hard-speech.wav"), in("hard-speech.vtt") }))
        return 1;

    // The hard audio: a jingle first, then the speech, with noise over all of it.
    int rate = 0;
    std::vector<float> speech = test::readWav(in("hard-speech.wav"), &rate);
    double energy = 0;
    qsizetype voiced = 0;
    for (float v : speech)
        if (std::abs(v) > 100) {
            energy += double(v) * v;
            ++voiced;
        }
    const double noiseRms
        = std::sqrt(energy / double(std::max<qsizetype>(1, voiced))) / std::pow(10.0, 15.0 / 20);
    std::vector<float> hard(std::size_t(kJingleMs) * std::size_t(rate) / 1000, 0.0f);
    for (std::size_t i = 0; i < hard.size(); ++i) { // a little tune: a new note every quarter second
        const double t = double(i) / rate;
        const double note = 220.0 * std::pow(2.0, double((int(t * 4) * 5) % 12) / 12);
        hard[i] = float(5000 * std::sin(2 * M_PI * note * t) * (0.6 + 0.4 * std::sin(2 * M_PI * 2 * t)));
    }
    hard.insert(hard.end(), speech.begin(), speech.end());
    QRandomGenerator random(1234);
    for (float &v : hard) {
        const double u1 = std::max(1e-12, random.generateDouble()), u2 = random.generateDouble();
        v += float(noiseRms * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2));
    }
    if (!test::writeWav(in("hard.wav"), hard, rate))
        return 1;

    // The hard variant's truth in the transcript's turns: the times heard, 8 s on; the missing turn kept
    // untimed (not scored).
    const ReadResult clean = TranscriptFile::read(in("clean.vtt"));
    const ReadResult heard = TranscriptFile::read(in("hard-speech.vtt"));
    if (!clean.transcript || !heard.transcript)
        return 1;
    Transcript truth = *clean.transcript;
    for (qsizetype i = 0, j = 0; i < truth.segments.size(); ++i) {
        Segment &s = truth.segments[i];
        if (i == removed)
            continue;
        while (j < heard.transcript->segments.size() && heard.transcript->segments[j].text != s.text)
            ++j; // the filler turn
        if (j >= heard.transcript->segments.size())
            return 1;
        const Segment &h = heard.transcript->segments[j++];
        s.start = h.start + kJingleMs;
        s.end = h.end + kJingleMs;
        for (qsizetype w = 0; w < s.words.size(); ++w) {
            s.words[w].start = h.words[w].start + kJingleMs;
            s.words[w].end = h.words[w].end + kJingleMs;
        }
    }
    // Written as it is except the missing turn, which takes its neighbour's times (VTT needs a time).
    Segment &gone = truth.segments[removed];
    gone.start = gone.end = truth.segments[removed - 1].end;
    for (Word &w : gone.words)
        w.start = w.end = gone.start;
    const auto written = TranscriptWriter::write(truth, Format::WebVtt, {});
    if (!written.ok() || !writeText(in("hard-truth.vtt"), written.text))
        return 1;
    for (const char *name : { "clean", "hard" })
        if (!run(QStringLiteral("lame"),
                { "--quiet", "-m", "m", "-b", "64", in(name) + QStringLiteral(".wav"),
                    in(name) + QStringLiteral(".mp3") }))
            return 1;

    std::printf(
        "| Variant | Words scored | Word-start median (ms) | Within 100 ms | Placed from own audio | "
        "Sentence starts median / p95 (ms) | Even spread: median, within 100 ms | Wall (CPU) | Peak RSS |\n"
        "|---|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);
    const QString self = app.applicationFilePath();
    const QStringList jobArgs = jobs > 0 ? QStringList { "--jobs", QString::number(jobs) } : QStringList {};
    std::printf("| clean ");
    std::fflush(stdout);
    if (!run(self, QStringList { "--measure", in("clean.mp3"), in("clean.vtt"), "-1" } + jobArgs))
        return 1;
    std::printf("| hard ");
    std::fflush(stdout);
    if (!run(self,
            QStringList { "--measure", in("hard.mp3"), in("hard-truth.vtt"), QString::number(removed) }
                + jobArgs))
        return 1;
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The aligner against its targets (issue: offline aligner), on the archive-page fixture's 114 sentences
// spoken as a 12-minute two-voice episode by hark-synth (exact word times), in two variants and a third:
//   clean   the transcript as said;
//   hard    white noise at 15 dB SNR, an 8 s jingle before it that is not in the transcript, one sentence of
//           the transcript missing from the audio (not scored), and a filler phrase in the audio that is not
//           in the transcript;
//   stress  (--stress) other voices and rates, a 40 s advertisement, four turns missing, a second jingle in
//           the middle, 12 dB SNR.
// Each variant is encoded to MP3 (lame, 64 kbit/s mono) and aligned by a child process, which prints the
// scores, the even spread's for comparison, the time and the memory (on Linux a child's peak memory
// starts from what its parent held when it was started: --measure alone gives the aligner's own).
//
//   bench_align [--quick] [--stress] [--keep DIR] [--jobs N]   --quick: the first 16 sentences only (CI)
//   bench_align --measure AUDIO TRUTH.vtt UNSCORED [--jobs N]  UNSCORED: turn numbers, comma-separated, or -1

#include "align/scorer.h"
#include "audio/wavfile.h"
#include "core/transcriptfile.h"
#include "core/transcriptwriter.h"
#include "episode/alignment.h"
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

// Read by a third voice in the stress variant: audio that is not in the transcript, and speech at that.
constexpr const char *kAdvertisement
    = "Ad: This episode is brought to you by Northwind Coffee. Northwind roasts small batches every "
      "morning and sends them to your door within two days, so every cup tastes like it came straight from "
      "the roaster. Try the house blend, the dark espresso, or the new single origin from the highlands. "
      "Go to northwind coffee dot com slash listen and use the code LISTEN for twenty percent off your first "
      "bag. Northwind Coffee: wake up to something better.";

struct Variant
{
    const char *name;
    QString header; ///< the script's voices and pauses
    QList<qsizetype> removed; ///< turns of the transcript not said (not scored)
    QList<std::pair<qsizetype, QString>> inserted; ///< said after the turn at index, not in the transcript
    QList<qsizetype> jingles; ///< an 8 s jingle before the turn at index (0: before all speech)
    int snrDb = 0; ///< white noise this far below the speech; 0: none
};

std::vector<float> jingle(int rate)
{
    std::vector<float> tune(std::size_t(kJingleMs) * std::size_t(rate) / 1000);
    for (std::size_t i = 0; i < tune.size(); ++i) { // a new note every quarter second
        const double t = double(i) / rate;
        const double note = 220.0 * std::pow(2.0, double((int(t * 4) * 5) % 12) / 12);
        tune[i] = float(5000 * std::sin(2 * M_PI * note * t) * (0.6 + 0.4 * std::sin(2 * M_PI * 2 * t)));
    }
    return tune;
}

// Speaks the variant's script, adds its jingles and noise, encodes it as NAME.mp3, and writes the truth in
// the transcript's turns as NAME-truth.vtt (a turn not said keeps its neighbour's times: VTT needs a time).
template<typename In> bool makeVariant(const Variant &v, const QStringList &turns, const In &in)
{
    const auto file = [&](const char *suffix) -> QString { return in(v.name) + QLatin1String(suffix); };
    QStringList said;
    QList<qsizetype> saidTurn; // the transcript turn of each said one, -1 for an inserted one
    for (qsizetype i = 0; i < turns.size(); ++i) {
        if (!v.removed.contains(i)) {
            said.append(turns[i]);
            saidTurn.append(i);
        }
        for (const auto &[after, text] : v.inserted)
            if (after == i) {
                said.append(text);
                saidTurn.append(-1);
            }
    }
    if (!writeText(file(".script"), v.header + said.join(u'\n') + u'\n')
        || !run(QStringLiteral(HARK_SYNTH), { file(".script"), file("-speech.wav"), file("-speech.vtt") }))
        return false;
    int rate = 0;
    const std::vector<float> speech = test::readWav(file("-speech.wav"), &rate);
    const ReadResult heard = TranscriptFile::read(file("-speech.vtt"));
    const ReadResult clean = TranscriptFile::read(in("clean-truth.vtt")); // made first
    if (speech.empty() || !heard.transcript || heard.transcript->segments.size() != said.size())
        return false;
    // The jingles go in the middle of the pause before their turn; later times move on by their length.
    QList<qint64> jingleAt; // ms of the speech
    for (qsizetype turn : v.jingles) {
        const qsizetype k = saidTurn.indexOf(turn);
        if (k < 0)
            return false;
        const auto &segments = heard.transcript->segments;
        jingleAt.append(k == 0 ? 0 : (segments[k - 1].end + segments[k].start) / 2);
    }
    std::sort(jingleAt.begin(), jingleAt.end());
    const auto shifted = [&](qint64 ms) {
        qint64 by = 0;
        for (qint64 at : jingleAt)
            if (at <= ms)
                by += kJingleMs;
        return ms + by;
    };
    std::vector<float> audio;
    const std::vector<float> tune = jingle(rate);
    std::size_t from = 0;
    for (qint64 at : jingleAt) {
        const std::size_t to = std::min(speech.size(), std::size_t(at * rate / 1000));
        audio.insert(audio.end(), speech.begin() + qsizetype(from), speech.begin() + qsizetype(to));
        audio.insert(audio.end(), tune.begin(), tune.end());
        from = to;
    }
    audio.insert(audio.end(), speech.begin() + qsizetype(from), speech.end());
    if (v.snrDb > 0) {
        double energy = 0;
        qsizetype voiced = 0;
        for (float x : speech)
            if (std::abs(x) > 100) {
                energy += double(x) * x;
                ++voiced;
            }
        const double noiseRms
            = std::sqrt(energy / double(std::max<qsizetype>(1, voiced))) / std::pow(10.0, v.snrDb / 20.0);
        QRandomGenerator random(1234);
        for (float &x : audio) {
            const double u1 = std::max(1e-12, random.generateDouble()), u2 = random.generateDouble();
            x += float(noiseRms * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2));
        }
    }
    if (!test::writeWav(file(".wav"), audio, rate))
        return false;

    // The truth: the transcript's turns (the clean variant's text), at the times heard.
    const Transcript &heardT = *heard.transcript;
    Transcript truth = heardT;
    truth.segments.clear();
    truth.segments.resize(turns.size());
    for (qsizetype k = 0; k < said.size(); ++k) {
        if (saidTurn[k] < 0)
            continue;
        Segment s = heardT.segments[k];
        s.start = shifted(s.start);
        s.end = shifted(s.end);
        for (Word &w : s.words) {
            w.start = shifted(w.start);
            w.end = shifted(w.end);
        }
        truth.segments[saidTurn[k]] = s;
    }
    for (qsizetype r : v.removed) {
        Segment &gone = truth.segments[r];
        gone = clean.transcript ? clean.transcript->segments.value(r) : Segment {};
        const qint64 at = r > 0 ? truth.segments[r - 1].end : 0;
        gone.start = gone.end = at;
        for (Word &w : gone.words)
            w.start = w.end = at;
    }
    const auto written = TranscriptWriter::write(truth, Format::WebVtt, {});
    return written.ok() && writeText(file("-truth.vtt"), written.text)
        && run(QStringLiteral("lame"), { "--quiet", "-m", "m", "-b", "64", file(".wav"), file(".mp3") });
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
    for (const QString &n : args.value(2).split(u',', Qt::SkipEmptyParts))
        unscored.insert(n.toInt());
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
    const bool quick = args.contains(QStringLiteral("--quick"));
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
        = QStringLiteral("voice Glenn en-us+m3 135\nvoice Alex en+m2 130\nlead 500\ngap 450\n");
    // The hard variant leaves out a one-sentence turn at about 40 % and adds a filler turn at about 60 %.
    qsizetype removed = turns.size() * 4 / 10;
    while (removed < turns.size() && sizes[removed % 6] != 1)
        ++removed;
    const Variant clean { "clean", header, {}, {}, {}, 0 };
    const Variant hard { "hard", header, { removed },
        { { turns.size() * 6 / 10,
            QStringLiteral("%1: Um, well, you know, let me think about that for a second.")
                .arg((turns.size() * 6 / 10) % 2 ? QStringLiteral("Glenn") : QStringLiteral("Alex")) } },
        { 0 }, 15 };
    // Not in the list, to see what held-out episodes might do to it: other voices and rates, a
    // 40-second advertisement read by a third voice, a stretch of four turns missing from the audio, a
    // jingle at the start and another in the middle, and more noise.
    const Variant stress { "stress",
        QStringLiteral(
            "voice Glenn en-us+f2 175\nvoice Alex en-gb-scotland+m4 140\nvoice Ad en+m7 165\nlead 300\n"
            "gap 600\n"),
        { turns.size() / 2, turns.size() / 2 + 1, turns.size() / 2 + 2, turns.size() / 2 + 3 },
        { { turns.size() * 3 / 10, QString::fromUtf8(kAdvertisement) } }, { 0, turns.size() * 7 / 10 }, 12 };
    std::vector<Variant> variants { clean, hard };
    if (args.contains(QStringLiteral("--stress")))
        variants.push_back(stress);
    for (const Variant &v : variants)
        if (!makeVariant(v, turns, in))
            return 1;

    std::printf(
        "| Variant | Words scored | Word-start median (ms) | Within 100 ms | Placed from own audio | "
        "Sentence starts median / p95 (ms) | Even spread: median, within 100 ms | Wall (CPU) | Peak RSS |\n"
        "|---|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);
    const QString self = app.applicationFilePath();
    const QStringList jobArgs = jobs > 0 ? QStringList { "--jobs", QString::number(jobs) } : QStringList {};
    for (const Variant &v : variants) {
        QStringList unscored;
        for (qsizetype r : v.removed)
            unscored.append(QString::number(r));
        std::printf("| %s ", v.name);
        std::fflush(stdout);
        if (!run(self,
                QStringList { "--measure", in(v.name) + QStringLiteral(".mp3"),
                    in(v.name) + QStringLiteral("-truth.vtt"), unscored.join(u',') }
                    + jobArgs))
            return 1;
    }
    return 0;
}

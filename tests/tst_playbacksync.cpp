// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, against the sound itself: the real window plays a synthesized episode through the real
// QMediaPlayer into a PulseAudio null sink (the pulse fixture); the sink's monitor is recorded, the recording
// is placed on the episode's timeline by cross-correlation with the episode's own samples, and the word the
// window highlights at each moment is checked against the word being heard at that moment.
#include "audio/monitorrecorder.h"
#include "audio/soundlocator.h"
#include "mainwindow.h"
#include "mediaplayerbackend.h"
#include "transcriptfile.h"
#include "transcriptview.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstring>

using namespace hark;
using hark::test::MonitorRecorder;
using hark::test::SoundLocator;

namespace {

constexpr int kRate = 11025; // the recording's rate; the episode is synthesized at twice that
constexpr qint64 kToleranceMs = 100;

std::vector<float> readWavAsFloat(const QString &path, int *rate)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray b = f.readAll();
    if (b.size() < 44 || !b.startsWith("RIFF"))
        return {};
    std::memcpy(rate, b.constData() + 24, 4);
    std::vector<float> out(std::size_t(b.size() - 44) / 2);
    const char *p = b.constData() + 44;
    for (std::size_t i = 0; i < out.size(); ++i) {
        qint16 s;
        std::memcpy(&s, p + 2 * i, 2);
        out[i] = s;
    }
    return out;
}

// Halves the rate (a pair average: a crude low-pass, enough for correlation).
std::vector<float> halveRate(const std::vector<float> &in)
{
    std::vector<float> out(in.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = 0.5f * (in[2 * i] + in[2 * i + 1]);
    return out;
}

bool run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(120'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

struct TimedWord
{
    qint64 start;
    int segment;
    int word;
};

// The ground truth in time order (the synthesizer's transcript: when each word starts in its WAV).
std::vector<TimedWord> wordsInTimeOrder(const Transcript &t)
{
    std::vector<TimedWord> words;
    for (qsizetype s = 0; s < t.segments.size(); ++s)
        for (qsizetype w = 0; w < t.segments[s].words.size(); ++w)
            if (t.segments[s].words[w].start != kNoTime)
                words.push_back({ t.segments[s].words[w].start, int(s), int(w) });
    std::stable_sort(words.begin(), words.end(), [](auto &a, auto &b) { return a.start < b.start; });
    return words;
}

double percentile(std::vector<double> v, double fraction)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(fraction * double(v.size())))];
}

} // namespace

class TestPlaybackSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QProcess::execute(QStringLiteral("pactl"), { QStringLiteral("info") }) == 0,
            "no PulseAudio server: run under the pulse fixture (ctest)");
    }

    void highlightFollowsTheSound()
    {
        QTemporaryDir dir;
        QString out;
        const QString script = QFINDTESTDATA("data/sync/sync.script");
        QVERIFY(!script.isEmpty());
        QVERIFY2(
            run(QStringLiteral(HARK_SYNTH), { script, dir.filePath("ep.wav"), dir.filePath("ep.vtt") }, &out),
            qPrintable(out));
        QVERIFY2(
            run(QStringLiteral("lame"),
                { "--quiet", "-m", "m", "-b", "64", dir.filePath("ep.wav"), dir.filePath("ep.mp3") }, &out),
            qPrintable(out));
        int wavRate = 0;
        const std::vector<float> wav = readWavAsFloat(dir.filePath("ep.wav"), &wavRate);
        QCOMPARE(wavRate, 2 * kRate);
        const ReadResult truthRead = TranscriptFile::read(dir.filePath("ep.vtt"));
        QVERIFY(truthRead.transcript);
        const std::vector<TimedWord> truth = wordsInTimeOrder(*truthRead.transcript);
        QVERIFY(truth.size() > 40);
        const qint64 episodeMs = qint64(wav.size()) * 1000 / wavRate;

        MonitorRecorder recorder("hark_test_sink", kRate);
        QVERIFY(recorder.start());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.sampleCount() > 0, 5000);

        auto *backend = new MediaPlayerBackend;
        MainWindow window(backend);
        window.show();
        struct Seen
        {
            MonitorRecorder::Clock::time_point at;
            int segment;
            int word;
        };
        std::vector<Seen> seen;
        QTimer sampler;
        sampler.setTimerType(Qt::PreciseTimer);
        sampler.setInterval(5);
        TranscriptView *view = window.transcriptView();
        connect(&sampler, &QTimer::timeout, this, [&] {
            seen.push_back({ MonitorRecorder::Clock::now(), view->currentSegment(), view->currentWord() });
        });
        sampler.start();
        QSignalSpy states(backend, &PlaybackBackend::stateChanged);
        QVERIFY(window.openEpisode(dir.filePath("ep.mp3")));
        QTRY_VERIFY_WITH_TIMEOUT(
            states.contains(QVariantList { QVariant::fromValue(PlaybackBackend::State::Playing) }), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(backend->state() == PlaybackBackend::State::Stopped, episodeMs + 15000);
        sampler.stop();
        recorder.stop();

        // Place the recording on the episode's timeline.
        std::vector<float> recording;
        for (qint16 s : recorder.samples())
            recording.push_back(s);
        SoundLocator locator(halveRate(wav), kRate * 3 / 10, kRate / 10, kRate);
        locator.locate(recording);
        const auto &matches = locator.matches();
        QVERIFY2(matches.size() > 100,
            qPrintable(QStringLiteral("only %1 stretches of the recording matched the episode")
                           .arg(matches.size())));
        double scoreSum = 0;
        for (const auto &m : matches)
            scoreSum += m.score;
        if (qEnvironmentVariableIsSet("HARK_SYNC_DEBUG"))
            for (const auto &m : matches)
                qInfo("rec %lld -> ref %lld (diff %lld ms) score %.3f", m.recordingStart * 1000 / kRate,
                    m.referenceStart * 1000 / kRate, (m.recordingStart - m.referenceStart) * 1000 / kRate,
                    m.score);

        // Check every sample of the highlight against what was heard then.
        auto expectedAt = [&](qint64 ms) {
            auto it = std::upper_bound(
                truth.begin(), truth.end(), ms, [](qint64 t, const TimedWord &w) { return t < w.start; });
            return it == truth.begin() ? -1 : int(it - truth.begin() - 1);
        };
        auto truthIndex = [&](int segment, int word) {
            for (std::size_t i = 0; i < truth.size(); ++i)
                if (truth[i].segment == segment && truth[i].word == word)
                    return int(i);
            return -1;
        };
        int checked = 0;
        QStringList failures;
        std::vector<double> lags;
        int previousShown = -2;
        double firstHeard = -1, lastHeard = -1;
        for (const Seen &s : seen) {
            const auto ref = locator.referenceAt(recorder.sampleAt(s.at), kRate * 0.02);
            if (!ref) {
                previousShown = -2; // a change is timed only between two moments that were both heard
                continue;
            }
            const qint64 heard = qint64(*ref * 1000.0 / kRate);
            if (firstHeard < 0)
                firstHeard = double(heard);
            lastHeard = double(heard);
            const int shown = truthIndex(s.segment, s.word);
            // Right if the highlighted word is the one heard at some moment within the tolerance.
            const int lo = expectedAt(heard - kToleranceMs);
            const int hi = expectedAt(heard + kToleranceMs);
            ++checked;
            if (shown < lo || shown > hi || (shown < 0 && hi >= 0 && lo >= 0))
                failures.append(
                    QStringLiteral("at %1 ms of the episode the highlight showed word %2, expected %3..%4")
                        .arg(heard)
                        .arg(shown)
                        .arg(lo)
                        .arg(hi));
            if (shown >= 0 && previousShown != -2 && shown != previousShown)
                lags.push_back(double(heard - truth[std::size_t(shown)].start));
            previousShown = shown;
        }
        qInfo("%d of %zu moments checked; %zu stretches of sound located (mean score %.3f), heard from %.0f "
              "to %.0f ms; "
              "recorder envelope lag median %.1f ms, worst %.1f ms",
            checked, seen.size(), matches.size(), scoreSum / double(matches.size()), firstHeard, lastHeard,
            recorder.arrivalLagMs(0.5), recorder.arrivalLagMs(1.0));
        qInfo("highlight lag behind the sound at each word change: median %.0f ms, 5th %.0f, 95th %.0f, "
              "min %.0f, max %.0f ms (%zu changes)",
            percentile(lags, 0.5), percentile(lags, 0.05), percentile(lags, 0.95), percentile(lags, 0),
            percentile(lags, 1), lags.size());
        QVERIFY2(failures.isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 moments wrong; first: %3")
                           .arg(failures.size())
                           .arg(checked)
                           .arg(failures.mid(0, 5).join(QStringLiteral("; ")))));
        QVERIFY2(firstHeard < 1000 && lastHeard > double(episodeMs) - 2000,
            qPrintable(QStringLiteral("heard only %1..%2 ms").arg(firstHeard).arg(lastHeard)));
        QVERIFY2(
            checked > int(episodeMs / 20), qPrintable(QStringLiteral("%1 moments checked").arg(checked)));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestPlaybackSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_playbacksync.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, against the sound itself: the real window plays a synthesized episode through the real
// QMediaPlayer into a PulseAudio null sink (the pulse fixture); the sink's monitor is recorded, the recording
// is placed on the episode's timeline by cross-correlation with the episode's own samples, and the word the
// window highlights at each moment is checked against the word being heard at that moment.
#include "audio/monitorrecorder.h"
#include "audio/soundlocator.h"
#include "audio/warmup.h"
#include "audio/wavfile.h"
#include "core/transcriptfile.h"
#include "episode/episodekey.h"
#include "httptestserver.h"
#include "library/fetcher.h"
#include "media/mediaplayerbackend.h"
#include "ui/librarymodels.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"
#include "ui/transcriptview.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

using namespace hark;
using hark::test::MonitorRecorder;
using hark::test::SoundLocator;

namespace {

constexpr int kRate = 11025; // the recording's rate; the episode is synthesized at twice that
constexpr qint64 kToleranceMs = 100;
// What a listener does not notice (ITU-R BT.1359's thresholds of detectability for sound against picture):
// the text shown up to 125 ms before its sound, or up to 45 ms after it.
constexpr qint64 kUnnoticedLeadMs = 125, kUnnoticedLagMs = 45;

std::vector<float> asFloat(const std::vector<qint16> &samples)
{
    return { samples.begin(), samples.end() };
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

// The seek test's 30-minute signal: 50 ms slots, each two tones picked by a hash of the slot, faded in and
// out, so any second of it is unlike every other and survives MP3 coding. Evaluated at any rate.
class SlotSignal
{
public:
    static constexpr double kSlot = 0.05;

    static float at(double t)
    {
        const auto slot = qint64(t / kSlot);
        const double local = t - double(slot) * kSlot;
        constexpr double fade = 0.004;
        double envelope = 1;
        if (local < fade)
            envelope = 0.5 - 0.5 * std::cos(M_PI * local / fade);
        else if (local > kSlot - fade)
            envelope = 0.5 - 0.5 * std::cos(M_PI * (kSlot - local) / fade);
        const double v
            = std::sin(2 * M_PI * frequency(slot, 1) * t) + 0.6 * std::sin(2 * M_PI * frequency(slot, 2) * t);
        return float(9000.0 * envelope * v);
    }

    static std::vector<float> render(double seconds, int rate)
    {
        std::vector<float> out(std::size_t(seconds * rate));
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = at(double(i) / rate);
        return out;
    }

private:
    static double frequency(qint64 slot, quint32 k)
    {
        quint32 h = quint32(slot) * 2654435761u ^ (k * 0x9E3779B9u);
        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        return 250.0 + double(h % 3000);
    }
};

} // namespace

class TestPlaybackSync : public QObject
{
    Q_OBJECT

    static constexpr double kLongMinutes = 30;
    QTemporaryDir m_syncDir; ///< the short two-voice episode: ep.mp3, and its truth
    std::vector<float> m_syncWav; ///< its samples, at twice kRate
    Transcript m_syncTruth;
    QTemporaryDir m_longDir;
    QString m_longEpisode;
    int m_silentJumps = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QProcess::execute(QStringLiteral("pactl"), { QStringLiteral("info") }) == 0,
            "no PulseAudio server: run under the pulse fixture (ctest)");
        const QString sample = QFINDTESTDATA("../resources/sample/welcome.mp3");
        QVERIFY(!sample.isEmpty());
        QVERIFY(hark::test::warmUpMedia(QUrl::fromLocalFile(QFileInfo(sample).absoluteFilePath())));
    }

    void highlightFollowsTheSound_data()
    {
        QTest::addColumn<bool>("downloaded");
        QTest::addRow("a file opened") << false;
        // The podcast path: a feed on a loopback server lists the episode and its WebVTT transcript; the
        // window's Library subscribes, and Enter downloads it (with the transcript beside it) and plays it.
        QTest::addRow("an episode downloaded through the Library") << true;
    }
    void highlightFollowsTheSound()
    {
        QFETCH(bool, downloaded);
        QVERIFY(makeSyncEpisode());
        const std::vector<float> &wav = m_syncWav;
        const std::vector<TimedWord> truth = wordsInTimeOrder(m_syncTruth);
        QVERIFY(truth.size() > 40);
        const qint64 episodeMs = qint64(wav.size()) * 1000 / (2 * kRate);

        MonitorRecorder recorder("hark_test_sink", kRate);
        QVERIFY(recorder.start());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.sampleCount() > 0, 5000);

        test::Window<MediaPlayerBackend> fixture;
        auto *backend = fixture.backend;
        MainWindow &window = fixture.window;
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
        QSignalSpy errors(backend, &PlaybackBackend::errorOccurred);
        std::unique_ptr<test::HttpTestServer> server;
        if (downloaded) {
            server = std::make_unique<test::HttpTestServer>();
            QFile mp3(m_syncDir.filePath("ep.mp3")), vtt(m_syncDir.filePath("ep.vtt"));
            QVERIFY(mp3.open(QIODevice::ReadOnly) && vtt.open(QIODevice::ReadOnly));
            server->route("/ep.mp3", test::HttpRoute { .body = mp3.readAll(), .contentType = "audio/mpeg" });
            server->route("/ep.vtt", test::HttpRoute { .body = vtt.readAll(), .contentType = "text/vtt" });
            server->route("/feed.xml",
                test::HttpRoute {
                    .body = QStringLiteral("<rss version=\"2.0\" xmlns:podcast=\"https://podcastindex.org/"
                                           "namespace/1.0\"><channel><title>Sync</title><item><title>Two "
                                           "Voices</title><guid>sync</guid><enclosure url=\"%1\" "
                                           "type=\"audio/mpeg\"/><podcast:transcript url=\"%2\" "
                                           "type=\"text/vtt\"/></item></channel></rss>")
                                .arg(server->url("/ep.mp3").toString(), server->url("/ep.vtt").toString())
                                .toUtf8() });
            QVERIFY(fixture.addLibrary());
            fixture.podcasts->fetcher().setProxy(QNetworkProxy::NoProxy);
            LibraryPanel *library = window.libraryPanel();
            QSignalSpy subscribed(fixture.podcasts.get(), &PodcastLibrary::subscribed);
            library->subscribe(server->url("/feed.xml").toString());
            QVERIFY(subscribed.wait(20'000));
            QCOMPARE(library->episodeModel()->rowCount(), 1);
            library->episodesView()->setCurrentIndex(library->episodeModel()->index(0, 0));
            QTest::keyClick(library->episodesView(), Qt::Key_Return);
            const auto playing = [&window] {
                return window.session().episode() ? window.session().episode()->audioPath() : QString();
            };
            QTRY_COMPARE_WITH_TIMEOUT(
                playing(), fixture.dir.filePath("Episodes/Sync/Two Voices.mp3"), 20'000);
            QCOMPARE(window.session().episode()->transcriptPath(),
                fixture.dir.filePath("Episodes/Sync/Two Voices.transcript.vtt"));
        } else {
            QVERIFY(window.session().open(m_syncDir.filePath("ep.mp3")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            states.contains(QVariantList { QVariant::fromValue(PlaybackBackend::State::Playing) }), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(backend->state() == PlaybackBackend::State::Stopped, episodeMs + 15000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString())); // none reaches the user
        sampler.stop();
        recorder.stop();

        // Place the recording on the episode's timeline.
        const std::vector<float> recording = asFloat(recorder.samples());
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

    // "Pause after each line" with real sound: the sound stops where each line ends, nothing of the next
    // line is heard, and Play goes on with the next line.
    void pauseAfterEachLineStopsTheSound()
    {
        QVERIFY(makeSyncEpisode());
        const QList<Segment> &lines = m_syncTruth.segments;
        QVERIFY(lines.size() >= 3);
        MonitorRecorder recorder("hark_test_sink", kRate);
        QVERIFY(recorder.start());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.sampleCount() > 0, 5000);
        test::Window<MediaPlayerBackend> fixture;
        auto *backend = fixture.backend;
        QSignalSpy errors(backend, &PlaybackBackend::errorOccurred);
        MainWindow &window = fixture.window;
        window.show();
        auto *pauseAfter = window.findChild<QAction *>(QStringLiteral("pause-after-lines"));
        QVERIFY(pauseAfter);
        pauseAfter->trigger();
        QVERIFY(window.session().open(m_syncDir.filePath("ep.mp3"), true, 0));
        QTRY_VERIFY_WITH_TIMEOUT(backend->duration() > 0, 10000);

        std::vector<qint64> stoppedAt;
        std::vector<MonitorRecorder::Clock::time_point> pressed, paused;
        for (int line = 0; line < 2; ++line) {
            pressed.push_back(MonitorRecorder::Clock::now());
            window.session().playPause();
            QTRY_COMPARE_WITH_TIMEOUT(backend->state(), PlaybackBackend::State::Playing, 5000);
            QTRY_COMPARE_WITH_TIMEOUT(
                backend->state(), PlaybackBackend::State::Paused, lines[line].end - lines[line].start + 5000);
            paused.push_back(MonitorRecorder::Clock::now());
            stoppedAt.push_back(window.session().position());
            QTest::qWait(1500); // longer than the gap between lines: the next line would be heard
        }
        recorder.stop();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));

        // The window stopped at each line's end, within a tick or two.
        for (int line = 0; line < 2; ++line)
            QVERIFY2(stoppedAt[line] >= lines[line].end && stoppedAt[line] <= lines[line].end + 120,
                qPrintable(QStringLiteral("line %1 ends at %2 ms; playback stopped at %3 ms")
                               .arg(line)
                               .arg(lines[line].end)
                               .arg(stoppedAt[line])));

        // What was heard: each line to (nearly) its end, nothing of the line after it, silence while paused.
        const std::vector<float> recording = asFloat(recorder.samples());
        const int window300 = kRate * 3 / 10;
        SoundLocator locator(halveRate(m_syncWav), window300, kRate / 20, kRate);
        locator.locate(recording);
        QVERIFY(locator.matches().size() > 20);
        for (int line = 0; line < 2; ++line) {
            const double from = recorder.sampleAt(pressed[line]);
            const double to = recorder.sampleAt(paused[line]);
            const double nextPress
                = line + 1 < 2 ? recorder.sampleAt(pressed[line + 1]) : double(recording.size());
            // A window of sound ending in the pause's silence matches anywhere in the silence between two
            // lines; one that reached into the next line's first word would not.
            const qint64 nextLine = lines[line + 1].start;
            qint64 lastHeard = -1;
            for (const auto &m : locator.matches()) {
                if (double(m.recordingStart) < from || double(m.recordingStart) >= nextPress)
                    continue;
                const qint64 endMs = (m.referenceStart + window300) * 1000 / kRate;
                QVERIFY2(endMs <= nextLine + 50,
                    qPrintable(
                        QStringLiteral("heard episode %1 ms after line %2; the next line starts at %3 ms")
                            .arg(endMs)
                            .arg(line)
                            .arg(nextLine)));
                lastHeard = std::max(lastHeard, std::min(endMs, lines[line].end));
            }
            double energy = 0;
            const auto quietFrom = std::size_t(to + kRate * 0.15), quietTo = std::size_t(nextPress);
            QVERIFY(quietTo > quietFrom + kRate);
            for (std::size_t i = quietFrom; i < quietTo && i < recording.size(); ++i)
                energy += double(recording[i]) * recording[i];
            const double pausedRms = std::sqrt(energy / double(quietTo - quietFrom));
            qInfo("line %d (%lld–%lld ms): heard up to %lld ms, stopped at %lld ms, RMS while paused %.1f",
                line, lines[line].start, lines[line].end, lastHeard, stoppedAt[line], pausedRms);
            QVERIFY2(lastHeard >= lines[line].end - 400,
                qPrintable(QStringLiteral("line %1 was heard only to %2 ms of %3")
                               .arg(line)
                               .arg(lastHeard)
                               .arg(lines[line].end)));
            QVERIFY2(pausedRms < 20, qPrintable(QStringLiteral("RMS %1 while paused").arg(pausedRms)));
        }
    }

    // An A–B loop with real sound: only the span is heard, from A again each time B is passed.
    void loopPlaysOnlyItsSpan()
    {
        QVERIFY(makeSyncEpisode());
        const Segment &line = m_syncTruth.segments.value(2);
        QVERIFY(line.words.size() > 12);
        const qint64 a = line.words[2].start, b = line.words[11].start;
        QVERIFY2(b - a > 1500, qPrintable(QString::number(b - a)));
        MonitorRecorder recorder("hark_test_sink", kRate);
        QVERIFY(recorder.start());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.sampleCount() > 0, 5000);
        test::Window<MediaPlayerBackend> fixture;
        auto *backend = fixture.backend;
        QSignalSpy errors(backend, &PlaybackBackend::errorOccurred);
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(window.session().open(m_syncDir.filePath("ep.mp3"), true, a));
        QTRY_VERIFY_WITH_TIMEOUT(backend->duration() > 0, 10000);
        QTRY_VERIFY(std::abs(window.session().position() - a) < 50);
        window.findChild<QAction *>(QStringLiteral("loop-start"))->trigger();
        window.session().seekTo(b);
        window.findChild<QAction *>(QStringLiteral("loop-end"))->trigger(); // and back to A
        QTRY_VERIFY(std::abs(window.session().position() - a) < 50);
        std::vector<std::pair<MonitorRecorder::Clock::time_point, qint64>> said;
        QTimer sampler;
        sampler.setTimerType(Qt::PreciseTimer);
        sampler.setInterval(5);
        connect(&sampler, &QTimer::timeout, this,
            [&] { said.emplace_back(MonitorRecorder::Clock::now(), window.session().position()); });
        sampler.start();
        const auto startedAt = MonitorRecorder::Clock::now();
        // Played until the session has gone back to A three times and is half a second into the fourth pass
        // (each wrap is a seek): on a busy machine that takes as long as it takes.
        QSignalSpy wraps(&window.session(), &PlayerSession::seeked);
        window.session().playPause();
        QTRY_VERIFY_WITH_TIMEOUT(
            wraps.count() >= 3 && window.session().position() > a + 500, int(20 * (b - a)));
        recorder.stop();
        sampler.stop();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));

        const std::vector<float> recording = asFloat(recorder.samples());
        const int window300 = kRate * 3 / 10;
        SoundLocator locator(halveRate(m_syncWav), window300, kRate / 20, kRate);
        locator.locate(recording);
        QVERIFY(locator.matches().size() > 20);
        const double from = recorder.sampleAt(startedAt);
        auto saidAt = [&](double recordingSample) -> std::optional<qint64> {
            const auto wall = recorder.firstSampleTime()
                + std::chrono::duration_cast<MonitorRecorder::Clock::duration>(
                    std::chrono::duration<double>(recordingSample / kRate));
            auto it = std::lower_bound(
                said.begin(), said.end(), wall, [](const auto &p, auto t) { return p.first < t; });
            if (it == said.end() || it == said.begin())
                return std::nullopt;
            return it->second;
        };
        // The recording falls into runs of continuous sound, one per pass through the loop (a quiet moment
        // may shift the match a little: the runs break only at a jump). A window that
        // straddles a wrap (or the start of playback) mixes two places, and the locator, which follows on
        // from its last match, carries that mix into the windows after it: so each run is judged a whole
        // window in from both of its ends.
        std::vector<std::vector<SoundLocator::Match>> runs;
        for (const auto &m : locator.matches()) {
            if (double(m.recordingStart) < from)
                continue;
            if (!runs.empty()) {
                const SoundLocator::Match &last = runs.back().back();
                const qint64 drift
                    = (m.referenceStart - last.referenceStart) - (m.recordingStart - last.recordingStart);
                if (std::abs(drift) <= kRate * 15 / 100
                    && m.recordingStart - last.recordingStart <= kRate / 2) {
                    runs.back().push_back(m);
                    continue;
                }
            }
            runs.push_back({ m });
        }
        std::vector<double> lags; // what the window said minus what was heard, inside the runs
        int passes = 0;
        qint64 previousLastRecording = 0;
        for (const auto &run : runs) {
            const qint64 firstRecording = run.front().recordingStart,
                         lastRecording = run.back().recordingStart;
            const qint64 heardFrom = (run.front().referenceStart + window300) * 1000 / kRate;
            const qint64 heardTo = run.back().referenceStart * 1000 / kRate;
            if (qEnvironmentVariableIsSet("HARK_SYNC_DEBUG"))
                qInfo("run at %lld–%lld ms of the recording: %zu windows, %lld–%lld ms of the episode",
                    firstRecording * 1000 / kRate, lastRecording * 1000 / kRate, run.size(), heardFrom,
                    heardTo);
            if (run.size() < 10)
                continue; // a stray match in a pause
            qInfo("pass %d: heard %lld–%lld ms of the episode", passes + 1, heardFrom, heardTo);
            // Within 100 ms of the loop's ends, less than half a syllable: idle, each pass is located within
            // 10 ms of A; with four CPU hogs on the two cores a pass was located 79 ms before A and the next
            // 66 ms after it, the locator's own spread under load (a real early seek would repeat).
            QVERIFY2(heardFrom >= a - kToleranceMs && heardTo <= b + kToleranceMs,
                qPrintable(QStringLiteral("heard %1–%2 ms of the episode, outside the loop %3–%4 ms")
                               .arg(heardFrom)
                               .arg(heardTo)
                               .arg(a)
                               .arg(b)));
            // Every pass plays the whole span. A pass after a wrap is heard from A on: where it is first
            // located is A plus the time since the previous pass was last heard (a window mixing the end of
            // the span with its start follows on from where B was, and under load a few windows after the
            // wrap may not be located at all). The first pass may be found a window or two late in quiet
            // sound, and the last is cut short by the end of the recording.
            if (passes > 0) {
                const qint64 unlocatedMs
                    = std::max<qint64>(0, (firstRecording - previousLastRecording) * 1000 / kRate - 50);
                QVERIFY2(heardFrom <= a + unlocatedMs + 150,
                    qPrintable(QStringLiteral("pass %1 heard from %2 ms, %3 ms after the last pass was heard")
                                   .arg(passes + 1)
                                   .arg(heardFrom)
                                   .arg(unlocatedMs + 50)));
            }
            previousLastRecording = lastRecording;
            if (&run != &runs.back())
                QVERIFY2(heardFrom <= a + 600 && heardTo >= b - 600,
                    qPrintable(QStringLiteral("pass %1 heard only %2–%3 ms")
                                   .arg(passes + 1)
                                   .arg(heardFrom)
                                   .arg(heardTo)));
            ++passes;
            const std::size_t lagsBefore = lags.size();
            for (const auto &m : run) {
                if (m.recordingStart < firstRecording + window300
                    || m.recordingStart > lastRecording - window300)
                    continue;
                if (const auto says = saidAt(double(m.recordingStart + window300 / 2)))
                    lags.push_back(double(*says) - double(m.referenceStart + window300 / 2) * 1000.0 / kRate);
            }
            if (qEnvironmentVariableIsSet("HARK_SYNC_DEBUG"))
                qInfo("pass %d: the window said minus what was heard, median %.0f ms", passes,
                    percentile(std::vector<double>(lags.begin() + qsizetype(lagsBefore), lags.end()), 0.5));
        }
        qInfo("loop %lld–%lld ms: %d passes; the window said minus what was heard: median %.0f ms, min %.0f, "
              "max %.0f (%zu moments)",
            a, b, passes, percentile(lags, 0.5), percentile(lags, 0), percentile(lags, 1), lags.size());
        QVERIFY2(
            passes >= 3, qPrintable(QStringLiteral("%1 passes through the loop were heard").arg(passes)));
        QVERIFY(lags.size() > 50);
        // After a seek in this 22.05 kHz file the window leads the sound by 60-75 ms (about LAME's
        // 1105-sample encoder delay, 50 ms, more than after a seek in the 16 kHz file of
        // seekLandsWhereHarkSays): judged with room for that, and reported in docs/benchmarks.md.
        QVERIFY2(std::abs(percentile(lags, 0.5)) <= kToleranceMs && std::abs(percentile(lags, 0)) <= 150
                && std::abs(percentile(lags, 1)) <= 150,
            "the window did not say where the loop was heard");
    }

    // After a jump in a 30-minute VBR MP3, what is heard is where the window says playback is.
    void seekLandsWhereHarkSays_data()
    {
        QTest::addColumn<bool>("paused");
        QTest::addColumn<qint64>("openAt");
        QTest::addColumn<qint64>("jumpTo"); // -1: no jump to a time after opening
        QTest::addColumn<qint64>("jumpBy"); // 0: no jump by an amount after opening
        // How long it stays paused before Play is pressed: opened paused, after the jump; opened playing,
        // the pause is pressed a second into playback (0: not paused).
        QTest::addColumn<int>("pauseFor");

        QTest::addRow("opened at 25:00") << false << qint64(25 * 60'000) << qint64(-1) << qint64(0) << 0;
        QTest::addRow("back from 25:00 to 4:59.5 while playing")
            << false << qint64(25 * 60'000) << qint64(299'500) << qint64(0) << 0;
        QTest::addRow("paused at 1:00, on to 29:30, then played at once")
            << true << qint64(60'000) << qint64(29 * 60'000 + 30'000) << qint64(0) << 0;
        QTest::addRow("paused at 1:00, on to 29:30, played 3 s later")
            << true << qint64(60'000) << qint64(29 * 60'000 + 30'000) << qint64(0) << 3000;
        QTest::addRow("paused 3 s at 15:00, then played on")
            << false << qint64(15 * 60'000) << qint64(-1) << qint64(0) << 3000;
        QTest::addRow("paused at 15:00, back to 5:00, played 3 s later")
            << false << qint64(15 * 60'000) << qint64(5 * 60'000) << qint64(0) << 3000;
        QTest::addRow("from 12:34.567 to 17:41.123 while playing")
            << false << qint64(754'567) << qint64(1'061'123) << qint64(0) << 0;
        QTest::addRow("back 5 s over what just played, at 9:00")
            << false << qint64(9 * 60'000) << qint64(-1) << qint64(-5000) << 0;
        QTest::addRow("forward 5 s, at 21:00")
            << false << qint64(21 * 60'000) << qint64(-1) << qint64(5000) << 0;
    }

    void seekLandsWhereHarkSays()
    {
        QFETCH(bool, paused);
        QFETCH(qint64, openAt);
        QFETCH(qint64, jumpTo);
        QFETCH(qint64, jumpBy);
        QFETCH(int, pauseFor);
        if (m_longEpisode.isEmpty()) {
            QString out;
            QVERIFY(hark::test::writeWav(
                m_longDir.filePath("long.wav"), SlotSignal::render(kLongMinutes * 60, 16000), 16000));
            QVERIFY2(run(QStringLiteral("lame"),
                         { "--quiet", "-V5", m_longDir.filePath("long.wav"), m_longDir.filePath("long.mp3") },
                         &out),
                qPrintable(out));
            QFile::remove(m_longDir.filePath("long.wav"));
            m_longEpisode = m_longDir.filePath("long.mp3");
        }

        // Without a workaround, about one jump in seven while playing was followed by silence while the
        // position ran on (GST_DEBUG=3: audiobasesink "correct clock skew" warnings with absurd values);
        // MediaPlayerBackend now gives the player a fresh audio output around such a seek. Should it happen
        // again, it is counted, reported, and the jump tried again, up to four times. See docs/benchmarks.md.
        for (int attempt = 1;; ++attempt) {
            const std::optional<std::vector<double>> errors
                = jumpAndListen(paused, openAt, jumpTo, jumpBy, pauseFor);
            if (QTest::currentTestFailed())
                return;
            if (!errors) {
                ++m_silentJumps;
                qWarning(
                    "attempt %d: silence after the jump while the position ran on (a stalled sink)", attempt);
                QVERIFY2(attempt < 4, "silence after the jump, four times in a row");
                continue;
            }
            qInfo("window minus heard over %zu moments: median %.0f ms, min %.0f, max %.0f", errors->size(),
                percentile(*errors, 0.5), percentile(*errors, 0), percentile(*errors, 1));
            QVERIFY(errors->size() > 10);
            // Every moment within what a listener notices, and in the middle within the highlight's own
            // tolerance (the first moments after Play may lead by more: the window's clock starts when Qt
            // says Playing, a little before the sound comes out, and on a busy machine longer before).
            QVERIFY2(percentile(*errors, 0) >= -kUnnoticedLagMs && percentile(*errors, 1) <= kUnnoticedLeadMs
                    && std::abs(percentile(*errors, 0.5)) <= kToleranceMs,
                "what was heard was not where the window said");
            return;
        }
    }

    // Up Next with the real player: the episode playing ends, and the next one queued (in the window's
    // Library) starts by itself where it was left, 5 s before; what comes out of the sink is that episode
    // from there on. The one that ended is marked played, and the Library shows how far the next was heard.
    void upNextPlaysOnWhereTheNextWasLeft()
    {
        constexpr int rate = 8000;
        constexpr qint64 leftAt = 12'000, resumesAt = leftAt - PlayerSession::kResumeBackMs;
        QTemporaryDir files;
        // The first: 3 s of a 440 Hz tone. The next: 30 s of the slot signal, each moment unlike any other.
        std::vector<float> tone(3 * 16000);
        for (std::size_t i = 0; i < tone.size(); ++i)
            tone[i] = float(9000.0 * std::sin(2 * M_PI * 440.0 * double(i) / 16000.0));
        QVERIFY(hark::test::writeWav(files.filePath("first.wav"), tone, 16000));
        QVERIFY(hark::test::writeWav(files.filePath("next.wav"), SlotSignal::render(30, 16000), 16000));
        test::HttpTestServer server;
        QString items;
        for (const char *name : { "first", "next" }) {
            QString out;
            const QString mp3 = files.filePath(QLatin1String(name) + ".mp3");
            QVERIFY2(run(QStringLiteral("lame"),
                         { "--quiet", "-V5", files.filePath(QLatin1String(name) + ".wav"), mp3 }, &out),
                qPrintable(out));
            QFile f(mp3);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray path = "/" + QByteArray(name) + ".mp3";
            server.route(path, test::HttpRoute { .body = f.readAll(), .contentType = "audio/mpeg" });
            items += QStringLiteral("<item><title>%1</title><guid>%1</guid><enclosure url=\"%2\" "
                                    "type=\"audio/mpeg\"/></item>")
                         .arg(QLatin1String(name), server.url(path).toString());
        }
        server.route("/feed.xml",
            test::HttpRoute {
                .body = QStringLiteral("<rss version=\"2.0\"><channel><title>Queue</title>%1</channel></rss>")
                            .arg(items)
                            .toUtf8() });

        test::Window<MediaPlayerBackend> fixture;
        MainWindow &window = fixture.window;
        QVERIFY(fixture.addLibrary());
        PodcastLibrary &library = *fixture.podcasts;
        library.fetcher().setProxy(QNetworkProxy::NoProxy);
        QSignalSpy subscribed(&library, &PodcastLibrary::subscribed);
        library.subscribe(server.url("/feed.xml"));
        QVERIFY(subscribed.wait(20'000));
        QSignalSpy downloaded(&library, &PodcastLibrary::downloadFinished);
        QHash<QString, qint64> ids;
        for (const LibraryDatabase::Episode &e : library.database().allEpisodes()) {
            ids.insert(e.title, e.id);
            library.download(e.id);
        }
        QCOMPARE(ids.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 2, 20'000);
        const QString first = library.database().episode(ids["first"])->download.path;
        const QString next = library.database().episode(ids["next"])->download.path;
        QVERIFY(QFile::exists(first) && QFile::exists(next));
        // The next was heard to 12 s before (the library keeps the player's memory).
        library.setEpisode(episodeKey(next), { leftAt, 1.0, 0, next, 30'000 });
        // Queued from the Library, as a listener does.
        LibraryPanel *panel = window.libraryPanel();
        panel->episodesView()->setCurrentIndex(
            panel->episodeModel()->index(panel->episodeModel()->rowOf(ids["next"]), 0));
        window.findChild<QAction *>("add-to-queue")->trigger();
        QCOMPARE(library.database().queue(), QList<qint64> { ids["next"] });

        MonitorRecorder recorder("hark_test_sink", rate);
        QVERIFY(recorder.start());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.sampleCount() > 0, 5000);
        QSignalSpy errors(fixture.backend, &PlaybackBackend::errorOccurred);
        QVERIFY(window.session().open(first));
        const auto playing = [&window] {
            return window.session().episode() ? window.session().episode()->audioPath() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(playing(), next, 15'000);
        const MonitorRecorder::Clock::time_point switched = MonitorRecorder::Clock::now();
        QTRY_VERIFY_WITH_TIMEOUT(window.session().position() > resumesAt + 3000, 10'000);
        recorder.stop();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QCOMPARE(fixture.backend->state(), PlaybackBackend::State::Playing);
        QVERIFY(library.database().episode(ids["first"])->played);
        QVERIFY(library.database().queue().isEmpty());

        // What was heard since the switch, placed on the next episode's timeline: from about 7 s on.
        const std::vector<qint16> all = recorder.samples();
        const auto from = std::size_t(std::max(0.0, recorder.sampleAt(switched)));
        QVERIFY(from < all.size());
        SoundLocator locator(SlotSignal::render(30, rate), rate * 3 / 10, rate / 10, rate);
        locator.locate(std::vector<float>(all.begin() + qsizetype(from), all.end()));
        QVERIFY2(locator.matches().size() > 10,
            qPrintable(
                QStringLiteral("%1 stretches of the next episode heard").arg(locator.matches().size())));
        const double firstHeardMs = double(locator.matches().front().referenceStart) * 1000.0 / rate;
        qInfo("the next episode was first heard at %.0f ms of it (resumed at %lld ms)", firstHeardMs,
            resumesAt);
        QVERIFY2(std::abs(firstHeardMs - double(resumesAt)) < 1000,
            qPrintable(
                QStringLiteral("first heard at %1 ms, not near %2 ms").arg(firstHeardMs).arg(resumesAt)));
        for (const auto &m : locator.matches())
            QVERIFY2(
                m.referenceStart * 1000 / rate >= resumesAt - 1000, "heard from before where it was left");

        // Paused, the Library shows how far the next one was heard.
        window.session().playPause();
        QTRY_COMPARE_WITH_TIMEOUT(fixture.backend->state(), PlaybackBackend::State::Paused, 5000);
        const QModelIndex state
            = panel->episodeModel()->index(panel->episodeModel()->rowOf(ids["next"]), EpisodeModel::State);
        QTRY_VERIFY_WITH_TIMEOUT(state.data().toString().contains("% heard"), 5000);
        qInfo("the Library says: %s", qPrintable(state.data().toString()));
    }

    void cleanupTestCase()
    {
        if (m_silentJumps > 0)
            qWarning("%d jumps were followed by silence (retried)", m_silentJumps);
    }

private:
    // Synthesizes the short two-voice episode once: ep.mp3 in m_syncDir, its samples and its exact timings.
    bool makeSyncEpisode()
    {
        if (!m_syncWav.empty())
            return true;
        bool made = false;
        [&] {
            QString out;
            const QString script = QFINDTESTDATA("data/sync/sync.script");
            QVERIFY(!script.isEmpty());
            const QString wav = m_syncDir.filePath("ep.wav");
            QVERIFY2(run(QStringLiteral(HARK_SYNTH), { script, wav, m_syncDir.filePath("ep.vtt") }, &out),
                qPrintable(out));
            QVERIFY2(run(QStringLiteral("lame"),
                         { "--quiet", "-m", "m", "-b", "64", wav, m_syncDir.filePath("ep.mp3") }, &out),
                qPrintable(out));
            int wavRate = 0;
            std::vector<float> samples = hark::test::readWav(wav, &wavRate);
            QCOMPARE(wavRate, 2 * kRate);
            ReadResult truth = TranscriptFile::read(m_syncDir.filePath("ep.vtt"));
            QVERIFY(truth.transcript);
            // Only the MP3 beside the truth: the window is to find ep.vtt as the episode's transcript.
            QVERIFY(QFile::remove(wav));
            m_syncTruth = std::move(*truth.transcript);
            m_syncWav = std::move(samples);
            made = true;
        }();
        return made;
    }

    // Opens the 30-minute episode, jumps and pauses as asked, listens 2.5 s from the jump (or from Play) and
    // returns what the window said minus what was heard at each located moment since; std::nullopt when
    // nothing at all was heard.
    std::optional<std::vector<double>> jumpAndListen(
        bool paused, qint64 openAt, qint64 jumpTo, qint64 jumpBy, int pauseFor)
    {
        constexpr int rate = 8000;
        std::optional<std::vector<double>> result;
        [&] {
            MonitorRecorder recorder("hark_test_sink", rate);
            QVERIFY(recorder.start());
            QTRY_VERIFY_WITH_TIMEOUT(recorder.sampleCount() > 0, 5000);
            test::Window<MediaPlayerBackend> fixture;
            auto *backend = fixture.backend;
            QSignalSpy playerErrors(backend, &PlaybackBackend::errorOccurred);
            MainWindow &window = fixture.window;
            struct Said
            {
                MonitorRecorder::Clock::time_point at;
                qint64 position;
            };
            std::vector<Said> said;
            QTimer sampler;
            sampler.setTimerType(Qt::PreciseTimer);
            sampler.setInterval(5);
            connect(&sampler, &QTimer::timeout, this, [&] {
                said.push_back({ MonitorRecorder::Clock::now(), window.session().position() });
            });
            QVERIFY(window.session().open(m_longEpisode, paused, openAt));
            QTRY_VERIFY_WITH_TIMEOUT(backend->duration() > 0, 10000);
            QVERIFY2(std::abs(backend->duration() - qint64(kLongMinutes * 60'000)) < 500,
                qPrintable(QString::number(backend->duration())));
            if (!paused)
                QTRY_VERIFY_WITH_TIMEOUT(window.session().position() > openAt + 1000, 10000);
            if (!paused && pauseFor > 0) {
                window.session().playPause();
                QTRY_COMPARE_WITH_TIMEOUT(backend->state(), PlaybackBackend::State::Paused, 5000);
            }
            qint64 target = window.session().position();
            if (jumpTo >= 0 || jumpBy != 0) {
                target = jumpTo >= 0 ? jumpTo : target + jumpBy;
                window.session().seekTo(target);
            }
            if (pauseFor > 0)
                QTest::qWait(pauseFor);
            // Heard from here on: the jump while playing, else Play.
            const MonitorRecorder::Clock::time_point jumpedAt = MonitorRecorder::Clock::now();
            if (paused || pauseFor > 0)
                window.session().playPause();
            sampler.start();
            QTRY_VERIFY_WITH_TIMEOUT(window.session().position() > target + 2500, 10000);
            sampler.stop();
            recorder.stop();
            QVERIFY2(playerErrors.isEmpty(), qPrintable(playerErrors.value(0).value(0).toString()));

            // Locate what was heard after the jump, near where the window said it was.
            const std::vector<qint16> all = recorder.samples();
            const auto from = std::size_t(std::max(0.0, recorder.sampleAt(jumpedAt)));
            QVERIFY(from < all.size());
            std::vector<float> recording(all.begin() + qsizetype(from), all.end());
            auto saidAt = [&](double recordingSample) -> std::optional<qint64> {
                const auto wall = recorder.firstSampleTime()
                    + std::chrono::duration_cast<MonitorRecorder::Clock::duration>(
                        std::chrono::duration<double>((recordingSample + double(from)) / rate));
                auto it = std::lower_bound(
                    said.begin(), said.end(), wall, [](const Said &s, auto t) { return s.at < t; });
                if (it == said.end() || it == said.begin())
                    return std::nullopt;
                return it->position;
            };
            SoundLocator locator(SlotSignal::render(kLongMinutes * 60, rate), rate * 3 / 10, rate / 10, rate);
            locator.locate(
                recording, 0.6, [&](qint64 n) { return saidAt(double(n)).value_or(target) * rate / 1000; },
                3 * rate);
            double energy = 0;
            for (float v : recording)
                energy += double(v) * v;
            double lastEnergy = 0; // of the last two seconds: a stalled sink plays digital silence
            for (std::size_t i = recording.size() - std::min<std::size_t>(recording.size(), 2 * rate);
                 i < recording.size(); ++i)
                lastEnergy += double(recording[i]) * recording[i];
            if (lastEnergy / (2.0 * rate) < 1.0)
                return;
            QVERIFY2(locator.matches().size() > 10,
                qPrintable(QStringLiteral("%1 stretches located in %2 s of recording (RMS %3) near %4 ms")
                               .arg(locator.matches().size())
                               .arg(double(recording.size()) / rate)
                               .arg(std::sqrt(energy / double(std::max<std::size_t>(1, recording.size()))))
                               .arg(target)));

            std::vector<double> errors;
            // The stretches located first after the jump may straddle the moment the new sound began (with
            // the old sound or silence before it), so their matches are skewed: judge from the first that
            // starts a whole stretch (0.3 s) after the first one located.
            const qint64 settled = locator.matches().front().recordingStart + rate * 3 / 10;
            for (const auto &m : locator.matches()) {
                if (m.recordingStart < settled)
                    continue;
                const double n = double(m.recordingStart + rate * 3 / 20); // the middle of the window
                const auto says = saidAt(n);
                if (!says)
                    continue;
                errors.push_back(
                    double(*says) - (double(m.referenceStart) + rate * 3 / 20.0) * 1000.0 / rate);
                if (qEnvironmentVariableIsSet("HARK_SYNC_DEBUG"))
                    qInfo("rec %.0f ms: says %lld, heard %.0f, score %.3f", n * 1000.0 / rate, *says,
                        (double(m.referenceStart) + rate * 3 / 20.0) * 1000.0 / rate, m.score);
            }
            result = std::move(errors);
        }();
        return result;
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestPlaybackSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_playbacksync.moc"

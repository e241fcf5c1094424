// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/alignment.h"

#include "media/pcmdecoder.h"

#include <QElapsedTimer>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace hark {

AlignmentResult alignEpisode(const QString &audioPath, const Transcript &transcript,
    const align::Aligner::Options &options, const std::function<void(qint64, qint64)> &progress,
    const std::atomic<bool> *cancel)
{
    AlignmentResult result;
    QElapsedTimer timer;
    timer.start();
    align::Aligner aligner(transcript, options);
    if (!aligner.error().isEmpty()) {
        result.error = aligner.error();
        return result;
    }
    std::atomic<qint64> total { -1 };
    std::mutex mutex;
    std::condition_variable wake;
    bool done = false;
    // Passes a cancel on within 50 ms and reports progress every 200 ms, while decoding and while the last
    // chunks are recognized.
    std::thread watcher([&] {
        std::unique_lock lock(mutex);
        for (int tick = 1; !wake.wait_for(lock, std::chrono::milliseconds(50), [&] { return done; });
             ++tick) {
            if (cancel && cancel->load())
                aligner.cancel();
            if (progress && tick % 4 == 0)
                progress(aligner.recognizedMs(), total.load());
        }
    });
    const PcmDecoder::Result decoded = PcmDecoder::decode(
        audioPath,
        [&](const qint16 *samples, qsizetype count) {
            if (cancel && cancel->load())
                return false;
            aligner.addSamples(samples, count);
            return true;
        },
        [&](qint64, qint64 duration) { total = duration; });
    if (!decoded.error.isEmpty()) {
        aligner.cancel();
        result.error = decoded.error;
    }
    if (decoded.ok())
        total = decoded.samples * 1000 / PcmDecoder::kSampleRate;
    result.transcript = aligner.finish(&result.report);
    {
        std::lock_guard lock(mutex);
        done = true;
    }
    wake.notify_all();
    watcher.join();
    result.cancelled = (cancel && cancel->load()) || decoded.cancelled;
    if (result.cancelled || !result.error.isEmpty())
        result.transcript.reset();
    else if (progress)
        progress(total, total);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace hark

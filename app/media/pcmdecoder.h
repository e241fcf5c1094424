// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace hark {

/// Decodes an audio file to 16 kHz mono 16-bit PCM for the aligner, streaming: samples are handed over in
/// small blocks as they are decoded and never held whole (three hours would be 345 MB). It decodes with
/// GStreamer through QAudioDecoder, the decoder family that plays the file, so the samples sit on the
/// timeline the listener hears (LAME's encoder delay trimmed the same way).
class PcmDecoder
{
public:
    static constexpr int kSampleRate = 16000;

    /// Takes the next block of samples; returns false to stop decoding (a cancel).
    using Sink = std::function<bool(const qint16 *samples, qsizetype count)>;
    /// How far decoding has come, and the total when known (ms; -1 while unknown).
    using Progress = std::function<void(qint64 decodedMs, qint64 durationMs)>;

    struct Result
    {
        qint64 samples = 0; ///< handed to the sink
        bool cancelled = false; ///< the sink asked to stop
        QString error; ///< why decoding failed; empty when it did not
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    /// Decodes @p path into @p sink, blocking until the end, an error or a cancel. Runs an event loop of its
    /// own, so it can run in any thread (a worker's, typically).
    static Result decode(const QString &path, const Sink &sink, const Progress &progress = {});
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/pcmdecoder.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::PcmDecoder)
};

} // namespace

PcmDecoder::Result PcmDecoder::decode(const QString &path, const Sink &sink, const Progress &progress)
{
    Result result;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        result.error = Tr::tr("%1: cannot read the audio file").arg(path);
        return result;
    }
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);

    QAudioDecoder decoder;
    decoder.setAudioFormat(format);
    decoder.setSource(QUrl::fromLocalFile(info.absoluteFilePath())); // GStreamer needs an absolute URL
    QEventLoop loop;
    qint64 duration
        = -1; // once known, kept: the decoder forgets it as it finishes (its last buffers said -1)
    // The decoder keeps at most a few buffers queued and waits while they are unread: reading them as they
    // come, one at a time, is what paces it.
    const auto drain = [&] {
        while (decoder.bufferAvailable() && result.ok()) {
            const QAudioBuffer buffer = decoder.read();
            if (!buffer.isValid())
                return;
            if (buffer.format() != format) {
                result.error = Tr::tr("%1: the decoder gave %2 Hz audio in %3 channels, not 16 kHz mono")
                                   .arg(path)
                                   .arg(buffer.format().sampleRate())
                                   .arg(buffer.format().channelCount());
            } else if (!sink(buffer.constData<qint16>(), buffer.frameCount())) {
                result.cancelled = true;
            } else {
                result.samples += buffer.frameCount();
                duration = std::max(duration, decoder.duration());
                if (progress)
                    progress(result.samples * 1000 / kSampleRate, duration);
                continue;
            }
            decoder.stop();
            loop.quit();
        }
    };
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, drain);
    QObject::connect(
        &decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop, [&](QAudioDecoder::Error) {
            if (result.error.isEmpty())
                result.error = Tr::tr("%1: cannot decode the audio: %2").arg(path, decoder.errorString());
            loop.quit();
        });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, [&] {
        drain();
        loop.quit();
    });
    decoder.start();
    if (decoder.error() != QAudioDecoder::NoError) {
        result.error = Tr::tr("%1: cannot decode the audio: %2").arg(path, decoder.errorString());
        return result;
    }
    loop.exec();
    if (result.error.isEmpty() && !result.cancelled && result.samples == 0)
        result.error = Tr::tr("%1: no audio was found in the file").arg(path);
    return result;
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes 16-bit mono PCM WAV files for tests that make their own audio (then lame makes MP3s of them).

#include <QFile>
#include <QString>

#include <algorithm>
#include <vector>

namespace hark::test {

inline bool writeWav(const QString &path, const std::vector<float> &samples, int rate)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const quint32 dataBytes = quint32(samples.size() * 2);
    auto u32 = [&](quint32 v) { f.write(reinterpret_cast<const char *>(&v), 4); };
    auto u16 = [&](quint16 v) { f.write(reinterpret_cast<const char *>(&v), 2); };
    f.write("RIFF");
    u32(36 + dataBytes);
    f.write("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(quint32(rate));
    u32(quint32(rate * 2));
    u16(2);
    u16(16);
    f.write("data");
    u32(dataBytes);
    std::vector<qint16> pcm(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        pcm[i] = qint16(std::clamp(samples[i], -32768.0f, 32767.0f));
    return f.write(reinterpret_cast<const char *>(pcm.data()), qint64(dataBytes)) == qint64(dataBytes);
}

} // namespace hark::test

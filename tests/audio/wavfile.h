// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes and reads 16-bit mono PCM WAV files for tests that make their own audio (then lame makes MP3s of
// them).

#include <QFile>
#include <QString>

#include <algorithm>
#include <cstring>
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

/// The samples of a 16-bit mono WAV file with a 44-byte header (as writeWav and hark-synth write them);
/// empty when it is not one. Sets @p rate.
inline std::vector<float> readWav(const QString &path, int *rate)
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

} // namespace hark::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/mp3seekmap.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace hark {

namespace {

struct FrameHeader
{
    int length = 0; ///< bytes, header included
    int samples = 0; ///< per frame
    int rate = 0;
};

quint32 bigEndian32(const char *p)
{
    return quint32(quint8(p[0])) << 24 | quint32(quint8(p[1])) << 16 | quint32(quint8(p[2])) << 8
        | quint32(quint8(p[3]));
}

// An MPEG audio layer III frame header (MPEG 1, 2 or 2.5), or nullopt.
std::optional<FrameHeader> parseHeader(QByteArrayView data, qsizetype at)
{
    if (at + 4 > data.size())
        return std::nullopt;
    const quint32 h = bigEndian32(data.data() + at);
    if ((h >> 21) != 0x7ff)
        return std::nullopt;
    const int version = int(h >> 19) & 3; // 0: MPEG 2.5, 2: MPEG 2, 3: MPEG 1
    const int layer = int(h >> 17) & 3; // 1: layer III
    const int bitrateIndex = int(h >> 12) & 15;
    const int rateIndex = int(h >> 10) & 3;
    if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3)
        return std::nullopt;
    static constexpr int kBitratesV1[] = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 };
    static constexpr int kBitratesV2[] = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160 };
    static constexpr int kRatesV1[] = { 44100, 48000, 32000 };
    const bool mpeg1 = version == 3;
    FrameHeader f;
    f.rate = kRatesV1[rateIndex] / (mpeg1 ? 1 : version == 2 ? 2 : 4);
    f.samples = mpeg1 ? 1152 : 576;
    const int bitrate = (mpeg1 ? kBitratesV1 : kBitratesV2)[bitrateIndex] * 1000;
    f.length = (mpeg1 ? 144 : 72) * bitrate / f.rate + int(h >> 9 & 1);
    return f;
}

// Bytes of an ID3v2 tag at the start (header, body and footer), 0 when there is none.
qsizetype id3v2Size(QByteArrayView data)
{
    if (data.size() < 10 || !data.startsWith("ID3"))
        return 0;
    const auto b = [&](int i) { return qsizetype(quint8(data[i]) & 0x7f); };
    const bool footer = quint8(data[5]) & 0x10;
    return 10 + (b(6) << 21 | b(7) << 14 | b(8) << 7 | b(9)) + (footer ? 10 : 0);
}

} // namespace

std::optional<Mp3SeekMap> Mp3SeekMap::fromData(QByteArrayView data)
{
    const qsizetype start = std::min(id3v2Size(data), data.size());
    const QByteArrayView stream = data.sliced(start);

    // The first frame must be followed by another: a lone sync pattern in other data is not MP3.
    qsizetype at = 0;
    std::optional<FrameHeader> first;
    for (; at + 4 <= stream.size() && at < 64 * 1024; ++at) {
        first = parseHeader(stream, at);
        if (first && (at + first->length == stream.size() || parseHeader(stream, at + first->length)))
            break;
        first.reset();
    }
    if (!first)
        return std::nullopt;

    // The Xing/Info tag sits in the first frame, after the side information.
    const QByteArrayView frame = stream.sliced(at, std::min<qsizetype>(first->length, stream.size() - at));
    qsizetype tag = frame.indexOf("Xing");
    if (tag < 0)
        tag = frame.indexOf("Info");
    if (tag < 0 || tag + 8 > frame.size())
        return std::nullopt;
    const quint32 flags = bigEndian32(frame.data() + tag + 4);
    constexpr quint32 kFrames = 1, kBytes = 2, kToc = 4;
    if ((flags & (kFrames | kBytes | kToc)) != (kFrames | kBytes | kToc) || tag + 8 + 8 + 100 > frame.size())
        return std::nullopt;
    const quint32 frames = bigEndian32(frame.data() + tag + 8);
    const quint32 bytes = bigEndian32(frame.data() + tag + 12);
    if (frames == 0 || bytes == 0)
        return std::nullopt;

    Mp3SeekMap map;
    std::copy_n(reinterpret_cast<const quint8 *>(frame.data() + tag + 16), 100, map.m_toc.begin());
    map.m_frameMs = 1000.0 * first->samples / first->rate;
    map.m_tocBytes = bytes;
    map.m_tocDurationMs = double(frames) * map.m_frameMs;

    // Every audio frame after the tag's frame; after damage, resynchronize on the next valid header.
    map.m_frameStarts.reserve(frames);
    qsizetype p = at + first->length;
    while (p + 4 <= stream.size()) {
        const auto f = parseHeader(stream, p);
        if (!f || f->rate != first->rate || f->samples != first->samples) {
            ++p;
            continue;
        }
        map.m_frameStarts.push_back(p);
        p += f->length;
    }
    if (map.m_frameStarts.empty())
        return std::nullopt;
    return map;
}

std::optional<Mp3SeekMap> Mp3SeekMap::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return std::nullopt;
    if (const uchar *mapped = file.map(0, file.size()))
        return fromData(QByteArrayView(mapped, file.size()));
    return fromData(file.readAll());
}

qint64 Mp3SeekMap::durationMs() const
{
    return qint64(double(m_frameStarts.size()) * m_frameMs);
}

double Mp3SeekMap::tocBytePosition(double ms) const
{
    // As GStreamer's mpegaudioparse does it: the table gives the byte position, in 256ths of the stream,
    // at each percent of the duration; positions between are linear.
    const double percent = std::clamp(100.0 * ms / m_tocDurationMs, 0.0, 100.0);
    const int index = std::clamp(int(percent), 0, 99);
    const double a = m_toc[std::size_t(index)];
    const double b = index < 99 ? m_toc[std::size_t(index) + 1] : 256.0;
    return (a + (b - a) * (percent - index)) / 256.0 * m_tocBytes;
}

double Mp3SeekMap::frameTimeAt(double bytePosition) const
{
    const auto it
        = std::lower_bound(m_frameStarts.begin(), m_frameStarts.end(), qint64(std::ceil(bytePosition)));
    return double(it - m_frameStarts.begin()) * m_frameMs;
}

Mp3SeekMap::Seek Mp3SeekMap::seekFor(qint64 wantedMs) const
{
    // The time to ask for is the earliest whose landing frame starts at or after the wanted one; the
    // landing time only grows with the request, so bisect.
    const double wanted = std::clamp(double(wantedMs), 0.0, m_tocDurationMs);
    double lo = 0, hi = m_tocDurationMs;
    if (frameTimeAt(tocBytePosition(lo)) >= wanted)
        hi = lo;
    for (int i = 0; i < 60 && hi - lo > 0.5; ++i) {
        const double mid = (lo + hi) / 2;
        (frameTimeAt(tocBytePosition(mid)) >= wanted ? hi : lo) = mid;
    }
    const auto request = qint64(std::ceil(hi));
    const double landing = frameTimeAt(tocBytePosition(double(request)));
    return { request, qint64(std::llround(landing - double(request))) };
}

} // namespace hark

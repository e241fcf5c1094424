// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace hark {

/// Makes seeks in MP3 files with a Xing/Info table land where they claim to.
///
/// GStreamer's MP3 parser (what QMediaPlayer uses on Debian) turns a seek time into a byte position through
/// the file's 100-entry Xing table of contents, starts decoding at the next frame there, and labels that
/// audio with the time asked for. In a VBR file the table is coarse, so what plays can be seconds away
/// from the reported position: measured 0.5-5.2 s in a 30-minute `lame -V5` file (docs/benchmarks.md).
///
/// The map reproduces that guess from the same table, and knows from the frame headers where every frame
/// really starts. seekFor() picks the time to ask for so that the frame GStreamer lands on is the one
/// wanted, and says by how much the player's position will be off afterwards.
class Mp3SeekMap
{
public:
    struct Seek
    {
        qint64 request = 0; ///< the position to ask the player for (ms)
        qint64 offset = 0; ///< add to the player's position afterwards for the time really playing (ms)
    };

    /// Reads the frame layout of an MP3 stream (an ID3v2 tag in front is skipped). std::nullopt when the
    /// data is not MPEG audio layer III or carries no Xing/Info table (then the parser converts by bitrate,
    /// which is exact for constant bitrate).
    static std::optional<Mp3SeekMap> fromData(QByteArrayView data);
    /// The same for a file (memory-mapped); std::nullopt also when it cannot be read.
    static std::optional<Mp3SeekMap> fromFile(const QString &path);

    Seek seekFor(qint64 wantedMs) const;

    qint64 frameCount() const { return qint64(m_frameStarts.size()); }
    qint64 durationMs() const;

private:
    // Where GStreamer's parser starts for a seek to @p ms (bytes from the start of the MPEG stream).
    double tocBytePosition(double ms) const;
    // The time of the first frame at or after @p bytePosition.
    double frameTimeAt(double bytePosition) const;

    std::vector<qint64> m_frameStarts; ///< audio frames (the Xing frame excluded), from the stream's start
    std::array<quint8, 100> m_toc {};
    double m_tocBytes = 0; ///< the stream size the table is scaled to
    double m_tocDurationMs = 0; ///< the duration the table is scaled to
    double m_frameMs = 0;
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the MP3 frame scanner behind corrected seeks: any bytes give a map or none, never a
// crash or a hang, and no seek the map plans asks for a time before the start.
#include "media/mp3seekmap.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace hark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto map = Mp3SeekMap::fromData(QByteArrayView(data, qsizetype(size)));
    if (!map)
        return 0;
    for (qint64 wanted :
        { qint64(0), qint64(1), map->durationMs() / 3, map->durationMs(), qint64(1) << 40 }) {
        const Mp3SeekMap::Seek s = map->seekFor(wanted);
        if (s.request < 0)
            std::abort();
    }
    return 0;
}

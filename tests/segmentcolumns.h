// SPDX-License-Identifier: GPL-3.0-or-later
// Columns of a transcript's segments, for comparing against test tables.
#pragma once

#include "core/transcript.h"

namespace hark::test {

inline QStringList texts(const Transcript &t)
{
    QStringList out;
    for (const Segment &s : t.segments)
        out.append(s.text);
    return out;
}

inline QList<qint64> starts(const Transcript &t)
{
    QList<qint64> out;
    for (const Segment &s : t.segments)
        out.append(s.start);
    return out;
}

inline QList<qint64> ends(const Transcript &t)
{
    QList<qint64> out;
    for (const Segment &s : t.segments)
        out.append(s.end);
    return out;
}

inline QStringList speakers(const Transcript &t)
{
    QStringList out;
    for (const Segment &s : t.segments)
        out.append(t.speakerName(s.speaker));
    return out;
}

} // namespace hark::test

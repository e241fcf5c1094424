// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks measure of their own process.

#include <sys/resource.h>

namespace hark::bench {

/// User plus system CPU time so far (s).
inline double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// The peak resident memory so far (KiB).
inline long peakRssKiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace hark::bench

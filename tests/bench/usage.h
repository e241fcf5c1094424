// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks measure of their own process.

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

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

/// The median wall time of @p runs calls of @p f (ms).
template<typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace hark::bench

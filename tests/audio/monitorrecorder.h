// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records what a PulseAudio sink plays (its monitor, through parec) and knows *when* each sample sounded, on
// the same monotonic clock as QElapsedTimer and std::chrono::steady_clock.
//
// parec runs with a 10 ms latency request: the null sink then renders only ~10 ms ahead of its clock (its
// render-ahead follows the smallest latency asked of it or of its monitor), so a sample reaches the monitor
// within ~10-20 ms of the moment it is played. A reader thread timestamps every chunk as it arrives; since
// a chunk can only arrive after its last sample sounded, the earliest arrival relative to the sample count
// (the lower envelope) fixes the time of sample 0.

#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <mutex>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace hark::test {

class MonitorRecorder
{
public:
    using Clock = std::chrono::steady_clock;

    explicit MonitorRecorder(std::string sink, int rate = 11025)
        : m_sink(std::move(sink))
        , m_rate(rate)
    { }
    ~MonitorRecorder() { stop(); }

    /// Starts parec; false when it cannot run.
    bool start()
    {
        int fds[2];
        if (pipe(fds) != 0)
            return false;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        const std::string device = "--device=" + m_sink + ".monitor";
        const std::string rate = "--rate=" + std::to_string(m_rate);
        std::vector<std::string> args = { "parec", device, "--raw", "--format=s16le", rate, "--channels=1",
            "--latency-msec=10", "--client-name=hark-test-recorder" };
        std::vector<char *> argv;
        for (std::string &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        const int rc = posix_spawnp(&m_pid, "parec", &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        if (rc != 0) {
            close(fds[0]);
            return false;
        }
        m_fd = fds[0];
        m_thread = std::thread([this] { readLoop(); });
        return true;
    }

    void stop()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGTERM);
            waitpid(m_pid, nullptr, 0);
            m_pid = -1;
        }
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0) {
            close(m_fd);
            m_fd = -1;
        }
    }

    int rate() const { return m_rate; }

    std::size_t sampleCount() const
    {
        std::lock_guard lock(m_mutex);
        return m_samples.size();
    }

    /// The samples recorded so far (call after stop(), or accept a copy in flight).
    std::vector<qint16> samples() const
    {
        std::lock_guard lock(m_mutex);
        return m_samples;
    }

    /// When sample 0 sounded (the lower envelope of arrival time minus the duration of what had arrived);
    /// std::nullopt-like Clock::time_point{} before any data.
    Clock::time_point firstSampleTime() const
    {
        std::lock_guard lock(m_mutex);
        return m_firstSample;
    }

    /// Which sample sounded at @p t (may be negative or past the end).
    double sampleAt(Clock::time_point t) const
    {
        return std::chrono::duration<double>(t - firstSampleTime()).count() * m_rate;
    }

    /// How late chunks arrived after their last sample sounded, at a @p fraction (0.5 = median, 1 = worst),
    /// in ms: the uncertainty of the envelope, for the report.
    double arrivalLagMs(double fraction) const
    {
        std::lock_guard lock(m_mutex);
        std::vector<double> lags;
        for (const auto &[at, count] : m_arrivals)
            lags.push_back(std::chrono::duration<double, std::milli>(at - m_firstSample).count()
                - 1000.0 * double(count) / m_rate);
        if (lags.empty())
            return 0;
        std::sort(lags.begin(), lags.end());
        return lags[std::min(lags.size() - 1, std::size_t(fraction * double(lags.size())))];
    }

private:
    void readLoop()
    {
        std::vector<char> buffer(4096);
        std::size_t pendingByte = 0;
        char odd = 0;
        for (;;) {
            const ssize_t n = read(m_fd, buffer.data(), buffer.size());
            if (n <= 0)
                break;
            const auto arrived = Clock::now();
            std::lock_guard lock(m_mutex);
            std::size_t i = 0;
            if (pendingByte) {
                const unsigned char lo = static_cast<unsigned char>(odd);
                m_samples.push_back(qint16(lo | (static_cast<unsigned char>(buffer[0]) << 8)));
                i = 1;
                pendingByte = 0;
            }
            for (; i + 1 < std::size_t(n); i += 2) {
                const unsigned char lo = static_cast<unsigned char>(buffer[i]);
                m_samples.push_back(qint16(lo | (static_cast<unsigned char>(buffer[i + 1]) << 8)));
            }
            if (i < std::size_t(n)) {
                odd = buffer[i];
                pendingByte = 1;
            }
            const auto span = std::chrono::duration_cast<Clock::duration>(
                std::chrono::duration<double>(double(m_samples.size()) / m_rate));
            const Clock::time_point candidate = arrived - span;
            if (m_firstSample == Clock::time_point {} || candidate < m_firstSample)
                m_firstSample = candidate;
            m_arrivals.emplace_back(arrived, m_samples.size());
        }
    }

    std::string m_sink;
    int m_rate;
    pid_t m_pid = -1;
    int m_fd = -1;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::vector<qint16> m_samples;
    std::vector<std::pair<Clock::time_point, std::size_t>> m_arrivals;
    Clock::time_point m_firstSample {};
};

} // namespace hark::test

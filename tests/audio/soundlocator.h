// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Places a recording on an episode's timeline: for each stretch of recorded sound, where in the reference
// (the episode's own samples, at the recording's rate) it best matches, by normalized cross-correlation.
// Stretches are searched near where the previous one matched (playback is continuous between jumps) and
// across the whole reference when that fails, so jumps are found too.

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <vector>

namespace hark::test {

class SoundLocator
{
public:
    struct Match
    {
        qint64 recordingStart = 0; ///< first sample of the window in the recording
        qint64 referenceStart = 0; ///< where it matched in the reference
        double score = 0; ///< normalized correlation, 1 = identical shape
    };

    /// @p window and @p step are in samples; windows quieter than @p minRms are not located (silence
    /// matches anything). A window found by a fresh search (not next to the previous match) is located by
    /// the @p longWindow samples from its start.
    SoundLocator(std::vector<float> reference, int window, int step, int longWindow, double minRms = 300)
        : m_reference(std::move(reference))
        , m_window(window)
        , m_longWindow(longWindow)
        , m_step(step)
        , m_minRms(minRms)
    {
        m_energy.resize(m_reference.size() + 1);
        for (std::size_t i = 0; i < m_reference.size(); ++i)
            m_energy[i + 1] = m_energy[i] + double(m_reference[i]) * m_reference[i];
    }

    /// Locates every loud enough window of @p recording; matches scoring under @p minScore are dropped.
    /// A window is searched near where the previous one matched, else within @p radius of @p guess (the
    /// reference sample expected for a recording sample), else everywhere.
    void locate(const std::vector<float> &recording, double minScore = 0.6,
        const std::function<qint64(qint64)> &guess = {}, qint64 radius = 0)
    {
        m_matches.clear();
        std::optional<Match> previous;
        for (qint64 at = 0; at + m_window <= qint64(recording.size()); at += m_step) {
            const float *w = recording.data() + at;
            const double energy = energyOf(w, m_window);
            if (std::sqrt(energy / m_window) < m_minRms)
                continue;
            std::optional<Match> m;
            if (previous) {
                const qint64 expected = previous->referenceStart + (at - previous->recordingStart);
                m = search(w, m_window, energy, expected - m_window, expected + m_window);
                if (m->score < minScore)
                    m.reset();
            }
            if (!m) {
                // A fresh search uses a longer stretch: a short one can match a similar sound elsewhere
                // (synthetic voices repeat their fricative noise exactly).
                const int length = int(std::min<qint64>(m_longWindow, qint64(recording.size()) - at));
                const double longEnergy = energyOf(w, length);
                if (guess) {
                    const qint64 expected = guess(at);
                    m = search(w, length, longEnergy, expected - radius, expected + radius);
                } else {
                    m = search(w, length, longEnergy, 0, qint64(m_reference.size()) - length);
                }
            }
            if (m->score < minScore)
                continue;
            m->recordingStart = at;
            m_matches.push_back(*m);
            previous = m;
        }
    }

    const std::vector<Match> &matches() const { return m_matches; }

    /// Where recording sample @p n is on the reference's timeline: from the matched window holding it, or
    /// between two matched windows that agree (a pause in the speech). std::nullopt when unknown.
    std::optional<double> referenceAt(double n, double tolerance) const
    {
        auto after = std::lower_bound(m_matches.begin(), m_matches.end(), n,
            [](const Match &m, double x) { return double(m.recordingStart) < x; });
        const Match *next = after != m_matches.end() ? &*after : nullptr;
        const Match *prev = after != m_matches.begin() ? &*(after - 1) : nullptr;
        const auto project
            = [n](const Match &m) { return double(m.referenceStart) + (n - double(m.recordingStart)); };
        if (prev && n < double(prev->recordingStart + m_window))
            return project(*prev);
        if (prev && next && std::abs(project(*prev) - project(*next)) <= tolerance)
            return project(*prev);
        return std::nullopt;
    }

private:
    static double energyOf(const float *w, int length)
    {
        double energy = 0;
        for (int i = 0; i < length; ++i)
            energy += double(w[i]) * w[i];
        return energy;
    }

    Match search(const float *w, int length, double energy, qint64 from, qint64 to) const
    {
        from = std::max<qint64>(0, from);
        to = std::min<qint64>(to, qint64(m_reference.size()) - length);
        Match best;
        for (qint64 off = from; off <= to; ++off) {
            const float *r = m_reference.data() + off;
            float dot = 0;
            for (int i = 0; i < length; ++i)
                dot += w[i] * r[i];
            const double refEnergy = m_energy[std::size_t(off + length)] - m_energy[std::size_t(off)];
            if (refEnergy <= 0)
                continue;
            const double score = double(dot) / std::sqrt(energy * refEnergy);
            if (score > best.score) {
                best.score = score;
                best.referenceStart = off;
            }
        }
        return best;
    }

    std::vector<float> m_reference;
    std::vector<double> m_energy;
    int m_window;
    int m_longWindow;
    int m_step;
    double m_minRms;
    std::vector<Match> m_matches;
};

} // namespace hark::test

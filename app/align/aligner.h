// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace hark::align {

/// What an alignment did, for the closing report.
struct AlignReport
{
    int recognized = 0; ///< words placed by recognition
    int forced = 0; ///< words placed by forced alignment between two anchors
    int interpolated = 0; ///< words given interpolated times, marked low-confidence
    qint64 audioMs = 0;
    /// Why the words were only spread evenly (the transcript does not look English, the only language the
    /// speech model knows); empty when they were listened for.
    QString fallback;
};

/// Aligns a transcript to its audio, offline: the audio (16 kHz mono PCM, fed as it is decoded) is cut at
/// quiet moments into chunks of about 30 s, recognized with pocketsphinx on all cores, with a language model
/// and a dictionary made from the transcript; recognized words anchor the transcript's words (runs of 3 or
/// more in order); the words between anchors get interpolated times and a low-confidence mark.
/// Sentence times follow from word times. Takes PCM and text only: it knows nothing of Qt Multimedia.
class Aligner
{
public:
    struct Options
    {
        int jobs = 0; ///< recognizers at once; 0: one per core
        QString acousticModel; ///< empty: the installed English model
        QString dictionary; ///< empty: its CMU dictionary
    };

    Aligner(const Transcript &transcript, const Options &options);
    ~Aligner();
    Aligner(const Aligner &) = delete;
    Aligner &operator=(const Aligner &) = delete;

    /// Why it cannot align (no speech model, no words); empty when it can.
    QString error() const;

    /// The next @p count samples. Blocks while enough chunks wait for a recognizer: that paces the decoder,
    /// so memory stays bounded however long the episode.
    void addSamples(const qint16 *samples, qsizetype count);
    /// After the last samples: the transcript with every word and sentence timed. Empty when cancelled.
    std::optional<Transcript> finish(AlignReport *report = nullptr);
    /// Asks a running alignment to stop (from any thread); finish() then returns soon, with nothing.
    void cancel();
    /// Whether the transcript looks English: most of its distinct words are in the English dictionary.
    /// When not, nothing is recognized and finish() spreads the words evenly, all low-confidence.
    bool looksEnglish() const;
    /// Audio recognized so far (ms), for progress.
    qint64 recognizedMs() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace hark::align

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

struct ps_decoder_s;
struct cmd_ln_s;

namespace hark::align {

/// A word the recognizer heard, with where (ms, on the episode's timeline).
struct RecognizedWord
{
    QString word;
    qint64 start = 0;
    qint64 end = 0;
};

/// One pocketsphinx decoder (not thread-safe: one per thread) loaded with a language model and a dictionary.
/// Silence is never removed (`-remove_silence no`: removing it shifts every time) and its log is off.
class Recognizer
{
public:
    /// The acoustic model Debian's pocketsphinx-en-us installs.
    static QString defaultAcousticModel();
    /// Its pronunciation dictionary (CMU, 130,000 words).
    static QString defaultDictionary();

    /// With @p wideBeams, the searches prune far less: slower, but short forced alignments of a few words
    /// then rarely come back empty (with the default beams they often do, silently).
    Recognizer(const QString &acousticModel, const QString &languageModelPath, const QString &dictionaryPath,
        bool wideBeams = false);
    ~Recognizer();
    Recognizer(const Recognizer &) = delete;
    Recognizer &operator=(const Recognizer &) = delete;

    bool isValid() const { return m_decoder != nullptr; }
    QString error() const { return m_error; }

    /// Recognizes @p count samples (16 kHz mono) that start @p offsetMs into the episode; words only (no
    /// silences, noises or sentence marks). Checks @p cancel every quarter of a second of audio and gives up
    /// (returning nothing) once it is set.
    std::vector<RecognizedWord> recognize(
        const qint16 *samples, qsizetype count, qint64 offsetMs, const std::atomic<bool> *cancel = nullptr);

    /// Recognizes with another language model (for a stretch of the text: the one given at construction
    /// stays for recognize()), giving up as recognize() does.
    std::vector<RecognizedWord> recognizeWith(const QString &languageModelPath, const qint16 *samples,
        qsizetype count, qint64 offsetMs, const std::atomic<bool> *cancel = nullptr);

    /// Forced alignment: where each of @p words (in the dictionary, in this order) is said in @p count
    /// samples starting @p offsetMs into the episode. Empty when they cannot all be placed.
    std::vector<RecognizedWord> forceAlign(
        const qint16 *samples, qsizetype count, qint64 offsetMs, const QStringList &words);
    /// The same for units that may each be said in more than one way (@p units: each unit's ways, words
    /// separated by spaces): where each unit is said, as the way it was said. Gives up as recognize() does.
    std::vector<RecognizedWord> forceAlign(const qint16 *samples, qsizetype count, qint64 offsetMs,
        const QList<QStringList> &units, const std::atomic<bool> *cancel = nullptr);

private:
    /// Starts the next utterance's cepstral mean from these samples' (without decoding them).
    void setCepstralMean(const qint16 *samples, qsizetype count);
    /// @p grammar: the grammar search is active (its frames need correcting).
    std::vector<RecognizedWord> decode(const qint16 *samples, qsizetype count, qint64 offsetMs, bool grammar,
        const std::atomic<bool> *cancel);

    /// Ends an utterance a cancel left open, before the decoder is used again.
    void settle();

    ps_decoder_s *m_decoder = nullptr;
    cmd_ln_s *m_config = nullptr;
    bool m_abandoned = false; ///< a cancel left an utterance open (freed as it is, or ended by settle())
    QString m_error;
};

} // namespace hark::align

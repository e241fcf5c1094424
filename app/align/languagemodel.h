// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>

namespace hark::align {

/// A trigram language model built from the transcript itself, so that the recognizer expects what the
/// episode says: absolute discounting (D = 0.5) with backoff, written as ARPA text, which pocketsphinx reads.
/// Every history's probabilities sum to one.
class LanguageModel
{
public:
    /// @p sentences: the transcript's sentences as spoken words; @p fillers are added as rare unigrams (words
    /// people say that transcripts leave out).
    LanguageModel(const QList<QStringList> &sentences, const QStringList &fillers = {});

    QByteArray arpa() const;
    /// The model's probability of @p word after @p history (up to two words; "<s>" starts a sentence).
    double probability(const QStringList &history, const QString &word) const;
    /// The words it knows (without the sentence marks), sorted.
    QStringList vocabulary() const;

private:
    struct Impl;
    std::shared_ptr<const Impl> d;
};

} // namespace hark::align

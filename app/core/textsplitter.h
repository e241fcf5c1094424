// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/transcript.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace hark {

/// A run of characters in a text.
struct TextSpan
{
    qsizetype from = 0;
    qsizetype length = 0;
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/// Splits untimed text into sentences and words, keeping character spans into the original text.
class TextSplitter
{
public:
    /// Whitespace-separated tokens as untimed words. Bracketed stage directions ("[Music]", "[crosstalk
    /// begins]") are marked Word::NonSpeech.
    static QList<Word> words(QStringView text);

    /// Sentences by our own rules: ".", "!", "?" and ellipses end a sentence before a capital, a digit or a
    /// stage direction, but not after titles ("Dr. Smith"), initials ("J. R. R."), or abbreviations such as
    /// "e.g.", "U.S." and "etc." unless a typical sentence opener follows. Decimals ("3.5") never split,
    /// closing quotes stay with their sentence, and a stage direction at a sentence's edge is a sentence of
    /// its own.
    static QList<TextSpan> sentences(QStringView text);

    /// A paragraph of untimed text as one segment per sentence; the first is marked Segment::ParagraphStart.
    static QList<Segment> sentenceSegments(QStringView paragraph, int speaker = -1);

    /// A speaker label at the start of @p text: one to three capitalised words (or a word and a number, such
    /// as "Speaker 2") followed by a colon and a space. Returns the name and where the spoken text begins.
    static std::optional<std::pair<QString, qsizetype>> speakerLabel(QStringView text);
};

} // namespace hark

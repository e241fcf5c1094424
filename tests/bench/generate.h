// SPDX-License-Identifier: GPL-3.0-or-later
// A long transcript with word times for the benchmarks: two speakers, ~3.6 s cues of ten words.
#pragma once

#include "core/textsplitter.h"
#include "core/transcript.h"

#include <QRandomGenerator>

namespace hark::bench {

/// In English, or with @p arabic in Arabic (written right to left, with a year in it: both directions).
inline Transcript generateTranscript(int cues, int wordsPerCue, bool arabic = false)
{
    static const char *const english[]
        = { "so", "the", "question", "is", "whether", "we", "really", "want", "to", "listen", "again,", "and",
              "honestly", "I", "think", "that", "podcast", "transcripts", "matter", "more", "than", "ever." };
    static const char *const arabicWords[] = { "إذن", "السؤال", "هو", "هل", "نريد", "حقاً", "أن", "نستمع",
        "مرة", "أخرى،", "و", "بصراحة", "أظن", "2026", "في", "لأن", "نصوص", "البودكاست", "مهمة", "أكثر", "من",
        "مضى." }; // word for word where it matters: "podcast transcripts matter" is what find looks for
    static_assert(std::size(english) == std::size(arabicWords));
    const char *const *words = arabic ? arabicWords : english;
    Transcript t;
    t.metadata.title = QStringLiteral("A three-hour benchmark");
    t.speakerIndex(arabic ? QStringLiteral("ألكسندرا") : QStringLiteral("Alexandra"));
    t.speakerIndex(arabic ? QStringLiteral("برنار") : QStringLiteral("Bernard"));
    QRandomGenerator rng(42);
    qint64 time = 500;
    for (int c = 0; c < cues; ++c) {
        Segment s;
        s.speaker = (c / 4) % 2;
        s.start = time;
        QStringList text;
        for (int w = 0; w < wordsPerCue; ++w)
            text.append(QString::fromUtf8(words[rng.bounded(int(std::size(english)))]));
        s.text = text.join(u' ');
        s.words = TextSplitter::words(s.text);
        for (Word &w : s.words) {
            w.start = time;
            time += 250 + rng.bounded(200);
            w.end = time;
        }
        s.end = time;
        time += 100 + rng.bounded(300);
        t.segments.append(std::move(s));
    }
    return t;
}

} // namespace hark::bench

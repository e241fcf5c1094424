// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the core on a generated three-hour transcript with word times (30,000 words in 3,000 cues):
// reading it as WebVTT and as word-level Podcasting 2.0 JSON, writing WebVTT, a time-index lookup, find as
// the user types, and the
// memory the loaded model holds (heap bytes in use, from glibc's mallinfo2).
//
//   bench_core            full run: medians of 21 runs (lookups: 2,000,000)
//   bench_core --quick    one run of each, to check that it still works (CI)
#include "core/timeindex.h"
#include "core/transcriptfile.h"
#include "core/transcriptsearch.h"
#include "core/transcriptwriter.h"
#include "generate.h"
#include "usage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <malloc.h>
#include <vector>

using namespace hark;

// Heap bytes in use (glibc), for the model's memory figure: Qt's containers allocate with malloc.
static long long heapInUse()
{
    return static_cast<long long>(mallinfo2().uordblks);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 1 : 21;
    QTextStream out(stdout);

    const Transcript source = bench::generateTranscript(3000, 10);
    const QString vtt = TranscriptWriter::write(source, Format::WebVtt).text;
    const QString json
        = TranscriptWriter::write(source, Format::PodcastJson, { .words = true, .bookmarks = {} }).text;
    out << "Generated: " << source.segments.size() << " cues, " << source.wordCount() << " words, "
        << source.segments.last().end / 60000 << " min; VTT " << vtt.size() / 1024 << " KiB, JSON "
        << json.size() / 1024 << " KiB of text\n\n";

    bool ok = true;
    auto row = [&](const char *what, double value, double target, const char *unit) {
        const bool within = value <= target;
        ok = ok && within;
        out << QString::fromLatin1(what).leftJustified(34)
            << QString::number(value, 'f', 3).rightJustified(10) << ' '
            << QString::fromLatin1(unit).leftJustified(3) << "  target <= " << target << ' ' << unit
            << (within ? "" : "   OVER") << '\n';
    };

    ReadResult checked = TranscriptFile::readText(vtt, QStringLiteral("bench.vtt"));
    if (!checked.ok() || checked.transcript->wordCount() != source.wordCount()) {
        out << "VTT read back wrong\n";
        return 1;
    }
    row("read WebVTT",
        bench::medianMs(runs, [&] { TranscriptFile::readText(vtt, QStringLiteral("bench.vtt")); }), 30, "ms");
    const ReadResult fromJson = TranscriptFile::readText(json, QStringLiteral("bench.json"));
    if (!fromJson.ok() || fromJson.transcript->wordCount() != source.wordCount()) {
        out << "JSON read back wrong\n";
        return 1;
    }
    row("read JSON (one segment per word)",
        bench::medianMs(runs, [&] { TranscriptFile::readText(json, QStringLiteral("bench.json")); }), 40,
        "ms");
    row("write WebVTT",
        bench::medianMs(runs, [&] { TranscriptWriter::write(*checked.transcript, Format::WebVtt); }), 30,
        "ms");

    const TimeIndex index(*checked.transcript);
    const qint64 span = source.segments.last().end;
    const int lookups = quick ? 10'000 : 2'000'000;
    std::vector<qint64> positions(static_cast<std::size_t>(lookups));
    QRandomGenerator rng(7);
    for (qint64 &p : positions)
        p = rng.bounded(span);
    long long sink = 0;
    const double lookupMs = bench::medianMs(quick ? 1 : 5, [&] {
        for (qint64 p : positions)
            sink += index.at(p).word;
    });
    row("time-index lookup", lookupMs * 1000.0 / lookups, 1, "us");

    // Find as the user types: every prefix of a phrase, the first letters matching thousands of places.
    row("find: fold the transcript (on open)",
        bench::medianMs(runs, [&] { TranscriptSearch(*checked.transcript); }), 50, "ms");
    const TranscriptSearch search(*checked.transcript);
    const QString typed = QStringLiteral("Podcast Transcripts matter");
    double worstKeystroke = 0;
    qsizetype firstLetterMatches = 0;
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        const QString prefix = typed.left(n);
        worstKeystroke
            = std::max(worstKeystroke, bench::medianMs(runs, [&] { sink += search.find(prefix).size(); }));
        if (n == 1)
            firstLetterMatches = search.find(prefix).size();
    }
    row("find: slowest keystroke", worstKeystroke, 5, "ms");
    out << "  (\"" << typed << "\" typed letter by letter; \"" << typed.left(1) << "\" alone matches "
        << firstLetterMatches << " places)\n";

    checked = {};
    const long long before = heapInUse();
    {
        ReadResult loaded = TranscriptFile::readText(vtt, QStringLiteral("bench.vtt"));
        const long long held = heapInUse() - before;
        row("memory held by the loaded model", held / 1048576.0, 20, "MB");
        const TimeIndex loadedIndex(*loaded.transcript);
        row("  ... plus its time index", (heapInUse() - before) / 1048576.0, 20, "MB");
    }
    out << "\n"
        << (ok ? "all within targets" : "SOME FIGURES ARE OVER TARGET") << " (checksum " << sink % 997
        << ")\n";
    return ok || quick ? 0 : 1;
}

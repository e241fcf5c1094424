// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeindex.h"

#include "core/textsplitter.h"

#include <QTest>

using namespace hark;

namespace {

Segment segment(qint64 start, qint64 end, const QString &text, QList<qint64> wordStarts = {})
{
    Segment s;
    s.start = start;
    s.end = end;
    s.text = text;
    s.words = TextSplitter::words(text);
    for (qsizetype i = 0; i < wordStarts.size() && i < s.words.size(); ++i)
        s.words[i].start = wordStarts[i];
    return s;
}

// Cues at 1–2 s, 3–4 s (words at 3.0, 3.4, unknown, 3.8) and 6–8 s; a gap between each.
Transcript sample()
{
    Transcript t;
    t.segments = { segment(1000, 2000, QStringLiteral("first cue")),
        segment(3000, 4000, QStringLiteral("a b c d"), { 3000, 3400, kNoTime, 3800 }),
        segment(6000, 8000, QStringLiteral("last one")) };
    return t;
}

} // namespace

Q_DECLARE_METATYPE(Transcript)

class TestTimeIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void at_data()
    {
        QTest::addColumn<Transcript>("transcript");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("position");
        QTest::addColumn<int>("segment");
        QTest::addColumn<int>("word");

        const Transcript t = sample();
        QTest::addRow("before the first cue") << t << qint64(0) << qint64(500) << -1 << -1;
        QTest::addRow("at zero") << t << qint64(0) << qint64(0) << -1 << -1;
        QTest::addRow("exactly at a start") << t << qint64(0) << qint64(1000) << 0 << -1;
        QTest::addRow("inside a cue") << t << qint64(0) << qint64(1500) << 0 << -1;
        QTest::addRow("in the gap, previous stays") << t << qint64(0) << qint64(2500) << 0 << -1;
        QTest::addRow("one ms before the next") << t << qint64(0) << qint64(2999) << 0 << -1;
        QTest::addRow("first word") << t << qint64(0) << qint64(3000) << 1 << 0;
        QTest::addRow("second word") << t << qint64(0) << qint64(3500) << 1 << 1;
        QTest::addRow("untimed word keeps the previous") << t << qint64(0) << qint64(3700) << 1 << 1;
        QTest::addRow("last word") << t << qint64(0) << qint64(3900) << 1 << 3;
        QTest::addRow("gap after words") << t << qint64(0) << qint64(5000) << 1 << 3;
        QTest::addRow("cue without word times") << t << qint64(0) << qint64(6500) << 2 << -1;
        QTest::addRow("after the end") << t << qint64(0) << qint64(99'000) << 2 << -1;
        QTest::addRow("offset delays the transcript") << t << qint64(500) << qint64(1200) << -1 << -1;
        QTest::addRow("offset, then current") << t << qint64(500) << qint64(1500) << 0 << -1;
        QTest::addRow("negative offset advances it") << t << qint64(-500) << qint64(2500) << 1 << 0;
        QTest::addRow("empty transcript") << Transcript() << qint64(0) << qint64(1000) << -1 << -1;

        Transcript unsorted;
        unsorted.segments = { segment(5000, 6000, QStringLiteral("later")),
            segment(1000, 2000, QStringLiteral("earlier")) };
        QTest::addRow("segments out of order") << unsorted << qint64(0) << qint64(1500) << 1 << -1;
        QTest::addRow("segments out of order, later") << unsorted << qint64(0) << qint64(5500) << 0 << -1;

        Transcript overlap;
        overlap.segments
            = { segment(1000, 5000, QStringLiteral("long")), segment(2000, 3000, QStringLiteral("inner")) };
        QTest::addRow("overlap: the later start wins") << overlap << qint64(0) << qint64(2500) << 1 << -1;

        Transcript untimed;
        untimed.segments = { segment(kNoTime, kNoTime, QStringLiteral("no times")) };
        QTest::addRow("untimed") << untimed << qint64(0) << qint64(1000) << -1 << -1;

        Transcript partly;
        partly.segments = { segment(1000, 2000, QStringLiteral("timed")),
            segment(kNoTime, kNoTime, QStringLiteral("untimed")),
            segment(3000, 4000, QStringLiteral("timed again")) };
        QTest::addRow("untimed segment is skipped") << partly << qint64(0) << qint64(2500) << 0 << -1;
    }

    void at()
    {
        QFETCH(Transcript, transcript);
        QFETCH(qint64, offset);
        QFETCH(qint64, position);
        QFETCH(int, segment);
        QFETCH(int, word);
        TimeIndex index(transcript);
        index.setOffset(offset);
        const TimeIndex::Position p = index.at(position);
        QCOMPARE(p.segment, segment);
        QCOMPARE(p.word, word);
    }

    // Ctrl+Left / Ctrl+Right: the line before the current one and the next one, in time order.
    void previousAndNextLine_data()
    {
        QTest::addColumn<Transcript>("transcript");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("position");
        QTest::addColumn<int>("previous");
        QTest::addColumn<int>("next");
        const Transcript t = sample();
        QTest::addRow("before the first line") << t << qint64(0) << qint64(500) << -1 << 0;
        QTest::addRow("in the first line") << t << qint64(0) << qint64(1500) << -1 << 1;
        QTest::addRow("in the second line") << t << qint64(0) << qint64(3500) << 0 << 2;
        QTest::addRow("exactly at the second line's start") << t << qint64(0) << qint64(3000) << 0 << 2;
        QTest::addRow("in the gap after the second") << t << qint64(0) << qint64(5000) << 0 << 2;
        QTest::addRow("in the last line") << t << qint64(0) << qint64(7000) << 1 << -1;
        QTest::addRow("offset: still before the first") << t << qint64(1000) << qint64(1500) << -1 << 0;
        QTest::addRow("empty transcript") << Transcript() << qint64(0) << qint64(1000) << -1 << -1;
        Transcript unsorted;
        unsorted.segments = { segment(5000, 6000, QStringLiteral("later")),
            segment(1000, 2000, QStringLiteral("earlier")), segment(3000, 4000, QStringLiteral("middle")) };
        QTest::addRow("out of order: time order counts") << unsorted << qint64(0) << qint64(3500) << 1 << 0;
        Transcript same;
        same.segments = { segment(1000, 2000, QStringLiteral("one")),
            segment(3000, 4000, QStringLiteral("two")), segment(3000, 4000, QStringLiteral("two again")) };
        QTest::addRow("lines starting together are not before each other")
            << same << qint64(0) << qint64(3500) << 0 << -1;
    }

    void previousAndNextLine()
    {
        QFETCH(Transcript, transcript);
        QFETCH(qint64, offset);
        QFETCH(qint64, position);
        QFETCH(int, previous);
        QFETCH(int, next);
        TimeIndex index(transcript);
        index.setOffset(offset);
        QCOMPARE(index.previousSegment(position), previous);
        QCOMPARE(index.nextSegment(position), next);
    }

    void chapterNavigation_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<qint64>("previous");
        QTest::addColumn<qint64>("next");
        QTest::addRow("before the first chapter") << qint64(500) << kNoTime << qint64(1000);
        QTest::addRow("early in a chapter: the one before")
            << qint64(61'000) << qint64(1000) << qint64(180'000);
        QTest::addRow("well into a chapter: its start")
            << qint64(90'000) << qint64(60'000) << qint64(180'000);
        QTest::addRow("hidden chapters are skipped") << qint64(125'000) << qint64(60'000) << qint64(180'000);
        QTest::addRow("in the last chapter") << qint64(200'000) << qint64(180'000) << kNoTime;
    }

    void chapterNavigation()
    {
        QFETCH(qint64, position);
        QFETCH(qint64, previous);
        QFETCH(qint64, next);
        Transcript t;
        // Listed out of order on purpose; the one at 120 s is hidden (Podcasting 2.0 toc: false).
        t.chapters = { Chapter { 60'000, kNoTime, QStringLiteral("Two"), {}, {}, false, {} },
            Chapter { 1000, kNoTime, QStringLiteral("One"), {}, {}, false, {} },
            Chapter { 180'000, kNoTime, QStringLiteral("Four"), {}, {}, false, {} },
            Chapter { 120'000, kNoTime, QStringLiteral("Hidden"), {}, {}, true, {} } };
        QCOMPARE(t.previousChapterStart(position), previous);
        QCOMPARE(t.nextChapterStart(position), next);
    }

    // Where chapter titles head the text. Lines at 1–2 s, 3–4 s and 6–8 s, and one at 10 s with no end.
    void chapterHeadings_data()
    {
        using Chapters = QList<std::pair<qint64, bool>>; // start, hidden
        using Headings = QList<std::pair<qsizetype, qsizetype>>;
        QTest::addColumn<Chapters>("chapters");
        QTest::addColumn<Headings>("headings");
        QTest::addRow("at the lines' starts")
            << Chapters { { 1000, false }, { 6000, false } } << Headings { { 0, 0 }, { 2, 1 } };
        QTest::addRow("before the first line: it heads it")
            << Chapters { { 0, false } } << Headings { { 0, 0 } };
        QTest::addRow("up to a second before a line: that line")
            << Chapters { { 5100, false } } << Headings { { 2, 0 } };
        QTest::addRow("in the gap, further: the next line")
            << Chapters { { 4500, false } } << Headings { { 2, 0 } };
        QTest::addRow("in the first half of a line: that line")
            << Chapters { { 6500, false } } << Headings { { 2, 0 } };
        QTest::addRow("in the second half of a line: the next")
            << Chapters { { 7500, false } } << Headings { { 3, 0 } };
        QTest::addRow("two on one line: the later")
            << Chapters { { 2900, false }, { 3000, false } } << Headings { { 1, 1 } };
        QTest::addRow("listed out of order")
            << Chapters { { 6000, false }, { 1000, false } } << Headings { { 0, 1 }, { 2, 0 } };
        QTest::addRow("hidden: no heading")
            << Chapters { { 1000, false }, { 3000, true } } << Headings { { 0, 0 } };
        QTest::addRow("after the last line's start: none") << Chapters { { 12'000, false } } << Headings {};
        QTest::addRow("none") << Chapters {} << Headings {};
    }

    void chapterHeadings()
    {
        using Chapters = QList<std::pair<qint64, bool>>;
        using Headings = QList<std::pair<qsizetype, qsizetype>>;
        QFETCH(Chapters, chapters);
        QFETCH(Headings, headings);
        Transcript t = sample();
        t.segments.append(segment(10'000, kNoTime, QStringLiteral("open end")));
        for (const auto &[start, hidden] : chapters)
            t.chapters.append(Chapter { start, kNoTime, QStringLiteral("c"), {}, {}, hidden, {} });
        QCOMPARE(t.chapterHeadings(), headings);
    }

    // Where a line ends ("pause after each line" stops there): offset applied, unknown stays unknown.
    void segmentEnds()
    {
        Transcript t = sample();
        t.segments.append(segment(9000, kNoTime, QStringLiteral("open end")));
        TimeIndex index(t);
        QCOMPARE(index.segmentEnd(0), qint64(2000));
        QCOMPARE(index.segmentEnd(3), kNoTime);
        QCOMPARE(index.segmentEnd(4), kNoTime); // no such line
        index.setOffset(-2500);
        QCOMPARE(index.segmentEnd(0), qint64(0)); // never before the audio starts
        QCOMPARE(index.segmentEnd(2), qint64(5500));
    }

    void startsApplyOffset()
    {
        TimeIndex index(sample());
        QCOMPARE(index.segmentStart(1), qint64(3000));
        QCOMPARE(index.wordStart(1, 1), qint64(3400));
        QCOMPARE(index.wordStart(1, 2), kNoTime);
        index.setOffset(250);
        QCOMPARE(index.segmentStart(1), qint64(3250));
        QCOMPARE(index.wordStart(1, 3), qint64(4050));
        index.setOffset(-5000);
        QCOMPARE(index.segmentStart(0), qint64(0)); // never before the audio starts
        QCOMPARE(index.segmentStart(7), kNoTime);
        QCOMPARE(index.wordStart(0, 5), kNoTime);
        QCOMPARE(index.wordStart(-1, 0), kNoTime);
    }

    // Seeking to a word's start makes that word current, offset or not.
    void seekRoundTrip()
    {
        const Transcript t = sample();
        for (qint64 offset : { qint64(0), qint64(700), qint64(-300) }) {
            TimeIndex index(t);
            index.setOffset(offset);
            for (int w : { 0, 1, 3 }) {
                const TimeIndex::Position p = index.at(index.wordStart(1, w));
                QCOMPARE(p.segment, 1);
                QCOMPARE(p.word, w);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeIndex)
#include "tst_timeindex.moc"

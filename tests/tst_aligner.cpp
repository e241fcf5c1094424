// SPDX-License-Identifier: GPL-3.0-or-later
// The aligner end to end on a synthesized one-minute two-voice episode (exact truth from hark-synth): the
// audio decoded as Hark decodes it, the transcript's timings removed, aligned again and scored. Loose
// bounds; docs/alignment.md has the full figures from bench_align.
#include "align/aligner.h"
#include "align/scorer.h"
#include "core/textsplitter.h"
#include "core/transcriptfile.h"
#include "media/pcmdecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;

class TestAligner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Transcript> m_truth;

    // Decodes the episode into @p aligner, as Hark does.
    PcmDecoder::Result feed(align::Aligner &aligner) const
    {
        return PcmDecoder::decode(m_dir.filePath("ep.wav"), [&](const qint16 *s, qsizetype n) {
            aligner.addSamples(s, n);
            return true;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString script = QFINDTESTDATA("data/align/minute.script");
        QVERIFY(!script.isEmpty());
        QCOMPARE(QProcess::execute(QStringLiteral(HARK_SYNTH),
                     { script, m_dir.filePath("ep.wav"), m_dir.filePath("ep.vtt") }),
            0);
        m_truth = TranscriptFile::read(m_dir.filePath("ep.vtt")).transcript;
        QVERIFY(m_truth);
    }

    void alignsAMinuteOfTwoVoices()
    {
        align::Aligner aligner(test::withoutTimes(*m_truth), {});
        QVERIFY2(aligner.error().isEmpty(), qPrintable(aligner.error()));
        QElapsedTimer timer;
        timer.start();
        const PcmDecoder::Result decoded = feed(aligner);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        align::AlignReport report;
        const std::optional<Transcript> aligned = aligner.finish(&report);
        QVERIFY(aligned);
        const qint64 took = timer.elapsed();
        const test::AlignScore score = test::scoreAlignment(*m_truth, *aligned);
        const test::AlignScore even
            = test::scoreAlignment(*m_truth, test::evenSpread(test::withoutTimes(*m_truth), report.audioMs));
        qInfo("%d words: %d recognized, %d force-aligned, %d interpolated, in %lld ms for %lld ms of audio",
            score.words, report.recognized, report.forced, report.interpolated, took, report.audioMs);
        qInfo("word starts: median %.0f ms, 95th %.0f ms, %.1f %% within 100 ms, %.1f %% placed; sentences: "
              "median %.0f ms, 95th %.0f ms",
            score.medianMs, score.p95Ms, 100 * score.within100, 100 * score.placed, score.sentenceMedianMs,
            score.sentenceP95Ms);
        qInfo("even spread: median %.0f ms, %.1f %% within 100 ms", even.medianMs, 100 * even.within100);
        QVERIFY(score.words > 120);
        QCOMPARE(report.recognized + report.forced + report.interpolated, score.words);
        QVERIFY2(report.forced > 0, "no gap was force-aligned");
        QVERIFY2(score.medianMs <= 30, "word-start median");
        QVERIFY2(score.within100 >= 0.9, "words within 100 ms");
        QVERIFY2(score.placed >= 0.9, "words placed from their own audio");
        QVERIFY2(score.sentenceMedianMs <= 40 && score.sentenceP95Ms <= 250, "sentence starts");
        QVERIFY(score.medianMs < even.medianMs / 4);
        // The transcript's text is unchanged, and times only grow.
        qint64 last = 0;
        for (qsizetype s = 0; s < aligned->segments.size(); ++s) {
            QCOMPARE(aligned->segments[s].text, m_truth->segments[s].text);
            for (const Word &w : aligned->segments[s].words) {
                QVERIFY(w.start >= last);
                last = w.start;
            }
        }
    }

    // A long stretch of the transcript that is not in the audio (900 words: more than the stretch of text
    // where a chunk's words are looked for) does not lose the thread: the words after it are still heard.
    void aLongStretchMissingFromTheAudioIsSkipped()
    {
        QFile file(QFINDTESTDATA("data/archive-page/duran-belarus-joins-sco.sentences.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Transcript truth = *m_truth;
        QList<Segment> missing;
        qsizetype words = 0;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (words >= 900)
                break;
            Segment s;
            s.text = line;
            s.words = TextSplitter::words(s.text);
            words += s.words.size();
            missing.append(s);
        }
        const int at = 4; // after the fourth line, in the first chunk of the audio
        QSet<int> unscored;
        for (qsizetype i = 0; i < missing.size(); ++i) {
            truth.segments.insert(at + i, missing[i]);
            unscored.insert(int(at + i));
        }
        align::Aligner aligner(test::withoutTimes(truth), {});
        QVERIFY(aligner.error().isEmpty());
        QVERIFY(feed(aligner).ok());
        align::AlignReport report;
        const std::optional<Transcript> aligned = aligner.finish(&report);
        QVERIFY(aligned);
        const test::AlignScore score = test::scoreAlignment(truth, *aligned, unscored);
        qInfo("%lld words missing from the audio; of the %d said: median %.0f ms, %.1f %% within 100 ms, "
              "%.1f %% "
              "placed",
            qlonglong(words), score.words, score.medianMs, 100 * score.within100, 100 * score.placed);
        QCOMPARE(score.words, int(m_truth->wordCount()));
        QVERIFY2(score.medianMs <= 30, "word-start median");
        QVERIFY2(score.within100 >= 0.9, "words within 100 ms");
        QVERIFY2(score.placed >= 0.9, "words placed from their own audio");
    }

    // A stage direction is not speech: not listened for, not counted, and timed with what comes before it.
    void stageDirectionsAreNotAligned()
    {
        Transcript t = test::withoutTimes(*m_truth);
        Segment music;
        music.text = QStringLiteral("[Music]");
        music.words = TextSplitter::words(music.text);
        QCOMPARE(music.words.size(), 1);
        music.words[0].flags |= Word::NonSpeech;
        t.segments.insert(1, music); // after the first line
        align::Aligner aligner(t, {});
        QVERIFY(aligner.error().isEmpty());
        QVERIFY(feed(aligner).ok());
        align::AlignReport report;
        const std::optional<Transcript> aligned = aligner.finish(&report);
        QVERIFY(aligned);
        QCOMPARE(report.recognized + report.forced + report.interpolated, int(m_truth->wordCount()));
        const Word &direction = aligned->segments[1].words[0];
        QVERIFY(!(direction.flags & Word::LowConfidence));
        QCOMPARE(direction.start, aligned->segments[0].words.back().end);
        QVERIFY(direction.start <= aligned->segments[2].words[0].start);
    }

    // Text in another language is not listened for (the model is English only): the words are spread
    // evenly, all marked low-confidence, and the report says why.
    void aTranscriptNotInEnglishIsSpreadEvenly()
    {
        QVERIFY(align::Aligner(test::withoutTimes(*m_truth), {}).looksEnglish());
        Transcript spanish;
        for (const char *line :
            { "Bienvenidos otra vez. Hoy hablamos de mapas antiguos y de por qué todavía importan.",
                "Encontré uno de mil ochocientos noventa y cinco en el desván de mi abuela, doblado dentro "
                "de un libro.",
                "Qué hallazgo tan bonito. ¿Qué muestra exactamente?" }) {
            Segment s;
            s.text = QString::fromUtf8(line);
            s.words = TextSplitter::words(s.text);
            spanish.segments.append(s);
        }
        align::Aligner aligner(spanish, {});
        QVERIFY2(aligner.error().isEmpty(), qPrintable(aligner.error()));
        QVERIFY(!aligner.looksEnglish());
        QVERIFY(feed(aligner).ok());
        align::AlignReport report;
        const std::optional<Transcript> spread = aligner.finish(&report);
        QVERIFY(spread);
        QVERIFY2(report.fallback.contains(QLatin1String("English")), qPrintable(report.fallback));
        QCOMPARE(report.recognized + report.forced, 0);
        QCOMPARE(report.interpolated, int(spanish.wordCount()));
        qint64 last = -1;
        for (const Segment &s : spread->segments)
            for (const Word &w : s.words) {
                QVERIFY(w.flags & Word::LowConfidence);
                QVERIFY(w.start > last);
                last = w.start;
            }
        QVERIFY(last > report.audioMs * 9 / 10); // spread over the whole of it
    }

    void aCancelEndsItWithin1Second()
    {
        align::Aligner aligner(test::withoutTimes(*m_truth), { 1, {}, {} });
        QVERIFY(aligner.error().isEmpty());
        std::vector<qint16> pcm;
        QVERIFY(PcmDecoder::decode(m_dir.filePath("ep.wav"), [&](const qint16 *s, qsizetype n) {
            pcm.insert(pcm.end(), s, s + n);
            return true;
        }).ok());
        aligner.addSamples(pcm.data(), qsizetype(pcm.size())); // a chunk is being recognized now
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        aligner.cancel();
        QVERIFY(!aligner.finish());
        qInfo("finished %lld ms after the cancel", timer.elapsed());
        QVERIFY(timer.elapsed() < 1000);
    }

    void aTranscriptWithoutWordsIsAnError()
    {
        Transcript empty;
        empty.segments.append(Segment { kNoTime, kNoTime, QStringLiteral("[Music]"), {}, -1,
            { Word { kNoTime, kNoTime, 0, 7, Word::NonSpeech } }, 0 });
        align::Aligner aligner(empty, {});
        QVERIFY(!aligner.error().isEmpty());
        QVERIFY(!aligner.finish());
    }
};

QTEST_GUILESS_MAIN(TestAligner)
#include "tst_aligner.moc"

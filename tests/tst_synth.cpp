// SPDX-License-Identifier: GPL-3.0-or-later
// The test-episode synthesizer: its transcript must say truly when each word is heard, since the player's
// sync test and the aligner's scorer take it as ground truth.
#include "core/transcriptfile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace hark;

namespace {

struct Wav
{
    int rate = 0;
    QList<qint16> samples;
};

Wav readWav(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray b = f.readAll();
    Wav w;
    if (b.size() < 44 || !b.startsWith("RIFF"))
        return w;
    std::memcpy(&w.rate, b.constData() + 24, 4);
    w.samples.resize((b.size() - 44) / 2);
    std::memcpy(w.samples.data(), b.constData() + 44, size_t(w.samples.size()) * 2);
    return w;
}

// Root-mean-square level of [fromMs, toMs).
double rms(const Wav &w, qint64 fromMs, qint64 toMs)
{
    const qsizetype a = std::clamp<qsizetype>(fromMs * w.rate / 1000, 0, w.samples.size());
    const qsizetype b = std::clamp<qsizetype>(toMs * w.rate / 1000, 0, w.samples.size());
    double sum = 0;
    for (qsizetype i = a; i < b; ++i)
        sum += double(w.samples[i]) * w.samples[i];
    return b > a ? std::sqrt(sum / double(b - a)) : 0;
}

} // namespace

class TestSynth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordTimesFollowTheSound()
    {
        QTemporaryDir dir;
        const QString script = dir.filePath("s.txt");
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Vowel-initial words and pairs spoken as one unit are where espeak-ng's word events go wrong.
        f.write("voice Ann en-us+f2 165\nvoice Bob en-us+m3 150\ntitle Test\ngap 600\n"
                "Ann: It is such an odd idea, out of the blue.\n"
                "Bob: I had to ask: is it all over?\n"
                "Ann: Of the eight apples, one is a lemon.\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral(HARK_SYNTH), { script, dir.filePath("s.wav"), dir.filePath("s.vtt") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);

        const ReadResult r = TranscriptFile::read(dir.filePath("s.vtt"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const Transcript &t = *r.transcript;
        QCOMPARE(t.metadata.title, QStringLiteral("Test"));
        QCOMPARE(t.speakers, (QStringList { "Ann", "Bob" }));
        QCOMPARE(t.segments.size(), qsizetype(3));
        QCOMPARE(t.wordCount(), qsizetype(10 + 8 + 8));
        QCOMPARE(t.timedWordCount(), t.wordCount());

        const Wav wav = readWav(dir.filePath("s.wav"));
        QCOMPARE(wav.rate, 22050);
        qint64 previous = -1;
        for (const Segment &s : t.segments) {
            // The turn starts out of silence (the gap is digital zero; times are rounded to the millisecond)
            // and its first word is heard at once.
            QCOMPARE(rms(wav, s.start - 60, s.start - 1), 0.0);
            QVERIFY2(rms(wav, s.start, s.start + 60) > 300, qPrintable(s.text));
            for (qsizetype i = 0; i < s.words.size(); ++i) {
                const Word &w = s.words[i];
                QVERIFY2(w.start > previous, qPrintable(s.wordText(i).toString()));
                QVERIFY(w.end >= w.start);
                previous = w.start;
                // Sound within the first 120 ms of every word (an initial stop's closure is silent up to ~60
                // ms).
                QVERIFY2(rms(wav, w.start, w.start + 120) > 300, qPrintable(s.wordText(i).toString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"

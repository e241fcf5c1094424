// SPDX-License-Identifier: GPL-3.0-or-later
// The real pocketsphinx on a synthesized two-voice episode, with a language model and a dictionary built
// from its transcript: the words it hears anchor to the transcript where they were said.
#include "anchors.h"
#include "languagemodel.h"
#include "pcmdecoder.h"
#include "pronunciations.h"
#include "recognizer.h"
#include "spokenform.h"
#include "transcriptfile.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace hark;
using namespace hark::align;

class TestRecognizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchorsTheTranscriptWhereItWasSaid()
    {
        QTemporaryDir dir;
        const QString script = QFINDTESTDATA("data/sync/sync.script");
        QVERIFY(!script.isEmpty());
        QCOMPARE(QProcess::execute(
                     QStringLiteral(HARK_SYNTH), { script, dir.filePath("ep.wav"), dir.filePath("ep.vtt") }),
            0);
        const ReadResult truth = TranscriptFile::read(dir.filePath("ep.vtt"));
        QVERIFY(truth.transcript);

        // The transcript as spoken tokens, each with its true start.
        QStringList tokens;
        std::vector<qint64> tokenStarts;
        QList<QStringList> sentences;
        for (const Segment &s : truth.transcript->segments) {
            QStringList sentence;
            for (qsizetype w = 0; w < s.words.size(); ++w) {
                const QStringList spoken = spokenForm(s.wordText(w));
                for (qsizetype k = 0; k < spoken.size(); ++k) {
                    tokens.append(spoken[k]);
                    tokenStarts.push_back(k == 0 ? s.words[w].start : -1);
                }
                sentence += spoken;
            }
            sentences.append(sentence);
        }
        const LanguageModel lm(sentences, { QStringLiteral("um"), QStringLiteral("uh") });
        QString error;
        const QStringList vocabulary = lm.vocabulary();
        QSet<QString> words(vocabulary.begin(), vocabulary.end());
        const Pronunciations dict = Pronunciations::load(Recognizer::defaultDictionary(), words, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("dictionary: %lld words missing: %s", qint64(dict.missing().size()),
            qPrintable(dict.missing().join(u' ')));
        QFile lmFile(dir.filePath("lm.arpa")), dictFile(dir.filePath("words.dict"));
        QVERIFY(lmFile.open(QIODevice::WriteOnly) && lmFile.write(lm.arpa()) > 0);
        QVERIFY(dictFile.open(QIODevice::WriteOnly) && dictFile.write(dict.text()) > 0);
        lmFile.close();
        dictFile.close();

        std::vector<qint16> pcm;
        const PcmDecoder::Result decoded
            = PcmDecoder::decode(dir.filePath("ep.wav"), [&](const qint16 *s, qsizetype n) {
                  pcm.insert(pcm.end(), s, s + n);
                  return true;
              });
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));

        Recognizer recognizer(Recognizer::defaultAcousticModel(), lmFile.fileName(), dictFile.fileName());
        QVERIFY2(recognizer.isValid(), qPrintable(recognizer.error()));
        const std::vector<RecognizedWord> heard = recognizer.recognize(pcm.data(), qsizetype(pcm.size()), 0);
        QStringList heardWords;
        for (const RecognizedWord &w : heard)
            heardWords.append(w.word);
        qInfo("heard: %s", qPrintable(heardWords.join(u' ')));
        const auto anchors = anchorWords(tokens, heardWords);
        std::vector<double> errors;
        for (const auto &[t, r] : anchors)
            if (tokenStarts[std::size_t(t)] >= 0)
                errors.push_back(double(std::abs(heard[std::size_t(r)].start - tokenStarts[std::size_t(t)])));
        std::sort(errors.begin(), errors.end());
        const double median = errors.empty() ? 1e9 : errors[errors.size() / 2];
        const auto within100 = std::count_if(errors.begin(), errors.end(), [](double e) { return e <= 100; });
        qInfo("%zu of %lld tokens anchored; start error median %.0f ms, %lld within 100 ms", anchors.size(),
            qint64(tokens.size()), median, qint64(within100));
        QVERIFY(anchors.size() > std::size_t(tokens.size()) * 6 / 10);
        QVERIFY(median <= 40);
        QVERIFY(within100 >= qint64(errors.size()) * 9 / 10);
    }
};

QTEST_GUILESS_MAIN(TestRecognizer)
#include "tst_recognizer.moc"

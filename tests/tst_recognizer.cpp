// SPDX-License-Identifier: GPL-3.0-or-later
// The real pocketsphinx on a synthesized two-voice episode, with a language model and a dictionary built
// from its transcript: the words it hears anchor to the transcript where they were said.
#include "align/anchors.h"
#include "align/languagemodel.h"
#include "align/pronunciations.h"
#include "align/recognizer.h"
#include "align/spokenform.h"
#include "core/transcriptfile.h"
#include "media/pcmdecoder.h"

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
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString script = QFINDTESTDATA("data/sync/sync.script");
        QVERIFY(!script.isEmpty());
        QCOMPARE(QProcess::execute(QStringLiteral(HARK_SYNTH),
                     { script, m_dir.filePath("ep.wav"), m_dir.filePath("ep.vtt") }),
            0);
        const ReadResult truth = TranscriptFile::read(m_dir.filePath("ep.vtt"));
        QVERIFY(truth.transcript);

        // The transcript as spoken tokens, each with its true start.
        QList<QStringList> sentences;
        for (const Segment &s : truth.transcript->segments) {
            QStringList sentence;
            for (qsizetype w = 0; w < s.words.size(); ++w) {
                const QStringList spoken = spokenForm(s.wordText(w));
                for (qsizetype k = 0; k < spoken.size(); ++k) {
                    m_tokens.append(spoken[k]);
                    m_tokenStarts.push_back(k == 0 ? s.words[w].start : -1);
                }
                sentence += spoken;
            }
            sentences.append(sentence);
        }
        m_firstSentence = sentences.constFirst();
        m_firstEnd = truth.transcript->segments.constFirst().end;
        const LanguageModel lm(sentences, { QStringLiteral("um"), QStringLiteral("uh") });
        const QStringList vocabulary = lm.vocabulary();
        QSet<QString> words(vocabulary.begin(), vocabulary.end());
        const auto [loaded, error] = Pronunciations::load(Recognizer::defaultDictionary(), words);
        QVERIFY2(loaded, qPrintable(error));
        const Pronunciations &dict = *loaded;
        qInfo("dictionary: %lld words missing: %s", qint64(dict.missing().size()),
            qPrintable(dict.missing().join(u' ')));
        QFile lmFile(m_dir.filePath("lm.arpa")), dictFile(m_dir.filePath("words.dict"));
        QVERIFY(lmFile.open(QIODevice::WriteOnly) && lmFile.write(lm.arpa()) > 0);
        QVERIFY(dictFile.open(QIODevice::WriteOnly) && dictFile.write(dict.text()) > 0);
        lmFile.close();
        dictFile.close();

        const PcmDecoder::Result decoded
            = PcmDecoder::decode(m_dir.filePath("ep.wav"), [&](const qint16 *s, qsizetype n) {
                  m_pcm.insert(m_pcm.end(), s, s + n);
                  return true;
              });
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    }

    void anchorsTheTranscriptWhereItWasSaid()
    {
        Recognizer recognizer(Recognizer::defaultAcousticModel(), lmPath(), dictPath());
        QVERIFY2(recognizer.isValid(), qPrintable(recognizer.error()));
        const std::vector<RecognizedWord> heard
            = recognizer.recognize(m_pcm.data(), qsizetype(m_pcm.size()), 0);
        QStringList heardWords;
        for (const RecognizedWord &w : heard)
            heardWords.append(w.word);
        qInfo("heard: %s", qPrintable(heardWords.join(u' ')));
        const auto anchors = anchorWords(m_tokens, heardWords);
        std::vector<double> errors;
        for (const auto &[t, r] : anchors)
            if (m_tokenStarts[std::size_t(t)] >= 0)
                errors.push_back(
                    double(std::abs(heard[std::size_t(r)].start - m_tokenStarts[std::size_t(t)])));
        std::sort(errors.begin(), errors.end());
        const double median = errors.empty() ? 1e9 : errors[errors.size() / 2];
        const auto within100 = std::count_if(errors.begin(), errors.end(), [](double e) { return e <= 100; });
        qInfo("%zu of %lld tokens anchored; start error median %.0f ms, %lld within 100 ms", anchors.size(),
            qint64(m_tokens.size()), median, qint64(within100));
        QVERIFY(anchors.size() > std::size_t(m_tokens.size()) * 6 / 10);
        QVERIFY(median <= 40);
        QVERIFY(within100 >= qint64(errors.size()) * 9 / 10);
    }

    // Each search gives up, with nothing, once its cancel is set, and hears words while it is not.
    void aCancelStopsEachSearch_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("recognize") << QStringLiteral("recognize");
        QTest::newRow("recognize with another model") << QStringLiteral("recognizeWith");
        QTest::newRow("forced alignment") << QStringLiteral("forceAlign");
    }
    void aCancelStopsEachSearch()
    {
        QFETCH(QString, search);
        Recognizer recognizer(Recognizer::defaultAcousticModel(), lmPath(), dictPath(), true);
        QVERIFY2(recognizer.isValid(), qPrintable(recognizer.error()));
        // The first sentence's audio and words.
        const qsizetype count = qsizetype((m_firstEnd + 200) * 16);
        QVERIFY(count <= qsizetype(m_pcm.size()));
        QList<QStringList> units;
        for (const QString &token : m_firstSentence)
            units.append(QStringList { token });
        const auto run = [&](const std::atomic<bool> *cancel) {
            if (search == QLatin1String("recognize"))
                return recognizer.recognize(m_pcm.data(), count, 0, cancel);
            if (search == QLatin1String("recognizeWith"))
                return recognizer.recognizeWith(lmPath(), m_pcm.data(), count, 0, cancel);
            return recognizer.forceAlign(m_pcm.data(), count, 0, units, cancel);
        };
        const std::atomic<bool> notCancelled { false }, cancelled { true };
        QVERIFY(!run(&notCancelled).empty());
        QVERIFY(run(&cancelled).empty());
        QVERIFY(!run(nullptr).empty()); // and the decoder is ready for the next
    }

private:
    QString lmPath() const { return m_dir.filePath(QStringLiteral("lm.arpa")); }
    QString dictPath() const { return m_dir.filePath(QStringLiteral("words.dict")); }

    QTemporaryDir m_dir;
    QStringList m_tokens; // the transcript as spoken tokens
    std::vector<qint64> m_tokenStarts; // each token's true start, -1 for a word's later tokens
    QStringList m_firstSentence; // its tokens
    qint64 m_firstEnd = 0; // ms
    std::vector<qint16> m_pcm;
};

QTEST_GUILESS_MAIN(TestRecognizer)
#include "tst_recognizer.moc"

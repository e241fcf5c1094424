// SPDX-License-Identifier: GPL-3.0-or-later
// The aligner's input: files of several kinds decoded by GStreamer to 16 kHz mono, streamed in blocks, on
// the timeline the listener hears (tone bursts at known times are found where they were written).
#include "audio/wavfile.h"
#include "media/pcmdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

using namespace hark;

namespace {

constexpr double kSeconds = 3.0;
const std::vector<double> kBursts { 0.5, 1.3, 2.2 }; // s: 150 ms of 1 kHz each

std::vector<float> burstSignal(int rate)
{
    std::vector<float> out(std::size_t(kSeconds * rate));
    for (double at : kBursts)
        for (auto i = std::size_t(at * rate); i < std::size_t((at + 0.15) * rate); ++i)
            out[i] = float(12000.0 * std::sin(2 * M_PI * 1000.0 * (double(i) / rate - at)));
    return out;
}

// Where each burst starts in @p pcm (16 kHz), by the first sample above a fifth of the bursts' level.
std::vector<double> onsets(const std::vector<qint16> &pcm)
{
    std::vector<double> found;
    std::size_t quietSince = 0;
    for (std::size_t i = 0; i < pcm.size(); ++i) {
        if (std::abs(pcm[i]) < 2400)
            continue;
        if (i - quietSince > 4000) // 250 ms of quiet before it
            found.push_back(double(i) / PcmDecoder::kSampleRate);
        quietSince = i;
    }
    return found;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s: %s", qPrintable(program), p.readAll().constData());
        return false;
    }
    return true;
}

} // namespace

class TestPcmDecoder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void decodesOnTheListenersTimeline_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("tolerance"); // s, for each burst's start
        QTest::addRow("WAV, 16 kHz") << "16k.wav" << 0.001;
        QTest::addRow("WAV, 22.05 kHz") << "22k.wav" << 0.002;
        QTest::addRow("WAV, 44.1 kHz") << "44k.wav" << 0.002;
        QTest::addRow("MP3, 64 kbit/s at 22.05 kHz") << "cbr.mp3" << 0.005;
        QTest::addRow("MP3, lame -V5 at 44.1 kHz") << "vbr.mp3" << 0.005;
        QTest::addRow("FLAC, 44.1 kHz") << "44k.flac" << 0.002;
    }

    void decodesOnTheListenersTimeline()
    {
        QFETCH(QString, file);
        QFETCH(double, tolerance);
        const QString path = m_dir.filePath(file);
        if (!QFile::exists(path))
            QVERIFY(make(file));
        std::vector<qint16> pcm;
        qsizetype largestBlock = 0;
        qint64 lastProgress = -1, progressDuration = -1;
        const PcmDecoder::Result result = PcmDecoder::decode(
            path,
            [&](const qint16 *samples, qsizetype count) {
                pcm.insert(pcm.end(), samples, samples + count);
                largestBlock = std::max(largestBlock, count);
                return true;
            },
            [&](qint64 decoded, qint64 duration) {
                QVERIFY(decoded > lastProgress);
                lastProgress = decoded;
                progressDuration = duration;
            });
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.samples, qint64(pcm.size()));
        // The whole of it, and no more (an encoder's padding trimmed): within 30 ms.
        QVERIFY2(std::abs(double(pcm.size()) / PcmDecoder::kSampleRate - kSeconds) < 0.03,
            qPrintable(QString::number(double(pcm.size()) / PcmDecoder::kSampleRate)));
        QVERIFY2(largestBlock <= PcmDecoder::kSampleRate,
            qPrintable(QStringLiteral("a block of %1 samples").arg(largestBlock)));
        QCOMPARE(lastProgress, result.samples * 1000 / PcmDecoder::kSampleRate);
        QVERIFY2(std::abs(progressDuration - qint64(kSeconds * 1000)) < 100,
            qPrintable(QString::number(progressDuration)));
        const std::vector<double> found = onsets(pcm);
        QStringList at;
        for (double t : found)
            at.append(QString::number(t, 'f', 4));
        qInfo("%zu samples in blocks of at most %lld; bursts at %s s", pcm.size(), qint64(largestBlock),
            qPrintable(at.join(u", ")));
        QCOMPARE(found.size(), kBursts.size());
        for (std::size_t i = 0; i < found.size(); ++i)
            QVERIFY2(std::abs(found[i] - kBursts[i]) <= tolerance,
                qPrintable(QStringLiteral("burst %1 at %2 s, written at %3 s")
                               .arg(i)
                               .arg(found[i], 0, 'f', 4)
                               .arg(kBursts[i])));
    }

    void aCancelStopsIt()
    {
        const QString path = m_dir.filePath("vbr.mp3");
        if (!QFile::exists(path))
            QVERIFY(make("vbr.mp3"));
        qint64 handed = 0;
        const PcmDecoder::Result result = PcmDecoder::decode(path, [&](const qint16 *, qsizetype count) {
            if (handed >= PcmDecoder::kSampleRate)
                return false;
            handed += count;
            return true;
        });
        QVERIFY(result.cancelled);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!result.ok());
        QCOMPARE(result.samples, handed);
        QVERIFY(handed < qint64(kSeconds * PcmDecoder::kSampleRate));
    }

    void badFilesGiveAClearError_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty name: no file at all
        QTest::addColumn<QString>("expected");
        QTest::addRow("no such file") << QByteArray() << "cannot read the audio file";
        QTest::addRow("empty file") << QByteArray("") << "cannot decode the audio";
        QTest::addRow("a transcript, not audio")
            << QByteArray("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n") << "cannot decode the audio";
        QTest::addRow("an MP3 header and then nothing")
            << QByteArray::fromHex("fffb9064") + QByteArray(64, '\0') << "cannot decode the audio";
    }

    void badFilesGiveAClearError()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.mp3").arg(QTest::currentDataTag()));
        if (!content.isNull()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        bool handed = false;
        const PcmDecoder::Result result = PcmDecoder::decode(path, [&](const qint16 *, qsizetype) {
            handed = true;
            return true;
        });
        QVERIFY(!result.ok());
        qInfo("%s", qPrintable(result.error));
        QVERIFY2(result.error.startsWith(path + u':'), qPrintable(result.error));
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(!handed);
    }

private:
    bool make(const QString &file)
    {
        const QString path = m_dir.filePath(file);
        if (file == u"16k.wav")
            return test::writeWav(path, burstSignal(16000), 16000);
        if (file == u"22k.wav")
            return test::writeWav(path, burstSignal(22050), 22050);
        if (file == u"44k.wav")
            return test::writeWav(path, burstSignal(44100), 44100);
        if (file == u"cbr.mp3")
            return make("22k.wav") && run("lame", { "--quiet", "-b", "64", m_dir.filePath("22k.wav"), path });
        if (file == u"vbr.mp3")
            return make("44k.wav") && run("lame", { "--quiet", "-V5", m_dir.filePath("44k.wav"), path });
        if (file == u"44k.flac")
            return make("44k.wav") && run("sox", { m_dir.filePath("44k.wav"), path });
        return false;
    }
};

QTEST_GUILESS_MAIN(TestPcmDecoder)
#include "tst_pcmdecoder.moc"

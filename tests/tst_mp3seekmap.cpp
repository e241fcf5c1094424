// SPDX-License-Identifier: GPL-3.0-or-later
// The MP3 frame scanner behind corrected seeks, on real MP3s that lame makes here. (Whether the corrected
// seeks then sound where Hark says is tst_playbacksync's job, against the recorded sound.)
#include "audio/wavfile.h"
#include "media/mp3seekmap.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace hark;

namespace {

// 40 s whose loudness and pitch change every 100 ms, so that lame's VBR frames differ in size.
std::vector<float> varyingSignal(int rate)
{
    std::vector<float> out(std::size_t(40 * rate));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = double(i) / rate;
        const int slot = int(t * 10);
        const double level = (slot * 7919 % 13) / 13.0;
        const double noise = double((i * 1103515245u + 12345u) >> 16 & 0x7fff) / 16384.0 - 1.0;
        out[i] = float(
            8000 * level * (std::sin(2 * M_PI * (200 + slot % 17 * 90) * t) + (slot % 3 == 0 ? noise : 0)));
    }
    return out;
}

} // namespace

class TestMp3SeekMap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wav;
    qint64 m_wavMs = 0;

    QString encode(const QString &name, const QStringList &options)
    {
        const QString out = m_dir.filePath(name);
        QProcess lame;
        lame.start(QStringLiteral("lame"),
            QStringList { QStringLiteral("--quiet") } + options + QStringList { m_wav, out });
        if (!lame.waitForFinished(60'000) || lame.exitCode() != 0)
            return {};
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        constexpr int rate = 22050;
        m_wav = m_dir.filePath("signal.wav");
        const std::vector<float> signal = varyingSignal(rate);
        QVERIFY(test::writeWav(m_wav, signal, rate));
        m_wavMs = qint64(signal.size()) * 1000 / rate;
    }

    void seeksLandOnTheWantedFrame_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addRow("VBR -V5") << QStringList { "-V5" };
        QTest::addRow("VBR -V0, MPEG 1 at 44.1 kHz") << QStringList { "-V0", "--resample", "44.1" };
        QTest::addRow("ABR 64 kbit/s") << QStringList { "--abr", "64" };
        QTest::addRow("CBR with an Info tag (MPEG 1)") << QStringList { "-b", "128", "--resample", "44.1" };
        QTest::addRow("VBR behind a padded ID3v2 tag")
            << QStringList { "-V5", "--id3v2-only", "--tt", "Title", "--pad-id3v2-size", "20000" };
    }

    void seeksLandOnTheWantedFrame()
    {
        QFETCH(QStringList, options);
        const QString mp3 = encode(QStringLiteral("a.mp3"), options);
        QVERIFY(!mp3.isEmpty());
        const auto map = Mp3SeekMap::fromFile(mp3);
        QVERIFY(map);
        // lame adds its encoder delay and pads the last frame: a little longer than the signal, never
        // shorter.
        QVERIFY2(map->durationMs() >= m_wavMs && map->durationMs() < m_wavMs + 200,
            qPrintable(
                QStringLiteral("%1 ms of frames for %2 ms of signal").arg(map->durationMs()).arg(m_wavMs)));
        const double frameMs = double(map->durationMs()) / double(map->frameCount());
        for (qint64 wanted : { qint64(0), qint64(1000), qint64(12'345), m_wavMs / 2, m_wavMs - 1000 }) {
            const Mp3SeekMap::Seek s = map->seekFor(wanted);
            const qint64 landing = s.request + s.offset;
            QVERIFY2(landing >= wanted - 1 && landing <= wanted + qint64(frameMs) + 1,
                qPrintable(QStringLiteral("wanted %1, asked for %2, landed at %3")
                               .arg(wanted)
                               .arg(s.request)
                               .arg(landing)));
            QVERIFY(s.request >= 0 && s.request <= map->durationMs() + 100);
        }
    }

    void noMapWithoutATable_data()
    {
        QTest::addColumn<QByteArray>("data");
        QFile wav(m_wav);
        QVERIFY(wav.open(QIODevice::ReadOnly));
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("a WAV file") << wav.read(100'000);
        QTest::addRow("sync bytes only") << QByteArray(4096, char(0xff));
        const QString plain = encode(QStringLiteral("notag.mp3"), { "-b", "64", "-t" });
        QFile mp3(plain);
        QVERIFY(mp3.open(QIODevice::ReadOnly));
        QTest::addRow("CBR without a Xing/Info tag (lame -t)") << mp3.readAll();
        const QString vbr = encode(QStringLiteral("cut.mp3"), { "-V5" });
        QFile cut(vbr);
        QVERIFY(cut.open(QIODevice::ReadOnly));
        QTest::addRow("cut inside the Xing frame") << cut.read(60);
    }

    void noMapWithoutATable()
    {
        QFETCH(QByteArray, data);
        QVERIFY(!Mp3SeekMap::fromData(data));
    }

    void unreadableFileGivesNoMap() { QVERIFY(!Mp3SeekMap::fromFile(m_dir.filePath("missing.mp3"))); }
};

QTEST_GUILESS_MAIN(TestMp3SeekMap)
#include "tst_mp3seekmap.moc"

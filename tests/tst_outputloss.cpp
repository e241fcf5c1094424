// SPDX-License-Identifier: GPL-3.0-or-later
// Headphones unplugged while playing: the real backend pauses instead of going on through the speakers.
// Headphones as PulseAudio sees them: a second null sink, the default when the test starts (Qt 6.4 reads
// the default once, so it is set before Qt Multimedia is first used), taken away while playing. Its own
// program, so that the other backend tests keep the fixture's sink as the default.
#include "audio/monitorrecorder.h"
#include "audio/warmup.h"
#include "media/mediaplayerbackend.h"

#include <QAudioDevice>
#include <QFileInfo>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <vector>

using namespace hark;

namespace {

bool pactl(const QStringList &arguments, QString *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("pactl"), arguments);
    if (!p.waitForFinished(5000) || p.exitCode() != 0)
        return false;
    if (out)
        *out = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    return true;
}

// How long the recording sounds: the 10 ms windows with an RMS above 100 (speech; silence records as 0).
qint64 soundingMs(const std::vector<qint16> &samples, int rate)
{
    const std::size_t window = std::size_t(rate / 100);
    qint64 ms = 0;
    for (std::size_t at = 0; at + window <= samples.size(); at += window) {
        double sum = 0;
        for (std::size_t i = at; i < at + window; ++i)
            sum += double(samples[i]) * samples[i];
        if (std::sqrt(sum / double(window)) > 100)
            ms += 10;
    }
    return ms;
}

} // namespace

class TestOutputLoss : public QObject
{
    Q_OBJECT

    QUrl m_sample;
    QString m_module; ///< the headphones' module, while loaded

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            pactl({ QStringLiteral("info") }), "no PulseAudio server: run under the pulse fixture (ctest)");
        QVERIFY(pactl({ QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                          QStringLiteral("sink_name=hark_headphones"),
                          QStringLiteral("sink_properties=device.description=Headphones") },
            &m_module));
        QVERIFY(pactl({ QStringLiteral("set-default-sink"), QStringLiteral("hark_headphones") }));
        QCOMPARE(QMediaDevices::defaultAudioOutput().description(), QStringLiteral("Headphones"));
        const QString path = QFINDTESTDATA("../resources/sample/welcome.mp3");
        QVERIFY(!path.isEmpty());
        m_sample = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        QVERIFY(test::warmUpMedia(m_sample));
    }

    void cleanupTestCase()
    {
        if (!m_module.isEmpty())
            pactl({ QStringLiteral("unload-module"), m_module });
        pactl({ QStringLiteral("set-default-sink"), QStringLiteral("hark_test_sink") });
    }

    void unpluggedWhilePlayingPauses()
    {
        MediaPlayerBackend backend;
        QSignalSpy loaded(&backend, &PlaybackBackend::loaded);
        QSignalSpy lost(&backend, &PlaybackBackend::outputLost);
        backend.load(m_sample);
        QVERIFY(loaded.wait(10000));
        backend.play();
        QTRY_VERIFY_WITH_TIMEOUT(backend.position() >= 1000, 10000);
        QCOMPARE(backend.state(), PlaybackBackend::State::Playing);

        // The speakers (the fixture's sink) are listened to from the unplugging on.
        test::MonitorRecorder speakers("hark_test_sink");
        QVERIFY(speakers.start());
        QVERIFY(pactl({ QStringLiteral("unload-module"), std::exchange(m_module, QString()) }));
        QVERIFY(lost.wait(2000));
        QCOMPARE(lost.first().first().toString(), QStringLiteral("Headphones"));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), PlaybackBackend::State::Paused, 2000);
        const qint64 pausedAt = backend.position();
        QTest::qWait(500); // paused means the position stays: nothing plays on through another output
        QVERIFY2(std::abs(backend.position() - pausedAt) < 50,
            qPrintable(QStringLiteral("%1 -> %2").arg(pausedAt).arg(backend.position())));
        // What PulseAudio moved to the speakers before the pause: at most the watch's 200 ms and a little.
        const qint64 leaked = soundingMs(speakers.samples(), speakers.rate());
        qInfo("sound through the speakers after unplugging: %lld ms", leaked);
        QVERIFY2(leaked <= 400, qPrintable(QString::number(leaked)));

        // Playing again goes on through the output that is left.
        backend.play();
        const std::size_t before = speakers.sampleCount();
        QTRY_VERIFY_WITH_TIMEOUT(backend.position() >= pausedAt + 2000, 10000);
        QCOMPARE(backend.state(), PlaybackBackend::State::Playing);
        speakers.stop();
        const std::vector<qint16> all = speakers.samples();
        const qint64 heard = soundingMs({ all.begin() + qsizetype(before), all.end() }, speakers.rate());
        qInfo("played on by %lld ms; heard %lld ms", backend.position() - pausedAt, heard);
        QVERIFY2(heard >= 300, "no sound came out of the speakers after playing again");
        QCOMPARE(lost.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutputLoss)
#include "tst_outputloss.moc"

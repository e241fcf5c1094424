// SPDX-License-Identifier: GPL-3.0-or-later
// The real QMediaPlayer backend, playing the sample episode into a PulseAudio null sink (the pulse fixture),
// with the sink's monitor recorded to prove that sound came out.
#include "audio/warmup.h"
#include "media/mediaplayerbackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace hark;

namespace {

// RMS of a 16-bit PCM WAV as parec writes it (the samples after its 44-byte header).
double wavRms(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray b = f.readAll();
    if (b.size() <= 44)
        return 0;
    const auto *s = reinterpret_cast<const qint16 *>(b.constData() + 44);
    const qsizetype n = (b.size() - 44) / 2;
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += double(s[i]) * s[i];
    return std::sqrt(sum / double(n));
}

} // namespace

class TestMediaPlayerBackend : public QObject
{
    Q_OBJECT

    QUrl m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = QFINDTESTDATA("../resources/sample/welcome.mp3");
        QVERIFY(!path.isEmpty());
        m_sample = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        QVERIFY2(QProcess::execute(QStringLiteral("pactl"), { QStringLiteral("info") }) == 0,
            "no PulseAudio server: run under the pulse fixture (ctest)");
        QVERIFY(test::warmUpMedia(m_sample));
    }

    void playsAndSoundComesOut()
    {
        MediaPlayerBackend backend;
        QSignalSpy loaded(&backend, &PlaybackBackend::loaded);
        QSignalSpy errors(&backend, &PlaybackBackend::errorOccurred);
        backend.load(m_sample);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(
            std::abs(backend.duration() - 74'370) < 200, qPrintable(QString::number(backend.duration())));
        QCOMPARE(backend.state(), PlaybackBackend::State::Paused); // loaded means prerolled at the start

        QTemporaryDir dir;
        QProcess recorder;
        recorder.start(QStringLiteral("parec"),
            { QStringLiteral("-d"), QStringLiteral("hark_test_sink.monitor"),
                QStringLiteral("--file-format=wav"), dir.filePath("rec.wav") });
        QVERIFY(recorder.waitForStarted());
        QSignalSpy state(&backend, &PlaybackBackend::stateChanged);
        QElapsedTimer wall;
        wall.start();
        backend.play();
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), PlaybackBackend::State::Playing, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(backend.position() >= 3000, 10000);
        const qint64 position = backend.position();
        const qint64 elapsed = wall.elapsed();
        // Real time: the position moved no faster than the clock (the audio server takes a moment to start).
        QVERIFY2(position <= elapsed + 150 && position >= elapsed - 2500,
            qPrintable(QStringLiteral("position %1 after %2 ms").arg(position).arg(elapsed)));
        backend.pause();
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), PlaybackBackend::State::Paused, 5000);
        recorder.terminate();
        QVERIFY(recorder.waitForFinished(5000));
        QVERIFY2(wavRms(dir.filePath("rec.wav")) > 100, "the sink's monitor recorded silence");
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QVERIFY(!state.isEmpty());
    }

    void seekBeforeLoadAndWhilePaused()
    {
        MediaPlayerBackend backend;
        QSignalSpy loaded(&backend, &PlaybackBackend::loaded);
        backend.load(m_sample);
        backend.setPosition(30'000); // asked before the media has loaded
        QCOMPARE(backend.position(), qint64(30'000));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(backend.position() - 30'000) < 300, 5000);
        backend.play();
        QTRY_VERIFY_WITH_TIMEOUT(backend.position() > 30'500, 10000);
        backend.pause();
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), PlaybackBackend::State::Paused, 5000);
        backend.setPosition(60'000);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(backend.position() - 60'000) < 300, 5000);
        QCOMPARE(backend.state(), PlaybackBackend::State::Paused);
    }

    // Play asked before the media has loaded (as opening an episode at a time does) starts once it has, from
    // the position asked meanwhile, never from the start.
    void playAskedBeforeLoadStartsAtTheSeek()
    {
        MediaPlayerBackend backend;
        QSignalSpy loaded(&backend, &PlaybackBackend::loaded);
        QSignalSpy errors(&backend, &PlaybackBackend::errorOccurred);
        QList<qint64> positions;
        connect(&backend, &PlaybackBackend::positionChanged, this, [&](qint64 ms) { positions.append(ms); });
        backend.load(m_sample);
        backend.setPosition(40'000);
        backend.play();
        QCOMPARE_NE(backend.state(), PlaybackBackend::State::Playing);
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), PlaybackBackend::State::Playing, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(backend.position() > 41'000, 10000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        for (qint64 ms : std::as_const(positions))
            QVERIFY2(ms == 0 || ms >= 40'000, qPrintable(QString::number(ms)));
    }

    // GStreamer ignores a rate set before playback: the backend applies it once playing.
    void rateSetBeforePlayApplies()
    {
        MediaPlayerBackend backend;
        QSignalSpy loaded(&backend, &PlaybackBackend::loaded);
        backend.load(m_sample);
        QVERIFY(loaded.wait(10000));
        backend.setRate(2.0);
        backend.play();
        // PulseAudio's sink reports no progress for its first second or two, then catches up: measure after.
        QTRY_VERIFY_WITH_TIMEOUT(backend.position() > 3000, 10000);
        const qint64 start = backend.position();
        QElapsedTimer wall;
        wall.start();
        QTRY_VERIFY_WITH_TIMEOUT(wall.elapsed() >= 2000, 3000);
        const double speed = double(backend.position() - start) / double(wall.elapsed());
        QVERIFY2(speed > 1.7 && speed < 2.3, qPrintable(QString::number(speed)));
        QCOMPARE(backend.rate(), 2.0);
    }

    void missingFileReportsAnError()
    {
        MediaPlayerBackend backend;
        QSignalSpy error(&backend, &PlaybackBackend::errorOccurred);
        backend.load(QUrl::fromLocalFile(QStringLiteral("/nonexistent/episode.mp3")));
        QVERIFY(error.wait(10000));
        QVERIFY(!error.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMediaPlayerBackend)
#include "tst_mediaplayerbackend.moc"

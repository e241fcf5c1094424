// SPDX-License-Identifier: GPL-3.0-or-later
// With no sound server and no sound device, Hark says so and does not pretend to play. (Without the check,
// QMediaPlayer rushed through the episode in silence to its end, and the window showed it as heard.)
// Runs with XDG_RUNTIME_DIR pointing at an empty folder and PULSE_SERVER at nothing (tests/CMakeLists.txt).
#include "media/mediaplayerbackend.h"
#include "ui/mainwindow.h"
#include "windowfixture.h"

#include <QApplication>
#include <QAudioDevice>
#include <QFileInfo>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace hark;

class TestNoSound : public QObject
{
    Q_OBJECT

    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            QMediaDevices::audioOutputs().isEmpty(), "this test needs a machine view with no sound device");
        m_sample = QFileInfo(QFINDTESTDATA("../resources/sample/welcome.mp3")).absoluteFilePath();
        QVERIFY(QFileInfo::exists(m_sample));
    }

    void theBackendRefusesToPlay()
    {
        MediaPlayerBackend backend;
        QSignalSpy errors(&backend, &PlaybackBackend::errorOccurred);
        backend.load(QUrl::fromLocalFile(m_sample));
        QTRY_VERIFY_WITH_TIMEOUT(backend.duration() > 0, 10000);
        backend.play();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0][0].toString().contains(QLatin1String("no sound output")),
            qPrintable(errors[0][0].toString()));
        QTest::qWait(1500);
        QVERIFY(backend.state() != PlaybackBackend::State::Playing);
        QCOMPARE(backend.position(), 0);
    }

    void theWindowSaysSoAndStaysPut()
    {
        test::Window<MediaPlayerBackend> fixture;
        MainWindow &window = fixture.window;
        window.show();
        QVERIFY(window.session().open(m_sample)); // asks to play at once
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QLatin1String("no sound output")), 10000);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Cannot play the audio")),
            qPrintable(window.statusBar()->currentMessage()));
        QTest::qWait(1500);
        QCOMPARE(window.session().position(), 0);
        QVERIFY(window.session().backend()->state() != PlaybackBackend::State::Playing);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestNoSound test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nosound.moc"

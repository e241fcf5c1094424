// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the command line (hark info|convert|align, --help, --version) or the player window.
#include "commandline.h"
#include "desktopsession.h"
#include "mainwindow.h"
#include "mediaplayerbackend.h"
#include "settings.h"
#include "singleinstance.h"
#include "timecode.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("hark"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hark"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hark.app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HARK_VERSION));
}

bool isCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    return first == "info" || first == "convert" || first == "align" || first == "-h" || first == "--help"
        || first == "-v" || first == "--version";
}

// The bundled sample episode: beside the program in a build tree, or in the installed data folder.
QString sampleEpisode()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : { bin.filePath(QStringLiteral("../../resources/sample/welcome.mp3")),
             bin.filePath(QStringLiteral("../share/hark/sample/welcome.mp3")) }) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        setNames();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return hark::CommandLine::run(QCoreApplication::arguments(), out, err);
    }

    // The window's arguments are checked before any window system is touched, so that a wrong argument is
    // a usage error (exit 2) and a missing file exit 1, display or not.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    const QCommandLineOption paused(QStringLiteral("paused"));
    const QCommandLineOption at(QStringLiteral("at"), QString(), QStringLiteral("TIME"));
    const QCommandLineOption newWindow(QStringLiteral("new-window"));
    parser.addOptions({ paused, at, newWindow });
    if (!parser.parse(arguments)) {
        std::fprintf(
            stderr, "hark: %s\nTry 'hark --help' for more information.\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "hark: one EPISODE at a time\nTry 'hark --help' for more information.\n");
        return 2;
    }
    QString error;
    std::optional<qint64> start;
    if (parser.isSet(at)) {
        const auto t = hark::timecode::parseClock(parser.value(at), &error);
        if (!t) {
            std::fprintf(stderr, "hark: --at: %s\n", qPrintable(error));
            return 2;
        }
        start = *t;
    }
    QString episode = parser.positionalArguments().value(0);
    if (!episode.isEmpty() && !QFileInfo::exists(episode)) {
        std::fprintf(stderr, "hark: %s: no such file\n", qPrintable(episode));
        return 1;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fprintf(stderr,
            "hark: cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)\n"
            "Try 'hark info FILE' for what Hark reads without a window.\n");
        return 1;
    }

    QApplication app(argc, argv);
    setNames();
    QGuiApplication::setDesktopFileName(QStringLiteral(HARK_APP_ID));

    // One Hark per session: a running one takes the file (and comes forward) unless --new-window.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    hark::SingleInstance instance(bus, QStringLiteral(HARK_APP_ID));
    if (!parser.isSet(newWindow) && instance.claim() == hark::SingleInstance::Claim::RunningElsewhere) {
        const QString path = episode.isEmpty() ? QString() : QFileInfo(episode).absoluteFilePath();
        if (instance.handOver(path, parser.isSet(paused), start.value_or(-1), &error))
            return 0;
        std::fprintf(stderr, "hark: the running Hark did not answer (%s); opening another window\n",
            qPrintable(error));
    }

    hark::Settings settings;
    // No episode named: the one last listened to (where it was left), else the sample.
    if (episode.isEmpty() && QFileInfo::exists(settings.lastEpisode()))
        episode = settings.lastEpisode();
    if (episode.isEmpty())
        episode = sampleEpisode();
    hark::MainWindow window(new hark::MediaPlayerBackend);
    window.setSettings(&settings);
    hark::DesktopSession desktop(&window, bus, QDBusConnection::systemBus());
    desktop.serve(&instance);
    if (!episode.isEmpty())
        window.openEpisode(episode, parser.isSet(paused), start);
    window.show();
    return app.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the command line (hark info|convert|align, --help, --version) or the player window.
#include "commandline.h"
#include "mainwindow.h"
#include "mediaplayerbackend.h"
#include "timecode.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

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

    QApplication app(argc, argv);
    setNames();
    QGuiApplication::setDesktopFileName(QStringLiteral(HARK_APP_ID));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A podcast player that keeps the transcript in step with the audio."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption paused(
        QStringLiteral("paused"), QCoreApplication::translate("main", "Open the episode paused."));
    const QCommandLineOption at(QStringLiteral("at"),
        QCoreApplication::translate("main", "Start at TIME (12:34 or 754)."), QStringLiteral("TIME"));
    parser.addOptions({ paused, at });
    parser.addPositionalArgument(QStringLiteral("EPISODE"),
        QCoreApplication::translate("main", "An audio file, or a transcript with its audio beside it."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(
            stderr, "hark: %s\nTry 'hark --help' for more information.\n", qPrintable(parser.errorText()));
        return 2;
    }
    QString error;
    qint64 start = 0;
    if (parser.isSet(at)) {
        const auto t = hark::timecode::parseClock(parser.value(at), &error);
        if (!t) {
            std::fprintf(stderr, "hark: --at: %s\n", qPrintable(error));
            return 2;
        }
        start = *t;
    }
    QString episode = parser.positionalArguments().value(0);
    if (episode.isEmpty())
        episode = sampleEpisode();
    if (!episode.isEmpty() && !QFileInfo::exists(episode)) {
        std::fprintf(stderr, "hark: %s: no such file\n", qPrintable(episode));
        return 1;
    }
    hark::MainWindow window(new hark::MediaPlayerBackend);
    if (!episode.isEmpty())
        window.openEpisode(episode, parser.isSet(paused), start);
    window.show();
    return app.exec();
}

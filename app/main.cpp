// SPDX-License-Identifier: GPL-3.0-or-later
// Picks the command line (hark info|convert|align|feed, --help, --version) or the player window.
#include "cli/commandline.h"
#include "core/settings.h"
#include "core/timecode.h"
#include "core/translations.h"
#include "episode/playersession.h"
#include "library/librarydatabase.h"
#include "library/podcastlibrary.h"
#include "library/searchindexer.h"
#include "media/mediaplayerbackend.h"
#include "ui/desktopsession.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::Main)
};

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
    return first == "info" || first == "convert" || first == "align" || first == "feed"
        || first == "subscribe" || first == "unsubscribe" || first == "refresh" || first == "episodes"
        || first == "download" || first == "opml" || first == "search" || first == "-h" || first == "--help"
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

// What the window was asked for on the command line.
struct WindowArguments
{
    QString episode;
    bool paused = false;
    bool newWindow = false;
    std::optional<qint64> start;
};

void complain(const QString &message, bool tryHelp)
{
    QString text = QStringLiteral("hark: ") + message + u'\n';
    if (tryHelp)
        text += Tr::tr("Try 'hark --help' for more information.") + u'\n';
    std::fputs(qPrintable(text), stderr);
}

// The arguments without Qt's own (the QApplication takes those: -platform xcb, -style=Fusion, -reverse, and
// -session ID, with which the desktop brings a window back after logging in), for the window's check.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue { QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("session"),
        QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("qmljsdebugger"),
        // X11's older names, which Qt takes on xcb
        QStringLiteral("title"), QStringLiteral("icon"), QStringLiteral("name"), QStringLiteral("visual") };
    static const QStringList alone { QStringLiteral("reverse"), QStringLiteral("widgetcount"),
        QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync") };
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--")) { // the rest are names, whatever they look like
            kept += arguments.mid(i);
            break;
        }
        if (i == 0 || !a.startsWith(u'-')) {
            kept.append(a);
            continue;
        }
        const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1).section(u'=', 0, 0);
        if (withValue.contains(name)) {
            if (!a.contains(u'='))
                ++i; // and its value
        } else if (!alone.contains(name)) {
            kept.append(a);
        }
    }
    return kept;
}

// The window's arguments are checked before any window system is touched, so that a wrong argument is
// a usage error (exit 2) and a missing file exit 1, display or not. Returns the exit code on an error.
std::optional<int> checkWindowArguments(const QStringList &arguments, WindowArguments &wanted)
{
    QCommandLineParser parser;
    const QCommandLineOption paused(QStringLiteral("paused"));
    const QCommandLineOption at(QStringLiteral("at"), QString(), QStringLiteral("TIME"));
    const QCommandLineOption newWindow(QStringLiteral("new-window"));
    parser.addOptions({ paused, at, newWindow });
    if (!parser.parse(arguments)) {
        complain(parser.errorText(), true);
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        complain(Tr::tr("one EPISODE at a time"), true);
        return 2;
    }
    wanted.paused = parser.isSet(paused);
    wanted.newWindow = parser.isSet(newWindow);
    if (parser.isSet(at)) {
        const hark::Result<qint64> start = hark::timecode::parseClock(parser.value(at));
        if (!start.ok()) {
            complain(QStringLiteral("--at: ") + start.error, false);
            return 2;
        }
        wanted.start = start.value;
    }
    wanted.episode = parser.positionalArguments().value(0);
    if (!wanted.episode.isEmpty() && !QFileInfo::exists(wanted.episode)) {
        complain(Tr::tr("%1: no such file").arg(wanted.episode), false);
        return 1;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        complain(Tr::tr("cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)\n"
                        "Try 'hark info FILE' for what Hark reads without a window."),
            false);
        return 1;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    if (isCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        setNames();
        hark::translations::install();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return hark::CommandLine::run(QCoreApplication::arguments(), out, err);
    }

    WindowArguments wanted;
    {
        // No window system yet: a core application only, for the messages' translations.
        QCoreApplication checking(argc, argv);
        hark::translations::install();
        if (const auto exitCode
            = checkWindowArguments(withoutQtOptions(QCoreApplication::arguments()), wanted))
            return *exitCode;
    }

    QApplication app(argc, argv);
    setNames();
    QGuiApplication::setDesktopFileName(QStringLiteral(HARK_APP_ID));
    hark::translations::install();

    // One Hark per session: a running one takes the file (and comes forward) unless --new-window.
    const QDBusConnection bus = QDBusConnection::sessionBus();
    hark::SingleInstance instance(bus, QStringLiteral(HARK_APP_ID));
    if (!wanted.newWindow && instance.claim() == hark::SingleInstance::Claim::RunningElsewhere) {
        const QString path
            = wanted.episode.isEmpty() ? QString() : QFileInfo(wanted.episode).absoluteFilePath();
        const hark::Status handed = instance.handOver(path, wanted.paused, wanted.start.value_or(-1));
        if (handed.ok())
            return 0;
        complain(
            Tr::tr("the running Hark did not answer (%1); opening another window").arg(handed.error), false);
    }

    hark::Settings settings;
    // No episode named: the one last listened to (where it was left), else the sample.
    QString episode = wanted.episode;
    if (episode.isEmpty() && QFileInfo::exists(settings.lastEpisode()))
        episode = settings.lastEpisode();
    if (episode.isEmpty())
        episode = sampleEpisode();
    // The podcasts: a library that cannot be opened (made by a newer Hark, say) leaves the player as it was,
    // remembering in the settings. It outlives the session, which remembers into it to the end.
    auto library = hark::LibraryDatabase::open(hark::LibraryDatabase::defaultPath());
    // The search index of every transcript, kept true in the background (it outlives the library's users).
    std::unique_ptr<hark::SearchIndexer> indexer;
    std::unique_ptr<hark::PodcastLibrary> podcasts;
    if (library.ok()) {
        indexer = std::make_unique<hark::SearchIndexer>((*library.value)->path());
        podcasts = std::make_unique<hark::PodcastLibrary>(
            **library.value, hark::PodcastLibrary::downloadsRoot(settings));
        podcasts->setSearchIndexer(indexer.get());
        if (const auto carried
            = podcasts->database().importListeningMemory(settings, settings.rememberedEpisodes());
            !carried.ok())
            complain(
                Tr::tr("cannot carry what was remembered into the library: %1").arg(carried.error), false);
    } else {
        complain(library.error, false);
    }
    // The session plays; the window and the desktop (MPRIS, later launches, the sleep locks) drive it.
    hark::PlayerSession player(std::make_unique<hark::MediaPlayerBackend>(), settings);
    hark::MainWindow window(player, settings);
    if (podcasts) {
        player.setListeningMemory(podcasts.get());
        player.setTranscriptCatalogue(indexer.get());
        window.setLibrary(*podcasts);
        QObject::connect(
            indexer.get(), &hark::SearchIndexer::checked, &window, [&window](const QString &done) {
                if (!done.isEmpty())
                    window.statusBar()->showMessage(done, 10'000);
            });
        indexer->check(); // at start, in the background: a damaged index is rebuilt, changed files read again
    }
    hark::DesktopSession desktop(&player, bus, QDBusConnection::systemBus());
    QObject::connect(
        &desktop, &hark::DesktopSession::raiseRequested, &window, &hark::MainWindow::comeForward);
    QObject::connect(&desktop, &hark::DesktopSession::quitRequested, &window, &QWidget::close);
    desktop.serve(&instance);
    if (!episode.isEmpty())
        player.open(episode, wanted.paused, wanted.start);
    window.show();
    return app.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Hark on the desktop's bus: its MPRIS player read and driven by real clients (QtDBus and playerctl), the
// sleep locks taken from stand-ins for the screen saver and the login manager, and a second launch of the
// real program handing its file over. Runs under its own bus (CTest starts it with dbus-run-session).
#include "core/settings.h"
#include "episode/playersession.h"
#include "fakebackend.h"
#include "ui/desktopsession.h"
#include "ui/mainwindow.h"
#include "ui/mprisservice.h"
#include "ui/sleepinhibitor.h"
#include "windowfixture.h"

#include <QApplication>
#include <QBuffer>
#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <fcntl.h>
#include <unistd.h>

#include <taglib/attachedpictureframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>

using namespace hark;

namespace {

const QString kMpris = QStringLiteral("org.mpris.MediaPlayer2.hark");
const QString kPath = QStringLiteral("/org/mpris/MediaPlayer2");
const QString kPlayer = QStringLiteral("org.mpris.MediaPlayer2.Player");
const QString kRoot = QStringLiteral("org.mpris.MediaPlayer2");

// A client of its own on the session bus: what a desktop's media widget is.
QDBusConnection client()
{
    return QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("client"));
}

// A call that keeps the event loop running meanwhile: the player answers from this same thread.
QDBusMessage call(const QString &interface, const QString &method, const QVariantList &arguments = {},
    const QString &service = kMpris)
{
    QDBusMessage m = QDBusMessage::createMethodCall(service, kPath, interface, method);
    m.setArguments(arguments);
    return client().call(m, QDBus::BlockWithGui, 5000);
}

QVariant mprisProperty(const QString &interface, const QString &name, const QString &service = kMpris)
{
    const QDBusMessage reply = call(QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
        { interface, name }, service);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return QString(QStringLiteral("error: ") + reply.errorMessage());
    return reply.arguments().value(0).value<QDBusVariant>().variant();
}

bool setMprisProperty(const QString &name, const QVariant &value)
{
    return call(QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Set"),
               { kPlayer, name, QVariant::fromValue(QDBusVariant(value)) })
               .type()
        == QDBusMessage::ReplyMessage;
}

QVariantMap metadata(const QString &service = kMpris)
{
    return qdbus_cast<QVariantMap>(
        mprisProperty(kPlayer, QStringLiteral("Metadata"), service).value<QDBusArgument>());
}

// The screen saver's Inhibit/UnInhibit, as a desktop serves them.
class ScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    QSet<uint> held;
    uint next = 41;
    QString reason;

public Q_SLOTS:
    Q_SCRIPTABLE uint Inhibit(const QString &application, const QString &why)
    {
        reason = application + u": " + why;
        held.insert(++next);
        return next;
    }
    Q_SCRIPTABLE void UnInhibit(uint cookie) { held.remove(cookie); }
};

// logind's Inhibit: the lock lasts while any copy of the returned file stays open; here, a pipe whose
// read end sees end-of-file once Hark has closed its copy of the write end.
class Login : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    ~Login() override
    {
        if (m_read >= 0)
            ::close(m_read);
    }
    QString what;
    QString mode;
    int locks = 0;
    /// Hark still holds the last lock given.
    bool held() const
    {
        char byte;
        return m_read >= 0 && ::read(m_read, &byte, 1) < 0 && errno == EAGAIN;
    }

public Q_SLOTS:
    Q_SCRIPTABLE QDBusUnixFileDescriptor Inhibit(
        const QString &what, const QString &, const QString &, const QString &mode)
    {
        this->what = what;
        this->mode = mode;
        int fds[2];
        if (::pipe(fds) != 0)
            return {};
        if (m_read >= 0)
            ::close(m_read);
        m_read = fds[0];
        ::fcntl(m_read, F_SETFL, O_NONBLOCK);
        QDBusUnixFileDescriptor lock(fds[1]); // a copy of the write end travels to Hark
        ::close(fds[1]);
        ++locks;
        return lock;
    }

private:
    int m_read = -1;
};

// PropertiesChanged and Seeked as a client hears them.
class Listener : public QObject
{
    Q_OBJECT

public:
    QList<QVariantMap> changes; ///< of the player interface
    QList<qlonglong> seeked;
    QStringList names() const
    {
        QStringList all;
        for (const QVariantMap &c : changes)
            all += c.keys();
        return all;
    }

public Q_SLOTS:
    void propertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &)
    {
        if (interface == kPlayer)
            changes.append(changed);
    }
    void onSeeked(qlonglong us) { seeked.append(us); }
};

// A player session on the fake backend, its desktop session driving it, and a window over it that comes
// forward and closes when the desktop asks: as main() makes them.
struct Player
{
    explicit Player(const QDBusConnection &system = QDBusConnection(QString()))
        : player(std::unique_ptr<PlaybackBackend>(backend), settings)
        , window(player, settings)
        , session(std::make_unique<DesktopSession>(&player, QDBusConnection::sessionBus(), system))
    {
        QObject::connect(session.get(), &DesktopSession::raiseRequested, &window, &MainWindow::comeForward);
        QObject::connect(session.get(), &DesktopSession::quitRequested, &window, &QWidget::close);
    }
    QTemporaryDir dir;
    Settings settings { dir.filePath(QStringLiteral("hark.ini")) };
    test::FakeBackend *backend = new test::FakeBackend;
    PlayerSession player;
    MainWindow window;
    std::unique_ptr<DesktopSession> session;
};

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_plain; ///< the sample episode, with a cover
    QString m_chapters; ///< the same with chapters at 0:10, 0:30 and 0:50
    QByteArray m_cover;

    // Runs playerctl against the player; the event loop runs meanwhile, since the player answers from it.
    QString playerctl(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral("playerctl"), QStringList { QStringLiteral("--player=hark") } + arguments);
        if (!p.waitForStarted(5000))
            return QStringLiteral("playerctl did not start");
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 10'000))
            return QStringLiteral("playerctl did not finish");
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
            "no session bus: run under dbus-run-session (ctest)");
        QVERIFY(m_dir.isValid());
        const QString sample = QFINDTESTDATA("../resources/sample/welcome.mp3");
        const QString vtt = QFINDTESTDATA("../resources/sample/welcome.vtt");
        QVERIFY(!sample.isEmpty() && !vtt.isEmpty());
        QDir(m_dir.path()).mkpath(QStringLiteral("plain"));
        QDir(m_dir.path()).mkpath(QStringLiteral("chapters"));
        m_plain = m_dir.filePath("plain/welcome.mp3");
        m_chapters = m_dir.filePath("chapters/welcome.mp3");
        QVERIFY(QFile::copy(sample, m_plain) && QFile::copy(vtt, m_dir.filePath("plain/welcome.vtt")));
        QVERIFY(QFile::copy(sample, m_chapters));
        QFile in(vtt);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace("Title:", "Chapter: 0:10 One\nChapter: 0:30 Two\nChapter: 0:50 Three\nTitle:");
        QFile out(m_dir.filePath("chapters/welcome.vtt"));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
        out.close();

        // A cover, written by TagLib as a podcast's tags carry one.
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QBuffer buffer(&m_cover);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        {
            TagLib::MPEG::File file(QFile::encodeName(m_plain).constData());
            auto *front = new TagLib::ID3v2::AttachedPictureFrame;
            front->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
            front->setMimeType("image/png");
            front->setPicture(TagLib::ByteVector(m_cover.constData(), uint(m_cover.size())));
            file.ID3v2Tag(true)->addFrame(front);
            QVERIFY(file.save());
        }
        // The cover file goes to the cache folder: a scratch one.
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath("cache")));
    }

    void registersAsAnMprisPlayer()
    {
        Player p;
        QTRY_VERIFY(client().interface()->isServiceRegistered(kMpris));
        QCOMPARE(p.session->mpris()->serviceName(), kMpris);
        QCOMPARE(mprisProperty(kRoot, QStringLiteral("Identity")).toString(), QStringLiteral("Hark"));
        QCOMPARE(
            mprisProperty(kRoot, QStringLiteral("DesktopEntry")).toString(), QStringLiteral("app.hark.Hark"));
        QCOMPARE(mprisProperty(kRoot, QStringLiteral("CanRaise")).toBool(), true);
        QCOMPARE(mprisProperty(kRoot, QStringLiteral("CanQuit")).toBool(), true);
        QCOMPARE(mprisProperty(kRoot, QStringLiteral("HasTrackList")).toBool(), false);
        QCOMPARE(mprisProperty(kRoot, QStringLiteral("SupportedUriSchemes")).toStringList(),
            QStringList { "file" });

        // The audio types are the desktop entry's.
        QFile desktopFile(QStringLiteral(HARK_DESKTOP_FILE));
        QVERIFY(desktopFile.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList audio;
        for (const QString &line : QString::fromUtf8(desktopFile.readAll()).split(u'\n')) {
            if (line.startsWith(u"MimeType="))
                for (const QString &type : line.mid(9).split(u';'))
                    if (type.startsWith(u"audio/"))
                        audio.append(type);
        }
        QVERIFY(audio.size() >= 5);
        QCOMPARE(mprisProperty(kRoot, QStringLiteral("SupportedMimeTypes")).toStringList(), audio);

        // Nothing open: nothing to play, and the "no track" id.
        QCOMPARE(mprisProperty(kPlayer, QStringLiteral("CanPlay")).toBool(), false);
        QCOMPARE(metadata().value("mpris:trackid").value<QDBusObjectPath>().path(),
            QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack"));
    }

    void metadataHasTheSpecifiedTypes()
    {
        Player p;
        QVERIFY(p.player.open(m_plain, true));
        const QVariantMap m = metadata();
        QCOMPARE(m.value("mpris:trackid").metaType(), QMetaType::fromType<QDBusObjectPath>());
        QVERIFY(
            m.value("mpris:trackid").value<QDBusObjectPath>().path().startsWith(u"/app/hark/Hark/episode/"));
        QCOMPARE(m.value("xesam:title").toString(), QStringLiteral("Welcome to Hark"));
        QCOMPARE(m.value("xesam:artist").metaType(), QMetaType::fromType<QStringList>());
        QCOMPARE(m.value("xesam:artist").toStringList(), QStringList { "Maya and Theo" });
        QCOMPARE(m.value("xesam:album").toString(), QStringLiteral("Hark samples"));
        QCOMPARE(m.value("mpris:length").metaType(), QMetaType::fromType<qlonglong>());
        QCOMPARE(m.value("mpris:length").toLongLong(), qlonglong(74'370'000));
        QCOMPARE(m.value("xesam:url").toString(), QUrl::fromLocalFile(m_plain).toString());
        const QUrl art(m.value("mpris:artUrl").toString());
        QVERIFY2(art.isLocalFile(), qPrintable(art.toString()));
        QFile cover(art.toLocalFile());
        QVERIFY(cover.open(QIODevice::ReadOnly));
        QCOMPARE(cover.readAll(), m_cover);
        QVERIFY(art.toLocalFile().endsWith(u".png"));
    }

    // Every property of the player interface, read through Properties.Get and GetAll, as the window has it.
    void everyPropertyReadsTrue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("expected");
        QTest::addRow("PlaybackStatus") << "PlaybackStatus" << QVariant(QStringLiteral("Paused"));
        QTest::addRow("Rate") << "Rate" << QVariant(1.5);
        QTest::addRow("Volume") << "Volume" << QVariant(0.25);
        QTest::addRow("Position") << "Position" << QVariant(qlonglong(12'000'000));
        QTest::addRow("MinimumRate") << "MinimumRate" << QVariant(0.5);
        QTest::addRow("MaximumRate") << "MaximumRate" << QVariant(3.0);
        for (const char *can :
            { "CanGoNext", "CanGoPrevious", "CanPlay", "CanPause", "CanSeek", "CanControl" })
            QTest::addRow("%s", can) << QString::fromLatin1(can) << QVariant(true);
    }

    void everyPropertyReadsTrue()
    {
        QFETCH(QString, name);
        QFETCH(QVariant, expected);
        Player p;
        QVERIFY(p.player.open(m_plain, false));
        p.player.setRate(1.5);
        p.player.setVolume(0.25);
        p.player.seekTo(12'000);
        p.player.pause(); // so that Position stands still
        const QVariant got = mprisProperty(kPlayer, name);
        QCOMPARE(got, expected);
        const QDBusMessage all
            = call(QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("GetAll"), { kPlayer });
        QCOMPARE(all.type(), QDBusMessage::ReplyMessage);
        const QVariantMap map = qdbus_cast<QVariantMap>(all.arguments().value(0).value<QDBusArgument>());
        QCOMPARE(map.value(name), expected);
    }

    void methodsDrivePlayback_data()
    {
        QTest::addColumn<bool>("chapters");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<bool>("playing");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QVariantList>("arguments");
        QTest::addColumn<QString>("expectedStatus");
        QTest::addColumn<qint64>("expectedPosition");
        const QString paused = QStringLiteral("Paused"), playing = QStringLiteral("Playing");
        const auto row = [](const char *name, bool chapters, qint64 from, bool playing, const char *method,
                             QVariantList arguments, const QString &status, qint64 position) {
            QTest::addRow("%s", name) << chapters << from << playing << QString::fromLatin1(method)
                                      << arguments << status << position;
        };
        row("Play", false, 5000, false, "Play", {}, playing, 5000);
        row("Pause", false, 5000, true, "Pause", {}, paused, 5000);
        row("PlayPause, paused", false, 5000, false, "PlayPause", {}, playing, 5000);
        row("PlayPause, playing", false, 5000, true, "PlayPause", {}, paused, 5000);
        row("Stop keeps the place", false, 5000, true, "Stop", {}, paused, 5000);
        row("Next, no chapters: 30 s on", false, 5000, true, "Next", {}, playing, 35'000);
        row("Previous, no chapters: 15 s back", false, 20'000, true, "Previous", {}, playing, 5000);
        row("Next chapter", true, 12'000, true, "Next", {}, playing, 30'000);
        row("Previous chapter", true, 40'000, false, "Previous", {}, paused, 30'000);
        row("Seek on", false, 5000, true, "Seek", { qlonglong(10'000'000) }, playing, 15'000);
        row("Seek back past the start", false, 5000, false, "Seek", { qlonglong(-100'000'000) }, paused, 0);
        row("Seek past the end", false, 5000, false, "Seek", { qlonglong(500'000'000) }, paused, 74'370);
        row("SetPosition", false, 5000, false, "SetPosition",
            { QStringLiteral("track"), qlonglong(42'500'000) }, paused, 42'500);
        row("SetPosition, another track: ignored", false, 5000, false, "SetPosition",
            { QStringLiteral("/app/hark/Hark/episode/0"), qlonglong(42'500'000) }, paused, 5000);
        row("SetPosition past the end: ignored", false, 5000, false, "SetPosition",
            { QStringLiteral("track"), qlonglong(90'000'000) }, paused, 5000);
        row("OpenUri at a time", true, 5000, false, "OpenUri", { QStringLiteral("other#t=0:20") }, playing,
            20'000);
        row("OpenUri, not a file: ignored", false, 5000, false, "OpenUri",
            { QStringLiteral("https://example.com/ep.mp3") }, paused, 5000);
    }

    void methodsDrivePlayback()
    {
        QFETCH(bool, chapters);
        QFETCH(qint64, from);
        QFETCH(bool, playing);
        QFETCH(QString, method);
        QFETCH(QVariantList, arguments);
        QFETCH(QString, expectedStatus);
        QFETCH(qint64, expectedPosition);
        Player p;
        QVERIFY(p.player.open(chapters ? m_chapters : m_plain, !playing));
        p.player.seekTo(from);
        for (QVariant &a : arguments) {
            if (a.toString() == u"track")
                a = QVariant::fromValue(p.session->mpris()->trackId());
            else if (a.toString().startsWith(u"/app/"))
                a = QVariant::fromValue(QDBusObjectPath(a.toString()));
            else if (a.toString().startsWith(u"other"))
                a = QString(QUrl::fromLocalFile(m_plain).toString() + a.toString().mid(5));
        }
        const QDBusMessage reply = call(kPlayer, method, arguments);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
        QCOMPARE(mprisProperty(kPlayer, QStringLiteral("PlaybackStatus")).toString(), expectedStatus);
        // While playing, the clock runs on between the backend's reports: a move relative to "now" lands
        // that much later, and Position reads later still.
        QVERIFY2(p.backend->position() >= expectedPosition && p.backend->position() < expectedPosition + 300,
            qPrintable(QString::number(p.backend->position())));
        if (!playing || method == u"SetPosition")
            QCOMPARE(p.backend->position(), expectedPosition);
        const qlonglong position = mprisProperty(kPlayer, QStringLiteral("Position")).toLongLong();
        QVERIFY2(position >= expectedPosition * 1000 && position < (expectedPosition + 300) * 1000,
            qPrintable(QString::number(position)));
        if (method == u"OpenUri")
            QCOMPARE(p.player.episode()->audioPath(), m_plain);
    }

    void settablePropertiesChangeTheWindow_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<double>("expectedRate");
        QTest::addColumn<double>("expectedVolume");
        QTest::addColumn<QString>("expectedStatus");
        QTest::addRow("Rate 1.5") << "Rate" << QVariant(1.5) << 1.5 << 1.0 << "Playing";
        QTest::addRow("Rate 1.3: the nearest step") << "Rate" << QVariant(1.3) << 1.25 << 1.0 << "Playing";
        QTest::addRow("Rate beyond the maximum: ignored")
            << "Rate" << QVariant(5.0) << 1.0 << 1.0 << "Playing";
        QTest::addRow("Rate 0 pauses") << "Rate" << QVariant(0.0) << 1.0 << 1.0 << "Paused";
        QTest::addRow("Volume 0.3") << "Volume" << QVariant(0.3) << 1.0 << 0.3 << "Playing";
        QTest::addRow("Volume below 0: silent") << "Volume" << QVariant(-1.0) << 1.0 << 0.0 << "Playing";
    }

    void settablePropertiesChangeTheWindow()
    {
        QFETCH(QString, name);
        QFETCH(QVariant, value);
        QFETCH(double, expectedRate);
        QFETCH(double, expectedVolume);
        QFETCH(QString, expectedStatus);
        Player p;
        QVERIFY(p.player.open(m_plain, false));
        QVERIFY(setMprisProperty(name, value));
        QCOMPARE(p.player.rate(), expectedRate);
        QCOMPARE(p.backend->rate(), expectedRate);
        QCOMPARE(p.player.volume(), expectedVolume);
        QCOMPARE(mprisProperty(kPlayer, QStringLiteral("Rate")).toDouble(), expectedRate);
        QCOMPARE(mprisProperty(kPlayer, QStringLiteral("Volume")).toDouble(), expectedVolume);
        QCOMPARE(mprisProperty(kPlayer, QStringLiteral("PlaybackStatus")).toString(), expectedStatus);
    }

    // PropertiesChanged comes for every change (QDBusAbstractAdaptor sends none by itself), never with
    // Position; jumps come as Seeked.
    void changesAreSignalled()
    {
        Player p;
        Listener listener;
        QVERIFY(client().connect(kMpris, kPath, QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("PropertiesChanged"), &listener,
            SLOT(propertiesChanged(QString, QVariantMap, QStringList))));
        QVERIFY(client().connect(
            kMpris, kPath, kPlayer, QStringLiteral("Seeked"), &listener, SLOT(onSeeked(qlonglong))));

        QVERIFY(p.player.open(m_plain, true));
        QTRY_VERIFY(listener.names().contains(u"Metadata"));
        QVERIFY(listener.names().contains(u"CanPlay"));
        listener.changes.clear();

        p.player.play();
        QTRY_VERIFY(!listener.changes.isEmpty());
        QCOMPARE(listener.changes.last().value("PlaybackStatus").toString(), QStringLiteral("Playing"));
        listener.changes.clear();

        p.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p.window));
        QTest::keyClick(&p.window, Qt::Key_BracketRight); // faster, from the keyboard
        QTRY_VERIFY(!listener.changes.isEmpty());
        QCOMPARE(listener.changes.last().value("Rate").toDouble(), 1.25);
        listener.changes.clear();

        p.player.setVolume(0.5);
        QTRY_VERIFY(!listener.changes.isEmpty());
        QCOMPARE(listener.changes.last().value("Volume").toDouble(), 0.5);

        p.player.seekTo(33'000);
        QTRY_COMPARE(listener.seeked, QList<qlonglong> { 33'000'000 });
        p.backend->advance(1000); // the steady run of playing: no signal
        QTest::qWait(100);
        QCOMPARE(listener.seeked.size(), 1);
        QVERIFY(!listener.names().contains(u"Position"));

        // One change, one signal: a second Play changes nothing and sends nothing.
        listener.changes.clear();
        p.player.play();
        QTest::qWait(100);
        QVERIFY(listener.changes.isEmpty());
    }

    void playerctlDrivesIt()
    {
        Player p;
        QVERIFY(p.player.open(m_plain, true));
        QCOMPARE(playerctl({ QStringLiteral("status") }), QStringLiteral("Paused"));
        QCOMPARE(playerctl({ QStringLiteral("metadata"), QStringLiteral("xesam:title") }),
            QStringLiteral("Welcome to Hark"));
        QCOMPARE(playerctl({ QStringLiteral("play-pause") }), QString());
        QCOMPARE(p.backend->state(), PlaybackBackend::State::Playing);
        QCOMPARE(playerctl({ QStringLiteral("status") }), QStringLiteral("Playing"));
        QCOMPARE(playerctl({ QStringLiteral("position"), QStringLiteral("20") }), QString());
        QCOMPARE(p.backend->position(), qint64(20'000));
        const double position = playerctl({ QStringLiteral("position") }).toDouble();
        QVERIFY2(position >= 20.0 && position < 20.5, qPrintable(QString::number(position)));
        // Playing, the clock runs on between the commands: 30 s on and 15 s back from where it had got to.
        QCOMPARE(playerctl({ QStringLiteral("next") }), QString());
        const qint64 afterNext = p.backend->position();
        QVERIFY2(afterNext >= 50'000 && afterNext < 50'500, qPrintable(QString::number(afterNext)));
        QCOMPARE(playerctl({ QStringLiteral("previous") }), QString());
        QVERIFY2(p.backend->position() >= afterNext - 15'000 && p.backend->position() < afterNext - 14'500,
            qPrintable(QString::number(p.backend->position())));
        QCOMPARE(playerctl({ QStringLiteral("volume"), QStringLiteral("0.4") }), QString());
        QCOMPARE(p.player.volume(), 0.4);
        QCOMPARE(playerctl({ QStringLiteral("pause") }), QString());
        QCOMPARE(p.backend->state(), PlaybackBackend::State::Paused);
        QCOMPARE(
            playerctl({ QStringLiteral("open"), QUrl::fromLocalFile(m_chapters).toString() }), QString());
        QCOMPARE(p.player.episode()->audioPath(), m_chapters);
    }

    void quitClosesTheWindow()
    {
        Player p;
        p.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p.window));
        QCOMPARE(call(kRoot, QStringLiteral("Quit")).type(), QDBusMessage::ReplyMessage);
        QTRY_VERIFY(!p.window.isVisible());
    }

    // The real program: a second launch hands its file to the first and exits; --new-window opts out.
    void secondLaunchHandsOver()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath("config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath("cache"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const auto launch = [&](QProcess &p, const QStringList &arguments) {
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(HARK_BINARY), arguments);
            return p.waitForStarted(5000);
        };
        QProcess first;
        QVERIFY(launch(first, { QStringLiteral("--paused"), m_plain }));
        auto stop = qScopeGuard([&] {
            first.kill();
            first.waitForFinished(5000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            client().interface()->isServiceRegistered(QStringLiteral("app.hark.Hark")), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(client().interface()->isServiceRegistered(kMpris), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            metadata().value("xesam:url").toString(), QUrl::fromLocalFile(m_plain).toString(), 10'000);

        QProcess second;
        QVERIFY(launch(second,
            { QStringLiteral("--paused"), QStringLiteral("--at"), QStringLiteral("0:20"), m_chapters }));
        QVERIFY(second.waitForFinished(10'000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            metadata().value("xesam:url").toString(), QUrl::fromLocalFile(m_chapters).toString(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            mprisProperty(kPlayer, QStringLiteral("Position")).toLongLong(), qlonglong(20'000'000), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(mprisProperty(kPlayer, QStringLiteral("PlaybackStatus")).toString(),
            QStringLiteral("Paused"), 10'000);
        QCOMPARE(first.state(), QProcess::Running);

        // --new-window: a window of its own, on an MPRIS name of its own.
        QProcess third;
        QVERIFY(launch(third, { QStringLiteral("--new-window"), QStringLiteral("--paused"), m_plain }));
        const QString own = kMpris + QStringLiteral(".instance%1").arg(third.processId());
        QTRY_VERIFY_WITH_TIMEOUT(client().interface()->isServiceRegistered(own), 10'000);
        QCOMPARE(metadata(own).value("xesam:url").toString(), QUrl::fromLocalFile(m_plain).toString());
        QCOMPARE(third.state(), QProcess::Running);

        // Quit over MPRIS ends each program.
        QCOMPARE(call(kRoot, QStringLiteral("Quit"), {}, own).type(), QDBusMessage::ReplyMessage);
        QVERIFY(third.waitForFinished(10'000));
        QCOMPARE(third.exitCode(), 0);
        QCOMPARE(call(kRoot, QStringLiteral("Quit")).type(), QDBusMessage::ReplyMessage);
        QVERIFY(first.waitForFinished(10'000));
        QCOMPARE(first.exitCode(), 0);
    }

    // A Hark that holds the name but does not answer: the launch opens a window of its own and says why.
    void launchOpensItsOwnWhenTheRunningOneDoesNotAnswer()
    {
        QDBusConnection stuck
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("stuck"));
        QVERIFY(stuck.registerService(QStringLiteral("app.hark.Hark")));
        auto release = qScopeGuard([&] { stuck.unregisterService(QStringLiteral("app.hark.Hark")); });
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath("config"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess launch;
        launch.setProcessEnvironment(env);
        launch.start(QStringLiteral(HARK_BINARY), { QStringLiteral("--paused"), m_plain });
        QVERIFY(launch.waitForStarted(5000));
        auto stop = qScopeGuard([&] {
            launch.kill();
            launch.waitForFinished(5000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(client().interface()->isServiceRegistered(kMpris), 15'000);
        QCOMPARE(launch.state(), QProcess::Running);
        const QString err = QString::fromLocal8Bit(launch.readAllStandardError());
        QVERIFY2(err.contains(u"the running Hark did not answer"), qPrintable(err));
    }

    // While playing, the screen does not blank and the system does not suspend for being idle.
    void playingHoldsTheSleepLocks()
    {
        QDBusConnection desktop
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("desktop"));
        ScreenSaver screenSaver;
        QVERIFY(desktop.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &screenSaver,
            QDBusConnection::ExportScriptableSlots));
        QVERIFY(desktop.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        // logind is on the system bus; the session bus stands in for it here.
        Login login;
        QVERIFY(desktop.registerObject(
            QStringLiteral("/org/freedesktop/login1"), &login, QDBusConnection::ExportScriptableSlots));
        QVERIFY(desktop.registerService(QStringLiteral("org.freedesktop.login1")));
        auto unregister = qScopeGuard([&] {
            QDBusConnection d = desktop;
            d.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver"));
            d.unregisterService(QStringLiteral("org.freedesktop.login1"));
            d.unregisterObject(QStringLiteral("/org/freedesktop/ScreenSaver"));
            d.unregisterObject(QStringLiteral("/org/freedesktop/login1"));
        });

        Player p(QDBusConnection::sessionBus());
        SleepInhibitor *inhibitor = p.session->inhibitor();
        QVERIFY(p.player.open(m_plain, true));
        QVERIFY(screenSaver.held.isEmpty());
        QCOMPARE(login.locks, 0);

        p.player.play();
        QTRY_COMPARE(screenSaver.held.size(), 1);
        QTRY_VERIFY(login.held());
        QCOMPARE(login.what, QStringLiteral("idle"));
        QCOMPARE(login.mode, QStringLiteral("block"));
        QCOMPARE(screenSaver.reason, QStringLiteral("Hark: Playing an episode"));
        QTRY_VERIFY(inhibitor->holdsScreenSaver() && inhibitor->holdsLogin());

        p.player.pause();
        QTRY_VERIFY(screenSaver.held.isEmpty());
        QTRY_VERIFY(!login.held());
        QVERIFY(!inhibitor->holdsScreenSaver() && !inhibitor->holdsLogin());

        // Paused again before the desktop answered: the lock that comes is given back at once.
        p.player.play();
        p.player.pause();
        QTRY_COMPARE(login.locks, 2);
        QTRY_VERIFY(screenSaver.held.isEmpty());
        QTRY_VERIFY(!login.held());

        // Closing Hark while playing lets go too.
        p.player.play();
        QTRY_VERIFY(login.held());
        QTRY_COMPARE(screenSaver.held.size(), 1);
        p.session.reset();
        QTRY_VERIFY(screenSaver.held.isEmpty());
        QTRY_VERIFY(!login.held());
    }

    // Without a screen saver or a login manager on the bus, playing works as before.
    void noDesktopServicesIsFine()
    {
        Player p(QDBusConnection::sessionBus());
        QVERIFY(p.player.open(m_plain, false));
        QCOMPARE(p.backend->state(), PlaybackBackend::State::Playing);
        QTest::qWait(200);
        QVERIFY(!p.session->inhibitor()->holdsScreenSaver());
        QVERIFY(p.session->inhibitor()->isHeld());
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"

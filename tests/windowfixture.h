// SPDX-License-Identifier: GPL-3.0-or-later
// The window as main.cpp composes it, for the tests: settings (in a temporary INI file of its own, or shared
// with a window before it), a PlayerSession over a backend, and the MainWindow over both.
#pragma once

#include "core/settings.h"
#include "episode/playersession.h"
#include "fakebackend.h"
#include "library/librarydatabase.h"
#include "library/podcastlibrary.h"
#include "ui/mainwindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace hark::test {

template<typename Backend = FakeBackend> struct Window
{
    /// With @p shared, the window keeps what it remembers there (as the next launch would find it).
    explicit Window(Settings *shared = nullptr)
        : ownSettings(shared ? nullptr : std::make_unique<Settings>(dir.filePath(QStringLiteral("hark.ini"))))
        , settings(shared ? *shared : *ownSettings)
        , backend(new Backend)
        , session(std::unique_ptr<PlaybackBackend>(backend), settings)
        , window(session, settings)
    { }
    ~Window() { session.setListeningMemory(nullptr); } // the library goes before the session

    /// Opens @p episode (playing unless @p paused) in the window, shown at @p size if given.
    bool open(const QString &episode, bool paused, QSize size = {})
    {
        if (size.isValid())
            window.resize(size);
        if (!session.open(episode, paused))
            return false;
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    /// Gives the window an empty podcast library (a SQLite file in the fixture's folder), which keeps the
    /// session's memory, as main.cpp does.
    bool addLibrary()
    {
        auto opened = LibraryDatabase::open(dir.filePath(QStringLiteral("library.sqlite")));
        if (!opened.ok())
            return false;
        libraryDb = std::move(*opened.value);
        podcasts = std::make_unique<PodcastLibrary>(*libraryDb, dir.filePath(QStringLiteral("Episodes")));
        session.setListeningMemory(podcasts.get());
        window.setLibrary(*podcasts);
        return true;
    }

    QTemporaryDir dir;
    std::unique_ptr<Settings> ownSettings;
    Settings &settings;
    Backend *backend; ///< the session's
    PlayerSession session;
    // Before the window: it goes first.
    std::unique_ptr<LibraryDatabase> libraryDb;
    std::unique_ptr<PodcastLibrary> podcasts;
    MainWindow window;
};

/// The session's export in the shape the tests check: true when written, else @p error says why.
inline bool exportTo(const PlayerSession &session, const QString &path, Format format, QString *error)
{
    const Status written = session.exportTranscript(path, format);
    *error = written.error;
    return written.ok();
}

} // namespace hark::test

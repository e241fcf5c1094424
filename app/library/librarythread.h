// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace hark {

class LibraryDatabase;

/// A thread of its own with a connection of its own to the library's file (SQLite connections belong to the
/// thread that opened them): what the search index does in the background, and the window's searches as the
/// listener types, run there, one piece of work after another.
class LibraryThread
{
public:
    LibraryThread(QString libraryPath, const QString &name, QThread::Priority priority);
    /// The work waiting is dropped; the piece under way ends first, and the connection is closed in the
    /// thread.
    ~LibraryThread();
    LibraryThread(const LibraryThread &) = delete;
    LibraryThread &operator=(const LibraryThread &) = delete;

    /// Runs @p work in the thread with the library, opened there on first use (nothing when it cannot be
    /// opened: that is logged).
    void post(std::function<void(LibraryDatabase &)> work);
    /// Returns when the work posted before is done.
    void waitForIdle();
    /// True once the thread is being stopped: long work checks it between pieces.
    const std::atomic_bool &stopping() const { return m_stopping; }

private:
    QString m_path;
    QThread m_thread;
    QObject *m_worker; ///< lives in m_thread
    std::unique_ptr<LibraryDatabase> m_db; ///< opened, used and closed in m_thread
    std::atomic_bool m_stopping = false;
};

} // namespace hark

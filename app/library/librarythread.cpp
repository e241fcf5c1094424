// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarythread.h"

#include "library/librarydatabase.h"

#include <QLoggingCategory>
#include <QSemaphore>

namespace hark {

Q_LOGGING_CATEGORY(lcLibraryThread, "hark.library.thread", QtInfoMsg)

LibraryThread::LibraryThread(QString libraryPath, const QString &name, QThread::Priority priority)
    : m_path(std::move(libraryPath))
    , m_worker(new QObject)
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(priority);
}

LibraryThread::~LibraryThread()
{
    m_stopping = true;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LibraryThread::post(std::function<void(LibraryDatabase &)> work)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, work = std::move(work)] {
            if (m_stopping)
                return;
            if (!m_db) {
                auto opened = LibraryDatabase::open(m_path);
                if (!opened.ok()) {
                    qCWarning(lcLibraryThread).noquote() << opened.error;
                    return;
                }
                m_db = std::move(*opened.value);
            }
            work(*m_db);
        },
        Qt::QueuedConnection);
}

void LibraryThread::waitForIdle()
{
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_worker, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}

} // namespace hark

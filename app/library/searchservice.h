// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/searchindex.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>

namespace hark {

class LibraryThread;

/// The window's searches of every transcript, as the listener types: each query runs in a thread of its own
/// (with its own connection to the library), so that typing never waits for the index; a query typed while
/// another runs replaces any still waiting, and only the newest is answered.
class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(QString libraryPath, QObject *parent = nullptr);
    ~SearchService() override;

    /// Searches for @p typed (SearchQuery's language); ends in found() unless a newer search comes first.
    void search(const QString &typed, int limit = 50);

Q_SIGNALS:
    /// The best hits for @p typed; @p note says what was changed in the query (cut, a short prefix), @p error
    /// why it could not be searched.
    void found(const QString &typed, const QList<hark::SearchIndex::Hit> &hits, const QString &note,
        const QString &error);

private:
    QMutex m_mutex;
    QString m_waiting; ///< the newest query not yet run
    int m_limit = 50;
    bool m_posted = false; ///< a run is waiting in the thread
    std::unique_ptr<LibraryThread> m_thread; ///< last: stopped first, while what its work uses is still here
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/searchservice.h"

#include "library/librarydatabase.h"
#include "library/librarythread.h"
#include "library/searchquery.h"

namespace hark {

SearchService::SearchService(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<LibraryThread>(
          std::move(libraryPath), QStringLiteral("hark-search"), QThread::NormalPriority))
{ }

SearchService::~SearchService() = default;

void SearchService::search(const QString &typed, int limit)
{
    QMutexLocker lock(&m_mutex);
    m_waiting = typed;
    m_limit = limit;
    if (std::exchange(m_posted, true))
        return; // the run waiting takes the newest query
    m_thread->post([this](LibraryDatabase &db) {
        QString typed;
        int limit = 0;
        {
            QMutexLocker lock(&m_mutex);
            typed = m_waiting;
            limit = m_limit;
            m_posted = false;
        }
        const SearchQuery query = SearchQuery::parse(typed);
        const auto hits = SearchIndex(db).search(query, limit);
        QList<SearchIndex::Hit> found = hits.ok() ? *hits.value : QList<SearchIndex::Hit>();
        const QString error = hits.ok() ? QString() : hits.error;
        // Told in the thread this service lives in; dropped if it is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, typed, found, note = query.note, error] { Q_EMIT this->found(typed, found, note, error); },
            Qt::QueuedConnection);
    });
}

} // namespace hark

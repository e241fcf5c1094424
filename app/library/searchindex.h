// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/transcript.h"
#include "library/searchquery.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace hark {

class LibraryDatabase;

/// Every transcript Hark knows, searchable at once, kept in the library's database: one document per
/// episode's audio (a library download or a local file once opened), each of its segments a row of an FTS5
/// table, so that a hit is a moment, not just an episode.
///
/// The FTS5 table keeps no content (`content=''`): the words are indexed, and the segments themselves (time,
/// speaker, text, word times) are kept once, in the document's body, in blocks of 64 compressed on their own
/// (a hit decodes one block). That keeps the whole index
/// near the size of the text. Each row's id is the document's id shifted left by kSegmentBits, plus the
/// segment's index; removing a document reads its body back to tell FTS5 which words to forget.
///
/// A SearchIndex works on the library's connection, in the thread that opened the library.
class SearchIndex
{
public:
    static constexpr int kSegmentBits = 20;
    /// Segments past this many in one transcript are left out of the index.
    static constexpr int kMaxSegments = 1 << kSegmentBits;
    /// The rows ranked for one query: the most recently indexed that match, when more match. (Ranking every
    /// match of a word that is in half of all segments would take a tenth of a second or more.)
    static constexpr int kRanked = 2000;

    explicit SearchIndex(LibraryDatabase &db);
    /// The statements that make the index's tables (the library's schema step 4, and a rebuild). Step 4 has
    /// shipped with them: a change to them is a new step, which remakes the tables.
    static QStringList schema();
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    struct Document
    {
        qint64 id = 0;
        QString audioPath; ///< what a hit plays; one document per audio file
        QString transcriptPath; ///< what it was read from (the audio's own path for a tag)
        qint64 episodeId = 0; ///< the library's episode; 0 for a local file
        QString title;
        QString show;
        QString guid;
        QDateTime published; ///< invalid when unknown
        qint64 transcriptSize = -1; ///< the transcript file as indexed, to see that it changed
        QDateTime transcriptModified;
        int segments = 0;
        qint64 textBytes = 0; ///< the UTF-8 size of its segments' text
        QDateTime indexedAt;
    };

    struct Hit
    {
        Document document;
        int segment = -1;
        qint64 time = kNoTime; ///< ms: of the first word marked, when the words are timed, else of the line
        QString speaker;
        QString text; ///< the segment's text
        QList<std::pair<int, int>> marks; ///< where the query's words are in text (from, length)
        double score = 0; ///< higher is better: bm25, recent episodes slightly ahead
    };

    /// Indexes @p transcript as @p document's (a document for the same audio is replaced), in one
    /// transaction. Segments without text are kept (their indexes stay those of the transcript) but not
    /// indexed.
    Status add(const Document &document, const Transcript &transcript);
    /// Indexes many in one transaction (a rebuild).
    Status add(const QList<std::pair<Document, Transcript>> &documents);
    /// Forgets the document for @p audioPath (none is not an error).
    Status remove(const QString &audioPath);

    /// Makes the tables anew, empty: where a rebuild starts, also when they are missing or cannot be read.
    Status recreate();

    std::optional<Document> document(const QString &audioPath) const;
    QList<Document> documents() const;
    /// The document's segments as indexed (times, speakers, text, word times).
    Result<QList<Segment>> segments(qint64 documentId) const;

    /// The best @p limit hits for @p query, best first; none for an empty query.
    Result<QList<Hit>> search(const SearchQuery &query, int limit = 50) const;

    /// Whether the index can be trusted: SQLite's integrity check of the file, FTS5's of its index against
    /// itself, every row a document's, and the last rebuild finished. The error says what is wrong.
    Status check() const;
    /// Merges the FTS5 index into one segment and checkpoints the library's write-ahead log (after a
    /// rebuild).
    void optimize();
    /// A rebuild under way says so first (false) and last (true).
    Status setComplete(bool complete);

    struct Size
    {
        int documents = 0;
        qint64 segments = 0;
        qint64 textBytes = 0; ///< the text indexed, UTF-8
        qint64 indexBytes = 0; ///< the documents table and the FTS5 tables, on disk
    };
    Size size() const;

    /// The segments a document's stored @p body holds; an error when it is damaged (the file is the
    /// listener's
    /// disk's: it may be).
    static Result<QList<Segment>> readBody(const QByteArray &body);
    /// Where @p query's words are in @p text, folded as the index folds them (case and accents).
    static QList<std::pair<int, int>> marks(const QString &text, const QStringList &marked);

    struct Body; ///< a document's segments as kept

private:
    std::shared_ptr<const Body> body(qint64 documentId) const;

    /// Segment @p index of the document (and its speaker's name), decoded with its block; null when damaged.
    const Segment *segment(qint64 documentId, int index, QString *speaker) const;
    Status forget(qint64 documentId);
    Status insert(const Document &document, const Transcript &transcript);

    LibraryDatabase &m_db;
    /// Bodies and blocks decoded, for the hits of one search that share them (an instance lives for one
    /// search or one piece of indexing: a document replaced elsewhere may get its id again).
    mutable QHash<qint64, std::shared_ptr<const Body>> m_bodies;
    mutable QHash<qint64, std::shared_ptr<const QList<Segment>>> m_blocks;
};

} // namespace hark

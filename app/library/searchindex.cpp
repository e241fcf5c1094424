// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/searchindex.h"

#include "core/textsplitter.h"
#include "core/transcriptsearch.h"
#include "library/librarydatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::SearchIndex)
};

constexpr int kBodyFormat = 1;
/// Decoded bodies kept while an instance lives.
constexpr int kBodiesKept = 64;
/// How much ahead a new episode is of an equal hit in an old one, and how fast that fades.
constexpr double kRecencyBoost = 0.2;
constexpr double kRecencyHalfLifeDays = 90;

/// The tables of the schema's step 4 (LibraryDatabase), made again by a rebuild.
const char *const kDocumentsTable
    = "CREATE TABLE documents (id INTEGER PRIMARY KEY, audio_path TEXT NOT NULL UNIQUE, "
      "transcript_path TEXT NOT NULL, episode_id INTEGER, title TEXT NOT NULL DEFAULT '', "
      "show TEXT NOT NULL DEFAULT '', guid TEXT, published INTEGER, transcript_size INTEGER, "
      "transcript_mtime INTEGER, segments INTEGER NOT NULL, text_bytes INTEGER NOT NULL, "
      "indexed_at INTEGER NOT NULL, body BLOB NOT NULL)"; // the body last: reading the others skips it
const char *const kDocumentsByEpisode = "CREATE INDEX documents_by_episode ON documents (episode_id)";

/// %1: the table's name.
const char *const kSegmentTextTable
    = "CREATE VIRTUAL TABLE %1 USING fts5 (text, content='', tokenize='unicode61 remove_diacritics 2')";

const char *const kDocumentColumns
    = "id, audio_path, transcript_path, episode_id, title, show, guid, published, transcript_size, "
      "transcript_mtime, segments, text_bytes, indexed_at";

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

SearchIndex::Document documentFrom(const QSqlQuery &q)
{
    SearchIndex::Document d;
    d.id = q.value(0).toLongLong();
    d.audioPath = q.value(1).toString();
    d.transcriptPath = q.value(2).toString();
    d.episodeId = q.value(3).toLongLong();
    d.title = q.value(4).toString();
    d.show = q.value(5).toString();
    d.guid = q.value(6).toString();
    d.published = fromMs(q.value(7));
    d.transcriptSize = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
    d.transcriptModified = fromMs(q.value(9));
    d.segments = q.value(10).toInt();
    d.textBytes = q.value(11).toLongLong();
    d.indexedAt = fromMs(q.value(12));
    return d;
}

// The body: a document's segments in a compact form of their own (unsigned LEB128 numbers, texts as UTF-8),
// compressed with zlib (qCompress).
void putNumber(QByteArray &out, quint64 n)
{
    do {
        const auto byte = char(n & 0x7f);
        n >>= 7;
        out.append(n ? char(byte | 0x80) : byte);
    } while (n);
}

/// A time that may be kNoTime (or any negative) as a number: 0 for none.
quint64 timeNumber(qint64 ms)
{
    return ms < 0 ? 0 : quint64(ms) + 1;
}

void putText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    putNumber(out, quint64(utf8.size()));
    out.append(utf8);
}

class BodyReader
{
public:
    explicit BodyReader(const QByteArray &data)
        : m_data(data)
    { }
    bool failed() const { return m_failed; }
    quint64 number()
    {
        quint64 n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_data.size())
                break;
            const auto byte = quint8(m_data[m_at++]);
            n |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return n;
        }
        m_failed = true;
        return 0;
    }
    /// A count of things each at least @p minBytes long, which the rest of the data must be able to hold.
    qsizetype count(qsizetype minBytes = 1)
    {
        const quint64 n = number();
        if (n > quint64(m_data.size() - m_at) / quint64(std::max<qsizetype>(minBytes, 1))) {
            m_failed = true;
            return 0;
        }
        return qsizetype(n);
    }
    qint64 time() { return qint64(number()) - 1; }
    qsizetype position() const { return m_at; }
    QString text()
    {
        const qsizetype n = count();
        const QString s = QString::fromUtf8(m_data.constData() + m_at, n);
        m_at += n;
        return s;
    }

private:
    const QByteArray &m_data;
    qsizetype m_at = 0;
    bool m_failed = false;
};

/// Segments are kept in blocks, each compressed on its own: a hit decodes its block, not its whole episode.
constexpr int kBlock = 64;

/// How a segment's words are kept.
constexpr quint64 kNoWords = 0; ///< not timed: not kept
constexpr quint64 kWordsAsSplit = 1; ///< where TextSplitter puts them: only their times
constexpr quint64 kWordsPlaced = 2; ///< their places and their times

/// A document's body: its speakers, how many segments it has, the size of each block, then the blocks.
QByteArray encodeBody(const Transcript &t, int count)
{
    QByteArray out;
    putNumber(out, kBodyFormat);
    putNumber(out, quint64(t.speakers.size()));
    for (const QString &speaker : t.speakers)
        putText(out, speaker);
    putNumber(out, quint64(count));
    QList<QByteArray> blocks;
    for (int first = 0; first < count; first += kBlock) {
        QByteArray block;
        for (int i = first; i < std::min(count, first + kBlock); ++i) {
            const Segment &s = t.segments[i];
            putNumber(block, timeNumber(s.start));
            putNumber(block, s.hasStart() && s.end >= s.start ? quint64(s.end - s.start) + 1 : 0);
            putNumber(block, quint64(s.speaker + 1));
            putText(block, s.text);
            // Word times are what puts a hit on its word rather than its line: kept only when the source has
            // them; each word's place only when it is not where TextSplitter puts it.
            if (!s.hasWordTimes()) {
                putNumber(block, kNoWords);
                continue;
            }
            const QList<Word> split = TextSplitter::words(s.text);
            const bool asSplit = split.size() == s.words.size()
                && std::equal(split.cbegin(), split.cend(), s.words.cbegin(),
                    [](const Word &a, const Word &b) { return a.from == b.from && a.length == b.length; });
            putNumber(block, asSplit ? kWordsAsSplit : kWordsPlaced);
            if (!asSplit)
                putNumber(block, quint64(s.words.size()));
            qint32 end = 0;
            qint64 previous = s.start;
            for (const Word &w : s.words) {
                if (!asSplit) {
                    putNumber(block, quint64(std::max(0, w.from - end)));
                    putNumber(block, quint64(std::max(0, w.length)));
                    end = w.from + w.length;
                }
                // The start after the one before (zigzag: a word may start before it), 0 for none.
                if (!w.hasStart() || !s.hasStart()) {
                    putNumber(block, 0);
                    continue;
                }
                const qint64 delta = w.start - previous;
                putNumber(block, (delta >= 0 ? quint64(delta) * 2 : quint64(-delta) * 2 - 1) + 1);
                previous = w.start;
            }
        }
        blocks.append(qCompress(block, 6));
    }
    for (const QByteArray &block : std::as_const(blocks))
        putNumber(out, quint64(block.size()));
    for (const QByteArray &block : std::as_const(blocks))
        out.append(block);
    return out;
}

} // namespace

struct SearchIndex::Body
{
    QStringList speakers;
    int segments = 0;
    QList<QByteArray> blocks; ///< compressed
};

namespace {

QString damaged(const char *what)
{
    return Tr::tr("a document's body is damaged (%1)").arg(Tr::tr(what));
}

Result<SearchIndex::Body> decodeHeader(const QByteArray &data)
{
    using Decoded = Result<SearchIndex::Body>;
    BodyReader in(data);
    if (data.isEmpty() || in.number() != kBodyFormat)
        return Decoded::failure(Tr::tr("a document's body is damaged or of an unknown format"));
    SearchIndex::Body body;
    const qsizetype speakers = in.count();
    for (qsizetype i = 0; i < speakers && !in.failed(); ++i)
        body.speakers.append(in.text());
    body.segments = int(std::min<quint64>(in.number(), SearchIndex::kMaxSegments));
    const qsizetype blocks = (body.segments + kBlock - 1) / kBlock;
    QList<qsizetype> sizes;
    for (qsizetype i = 0; i < blocks && !in.failed(); ++i)
        sizes.append(in.count());
    qsizetype at = in.position();
    for (const qsizetype size : std::as_const(sizes)) {
        if (size > data.size() - at)
            return Decoded::failure(damaged(QT_TR_NOOP("it ends early")));
        body.blocks.append(data.mid(at, size));
        at += size;
    }
    if (in.failed())
        return Decoded::failure(damaged(QT_TR_NOOP("it ends early")));
    return { std::move(body) };
}

/// @p block uncompressed; empty when it is damaged. qUncompress believes the size the block says it holds and
/// allocates it first, so a size more than zlib's best ratio (1032:1) could make is not believed.
QByteArray inflate(const QByteArray &block)
{
    if (block.size() < 5)
        return {};
    const quint32 declared = (quint32(quint8(block[0])) << 24) | (quint32(quint8(block[1])) << 16)
        | (quint32(quint8(block[2])) << 8) | quint32(quint8(block[3]));
    if (declared == 0 || declared > quint64(block.size() - 4) * 1032 + 64)
        return {};
    return qUncompress(block);
}

/// The segments of block @p block of @p body, from its compressed @p bytes.
Result<QList<Segment>> decodeBlock(const SearchIndex::Body &body, qsizetype block, const QByteArray &bytes)
{
    using Decoded = Result<QList<Segment>>;
    const QByteArray data = inflate(bytes);
    BodyReader in(data);
    const qsizetype count = std::min<qsizetype>(kBlock, body.segments - block * kBlock);
    if (data.isEmpty() || count <= 0)
        return Decoded::failure(damaged(QT_TR_NOOP("a block cannot be read")));
    QList<Segment> segments;
    segments.reserve(count);
    for (qsizetype i = 0; i < count && !in.failed(); ++i) {
        Segment s;
        s.start = in.time();
        const quint64 length = in.number();
        s.end = s.hasStart() && length ? s.start + qint64(length) - 1 : kNoTime;
        s.speaker = int(in.number()) - 1;
        s.text = in.text();
        const quint64 mode = in.number();
        if (mode != kNoWords && mode != kWordsAsSplit && mode != kWordsPlaced)
            return Decoded::failure(damaged(QT_TR_NOOP("an unknown kind of words")));
        if (mode == kWordsAsSplit)
            s.words = TextSplitter::words(s.text);
        const qsizetype words = mode == kWordsPlaced ? in.count(3) : s.words.size();
        if (mode == kWordsPlaced)
            s.words.resize(words);
        qint32 end = 0;
        qint64 previous = s.start;
        for (qsizetype w = 0; w < words && !in.failed(); ++w) {
            Word &word = s.words[w];
            if (mode == kWordsPlaced) {
                word.from = end + qint32(in.number());
                word.length = qint32(in.number());
                if (word.from < 0 || word.length < 0 || word.from + word.length > s.text.size())
                    return Decoded::failure(damaged(QT_TR_NOOP("a word outside its line")));
                end = word.from + word.length;
            }
            const quint64 n = in.number();
            word.start = kNoTime;
            word.end = kNoTime;
            if (n == 0 || !s.hasStart())
                continue;
            const quint64 z = n - 1;
            word.start = previous + ((z & 1) ? -qint64((z + 1) / 2) : qint64(z / 2));
            previous = word.start;
        }
        if (s.speaker >= body.speakers.size() || s.speaker < -1)
            return Decoded::failure(damaged(QT_TR_NOOP("an unknown speaker")));
        segments.append(std::move(s));
    }
    if (in.failed())
        return Decoded::failure(damaged(QT_TR_NOOP("it ends early")));
    return { std::move(segments) };
}

Result<QList<Segment>> decodeAll(const SearchIndex::Body &body)
{
    QList<Segment> all;
    for (qsizetype b = 0; b < body.blocks.size(); ++b) {
        Result<QList<Segment>> block = decodeBlock(body, b, body.blocks[b]);
        if (!block.ok())
            return block;
        all += *block.value;
    }
    return { all };
}

/// The words of @p text as the index sees them: runs of letters and digits, folded, with where each is in
/// @p text.
struct Token
{
    QString folded;
    int from = 0;
    int end = 0;
};

QList<Token> tokenize(const QString &text)
{
    std::vector<int> origins;
    const QString folded = TranscriptSearch::fold(text, &origins);
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < folded.size()) {
        if (!folded[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < folded.size() && folded[j].isLetterOrNumber())
            ++j;
        Token t;
        t.folded = folded.mid(i, j - i);
        t.from = origins[size_t(i)];
        t.end = origins[size_t(j - 1)] + 1;
        // The combining marks folding dropped belong to the word.
        while (t.end < text.size() && text[t.end].isMark())
            ++t.end;
        tokens.append(t);
        i = j;
    }
    return tokens;
}

} // namespace

SearchIndex::SearchIndex(LibraryDatabase &db)
    : m_db(db)
{ }

SearchIndex::~SearchIndex() = default;

QStringList SearchIndex::schema()
{
    return { QLatin1String(kDocumentsTable), QLatin1String(kDocumentsByEpisode),

        QLatin1String(kSegmentTextTable).arg(QStringLiteral("segment_text")) };
}

Status SearchIndex::forget(qint64 documentId)
{
    QSqlDatabase db = QSqlDatabase::database(m_db.connectionName());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT body FROM documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return Status::failure(sqlError(q));
    if (!q.next())
        return {};
    m_bodies.remove(documentId);
    m_blocks.clear();
    // FTS5 without content forgets a row only when told the words it was given.
    const Result<Body> header = decodeHeader(q.value(0).toByteArray());
    const Result<QList<Segment>> body
        = header.ok() ? decodeAll(*header.value) : Result<QList<Segment>>::failure(header.error);
    if (!body.ok())
        return Status::failure(body.error);
    QSqlQuery del(db);
    del.prepare(
        QStringLiteral("INSERT INTO segment_text (segment_text, rowid, text) VALUES ('delete', ?, ?)"));
    for (qsizetype i = 0; i < body.value->size(); ++i) {
        const QString &text = (*body.value)[i].text;
        if (text.isEmpty())
            continue;
        del.bindValue(0, (documentId << kSegmentBits) + i);
        del.bindValue(1, text);
        if (!del.exec())
            return Status::failure(sqlError(del));
    }
    QSqlQuery drop(db);

    drop.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
    drop.addBindValue(documentId);
    return drop.exec() ? Status() : Status::failure(sqlError(drop));
}

Status SearchIndex::add(const Document &document, const Transcript &transcript)
{
    return m_db.inTransaction([&] { return insert(document, transcript); });
}

Status SearchIndex::add(const QList<std::pair<Document, Transcript>> &documents)
{
    return m_db.inTransaction([&]() -> Status {
        for (const auto &[document, transcript] : documents) {
            if (const Status added = insert(document, transcript); !added.ok())
                return added;
        }
        return {};
    });
}

Status SearchIndex::insert(const Document &document, const Transcript &transcript)
{
    QSqlDatabase db = QSqlDatabase::database(m_db.connectionName());
    if (const std::optional<Document> old = this->document(document.audioPath)) {
        if (const Status forgotten = forget(old->id); !forgotten.ok())
            return forgotten;
    }
    const int count = int(std::min<qsizetype>(transcript.segments.size(), kMaxSegments));
    qint64 textBytes = 0;
    for (int i = 0; i < count; ++i)
        textBytes += transcript.segments[i].text.toUtf8().size();

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO documents (audio_path, transcript_path, episode_id, title, show, guid, published, "
        "transcript_size, transcript_mtime, segments, text_bytes, indexed_at, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList binds { document.audioPath, document.transcriptPath,
        document.episodeId > 0 ? QVariant(document.episodeId) : QVariant(QMetaType(QMetaType::LongLong)),
        document.title.isNull() ? QStringLiteral("") : document.title,
        document.show.isNull() ? QStringLiteral("") : document.show,
        document.guid.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(document.guid),
        msOrNull(document.published),
        document.transcriptSize >= 0 ? QVariant(document.transcriptSize)
                                     : QVariant(QMetaType(QMetaType::LongLong)),
        msOrNull(document.transcriptModified), count, textBytes, QDateTime::currentMSecsSinceEpoch(),
        encodeBody(transcript, count) };
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO segment_text (rowid, text) VALUES (?, ?)"));
    for (int i = 0; i < count; ++i) {
        const QString &text = transcript.segments[i].text;
        if (text.isEmpty())
            continue;
        row.bindValue(0, (id << kSegmentBits) + i);
        row.bindValue(1, text);
        if (!row.exec())
            return Status::failure(sqlError(row));
    }
    return {};
}

Status SearchIndex::remove(const QString &audioPath)
{
    const std::optional<Document> d = document(audioPath);
    if (!d)
        return {};
    return m_db.inTransaction([&] { return forget(d->id); });
}

Status SearchIndex::recreate()
{
    m_bodies.clear();
    m_blocks.clear();
    return m_db.inTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
        const auto run = [&q](const QString &statement) { return q.exec(statement); };
        if (!run(QStringLiteral("DROP TABLE IF EXISTS documents")) || !run(QLatin1String(kDocumentsTable))
            || !run(QLatin1String(kDocumentsByEpisode)))
            return Status::failure(sqlError(q));
        if (run(QStringLiteral("DROP TABLE IF EXISTS segment_text"))) {
            if (!run(QLatin1String(kSegmentTextTable).arg(QStringLiteral("segment_text"))))
                return Status::failure(sqlError(q));
            return {};
        }
        // FTS5 cannot even open a table whose structure is damaged, so cannot drop it: its own tables are
        // made as a new one's (copied from a new one, in memory).
        const QStringList shadows { QStringLiteral("data"), QStringLiteral("idx"), QStringLiteral("docsize"),
            QStringLiteral("config") };
        if (!run(QLatin1String(kSegmentTextTable).arg(QStringLiteral("temp.fresh"))))
            return Status::failure(sqlError(q));
        for (const QString &shadow : shadows) {
            if (!run(QStringLiteral("SELECT sql FROM sqlite_temp_master WHERE name = 'fresh_%1'").arg(shadow))
                || !q.next())
                return Status::failure(sqlError(q));
            const QString make
                = q.value(0).toString().replace(QStringLiteral("'fresh_"), QStringLiteral("'segment_text_"));
            if (!run(QStringLiteral("DROP TABLE IF EXISTS segment_text_%1").arg(shadow)) || !run(make)
                || !run(
                    QStringLiteral("INSERT INTO segment_text_%1 SELECT * FROM temp.fresh_%1").arg(shadow)))
                return Status::failure(sqlError(q));
        }
        if (!run(QStringLiteral("DROP TABLE temp.fresh")))
            return Status::failure(sqlError(q));
        return {};
    });
}

std::optional<SearchIndex::Document> SearchIndex::document(const QString &audioPath) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.prepare(
        QStringLiteral("SELECT %1 FROM documents WHERE audio_path = ?").arg(QLatin1String(kDocumentColumns)));
    q.addBindValue(audioPath);
    if (q.exec() && q.next())
        return documentFrom(q);
    return std::nullopt;
}

QList<SearchIndex::Document> SearchIndex::documents() const
{
    QList<Document> all;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (q.exec(QStringLiteral("SELECT %1 FROM documents ORDER BY id").arg(QLatin1String(kDocumentColumns)))) {
        while (q.next())
            all.append(documentFrom(q));
    }
    return all;
}

std::shared_ptr<const SearchIndex::Body> SearchIndex::body(qint64 documentId) const
{
    if (const auto kept = m_bodies.constFind(documentId); kept != m_bodies.cend())
        return *kept;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.prepare(QStringLiteral("SELECT body FROM documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next())
        return nullptr;
    Result<Body> decoded = decodeHeader(q.value(0).toByteArray());
    if (!decoded.ok())
        return nullptr;
    if (m_bodies.size() >= kBodiesKept)
        m_bodies.clear();
    auto body = std::make_shared<const Body>(std::move(*decoded.value));
    m_bodies.insert(documentId, body);
    return body;
}

const Segment *SearchIndex::segment(qint64 documentId, int index, QString *speaker) const
{
    const std::shared_ptr<const Body> b = body(documentId);
    if (!b || index < 0 || index >= b->segments)
        return nullptr;
    const qint64 key = (documentId << kSegmentBits) + index / kBlock;
    auto kept = m_blocks.constFind(key);
    if (kept == m_blocks.cend()) {
        Result<QList<Segment>> block = decodeBlock(*b, index / kBlock, b->blocks.value(index / kBlock));
        if (!block.ok() || block.value->size() <= index % kBlock)
            return nullptr;
        if (m_blocks.size() >= kBodiesKept * 4)
            m_blocks.clear();
        kept = m_blocks.insert(key, std::make_shared<const QList<Segment>>(std::move(*block.value)));
    }
    const Segment &s = (**kept)[index % kBlock];
    if (speaker)
        *speaker = s.speaker >= 0 ? b->speakers.value(s.speaker) : QString();
    return &s;
}

Result<QList<Segment>> SearchIndex::segments(qint64 documentId) const
{
    const std::shared_ptr<const Body> b = body(documentId);
    if (!b)
        return Result<QList<Segment>>::failure(Tr::tr("no such document, or its body is damaged"));
    return decodeAll(*b);
}

Result<QList<Segment>> SearchIndex::readBody(const QByteArray &body)
{
    const Result<Body> header = decodeHeader(body);
    if (!header.ok())
        return Result<QList<Segment>>::failure(header.error);
    return decodeAll(*header.value);
}

QList<std::pair<int, int>> SearchIndex::marks(const QString &text, const QStringList &marked)
{
    const QList<Token> words = tokenize(text);
    struct Term
    {
        QStringList tokens;
        bool prefix = false;
    };
    QList<Term> terms;
    for (const QString &m : marked) {
        Term term;
        term.prefix = m.endsWith(u'*');
        for (const Token &t : tokenize(term.prefix ? m.chopped(1) : m))
            term.tokens.append(t.folded);
        if (!term.tokens.isEmpty())
            terms.append(term);
    }
    QList<std::pair<int, int>> out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        qsizetype longest = 0;
        for (const Term &term : std::as_const(terms)) {
            const qsizetype n = term.tokens.size();
            if (i + n > words.size() || n <= longest)
                continue;
            bool all = true;
            for (qsizetype k = 0; k < n && all; ++k) {
                const QString &w = words[i + k].folded;
                all = (term.prefix && k == n - 1) ? w.startsWith(term.tokens[k]) : w == term.tokens[k];
            }
            if (all)
                longest = n;
        }
        if (longest == 0)
            continue;
        out.append({ words[i].from, words[i + longest - 1].end - words[i].from });
        i += longest - 1;
    }
    return out;
}

Result<QList<SearchIndex::Hit>> SearchIndex::search(const SearchQuery &query, int limit) const
{
    using Hits = Result<QList<Hit>>;
    if (query.fts.isEmpty() || limit <= 0)
        return { QList<Hit>() };
    QSqlDatabase db = QSqlDatabase::database(m_db.connectionName());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The most recent kRanked matches (documents are numbered as they are indexed), ranked by bm25.
    q.prepare(QStringLiteral("SELECT rowid, bm25(segment_text) FROM segment_text WHERE segment_text MATCH ? "
                             "ORDER BY rowid DESC LIMIT %1")
                  .arg(kRanked));
    q.addBindValue(query.fts);
    if (!q.exec())
        return Hits::failure(sqlError(q));
    struct Candidate
    {
        qint64 rowid;
        double score;
    };
    std::vector<Candidate> candidates;
    QList<qint64> documentIds;
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        candidates.push_back({ rowid, -q.value(1).toDouble() });
        const qint64 doc = rowid >> kSegmentBits;
        if (documentIds.isEmpty() || documentIds.last() != doc)
            documentIds.append(doc);
    }
    if (candidates.empty())
        return { QList<Hit>() };
    // Their documents' dates, which put recent episodes slightly ahead (ids are integers: no quoting).
    QHash<qint64, QDateTime> dates;
    QStringList ids;
    for (const qint64 id : std::as_const(documentIds))
        ids.append(QString::number(id));
    QSqlQuery d(db);
    d.setForwardOnly(true);
    if (!d.exec(QStringLiteral("SELECT id, coalesce(published, indexed_at) FROM documents WHERE id IN (%1)")
                    .arg(ids.join(u','))))
        return Hits::failure(sqlError(d));
    while (d.next())
        dates.insert(d.value(0).toLongLong(), fromMs(d.value(1)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Candidate &c : candidates) {
        const auto when = dates.constFind(c.rowid >> kSegmentBits);
        if (when == dates.cend()) {
            c.score = -1; // a row whose document is gone: never shown
            continue;
        }
        const double days = when->isValid() ? std::max<double>(0, when->secsTo(now) / 86400.0) : 1e6;
        c.score *= 1 + kRecencyBoost * std::exp2(-days / kRecencyHalfLifeDays);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    QList<Hit> hits;
    QHash<qint64, Document> docs;
    for (const Candidate &c : candidates) {
        if (hits.size() >= limit || c.score < 0)
            break;
        const qint64 docId = c.rowid >> kSegmentBits;
        const int segment = int(c.rowid & (kMaxSegments - 1));
        Hit hit;
        const Segment *found = this->segment(docId, segment, &hit.speaker);
        if (!found)
            continue;
        const Segment &s = *found;
        const auto known = docs.constFind(docId);
        if (known != docs.cend()) {
            hit.document = *known;
        } else {
            d.prepare(
                QStringLiteral("SELECT %1 FROM documents WHERE id = ?").arg(QLatin1String(kDocumentColumns)));
            d.addBindValue(docId);
            if (!d.exec() || !d.next())
                continue;
            hit.document = documentFrom(d);
            docs.insert(docId, hit.document);
        }
        hit.segment = segment;
        hit.text = s.text;
        hit.marks = marks(s.text, query.marked);
        hit.score = c.score;
        hit.time = s.start;
        // On the word marked first, when the words are timed.
        if (!hit.marks.isEmpty()) {
            const int at = hit.marks.first().first;
            for (const Word &w : s.words) {
                if (w.from + w.length > at && w.hasStart()) {
                    hit.time = w.start;
                    break;
                }
            }
        }
        hits.append(hit);
    }
    return { hits };
}

void SearchIndex::optimize()
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.exec(QStringLiteral("INSERT INTO segment_text (segment_text) VALUES ('optimize')"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Status SearchIndex::setComplete(bool complete)
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    q.prepare(complete
            ? QStringLiteral("DELETE FROM meta WHERE name = 'search_index_incomplete'")
            : QStringLiteral(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('search_index_incomplete', ?)"));
    if (!complete)
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec() ? Status() : Status::failure(sqlError(q));
}

Status SearchIndex::check() const
{
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'search_index_incomplete'")) && q.next())
        return Status::failure(Tr::tr("a rebuild begun at %1 did not finish").arg(q.value(0).toString()));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Status::failure(sqlError(q));
    QStringList problems;
    while (q.next()) {
        if (q.value(0).toString() != u"ok")
            problems.append(q.value(0).toString());
    }
    if (!problems.isEmpty())
        return Status::failure(problems.join(u'\n'));
    if (!q.exec(
            QStringLiteral("INSERT INTO segment_text (segment_text, rank) VALUES ('integrity-check', 0)")))
        return Status::failure(sqlError(q));
    // Every document's rows, and no others: the FTS5 table counts its rows without content too.
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM segment_text_docsize), "
                               "(SELECT count(*) FROM segment_text_docsize WHERE (id >> %1) NOT IN "
                               "(SELECT id FROM documents))")
                    .arg(kSegmentBits))
        || !q.next())
        return Status::failure(sqlError(q));
    if (const qint64 orphans = q.value(1).toLongLong(); orphans > 0)
        return Status::failure(Tr::tr("%1 indexed lines belong to no document").arg(orphans));
    return {};
}

SearchIndex::Size SearchIndex::size() const
{
    Size s;
    QSqlQuery q(QSqlDatabase::database(m_db.connectionName()));
    if (q.exec(QStringLiteral("SELECT count(*), coalesce(sum(segments), 0), coalesce(sum(text_bytes), 0) "
                              "FROM documents"))
        && q.next()) {
        s.documents = q.value(0).toInt();
        s.segments = q.value(1).toLongLong();
        s.textBytes = q.value(2).toLongLong();
    }
    // dbstat is in Debian's SQLite; without it the size stays 0.
    if (q.exec(QStringLiteral("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ('documents', "
                              "'documents_by_episode', 'sqlite_autoindex_documents_1', 'segment_text_data', "
                              "'segment_text_idx', 'segment_text_docsize', 'segment_text_config')"))
        && q.next())
        s.indexBytes = q.value(0).toLongLong();
    return s;
}

} // namespace hark

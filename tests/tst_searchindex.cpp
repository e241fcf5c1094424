// SPDX-License-Identifier: GPL-3.0-or-later
// The search index of every transcript on a real SQLite file (the library's): moments found by words,
// phrases, prefixes, OR and -not, folded as Find folds them; each hit's time (of its word when the words are
// timed), speaker and marks; recent episodes slightly ahead; a document replaced and removed; its segments
// kept as they were; the indexer following the player and the files on disk; a refused transcript left
// out with its reason; a damaged index found and rebuilt without touching the listener's files.
#include "core/transcript.h"
#include "episode/episode.h"
#include "library/librarydatabase.h"
#include "library/searchindex.h"
#include "library/searchindexer.h"
#include "library/searchquery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;

namespace {

Segment segment(qint64 start, qint64 end, const QString &text, int speaker = -1)
{
    Segment s;
    s.start = start;
    s.end = end;
    s.text = text;
    s.speaker = speaker;
    qint32 from = 0;
    for (const QString &w : text.split(u' ')) {
        s.words.append(Word { kNoTime, kNoTime, from, qint32(w.size()), 0 });
        from += qint32(w.size()) + 1;
    }
    return s;
}

/// A segment whose words each have a time: @p starts, one per word.
Segment timedSegment(const QString &text, const QList<qint64> &starts)
{
    Segment s = segment(starts.first(), starts.last() + 400, text);
    for (qsizetype i = 0; i < s.words.size(); ++i) {
        s.words[i].start = starts[i];
        s.words[i].end = starts[i] + 300;
    }
    return s;
}

Transcript harbourTalk()
{
    Transcript t;
    t.speakers = { QStringLiteral("Ana"), QStringLiteral("Ben") };
    t.segments = { segment(0, 4000, "Welcome to the show about tide tables.", 0),
        segment(5000, 9000, "The harbour at dawn is quiet.", 1),
        segment(9500, 9500, QString()), // a line without text keeps its place
        timedSegment("Her Résumé lists every storm since 1990.",
            { 10000, 10400, 10900, 12000, 12600, 13100, 16400 }) };
    // Words that are not where a split at the spaces puts them (a hyphenated pair timed apart).
    Segment hyphen = timedSegment("A well-known fact.", { 20000, 20300, 20800 });
    hyphen.words[1] = Word { 20300, 20500, 2, 4, 0 };
    hyphen.words[2] = Word { 20800, 21000, 7, 5, 0 };
    hyphen.words.append(Word { 21300, 21500, 13, 5, 0 });
    t.segments.append(hyphen);
    return t;
}

Transcript gardenTalk()
{
    Transcript t;
    t.segments = { segment(1000, 3000, "Cats and dogs need food."),
        segment(3000, 7000, "The storm came over the garden."),
        segment(7000, 9000, "AND AND NEAR( are only words here.") };
    return t;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryDatabase> m_db;

    SearchIndex::Document doc(const QString &name, const QString &show, const QDateTime &published)
    {
        SearchIndex::Document d;
        d.audioPath = m_dir->filePath(name + ".mp3");
        d.transcriptPath = m_dir->filePath(name + ".vtt");
        d.title = name;
        d.show = show;
        d.published = published;
        return d;
    }

    void fill()
    {
        SearchIndex index(*m_db);
        QVERIFY(
            index.add(doc("Harbour", "Sea Show", QDateTime::currentDateTimeUtc().addDays(-10)), harbourTalk())
                .ok());
        QVERIFY(
            index.add(doc("Garden", "Land Show", QDateTime::currentDateTimeUtc().addDays(-400)), gardenTalk())
                .ok());
    }

    /// "title#segment@time" for each hit, best first.
    QStringList found(const QString &typed)
    {
        const auto hits = SearchIndex(*m_db).search(SearchQuery::parse(typed));
        if (!hits.ok())
            return { "error: " + hits.error };
        QStringList out;
        for (const SearchIndex::Hit &h : *hits.value)
            out.append(QStringLiteral("%1#%2@%3").arg(h.document.title).arg(h.segment).arg(h.time));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = LibraryDatabase::open(m_dir->filePath("library.sqlite"));
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        m_db = std::move(*opened.value);
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void findsMoments_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("hits");
        QTest::addRow("a word: its line and the line's time")
            << "harbour" << QStringList { "Harbour#1@5000" };
        QTest::addRow("all words must appear in the line")
            << "harbour quiet" << QStringList { "Harbour#1@5000" };
        QTest::addRow("words in two lines are not one hit") << "harbour storm" << QStringList {};
        QTest::addRow("a phrase") << "\"tide tables\"" << QStringList { "Harbour#0@0" };
        QTest::addRow("a phrase out of order: nothing") << "\"tables tide\"" << QStringList {};
        QTest::addRow("a prefix") << "harb*" << QStringList { "Harbour#1@5000" };
        QTest::addRow("OR, in two episodes")
            << "cats OR harbour" << QStringList { "Harbour#1@5000", "Garden#0@1000" };
        QTest::addRow("-not") << "storm -garden" << QStringList { "Harbour#3@12600" };
        QTest::addRow("accents folded as Find: resume finds Résumé, on its word's time")
            << "resume" << QStringList { "Harbour#3@10400" };
        QTest::addRow("case folded") << "WELCOME" << QStringList { "Harbour#0@0" };
        QTest::addRow("a word timed apart from its hyphenated pair")
            << "known" << QStringList { "Harbour#4@20800" };
        QTest::addRow("a number") << "1990" << QStringList { "Harbour#3@16400" };
        QTest::addRow("FTS syntax as plain words: AND AND")
            << "AND AND" << QStringList { "Garden#2@7000", "Garden#0@1000" };
        QTest::addRow("FTS syntax as plain words: NEAR(") << "NEAR(" << QStringList { "Garden#2@7000" };
        QTest::addRow("FTS syntax as plain words: unclosed quote")
            << "\"storm came" << QStringList { "Garden#1@3000" };
        QTest::addRow("a star alone: nothing, no error") << "*" << QStringList {};
        QTest::addRow("a word in no transcript") << "zebra" << QStringList {};
    }
    void findsMoments()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, hits);
        fill();
        QCOMPARE(found(typed), hits);
    }

    void hitsSaySpeakerTextAndMarks_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QStringList>("marked");
        QTest::addRow("a word") << "quiet"
                                << "Ben" << QStringList { "quiet" };
        QTest::addRow("a phrase is marked whole") << "\"harbour at dawn\""
                                                  << "Ben" << QStringList { "harbour at dawn" };
        QTest::addRow("a prefix marks the whole word") << "harb*"
                                                       << "Ben" << QStringList { "harbour" };
        QTest::addRow("folded: the word as written") << "resume lists"
                                                     << "" << QStringList { "Résumé", "lists" };
    }
    void hitsSaySpeakerTextAndMarks()
    {
        QFETCH(QString, typed);
        QFETCH(QString, speaker);
        QFETCH(QStringList, marked);
        fill();
        const auto hits = SearchIndex(*m_db).search(SearchQuery::parse(typed));
        QVERIFY(hits.ok());
        QCOMPARE(hits.value->size(), 1);
        const SearchIndex::Hit &h = hits.value->first();
        QCOMPARE(h.document.show, QString("Sea Show"));
        QCOMPARE(h.speaker, speaker);
        QStringList words;
        for (const auto &[from, length] : h.marks)
            words.append(h.text.mid(from, length));
        QCOMPARE(words, marked);
    }

    // An equal hit in a newer episode comes first; a much better one in an older episode still wins.
    void recentEpisodesSlightlyAhead()
    {
        SearchIndex index(*m_db);
        Transcript same;
        same.segments = { segment(0, 1000, "The lighthouse keeper spoke.") };
        QVERIFY(index.add(doc("Old", "S", QDateTime::currentDateTimeUtc().addYears(-3)), same).ok());
        QVERIFY(index.add(doc("New", "S", QDateTime::currentDateTimeUtc().addDays(-1)), same).ok());
        QCOMPARE(found("lighthouse"), QStringList({ "New#0@0", "Old#0@0" }));
        // Added in the other order: the date decides, not the order of indexing.
        QVERIFY(index.add(doc("Old", "S", QDateTime::currentDateTimeUtc().addYears(-3)), same).ok());
        QCOMPARE(found("lighthouse"), QStringList({ "New#0@0", "Old#0@0" }));

        Transcript better;
        better.segments = { segment(0, 1000, "Lighthouse.") };
        Transcript worse;
        worse.segments = { segment(0, 9000,
            "Somewhere in this long line about boats and weather and nets and gulls and harbours there is a "
            "lighthouse too.") };
        QVERIFY(index.add(doc("Old", "S", QDateTime::currentDateTimeUtc().addYears(-3)), better).ok());
        QVERIFY(index.add(doc("New", "S", QDateTime::currentDateTimeUtc().addDays(-1)), worse).ok());
        QCOMPARE(found("lighthouse"), QStringList({ "Old#0@0", "New#0@0" }));
    }

    void replacedAndRemoved()
    {
        fill();
        SearchIndex index(*m_db);
        Transcript edited;
        edited.segments = { segment(2000, 3000, "An edited line about lanterns.") };
        QVERIFY(index.add(doc("Harbour", "Sea Show", QDateTime::currentDateTimeUtc()), edited).ok());
        QCOMPARE(found("harbour"), QStringList {});
        QCOMPARE(found("lanterns"), QStringList { "Harbour#0@2000" });
        QCOMPARE(index.documents().size(), 2);
        QVERIFY(index.remove(m_dir->filePath("Harbour.mp3")).ok());
        QCOMPARE(found("lanterns"), QStringList {});
        QVERIFY(index.remove(m_dir->filePath("never indexed.mp3")).ok());
        QCOMPARE(index.documents().size(), 1);
        const Status sound = index.check();
        QVERIFY2(sound.ok(), qPrintable(sound.error));
        QCOMPARE(index.size().segments, 3);
    }

    // What is kept of each segment comes back as it went in: times, speakers, text, words and their times.
    void segmentsKeptAsTheyWere()
    {
        fill();
        SearchIndex index(*m_db);
        const auto d = index.document(m_dir->filePath("Harbour.mp3"));
        QVERIFY(d);
        QCOMPARE(d->segments, 5);
        const auto kept = index.segments(d->id);
        QVERIFY2(kept.ok(), qPrintable(kept.error));
        const Transcript original = harbourTalk();
        QCOMPARE(kept.value->size(), original.segments.size());
        for (qsizetype i = 0; i < original.segments.size(); ++i) {
            const Segment &a = original.segments[i];
            const Segment &b = (*kept.value)[i];
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.speaker, a.speaker);
            // Words (where they are, when they start) are kept where the source times them.
            QCOMPARE(b.words.size(), a.hasWordTimes() ? a.words.size() : 0);
            for (qsizetype w = 0; w < b.words.size(); ++w) {
                QCOMPARE(b.words[w].from, a.words[w].from);
                QCOMPARE(b.words[w].length, a.words[w].length);
                QCOMPARE(b.words[w].start, a.words[w].start);
            }
        }
    }

    // The indexer reads what the player would show, beside the audio; it follows the file when it changes
    // or goes, and leaves out a transcript the readers refuse, saying why.
    void indexerFollowsTheFiles()
    {
        const QString audio = m_dir->filePath("Walk.mp3");
        const QString vtt = m_dir->filePath("Walk.vtt");
        QVERIFY(writeFile(audio, QByteArray(4096, '\0')));
        QVERIFY(writeFile(vtt, "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nA walk by the estuary.\n"));
        SearchIndexer indexer(m_db->path());
        QSignalSpy indexed(&indexer, &SearchIndexer::indexed);
        QSignalSpy refused(&indexer, &SearchIndexer::refused);
        indexer.indexFile(audio);
        indexer.waitForIdle();
        QTRY_COMPARE(indexed.size(), 1);
        QCOMPARE(found("estuary"), QStringList { "Walk#0@1000" });

        // Changed on disk: the check at start reads it again.
        QTest::qWait(1100); // a modification time that differs at the file system's resolution
        QVERIFY(writeFile(vtt, "WEBVTT\n\n00:00:02.000 --> 00:00:04.000\nA walk along the river instead.\n"));
        QSignalSpy checked(&indexer, &SearchIndexer::checked);
        indexer.check();
        indexer.waitForIdle();
        QTRY_COMPARE(checked.size(), 1);
        QVERIFY2(checked.first().first().toString().contains("1 transcript"),
            qPrintable(checked.first().first().toString()));
        QCOMPARE(found("estuary"), QStringList {});
        QCOMPARE(found("river"), QStringList { "Walk#0@2000" });

        // Refused: left out, and the reason names the file.
        QVERIFY(writeFile(vtt, QByteArray("WEBVTT\n\n\x01\x02", 10) + QByteArray(64, '\0')));
        indexer.indexFile(audio);
        indexer.waitForIdle();
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY2(refused.first().at(1).toString().contains("Walk.vtt"),
            qPrintable(refused.first().at(1).toString()));
        QCOMPARE(found("river"), QStringList {}); // what was indexed of it before is forgotten

        // Gone: forgotten at the next check.
        QVERIFY(QFile::remove(vtt));
        indexer.check();
        indexer.waitForIdle();
        QTRY_COMPARE(checked.size(), 2);
        QCOMPARE(found("river"), QStringList {});
    }

    // The player tells what it shows; the same transcript shown again is not indexed again.
    void indexerFollowsThePlayer()
    {
        const QString audio = m_dir->filePath("Talk.mp3");
        QVERIFY(writeFile(audio, QByteArray(4096, '\0')));
        QVERIFY(writeFile(
            m_dir->filePath("Talk.srt"), "1\n00:00:05,000 --> 00:00:07,000\nFerries run hourly.\n"));
        auto [episode, error] = Episode::open(audio);
        QVERIFY2(episode, qPrintable(error));
        SearchIndexer indexer(m_db->path());
        QSignalSpy indexed(&indexer, &SearchIndexer::indexed);
        TranscriptCatalogue &catalogue = indexer;
        catalogue.transcriptShown(*episode, episode->transcript(), episode->transcriptPath());
        catalogue.transcriptShown(*episode, episode->transcript(), episode->transcriptPath());
        indexer.waitForIdle();
        QTRY_COMPARE(indexed.size(), 1);
        QCOMPARE(found("ferries"), QStringList { "Talk#0@5000" });
    }

    // Damaged FTS5 data: the check at start says so and rebuilds the index from the transcripts on disk;
    // the listener's files are never touched.
    void damagedIndexIsRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addRow("the FTS5 structure overwritten")
            << "UPDATE segment_text_data SET block = x'00ff00ff00ff' WHERE id > 1";
        QTest::addRow("the FTS5 table lost") << "DROP TABLE segment_text";
        QTest::addRow("the documents lost") << "DROP TABLE documents";
        QTest::addRow("indexed lines of no document") << "DELETE FROM documents";
    }
    void damagedIndexIsRebuilt()
    {
        QFETCH(QString, damage);
        const QString audio = m_dir->filePath("Deep.mp3");
        const QString srt = m_dir->filePath("Deep.srt");
        QVERIFY(writeFile(audio, QByteArray(4096, '\x01')));
        QVERIFY(writeFile(srt, "1\n00:00:01,000 --> 00:00:02,000\nThe trench is deep.\n"));
        QVERIFY(SearchIndexer::indexFile(*m_db, audio).ok());
        QCOMPARE(found("trench"), QStringList { "Deep#0@1000" });
        // The player remembers it (it was opened): where a rebuild finds it when the documents are gone too.
        QVERIFY(m_db->setMemory("deep", EpisodeMemory { .position = 500, .path = audio }).ok());
        const QByteArray audioHash = hashOf(audio);
        const QByteArray srtHash = hashOf(srt);
        {
            QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
            QVERIFY2(q.exec(damage), qPrintable(q.lastError().text()));
        }
        QVERIFY(!SearchIndex(*m_db).check().ok());

        SearchIndexer indexer(m_db->path());
        QSignalSpy checked(&indexer, &SearchIndexer::checked);
        indexer.check();
        indexer.waitForIdle();
        QTRY_COMPARE(checked.size(), 1);
        QVERIFY2(checked.first().first().toString().contains("rebuilt"),
            qPrintable(checked.first().first().toString()));
        const Status sound = SearchIndex(*m_db).check();
        QVERIFY2(sound.ok(), qPrintable(sound.error));
        QCOMPARE(found("trench"), QStringList { "Deep#0@1000" });
        QCOMPARE(hashOf(audio), audioHash);
        QCOMPARE(hashOf(srt), srtHash);
    }

    // A rebuild that did not finish (stopped, or killed) is not trusted: the next check does it again.
    void anUnfinishedRebuildIsDoneAgain()
    {
        SearchIndex index(*m_db);
        QVERIFY(index.check().ok());
        QVERIFY(index.setComplete(false).ok());
        QVERIFY(!index.check().ok());
        std::atomic_bool stop = true;
        QVERIFY(!SearchIndexer::rebuild(*m_db, {}, &stop).ok());
        QVERIFY(!index.check().ok());
        const auto rebuilt = SearchIndexer::rebuild(*m_db, {});
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error));
        QVERIFY(index.check().ok());
    }

    // A body damaged in the file is an error, never a crash, and the hit is passed over.
    void damagedBodyIsPassedOver()
    {
        fill();
        {
            QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
            QVERIFY(q.exec("UPDATE documents SET body = x'0000000a789c' WHERE title = 'Harbour'"));
        }
        SearchIndex index(*m_db);
        QCOMPARE(found("harbour OR storm"), QStringList { "Garden#1@3000" });
        QVERIFY(!index.segments(index.document(m_dir->filePath("Harbour.mp3"))->id).ok());
        QVERIFY(!index.remove(m_dir->filePath("Harbour.mp3")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// FeedReader: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, Atom, and the feeds as served: repaired
// with a warning naming the line, or refused with a clear error; lenient dates and durations.
#include "library/feedreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace hark;

namespace {

QByteArray readData(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString warningsOf(const FeedReadResult &r)
{
    QStringList lines;
    for (const Diagnostic &d : r.warnings)
        lines.append(QStringLiteral("%1: %2").arg(d.line).arg(d.message));
    return lines.join(u'\n');
}

} // namespace

class TestFeedReader : public QObject
{
    Q_OBJECT

    FeedReadResult readFile(const QString &name)
    {
        const QString path = QFINDTESTDATA(QStringLiteral("data/feeds/") + name);
        if (path.isEmpty())
            return {};
        return FeedReader::read(readData(path));
    }

private Q_SLOTS:
    // A Podcasting 2.0 feed, field by field.
    void podcasting20Feed()
    {
        const FeedReadResult r = readFile("p20.xml");
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(warningsOf(r)));
        const Feed &f = *r.feed;
        QCOMPARE(f.title, "Hark Test Show");
        QCOMPARE(f.link, "https://example.org/show");
        QCOMPARE(f.description, "A show & its <tests>.");
        QCOMPARE(f.language, "en-us");
        QCOMPARE(f.author, "Maya Example");
        QCOMPARE(f.image, "https://example.org/cover.jpg"); // itunes:image over RSS's image
        QCOMPARE(f.guid, "917393e3-1b1e-5cef-ace4-edaa54e1f810");
        QCOMPARE(f.locked, std::optional<bool>(true));
        QCOMPARE(f.newFeedUrl, "https://example.org/new-feed.xml");
        QCOMPARE(f.episodes.size(), 2);

        const FeedEpisode &e = f.episodes[0];
        QCOMPARE(e.title, "Episode 2: Timed words");
        QCOMPARE(e.guid, "ep-2");
        QCOMPARE(e.link, "https://example.org/ep2");
        QCOMPARE(e.published, QDateTime(QDate(2025, 6, 3), QTime(11, 5, 30), Qt::UTC));
        QCOMPARE(e.durationMs, qint64((62 * 60 + 3) * 1000));
        QCOMPARE(e.season, 2);
        QCOMPARE(e.episode, 7);
        // Inert text: tags gone (the script's text is only text), entities decoded, paragraphs on lines.
        QCOMPARE(e.description, "First paragraph with bold & a link.\nSecond\u00a0one.\nalert(1)");
        QCOMPARE(e.enclosureUrl, "https://example.org/ep2.mp3?a=1&b=2");
        QCOMPARE(e.enclosureType, "audio/mpeg");
        QCOMPARE(e.enclosureLength, qint64(12'345'678));
        const QList<FeedTranscript> transcripts {
            { "https://example.org/ep2.vtt", "text/vtt", "en-us", "captions" },
            { "https://example.org/ep2.json", "application/json", "de", "" },
        };
        QCOMPARE(e.transcripts, transcripts);
        QCOMPARE(e.chaptersUrl, "https://example.org/ep2.chapters.json");
        QCOMPARE(e.chaptersType, "application/json+chapters");
        const QList<FeedPerson> persons { { "Maya Example", "host", "https://example.org/maya" },
            { "Theo Guest", "guest", "" } };
        QCOMPARE(e.persons, persons);

        const FeedEpisode &plain = f.episodes[1];
        QCOMPARE(plain.published, QDateTime(QDate(2025, 6, 2), QTime(14, 0), Qt::UTC));
        QCOMPARE(plain.durationMs, qint64(754'000));
        QCOMPARE(plain.description, "The full text wins over the summary.");
        QCOMPARE(plain.enclosureLength, qint64(-1)); // "0": not known
        QCOMPARE(plain.season, -1);
        QVERIFY(plain.transcripts.isEmpty());
    }

    // The namespaces told apart by URI, the usual misspellings and the legacy Podcasting 2.0 URI included.
    void namespaceVariants()
    {
        const FeedReadResult r = readFile("misspelt.xml");
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const FeedEpisode &e = r.feed->episodes.value(0);
        QCOMPARE(e.title, "Un épisode");
        QCOMPARE(e.guid, "https://example.org/a.mp3"); // no guid: the enclosure's URL
        QCOMPARE(e.durationMs, qint64(754'000));
        QCOMPARE(e.published, QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(e.transcripts.value(0).type, "application/x-subrip");
        QCOMPARE(e.transcripts.value(0).language, "fr"); // the feed's
    }

    // What real feeds get wrong is repaired, each kind of repair with a warning that names its first line.
    void brokenFeedIsRepaired()
    {
        const FeedReadResult r = readFile("broken.xml");
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const Feed &f = *r.feed;
        QCOMPARE(f.title, "Tom & Jerry &gtgt; Friends");
        QCOMPARE(f.description, "Café talk\u00a0& more");
        QCOMPARE(f.episodes.size(), 2);
        QCOMPARE(f.episodes[0].title, "Cats & Dogs");
        QCOMPARE(f.episodes[0].published, QDateTime(QDate(2025, 9, 7), QTime(16, 0), Qt::UTC));
        QCOMPARE(f.episodes[0].durationMs, qint64(45 * 60'000));
        QCOMPARE(f.episodes[0].enclosureUrl, "https://example.org/c.mp3?x=1&y=2");
        QCOMPARE(f.episodes[0].transcripts.value(0).url, "https://example.org/c.txt"); // undeclared prefix
        QCOMPARE(f.episodes[1].guid, "unclosed"); // after a title's unclosed <b>
        QCOMPARE(f.episodes[1].title, "Unclosed bold");
        const QString warnings = warningsOf(r);
        for (const char *expected :
            { "3: text before the XML was passed over", "6: a bare \"&\" read as the character (3 found)",
                "6: unknown entities such as &gtgt; kept as text (1 found)",
                "7: HTML entities such as &eacute; read as their characters (2 found)" })
            QVERIFY2(warnings.contains(QLatin1String(expected)), qPrintable(expected + u'\n' + warnings));
    }

    void atomFeed()
    {
        const FeedReadResult r = readFile("atom.xml");
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const Feed &f = *r.feed;
        QCOMPARE(f.title, "An Atom Show");
        QCOMPARE(f.description, "Told in Atom.");
        QCOMPARE(f.link, "https://example.org/atom-show");
        QCOMPARE(f.author, "Ada Author");
        QCOMPARE(f.language, "en");
        QCOMPARE(f.episodes.size(), 1);
        const FeedEpisode &e = f.episodes[0];
        QCOMPARE(e.guid, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
        QCOMPARE(e.link, "https://example.org/entry1");
        QCOMPARE(e.enclosureUrl, "https://example.org/entry1.ogg");
        QCOMPARE(e.enclosureType, "audio/ogg");
        QCOMPARE(e.enclosureLength, qint64(2048));
        QCOMPARE(e.published, QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC)); // published, not updated
        QCOMPARE(e.description, "An entry.");
    }

    // Hostile and wrong input: refused with a clear error, or read without harm.
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("read");
        QTest::addColumn<QString>("message"); // in the error when refused, else in a warning

        QTest::addRow("an entity bomb: never expanded, kept as text")
            << readData(QFINDTESTDATA("data/feeds/bomb.xml")) << true << "a DTD was passed over";
        QTest::addRow("an error page") << readData(QFINDTESTDATA("data/feeds/page.html")) << false
                                       << "not a podcast feed: the document is <html>";
        QTest::addRow("empty") << QByteArray() << false << "there is no XML in it";
        QTest::addRow("not XML") << QByteArray("just some words") << false << "there is no XML in it";
        QTest::addRow("binary") << QByteArray("\x00\x01\x02<rss>\x00\x00", 11) << false << "";
        QTest::addRow("invalid UTF-8: read as Windows-1252")
            << QByteArray("<rss><channel><title>Caf\xe9</title></channel></rss>") << true << "Windows-1252";
        QTest::addRow("cut off mid-item: what came before is kept")
            << QByteArray("<rss><channel><title>T</title><item><guid>a</guid></item><item><guid>b</gu")
            << true << "";
        QTest::addRow("duplicate guids: the first kept")
            << QByteArray("<rss><channel><item><title>One</title><guid>g</guid></item>"
                          "<item><title>Two</title><guid>g</guid></item></channel></rss>")
            << true << "has the guid of an earlier one";
        QTest::addRow("a date that cannot be read")
            << QByteArray("<rss><channel><item><guid>a</guid><pubDate>soon</pubDate></item></channel></rss>")
            << true << "the date \"soon\"";
        QTest::addRow("nested 100,000 deep")
            << QByteArray("<rss><channel>") + QByteArray("<x>").repeated(100'000) << true << "";
        QTest::addRow("more than 64 MB")
            << QByteArray(65 * 1024 * 1024, ' ') << false << "more than the 64 MB";
    }
    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, read);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        const FeedReadResult r = FeedReader::read(data);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(r.ok(), read);
        if (!read)
            QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
        else if (!message.isEmpty())
            QVERIFY2(warningsOf(r).contains(message), qPrintable(warningsOf(r)));
    }

    // Nothing is expanded from a DTD, and no file is read for an external entity.
    void bombStaysSmall()
    {
        const FeedReadResult r = readFile("bomb.xml");
        QVERIFY(r.ok());
        QCOMPARE(r.feed->title, "&lol9;");
        QCOMPARE(r.feed->description, "&ext;");
        QCOMPARE(r.feed->episodes.value(0).title, "Still an episode");
        const QString warnings = warningsOf(r);
        QVERIFY2(warnings.contains("2: a DTD was passed over"), qPrintable(warnings));
        QVERIFY2(warnings.contains("15: unknown entities such as &lol9; kept as text (2 found)"),
            qPrintable(warnings));
    }

    void duplicateGuidsKeepTheFirst()
    {
        const FeedReadResult r
            = FeedReader::read("<rss><channel><item><title>One</title><guid>g</guid></item>"
                               "<item><title>Two</title><guid>g</guid></item></channel></rss>");
        QVERIFY(r.ok());
        QCOMPARE(r.feed->episodes.size(), 1);
        QCOMPARE(r.feed->episodes[0].title, "One");
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
        };
        QTest::addRow("RFC 822, GMT") << "Tue, 03 Jun 2008 11:05:30 GMT" << utc(2008, 6, 3, 11, 5, 30);
        QTest::addRow("numeric zone") << "Tue, 03 Jun 2008 11:05:30 +0200" << utc(2008, 6, 3, 9, 5, 30);
        QTest::addRow("numeric zone with a colon")
            << "Tue, 03 Jun 2008 11:05:30 -05:30" << utc(2008, 6, 3, 16, 35, 30);
        QTest::addRow("EST") << "Tue, 03 Jun 2008 11:05:30 EST" << utc(2008, 6, 3, 16, 5, 30);
        QTest::addRow("PDT") << "Tue, 03 Jun 2008 11:05:30 PDT" << utc(2008, 6, 3, 18, 5, 30);
        QTest::addRow("CEST") << "Tue, 03 Jun 2008 11:05:30 CEST" << utc(2008, 6, 3, 9, 5, 30);
        QTest::addRow("no day name") << "03 Jun 2008 11:05:30 GMT" << utc(2008, 6, 3, 11, 5, 30);
        QTest::addRow("no seconds") << "Tue, 03 Jun 2008 11:05 GMT" << utc(2008, 6, 3, 11, 5);
        QTest::addRow("no time") << "3 Jun 2008" << utc(2008, 6, 3, 0, 0);
        QTest::addRow("no zone: UTC") << "Tue, 03 Jun 2008 11:05:30" << utc(2008, 6, 3, 11, 5, 30);
        QTest::addRow("Sept") << "Sun, 7 Sept 2025 18:00:00 GMT" << utc(2025, 9, 7, 18, 0);
        QTest::addRow("full month name") << "Sunday, 7 September 2025 18:00 GMT" << utc(2025, 9, 7, 18, 0);
        QTest::addRow("two-digit year") << "Mon, 2 Jun 25 09:00 GMT" << utc(2025, 6, 2, 9, 0);
        QTest::addRow("lower case") << "tue, 03 jun 2008 11:05:30 gmt" << utc(2008, 6, 3, 11, 5, 30);
        QTest::addRow("ISO 8601 Z") << "2025-06-01T10:00:00Z" << utc(2025, 6, 1, 10, 0);
        QTest::addRow("ISO 8601 offset") << "2025-06-01T10:00:00+02:00" << utc(2025, 6, 1, 8, 0);
        QTest::addRow("ISO 8601 with a space, no zone") << "2025-06-01 10:00:00" << utc(2025, 6, 1, 10, 0);
        QTest::addRow("ISO 8601 date alone") << "2025-06-01" << utc(2025, 6, 1, 0, 0);
        QTest::addRow("ISO 8601 with ms")
            << "2025-06-01T10:00:00.250Z" << QDateTime(QDate(2025, 6, 1), QTime(10, 0, 0, 250), Qt::UTC);
        QTest::addRow("nonsense") << "next Tuesday" << QDateTime();
        QTest::addRow("no such month") << "Tue, 03 Foo 2008 11:05:30 GMT" << QDateTime();
        QTest::addRow("31 February") << "31 Feb 2025 10:00 GMT" << QDateTime();
        QTest::addRow("empty") << "" << QDateTime();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const QDateTime got = FeedReader::parseDate(text);
        QCOMPARE(got.isValid(), utc.isValid());
        if (utc.isValid()) {
            QCOMPARE(got, utc);
            QCOMPARE(got.timeSpec(), Qt::UTC);
        }
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::addRow("H:M:S") << "1:02:03" << qint64(3'723'000);
        QTest::addRow("HH:MM:SS") << "01:02:03" << qint64(3'723'000);
        QTest::addRow("M:S") << "12:34" << qint64(754'000);
        QTest::addRow("minutes over 59") << "90:00" << qint64(5'400'000);
        QTest::addRow("seconds") << "3600" << qint64(3'600'000);
        QTest::addRow("fractional seconds") << "754.5" << qint64(754'500);
        QTest::addRow("spaces around") << " 12:34 " << qint64(754'000);
        QTest::addRow("seconds over 59 in H:M:S") << "1:02:75" << qint64(-1);
        QTest::addRow("words") << "about an hour" << qint64(-1);
        QTest::addRow("negative") << "-5" << qint64(-1);
        QTest::addRow("empty") << "" << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(FeedReader::parseDuration(text), ms);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::addRow("tags stripped") << "<b>bold</b> and <i>italic</i>"
                                       << "bold and italic";
        QTest::addRow("paragraphs on lines") << "<p>One</p><p>Two</p>"
                                             << "One\nTwo";
        QTest::addRow("line breaks") << "One<br/>Two<BR>Three"
                                     << "One\nTwo\nThree";
        QTest::addRow("entities") << "Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#8217; &#x2014;"
                                  << "Tom & Jerry <3 été \u2019 \u2014";
        QTest::addRow("an unknown entity stays") << "a &bogus; b"
                                                 << "a &bogus; b";
        QTest::addRow("a bare ampersand stays") << "R & D"
                                                << "R & D";
        QTest::addRow("an unclosed tag: the rest is text") << "a < b"
                                                           << "a < b";
        QTest::addRow("spaces and blank lines collapse") << "a  \t b\n\n\n c"
                                                         << "a b\nc";
    }
    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(FeedReader::plainText(html), text);
    }
};

QTEST_GUILESS_MAIN(TestFeedReader)
#include "tst_feedreader.moc"

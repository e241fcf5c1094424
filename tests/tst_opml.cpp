// SPDX-License-Identifier: GPL-3.0-or-later
// OPML subscription lists: read as gPodder, AntennaPod and other apps write them, hostile ones refused or
// passed over with the line, and what Hark writes read back the same.
#include "library/opml.h"

#include <QTest>

using namespace hark;

using Subscriptions = QList<Opml::Subscription>;

class TestOpml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("opml");
        QTest::addColumn<Subscriptions>("expected");
        QTest::addColumn<QString>("warning"); // empty: none

        QTest::addRow("gPodder") << QByteArray(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<opml version=\"2.0\"><head><title>gPodder subscriptions</title></head><body>\n"
            "<outline text=\"A Show\" title=\"A Show\" type=\"rss\" xmlUrl=\"https://example.org/a.xml\"/>\n"
            "<outline text=\"B &amp; C\" title=\"B &amp; C\" type=\"rss\" "
            "xmlUrl=\"http://example.org/b.xml?x=1&amp;y=2\"/>\n"
            "</body></opml>")
                                 << Subscriptions { { "https://example.org/a.xml", "A Show" },
                                        { "http://example.org/b.xml?x=1&y=2", "B & C" } }
                                 << "";
        QTest::addRow("AntennaPod: text only, htmlUrl beside") << QByteArray(
            "<opml version=\"2.0\"><body><outline text=\"Café Talk\" type=\"rss\" "
            "xmlUrl=\"https://example.org/c.xml\" htmlUrl=\"https://example.org/\"/></body></opml>")
                                                               << Subscriptions { { "https://example.org/"
                                                                                    "c.xml",
                                                                      "Café Talk" } }
                                                               << "";
        QTest::addRow("folders, at any depth; a feed twice counted once") << QByteArray(
            "<opml version=\"1.0\"><body><outline text=\"News\"><outline text=\"Deep\"><outline text=\"D\" "
            "xmlUrl=\"https://example.org/d.xml\"/></outline></outline><outline text=\"D again\" "
            "xmlUrl=\"https://example.org/d.xml\"/></body></opml>")
                                                                          << Subscriptions { { "https://"
                                                                                               "example.org/"
                                                                                               "d.xml",
                                                                                 "D" } }
                                                                          << "";
        QTest::addRow("local files and other schemes passed over")
            << QByteArray(
                   "<opml version=\"2.0\"><body>\n<outline text=\"F\" xmlUrl=\"file:///etc/passwd\"/>\n"
                   "<outline text=\"J\" xmlUrl=\"javascript:alert(1)\"/>\n"
                   "<outline text=\"E\" xmlUrl=\"https://example.org/e.xml\"/></body></opml>")
            << Subscriptions { { "https://example.org/e.xml", "E" } }
            << "2: \"file:///etc/passwd\" passed over: only http and https feeds are subscribed to";
        QTest::addRow("cut off: what came before kept, and where it broke said")
            << QByteArray("<opml version=\"2.0\"><body>\n<outline text=\"E\" "
                          "xmlUrl=\"https://example.org/e.xml\"/>\n"
                          "<outline text=\"F\" xmlUrl=\"https://example.org/f")
            << Subscriptions { { "https://example.org/e.xml", "E" } } << "the list stops being readable here";
        QTest::addRow("empty body") << QByteArray("<opml version=\"2.0\"><body/></opml>") << Subscriptions {}
                                    << "";
    }
    void reads()
    {
        QFETCH(QByteArray, opml);
        QFETCH(Subscriptions, expected);
        QFETCH(QString, warning);
        const Opml::ReadResult r = Opml::read(opml);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(*r.subscriptions, expected);
        QStringList warnings;
        for (const Diagnostic &d : r.warnings)
            warnings.append(QStringLiteral("%1: %2").arg(d.line).arg(d.message));
        if (warning.isEmpty())
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        else
            QVERIFY2(warnings.join(u'\n').contains(warning), qPrintable(warnings.join(u'\n')));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("opml");
        QTest::addColumn<QString>("message");
        QTest::addRow("a feed, not a list")
            << QByteArray("<rss><channel/></rss>") << "not a subscription list (OPML)";
        QTest::addRow("nothing") << QByteArray()
                                 << "not a subscription list (OPML): Premature end of document";
        QTest::addRow("an entity bomb") << QByteArray(
            "<!DOCTYPE opml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            "<opml><body><outline text=\"&b;\" xmlUrl=\"https://example.org/x\"/></body></opml>")
                                        << "a DTD or an entity has no place";
        QTest::addRow("broken before any subscription")
            << QByteArray("<opml><body><outline text=\"x\" <<") << "";
        QTest::addRow("over 16 MB") << QByteArray(17 * 1024 * 1024, ' ') << "larger than 16 MB";
    }
    void refuses()
    {
        QFETCH(QByteArray, opml);
        QFETCH(QString, message);
        const Opml::ReadResult r = Opml::read(opml);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.message.isEmpty());
        QVERIFY2(r.error.message.contains(message), qPrintable(r.error.message));
    }

    // What Hark writes, Hark (and any app reading xmlUrl and text or title) reads back the same.
    void roundTrip()
    {
        const Subscriptions subscriptions { { "https://example.org/a.xml", "A & B: \"quoted\" <tags>" },
            { "http://example.org/b.xml?x=1&y=2", "Ünïcödé 日本" },
            { "https://example.org/untitled.xml", "" } };
        const QByteArray written = Opml::write(subscriptions, "Hark subscriptions");
        QVERIFY(written.contains("<opml version=\"2.0\">"));
        QVERIFY(written.contains("type=\"rss\""));
        const Opml::ReadResult r = Opml::read(written);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        Subscriptions expected = subscriptions;
        expected[2].title = expected[2].feedUrl; // an untitled feed is written under its URL
        QCOMPARE(*r.subscriptions, expected);
    }
};

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"

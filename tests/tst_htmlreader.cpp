// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/htmlreader.h"

#include <QTest>

using namespace hark;

class TestHtmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void podcastingExample()
    {
        const ReadResult r = HtmlReader::read(QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Ep 1</title><script>alert('x')</script>"
            "<link rel=\"stylesheet\" href=\"https://example.com/s.css\"></head><body>\n"
            "<cite>Kevin:</cite>\n<time>0:00</time>\n<p>Hello &amp; welcome <b>to</b> the show.</p>\n"
            "<cite>Adam:</cite>\n<time>1:02:03</time>\n<p>Thanks,<br>Kevin. <img "
            "src=\"https://example.com/t.png\">Great.</p>\n"
            "<p>Untimed follow-up.</p>\n<script>document.write('<p>injected</p>')</script>\n</body></html>"));
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const Transcript &t = *r.transcript;
        QCOMPARE(t.metadata.title, QStringLiteral("Ep 1"));
        QCOMPARE(t.metadata.language, QStringLiteral("en"));
        QCOMPARE(t.segments.size(), qsizetype(3));
        QCOMPARE(t.segments[0].text, QStringLiteral("Hello & welcome to the show."));
        QCOMPARE(t.speakerName(t.segments[0].speaker), QStringLiteral("Kevin"));
        QCOMPARE(t.segments[0].start, qint64(0));
        QCOMPARE(t.segments[0].end, qint64(3'723'000)); // from the next timed paragraph
        QCOMPARE(t.segments[1].text, QStringLiteral("Thanks, Kevin. Great."));
        QCOMPARE(t.speakerName(t.segments[1].speaker), QStringLiteral("Adam"));
        QCOMPARE(t.segments[1].start, qint64(3'723'000));
        QCOMPARE(t.segments[2].start, kNoTime);
        QCOMPARE(t.speakerName(t.segments[2].speaker), QStringLiteral("Adam"));
        for (const Segment &s : t.segments)
            QVERIFY(
                !s.text.contains(QStringLiteral("injected")) && !s.text.contains(QStringLiteral("alert")));
    }

    void markersInsideParagraph()
    {
        const ReadResult r
            = HtmlReader::read(QStringLiteral("<p><cite>Ann</cite> <time>00:05</time> Hi there.</p>"));
        QVERIFY(r.ok());
        QCOMPARE(r.transcript->segments.first().text, QStringLiteral("Hi there."));
        QCOMPARE(r.transcript->segments.first().start, qint64(5000));
        QCOMPARE(r.transcript->speakers, QStringList { QStringLiteral("Ann") });
    }

    void withoutParagraphs()
    {
        const ReadResult r = HtmlReader::read(
            QStringLiteral("<html><body><div>First sentence. Second one.</div></body></html>"));
        QVERIFY(r.ok());
        QCOMPARE(r.transcript->segments.size(), qsizetype(2));
        QCOMPARE(r.warnings.size(), qsizetype(1));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("empty") << "";
        QTest::addRow("only markup") << "<html><body><p>  </p></body></html>";
    }

    void refused()
    {
        QFETCH(QString, input);
        QVERIFY(!HtmlReader::read(input).ok());
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"

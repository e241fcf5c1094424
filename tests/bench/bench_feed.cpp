// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the feed reader on a generated 5,000-episode Podcasting 2.0 feed (about 10 MB: show notes in
// CDATA, two transcripts, chapters and two persons an episode): the time to read it (median) and the peak
// resident memory of reading it. Beside it, the two parsers the reader could stand on, tokenizing the same
// bytes: libxml2's SAX parser in recovery (what FeedReader uses) and QXmlStreamReader; and which of them gets
// through each broken feed of the tests (QXmlStreamReader stops at the first error: it has no recovery).
//
//   bench_feed            full run: medians of 11 runs
//   bench_feed --quick    a 500-episode feed, one run (CI)
#include "library/feedreader.h"
#include "usage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QXmlStreamReader>

#include <libxml/parser.h>

#include <algorithm>
#include <vector>

using namespace hark;

namespace {

QByteArray generateFeed(int episodes)
{
    QByteArray feed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>A Long-Running Show</title><link>https://example.org/</link><language>en</language>
<itunes:image href="https://example.org/cover.jpg"/><podcast:guid>917393e3-1b1e-5cef-ace4-edaa54e1f810</podcast:guid>
)";
    const QByteArray notes
        = QByteArray("<p>In this episode we talk about feeds, parsers &amp; the people who write "
                     "them. Links: <a href=\"https://example.org/a\">one</a>, <a "
                     "href=\"https://example.org/b\">two</a>.</p>")
              .repeated(3);
    for (int i = episodes; i > 0; --i) {
        const QByteArray n = QByteArray::number(i);
        feed += "<item><title>Episode " + n
            + ": On the Subject of Things</title><guid isPermaLink=\"false\">ep-" + n
            + "</guid><link>https://example.org/ep/" + n
            + "</link><pubDate>Tue, 03 Jun 2025 11:05:30 GMT</pubDate>"
            + "<itunes:duration>1:02:03</itunes:duration><itunes:episode>" + n + "</itunes:episode>"
            + "<description><![CDATA[" + notes + "]]></description>" + "<content:encoded><![CDATA[" + notes
            + notes + "]]></content:encoded>" + "<enclosure url=\"https://example.org/ep/" + n
            + ".mp3\" length=\"61234567\" type=\"audio/mpeg\"/>"
            + "<podcast:transcript url=\"https://example.org/ep/" + n
            + ".vtt\" type=\"text/vtt\" rel=\"captions\"/><podcast:transcript url=\"https://example.org/ep/"
            + n + ".json\" type=\"application/json\"/><podcast:chapters url=\"https://example.org/ep/" + n
            + ".chapters.json\" type=\"application/json+chapters\"/>"
            + "<podcast:person role=\"host\">Maya Example</podcast:person>"
            + "<podcast:person role=\"guest\">Guest " + n + "</podcast:person></item>\n";
    }
    return feed + "</channel></rss>\n";
}

/// libxml2's SAX parser in recovery, counting elements: the tokenizing under FeedReader.
int libxmlElements(const QByteArray &bytes)
{
    int count = 0;
    xmlSAXHandler sax {};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = [](void *n, const xmlChar *, const xmlChar *, const xmlChar *, int, const xmlChar **,
                             int, int, const xmlChar **) { ++*static_cast<int *>(n); };
    xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&sax, &count, nullptr, 0, nullptr);
    xmlCtxtUseOptions(context, XML_PARSE_RECOVER | XML_PARSE_NONET);
    constexpr qsizetype piece = 64 * 1024;
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        xmlParseChunk(context, bytes.constData() + at, int(std::min(piece, bytes.size() - at)), 0);
    xmlParseChunk(context, nullptr, 0, 1);
    if (context->myDoc) // where libxml2 keeps a DTD's declarations
        xmlFreeDoc(context->myDoc);
    xmlFreeParserCtxt(context);
    return count;
}

/// QXmlStreamReader counting elements; -1 when it stops at an error.
int qtElements(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    int count = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            ++count;
    }
    return reader.hasError() ? -1 : count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 1 : 11;
    const int episodes = quick ? 500 : 5000;
    QTextStream out(stdout);

    const QByteArray feed = generateFeed(episodes);
    out << "Generated: " << episodes << " episodes, " << feed.size() / 1024 << " KiB\n\n";

    // Memory first, on a fresh heap: the peak resident size that reading the feed adds.
    const long before = bench::peakRssKiB();
    FeedReadResult read = FeedReader::read(feed);
    const double peakMb = double(bench::peakRssKiB() - before) / 1024.0;
    if (!read.ok() || read.feed->episodes.size() != episodes || !read.warnings.isEmpty()) {
        out << "the generated feed was not read right: " << read.error.message
            << (read.warnings.isEmpty() ? QString() : read.warnings.first().message) << '\n';
        return 1;
    }

    bool ok = true;
    auto row = [&](const QString &what, double value, double target, const char *unit) {
        const bool within = target <= 0 || value <= target;
        ok = ok && within;
        out << what.leftJustified(46) << QString::number(value, 'f', 1).rightJustified(9) << ' '
            << QString::fromLatin1(unit).leftJustified(3);
        if (target > 0)
            out << "  target <= " << target << ' ' << unit << (within ? "" : "   OVER");
        out << '\n';
    };
    row(QStringLiteral("FeedReader: read the feed, median"),
        bench::medianMs(runs, [&] { read = FeedReader::read(feed); }), quick ? 0 : 250, "ms");
    row(QStringLiteral("FeedReader: peak memory it adds"), peakMb, quick ? 0 : 50, "MB");
    int elements = 0;
    row(QStringLiteral("libxml2 SAX (recovering): tokenize, median"),
        bench::medianMs(runs, [&] { elements = libxmlElements(feed); }), 0, "ms");
    int qtCount = 0;
    row(QStringLiteral("QXmlStreamReader: tokenize, median"),
        bench::medianMs(runs, [&] { qtCount = qtElements(feed); }), 0, "ms");
    if (elements != qtCount)
        out << "(the two parsers counted " << elements << " and " << qtCount << " elements)\n";

    // The broken feeds of the tests: which parser reads them through to their last episode.
    const QString data = QStringLiteral(HARK_FEED_DATA);
    out << "\nBroken feeds (tests/data/feeds): elements seen by libxml2 in recovery / by QXmlStreamReader\n";
    for (const QString &name : { QStringLiteral("broken.xml"), QStringLiteral("bomb.xml") }) {
        QFile f(QDir(data).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = f.readAll();
        bytes.remove(
            0, std::max<qsizetype>(0, bytes.indexOf('<'))); // both refuse text before the declaration
        const int q = qtElements(bytes);
        out << "  " << name.leftJustified(12) << libxmlElements(bytes) << " / "
            << (q < 0 ? QStringLiteral("stopped at the first error") : QString::number(q)) << '\n';
    }
    out << (ok ? "\nall within targets\n" : "\nSOME OVER TARGET\n");
    return ok ? 0 : 1;
}

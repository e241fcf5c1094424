// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/htmlreader.h"

#include "core/formats/cuetext.h"
#include "core/textsplitter.h"
#include "core/timecode.h"

#include <QCoreApplication>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::HtmlReader)
};

bool is(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE
        && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

QString collapseSpaces(const QString &s)
{
    return s.simplified();
}

// Text content of a node, leaving out scripts, styles and (when asked) the cite/time markers inside it.
void appendText(const xmlNode *node, QString &out, bool skipMarkers)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            out += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
        } else if (c->type == XML_ELEMENT_NODE) {
            if (is(c, "script") || is(c, "style") || (skipMarkers && (is(c, "cite") || is(c, "time"))))
                continue;
            if (is(c, "br"))
                out += u' ';
            appendText(c, out, skipMarkers);
        }
    }
}

QString textOf(const xmlNode *node, bool skipMarkers = false)
{
    QString s;
    appendText(node, s, skipMarkers);
    return collapseSpaces(s);
}

struct Walker
{
    Transcript &t;
    int speaker = -1;
    qint64 pendingStart = kNoTime;
    bool sawParagraph = false;

    void marker(const xmlNode *n)
    {
        if (is(n, "cite")) {
            QString name = textOf(n);
            while (name.endsWith(u':'))
                name.chop(1);
            speaker = t.speakerIndex(name.trimmed());
        } else if (is(n, "time")) {
            xmlChar *attr = xmlGetProp(n, reinterpret_cast<const xmlChar *>("datetime"));
            const QString datetime
                = attr ? QString::fromUtf8(reinterpret_cast<const char *>(attr)) : QString();
            xmlFree(attr);
            const auto start = timecode::parseClock(textOf(n)).value;
            pendingStart = start ? *start : timecode::parseClock(datetime).value.value_or(pendingStart);
        }
    }

    void walk(const xmlNode *node)
    {
        for (const xmlNode *n = node; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (is(n, "script") || is(n, "style") || is(n, "head"))
                continue;
            if (is(n, "cite") || is(n, "time")) {
                marker(n);
                continue;
            }
            if (is(n, "p")) {
                sawParagraph = true;
                for (const xmlNode *c = n->children; c; c = c->next) {
                    if (is(c, "cite") || is(c, "time"))
                        marker(c);
                }
                Segment s;
                s.text = textOf(n, true);
                if (s.text.isEmpty())
                    continue;
                s.start = pendingStart;
                s.speaker = speaker;
                s.flags = Segment::ParagraphStart;
                s.words = TextSplitter::words(s.text);
                pendingStart = kNoTime;
                t.segments.append(std::move(s));
                continue;
            }
            walk(n->children);
        }
    }
};

const xmlNode *findElement(const xmlNode *node, const char *name)
{
    for (const xmlNode *n = node; n; n = n->next) {
        if (is(n, name))
            return n;
        if (const xmlNode *found = findElement(n->children, name))
            return found;
    }
    return nullptr;
}

} // namespace

ReadResult HtmlReader::read(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options), &xmlFreeDoc);
    if (!doc)
        return ReadResult::failure(1, 1, Tr::tr("expected an HTML document"));
    const xmlNode *root = xmlDocGetRootElement(doc.get());
    if (!root)
        return ReadResult::failure(1, 1, Tr::tr("expected an HTML document; found no elements"));

    ReadResult result;
    Transcript t;
    if (const xmlNode *title = findElement(root, "title"))
        t.metadata.title = textOf(title);
    xmlChar *lang = xmlGetProp(root, reinterpret_cast<const xmlChar *>("lang"));
    if (lang)
        t.metadata.language = QString::fromUtf8(reinterpret_cast<const char *>(lang));
    xmlFree(lang);

    Walker walker { t };
    const xmlNode *body = findElement(root, "body");
    walker.walk(body ? body->children : root);
    if (!walker.sawParagraph) {
        const QString all = textOf(body ? body : root);
        t.segments = TextSplitter::sentenceSegments(all);
        if (!t.segments.isEmpty())
            result.warnings.append({ 0, 0, Tr::tr("no <p> paragraphs; the page was read as plain text") });
    }
    if (t.segments.isEmpty())
        return ReadResult::failure(
            0, 0, Tr::tr("expected transcript text in <p> paragraphs; the page has none"));
    cuetext::deriveMissingEnds(t.segments);
    result.transcript = std::move(t);
    return result;
}

} // namespace hark

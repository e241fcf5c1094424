// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/feedreader.h"

#include "core/textdecoder.h"
#include "core/timecode.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::FeedReader)
};

constexpr qsizetype kMaxFeedBytes = 64 * 1024 * 1024; ///< a feed of 5,000 episodes is about 10 MB
constexpr int kMaxParserWarnings = 20;
constexpr qsizetype kMaxDepth = 64; ///< feeds nest a dozen deep; what is deeper is passed over

// What repair() did, kind by kind: the first line where it happened and how often.
struct Repairs
{
    struct Kind
    {
        int firstLine = 0;
        int count = 0;
        QString example;
        void add(int line, const QString &what)
        {
            if (count++ == 0) {
                firstLine = line;
                example = what;
            }
        }
    };
    Kind bareAmpersand, htmlEntity, unknownEntity, doctype;
};

bool isNameStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

/// Makes what feeds get wrong well-formed, without touching CDATA sections, comments or processing
/// instructions: a bare "&" becomes "&amp;", an HTML entity its character reference, an unknown entity
/// (or one a DTD would declare: never expanded) text.
QByteArray repair(const QByteArray &in, Repairs &repairs)
{
    QByteArray out;
    out.reserve(in.size() + in.size() / 64);
    int line = 1;
    const char *p = in.constData();
    const char *const end = p + in.size();
    const auto skipPast = [&](const char *terminator) {
        const QByteArrayView rest(p, end - p);
        const qsizetype at = rest.indexOf(QByteArrayView(terminator));
        const qsizetype upTo = at < 0 ? rest.size() : at + qsizetype(qstrlen(terminator));
        out.append(p, upTo);
        line += int(QByteArrayView(p, upTo).count('\n'));
        p += upTo;
    };
    while (p < end) {
        const char c = *p;
        if (c == '<') {
            const QByteArrayView rest(p, end - p);
            if (rest.startsWith("<![CDATA[")) {
                skipPast("]]>");
                continue;
            }
            if (rest.startsWith("<!--")) {
                skipPast("-->");
                continue;
            }
            if (rest.startsWith("<?")) {
                skipPast("?>");
                continue;
            }
            if (rest.startsWith("<!DOCTYPE") || rest.startsWith("<!doctype")) {
                // Passed over whole, its internal subset too: no entity, parameter entity or external DTD is
                // ever declared, expanded or loaded. Its line breaks are kept, so that lines stay right.
                repairs.doctype.add(line, {});
                int brackets = 0;
                char quote = 0;
                for (++p; p < end; ++p) {
                    const char d = *p;
                    if (d == '\n') {
                        out.append('\n');
                        ++line;
                    }
                    if (quote) {
                        quote = d == quote ? 0 : quote;
                    } else if (d == '"' || d == '\'') {
                        quote = d;
                    } else if (d == '[') {
                        ++brackets;
                    } else if (d == ']') {
                        brackets = std::max(0, brackets - 1);
                    } else if (d == '>' && brackets == 0) {
                        ++p;
                        break;
                    }
                }
                continue;
            }
        } else if (c == '&') {
            const char *q = p + 1;
            if (q < end && *q == '#') {
                ++q;
                const bool hex = q < end && (*q == 'x' || *q == 'X');
                q += hex;
                const char *digits = q;
                while (q < end && (hex ? std::isxdigit(uchar(*q)) : std::isdigit(uchar(*q))))
                    ++q;
                if (q > digits && q < end && *q == ';') { // a character reference: as it is
                    out.append(p, q + 1 - p);
                    p = q + 1;
                    continue;
                }
            } else if (q < end && isNameStart(*q)) {
                while (q < end && isNameChar(*q))
                    ++q;
                if (q < end && *q == ';') {
                    const QByteArray name(p + 1, q - p - 1);
                    static const QSet<QByteArray> xml { "amp", "lt", "gt", "quot", "apos" };
                    if (xml.contains(name)) {
                        out.append(p, q + 1 - p);
                    } else if (const htmlEntityDesc *html
                        = htmlEntityLookup(reinterpret_cast<const xmlChar *>(name.constData()))) {
                        out.append("&#" + QByteArray::number(html->value) + ';');
                        repairs.htmlEntity.add(line, QString::fromLatin1(name));
                    } else {
                        out.append("&amp;" + name + ';');
                        repairs.unknownEntity.add(line, QString::fromLatin1(name));
                    }
                    p = q + 1;
                    continue;
                }
            }
            out.append("&amp;");
            repairs.bareAmpersand.add(line, {});
            ++p;
            continue;
        } else if (c == '\n') {
            ++line;
        }
        out.append(c);
        ++p;
    }
    return out;
}

/// Which vocabulary an element or attribute belongs to, by its namespace URI.
enum class Ns
{
    Plain, ///< no namespace: RSS 2.0
    Itunes,
    Podcast,
    Atom,
    Content, ///< content:encoded
    Other,
};

Ns classify(const xmlChar *uri, const xmlChar *prefix)
{
    if (!uri) {
        // An undeclared prefix (libxml2 recovers, keeping it): go by the prefix as feeds write it.
        const QByteArrayView p
            = prefix ? QByteArrayView(reinterpret_cast<const char *>(prefix)) : QByteArrayView();
        if (p.isEmpty())
            return Ns::Plain;
        if (p == "itunes")
            return Ns::Itunes;
        if (p == "podcast")
            return Ns::Podcast;
        if (p == "content")
            return Ns::Content;
        if (p == "atom")
            return Ns::Atom;
        return Ns::Other;
    }
    // Scheme, "www." and case set aside: feeds misspell them so (http vs https, DTDs vs dtds).
    QByteArray u = QByteArray(reinterpret_cast<const char *>(uri)).toLower();
    for (const char *scheme : { "https://", "http://" }) {
        if (u.startsWith(scheme))
            u.remove(0, qsizetype(qstrlen(scheme)));
    }
    if (u.startsWith("www."))
        u.remove(0, 4);
    while (u.endsWith('/'))
        u.chop(1);
    if (u == "itunes.com/dtds/podcast-1.0.dtd" || u == "itunes.com/dtd/podcast-1.0.dtd")
        return Ns::Itunes;
    if (u == "podcastindex.org/namespace/1.0"
        || u == "github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md")
        return Ns::Podcast;
    if (u == "w3.org/2005/atom")
        return Ns::Atom;
    if (u == "purl.org/rss/1.0/modules/content")
        return Ns::Content;
    return Ns::Other;
}

class Walker
{
public:
    explicit Walker(FeedReadResult &result)
        : m_result(result)
    { }

    /// Parses @p bytes (in the encoding they declare, else UTF-8) with libxml2's SAX parser in recovery: it
    /// goes on past what is still broken, closing elements as it can. False when the document is not a feed
    /// at all.
    bool run(const QByteArray &bytes);

private:
    struct Frame
    {
        Ns ns;
        QByteArray name;
        QByteArray text;
        bool collects; ///< its children's text is its own (HTML inside a description)
        QString role, href; ///< podcast:person's, read as it starts (an end tag has no attributes)
    };
    /// Where a description comes from, the fuller last: the fullest there is is shown.
    enum class Description
    {
        None,
        Summary, ///< itunes:summary, atom:summary: often cut short
        Description, ///< RSS's own
        Content, ///< content:encoded, atom:content: the full show notes
    };

    /// The started element's attribute @p name (any namespace; "xml:lang" by its prefix).
    QString attribute(const char *name) const
    {
        // SAX2 gives five pointers an attribute: local name, prefix, URI, value, end of value.
        for (int i = 0; i < m_attributeCount; ++i) {
            const xmlChar *const *a = m_attributes + 5 * i;
            const QByteArrayView local(reinterpret_cast<const char *>(a[0]));
            const QByteArrayView prefix = a[1] ? QByteArrayView(reinterpret_cast<const char *>(a[1])) : "";
            const QByteArrayView wanted(name);
            if (wanted == local
                || (wanted.startsWith(prefix) && !prefix.isEmpty()
                    && wanted == QByteArray(prefix.toByteArray() + ':' + local.toByteArray())))
                return QString::fromUtf8(reinterpret_cast<const char *>(a[3]), a[4] - a[3]);
        }
        return {};
    }
    int line() const { return m_context ? xmlSAX2GetLineNumber(m_context) : 0; }

    static void startElement(void *self, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri,
        int, const xmlChar **, int attributeCount, int, const xmlChar **attributes);
    static void endElement(void *self, const xmlChar *, const xmlChar *, const xmlChar *);
    static void characters(void *self, const xmlChar *text, int length);
    static void error(void *self, xmlErrorPtr error);
    bool is(const Frame &f, Ns ns, const char *name) const { return f.ns == ns && f.name == name; }
    /// The frame that encloses the top one (nullptr at the root).
    const Frame *parent() const { return m_stack.size() > 1 ? &m_stack[m_stack.size() - 2] : nullptr; }
    /// The nearest episode or show around the top frame: after an unclosed tag (a title's "<b>"), the
    /// elements that follow are still the episode's.
    const Frame *owner() const
    {
        for (qsizetype i = m_stack.size() - 2; i >= 0; --i) {
            const Frame &f = m_stack[i];
            if (is(f, Ns::Plain, "item") || is(f, Ns::Atom, "entry") || is(f, Ns::Plain, "channel")
                || is(f, Ns::Atom, "feed"))
                return &f;
        }
        return nullptr;
    }
    bool inShow() const
    {
        const Frame *o = owner();
        return o && (is(*o, Ns::Plain, "channel") || is(*o, Ns::Atom, "feed"));
    }
    /// Right inside the show's element (not in its image, say).
    bool directlyInShow() const
    {
        const Frame *p = parent();
        return p && (is(*p, Ns::Plain, "channel") || is(*p, Ns::Atom, "feed"));
    }
    bool inEpisode() const
    {
        const Frame *o = owner();
        return m_episode && o && (is(*o, Ns::Plain, "item") || is(*o, Ns::Atom, "entry"));
    }
    void start(Frame &f);
    void finish(const Frame &f);
    void setDescription(QString &target, Description &have, Description kind, const QString &text)
    {
        if (kind > have && !text.trimmed().isEmpty()) {
            target = text; // markup and all: made plain text once, when the episode (or show) is done
            have = kind;
        }
    }
    void endEpisode();

    FeedReadResult &m_result;
    xmlParserCtxtPtr m_context = nullptr;
    const xmlChar **m_attributes = nullptr; ///< the element starting's, while it starts
    int m_attributeCount = 0;
    bool m_refused = false; ///< not a feed: everything after is passed over
    int m_parserWarnings = 0;
    int m_tooDeep = 0; ///< how deep inside elements passed over for their depth
    Feed m_feed;
    std::optional<FeedEpisode> m_episode;
    Description m_feedDescription = Description::None;
    Description m_episodeDescription = Description::None;
    bool m_episodeDateIsUpdated = false; ///< the date is Atom's updated, which a published replaces
    QList<Frame> m_stack;
    QSet<QString> m_guids;
    bool m_isFeed = false;
};

bool Walker::run(const QByteArray &bytes)
{
    xmlSAXHandler sax {};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = &Walker::startElement;
    sax.endElementNs = &Walker::endElement;
    sax.characters = &Walker::characters;
    sax.cdataBlock = &Walker::characters;
    sax.ignorableWhitespace = &Walker::characters;
    sax.serror = &Walker::error;
    // No entity, DTD or external subset handlers: nothing is declared, loaded or expanded.
    std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> context(
        xmlCreatePushParserCtxt(&sax, this, nullptr, 0, nullptr), &xmlFreeParserCtxt);
    if (!context) {
        m_result.error = { 1, 0, Tr::tr("not a podcast feed: no XML could be read") };
        return false;
    }
    m_context = context.get();
    // Entities substituted: only the predefined ones and character references are left by now (repair()),
    // and with no entity handlers nothing a DTD declares is kept.
    xmlCtxtUseOptions(m_context, XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOENT);
    // In pieces, as it would arrive: one call with all of a 10 MB feed trips libxml2's lookup limit.
    constexpr qsizetype piece = 64 * 1024;
    for (qsizetype at = 0; at < bytes.size() && !m_refused; at += piece)
        xmlParseChunk(m_context, bytes.constData() + at, int(std::min(piece, bytes.size() - at)), 0);
    xmlParseChunk(m_context, nullptr, 0, 1);
    if (m_context->myDoc) // what libxml2 keeps of a DTD, had one got through
        xmlFreeDoc(m_context->myDoc);
    m_context = nullptr;
    if (m_refused)
        return false;
    if (!m_isFeed) {
        m_result.error = { 1, 0, Tr::tr("not a podcast feed: no XML could be read") };
        return false;
    }
    if (m_episode) // cut off inside an episode: keep what was read of it
        endEpisode();
    m_feed.description = FeedReader::plainText(m_feed.description);
    m_result.feed = std::move(m_feed);
    return true;
}

void Walker::startElement(void *self, const xmlChar *localName, const xmlChar *prefix, const xmlChar *uri,
    int, const xmlChar **, int attributeCount, int, const xmlChar **attributes)
{
    auto *w = static_cast<Walker *>(self);
    if (w->m_refused)
        return;
    if (w->m_tooDeep > 0 || w->m_stack.size() >= kMaxDepth) {
        if (w->m_tooDeep++ == 0)
            w->m_result.warnings.append({ w->line(), 0,
                Tr::tr("elements nested more than %1 deep were passed over").arg(kMaxDepth) });
        return;
    }
    Frame f { classify(uri, prefix), QByteArray(reinterpret_cast<const char *>(localName)), {}, false, {},
        {} };
    w->m_attributes = attributes;
    w->m_attributeCount = attributeCount;
    if (w->m_stack.isEmpty() && !w->m_isFeed) {
        w->m_isFeed = w->is(f, Ns::Plain, "rss") || w->is(f, Ns::Atom, "feed");
        if (!w->m_isFeed) {
            w->m_result.error = { w->line(), 0,
                Tr::tr("not a podcast feed: the document is <%1>, not RSS or Atom")
                    .arg(QString::fromUtf8(f.name)) };
            w->m_refused = true;
            xmlStopParser(w->m_context);
            return;
        }
        if (f.ns == Ns::Atom)
            w->m_feed.language = w->attribute("xml:lang");
    }
    w->m_stack.append(f);
    w->start(w->m_stack.last());
    w->m_attributes = nullptr;
    w->m_attributeCount = 0;
}

void Walker::endElement(void *self, const xmlChar *, const xmlChar *, const xmlChar *)
{
    auto *w = static_cast<Walker *>(self);
    if (w->m_tooDeep > 0) {
        --w->m_tooDeep;
        return;
    }
    if (w->m_refused || w->m_stack.isEmpty())
        return;
    w->finish(w->m_stack.last());
    const Frame done = w->m_stack.takeLast();
    // Markup inside a description or a title (HTML not escaped): its text is theirs.
    static const QSet<QByteArray> html { "a", "b", "i", "u", "em", "strong", "span", "small", "big", "sup",
        "sub", "code", "pre", "font", "p", "br", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3",
        "h4", "h5", "h6", "img", "cite", "q", "s", "strike", "tt" };
    if (!w->m_stack.isEmpty() && w->m_stack.last().collects && html.contains(done.name.toLower())) {
        w->m_stack.last().text += done.text;
        if (done.name == "p" || done.name == "br" || done.name == "div" || done.name == "li")
            w->m_stack.last().text += '\n';
    }
}

void Walker::characters(void *self, const xmlChar *text, int length)
{
    auto *w = static_cast<Walker *>(self);
    if (!w->m_refused && w->m_tooDeep == 0 && !w->m_stack.isEmpty())
        w->m_stack.last().text.append(reinterpret_cast<const char *>(text), length);
}

void Walker::error(void *self, xmlErrorPtr error)
{
    auto *w = static_cast<Walker *>(self);
    if (w->m_refused || !error)
        return;
    QList<Diagnostic> &warnings = w->m_result.warnings;
    if (w->m_parserWarnings++ == kMaxParserWarnings) {
        warnings.append({ error->line, 0, Tr::tr("more problems follow; not listed") });
        return;
    }
    if (w->m_parserWarnings <= kMaxParserWarnings)
        warnings.append({ error->line, 0, QString::fromUtf8(error->message).trimmed() });
}

void Walker::start(Frame &f)
{
    static const QSet<QByteArray> collecting { "description", "summary", "encoded", "content", "title" };
    f.collects = collecting.contains(f.name) && f.ns != Ns::Other;
    if (is(f, Ns::Podcast, "person")) {
        f.role = attribute("role").trimmed().toLower();
        f.href = attribute("href").trimmed();
    }
    if (is(f, Ns::Plain, "item") || (is(f, Ns::Atom, "entry"))) {
        if (m_episode)
            endEpisode();
        m_episode.emplace();
        m_episodeDescription = Description::None;
        m_episodeDateIsUpdated = false;
        return;
    }
    FeedEpisode *e = inEpisode() ? &*m_episode : nullptr;
    if (e && is(f, Ns::Plain, "enclosure") && e->enclosureUrl.isEmpty()) {
        e->enclosureUrl = attribute("url").trimmed();
        e->enclosureType = attribute("type").trimmed();
        bool ok = false;
        const qint64 length = attribute("length").trimmed().toLongLong(&ok);
        e->enclosureLength = ok && length > 0 ? length : -1;
    } else if (is(f, Ns::Itunes, "image")) {
        const QString href = attribute("href").trimmed();
        if (e)
            e->image = href;
        else if (inShow())
            m_feed.image = href; // itunes:image wins over RSS's image
    } else if (e && is(f, Ns::Podcast, "transcript")) {
        e->transcripts.append({ attribute("url").trimmed(), attribute("type").trimmed(),
            attribute("language").trimmed(), attribute("rel").trimmed() });
    } else if (e && is(f, Ns::Podcast, "chapters")) {
        e->chaptersUrl = attribute("url").trimmed();
        e->chaptersType = attribute("type").trimmed();
    } else if (is(f, Ns::Atom, "link")) {
        const QString rel = attribute("rel");
        const QString href = attribute("href").trimmed();
        if (e && rel == u"enclosure" && e->enclosureUrl.isEmpty()) {
            e->enclosureUrl = href;
            e->enclosureType = attribute("type").trimmed();
            bool ok = false;
            const qint64 length = attribute("length").toLongLong(&ok);
            e->enclosureLength = ok && length > 0 ? length : -1;
        } else if (rel.isEmpty() || rel == u"alternate") {
            if (e && e->link.isEmpty())
                e->link = href;
            else if (!e && inShow() && m_feed.link.isEmpty())
                m_feed.link = href;
        }
    }
}

void Walker::finish(const Frame &f)
{
    const QString text = QString::fromUtf8(f.text).trimmed();
    if (is(f, Ns::Plain, "item") || is(f, Ns::Atom, "entry")) {
        endEpisode();
        return;
    }
    if (inEpisode()) {
        FeedEpisode &e = *m_episode;
        if ((is(f, Ns::Plain, "title") || is(f, Ns::Atom, "title")) && e.title.isEmpty())
            e.title = FeedReader::plainText(text).simplified();
        else if (is(f, Ns::Plain, "guid") || is(f, Ns::Atom, "id"))
            e.guid = text;
        else if (is(f, Ns::Plain, "link"))
            e.link = text;
        else if (is(f, Ns::Plain, "description"))
            setDescription(e.description, m_episodeDescription, Description::Description, text);
        else if (is(f, Ns::Itunes, "summary") || is(f, Ns::Atom, "summary"))
            setDescription(e.description, m_episodeDescription, Description::Summary, text);
        else if (is(f, Ns::Content, "encoded") || is(f, Ns::Atom, "content"))
            setDescription(e.description, m_episodeDescription, Description::Content, text);
        else if (is(f, Ns::Plain, "pubDate") || is(f, Ns::Atom, "published")
            || (f.name == "date" && f.ns == Ns::Other)) { // dc:date
            if (const QDateTime d = FeedReader::parseDate(text); d.isValid()) {
                e.published = d;
                m_episodeDateIsUpdated = false;
            } else if (!text.isEmpty()) {
                m_result.warnings.append({ line(), 0,
                    Tr::tr("the date \"%1\" of \"%2\" could not be read").arg(text.left(60), e.title) });
            }
        } else if (is(f, Ns::Atom, "updated") && (!e.published.isValid() || m_episodeDateIsUpdated)) {
            e.published = FeedReader::parseDate(text);
            m_episodeDateIsUpdated = true;
        } else if (is(f, Ns::Itunes, "duration")) {
            e.durationMs = FeedReader::parseDuration(text);
        } else if (is(f, Ns::Itunes, "season") || is(f, Ns::Podcast, "season")) {
            bool ok = false;
            if (const int n = text.toInt(&ok); ok && n >= 0)
                e.season = n;
        } else if (is(f, Ns::Itunes, "episode") || is(f, Ns::Podcast, "episode")) {
            bool ok = false;
            if (const int n = int(text.toDouble(&ok)); ok && n >= 0)
                e.episode = n;
        } else if (is(f, Ns::Podcast, "person") && !text.isEmpty()) {
            e.persons.append({ text, f.role.isEmpty() ? QStringLiteral("host") : f.role, f.href });
        }
        return;
    }
    if (is(f, Ns::Plain, "url") && parent() && is(*parent(), Ns::Plain, "image") && m_feed.image.isEmpty()) {
        m_feed.image = text;
        return;
    }
    if (is(f, Ns::Atom, "name") && m_stack.size() >= 3 && is(m_stack[m_stack.size() - 2], Ns::Atom, "author")
        && is(m_stack[m_stack.size() - 3], Ns::Atom, "feed") && m_feed.author.isEmpty()) {
        m_feed.author = text;
        return;
    }
    if (!inShow())
        return;
    if (!directlyInShow())
        return;
    if ((is(f, Ns::Plain, "title") || is(f, Ns::Atom, "title")) && m_feed.title.isEmpty())
        m_feed.title = FeedReader::plainText(text).simplified();
    else if (is(f, Ns::Plain, "link") && m_feed.link.isEmpty())
        m_feed.link = text;
    else if (is(f, Ns::Plain, "description") || is(f, Ns::Atom, "subtitle"))
        setDescription(m_feed.description, m_feedDescription, Description::Description, text);
    else if (is(f, Ns::Itunes, "summary"))
        setDescription(m_feed.description, m_feedDescription, Description::Summary, text);
    else if (is(f, Ns::Plain, "language"))
        m_feed.language = text;
    else if (is(f, Ns::Itunes, "author"))
        m_feed.author = FeedReader::plainText(text).simplified();
    else if (is(f, Ns::Itunes, "new-feed-url"))
        m_feed.newFeedUrl = text;
    else if (is(f, Ns::Podcast, "guid"))
        m_feed.guid = text;
    else if (is(f, Ns::Podcast, "locked"))
        m_feed.locked = text.compare(u"yes", Qt::CaseInsensitive) == 0;
}

void Walker::endEpisode()
{
    FeedEpisode e = std::move(*m_episode);
    m_episode.reset();
    if (e.guid.isEmpty())
        e.guid = !e.enclosureUrl.isEmpty() ? e.enclosureUrl : !e.link.isEmpty() ? e.link : e.title;
    if (e.guid.isEmpty())
        return; // nothing to know it by, nothing to play
    e.description = FeedReader::plainText(e.description);
    for (FeedTranscript &t : e.transcripts) {
        if (t.language.isEmpty())
            t.language = m_feed.language;
    }
    if (m_guids.contains(e.guid)) {
        m_result.warnings.append({ line(), 0,
            Tr::tr("the episode \"%1\" has the guid of an earlier one (%2): the earlier one is kept")
                .arg(e.title, e.guid.left(80)) });
        return;
    }
    m_guids.insert(e.guid);
    m_feed.episodes.append(std::move(e));
}

} // namespace

FeedReadResult FeedReader::read(const QByteArray &data)
{
    FeedReadResult result;
    if (data.size() > kMaxFeedBytes) {
        result.error = { 0, 0,
            Tr::tr("the feed is %1 MB, more than the %2 MB Hark reads")
                .arg(data.size() / (1024 * 1024))
                .arg(kMaxFeedBytes / (1024 * 1024)) };
        return result;
    }
    // The text as UTF-8, unless the declaration names another encoding (libxml2 reads that one itself).
    static const QRegularExpression declared(QStringLiteral(R"(^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+))"));
    const QString head = QString::fromLatin1(data.left(200));
    const QString encoding = declared.match(head).captured(1).toUpper();
    QByteArray bytes;
    if ((encoding.isEmpty() || encoding == u"UTF-8" || encoding == u"UTF8")
        && QUtf8StringView(data).isValidUtf8() && !data.contains('\0')) {
        bytes = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data; // as it is, but for a BOM
    } else if (encoding.isEmpty() || encoding == u"UTF-8" || encoding == u"UTF8"
        || encoding.startsWith(u"UTF-16")) {
        const TextDecoder::Result decoded = TextDecoder::decode(data);
        if (decoded.error) {
            result.error = *decoded.error;
            return result;
        }
        if (decoded.warning)
            result.warnings.append(*decoded.warning);
        bytes = decoded.text.toUtf8();
        // Now UTF-8, whatever the declaration said (UTF-16): the declaration must not say otherwise.
        static const QRegularExpression declaration(
            QStringLiteral(R"(^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["'])"));
        if (const QRegularExpressionMatch m = declaration.match(QString::fromLatin1(bytes.left(200)));
            m.hasMatch())
            bytes.remove(m.capturedLength(1), m.capturedLength(0) - m.capturedLength(1));
    } else {
        bytes = data;
    }
    // A blank line, a BOM or stray text before the XML declaration, which must come first.
    const qsizetype first = bytes.indexOf('<');
    if (first < 0) {
        result.error = { 1, 0, Tr::tr("not a podcast feed: there is no XML in it") };
        return result;
    }
    // The lines passed over here are added back to every line number that follows.
    const int skippedLines = int(bytes.left(first).count('\n'));
    if (first > 0) {
        result.warnings.append({ 1 + skippedLines, 0, Tr::tr("text before the XML was passed over") });
        bytes.remove(0, first);
    }
    const qsizetype ownWarnings = result.warnings.size();
    Repairs repairs;
    bytes = repair(bytes, repairs);
    if (repairs.doctype.count > 0)
        result.warnings.append({ repairs.doctype.firstLine, 0,
            Tr::tr("a DTD was passed over: feeds need none, and Hark never reads one") });
    if (repairs.bareAmpersand.count > 0)
        result.warnings.append({ repairs.bareAmpersand.firstLine, 0,
            Tr::tr("a bare \"&\" read as the character (%1 found)").arg(repairs.bareAmpersand.count) });
    if (repairs.htmlEntity.count > 0)
        result.warnings.append({ repairs.htmlEntity.firstLine, 0,
            Tr::tr("HTML entities such as &%1; read as their characters (%2 found)")
                .arg(repairs.htmlEntity.example)
                .arg(repairs.htmlEntity.count) });
    if (repairs.unknownEntity.count > 0)
        result.warnings.append({ repairs.unknownEntity.firstLine, 0,
            Tr::tr("unknown entities such as &%1; kept as text (%2 found)")
                .arg(repairs.unknownEntity.example)
                .arg(repairs.unknownEntity.count) });

    Walker walker(result);
    const bool isFeed = walker.run(bytes);
    for (qsizetype i = ownWarnings; i < result.warnings.size(); ++i)
        result.warnings[i].line += skippedLines;
    if (!isFeed)
        result.error.line += skippedLines;
    if (!isFeed)
        result.feed.reset();
    return result;
}

QDateTime FeedReader::parseDate(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return {};
    // ISO 8601 (Atom, and feeds that write it in RSS): "2024-05-01T10:00:00Z", "+02:00", a space for "T",
    // the date alone.
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}.*)?$)"));
    if (iso.match(t).hasMatch()) {
        QString s = t;
        if (s.size() > 10 && s[10] == u' ')
            s[10] = u'T';
        QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!d.isValid())
            return {};
        if (d.timeSpec() == Qt::LocalTime) // no zone given: taken as UTC, as feed readers do
            d = QDateTime(d.date(), d.time(), Qt::UTC);
        return d.toUTC();
    }
    // RFC 822: "[Tue,] 3 Jun 2008 11:05[:30] GMT" with the mistakes feeds make ("Sept", "June", "CEST").
    static const QRegularExpression rfc(QStringLiteral(
        R"(^(?:[A-Za-z]+\.?,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{2,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$)"));
    const QRegularExpressionMatch m = rfc.match(t);
    if (!m.hasMatch())
        return {};
    static const QStringList months { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
        QStringLiteral("dec") };
    const int month = int(months.indexOf(m.captured(2).left(3).toLower())) + 1;
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += year < 50 ? 2000 : 1900;
    const QDate date(year, month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    // The zone: "+0200", "-05:00", or a name.
    const QString zone = m.captured(7).trimmed().toUpper();
    int offsetMinutes = 0;
    static const QRegularExpression numeric(QStringLiteral(R"(^([+-])(\d{2}):?(\d{2})$)"));
    if (const QRegularExpressionMatch z = numeric.match(zone); z.hasMatch()) {
        offsetMinutes
            = (z.captured(2).toInt() * 60 + z.captured(3).toInt()) * (z.captured(1) == u"-" ? -1 : 1);
    } else {
        static const QHash<QString, int> named { { QStringLiteral("GMT"), 0 }, { QStringLiteral("UT"), 0 },
            { QStringLiteral("UTC"), 0 }, { QStringLiteral("Z"), 0 }, { QStringLiteral("EST"), -300 },
            { QStringLiteral("EDT"), -240 }, { QStringLiteral("CST"), -360 }, { QStringLiteral("CDT"), -300 },
            { QStringLiteral("MST"), -420 }, { QStringLiteral("MDT"), -360 }, { QStringLiteral("PST"), -480 },
            { QStringLiteral("PDT"), -420 }, { QStringLiteral("CET"), 60 }, { QStringLiteral("CEST"), 120 },
            { QStringLiteral("MET"), 60 }, { QStringLiteral("MEST"), 120 }, { QStringLiteral("BST"), 60 },
            { QStringLiteral("WET"), 0 }, { QStringLiteral("WEST"), 60 }, { QStringLiteral("EET"), 120 },
            { QStringLiteral("EEST"), 180 }, { QStringLiteral("MSK"), 180 }, { QStringLiteral("JST"), 540 },
            { QStringLiteral("AEST"), 600 }, { QStringLiteral("AEDT"), 660 } };
        offsetMinutes = named.value(zone, 0); // unknown or none: UTC
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetMinutes * 60).toUTC();
}

qint64 FeedReader::parseDuration(QStringView text)
{
    const Result<qint64> ms = timecode::parseClock(text);
    return ms.ok() ? *ms.value : -1;
}

QString FeedReader::plainText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0) {
                out += html.mid(i);
                break;
            }
            // The tag's name, a closing one's too: "br", "/p".
            qsizetype from = i + 1;
            if (from < close && html[from] == u'/')
                ++from;
            qsizetype to = from;
            while (to < close && html[to].isLetterOrNumber())
                ++to;
            const QStringView name = html.mid(from, to - from);
            for (const char16_t *block : { u"br", u"p", u"div", u"li", u"tr" }) {
                if (name.compare(QStringView(block), Qt::CaseInsensitive) == 0) {
                    out += u'\n';
                    break;
                }
            }
            i = close;
        } else if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i);
            if (semi > i + 1 && semi - i <= 10) {
                const QStringView name = html.mid(i + 1, semi - i - 1);
                char32_t code = 0;
                if (name.startsWith(u"#x") || name.startsWith(u"#X"))
                    code = name.mid(2).toUInt(nullptr, 16);
                else if (name.startsWith(u'#'))
                    code = name.mid(1).toUInt();
                else if (name == u"amp")
                    code = '&';
                else if (name == u"lt")
                    code = '<';
                else if (name == u"gt")
                    code = '>';
                else if (name == u"quot")
                    code = '"';
                else if (name == u"apos")
                    code = '\'';
                else if (const htmlEntityDesc *e
                    = htmlEntityLookup(reinterpret_cast<const xmlChar *>(name.toLatin1().constData())))
                    code = e->value;
                if (code > 0 && code <= 0x10FFFF) {
                    out += QString::fromUcs4(&code, 1);
                    i = semi;
                    continue;
                }
            }
            out += c;
        } else {
            out += c;
        }
    }
    // Runs of spaces to one space, runs of line breaks and blank lines to one line break.
    QString collapsed;
    collapsed.reserve(out.size());
    bool space = false, lineBreak = false;
    for (const QChar c : std::as_const(out)) {
        if (c == u'\n') {
            lineBreak = true;
        } else if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\f') {
            space = true;
        } else {
            if (!collapsed.isEmpty() && (lineBreak || space))
                collapsed += lineBreak ? u'\n' : u' ';
            lineBreak = space = false;
            collapsed += c;
        }
    }
    return collapsed;
}

} // namespace hark

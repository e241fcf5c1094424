// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/opml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::Opml)
};

constexpr qsizetype kMaxOpmlBytes = 16 * 1024 * 1024;

} // namespace

Opml::ReadResult Opml::read(const QByteArray &data)
{
    ReadResult result;
    if (data.size() > kMaxOpmlBytes) {
        result.error = { 0, 0, Tr::tr("the list is larger than %1 MB").arg(kMaxOpmlBytes / (1024 * 1024)) };
        return result;
    }
    QXmlStreamReader xml(data);
    // No DTD is read, and an entity it declares is an error, not an expansion.
    xml.setNamespaceProcessing(false);
    QList<Subscription> subscriptions;
    QSet<QString> seen;
    bool isOpml = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            xml.raiseError(Tr::tr("a DTD or an entity has no place in a subscription list"));
            break;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!isOpml) {
            if (xml.name() != u"opml") {
                result.error = { int(xml.lineNumber()), int(xml.columnNumber()),
                    Tr::tr("not a subscription list (OPML): the document is <%1>").arg(xml.name()) };
                return result;
            }
            isOpml = true;
            continue;
        }
        if (xml.name() != u"outline")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QString url = a.value(QStringLiteral("xmlUrl")).trimmed().toString();
        if (url.isEmpty())
            continue; // a folder
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https")) {
            result.warnings.append({ int(xml.lineNumber()), 0,
                Tr::tr("\"%1\" passed over: only http and https feeds are subscribed to")
                    .arg(url.left(100)) });
            continue;
        }
        if (seen.contains(url))
            continue;
        seen.insert(url);
        QString title = a.value(QStringLiteral("title")).trimmed().toString();
        if (title.isEmpty())
            title = a.value(QStringLiteral("text")).trimmed().toString();
        subscriptions.append({ url, title });
    }
    if (xml.hasError()) {
        // A list cut short: what came before the break is kept, and the listener told where it broke.
        result.error = { int(xml.lineNumber()), int(xml.columnNumber()),
            isOpml ? xml.errorString()
                   : Tr::tr("not a subscription list (OPML): %1").arg(xml.errorString()) };
        if (subscriptions.isEmpty())
            return result;
        result.warnings.append({ int(xml.lineNumber()), int(xml.columnNumber()),
            Tr::tr("the list stops being readable here (%1); the subscriptions before it are kept (%2)")
                .arg(xml.errorString())
                .arg(subscriptions.size()) });
        result.error = {};
    }
    result.subscriptions = std::move(subscriptions);
    return result;
}

QByteArray Opml::write(const QList<Subscription> &subscriptions, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeTextElement(QStringLiteral("dateCreated"),
        QLocale::c().toString(
            QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    for (const Subscription &s : subscriptions) {
        xml.writeEmptyElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        xml.writeAttribute(QStringLiteral("text"), s.title.isEmpty() ? s.feedUrl : s.title);
        xml.writeAttribute(QStringLiteral("title"), s.title.isEmpty() ? s.feedUrl : s.title);
        xml.writeAttribute(QStringLiteral("xmlUrl"), s.feedUrl);
    }
    xml.writeEndDocument();
    return out;
}

} // namespace hark

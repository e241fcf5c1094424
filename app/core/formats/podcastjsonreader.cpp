// SPDX-License-Identifier: GPL-3.0-or-later
#include "podcastjsonreader.h"

#include "../textsplitter.h"
#include "cuetext.h"
#include "jsonlocator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <variant>

namespace hark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hark::PodcastJsonReader", text);
}

struct Parsed
{
    QByteArray utf8;
    QJsonArray items;
    QList<qsizetype> offsets;
};

// The document's array member @p key, or the error that names where and what was expected.
std::variant<Parsed, ReadResult> parseArray(QStringView text, const char *key)
{
    Parsed p;
    p.utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLocator::lineAndColumn(p.utf8, error.offset);
        return ReadResult::failure(line, column, tr("invalid JSON: %1").arg(error.errorString()));
    }
    const QString name = QString::fromLatin1(key);
    if (!doc.isObject()) {
        return ReadResult::failure(1, 1,
            tr("expected a JSON object with a \"%1\" array, found %2")
                .arg(name, doc.isArray() ? tr("an array") : tr("a single value")));
    }
    const QJsonValue value = doc.object().value(name);
    if (!value.isArray()) {
        return ReadResult::failure(1, 1,
            value.isUndefined() ? tr("expected a \"%1\" array; the object has none").arg(name)
                                : tr("expected \"%1\" to be an array").arg(name));
    }
    p.items = value.toArray();
    p.offsets = JsonLocator::arrayElementOffsets(p.utf8, QByteArray(key));
    return p;
}

std::pair<int, int> position(const Parsed &p, qsizetype index)
{
    return index < p.offsets.size() ? JsonLocator::lineAndColumn(p.utf8, p.offsets[index])
                                    : std::pair { 0, 0 };
}

// A time in seconds as milliseconds; kNoTime for absent or null. Strings of digits are accepted with a
// warning.
std::optional<qint64> readSeconds(const QJsonObject &o, const QString &key, QString *problem, bool *wasString)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return kNoTime;
    double seconds = 0;
    if (v.isDouble()) {
        seconds = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        seconds = v.toString().trimmed().toDouble(&ok);
        if (!ok) {
            *problem = tr("expected \"%1\" to be a number of seconds, found \"%2\"")
                           .arg(key, v.toString().left(40));
            return std::nullopt;
        }
        *wasString = true;
    } else {
        *problem = tr("expected \"%1\" to be a number of seconds").arg(key);
        return std::nullopt;
    }
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 1e7) {
        *problem = tr("expected \"%1\" to be a time from 0 to 10,000,000 seconds").arg(key);
        return std::nullopt;
    }
    return qint64(std::llround(seconds * 1000.0));
}

} // namespace

ReadResult PodcastJsonReader::read(QStringView text)
{
    auto parsed = parseArray(text, "segments");
    if (auto *failure = std::get_if<ReadResult>(&parsed))
        return std::move(*failure);
    const Parsed &p = std::get<Parsed>(parsed);

    ReadResult result;
    Transcript t;
    t.segments.reserve(p.items.size());
    for (qsizetype i = 0; i < p.items.size(); ++i) {
        const auto [line, column] = position(p, i);
        const QJsonValue item = p.items[i];
        if (!item.isObject()) {
            return ReadResult::failure(line, column, tr("expected segment %1 to be an object").arg(i + 1));
        }
        const QJsonObject o = item.toObject();
        QString problem;
        bool wasString = false;
        const auto start = readSeconds(o, QStringLiteral("startTime"), &problem, &wasString);
        const auto end
            = start ? readSeconds(o, QStringLiteral("endTime"), &problem, &wasString) : std::nullopt;
        if (!start || !end)
            return ReadResult::failure(line, column, tr("segment %1: %2").arg(i + 1).arg(problem));
        if (wasString) {
            result.warnings.append(
                { line, column, tr("segment %1: times given as strings were read as numbers").arg(i + 1) });
        }
        const QJsonValue body = o.value(QStringLiteral("body"));
        if (!body.isString() && !body.isUndefined() && !body.isNull())
            return ReadResult::failure(
                line, column, tr("segment %1: expected \"body\" to be text").arg(i + 1));
        Segment s;
        s.start = *start;
        s.end = *end;
        s.text = cuetext::joinLines(body.toString());
        const QJsonValue speaker = o.value(QStringLiteral("speaker"));
        if (speaker.isString())
            s.speaker = t.speakerIndex(speaker.toString().trimmed());
        if (!s.hasStart())
            result.warnings.append({ line, column, tr("segment %1 has no startTime").arg(i + 1) });
        t.segments.append(std::move(s));
    }
    cuetext::deriveMissingEnds(t.segments);
    for (Segment &s : t.segments) {
        s.words = TextSplitter::words(s.text);
        if (s.words.size() == 1) { // a word-level segment: the word has the segment's times
            s.words.first().start = s.start;
            s.words.first().end = s.end;
        }
    }
    result.transcript = std::move(t);
    return result;
}

ReadResult ChaptersJsonReader::read(QStringView text)
{
    auto parsed = parseArray(text, "chapters");
    if (auto *failure = std::get_if<ReadResult>(&parsed))
        return std::move(*failure);
    const Parsed &p = std::get<Parsed>(parsed);

    ReadResult result;
    Transcript t;
    for (qsizetype i = 0; i < p.items.size(); ++i) {
        const auto [line, column] = position(p, i);
        const QJsonObject o = p.items[i].toObject();
        QString problem;
        bool wasString = false;
        const auto start = readSeconds(o, QStringLiteral("startTime"), &problem, &wasString);
        const auto end
            = start ? readSeconds(o, QStringLiteral("endTime"), &problem, &wasString) : std::nullopt;
        if (!p.items[i].isObject() || !start || !end || *start == kNoTime) {
            return ReadResult::failure(line, column,
                tr("chapter %1: %2")
                    .arg(i + 1)
                    .arg(problem.isEmpty() ? tr("expected an object with a \"startTime\"") : problem));
        }
        Chapter c;
        c.start = *start;
        c.end = *end;
        c.title = o.value(QStringLiteral("title")).toString();
        c.url = o.value(QStringLiteral("url")).toString();
        c.image = o.value(QStringLiteral("img")).toString();
        c.hidden = o.value(QStringLiteral("toc")) == QJsonValue(false);
        t.chapters.append(c);
    }
    std::stable_sort(t.chapters.begin(), t.chapters.end(),
        [](const Chapter &a, const Chapter &b) { return a.start < b.start; });
    result.transcript = std::move(t);
    return result;
}

} // namespace hark

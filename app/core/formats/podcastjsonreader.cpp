// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/podcastjsonreader.h"

#include "core/formats/cuetext.h"
#include "core/textsplitter.h"

#include <QCoreApplication>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <cmath>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::PodcastJsonReader)
};

std::pair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    const int line = int(QByteArrayView(utf8).first(offset).count('\n')) + 1;
    const qsizetype lineStart = utf8.lastIndexOf('\n', offset - 1) + 1;
    return { line, int(QString::fromUtf8(utf8.mid(lineStart, offset - lineStart)).size()) + 1 };
}

// One element of the array being read, with the fields the two formats use.
struct Item
{
    std::optional<double> startTime;
    std::optional<double> endTime;
    bool timeWasString = false;
    QString body;
    QString speaker;
    QString title;
    QString url;
    QString image;
    bool hidden = false;
    size_t offset = 0; ///< byte offset of the element, for messages
};

// A SAX handler that streams the elements of the top-level object's array member @c key: no document tree is
// built, so memory stays near the size of the result. Anything of the wrong shape stops the parse with a
// message; values of unknown members are skipped whatever they hold.
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    Handler(const char *key, const QString &itemName, rapidjson::StringStream &stream)
        : m_key(key)
        , m_itemName(itemName)
        , m_stream(stream)
    { }

    std::function<bool(Item &&)> onItem;
    QString error;
    size_t errorOffset = 0;
    bool sawKey = false;

    bool StartObject() { return open(true); }
    bool StartArray() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    bool Key(const char *s, rapidjson::SizeType length, bool)
    {
        const QByteArrayView key(s, length);
        if (m_depth == 1) {
            m_inKey = key == QByteArrayView(m_key);
            sawKey = sawKey || m_inKey;
        } else if (m_depth == 3 && m_inItem) {
            m_field = key.toByteArray();
        }
        return true;
    }

    bool Null()
    {
        return scalar([](Item &) { return true; });
    }
    bool Bool(bool b)
    {
        return scalar([&](Item &item) {
            if (m_field == "toc")
                item.hidden = !b;
            return !isTime()
                || fail(
                    Tr::tr("expected \"%1\" to be a number of seconds").arg(QString::fromLatin1(m_field)));
        });
    }
    bool Int(int i) { return number(i); }
    bool Uint(unsigned u) { return number(u); }
    bool Int64(int64_t i) { return number(double(i)); }
    bool Uint64(uint64_t u) { return number(double(u)); }
    bool Double(double d) { return number(d); }
    bool String(const char *s, rapidjson::SizeType length, bool)
    {
        return scalar([&](Item &item) {
            const QString value = QString::fromUtf8(s, qsizetype(length));
            if (isTime()) {
                bool ok = false;
                const double seconds = value.trimmed().toDouble(&ok);
                if (!ok) {
                    return fail(Tr::tr("expected \"%1\" to be a number of seconds, found \"%2\"")
                                    .arg(QString::fromLatin1(m_field), value.left(40)));
                }
                item.timeWasString = true;
                return setTime(item, seconds);
            }
            if (m_field == "body")
                item.body = value;
            else if (m_field == "speaker")
                item.speaker = value;
            else if (m_field == "title")
                item.title = value;
            else if (m_field == "url")
                item.url = value;
            else if (m_field == "img")
                item.image = value;
            return true;
        });
    }

    bool fail(const QString &message)
    {
        error = m_inItem ? Tr::tr("%1 %2: %3").arg(m_itemName).arg(m_index + 1).arg(message) : message;
        errorOffset = m_itemOffset;
        return false;
    }

private:
    bool isTime() const { return m_field == "startTime" || m_field == "endTime"; }

    bool setTime(Item &item, double seconds)
    {
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 1e7) {
            return fail(Tr::tr("expected \"%1\" to be a time from 0 to 10,000,000 seconds")
                            .arg(QString::fromLatin1(m_field)));
        }
        (m_field == "startTime" ? item.startTime : item.endTime) = seconds;
        return true;
    }

    bool number(double d)
    {
        return scalar([&](Item &item) {
            if (isTime())
                return setTime(item, d);
            return !isText() || fail(Tr::tr("expected \"%1\" to be text").arg(QString::fromLatin1(m_field)));
        });
    }

    bool isText() const { return m_field == "body" || m_field == "speaker" || m_field == "title"; }

    template<typename F> bool scalar(F &&apply)
    {
        if (m_depth == 0)
            return topLevelIsNotAnObject(Tr::tr("a single value"));
        if (m_depth == 1 && m_inKey)
            return fail(Tr::tr("expected \"%1\" to be an array").arg(QString::fromLatin1(m_key)));
        if (m_depth == 2 && m_inKey)
            return elementIsNotAnObject();
        if (m_depth == 3 && m_inItem) {
            const bool ok = apply(m_item);
            m_field.clear();
            return ok;
        }
        return true;
    }

    bool open(bool object)
    {
        if (m_depth == 0 && !object)
            return topLevelIsNotAnObject(Tr::tr("an array"));
        if (m_depth == 1 && m_inKey && object)
            return fail(Tr::tr("expected \"%1\" to be an array").arg(QString::fromLatin1(m_key)));
        if (m_depth == 2 && m_inKey) {
            m_itemOffset = m_stream.Tell(); // the iterative parser reports each value at its first byte
            if (!object)
                return elementIsNotAnObject();
            m_inItem = true;
            m_item = Item {};
            m_item.offset = m_itemOffset;
        } else if (m_depth == 3 && m_inItem && (isTime() || isText())) {
            return fail(isTime()
                    ? Tr::tr("expected \"%1\" to be a number of seconds").arg(QString::fromLatin1(m_field))
                    : Tr::tr("expected \"%1\" to be text").arg(QString::fromLatin1(m_field)));
        }
        ++m_depth;
        return true;
    }

    bool close()
    {
        --m_depth;
        if (m_depth == 3 && m_inItem)
            m_field.clear(); // a skipped nested value ended
        if (m_depth == 2 && m_inItem) {
            m_inItem = false;
            ++m_index;
            return onItem(std::move(m_item));
        }
        if (m_depth == 1)
            m_inKey = false;
        return true;
    }

    bool topLevelIsNotAnObject(const QString &found)
    {
        m_itemOffset = 0;
        return fail(Tr::tr("expected a JSON object with a \"%1\" array, found %2")
                        .arg(QString::fromLatin1(m_key), found));
    }

    bool elementIsNotAnObject()
    {
        m_itemOffset = m_stream.Tell(); // the iterative parser reports each value at its first byte
        return fail(Tr::tr("expected %1 %2 to be an object").arg(m_itemName).arg(m_index + 1));
    }

    const char *m_key;
    QString m_itemName;
    rapidjson::StringStream &m_stream;
    int m_depth = 0;
    bool m_inKey = false;
    bool m_inItem = false;
    QByteArray m_field;
    Item m_item;
    qsizetype m_index = 0;
    size_t m_itemOffset = 0;
};

// Streams the items of @p key; returns the failure, if any, with its line and column.
std::optional<ReadResult> parse(QStringView text, const char *key, const QString &itemName,
    const std::function<bool(Item &&, qsizetype index, Handler &)> &onItem)
{
    const QByteArray utf8 = text.toUtf8();
    rapidjson::StringStream stream(utf8.constData());
    Handler handler(key, itemName, stream);
    qsizetype index = 0;
    handler.onItem = [&](Item &&item) { return onItem(std::move(item), index++, handler); };
    rapidjson::Reader reader;
    // Iterative: deep nesting cannot exhaust the call stack.
    const auto result
        = reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(stream, handler);
    if (!handler.error.isEmpty()) {
        const auto [line, column] = lineAndColumn(utf8, qsizetype(handler.errorOffset));
        return ReadResult::failure(line, column, handler.error);
    }
    if (result.IsError()) {
        const auto [line, column] = lineAndColumn(utf8, qsizetype(result.Offset()));
        return ReadResult::failure(line, column,
            Tr::tr("invalid JSON: %1").arg(QString::fromUtf8(rapidjson::GetParseError_En(result.Code()))));
    }
    for (qsizetype rest = qsizetype(stream.Tell()); rest < utf8.size(); ++rest) {
        if (!QChar::isSpace(uchar(utf8[rest]))) {
            const auto [line, column] = lineAndColumn(utf8, rest);
            return ReadResult::failure(
                line, column, Tr::tr("invalid JSON: text after the end of the document"));
        }
    }
    if (!handler.sawKey) {
        return ReadResult::failure(
            1, 1, Tr::tr("expected a \"%1\" array; the object has none").arg(QString::fromLatin1(key)));
    }
    return std::nullopt;
}

qint64 toMs(const std::optional<double> &seconds)
{
    return seconds ? qint64(std::llround(*seconds * 1000.0)) : kNoTime;
}

} // namespace

ReadResult PodcastJsonReader::read(QStringView text)
{
    ReadResult result;
    Transcript t;
    qsizetype stringTimes = 0, untimed = 0;
    std::pair<qsizetype, size_t> stringTimesAt, untimedAt; // segment index and byte offset
    auto failure = parse(text, "segments", Tr::tr("segment"), [&](Item &&item, qsizetype index, Handler &) {
        Segment s;
        s.start = toMs(item.startTime);
        s.end = toMs(item.endTime);
        s.text = cuetext::joinLines(item.body);
        s.speaker = t.speakerIndex(item.speaker.trimmed());
        // One warning of each kind, at its first place: a file may repeat the same quirk 30,000 times.
        if (item.timeWasString && stringTimes++ == 0)
            stringTimesAt = { index, item.offset };
        if (!s.hasStart() && untimed++ == 0)
            untimedAt = { index, item.offset };
        t.segments.append(std::move(s));
        return true;
    });
    if (failure)
        return std::move(*failure);
    auto warn = [&](qsizetype count, std::pair<qsizetype, size_t> at, const QString &what) {
        if (count == 0)
            return;
        const auto [line, column] = lineAndColumn(text.toUtf8(), qsizetype(at.second));
        const QString more = count > 1 ? Tr::tr(" (and %1 more segments)").arg(count - 1) : QString();
        result.warnings.append(
            { line, column, Tr::tr("segment %1%2: %3").arg(at.first + 1).arg(more, what) });
    };
    warn(stringTimes, stringTimesAt, Tr::tr("times given as strings were read as numbers"));
    warn(untimed, untimedAt, Tr::tr("no startTime"));
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
    Transcript t;
    auto failure
        = parse(text, "chapters", Tr::tr("chapter"), [&](Item &&item, qsizetype index, Handler &handler) {
              if (!item.startTime)
                  return handler.fail(Tr::tr("chapter %1: expected a \"startTime\"").arg(index + 1));
              t.chapters.append(Chapter { toMs(item.startTime), toMs(item.endTime), item.title, item.url,
                  item.image, item.hidden, {} });
              return true;
          });
    if (failure)
        return std::move(*failure);
    std::stable_sort(t.chapters.begin(), t.chapters.end(),
        [](const Chapter &a, const Chapter &b) { return a.start < b.start; });
    ReadResult result;
    result.transcript = std::move(t);
    return result;
}

} // namespace hark

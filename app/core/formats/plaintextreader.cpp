// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/plaintextreader.h"

#include "core/formats/cuetext.h"
#include "core/textsplitter.h"
#include "core/timecode.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <utility>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::PlainTextReader)
};

enum class Field
{
    None,
    Duration,
    Date,
    Language,
    Show,
    Title,
    Other
};

Field fieldFor(const QString &key)
{
    const QString k = key.toLower().simplified();
    if (k == u"duration" || k == u"length" || k == u"runtime")
        return Field::Duration;
    if (k == u"broadcast on" || k == u"published" || k == u"published on" || k == u"date" || k == u"aired"
        || k == u"released" || k == u"recorded" || k == u"air date")
        return Field::Date;
    if (k == u"language")
        return Field::Language;
    if (k == u"show" || k == u"podcast" || k == u"series")
        return Field::Show;
    if (k == u"title" || k == u"episode")
        return Field::Title;
    if (k == u"audio format" || k == u"format" || k == u"host" || k == u"hosts" || k == u"guest"
        || k == u"guests" || k == u"author" || k == u"speakers" || k == u"source")
        return Field::Other;
    return Field::None;
}

QDate parseDate(const QString &text)
{
    const QLocale c = QLocale::c();
    static const char *const formats[] = { "dd MMM yyyy", "d MMM yyyy", "MMM d, yyyy", "MMMM d, yyyy",
        "d MMMM yyyy", "dd MMMM yyyy", "yyyy-MM-dd", "ddd, dd MMM yyyy", "MMM d yyyy" };
    for (const char *f : formats) {
        const QDate d = c.toDate(text.simplified(), QString::fromLatin1(f));
        if (d.isValid())
            return d;
    }
    return {};
}

bool isHeaderLine(QStringView line)
{
    if (line.size() > 100)
        return false;
    const QChar last = line.back();
    return last != u'.' && last != u'!' && last != u'?' && last != u'\u2026' && last != u'"'
        && last != u'\u201D';
}

} // namespace

ReadResult PlainTextReader::read(QStringView input)
{
    const QList<QStringView> lines = cuetext::fileLines(input);

    // The candidate header: the leading non-blank lines that look like labels rather than prose.
    struct Candidate
    {
        qsizetype line;
        QString text;
    };
    QList<Candidate> candidates;
    qsizetype i = 0;
    for (; i < lines.size() && candidates.size() < 30; ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (!isHeaderLine(line))
            break;
        candidates.append({ i, line.toString() });
    }

    static const QRegularExpression fieldRe(QStringLiteral(R"(^([A-Za-z][A-Za-z ]{1,20}):\s*(.*)$)"));
    Transcript t;
    ReadResult result;
    qsizetype headerEnd = -1; // index into candidates of the header's last line
    qsizetype firstField = -1;
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        const auto m = fieldRe.match(candidates[k].text);
        if (!m.hasMatch())
            continue;
        const Field field = fieldFor(m.captured(1));
        if (field == Field::None)
            continue;
        QString value = m.captured(2).trimmed();
        qsizetype last = k;
        if (value.isEmpty() && k + 1 < candidates.size()
            && !fieldRe.match(candidates[k + 1].text).hasMatch()) {
            value = candidates[k + 1].text;
            last = k + 1;
        }
        if (firstField < 0)
            firstField = k;
        headerEnd = last;
        switch (field) {
        case Field::Duration:
            if (const auto d = timecode::parseDuration(value))
                t.metadata.duration = *d;
            else
                t.metadata.extra.append({ m.captured(1).trimmed(), value });
            break;
        case Field::Date:
            t.metadata.date = parseDate(value);
            if (!t.metadata.date.isValid())
                t.metadata.extra.append({ m.captured(1).trimmed(), value });
            break;
        case Field::Language:
            t.metadata.language = value;
            break;
        case Field::Show:
            t.metadata.show = value;
            break;
        case Field::Title:
            t.metadata.title = value;
            break;
        case Field::Other:
        case Field::None:
            t.metadata.extra.append({ m.captured(1).trimmed(), value });
            break;
        }
        k = last;
    }

    // The name lines before the fields: site, show, title (the title often twice).
    const qsizetype nameCount = firstField >= 0 ? firstField : candidates.size();
    qsizetype titleAt = -1;
    // Archive pages repeat the title on the next line; a repeat further apart is just a line said twice.
    for (qsizetype a = 0; a + 1 < nameCount; ++a) {
        if (candidates[a].text == candidates[a + 1].text) {
            titleAt = a;
            if (firstField < 0)
                headerEnd = a + 1;
            break;
        }
    }
    const bool isHeader = headerEnd >= 0;
    if (isHeader && nameCount > 0) {
        if (titleAt < 0)
            titleAt = nameCount - 1;
        if (t.metadata.title.isEmpty())
            t.metadata.title = candidates[titleAt].text;
        if (t.metadata.show.isEmpty() && titleAt >= 1)
            t.metadata.show = candidates[titleAt - 1].text;
        for (qsizetype k = 0; k + 1 < titleAt; ++k)
            t.metadata.extra.prepend(
                { k == 0 ? QStringLiteral("Site") : QStringLiteral("Header"), candidates[k].text });
    }

    // The text: paragraphs separated by blank lines. Transcription services open a paragraph with its speaker
    // and start on a line of its own ("Jane Doe  1:02" as Otter writes it, "Speaker 1 (00:01:02):" as Rev
    // does, or just "00:01:02"): such a paragraph becomes one timed segment, like an HTML paragraph.
    static const QRegularExpression timedHeading(QStringLiteral(
        R"(^(?:(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\d{1,3})){0,3})[ \t]+)?\(?(\d{1,2}:\d{2}(?::\d{2})?)\)?:?$)"));
    const qsizetype bodyStart = isHeader ? candidates[headerEnd].line + 1 : 0;
    QString paragraph;
    // A heading waits for its text, across blank lines; a heading with no text after it is text itself.
    QString headingLine;
    QString headingName;
    qint64 headingStart = kNoTime;
    auto flush = [&] {
        const QString text = paragraph.simplified();
        paragraph.clear();
        if (text.isEmpty())
            return;
        const qint64 start = std::exchange(headingStart, kNoTime);
        const QString name = std::exchange(headingName, QString());
        headingLine.clear();
        auto label = TextSplitter::speakerLabel(text);
        if (label && label->second >= text.size())
            label.reset(); // "Name:" with nothing after it is text, not a speaker
        const int speaker = t.speakerIndex(label ? label->first : name);
        const QStringView spoken = label ? QStringView(text).mid(label->second) : QStringView(text);
        if (start == kNoTime) {
            t.segments.append(TextSplitter::sentenceSegments(spoken, speaker));
            return;
        }
        Segment s;
        s.start = start;
        s.text = spoken.toString();
        s.speaker = speaker;
        s.flags = Segment::ParagraphStart;
        s.words = TextSplitter::words(s.text);
        t.segments.append(std::move(s));
    };
    auto flushHeadingAsText = [&] {
        if (headingLine.isEmpty())
            return;
        paragraph = std::exchange(headingLine, QString());
        headingStart = kNoTime;
        headingName.clear();
        flush();
    };
    for (qsizetype l = bodyStart; l < lines.size(); ++l) {
        const QStringView line = lines[l].trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (const auto m = timedHeading.match(line); m.hasMatch()) {
            if (const auto start = timecode::parseClock(m.capturedView(2)).value) {
                flush();
                flushHeadingAsText();
                headingLine = line.toString();
                headingName = m.captured(1);
                headingStart = *start;
                continue;
            }
        }
        if (!paragraph.isEmpty())
            paragraph += u' ';
        paragraph += line;
    }
    flush();
    flushHeadingAsText();
    cuetext::deriveMissingEnds(t.segments);
    if (t.segments.isEmpty() && t.metadata.isEmpty())
        return ReadResult::failure(0, 0, Tr::tr("expected transcript text; the file is empty"));
    if (t.segments.isEmpty())
        result.warnings.append({ 0, 0, Tr::tr("the header holds no transcript text after it") });
    result.transcript = std::move(t);
    return result;
}

} // namespace hark

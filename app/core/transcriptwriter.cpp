// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/transcriptwriter.h"

#include "core/formats/cuetext.h"
#include "core/timecode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::TranscriptWriter)
};

std::optional<QString> untimedError(const Transcript &t, const QString &format)
{
    for (qsizetype i = 0; i < t.segments.size(); ++i) {
        if (!t.segments[i].hasStart()) {
            return Tr::tr("segment %1 (\"%2\") has no time, and %3 needs one for every cue; "
                          "an untimed transcript can be written as json, txt or md")
                .arg(i + 1)
                .arg(t.segments[i].text.left(40), format);
        }
    }
    return std::nullopt;
}

QString jsonString(QStringView s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString jsonSeconds(qint64 ms)
{
    return ms == kNoTime ? QStringLiteral("null") : QString::number(ms / 1000.0, 'f', 3);
}

QStringView groupText(const Segment &s, const cuetext::WordGroup &g)
{
    const Word &first = s.words[g.firstWord];
    const Word &last = s.words[g.lastWord];
    return QStringView(s.text).mid(first.from, last.from + last.length - first.from);
}

QString metadataFields(const Transcript &t, bool withChapters)
{
    QString out;
    const TranscriptMetadata &m = t.metadata;
    if (!m.title.isEmpty())
        out += QStringLiteral("Title: ") % m.title % u'\n';
    if (!m.show.isEmpty())
        out += QStringLiteral("Show: ") % m.show % u'\n';
    if (m.date.isValid())
        out += QStringLiteral("Date: ") % m.date.toString(Qt::ISODate) % u'\n';
    if (m.duration != kNoTime)
        out += QStringLiteral("Duration: ") % timecode::formatVtt(m.duration) % u'\n';
    if (!m.language.isEmpty())
        out += QStringLiteral("Language: ") % m.language % u'\n';
    if (withChapters) { // the WebVTT NOTE also keeps the source's other fields
        static const QRegularExpression key(QStringLiteral("^[A-Za-z][A-Za-z -]{0,30}$"));
        static const QStringList known = { QStringLiteral("title"), QStringLiteral("show"),
            QStringLiteral("date"), QStringLiteral("duration"), QStringLiteral("language"),
            QStringLiteral("chapter"), QStringLiteral("webvtt") };
        for (const auto &[k, v] : m.extra) {
            if (key.match(k).hasMatch() && !known.contains(k.toLower()))
                out += k % QStringLiteral(": ") % v.simplified() % u'\n';
        }
        for (const Chapter &c : t.chapters)
            out += QStringLiteral("Chapter: ") % timecode::formatVtt(c.start) % u' ' % c.title.simplified()
                % u'\n';
    }
    return out;
}

// Paragraph texts with their first segment, as the text formats lay them out.
struct Paragraph
{
    qsizetype first;
    qsizetype last;
    QString text;
};

// Text keeps the source's paragraphs as they were; without any, and in Markdown, long runs are broken up.
QList<Paragraph> paragraphs(const Transcript &t, bool keepSourceParagraphs)
{
    QList<Paragraph> out;
    const QList<qsizetype> starts = t.paragraphStarts(keepSourceParagraphs && t.hasParagraphMarks() ? 0 : 5);
    for (qsizetype p = 0; p < starts.size(); ++p) {
        const qsizetype end = p + 1 < starts.size() ? starts[p + 1] : t.segments.size();
        QStringList texts;
        for (qsizetype i = starts[p]; i < end; ++i)
            texts.append(t.segments[i].text);
        out.append({ starts[p], end - 1, texts.join(u' ') });
    }
    return out;
}

} // namespace

TranscriptWriter::Result TranscriptWriter::write(const Transcript &t, Format format, Options options)
{
    switch (format) {
    case Format::WebVtt:
        return writeVtt(t, options.bookmarks);
    case Format::Srt:
        return writeSrt(t, options.words);
    case Format::PodcastJson:
        return writePodcastJson(t, options.words);
    case Format::Text:
        return writeText(t);
    case Format::Markdown:
        return writeMarkdown(t, options.bookmarks);
    default:
        return { {}, Tr::tr("Hark cannot write %1 files").arg(formatTitle(format)) };
    }
}

TranscriptWriter::Result TranscriptWriter::writeVtt(const Transcript &t, const QList<Bookmark> &bookmarks)
{
    if (auto error = untimedError(t, QStringLiteral("WebVTT")))
        return { {}, *error };
    QString out = QStringLiteral("WEBVTT");
    const QString header = t.metadata.extraValue(QStringLiteral("WEBVTT"));
    if (!header.isEmpty())
        out += u' ' % header.simplified();
    out += u'\n';
    if (const QString fields = metadataFields(t, true); !fields.isEmpty())
        out += QStringLiteral("\nNOTE\n") % fields;

    qsizetype bookmark = 0;
    for (qsizetype i = 0; i < t.segments.size(); ++i) {
        const Segment &s = t.segments[i];
        // Bookmarks before the next cue's start fall in this one (those before the first, too).
        const qint64 nextStart = i + 1 < t.segments.size() ? t.segments[i + 1].start : kNoTime;
        for (; bookmark < bookmarks.size() && (nextStart == kNoTime || bookmarks[bookmark].at < nextStart);
             ++bookmark) {
            const Bookmark &b = bookmarks[bookmark];
            out += QStringLiteral("\nNOTE Bookmark ") % timecode::formatVtt(b.at) % u'\n';
            // A note block ends at a blank line and must not hold "-->".
            const QString note = b.note.simplified().replace(QStringLiteral("-->"), QStringLiteral("- ->"));
            if (!note.isEmpty())
                out += note % u'\n';
        }
        out += u'\n';
        const QString id
            = QString(s.id).replace(u'\n', u' ').replace(QStringLiteral("-->"), QStringLiteral("- ->"));
        if (!id.trimmed().isEmpty())
            out += id % u'\n';
        out += timecode::formatVtt(s.start) % QStringLiteral(" --> ")
            % timecode::formatVtt(cuetext::effectiveEnd(t.segments, i)) % u'\n';
        if (s.speaker >= 0)
            out += QStringLiteral("<v ") % cuetext::escapeVtt(t.speakerName(s.speaker)) % u'>';
        qsizetype pos = 0;
        for (qsizetype w = 0; w < s.words.size(); ++w) {
            const Word &word = s.words[w];
            const bool low = word.flags & Word::LowConfidence;
            if (!low && (!word.hasStart() || (w == 0 && word.start == s.start)))
                continue;
            out += cuetext::escapeVtt(QStringView(s.text).mid(pos, word.from - pos));
            if (word.hasStart() && !(w == 0 && word.start == s.start))
                out += u'<' % timecode::formatVtt(word.start) % u'>';
            pos = word.from;
            if (low) { // the word itself inside the class: "<c.lowconf>word</c>"
                out += QStringLiteral("<c.") % QStringView(cuetext::kLowConfidenceClass) % u'>'
                    % cuetext::escapeVtt(s.wordText(w)) % QStringLiteral("</c>");
                pos = word.from + word.length;
            }
        }
        // Escaping '>' also keeps "-->" out of the cue text, where it would end the cue.
        out += cuetext::escapeVtt(QStringView(s.text).mid(pos)).replace(u'\n', u' ') % u'\n';
    }
    return { out, {} };
}

TranscriptWriter::Result TranscriptWriter::writeSrt(const Transcript &t, bool words)
{
    if (auto error = untimedError(t, QStringLiteral("SRT")))
        return { {}, *error };
    QString out;
    int number = 0;
    auto cue = [&](qint64 start, qint64 end, int speaker, QStringView text) {
        if (number > 0)
            out += u'\n';
        out += QString::number(++number) % u'\n' % timecode::formatSrt(start) % QStringLiteral(" --> ")
            % timecode::formatSrt(end) % u'\n';
        if (speaker >= 0)
            out += t.speakerName(speaker) % QStringLiteral(": ");
        // SRT has no escapes; an arrow in the text would read as a timing line, so it is written as an entity
        // (which Hark's reader decodes).
        out += text.toString().replace(u'\n', u' ').replace(QStringLiteral("-->"), QStringLiteral("--&gt;"))
            % u'\n';
    };
    for (qsizetype i = 0; i < t.segments.size(); ++i) {
        const Segment &s = t.segments[i];
        const qint64 end = cuetext::effectiveEnd(t.segments, i);
        if (words && s.hasWordTimes()) {
            for (const auto &g : cuetext::wordGroups(s, end))
                cue(g.start, g.end, s.speaker, groupText(s, g));
        } else {
            cue(s.start, end, s.speaker, s.text);
        }
    }
    return { out, {} };
}

TranscriptWriter::Result TranscriptWriter::writePodcastJson(const Transcript &t, bool words)
{
    QStringList items;
    auto segment = [&](int speaker, qint64 start, qint64 end, QStringView body) {
        QString item = QStringLiteral("    {");
        if (speaker >= 0)
            item += QStringLiteral("\"speaker\": ") % jsonString(t.speakerName(speaker))
                % QStringLiteral(", ");
        item += QStringLiteral("\"startTime\": ") % jsonSeconds(start) % QStringLiteral(", \"endTime\": ")
            % jsonSeconds(end) % QStringLiteral(", \"body\": ") % jsonString(body) % u'}';
        items.append(item);
    };
    for (qsizetype i = 0; i < t.segments.size(); ++i) {
        const Segment &s = t.segments[i];
        if (words && s.hasWordTimes()) {
            for (const auto &g : cuetext::wordGroups(s, s.end)) // JSON holds an unknown end as null
                segment(s.speaker, g.start, g.end, groupText(s, g));
        } else {
            segment(s.speaker, s.start, s.end, s.text);
        }
    }
    QString out = QStringLiteral("{\n  \"version\": \"1.0.0\",\n  \"segments\": [");
    if (!items.isEmpty())
        out += u'\n' % items.join(QStringLiteral(",\n")) % QStringLiteral("\n  ");
    out += QStringLiteral("]\n}\n");
    return { out, {} };
}

TranscriptWriter::Result TranscriptWriter::writeText(const Transcript &t)
{
    QString out = metadataFields(t, false);
    if (!out.isEmpty())
        out += u'\n';
    // Every paragraph with a speaker is labelled, so that reading the text back loses no speaker.
    for (const Paragraph &p : paragraphs(t, true)) {
        if (const int s = t.segments[p.first].speaker; s >= 0)
            out += t.speakerName(s) % QStringLiteral(": ");
        out += p.text % QStringLiteral("\n\n");
    }
    if (out.endsWith(u"\n\n"))
        out.chop(1);
    return { out, {} };
}

TranscriptWriter::Result TranscriptWriter::writeMarkdown(
    const Transcript &t, const QList<Bookmark> &bookmarks)
{
    QString out;
    const TranscriptMetadata &m = t.metadata;
    if (!m.title.isEmpty())
        out += QStringLiteral("# ") % m.title % QStringLiteral("\n\n");
    QStringList facts;
    if (!m.show.isEmpty())
        facts.append(m.show);
    if (m.date.isValid())
        facts.append(m.date.toString(Qt::ISODate));
    if (m.duration != kNoTime)
        facts.append(timecode::formatClock(m.duration));
    if (!facts.isEmpty())
        out += u'*' % facts.join(QStringLiteral(" · ")) % QStringLiteral("*\n\n");

    // Chapter titles where the window shows them (hidden chapters have none), above the paragraph that holds
    // their first line.
    const QList<std::pair<qsizetype, qsizetype>> headings = t.chapterHeadings();
    qsizetype heading = 0;
    qsizetype bookmark = 0;
    int speaker = -1;
    const QList<Paragraph> all = paragraphs(t, false);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Paragraph &p = all[i];
        const Segment &first = t.segments[p.first];
        const qsizetype nextFirst = i + 1 < all.size() ? all[i + 1].first : t.segments.size();
        for (; heading < headings.size() && headings[heading].first < nextFirst; ++heading)
            out += QStringLiteral("## ") % t.chapters[headings[heading].second].title.simplified()
                % QStringLiteral("\n\n");
        // Bookmarks before the next paragraph's start fall in this one: listed above it.
        const qint64 nextStart = i + 1 < all.size() ? t.segments[all[i + 1].first].start : kNoTime;
        for (; bookmark < bookmarks.size() && (nextStart == kNoTime || bookmarks[bookmark].at < nextStart);
             ++bookmark) {
            const Bookmark &b = bookmarks[bookmark];
            out += QStringLiteral("> 🔖 [") % timecode::formatClock(b.at) % u']'
                % (b.note.isEmpty() ? QString() : u' ' % b.note.simplified()) % QStringLiteral("\n\n");
        }
        QStringList lead;
        if (first.speaker >= 0 && first.speaker != speaker)
            lead.append(QStringLiteral("**") % t.speakerName(first.speaker) % QStringLiteral("**"));
        if (first.hasStart())
            lead.append(u'[' % timecode::formatClock(first.start) % u']');
        speaker = first.speaker;
        if (!lead.isEmpty())
            out += lead.join(u' ') % QStringLiteral("  \n");
        out += p.text % QStringLiteral("\n\n");
    }
    if (out.endsWith(u"\n\n"))
        out.chop(1);
    return { out, {} };
}

} // namespace hark

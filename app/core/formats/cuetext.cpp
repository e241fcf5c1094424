// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/cuetext.h"

#include "core/textsplitter.h"
#include "core/timecode.h"

#include <QHash>

namespace hark::cuetext {

namespace {

const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> table = {
        { QStringLiteral("amp"), u'&' },
        { QStringLiteral("lt"), u'<' },
        { QStringLiteral("gt"), u'>' },
        { QStringLiteral("quot"), u'"' },
        { QStringLiteral("apos"), u'\'' },
        { QStringLiteral("nbsp"), u'\u00A0' },
        { QStringLiteral("lrm"), u'\u200E' },
        { QStringLiteral("rlm"), u'\u200F' },
        { QStringLiteral("hellip"), u'\u2026' },
        { QStringLiteral("mdash"), u'\u2014' },
        { QStringLiteral("ndash"), u'\u2013' },
        { QStringLiteral("lsquo"), u'\u2018' },
        { QStringLiteral("rsquo"), u'\u2019' },
        { QStringLiteral("ldquo"), u'\u201C' },
        { QStringLiteral("rdquo"), u'\u201D' },
        { QStringLiteral("copy"), u'\u00A9' },
        { QStringLiteral("reg"), u'\u00AE' },
        { QStringLiteral("trade"), u'\u2122' },
        { QStringLiteral("eacute"), u'\u00E9' },
        { QStringLiteral("egrave"), u'\u00E8' },
        { QStringLiteral("aacute"), u'\u00E1' },
        { QStringLiteral("agrave"), u'\u00E0' },
        { QStringLiteral("uuml"), u'\u00FC' },
        { QStringLiteral("ouml"), u'\u00F6' },
        { QStringLiteral("auml"), u'\u00E4' },
        { QStringLiteral("szlig"), u'\u00DF' },
        { QStringLiteral("ntilde"), u'\u00F1' },
        { QStringLiteral("ccedil"), u'\u00E7' },
    };
    return table;
}

} // namespace

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r') {
            lines.append(text.mid(start, i - start));
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines.append(text.mid(start));
    return lines;
}

QList<QStringView> fileLines(QStringView text)
{
    return splitLines(text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text);
}

QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] != u'&') {
            out.append(text[i]);
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 12) {
            out.append(text[i]);
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint cp = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1));
                i = semi;
                continue;
            }
        } else if (const auto it = namedEntities().constFind(name.toString()); it != namedEntities().cend()) {
            out.append(QChar(*it));
            i = semi;
            continue;
        }
        out.append(text[i]);
    }
    return out;
}

QString escapeVtt(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else
            out += c;
    }
    return out;
}

QString joinLines(QStringView text)
{
    QString out = text.toString();
    out.replace(u'\n', u' ');
    return out.trimmed();
}

Parsed parseVtt(QStringView raw)
{
    Parsed p;
    QString text;
    QList<std::pair<qsizetype, qint64>> stamps;
    QList<std::pair<qsizetype, qsizetype>> lowConfidence;
    QList<qsizetype> openClasses; // where each open <c> started; -1 when not low-confidence
    const qsizetype n = raw.size();
    qsizetype i = 0;
    qsizetype runStart = 0; // start of the current run of plain text (entities decoded per run)
    auto flushRun = [&](qsizetype end) {
        if (end > runStart)
            text += decodeEntities(raw.mid(runStart, end - runStart));
    };
    while (i < n) {
        if (raw[i] != u'<') {
            ++i;
            continue;
        }
        flushRun(i);
        qsizetype close = raw.indexOf(u'>', i + 1);
        if (close < 0)
            close = n; // an unterminated tag runs to the end of the cue, as the WebVTT tokenizer reads it
        const QStringView tag = raw.mid(i + 1, close - i - 1);
        if (!tag.isEmpty() && tag.front().isDigit()) {
            qsizetype pos = 0;
            if (const auto t = timecode::parseVtt(tag, pos); t && pos == tag.size())
                stamps.append({ text.size(), *t });
        } else if (p.voice.isEmpty()
            && (tag.startsWith(u"v ") || tag.startsWith(u"v.") || tag.startsWith(u"v\t"))) {
            qsizetype sp = 1;
            while (sp < tag.size() && tag[sp] != u' ' && tag[sp] != u'\t')
                ++sp;
            p.voice = decodeEntities(tag.mid(sp).trimmed());
        } else if (tag == u"c" || tag.startsWith(u"c.") || tag.startsWith(u"c ")) {
            const QStringView classes = tag.mid(1).split(u' ').front(); // <c.a.b annotation>: ".a.b"
            const bool low = classes.split(u'.').contains(QStringView(kLowConfidenceClass));
            openClasses.append(low ? text.size() : -1);
        } else if (tag == u"/c" && !openClasses.isEmpty()) {
            if (const qsizetype from = openClasses.takeLast(); from >= 0)
                lowConfidence.append({ from, text.size() });
        }
        i = close + 1;
        runStart = i;
    }
    flushRun(n);

    // Join lines and trim, moving the timestamp offsets along.
    text.replace(u'\n', u' ');
    qsizetype lead = 0;
    while (lead < text.size() && text[lead].isSpace())
        ++lead;
    qsizetype trail = text.size();
    while (trail > lead && text[trail - 1].isSpace())
        --trail;
    p.text = text.mid(lead, trail - lead);
    for (auto [offset, time] : stamps)
        p.timestamps.append({ std::clamp<qsizetype>(offset - lead, 0, p.text.size()), time });
    for (qsizetype from : openClasses) // unclosed: to the end of the cue
        if (from >= 0)
            lowConfidence.append({ from, text.size() });
    for (auto [from, to] : lowConfidence)
        p.lowConfidence.append({ std::clamp<qsizetype>(from - lead, 0, p.text.size()),
            std::clamp<qsizetype>(to - lead, 0, p.text.size()) });
    return p;
}

QString stripSrtMarkup(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = raw[i];
        if (c == u'<') {
            const qsizetype close = raw.indexOf(u'>', i + 1);
            // Only things shaped like tags: "<i>", "</font>", "<font color=…>"; "a < b" stays.
            if (close > i + 1 && close - i < 200 && (raw[i + 1].isLetter() || raw[i + 1] == u'/')) {
                i = close;
                continue;
            }
        } else if (c == u'{' && i + 1 < n && raw[i + 1] == u'\\') {
            const qsizetype close = raw.indexOf(u'}', i + 1);
            if (close > 0) {
                i = close;
                continue;
            }
        }
        out.append(c);
    }
    return decodeEntities(out);
}

void applyInlineTimes(Segment &segment, const QList<std::pair<qsizetype, qint64>> &timestamps)
{
    segment.words = TextSplitter::words(segment.text);
    auto &words = segment.words;
    if (timestamps.isEmpty() || words.isEmpty())
        return;
    words.first().start = segment.start;
    qsizetype w = 0;
    for (const auto &[offset, time] : timestamps) {
        while (w < words.size() && words[w].from < offset)
            ++w;
        if (w >= words.size())
            break;
        words[w].start = time;
    }
    for (qsizetype k = 0; k < words.size(); ++k) {
        if (!words[k].hasStart())
            continue;
        if (k + 1 < words.size())
            words[k].end = words[k + 1].start; // kNoTime when the next word has no time of its own
        else
            words[k].end = segment.end;
    }
}

void deriveMissingEnds(QList<Segment> &segments)
{
    qint64 nextStart = kNoTime;
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        Segment &s = segments[i];
        if (s.end == kNoTime && nextStart != kNoTime && s.hasStart() && nextStart >= s.start)
            s.end = nextStart;
        if (s.hasStart())
            nextStart = s.start;
    }
}

qsizetype takeSpeakerLabel(Segment &segment, Transcript &transcript)
{
    if (segment.speaker >= 0)
        return 0;
    const auto label = TextSplitter::speakerLabel(segment.text);
    if (!label || label->second >= segment.text.size())
        return 0;
    segment.speaker = transcript.speakerIndex(label->first);
    segment.text = segment.text.mid(label->second);
    return label->second;
}

void carrySpeakersForward(QList<Segment> &segments)
{
    int current = -1;
    for (Segment &s : segments) {
        if (s.speaker >= 0)
            current = s.speaker;
        else
            s.speaker = current;
    }
}

qint64 effectiveEnd(const QList<Segment> &segments, qsizetype index)
{
    const Segment &s = segments[index];
    if (s.end != kNoTime && s.end >= s.start)
        return s.end;
    for (qsizetype k = index + 1; k < segments.size(); ++k) {
        if (segments[k].hasStart()) {
            if (segments[k].start > s.start)
                return segments[k].start;
            break;
        }
    }
    return s.start + std::max<qint64>(1000, s.text.size() * 60);
}

QList<WordGroup> wordGroups(const Segment &segment, qint64 segmentEnd)
{
    QList<WordGroup> groups;
    for (qsizetype w = 0; w < segment.words.size(); ++w) {
        const Word &word = segment.words[w];
        if (word.hasStart() || groups.isEmpty())
            groups.append({ w, w, word.hasStart() ? word.start : segment.start, kNoTime });
        else
            groups.last().lastWord = w;
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        WordGroup &group = groups[g];
        const Word &only = segment.words[group.firstWord];
        const qint64 next = g + 1 < groups.size() ? groups[g + 1].start : segmentEnd;
        const bool ownEnd
            = group.firstWord == group.lastWord && only.end != kNoTime && only.end >= group.start;
        group.end = ownEnd ? only.end : next == kNoTime ? kNoTime : std::max(next, group.start);
    }
    return groups;
}

void markLowConfidence(Segment &segment, const QList<std::pair<qsizetype, qsizetype>> &spans)
{
    for (Word &w : segment.words)
        for (auto [from, to] : spans)
            if (w.from >= from && w.from < to)
                w.flags |= Word::LowConfidence;
}

} // namespace hark::cuetext

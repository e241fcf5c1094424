// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textsplitter.h"

#include <QRegularExpression>
#include <QSet>

namespace hark {

namespace {

bool isOpener(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'(' || c == u'[' || c == u'\u201C' || c == u'\u2018'
        || c == u'\u00AB';
}

bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201D' || c == u'\u2019'
        || c == u'\u00BB';
}

QStringView stripClosers(QStringView t)
{
    while (!t.isEmpty() && isCloser(t.back()))
        t.chop(1);
    return t;
}

QStringView stripOpeners(QStringView t)
{
    while (!t.isEmpty() && isOpener(t.front()))
        t = t.mid(1);
    return t;
}

// Titles that precede a name: never the end of a sentence.
bool isTitle(QStringView word)
{
    static const QSet<QString> titles = { QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"),
        QStringLiteral("mx"), QStringLiteral("dr"), QStringLiteral("prof"), QStringLiteral("st"),
        QStringLiteral("mt"), QStringLiteral("gen"), QStringLiteral("sen"), QStringLiteral("rep"),
        QStringLiteral("gov"), QStringLiteral("lt"), QStringLiteral("col"), QStringLiteral("capt"),
        QStringLiteral("sgt"), QStringLiteral("rev"), QStringLiteral("hon"), QStringLiteral("fr"),
        QStringLiteral("pres"), QStringLiteral("supt"), QStringLiteral("cmdr"), QStringLiteral("adm"),
        QStringLiteral("maj"), QStringLiteral("messrs") };
    return titles.contains(word.toString().toLower());
}

// Abbreviations that may or may not end a sentence.
bool isAbbreviation(QStringView word)
{
    static const QSet<QString> abbreviations = { QStringLiteral("etc"), QStringLiteral("inc"),
        QStringLiteral("ltd"), QStringLiteral("co"), QStringLiteral("corp"), QStringLiteral("vs"),
        QStringLiteral("approx"), QStringLiteral("no"), QStringLiteral("nos"), QStringLiteral("vol"),
        QStringLiteral("fig"), QStringLiteral("cf"), QStringLiteral("jr"), QStringLiteral("sr"),
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
        QStringLiteral("sept"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
        QStringLiteral("dept"), QStringLiteral("est"), QStringLiteral("ave"), QStringLiteral("blvd") };
    // Dotted forms: "U.S", "e.g", "a.m", "Ph.D".
    return abbreviations.contains(word.toString().toLower()) || (word.contains(u'.') && word.size() <= 6);
}

// Words that typically open a sentence: after an ambiguous abbreviation they mean the sentence ended.
bool isSentenceOpener(QStringView word)
{
    static const QSet<QString> openers = { QStringLiteral("I"), QStringLiteral("I'm"), QStringLiteral("I've"),
        QStringLiteral("I'll"), QStringLiteral("I'd"), QStringLiteral("He"), QStringLiteral("She"),
        QStringLiteral("It"), QStringLiteral("It's"), QStringLiteral("We"), QStringLiteral("They"),
        QStringLiteral("You"), QStringLiteral("The"), QStringLiteral("This"), QStringLiteral("That"),
        QStringLiteral("That's"), QStringLiteral("These"), QStringLiteral("Those"), QStringLiteral("There"),
        QStringLiteral("There's"), QStringLiteral("But"), QStringLiteral("And"), QStringLiteral("So"),
        QStringLiteral("Then"), QStringLiteral("What"), QStringLiteral("Why"), QStringLiteral("How"),
        QStringLiteral("When"), QStringLiteral("Where"), QStringLiteral("Who"), QStringLiteral("If"),
        QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("Well"), QStringLiteral("Now"),
        QStringLiteral("Our"), QStringLiteral("My"), QStringLiteral("In"), QStringLiteral("A"),
        QStringLiteral("An"), QStringLiteral("Let's"), QStringLiteral("Thanks"), QStringLiteral("Okay"),
        QStringLiteral("OK") };
    QString w = word.toString();
    while (!w.isEmpty() && !w.back().isLetter())
        w.chop(1);
    w.replace(u'\u2019', u'\'');
    return openers.contains(w);
}

bool endsWithTerminator(QStringView core)
{
    if (core.isEmpty())
        return false;
    const QChar c = core.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

bool endsSentence(QStringView token, QStringView next)
{
    const QStringView core = stripClosers(token);
    if (!endsWithTerminator(core))
        return false;
    if (next.isEmpty())
        return true;
    if (next.front() == u'[')
        return true;
    const QStringView nextCore = stripOpeners(next);
    if (nextCore.isEmpty())
        return true;
    const QChar first = nextCore.front();
    if (!first.isUpper() && !first.isDigit())
        return false;
    const QChar last = core.back();
    if (last != u'.' || core.endsWith(u"..."))
        return true;
    const QStringView word = stripOpeners(core.chopped(1));
    if (word.isEmpty())
        return true;
    if (isTitle(word))
        return false;
    if (word.size() == 1 && word.front().isUpper()) {
        // An initial ("J. Smith"), unless a word that opens sentences follows ("for Z. You have"); another
        // initial after it ("A. A. Milne") is a name going on.
        const bool nextIsInitial = nextCore.size() >= 2 && nextCore[1] == u'.' && nextCore.front().isUpper();
        return !nextIsInitial && isSentenceOpener(nextCore);
    }
    if (word.size() > 1 && word.back().isDigit() && word.front().isDigit())
        return true; // "in 2019. Then"
    if (isAbbreviation(word))
        return isSentenceOpener(nextCore);
    return true;
}

} // namespace

QList<Word> TextSplitter::words(QStringView text)
{
    QList<Word> words;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype from = i;
        while (i < n && !text[i].isSpace())
            ++i;
        Word w;
        w.from = qint32(from);
        w.length = qint32(i - from);
        words.append(w);
    }
    // Stage directions: from a token opening with '[' to the next one holding ']' (a few tokens at most).
    for (qsizetype k = 0; k < words.size(); ++k) {
        if (text[words[k].from] != u'[')
            continue;
        for (qsizetype j = k; j < words.size() && j < k + 12; ++j) {
            if (text.mid(words[j].from, words[j].length).contains(u']')) {
                for (qsizetype m = k; m <= j; ++m)
                    words[m].flags |= Word::NonSpeech;
                k = j;
                break;
            }
        }
    }
    return words;
}

QList<TextSpan> TextSplitter::sentences(QStringView text)
{
    const QList<Word> tokens = words(text);
    QList<TextSpan> result;
    qsizetype first = 0; // token index opening the current sentence
    auto tokenText = [&](qsizetype k) {
        return k < tokens.size() ? text.mid(tokens[k].from, tokens[k].length) : QStringView();
    };
    auto close = [&](qsizetype last) {
        const qsizetype from = tokens[first].from;
        result.append({ from, tokens[last].from + tokens[last].length - from });
        first = last + 1;
    };
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const bool direction = !tokens[k].isSpeech();
        const bool nextIsDirection = k + 1 < tokens.size() && !tokens[k + 1].isSpeech();
        // A direction that opens a sentence stands alone: "[Music] All right".
        const bool leadingDirectionEnds = direction && !nextIsDirection && k + 1 < tokens.size() && [&] {
            for (qsizetype m = first; m <= k; ++m) {
                if (tokens[m].isSpeech())
                    return false;
            }
            return true;
        }();
        if (leadingDirectionEnds || endsSentence(tokenText(k), tokenText(k + 1)) || k + 1 == tokens.size())
            close(k);
    }
    return result;
}

QList<Segment> TextSplitter::sentenceSegments(QStringView paragraph, int speaker)
{
    QList<Segment> segments;
    for (const TextSpan &span : sentences(paragraph)) {
        Segment s;
        s.text = paragraph.mid(span.from, span.length).toString();
        s.words = words(s.text);
        s.speaker = speaker;
        if (segments.isEmpty())
            s.flags |= Segment::ParagraphStart;
        segments.append(std::move(s));
    }
    return segments;
}

std::optional<std::pair<QString, qsizetype>> TextSplitter::speakerLabel(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\d{1,3})){0,2})[ \t]*:(?:[ \t]+|$))"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(1), m.capturedEnd(0));
}

} // namespace hark

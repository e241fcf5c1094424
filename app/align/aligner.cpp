// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/aligner.h"

#include "align/anchors.h"
#include "align/languagemodel.h"
#include "align/logging.h"
#include "align/pronunciations.h"
#include "align/recognizer.h"
#include "align/spokenform.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <deque>
#include <map>

namespace hark::align {

Q_LOGGING_CATEGORY(lcAlign, "hark.align", QtWarningMsg)

namespace {

constexpr int kRate = 16000;
constexpr qsizetype kShortestChunk = 25 * kRate;
constexpr qsizetype kLongestChunk = 35 * kRate;
constexpr int kSureRun = 6; // anchors in a run this long may skip any number of words
constexpr qint64 kKeptMs = 90'000; // audio kept after it is placed, for the gaps that begin in it
constexpr qsizetype kCutWindow = kRate / 10; // the quietest 100 ms is where a chunk ends
const QStringList kFillers { QStringLiteral("um"), QStringLiteral("uh"), QStringLiteral("hmm") };
constexpr double kEnglishShare = 0.7; // of distinct words in the English dictionary

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::align::Aligner)
};

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Where in [from, to) of @p pcm the quietest 100 ms starts.
qsizetype quietestCut(const std::vector<qint16> &pcm, qsizetype from, qsizetype to)
{
    double energy = 0;
    for (qsizetype i = from; i < from + kCutWindow; ++i)
        energy += double(pcm[std::size_t(i)]) * pcm[std::size_t(i)];
    double best = energy;
    qsizetype bestAt = from;
    for (qsizetype i = from + 1; i + kCutWindow <= to; ++i) {
        energy += double(pcm[std::size_t(i + kCutWindow - 1)]) * pcm[std::size_t(i + kCutWindow - 1)]
            - double(pcm[std::size_t(i - 1)]) * pcm[std::size_t(i - 1)];
        if (energy < best) {
            best = energy;
            bestAt = i;
        }
    }
    return bestAt + kCutWindow / 2;
}

} // namespace

struct Aligner::Impl
{
    Transcript transcript;
    Options options;
    QString error;
    QTemporaryDir dir;
    QString lmPath, dictPath;

    // The transcript's spoken tokens, and the word each comes from.
    QStringList tokens;
    struct Source
    {
        int segment, word;
        bool first; ///< the word's first token
    };
    std::vector<Source> sources;
    std::map<qsizetype, QList<QStringList>> alternatives; // by a word's first token: its ways of being said
    // The tokens of those words: they anchor nothing ("twenty two" heard may end "two thousand and twenty
    // two" or "twenty twenty two"); the gaps' forced alignment places the whole word, said whichever way.
    std::vector<bool> saidOtherWays;

    QThreadPool pool;
    QSemaphore room; // chunks that may wait or run at once
    QMutex mutex; // guards idle and chunks
    std::vector<std::unique_ptr<Recognizer>> idle;
    struct Chunk
    {
        qint64 start = 0; // samples
        std::vector<qint16> pcm;
        std::vector<RecognizedWord> words;
        bool recognized = false;
    };
    std::map<qint64, Chunk> chunks; // by start, until placed
    std::atomic<bool> cancelled { false };
    std::atomic<qint64> recognizedSamples { 0 };

    bool english = true;
    std::vector<qint16> pending;
    qint64 pendingStart = 0; // samples
    std::atomic<qint64> totalSamples { 0 }; // read for progress from another thread

    // Placing, chunk after chunk in order (one thread at a time).
    QMutex placing;
    qint64 nextToPlace = 0; // the start of the chunk to place next
    qsizetype cursor = 0; // the first token not yet anchored
    enum By : quint8
    {
        Nothing,
        Recognition,
        ForcedAlignment
    };
    std::vector<qint64> tokenStart, tokenEnd;
    std::vector<By> tokenBy;
    struct Anchor
    {
        qsizetype token = -1;
        qint64 start = 0, end = 0; // ms
    } lastAnchor;
    std::deque<Chunk> placed; // the chunks placed last, at least kKeptMs of them: a gap may begin in them
    std::unique_ptr<Recognizer> forcer; // wide beams, for the gaps

    void submit(std::vector<qint16> pcm, qint64 start)
    {
        room.acquire();
        {
            QMutexLocker lock(&mutex);
            Chunk &c = chunks[start];
            c.start = start;
            c.pcm = std::move(pcm);
        }
        pool.start([this, start] {
            std::unique_ptr<Recognizer> recognizer;
            const Chunk *chunk = nullptr;
            {
                QMutexLocker lock(&mutex);
                chunk = &chunks[start]; // std::map: stays put while others come and go
                if (!idle.empty()) {
                    recognizer = std::move(idle.back());
                    idle.pop_back();
                }
            }
            if (!recognizer)
                recognizer = std::make_unique<Recognizer>(options.acousticModel, lmPath, dictPath);
            std::vector<RecognizedWord> words;
            if (!cancelled)
                words = recognizer->recognize(
                    chunk->pcm.data(), qsizetype(chunk->pcm.size()), start * 1000 / kRate, &cancelled);
            recognizedSamples += qint64(chunk->pcm.size());
            {
                QMutexLocker lock(&mutex);
                Chunk &c = chunks[start];
                c.words = std::move(words);
                c.recognized = true;
                idle.push_back(std::move(recognizer));
            }
            placeReady();
            room.release();
        });
    }

    // Places every recognized chunk that is next in order.
    void placeReady()
    {
        QMutexLocker lock(&placing);
        while (!cancelled) {
            Chunk chunk;
            {
                QMutexLocker chunksLock(&mutex);
                const auto it = chunks.find(nextToPlace);
                if (it == chunks.end() || !it->second.recognized)
                    return;
                chunk = std::move(it->second);
                chunks.erase(it);
            }
            nextToPlace = chunk.start + qint64(chunk.pcm.size());
            placeChunk(chunk);
            placed.push_back(std::move(chunk));
            while (placed.size() > 1 && (placed.back().start - placed[1].start) * 1000 / kRate >= kKeptMs)
                placed.pop_front();
        }
    }

    // Anchors a chunk's words against the stretch of text where they can be (from just after the last
    // anchor, as far as three times the words its length would hold, and more), and force-aligns the words
    // between two anchors in the audio between them.
    void placeChunk(const Chunk &chunk)
    {
        if (chunk.words.empty() || cursor >= tokens.size())
            return;
        const double seconds = double(chunk.pcm.size()) / kRate;
        const qsizetype span = std::min(tokens.size() - cursor, qsizetype(400 + 3 * 3.5 * seconds));
        // Nothing anchored in the stretch of text where the chunk's words should be: that stretch may be
        // missing from the audio. The rest of the text, then, for a long run only.
        if (!anchorChunk(chunk, span, 1) && span < tokens.size() - cursor)
            anchorChunk(chunk, tokens.size() - cursor, kSureRun);
    }

    // Anchors the chunk's words in @p span tokens of text from the cursor, in runs of at least @p minRun.
    bool anchorChunk(const Chunk &chunk, qsizetype span, int minRun)
    {
        QStringList heard;
        for (const RecognizedWord &w : chunk.words)
            heard.append(w.word);
        auto anchors = anchorWords(tokens.mid(cursor, span), heard);
        std::erase_if(anchors, [&](const auto &a) { return saidOtherWays[std::size_t(cursor + a.first)]; });
        if (lcAlign().isDebugEnabled()) {
            QStringList got;
            for (const RecognizedWord &w : chunk.words)
                got.append(QStringLiteral("%1@%2").arg(w.word).arg(w.start));
            qCDebug(lcAlign, "chunk at %lld ms, text from token %lld: heard %s; %zu anchors",
                chunk.start * 1000 / kRate, qlonglong(cursor), qPrintable(got.join(u' ')), anchors.size());
        }
        // How long the run of each anchor is: a long one may skip any number of words (a stretch of the
        // transcript missing from the audio); a short one may be a common phrase said again later.
        std::vector<int> runLength(anchors.size(), 1);
        for (std::size_t i = 0; i < anchors.size();) {
            std::size_t end = i + 1;
            while (end < anchors.size() && anchors[end].first == anchors[end - 1].first + 1
                && anchors[end].second == anchors[end - 1].second + 1)
                ++end;
            std::fill(runLength.begin() + qsizetype(i), runLength.begin() + qsizetype(end), int(end - i));
            i = end;
        }
        qsizetype lastTaken = -1;
        for (std::size_t a = 0; a < anchors.size(); ++a) {
            if (runLength[a] < minRun)
                continue;
            const auto [t, h] = anchors[a];
            const qsizetype token = cursor + t;
            const RecognizedWord &w = chunk.words[std::size_t(h)];
            // An anchor must come after the last one in time, and not leave behind more words than could have
            // been said meanwhile: "for a few" heard may be a later "for a few" in the text. A stretch of the
            // text missing from the audio is skipped by the first long run after it.
            if (lastAnchor.token >= 0) {
                const qsizetype skipped = token - lastAnchor.token - 1;
                const qint64 meanwhile = w.start - lastAnchor.end;
                // A short run may skip what could have been said meanwhile (at 10 words a second, the fastest
                // speech) and ten words more; a long one any number of words.
                if (meanwhile < -100 || (runLength[a] < kSureRun && skipped > 10 + meanwhile / 100)) {
                    qCDebug(lcAlign, "anchor %s@%lld refused: %lld tokens skipped in %lld ms",
                        qPrintable(w.word), w.start, qlonglong(skipped), meanwhile);
                    continue;
                }
            }
            lastTaken = t;
            if (token != lastAnchor.token + 1)
                qCDebug(lcAlign, "anchor run from token %lld (%s@%lld), %d long", qlonglong(token),
                    qPrintable(w.word), w.start, runLength[a]);
            if (lastAnchor.token >= 0 && token > lastAnchor.token + 1)
                fillGap(lastAnchor.token + 1, token, lastAnchor.end, w.start, chunk);
            else if (lastAnchor.token < 0 && token > 0) // the words before the first anchor, in as much audio
                // before it as they could take (not all of it: an intro or a jingle may come first)
                fillGap(0, token, std::max<qint64>(0, w.start - 1000 - 700 * token), w.start, chunk);
            tokenStart[std::size_t(token)] = w.start;
            tokenEnd[std::size_t(token)] = w.end;
            tokenBy[std::size_t(token)] = Recognition;
            lastAnchor = { token, w.start, w.end };
        }
        if (lastTaken >= 0)
            cursor += lastTaken + 1;
        return lastTaken >= 0;
    }

    // Tokens [from, to) said between @p fromMs and @p toMs: forced into that audio when they are few, it is
    // short and it can hold them; else (once: @p deep) listened for with a language model of only those
    // words, which hears them far better than the whole transcript's, anchored as the chunks are, and the
    // gaps between those anchors forced in turn. Audio not in the transcript (an advertisement) is then left
    // out.
    void fillGap(
        qsizetype from, qsizetype to, qint64 fromMs, qint64 toMs, const Chunk &chunk, bool deep = true)
    {
        const auto sample = [&](qint64 s) -> const qint16 * {
            if (s >= chunk.start && s - chunk.start < qint64(chunk.pcm.size()))
                return &chunk.pcm[std::size_t(s - chunk.start)];
            for (const Chunk &c : placed)
                if (s >= c.start && s - c.start < qint64(c.pcm.size()))
                    return &c.pcm[std::size_t(s - c.start)];
            return nullptr;
        };
        const qsizetype count = to - from;
        const qint64 ms = toMs - fromMs;
        // Too short to hold them all: some of the words are not in the audio; listened for, as a long gap is.
        const bool force = count <= 40 && ms <= 20'000 && ms >= 60 * count;
        if (!force && (!deep || count < 3 || ms < 300))
            return;
        std::vector<qint16> pcm;
        pcm.reserve(std::size_t(ms * kRate / 1000));
        for (qint64 s = fromMs * kRate / 1000; s < toMs * kRate / 1000; ++s) {
            if (const qint16 *at = sample(s))
                pcm.push_back(*at);
            else
                return; // not in memory any more
        }
        if (!forcer)
            forcer = std::make_unique<Recognizer>(options.acousticModel, lmPath, dictPath, true);
        if (!force) {
            listenInGap(from, to, fromMs, toMs, pcm, chunk);
            return;
        }
        // The gap's words in units: a word with other ways of being said is one unit of its ways (when all of
        // it is in the gap), any other token a unit of itself.
        QList<QStringList> units;
        std::vector<std::pair<qsizetype, qsizetype>> unitTokens; // [first, last) of each unit
        for (qsizetype t = from; t < to;) {
            const auto it = alternatives.find(t);
            if (it != alternatives.end() && t + it->second.front().size() <= to) {
                QStringList ways;
                for (const QStringList &form : it->second)
                    ways.append(form.join(u' '));
                units.append(ways);
                unitTokens.emplace_back(t, t + it->second.front().size());
            } else {
                units.append(QStringList { tokens[t] });
                unitTokens.emplace_back(t, t + 1);
            }
            t = unitTokens.back().second;
        }
        const std::vector<RecognizedWord> placed
            = forcer->forceAlign(pcm.data(), qsizetype(pcm.size()), fromMs, units, &cancelled);
        if (lcAlign().isDebugEnabled()) {
            QStringList got;
            for (const auto &w : placed)
                got.append(QStringLiteral("%1@%2").arg(w.word).arg(w.start));
            qCDebug(lcAlign, "gap %lld-%lld ms: %s -> %s", fromMs, toMs,
                qPrintable(tokens.mid(from, count).join(u' ')), qPrintable(got.join(u' ')));
        }
        // A unit said another way than written gives all its tokens the time of the whole.
        for (std::size_t u = 0; u < placed.size(); ++u)
            for (qsizetype t = unitTokens[u].first; t < unitTokens[u].second; ++t) {
                tokenStart[std::size_t(t)] = placed[u].start;
                tokenEnd[std::size_t(t)] = placed[u].end;
                tokenBy[std::size_t(t)] = ForcedAlignment;
            }
    }

    void listenInGap(qsizetype from, qsizetype to, qint64 fromMs, qint64 toMs, const std::vector<qint16> &pcm,
        const Chunk &chunk)
    {
        const QStringList words = tokens.mid(from, to - from);
        const QString path = dir.filePath(QStringLiteral("gap.lm"));
        if (!write(path, LanguageModel({ words }, kFillers).arpa()))
            return;
        const std::vector<RecognizedWord> heard
            = forcer->recognizeWith(path, pcm.data(), qsizetype(pcm.size()), fromMs, &cancelled);
        QStringList heardWords;
        for (const RecognizedWord &w : heard)
            heardWords.append(w.word);
        auto anchors = anchorWords(words, heardWords);
        std::erase_if(anchors, [&](const auto &a) { return saidOtherWays[std::size_t(from + a.first)]; });
        qCDebug(lcAlign, "listened in the gap %lld-%lld ms for %lld words: heard %s; %zu anchors", fromMs,
            toMs, qlonglong(words.size()), qPrintable(heardWords.join(u' ')), anchors.size());
        qsizetype next = from; // the first token not placed
        qint64 nextMs = fromMs;
        for (const auto &[t, h] : anchors) {
            const qsizetype token = from + t;
            const RecognizedWord &w = heard[std::size_t(h)];
            if (w.start < nextMs - 100)
                continue;
            if (token > next)
                fillGap(next, token, nextMs, w.start, chunk, false);
            tokenStart[std::size_t(token)] = w.start;
            tokenEnd[std::size_t(token)] = w.end;
            tokenBy[std::size_t(token)] = Recognition;
            next = token + 1;
            nextMs = w.end;
        }
        if (next > from && next < to)
            fillGap(next, to, nextMs, toMs, chunk, false);
    }

    // The words after the last anchor, in as much audio after it as they could take (music may end it).
    void fillTail()
    {
        const qsizetype count = tokens.size() - lastAnchor.token - 1;
        if (lastAnchor.token < 0 || count <= 0 || placed.empty())
            return;
        const qint64 audioEnd = (placed.back().start + qint64(placed.back().pcm.size())) * 1000 / kRate;
        fillGap(lastAnchor.token + 1, tokens.size(), lastAnchor.end,
            std::min(audioEnd, lastAnchor.end + 1000 + 700 * count), placed.back());
    }

    Transcript place(AlignReport *report);
};

Aligner::Aligner(const Transcript &transcript, const Options &options)
    : d(std::make_unique<Impl>())
{
    d->transcript = transcript;
    d->options = options;
    if (d->options.acousticModel.isEmpty())
        d->options.acousticModel = Recognizer::defaultAcousticModel();
    if (d->options.dictionary.isEmpty())
        d->options.dictionary = Recognizer::defaultDictionary();
    const int jobs = options.jobs > 0 ? options.jobs : std::max(1, QThread::idealThreadCount());
    d->pool.setMaxThreadCount(jobs);
    d->room.release(2 * jobs);

    // The language model learns each sentence as it is written, and again with its numbers said the other
    // ways they are said (a year as "two thousand and twenty two").
    QList<QStringList> sentences;
    for (int s = 0; s < transcript.segments.size(); ++s) {
        const Segment &segment = transcript.segments[s];
        QList<QList<QStringList>> sentence;
        for (int w = 0; w < segment.words.size(); ++w) {
            if (!segment.words[w].isSpeech())
                continue; // a stage direction is not said
            const QList<QStringList> forms = spokenForms(segment.wordText(w));
            if (forms.isEmpty())
                continue;
            if (forms.size() > 1)
                d->alternatives.emplace(d->tokens.size(), forms);
            d->saidOtherWays.insert(
                d->saidOtherWays.end(), std::size_t(forms.front().size()), forms.size() > 1);
            for (qsizetype k = 0; k < forms.front().size(); ++k) {
                d->tokens.append(forms.front()[k]);
                d->sources.push_back({ s, w, k == 0 });
            }
            sentence.append(forms);
        }
        qsizetype ways = 1;
        for (const auto &forms : sentence)
            ways = std::max(ways, forms.size());
        for (qsizetype k = 0; k < ways; ++k) {
            QStringList said;
            for (const auto &forms : sentence)
                said += forms[std::min(k, forms.size() - 1)];
            sentences.append(said);
        }
    }
    if (d->tokens.isEmpty()) {
        d->error = Tr::tr("the transcript has no words to align");
        return;
    }
    d->tokenStart.assign(std::size_t(d->tokens.size()), kNoTime);
    d->tokenEnd = d->tokenStart;
    d->tokenBy.assign(std::size_t(d->tokens.size()), Impl::Nothing);
    const LanguageModel lm(sentences, kFillers);
    const QStringList vocabulary = lm.vocabulary();
    const Result<Pronunciations> loaded
        = Pronunciations::load(d->options.dictionary, QSet<QString>(vocabulary.begin(), vocabulary.end()));
    if (!loaded.ok()) {
        d->error = loaded.error;
        return;
    }
    const Pronunciations &pronunciations = *loaded.value;
    // English transcripts have nearly all their words in the dictionary (the archive page: 96 %); text in
    // another language has far fewer. The model is English only: listening for other languages would place
    // words confidently and wrongly.
    const double known = 1.0
        - double(pronunciations.guessed().size() + pronunciations.missing().size())
            / double(std::max<qsizetype>(1, vocabulary.size()));
    d->english = known >= kEnglishShare;
    d->lmPath = d->dir.filePath(QStringLiteral("transcript.arpa"));
    d->dictPath = d->dir.filePath(QStringLiteral("transcript.dict"));
    if (!write(d->lmPath, lm.arpa()) || !write(d->dictPath, pronunciations.text())) {
        d->error = Tr::tr("cannot write the aligner's working files in %1").arg(d->dir.path());
        return;
    }
    // A first recognizer now: a missing model is reported before any audio is decoded.
    auto first = std::make_unique<Recognizer>(d->options.acousticModel, d->lmPath, d->dictPath);
    if (!first->isValid()) {
        d->error = first->error();
        return;
    }
    d->idle.push_back(std::move(first));
}

Aligner::~Aligner()
{
    d->cancelled = true;
    d->pool.waitForDone();
}

QString Aligner::error() const
{
    return d->error;
}

void Aligner::cancel()
{
    d->cancelled = true;
}

qint64 Aligner::recognizedMs() const
{
    return (d->english ? d->recognizedSamples.load() : d->totalSamples.load()) * 1000 / kRate;
}

bool Aligner::looksEnglish() const
{
    return d->english;
}

void Aligner::addSamples(const qint16 *samples, qsizetype count)
{
    if (!d->error.isEmpty() || d->cancelled)
        return;
    d->totalSamples += count;
    if (!d->english)
        return; // only the length is needed
    d->pending.insert(d->pending.end(), samples, samples + count);
    while (qsizetype(d->pending.size()) >= kLongestChunk && !d->cancelled) {
        const qsizetype cut = quietestCut(d->pending, kShortestChunk, kLongestChunk);
        std::vector<qint16> chunk(d->pending.begin(), d->pending.begin() + cut);
        d->pending.erase(d->pending.begin(), d->pending.begin() + cut);
        d->submit(std::move(chunk), d->pendingStart);
        d->pendingStart += cut;
    }
}

std::optional<Transcript> Aligner::finish(AlignReport *report)
{
    if (!d->error.isEmpty())
        return std::nullopt;
    if (!d->pending.empty() && !d->cancelled) {
        d->submit(std::move(d->pending), d->pendingStart);
        d->pending.clear();
    }
    d->pool.waitForDone();
    d->placeReady();
    if (d->cancelled)
        return std::nullopt;
    d->fillTail();
    return d->place(report);
}

Transcript Aligner::Impl::place(AlignReport *report)
{
    const qint64 audioMs = totalSamples * 1000 / kRate;
    // Word times from their tokens; the rest interpolated by length between the placed words around them.
    struct Placed
    {
        int segment, word;
        qint64 start = kNoTime, end = kNoTime;
        int weight = 1; // characters
        By by = Nothing;
    };
    std::vector<Placed> order;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const Source &s = sources[i];
        if (s.first)
            order.push_back({ s.segment, s.word, kNoTime, kNoTime,
                std::max(1, int(transcript.segments[s.segment].words[s.word].length)), Nothing });
        Placed &p = order.back();
        if (tokenStart[i] != kNoTime && (s.first || p.start != kNoTime)) {
            if (p.start == kNoTime) {
                p.start = tokenStart[i];
                p.by = tokenBy[i];
            }
            p.end = tokenEnd[i];
        }
    }
    int recognized = 0, forced = 0, interpolated = 0;
    for (std::size_t i = 0; i < order.size();) {
        if (order[i].start != kNoTime) {
            ++(order[i].by == ForcedAlignment ? forced : recognized);
            ++i;
            continue;
        }
        std::size_t j = i;
        int weight = 0;
        while (j < order.size() && order[j].start == kNoTime)
            weight += order[j++].weight;
        const qint64 from = i > 0 ? order[i - 1].end : 0;
        const qint64 to = j < order.size() ? order[j].start : audioMs;
        double at = double(from);
        const double perChar = double(std::max<qint64>(0, to - from)) / std::max(1, weight);
        for (std::size_t k = i; k < j; ++k) {
            order[k].start = qint64(at);
            at += perChar * order[k].weight;
            order[k].end = qint64(at);
            Word &w = transcript.segments[order[k].segment].words[order[k].word];
            w.flags |= Word::LowConfidence;
            ++interpolated;
        }
        i = j;
    }
    for (const Placed &p : order) {
        Word &w = transcript.segments[p.segment].words[p.word];
        w.start = p.start;
        w.end = p.end;
    }
    // Stage directions and unsaid words take the time of the word before them; sentences span their words.
    qint64 last = 0;
    for (Segment &segment : transcript.segments) {
        for (Word &w : segment.words) {
            if (w.start == kNoTime) {
                w.start = last;
                w.end = last;
            }
            last = std::max(last, w.end);
        }
        if (!segment.words.isEmpty()) {
            segment.start = segment.words.front().start;
            segment.end = std::max(segment.start, segment.words.back().end);
        }
    }
    if (report)
        *report = { recognized, forced, interpolated, audioMs,
            english
                ? QString()
                : Tr::tr("the transcript does not look like English, the only language the offline speech "
                         "model knows: its words were spread evenly over the audio, not listened for") };
    return transcript;
}

} // namespace hark::align

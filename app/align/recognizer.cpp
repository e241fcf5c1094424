// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/recognizer.h"

#include "align/logging.h"

#include <QCoreApplication>
#include <QDir>

#include <pocketsphinx.h>
#include <sphinxbase/cmn.h>
#include <sphinxbase/err.h>
#include <sphinxbase/fe.h>
#include <sphinxbase/feat.h>
#include <sphinxbase/jsgf.h>

#include <algorithm>
#include <mutex>

namespace hark::align {

namespace {

constexpr int kFramesPerSecond = 100; // pocketsphinx's default frame rate
constexpr const char *kLanguageSearch = "_default";
constexpr const char *kOtherSearch = "other"; // a language model for a stretch of the text
constexpr qsizetype kCmnLearnSamples = 5 * 16000;

// Words that are not words: silences, noises, sentence marks.
bool isWord(const char *w)
{
    return w && *w && *w != '<' && *w != '[' && *w != '+';
}

} // namespace

QString Recognizer::defaultAcousticModel()
{
    return QStringLiteral(HARK_POCKETSPHINX_MODELDIR "/en-us/en-us");
}

QString Recognizer::defaultDictionary()
{
    return QStringLiteral(HARK_POCKETSPHINX_MODELDIR "/en-us/cmudict-en-us.dict");
}

Recognizer::Recognizer(const QString &acousticModel, const QString &languageModelPath,
    const QString &dictionaryPath, bool wideBeams)
{
    static std::once_flag quiet;
    std::call_once(quiet, [] {
        if (!lcAlign().isDebugEnabled())
            err_set_logfp(nullptr);
    }); // its log would drown the progress output
    if (!QDir(acousticModel).exists()) {
        m_error = QCoreApplication::translate(
            "hark::align::Recognizer", "%1: the speech model is missing (install pocketsphinx-en-us)")
                      .arg(acousticModel);
        return;
    }
    const QByteArray hmm = QFile::encodeName(acousticModel), lm = QFile::encodeName(languageModelPath),
                     dict = QFile::encodeName(dictionaryPath);
    const QByteArray logFile = lcAlign().isDebugEnabled()
        ? QFile::encodeName(QDir::temp().filePath(QStringLiteral("hark-pocketsphinx.log")))
        : QByteArrayLiteral("/dev/null");
    if (wideBeams)
        m_config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-lm", lm.constData(),
            "-dict", dict.constData(), "-remove_silence", "no", "-beam", "1e-80", "-wbeam", "1e-60", "-pbeam",
            "1e-80", "-maxhmmpf", "-1", "-maxwpf", "-1", nullptr);
    else
        m_config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-lm", lm.constData(),
            "-dict", dict.constData(), "-remove_silence", "no", "-logfn", logFile.constData(), nullptr);
    if (m_config)
        m_decoder = ps_init(m_config);
    // The language-model search's name in pocketsphinx 0.8 (asking with ps_get_search() leaks an iterator).
    if (m_decoder && ps_set_search(m_decoder, kLanguageSearch) < 0) {
        ps_free(m_decoder);
        m_decoder = nullptr;
    }
    if (!m_decoder)
        m_error = QCoreApplication::translate(
            "hark::align::Recognizer", "cannot start the speech recognizer with %1 and %2")
                      .arg(languageModelPath, dictionaryPath);
}

Recognizer::~Recognizer()
{
    if (m_decoder)
        ps_free(m_decoder);
    if (m_config)
        cmd_ln_free_r(m_config);
}

void Recognizer::settle()
{
    if (m_abandoned && m_decoder)
        ps_end_utt(m_decoder);
    m_abandoned = false;
}

std::vector<RecognizedWord> Recognizer::recognize(
    const qint16 *samples, qsizetype count, qint64 offsetMs, const std::atomic<bool> *cancel)
{
    settle();
    if (!m_decoder || ps_set_search(m_decoder, kLanguageSearch) < 0)
        return {};
    // The cepstral mean starts from the model's and is learnt as the utterance goes on. Learnt from the
    // first seconds of this audio first, so that what is heard does not depend on which audio this decoder
    // happened to take before (the same audio always gives the same words), nor start from a mean that may
    // be far from this recording's.
    setCepstralMean(samples, std::min<qsizetype>(count, kCmnLearnSamples));
    return decode(samples, count, offsetMs, false, cancel);
}

std::vector<RecognizedWord> Recognizer::recognizeWith(const QString &languageModelPath, const qint16 *samples,
    qsizetype count, qint64 offsetMs, const std::atomic<bool> *cancel)
{
    settle();
    if (!m_decoder
        || ps_set_lm_file(m_decoder, kOtherSearch, QFile::encodeName(languageModelPath).constData()) < 0
        || ps_set_search(m_decoder, kOtherSearch) < 0)
        return {};
    setCepstralMean(samples, std::min<qsizetype>(count, kCmnLearnSamples));
    return decode(samples, count, offsetMs, false, cancel);
}

void Recognizer::setCepstralMean(const qint16 *samples, qsizetype count)
{
    fe_t *fe = ps_get_fe(m_decoder);
    const int size = fe_get_output_size(fe);
    constexpr int block = 100; // frames
    std::vector<mfcc_t> cepstra(std::size_t(block * size));
    std::vector<mfcc_t *> rows(block);
    for (int i = 0; i < block; ++i)
        rows[std::size_t(i)] = cepstra.data() + std::size_t(i * size);
    std::vector<double> sum(std::size_t(size), 0.0);
    long frames = 0;
    const auto add = [&](int n) {
        for (int f = 0; f < n; ++f)
            for (int c = 0; c < size; ++c)
                sum[std::size_t(c)] += rows[std::size_t(f)][c];
        frames += n;
    };
    fe_start_utt(fe);
    const int16 *at = samples;
    std::size_t left = std::size_t(count);
    while (left > 0) {
        int32 n = block;
        const std::size_t before = left;
        if (fe_process_frames(fe, &at, &left, rows.data(), &n, nullptr) < 0)
            break;
        add(n);
        if (n == 0 && left == before)
            break;
    }
    int32 n = 0;
    fe_end_utt(fe, rows[0], &n);
    add(n);
    if (frames == 0)
        return;
    std::vector<mfcc_t> mean(static_cast<std::size_t>(size));
    for (int c = 0; c < size; ++c)
        mean[std::size_t(c)] = mfcc_t(sum[std::size_t(c)] / double(frames));
    cmn_live_set(ps_get_feat(m_decoder)->cmn_struct, mean.data());
}

std::vector<RecognizedWord> Recognizer::forceAlign(
    const qint16 *samples, qsizetype count, qint64 offsetMs, const QStringList &words)
{
    QList<QStringList> units;
    for (const QString &w : words)
        units.append(QStringList { w });
    return forceAlign(samples, count, offsetMs, units);
}

std::vector<RecognizedWord> Recognizer::forceAlign(const qint16 *samples, qsizetype count, qint64 offsetMs,
    const QList<QStringList> &units, const std::atomic<bool> *cancel)
{
    settle();
    if (!m_decoder || units.isEmpty())
        return {};
    // A grammar that says exactly these units, in order, each one of its ways (unquoted: pocketsphinx keeps
    // quotes as part of the word).
    QByteArray grammar = "#JSGF V1.0;\ngrammar gap;\npublic <gap> =";
    for (const QStringList &ways : units)
        grammar += ways.size() == 1 ? QByteArray(' ' + ways.front().toUtf8())
                                    : QByteArray(" ( " + ways.join(QStringLiteral(" | ")).toUtf8() + " )");
    grammar += ";\n";
    // What ps_set_jsgf_string() does, but freeing the parsed grammar, which pocketsphinx 0.8 leaks.
    jsgf_t *jsgf = jsgf_parse_string(grammar.constData(), nullptr);
    if (!jsgf)
        return {};
    fsg_model_t *fsg = nullptr;
    if (jsgf_rule_t *rule = jsgf_get_public_rule(jsgf))
        fsg = jsgf_build_fsg(jsgf, rule, ps_get_logmath(m_decoder), float(cmd_ln_float_r(m_config, "-lw")));
    const bool set = fsg && ps_set_fsg(m_decoder, "gap", fsg) >= 0;
    if (fsg)
        fsg_model_free(fsg); // the search keeps its own reference
    jsgf_grammar_free(jsgf);
    if (!set || ps_set_search(m_decoder, "gap") < 0)
        return {};
    const std::vector<RecognizedWord> words = decode(samples, count, offsetMs, true, cancel);
    if (lcAlign().isDebugEnabled()) {
        QStringList got;
        for (const auto &w : words)
            got.append(w.word);
        qCDebug(lcAlign, "forced [%s] -> [%s]", grammar.constData(), qPrintable(got.join(u' ')));
    }
    // The words back into units: each unit the first of its ways that the words go on with (the longest
    // first, so "two thousand and three" is not taken for "two thousand" and then "and three").
    std::vector<RecognizedWord> placed;
    std::size_t at = 0;
    for (const QStringList &ways : units) {
        QStringList byLength = ways;
        std::stable_sort(byLength.begin(), byLength.end(),
            [](const QString &a, const QString &b) { return a.count(u' ') > b.count(u' '); });
        bool found = false;
        for (const QString &way : byLength) {
            const QStringList said = way.split(u' ');
            if (at + std::size_t(said.size()) > words.size())
                continue;
            bool same = true;
            for (qsizetype k = 0; k < said.size() && same; ++k)
                same = words[at + std::size_t(k)].word == said[k];
            if (!same)
                continue;
            placed.push_back({ way, words[at].start, words[at + std::size_t(said.size()) - 1].end });
            at += std::size_t(said.size());
            found = true;
            break;
        }
        if (!found)
            return {};
    }
    if (at != words.size())
        return {};
    return placed;
}

std::vector<RecognizedWord> Recognizer::decode(
    const qint16 *samples, qsizetype count, qint64 offsetMs, bool grammar, const std::atomic<bool> *cancel)
{
    std::vector<RecognizedWord> words;
    if (!m_decoder || count <= 0)
        return words;
    if (ps_start_utt(m_decoder) < 0)
        return words;
    constexpr qsizetype piece = 4000; // a quarter of a second: how often a cancel is looked at
    std::vector<qint16> dithered;
    quint32 noise = 1;
    for (qsizetype at = 0; at < count; at += piece) {
        if (cancel && cancel->load()) {
            // Not ended here: ending an utterance runs the search's second pass over all of it so far
            // (181 ms for 9 s of audio, more under load), which a cancel has no use for.
            m_abandoned = true;
            return words;
        }
        // With a little noise of its own (pocketsphinx's -dither draws on one generator for all threads):
        // digital silence has no spectrum to take the logarithm of.
        const qsizetype n = std::min(piece, count - at);
        dithered.assign(samples + at, samples + at + n);
        for (qint16 &v : dithered) {
            noise = noise * 1103515245u + 12345u;
            v = qint16(std::clamp(int(v) + int((noise >> 16) % 3) - 1, -32768, 32767));
        }
        ps_process_raw(m_decoder, dithered.data(), std::size_t(n), FALSE, FALSE);
    }
    ps_end_utt(m_decoder);
    struct Piece
    {
        QString word;
        int start, end;
    };
    std::vector<Piece> path;
    for (ps_seg_t *seg = ps_seg_iter(m_decoder); seg; seg = ps_seg_next(seg)) {
        int startFrame = 0, endFrame = 0;
        ps_seg_frames(seg, &startFrame, &endFrame);
        path.push_back({ QString::fromUtf8(ps_seg_word(seg)), startFrame, endFrame });
    }
    // pocketsphinx 0.8 numbers frames on from the decoder's earlier utterances. A language-model path begins
    // with the sentence start "<s>" at the utterance's first frame; a grammar path ends with the utterance,
    // which is n_frames long.
    int base = 0;
    if (!path.empty())
        base = grammar ? path.back().end - (ps_get_n_frames(m_decoder) - 1) : path.front().start;
    if (lcAlign().isDebugEnabled() && !path.empty())
        qCDebug(lcAlign, "forced at %lld ms: frames %d-%d of a %d-frame utterance: from %d", offsetMs,
            path.front().start, path.back().end, ps_get_n_frames(m_decoder), base);
    for (Piece &p : path) {
        if (!isWord(qPrintable(p.word)))
            continue;
        if (const qsizetype paren = p.word.indexOf(u'('); paren > 0)
            p.word.truncate(paren); // a variant: "read(2)"
        words.push_back({ p.word, offsetMs + qint64(p.start - base) * 1000 / kFramesPerSecond,
            offsetMs + qint64(p.end - base + 1) * 1000 / kFramesPerSecond });
    }
    return words;
}

} // namespace hark::align

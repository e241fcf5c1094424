// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognizer.h"

#include <QCoreApplication>
#include <QDir>

#include <pocketsphinx.h>
#include <sphinxbase/err.h>
#include <sphinxbase/jsgf.h>

#include <algorithm>
#include <mutex>

namespace hark::align {

namespace {

constexpr int kFramesPerSecond = 100; // pocketsphinx's default frame rate
constexpr const char *kLanguageSearch = "_default";

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
        if (!qEnvironmentVariableIsSet("HARK_ALIGN_DEBUG"))
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
    const char *logFile
        = qEnvironmentVariableIsSet("HARK_ALIGN_DEBUG") ? "/tmp/hark-pocketsphinx.log" : "/dev/null";
    if (wideBeams)
        m_config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-lm", lm.constData(),
            "-dict", dict.constData(), "-remove_silence", "no", "-dither", "yes", "-beam", "1e-80", "-wbeam",
            "1e-60", "-pbeam", "1e-80", "-maxhmmpf", "-1", "-maxwpf", "-1", nullptr);
    else
        m_config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-lm", lm.constData(),
            "-dict", dict.constData(), "-remove_silence", "no", "-dither", "yes", "-logfn", logFile, nullptr);
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

std::vector<RecognizedWord> Recognizer::recognize(
    const qint16 *samples, qsizetype count, qint64 offsetMs, const std::atomic<bool> *cancel)
{
    if (!m_decoder || ps_set_search(m_decoder, kLanguageSearch) < 0)
        return {};
    return decode(samples, count, offsetMs, false, cancel);
}

std::vector<RecognizedWord> Recognizer::forceAlign(
    const qint16 *samples, qsizetype count, qint64 offsetMs, const QStringList &words)
{
    if (!m_decoder || words.isEmpty())
        return {};
    // A grammar that says exactly these words, in order (unquoted: pocketsphinx keeps quotes as part of the
    // word).
    QByteArray grammar = "#JSGF V1.0;\ngrammar gap;\npublic <gap> =";
    for (const QString &w : words)
        grammar += ' ' + w.toUtf8();
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
    std::vector<RecognizedWord> placed = decode(samples, count, offsetMs, true, nullptr);
    if (qEnvironmentVariableIsSet("HARK_ALIGN_DEBUG")) {
        QStringList got;
        for (const auto &w : placed)
            got.append(w.word);
        qInfo("forced [%s] -> [%s]", grammar.constData(), qPrintable(got.join(u' ')));
    }
    if (qsizetype(placed.size()) != words.size())
        placed.clear();
    for (qsizetype i = 0; i < qsizetype(placed.size()); ++i)
        if (placed[std::size_t(i)].word != words[i])
            placed.clear();
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
    constexpr qsizetype piece = 16000; // a second: how often a cancel is looked at
    for (qsizetype at = 0; at < count; at += piece) {
        if (cancel && cancel->load()) {
            ps_end_utt(m_decoder);
            return words;
        }
        ps_process_raw(m_decoder, samples + at, std::size_t(std::min(piece, count - at)), FALSE, FALSE);
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
    if (qEnvironmentVariableIsSet("HARK_ALIGN_DEBUG") && !path.empty())
        qInfo("forced at %lld ms: frames %d-%d of a %d-frame utterance: from %d", offsetMs,
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

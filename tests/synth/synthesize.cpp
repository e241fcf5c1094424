// SPDX-License-Identifier: GPL-3.0-or-later
// hark-synth: speaks a dialogue script with espeak-ng voices and writes the audio (WAV, 22,050 Hz mono) and
// its exact transcript (WebVTT with speakers and a time for every word).
//
// Word times come from espeak-ng's phoneme events, not its word events: a word event can arrive up to ~90 ms
// before the word is heard, and pairs spoken as one unit ("out of", "of the") get no event for the second
// word. A word starts at its first phoneme (for an initial stop, that is the start of its closure). In a unit
// of several words, the phonemes are shared out by each word's phoneme count when spoken alone.
//
// Script (UTF-8 text):
//   # a comment
//   voice NAME ESPEAK-VOICE [RATE]     e.g. "voice Maya en-us+f2 165"
//   title TEXT / show TEXT / date YYYY-MM-DD / gap MS (silence between turns, default 400) / lead MS
//   NAME: what NAME says (one turn; blank lines separate nothing)
//
// Usage: hark-synth SCRIPT OUT.wav OUT.vtt
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Event
{
    espeak_EVENT_TYPE type;
    int position; // 1-based character position of the word in the synthesized text
    int sample;
    std::string phoneme;
};

struct Capture
{
    std::vector<short> pcm;
    std::vector<Event> events;
    bool keepAudio = true;
} g_capture;

int onSynth(short *wav, int samples, espeak_EVENT *ev)
{
    if (wav && samples > 0 && g_capture.keepAudio)
        g_capture.pcm.insert(g_capture.pcm.end(), wav, wav + samples);
    for (; ev && ev->type != espeakEVENT_LIST_TERMINATED; ++ev) {
        if (ev->type != espeakEVENT_WORD && ev->type != espeakEVENT_PHONEME && ev->type != espeakEVENT_END)
            continue;
        Event e { ev->type, ev->text_position, ev->sample, {} };
        if (ev->type == espeakEVENT_PHONEME) {
            char name[9] = {};
            std::memcpy(name, ev->id.string, 8);
            e.phoneme = name;
        }
        g_capture.events.push_back(e);
    }
    return 0;
}

void speak(const std::string &text)
{
    g_capture.events.clear();
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    espeak_Synchronize();
}

bool isPause(const Event &e)
{
    return e.type == espeakEVENT_PHONEME && (e.phoneme.empty() || e.phoneme[0] == '_');
}

// How many phonemes a word has when spoken alone (cached per voice and word).
int phonemeCount(const std::string &voice, const std::string &word)
{
    static std::map<std::pair<std::string, std::string>, int> cache;
    const auto key = std::make_pair(voice, word);
    if (auto it = cache.find(key); it != cache.end())
        return it->second;
    const bool keep = g_capture.keepAudio;
    g_capture.keepAudio = false;
    speak(word);
    g_capture.keepAudio = keep;
    const int n = int(std::count_if(g_capture.events.begin(), g_capture.events.end(),
        [](const Event &e) { return e.type == espeakEVENT_PHONEME && !isPause(e); }));
    cache[key] = std::max(1, n);
    return cache[key];
}

struct Voice
{
    std::string espeak;
    int rate = 165;
};

struct Word
{
    std::string text;
    int position; // 1-based character position in the turn's text
    long long start = -1; // samples from the episode's start
    long long end = -1;
};

struct Turn
{
    std::string speaker;
    std::vector<Word> words;
    long long start = 0;
    long long end = 0;
};

size_t utf8Length(const std::string &s, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes && i < s.size(); ++i)
        n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return n;
}

std::vector<Word> tokenize(const std::string &text)
{
    std::vector<Word> words;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        if (i >= text.size())
            break;
        const size_t from = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        words.push_back({ text.substr(from, i - from), int(utf8Length(text, from)) + 1 });
    }
    return words;
}

std::string stripPunctuation(const std::string &w)
{
    std::string out;
    for (char c : w) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '\''
            || (static_cast<unsigned char>(c) & 0x80))
            out += c;
    }
    return out.empty() ? w : out;
}

// Places each word of a turn on the phonemes espeak-ng reported for it.
void placeWords(Turn &turn, const std::string &voice, long long offset)
{
    std::vector<const Event *> phonemes;
    for (const Event &e : g_capture.events) {
        if (e.type == espeakEVENT_PHONEME && !isPause(e))
            phonemes.push_back(&e);
    }
    size_t w = 0;
    while (w < turn.words.size()) {
        // The phonemes attributed to this word's position; words after it with none of their own share them.
        std::vector<const Event *> own;
        for (const Event *p : phonemes) {
            if (p->position == turn.words[w].position)
                own.push_back(p);
        }
        size_t unit = w + 1;
        while (unit < turn.words.size()
            && std::none_of(phonemes.begin(), phonemes.end(),
                [&](const Event *p) { return p->position == turn.words[unit].position; }))
            ++unit;
        if (own.empty()) { // nothing heard for this word (punctuation only): it starts where the next does
            ++w;
            continue;
        }
        size_t index = 0;
        for (size_t k = w; k < unit; ++k) {
            turn.words[k].start = offset + own[std::min(index, own.size() - 1)]->sample;
            index += size_t(phonemeCount(voice, stripPunctuation(turn.words[k].text)));
        }
        w = unit;
    }
    // Words nothing was heard for take the next word's start; ends are the next word's start, the last the
    // end of the turn's speech (its last pause phoneme, or the end of its audio).
    long long speechEnd = offset + (long long)g_capture.pcm.size();
    for (auto it = g_capture.events.rbegin(); it != g_capture.events.rend(); ++it) {
        if (isPause(*it)) {
            speechEnd = offset + it->sample;
        } else if (it->type == espeakEVENT_PHONEME) {
            break;
        }
    }
    long long next = speechEnd;
    for (auto it = turn.words.rbegin(); it != turn.words.rend(); ++it) {
        if (it->start < 0)
            it->start = next;
        it->end = next;
        next = it->start;
    }
}

std::string vttTime(long long samples, int rate)
{
    const long long ms = (samples * 1000 + rate / 2) / rate;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld.%03lld", ms / 3600000, ms / 60000 % 60,
        ms / 1000 % 60, ms % 1000);
    return buf;
}

std::string escape(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    }
    return out;
}

void writeWav(const std::string &path, const std::vector<short> &pcm, int rate)
{
    std::ofstream f(path, std::ios::binary);
    auto u32 = [&](uint32_t v) { f.write(reinterpret_cast<const char *>(&v), 4); };
    auto u16 = [&](uint16_t v) { f.write(reinterpret_cast<const char *>(&v), 2); };
    const uint32_t bytes = uint32_t(pcm.size() * 2);
    f.write("RIFF", 4);
    u32(36 + bytes);
    f.write("WAVEfmt ", 8);
    u32(16);
    u16(1);
    u16(1);
    u32(uint32_t(rate));
    u32(uint32_t(rate * 2));
    u16(2);
    u16(16);
    f.write("data", 4);
    u32(bytes);
    f.write(reinterpret_cast<const char *>(pcm.data()), std::streamsize(bytes));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "Usage: hark-synth SCRIPT OUT.wav OUT.vtt\n");
        return 2;
    }
    std::ifstream script(argv[1]);
    if (!script) {
        std::fprintf(stderr, "hark-synth: cannot read %s\n", argv[1]);
        return 1;
    }
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_PHONEME_EVENTS);
    if (rate <= 0) {
        std::fprintf(stderr, "hark-synth: espeak-ng did not start\n");
        return 1;
    }
    espeak_SetSynthCallback(onSynth);

    std::map<std::string, Voice> voices;
    std::vector<std::string> header;
    std::vector<Turn> turns;
    long long gap = rate * 400 / 1000;
    long long lead = rate * 300 / 1000;
    std::vector<short> episode;
    std::string line;
    int lineNumber = 0;
    while (std::getline(script, line)) {
        ++lineNumber;
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream words(line);
        std::string first;
        words >> first;
        if (first == "voice") {
            std::string name;
            Voice v;
            words >> name >> v.espeak >> v.rate;
            voices[name] = v;
        } else if (first == "title" || first == "show" || first == "date") {
            std::string rest;
            std::getline(words >> std::ws, rest);
            header.push_back(std::string(1, char(std::toupper(first[0]))) + first.substr(1) + ": " + rest);
        } else if (first == "gap" || first == "lead") {
            long long ms = 0;
            words >> ms;
            (first == "gap" ? gap : lead) = rate * ms / 1000;
        } else if (const size_t colon = line.find(": ");
                   colon != std::string::npos && voices.count(line.substr(0, colon))) {
            Turn turn;
            turn.speaker = line.substr(0, colon);
            const std::string text = line.substr(colon + 2);
            const Voice &v = voices[turn.speaker];
            if (espeak_SetVoiceByName(v.espeak.c_str()) != EE_OK) {
                std::fprintf(
                    stderr, "hark-synth: %s:%d: unknown voice %s\n", argv[1], lineNumber, v.espeak.c_str());
                return 1;
            }
            espeak_SetParameter(espeakRATE, v.rate, 0);
            turn.words = tokenize(text);
            for (const Word &w : turn.words)
                phonemeCount(v.espeak, stripPunctuation(w.text)); // before the turn's own capture
            episode.insert(episode.end(), size_t(episode.empty() ? lead : gap), 0);
            g_capture.pcm.clear();
            speak(text);
            const long long offset = (long long)episode.size();
            placeWords(turn, v.espeak, offset);
            episode.insert(episode.end(), g_capture.pcm.begin(), g_capture.pcm.end());
            turn.start = turn.words.empty() ? offset : turn.words.front().start;
            turn.end = turn.words.empty() ? offset : turn.words.back().end;
            turns.push_back(std::move(turn));
        } else {
            std::fprintf(stderr,
                "hark-synth: %s:%d: expected \"voice\", \"title\", \"show\", \"date\", \"gap\", "
                "\"lead\" or \"NAME: text\" for a declared voice\n",
                argv[1], lineNumber);
            return 1;
        }
    }
    episode.insert(episode.end(), size_t(rate / 2), 0);
    espeak_Terminate();

    writeWav(argv[2], episode, rate);
    std::ofstream vtt(argv[3]);
    vtt << "WEBVTT\n\n";
    if (!header.empty()) {
        vtt << "NOTE\n";
        for (const std::string &h : header)
            vtt << h << '\n';
        vtt << '\n';
    }
    for (const Turn &t : turns) {
        vtt << vttTime(t.start, rate) << " --> " << vttTime(t.end, rate) << "\n<v " << escape(t.speaker)
            << '>';
        for (size_t k = 0; k < t.words.size(); ++k) {
            if (k > 0)
                vtt << ' ' << '<' << vttTime(t.words[k].start, rate) << '>';
            vtt << escape(t.words[k].text);
        }
        vtt << "\n\n";
    }
    std::fprintf(stderr, "hark-synth: %zu turns, %.1f s\n", turns.size(), double(episode.size()) / rate);
    return 0;
}

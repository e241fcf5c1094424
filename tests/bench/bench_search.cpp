// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the search of every transcript on a synthetic library: 1,000 one-hour episodes (about 10 million
// words), each a WebVTT file beside a small audio file, made from a Zipf-distributed vocabulary of 30,000
// words (the most common English words first, as in speech); every second transcript carries word times.
//   - the whole index rebuilt from the files (`hark search --reindex`'s path), wall and CPU time;
//   - its size against the text it holds;
//   - one new episode indexed (the path of a download or an alignment);
//   - queries: single words and pairs of words drawn as a listener half-remembers them (from the text
//     itself, so common words come up as often as they are said), and phrases of two and three words;
//     p50, p95 and the slowest, for the best 50 hits with their sentences and marks;
//   - Search Everything in the window (offscreen): from a keystroke to the first hits painted, the words
//     typed a character at a time.
//
//   bench_search              full run (1,000 hours)
//   bench_search --quick      20 hours, no targets (CI)
//   bench_search --hours N    N hours
//   bench_search --queries-only DIR   the queries again, on the library a run left in DIR (--keep DIR)
#include "core/settings.h"
#include "core/transcript.h"
#include "core/transcriptwriter.h"
#include "episode/playersession.h"
#include "fakebackend.h"
#include "library/librarydatabase.h"
#include "library/podcastlibrary.h"
#include "library/searchindex.h"
#include "library/searchindexer.h"
#include "library/searchquery.h"
#include "library/searchservice.h"
#include "ui/searcheverything.h"
#include "usage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace hark;

namespace {

constexpr int kWordsPerHour = 9'600; // 160 words a minute
constexpr int kWordsPerCue = 10;

/// The vocabulary, most common first: English's commonest words, then made-up words of one to four
/// syllables.
QStringList vocabulary()
{
    QStringList words = QStringLiteral(
        "the of and to a in that it is was i for on you he be with as by at have are this not but had his "
        "they "
        "from she which or we an there her were one do been all their has would will what if can when so no "
        "said who more about up them some could him into its then two out time like only my did other me "
        "your "
        "now over just may these new also people any know first see very well after should than where back "
        "how get most way down our made think make even through much good because right years before")
                            .split(u' ');
    static const char *const syllables[]
        = { "ba", "ko", "ri", "sen", "tal", "mon", "ver", "dis", "pre", "con", "ing", "er", "ly", "tion",
              "ant", "el", "om", "ur", "est", "ful", "sha", "lo", "mi", "nu", "qua", "zer" };
    QRandomGenerator rng(7);
    QSet<QString> seen(words.cbegin(), words.cend());
    while (words.size() < 30'000) {
        QString w;
        const int n = 1 + int(rng.bounded(4));
        for (int i = 0; i < n; ++i)
            w += QLatin1String(syllables[rng.bounded(int(std::size(syllables)))]);
        if (!seen.contains(w)) {
            seen.insert(w);
            words.append(w);
        }
    }
    return words;
}

/// Draws word ranks with Zipf's law (s = 1).
class Zipf
{
public:
    explicit Zipf(int n)
    {
        double sum = 0;
        for (int k = 1; k <= n; ++k) {
            sum += 1.0 / k;
            m_cumulative.push_back(sum);
        }
    }
    int draw(QRandomGenerator &rng) const
    {
        const double x = rng.generateDouble() * m_cumulative.back();
        return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

Transcript episode(const QStringList &vocab, const Zipf &zipf, QRandomGenerator &rng, bool wordTimes)
{
    Transcript t;
    t.speakerIndex(QStringLiteral("Alexandra"));
    t.speakerIndex(QStringLiteral("Bernard"));
    qint64 time = 500;
    for (int c = 0; c < kWordsPerHour / kWordsPerCue; ++c) {
        Segment s;
        s.speaker = (c / 4) % 2;
        s.start = time;
        for (int w = 0; w < kWordsPerCue; ++w) {
            const QString word = vocab[zipf.draw(rng)];
            Word timed;
            timed.from = qint32(s.text.size());
            timed.length = qint32(word.size());
            if (wordTimes) {
                timed.start = time;
                timed.end = time + 300;
            }
            time += 375;
            s.text += (w ? QStringLiteral(" ") : QString()) + word;
            timed.from += w ? 1 : 0;
            s.words.append(timed);
        }
        s.text += u'.';
        s.end = time;
        t.segments.append(std::move(s));
    }
    return t;
}

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return { v[v.size() / 2], v[std::min(v.size() - 1, size_t(std::ceil(v.size() * 0.95)) - 1)], v.back() };
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int hours = quick ? 20 : 1000;
    if (const qsizetype at = args.indexOf(QStringLiteral("--hours")); at >= 0 && at + 1 < args.size())
        hours = args[at + 1].toInt();
    QTextStream out(stdout);
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--queries-only"));
    QTemporaryDir temporary;
    QDir dir(temporary.path());
    if (keepAt >= 0 && keepAt + 1 < args.size())
        dir = QDir(args[keepAt + 1]);
    if (onlyAt >= 0 && onlyAt + 1 < args.size())
        dir = QDir(args[onlyAt + 1]);
    dir.mkpath(QStringLiteral("."));
    const QStringList vocab = vocabulary();
    const Zipf zipf(int(vocab.size()));
    QRandomGenerator rng(2026);

    // The library's files: an audio file (distinct bytes) and its transcript, for each episode.
    auto opened = LibraryDatabase::open(dir.filePath(QStringLiteral("library.sqlite")));
    if (!opened.ok()) {
        out << "cannot open the library: " << opened.error << '\n';
        return 1;
    }
    LibraryDatabase &db = **opened.value;
    QStringList texts; // a sample of the sentences, to draw queries from
    qint64 transcriptBytes = 0;
    const auto makeEpisode = [&](int n) {
        const QString audio = dir.filePath(QStringLiteral("Episode %1.mp3").arg(n));
        QFile a(audio);
        a.open(QIODevice::WriteOnly);
        a.write(QByteArray::number(n).repeated(100));
        a.close();
        const Transcript t = episode(vocab, zipf, rng, n % 2 == 0);
        for (int i = 0; i < 20; ++i)
            texts.append(t.segments[rng.bounded(int(t.segments.size()))].text);
        const QByteArray vtt = TranscriptWriter::writeVtt(t).text.toUtf8();
        transcriptBytes += vtt.size();
        QFile f(dir.filePath(QStringLiteral("Episode %1.vtt").arg(n)));
        f.open(QIODevice::WriteOnly);
        f.write(vtt);
        return audio;
    };
    const bool queriesOnly = onlyAt >= 0;
    SearchIndex index(db);
    Percentiles one;
    double rebuildS = 0;
    SearchIndex::Size size;
    if (!queriesOnly) {
        QElapsedTimer made;
        made.start();
        for (int n = 1; n <= hours; ++n) {
            EpisodeMemory m;
            m.path = makeEpisode(n);
            db.setMemory(QStringLiteral("bench-%1").arg(n), m); // a local episode the player remembers
        }
        out << "made " << hours << " one-hour transcripts (" << transcriptBytes / 1'000'000
            << " MB of WebVTT) in " << made.elapsed() / 1000.0 << " s\n";
        out.flush();

        // The whole index from the files.
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = bench::cpuSeconds();
        const auto rebuilt
            = SearchIndexer::rebuild(db, [&out](const QString &w) { out << "  " << w << '\n'; });
        rebuildS = timer.elapsed() / 1000.0;
        const double rebuildCpu = bench::cpuSeconds() - cpu0;
        if (!rebuilt.ok()) {
            out << "rebuild failed: " << rebuilt.error << '\n';
            return 1;
        }
        size = index.size();
        out << "rebuilt: " << rebuilt.value->documents << " episodes, " << rebuilt.value->segments
            << " lines, " << size.textBytes / 1'000'000.0 << " MB of text, in " << rebuildS << " s ("
            << rebuildCpu << " s of CPU on " << QThread::idealThreadCount() << " cores)\n";
        out << "index size: " << size.indexBytes / 1'000'000.0
            << " MB = " << double(size.indexBytes) / double(size.textBytes) << " x the text\n";
        out.flush();

        // One new episode (a download, an alignment), each on a new file.
        std::vector<double> single;
        for (int n = hours + 1; n <= hours + 9; ++n) {
            const QString audio = makeEpisode(n);
            QElapsedTimer t;
            t.start();
            const Status s = SearchIndexer::indexFile(db, audio);
            single.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!s.ok())
                out << "  " << s.error << '\n';
        }
        one = percentiles(single);
        out << "one new episode indexed: median " << one.p50 << " ms, slowest " << one.max << " ms\n";
    } else {
        // The sentences to draw queries from, from the library left before.
        const QList<SearchIndex::Document> docs = index.documents();
        for (int i = 0; i < 2000 && !docs.isEmpty(); ++i) {
            const auto segments = index.segments(docs[rng.bounded(int(docs.size()))].id);
            if (segments.ok() && !segments.value->isEmpty())
                texts.append((*segments.value)[rng.bounded(int(segments.value->size()))].text);
        }
    }

    // Queries, as a listener half-remembers: words and pairs of words from the text, phrases of two and
    // three words.
    std::vector<QString> wordQueries;
    std::vector<QString> phraseQueries;
    for (int i = 0; i < 200; ++i) {
        const QStringList words = texts[rng.bounded(int(texts.size()))].chopped(1).split(u' ');
        const int at = int(rng.bounded(int(words.size()) - 2));
        if (i % 2)
            wordQueries.push_back(words[at]);
        else
            wordQueries.push_back(words[at] + u' ' + words[int(rng.bounded(int(words.size())))]);
        phraseQueries.push_back(u'"' + words.mid(at, 2 + (i % 2)).join(u' ') + u'"');
    }
    int found = 0;
    const auto measure = [&](const std::vector<QString> &queries) {
        std::vector<double> times;
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            const auto hits = index.search(SearchQuery::parse(q), 50);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            found += hits.ok() && !hits.value->isEmpty();
        }
        return percentiles(times);
    };
    const Percentiles words = measure(wordQueries);
    const Percentiles phrases = measure(phraseQueries);
    out << "queries (best 50 hits, with their sentences): words p50 " << words.p50 << " ms, p95 " << words.p95
        << " ms, slowest " << words.max << " ms; phrases p50 " << phrases.p50 << " ms, p95 " << phrases.p95
        << " ms, slowest " << phrases.max << " ms; " << found << " of 400 found something\n";
    // The window: a keystroke, the search in its thread, the hits listed and painted.
    Settings settings(dir.filePath(QStringLiteral("hark.ini")));
    PodcastLibrary podcasts(db, dir.filePath(QStringLiteral("Episodes")));
    PlayerSession session(std::make_unique<test::FakeBackend>(), settings);
    SearchService service(db.path());
    SearchEverything dialog(podcasts, session, settings, service);
    dialog.resize(720, 520);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    // The first paint of the list once the answer to the keystroke is in it, timed as it happens.
    struct PaintWatch : QObject
    {
        const SearchEverything *dialog = nullptr;
        QString awaited;
        QElapsedTimer clock;
        qint64 paintedAt = -1; ///< ns on clock
        QEventLoop *loop = nullptr; ///< left when painted (an event loop wakes at once; qWaitFor sleeps)
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && paintedAt < 0 && dialog->answered() == awaited) {
                paintedAt = clock.nsecsElapsed();
                if (loop)
                    loop->quit();
            }
            return false;
        }
    } watch;
    watch.dialog = &dialog;
    watch.clock.start();
    dialog.hitList()->viewport()->installEventFilter(&watch);
    std::vector<double> painted;
    for (int i = 0; i < (quick ? 10 : 100); ++i) {
        dialog.field()->clear();
        QTest::qWait(1);
        const QString word = wordQueries[size_t(i)];
        for (const QChar c : word) {
            watch.awaited = dialog.field()->text() + c;
            watch.paintedAt = -1;
            const qint64 typedAt = watch.clock.nsecsElapsed();
            QEventLoop loop;
            watch.loop = &loop;
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            QTest::keyClick(dialog.field(), c.toLatin1());
            if (watch.paintedAt < 0)
                loop.exec();
            watch.loop = nullptr;
            if (watch.paintedAt < 0)
                break;
            if (dialog.model()->rowCount() > 0)
                painted.push_back(double(watch.paintedAt - typedAt) / 1e6);
        }
    }
    const Percentiles paint = painted.empty() ? Percentiles {} : percentiles(painted);
    out << "Search Everything: first hits painted after a keystroke: p50 " << paint.p50 << " ms, p95 "
        << paint.p95 << " ms, slowest " << paint.max << " ms (" << painted.size()
        << " keystrokes with hits)\n";
    out << "peak memory: " << bench::peakRssKiB() / 1024 << " MiB\n";
    if (quick || queriesOnly)
        return found == 400 ? 0 : 1;
    const bool met = rebuildS <= 60 && size.indexBytes <= 1.5 * double(size.textBytes) && one.max <= 50
        && words.p95 <= 30 && phrases.p95 <= 60 && found == 400 && paint.p95 <= 50;
    out << (met ? "targets met\n" : "TARGETS MISSED\n");
    return met ? 0 : 1;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the player window on a three-hour transcript with word times (30,000 words in 3,000 cues), on the
// offscreen platform: opening it (read, index, lay out, first paint), one position tick (find the word,
// repaint what changed), and the process's resident memory with it loaded.
//
//   bench_window            full run
//   bench_window --quick    a short run, to check that it still works (CI)
//   bench_window --arabic   the same in Arabic (right to left, with a year in each few lines)
#include "core/transcriptwriter.h"
#include "fakebackend.h"
#include "generate.h"
#include "ui/mainwindow.h"
#include "ui/transcriptview.h"
#include "windowfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <QWindow>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace hark;

namespace {

double residentMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.value(1).toDouble() * 4096.0 / 1048576.0;
}

struct PaintCounter : QObject
{
    int count = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        count += e->type() == QEvent::Paint;
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool arabic = app.arguments().contains(QStringLiteral("--arabic"));
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("three-hours.vtt"));
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(
            TranscriptWriter::write(bench::generateTranscript(quick ? 300 : 3000, 10, arabic), Format::WebVtt)
                .text.toUtf8());
    }
    const double rssBefore = residentMb();

    bool ok = true;
    auto row = [&](const char *what, double value, double target, const char *unit) {
        const bool within = value <= target;
        ok = ok && within;
        out << QString::fromLatin1(what).leftJustified(40)
            << QString::number(value, 'f', 3).rightJustified(10) << ' '
            << QString::fromLatin1(unit).leftJustified(3) << "  target <= " << target << ' ' << unit
            << (within ? "" : "   OVER") << '\n';
    };

    test::Window fixture;
    auto *backend = fixture.backend;
    backend->m_duration = 3 * 3600 * 1000;
    MainWindow &window = fixture.window;
    window.resize(1000, 800);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    window.session().open(path, true);
    (void)window.grab(); // lays out and paints everything that is visible
    row("open and paint (3 h, 30,000 words)", timer.nsecsElapsed() / 1e6, 400, "ms");

    // Ticks as while playing: every 30 ms of audio, find the word and paint what changed. Most ticks change
    // nothing; the ones where the word moves are reported on their own too.
    TranscriptView *view = window.transcriptView();
    PaintCounter paints;
    view->viewport()->installEventFilter(&paints);
    const int ticks = quick ? 200 : 10000;
    std::vector<double> all, changed, lineChanged;
    all.reserve(std::size_t(ticks));
    qint64 position = 600'000;
    backend->play();
    for (int i = 0; i < ticks; ++i) {
        position += 30;
        const int before = paints.count;
        const int word = view->currentWord();
        const int line = view->currentSegment();
        timer.restart();
        backend->setPosition(position);
        QCoreApplication::sendPostedEvents(); // the update request: paints the dirty region (offscreen
                                              // backing store)
        QCoreApplication::processEvents();
        const double ms = timer.nsecsElapsed() / 1e6;
        all.push_back(ms);
        if (view->currentSegment() != line)
            lineChanged.push_back(ms);
        else if (view->currentWord() != word)
            changed.push_back(ms);
        if (view->currentWord() != word || view->currentSegment() != line) {
            if (paints.count == before) {
                out << "the word moved but nothing was painted\n";
                return 1;
            }
        }
    }
    if (changed.empty() || lineChanged.empty()) {
        out << "the ticks moved neither the word nor the line\n";
        return 1;
    }
    std::sort(all.begin(), all.end());
    std::sort(changed.begin(), changed.end());
    std::sort(lineChanged.begin(), lineChanged.end());
    row("one position tick, mean (incl. paint)",
        std::accumulate(all.begin(), all.end(), 0.0) / double(all.size()), 0.3, "ms");
    const auto percentile = [](const std::vector<double> &v, double f) {
        return v.empty() ? 0.0 : v[std::min(v.size() - 1, std::size_t(f * double(v.size())))];
    };
    row("any tick, 99th pct", percentile(all, 0.99), 0.3, "ms");
    row("any tick, 99.9th pct", percentile(all, 0.999), 0.3, "ms");
    row("a tick where the word moves, median", percentile(changed, 0.5), 0.3, "ms");
    row("a tick where the word moves, 95th pct", percentile(changed, 0.95), 0.3, "ms");
    // The ticks that change the line also scroll (follow mode): the view blits and paints the strip that
    // comes into view and the two lines.
    row("a tick where the line changes, median", percentile(lineChanged, 0.5), 0.3, "ms");
    row("a tick where the line changes, 95th pct", percentile(lineChanged, 0.95), 0.3, "ms");
    out << "(" << changed.size() << " word and " << lineChanged.size() << " line changes in " << all.size()
        << " ticks; " << paints.count << " paints)\n";

    // What the scroll alone costs: the view moved by one line (a blit and the strip that comes into view).
    std::vector<double> scrolls;
    for (int i = 0; i < (quick ? 20 : 200); ++i) {
        timer.restart();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + (i % 2 ? -1 : 1) * 30);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        scrolls.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(scrolls.begin(), scrolls.end());
    out << QStringLiteral("a scroll by one line alone, median").leftJustified(40)
        << QString::number(percentile(scrolls, 0.5), 'f', 3).rightJustified(10) << " ms\n";
    // Find as the user types, in the window: each keystroke until its matches are marked in the text and on
    // the seek bar and painted. The first letter matches thousands of places.
    QTest::keySequence(&window, QKeySequence::Find);
    auto *field = window.findChild<QLineEdit *>();
    std::vector<double> keystrokes;
    const QString typed
        = arabic ? QStringLiteral("نصوص البودكاست مهمة") : QStringLiteral("podcast transcripts matter");
    for (int run = 0; run < (quick ? 1 : 5); ++run) {
        field->clear();
        QCoreApplication::processEvents();
        for (QChar c : typed) {
            timer.restart();
            // The letter as typed (QTest's keyClick takes Latin-1 only).
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(field, &press);
            QApplication::sendEvent(field, &release);
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            keystrokes.push_back(timer.nsecsElapsed() / 1e6);
        }
    }
    if (view->matches().isEmpty()) {
        out << "find found nothing\n";
        return 1;
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    row("find: a keystroke, median (incl. paint)", percentile(keystrokes, 0.5), 5, "ms");
    row("find: the slowest keystroke", keystrokes.back(), 5, "ms");
    row("resident memory with it loaded", residentMb(), 150, "MB");
    out << "(resident before opening: " << QString::number(rssBefore, 'f', 1) << " MB)\n";
    out << (ok ? "all within targets\n" : "SOME FIGURES ARE OVER TARGET\n");
    return ok || quick ? 0 : 1;
}

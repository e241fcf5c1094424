// SPDX-License-Identifier: GPL-3.0-or-later
// PlayerSession without a window (a QCoreApplication: no widgets, no display): resuming, the loops, pausing
// after each line, the sync offset and the speed, over the bundled sample episode and a fake backend whose
// time the test moves.
#include "core/settings.h"
#include "core/transcriptmodel.h"
#include "episode/bookmarkmodel.h"
#include "episode/playersession.h"
#include "fakebackend.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;
using hark::test::FakeBackend;

namespace {

// The sample's lines (resources/sample/welcome.vtt): the first 0.500–5.228 s, the second 5.749–10.054 s,
// the third 10.526–15.297 s; "the" in the first line starts at 1.774 s.
constexpr qint64 kFirstLineStart = 500, kFirstLineEnd = 5228, kSecondLineStart = 5749,
                 kSecondLineEnd = 10'054;
constexpr qint64 kThirdLineEnd = 15'297;

/// A session over a fake backend, with settings in a temporary INI file that a later Session may share.
struct Session
{
    explicit Session(Settings &settings)
        : backend(new FakeBackend)
        , session(std::unique_ptr<PlaybackBackend>(backend), settings)
    { }
    /// Plays on in steps of 30 ms (the session's tick) for @p ms of the player's time, or until it pauses.
    void playFor(qint64 ms)
    {
        for (qint64 t = 0; t < ms && backend->state() == PlaybackBackend::State::Playing; t += 30)
            backend->advance(30);
    }
    FakeBackend *backend; ///< the session's
    PlayerSession session;
};

/// A ListeningMemory in a map, as the podcast library's would be: what the session keeps where it is told.
struct MapMemory : ListeningMemory
{
    std::optional<EpisodeMemory> episode(const QString &key) const override
    {
        return episodes.contains(key) ? std::optional(episodes.value(key)) : std::nullopt;
    }
    void setEpisode(const QString &key, const EpisodeMemory &memory) override
    {
        episodes.insert(key, memory);
    }
    QList<Bookmark> bookmarks(const QString &key) const override { return marks.value(key); }
    void setBookmarks(const QString &key, const QList<Bookmark> &list) override { marks.insert(key, list); }
    QHash<QString, EpisodeMemory> episodes;
    QHash<QString, QList<Bookmark>> marks;
};

} // namespace

class TestPlayerSession : public QObject
{
    Q_OBJECT

    QString m_sample;
    QTemporaryDir m_dir;

    std::unique_ptr<Settings> freshSettings()
    {
        static int count = 0;
        return std::make_unique<Settings>(m_dir.filePath(QStringLiteral("hark-%1.ini").arg(++count)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = QFINDTESTDATA("../resources/sample/welcome.mp3");
        QVERIFY(!m_sample.isEmpty());
        QVERIFY(m_dir.isValid());
    }

    // Left at some place at some speed and sync offset, the episode opens again a few seconds before it, at
    // that speed and offset; heard to the end, from the start; a time asked for wins.
    void resumes_data()
    {
        QTest::addColumn<qint64>("leftAt");
        QTest::addColumn<std::optional<qint64>>("askedFor");
        QTest::addColumn<qint64>("resumedAt");
        QTest::addRow("mid-way: 5 s before") << qint64(30'000) << std::optional<qint64>() << qint64(25'000);
        QTest::addRow("near the start: from the start")
            << qint64(3000) << std::optional<qint64>() << qint64(0);
        QTest::addRow("within 10 s of the end: heard, from the start")
            << qint64(74'370 - 9000) << std::optional<qint64>() << qint64(0);
        QTest::addRow("a time asked for wins")
            << qint64(30'000) << std::optional<qint64>(12'000) << qint64(12'000);
    }
    void resumes()
    {
        QFETCH(qint64, leftAt);
        QFETCH(std::optional<qint64>, askedFor);
        QFETCH(qint64, resumedAt);
        const auto settings = freshSettings();
        {
            Session first(*settings);
            QVERIFY(first.session.open(m_sample, /*paused=*/true));
            first.session.seekTo(leftAt);
            first.session.setRate(1.5);
            first.session.setSyncOffset(150);
        } // closed: remembered
        Session again(*settings);
        QVERIFY(again.session.open(m_sample, /*paused=*/true, askedFor));
        QCOMPARE(again.backend->position(), resumedAt);
        QCOMPARE(again.session.position(), resumedAt);
        QCOMPARE(again.session.rate(), 1.5);
        QCOMPARE(again.backend->rate(), 1.5);
        QCOMPARE(again.session.syncOffset(), qint64(150));
    }

    // Opened and closed again without moving, the episode keeps the place it was left at, not 5 s earlier.
    void resumingTwiceWithoutMovingKeepsThePlace()
    {
        const auto settings = freshSettings();
        {
            Session first(*settings);
            QVERIFY(first.session.open(m_sample, true));
            first.session.seekTo(40'000);
        }
        for (int time = 0; time < 2; ++time) {
            Session again(*settings);
            QVERIFY(again.session.open(m_sample, true));
            QCOMPARE(again.backend->position(), qint64(35'000));
        }
    }

    // Told to keep its memory elsewhere (the podcast library), the session keeps the place, speed, offset,
    // length and bookmarks there, not in the settings, and resumes from there; told to stop, it keeps what
    // the episode had so far there first.
    void remembersWhereItIsTold()
    {
        const auto settings = freshSettings();
        MapMemory memory;
        {
            Session first(*settings);
            first.session.setListeningMemory(&memory);
            QVERIFY(first.session.open(m_sample, true));
            first.session.seekTo(30'000);
            first.session.setRate(1.25);
            QCOMPARE(first.session.addBookmark(), 0);
        }
        QCOMPARE(memory.episodes.size(), 1);
        const QString key = memory.episodes.keys().first();
        const EpisodeMemory kept = memory.episodes[key];
        QCOMPARE(kept.position, 30'000);
        QCOMPARE(kept.rate, 1.25);
        QCOMPARE(kept.syncOffset, 0);
        QCOMPARE(kept.path, QFileInfo(m_sample).absoluteFilePath());
        QCOMPARE(kept.duration, 74'370);
        QCOMPARE(memory.marks[key], (QList<Bookmark> { { 30'000, {} } }));
        QVERIFY(settings->rememberedEpisodes().isEmpty());

        Session again(*settings);
        again.session.setListeningMemory(&memory);
        QVERIFY(again.session.open(m_sample, true));
        QCOMPARE(again.backend->position(), qint64(25'000));
        QCOMPARE(again.session.rate(), 1.25);
        QCOMPARE(again.session.bookmarks()->bookmarks().size(), 1);
        again.session.seekTo(50'000);
        again.session.setListeningMemory(nullptr); // back to the settings: this memory gets the place first
        QCOMPARE(memory.episodes[key].position, 50'000);

        // Opened and left before the audio loaded (its length unknown yet): the length known stays.
        {
            Session brief(*settings);
            brief.session.setListeningMemory(&memory);
            brief.backend->loadsLater = true;
            QVERIFY(brief.session.open(m_sample, true));
            QCOMPARE(brief.backend->duration(), 0);
        }
        QCOMPARE(memory.episodes[key].duration, 74'370);
        QCOMPARE(memory.episodes[key].position, 50'000);
    }

    // While a loop is set, playing never goes past its end: it goes back to its start each time.
    void loops_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addRow("A at 2 s, B at 4 s") << "marks" << qint64(2000) << qint64(4000);
        QTest::addRow("B before A: the same loop") << "reversed" << qint64(2000) << qint64(4000);
        QTest::addRow("the words \"Welcome to Hark,\": to where \"the\" starts")
            << "words" << kFirstLineStart << qint64(1774);
        QTest::addRow("the first two lines") << "lines" << kFirstLineStart << kSecondLineEnd;
    }
    void loops()
    {
        QFETCH(QString, how);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const auto settings = freshSettings();
        Session s(*settings);
        QVERIFY(s.session.open(m_sample, true));
        QSignalSpy modes(&s.session, &PlayerSession::modesChanged);
        if (how == u"marks") {
            s.session.seekTo(2000);
            s.session.markLoopStart();
            s.session.seekTo(4000);
            s.session.markLoopEnd();
        } else if (how == u"reversed") {
            s.session.setLoop(4000, 2000);
        } else if (how == u"words") {
            s.session.loopWords(0, 0, 0, 2);
        } else {
            s.session.loopWords(0, -1, 1, -1);
        }
        QCOMPARE(modes.count(), 1);
        QVERIFY(s.session.loop());
        QCOMPARE(s.session.loop()->from, from);
        QCOMPARE(s.session.loop()->to, to);
        QCOMPARE(s.backend->position(), from); // the loop starts at its start
        s.session.play();
        int rounds = 0;
        qint64 last = s.backend->position(), furthest = 0;
        for (int step = 0; step < int(3 * (to - from) / 30) + 10; ++step) {
            s.backend->advance(30);
            furthest = std::max(furthest, s.backend->position());
            rounds += s.backend->position() < last;
            last = s.backend->position();
        }
        QVERIFY2(rounds >= 2, qPrintable(QString::number(rounds)));
        QVERIFY2(furthest < to + 30, qPrintable(QString::number(furthest))); // never a tick past its end
        s.session.clearLoop();
        QCOMPARE(modes.count(), 2);
        QVERIFY(!s.session.loop());
        s.playFor(2 * (to - from) + 500);
        QVERIFY(s.backend->position() > to); // plays on past it
    }

    // Pausing after each line stops where the line playing ends (within a tick), from wherever it started;
    // playing again goes on to the end of the next line.
    void pausesAfterEachLine_data()
    {
        QTest::addColumn<qint64>("startAt");
        QTest::addColumn<qint64>("pausesAt");
        QTest::addColumn<qint64>("thenAt");
        QTest::addRow("from the start") << qint64(0) << kFirstLineEnd << kSecondLineEnd;
        QTest::addRow("from inside the second line") << qint64(7000) << kSecondLineEnd << kThirdLineEnd;
        QTest::addRow("from the gap before the second line")
            << qint64(5400) << kSecondLineEnd << kThirdLineEnd;
    }
    void pausesAfterEachLine()
    {
        QFETCH(qint64, startAt);
        QFETCH(qint64, pausesAt);
        QFETCH(qint64, thenAt);
        const auto settings = freshSettings();
        Session s(*settings);
        QVERIFY(s.session.open(m_sample, true, startAt));
        s.session.setPauseAfterLines(true);
        QVERIFY(s.session.pausesAfterLines());
        s.session.play();
        s.playFor(30'000);
        QCOMPARE(s.session.state(), PlaybackBackend::State::Paused);
        QVERIFY2(s.backend->position() >= pausesAt && s.backend->position() < pausesAt + 30,
            qPrintable(QString::number(s.backend->position())));
        s.session.play();
        s.playFor(30'000);
        QVERIFY2(s.backend->position() >= thenAt && s.backend->position() < thenAt + 30,
            qPrintable(QString::number(s.backend->position())));
        s.session.setPauseAfterLines(false);
        s.session.play();
        s.playFor(10'000);
        QCOMPARE(s.session.state(), PlaybackBackend::State::Playing);
    }

    // A report that comes late (a busy machine) and lands in the next line still pauses: after the line that
    // ended, not at the end of the one it landed in.
    void aLateTickStillPausesAfterTheLine()
    {
        const auto settings = freshSettings();
        Session s(*settings);
        QVERIFY(s.session.open(m_sample, true, 4000));
        s.session.setPauseAfterLines(true);
        s.session.play();
        s.backend->advance(2000); // 4.0 s to 6.0 s: past the first line's end (5.228) into the second (5.749)
        QCOMPARE(s.session.state(), PlaybackBackend::State::Paused);
        QCOMPARE(s.backend->position(), qint64(6000));
        s.session.play();
        s.playFor(30'000);
        QVERIFY2(s.backend->position() >= kSecondLineEnd && s.backend->position() < kSecondLineEnd + 30,
            qPrintable(QString::number(s.backend->position())));
    }

    // Paused at a line's end, R replays the line and pauses at its end again (not at the next line's).
    void replayingALinePausesAtItsEndAgain()
    {
        const auto settings = freshSettings();
        Session s(*settings);
        QVERIFY(s.session.open(m_sample, true, kSecondLineStart));
        s.session.setPauseAfterLines(true);
        s.session.play();
        s.playFor(30'000);
        QVERIFY2(s.backend->position() >= kSecondLineEnd && s.backend->position() < kSecondLineEnd + 30,
            qPrintable(QString::number(s.backend->position())));
        s.session.replayLine();
        QCOMPARE(s.session.state(), PlaybackBackend::State::Playing);
        QCOMPARE(s.backend->position(), kSecondLineStart);
        s.playFor(30'000);
        QVERIFY2(s.backend->position() >= kSecondLineEnd && s.backend->position() < kSecondLineEnd + 30,
            qPrintable(QString::number(s.backend->position())));
    }

    // The sync offset shows the transcript later (positive) or earlier than its timings say: the line
    // playing, and where a click on a line goes, move with it.
    void syncOffset_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<int>("segment");
        QTest::addColumn<qint64>("secondLineFrom");
        QTest::addRow("none: the second line at 5.8 s") << qint64(0) << qint64(5800) << 1 << kSecondLineStart;
        QTest::addRow("+500 ms: still the first line at 5.8 s")
            << qint64(500) << qint64(5800) << 0 << kSecondLineStart + 500;
        QTest::addRow("-500 ms: already the second line at 5.3 s")
            << qint64(-500) << qint64(5300) << 1 << kSecondLineStart - 500;
    }
    void syncOffset()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, at);
        QFETCH(int, segment);
        QFETCH(qint64, secondLineFrom);
        const auto settings = freshSettings();
        Session s(*settings);
        QVERIFY(s.session.open(m_sample, true));
        QSignalSpy changed(&s.session, &PlayerSession::syncOffsetChanged);
        s.session.setSyncOffset(offset);
        QCOMPARE(changed.count(), offset != 0 ? 1 : 0);
        s.session.seekTo(at);
        QCOMPARE(s.session.transcript()->currentSegment(), segment);
        s.session.seekToWord(1, -1, false);
        QCOMPARE(s.backend->position(), secondLineFrom);
        QCOMPARE(s.session.transcript()->currentSegment(), 1);
    }

    // Speeds are those offered: a rate asked for becomes the nearest; steps go through them and stop at the
    // ends; the player plays at it.
    void speed_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<int>("step");
        QTest::addColumn<double>("rate");
        QTest::addRow("1.3 asked: 1.25") << 1.3 << 99 << 1.25;
        QTest::addRow("0.1 asked: the slowest, 0.5") << 0.1 << 99 << 0.5;
        QTest::addRow("faster from normal") << 1.0 << +1 << 1.25;
        QTest::addRow("slower from normal") << 1.0 << -1 << 0.75;
        QTest::addRow("slower from the slowest stays") << 0.5 << -1 << 0.5;
        QTest::addRow("faster from the fastest stays") << 3.0 << +1 << 3.0;
        QTest::addRow("normal speed again") << 2.5 << 0 << 1.0;
    }
    void speed()
    {
        QFETCH(double, from);
        QFETCH(int, step);
        QFETCH(double, rate);
        const auto settings = freshSettings();
        Session s(*settings);
        QVERIFY(s.session.open(m_sample, true));
        s.session.setRate(from);
        if (step != 99)
            s.session.stepSpeed(step);
        QCOMPARE(s.session.rate(), rate);
        QCOMPARE(s.backend->rate(), rate);
        // A second of the player's report moves the episode on by the rate's worth; the clock between
        // reports (a few ms of wall time here) runs at the rate too.
        s.session.play();
        const qint64 before = s.session.position();
        s.backend->advance(1000);
        const qint64 moved = s.session.position() - before;
        QVERIFY2(moved >= qint64(1000 * rate) && moved < qint64(1000 * rate) + 50,
            qPrintable(QString::number(moved)));
    }
};

QTEST_GUILESS_MAIN(TestPlayerSession)
#include "tst_playersession.moc"

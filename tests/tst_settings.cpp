// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString ini() const { return m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction())); }

private Q_SLOTS:
    void defaultsWhenNothingIsStored()
    {
        Settings s(ini());
        QVERIFY(s.lastEpisode().isEmpty());
        QVERIFY(s.recentEpisodes().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
        QVERIFY(!s.episode(QStringLiteral("123-abc")));
        QVERIFY(!s.workOffline());
        QVERIFY(s.downloadsFolder().isEmpty());
    }

    void workOfflineIsKept()
    {
        {
            Settings s(ini());
            s.setWorkOffline(true);
        }
        QVERIFY(Settings(ini()).workOffline());
    }

    void downloadsFolderIsKept()
    {
        {
            Settings s(ini());
            s.setDownloadsFolder(QStringLiteral("/media/podcasts"));
        }
        QCOMPARE(Settings(ini()).downloadsFolder(), QStringLiteral("/media/podcasts"));
    }

    void recentEpisodesMostRecentFirstOnceEachAtMostTen()
    {
        Settings s(ini());
        for (int i = 0; i < 12; ++i)
            s.addRecentEpisode(QStringLiteral("/e/%1.mp3").arg(i));
        s.addRecentEpisode(QStringLiteral("/e/5.mp3"));
        const QStringList recent = s.recentEpisodes();
        QCOMPARE(recent.size(), Settings::kMaxRecent);
        QCOMPARE(recent.first(), QStringLiteral("/e/5.mp3"));
        QCOMPARE(recent.count(QStringLiteral("/e/5.mp3")), 1);
        QCOMPARE(recent.at(1), QStringLiteral("/e/11.mp3"));
        QVERIFY(!recent.contains(QStringLiteral("/e/0.mp3")));
        s.clearRecentEpisodes();
        QVERIFY(s.recentEpisodes().isEmpty());
    }

    // What is stored survives to the next start (a new Settings on the same file).
    void episodeMemoryIsKeptAcrossStarts()
    {
        const EpisodeMemory memory { 1'234'567, 1.25, -150, QStringLiteral("/podcasts/ep 1.mp3") };
        {
            Settings s(ini());
            s.setEpisode(QStringLiteral("4096-deadbeef"), memory);
            s.setLastEpisode(memory.path);
            s.setWindowGeometry(QByteArray("geometry"));
        }
        Settings s(ini());
        QCOMPARE(s.episode(QStringLiteral("4096-deadbeef")), memory);
        QVERIFY(!s.episode(QStringLiteral("4096-other")));
        QVERIFY(!s.episode(QString()));
        QCOMPARE(s.lastEpisode(), memory.path);
        QCOMPARE(s.windowGeometry(), QByteArray("geometry"));
    }

    // Memory does not grow without end: past kMaxEpisodes, the episodes stored longest ago are forgotten.
    void theEpisodesStoredLongestAgoAreForgotten()
    {
        const auto name = [](int i) { return QStringLiteral("%1-episode").arg(i); };
        constexpr int max = Settings::kMaxEpisodes;
        {
            Settings s(ini());
            for (int i = 0; i < max; ++i)
                s.setEpisode(name(i), { i * 1000, 1.0, 0, QStringLiteral("/p/%1.mp3").arg(i) });
            s.setEpisode(name(0), { 5, 1.0, 0, QStringLiteral("/p/0.mp3") }); // heard again: now the newest
            s.setBookmarks(
                name(2), { { 700, QStringLiteral("keep me") } }); // the listener's own: never forgotten
            QVERIFY(s.episode(name(1))); // all kept so far
        }
        Settings s(ini()); // the order of use survives a restart
        s.setEpisode(name(max), {});
        s.setEpisode(name(max + 1), {});
        QVERIFY(!s.episode(name(1)));
        QVERIFY(s.episode(name(2))); // kept for its bookmark; the next oldest went instead
        QCOMPARE(s.bookmarks(name(2)), (QList<Bookmark> { { 700, QStringLiteral("keep me") } }));
        QVERIFY(!s.episode(name(3)));
        QCOMPARE(s.episode(name(0)).value().position, qint64(5));
        QCOMPARE(s.episode(name(4)).value().position, qint64(4000));
        QVERIFY(s.episode(name(max + 1)));
        QSettings raw(ini(), QSettings::IniFormat);
        raw.beginGroup(QStringLiteral("episodes"));
        QCOMPARE(raw.childGroups().size(), max);
    }

    void bookmarksAreKeptInTimeOrder()
    {
        {
            Settings s(ini());
            s.setBookmarks(QStringLiteral("ep"),
                { { 9000, QStringLiteral("later") }, { 1000, QStringLiteral("Ünïcode, with = and ;") },
                    { 5000, {} } });
        }
        Settings s(ini());
        QCOMPARE(s.bookmarks(QStringLiteral("ep")),
            (QList<Bookmark> { { 1000, QStringLiteral("Ünïcode, with = and ;") }, { 5000, {} },
                { 9000, QStringLiteral("later") } }));
        s.setBookmarks(QStringLiteral("ep"), { { 5000, QStringLiteral("one left") } });
        QCOMPARE(
            s.bookmarks(QStringLiteral("ep")), (QList<Bookmark> { { 5000, QStringLiteral("one left") } }));
        s.setBookmarks(QStringLiteral("ep"), {});
        QVERIFY(s.bookmarks(QStringLiteral("ep")).isEmpty());
        QVERIFY(s.bookmarks(QStringLiteral("other")).isEmpty());
    }

    void aNegativePositionReadsAsTheStart()
    {
        {
            QFile f(ini());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[episodes]\n1-a\\position=-500\n");
        }
        Settings s(ini());
        QCOMPARE(s.episode(QStringLiteral("1-a")).value().position, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

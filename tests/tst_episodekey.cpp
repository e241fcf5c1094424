// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/episodekey.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hark;

class TestEpisodeKey : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray noise(qsizetype size, quint32 seed)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator random(seed);
        for (char &c : bytes)
            c = char(random.bounded(256));
        return bytes;
    }

private Q_SLOTS:
    // The same bytes under another name or in another folder are the same episode; a change at the start or
    // the end of the file, or in its size, makes another.
    void recognisesTheFileAfterAMoveOrRename_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addRow("smaller than one chunk (10 KiB)") << qsizetype(10 * 1024);
        QTest::addRow("between one and two chunks (100 KiB)") << qsizetype(100 * 1024);
        QTest::addRow("larger (1 MiB)") << qsizetype(1024 * 1024);
    }

    void recognisesTheFileAfterAMoveOrRename()
    {
        QFETCH(qsizetype, size);
        const QByteArray bytes = noise(size, 7);
        const QString key = episodeKey(write(QStringLiteral("original.mp3"), bytes));
        QVERIFY(!key.isEmpty());
        QVERIFY(key.startsWith(QString::number(size) + u'-'));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("moved")));
        QCOMPARE(episodeKey(write(QStringLiteral("moved/renamed.mp3"), bytes)), key);

        QByteArray lastChanged = bytes;
        lastChanged[size - 1] = char(lastChanged[size - 1] ^ 1);
        QVERIFY(episodeKey(write(QStringLiteral("last.mp3"), lastChanged)) != key);
        QByteArray firstChanged = bytes;
        firstChanged[0] = char(firstChanged[0] ^ 1);
        QVERIFY(episodeKey(write(QStringLiteral("first.mp3"), firstChanged)) != key);
        QVERIFY(episodeKey(write(QStringLiteral("longer.mp3"), bytes + '\0')) != key);
    }

    void unreadableFileHasNoKey()
    {
        QVERIFY(episodeKey(m_dir.filePath(QStringLiteral("missing.mp3"))).isEmpty());
        QVERIFY(episodeKey(m_dir.path()).isEmpty()); // a folder
    }
};

QTEST_GUILESS_MAIN(TestEpisodeKey)
#include "tst_episodekey.moc"

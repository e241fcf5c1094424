// SPDX-License-Identifier: GPL-3.0-or-later
// The list models behind the Chapters and Bookmarks panels, each under QAbstractItemModelTester (which fails
// the test on any broken model contract) while they are filled, changed and emptied.
#include "episode/bookmarkmodel.h"
#include "ui/chaptermodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace hark;

class TestPanelModels : public QObject
{
    Q_OBJECT

    static QList<Chapter> chapters(const QStringList &titles)
    {
        QList<Chapter> out;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            Chapter c;
            c.start = qint64(i) * 90'000;
            c.title = titles[i];
            out.append(c);
        }
        return out;
    }

private Q_SLOTS:
    // Each row reads "start  title"; an untitled chapter says so; the source is the tooltip.
    void chapterRows_data()
    {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("shown");
        QTest::addRow("none") << QStringList {} << QStringList {};
        QTest::addRow("three") << QStringList { "Intro", "The news", "Goodbye" }
                               << QStringList { "0:00  Intro", "1:30  The news", "3:00  Goodbye" };
        QTest::addRow("an untitled one")
            << QStringList { "Intro", "" } << QStringList { "0:00  Intro", "1:30  Untitled" };
    }
    void chapterRows()
    {
        QFETCH(QStringList, titles);
        QFETCH(QStringList, shown);
        ChapterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChapters(chapters({ "old" }), {}, QString());
        model.setChapters(chapters(titles), {}, QStringLiteral("episode.chapters.json"));
        QCOMPARE(model.rowCount(), shown.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row).data().toString(), shown[row]);
            QCOMPARE(model.index(row).data(ChapterModel::StartRole).toLongLong(), qint64(row) * 90'000);
            QCOMPARE(model.index(row).data(Qt::ToolTipRole).toString(), "From episode.chapters.json");
        }
        QCOMPARE(model.current(), -1);
    }

    // The chapter playing is bold, and only it: a change tells the views of the two rows it touched.
    void currentChapterIsBold_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("changes");
        QTest::addRow("none to the first") << -1 << 0 << 1;
        QTest::addRow("first to third") << 0 << 2 << 2;
        QTest::addRow("third to none (before the first)") << 2 << -1 << 1;
        QTest::addRow("the same again: nothing") << 1 << 1 << 0;
    }
    void currentChapterIsBold()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, changes);
        ChapterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChapters(chapters({ "a", "b", "c" }), {}, QString());
        model.setCurrent(from);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCurrent(to);
        QCOMPARE(changed.count(), changes);
        for (int row = 0; row < 3; ++row) {
            const QVariant font = model.index(row).data(Qt::FontRole);
            QCOMPARE(font.isValid() && font.value<QFont>().bold(), row == to);
        }
    }

    // When some chapters have pictures, the others get a blank one of the same size, so titles line up.
    void chapterPicturesLineUp()
    {
        ChapterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPixmap red(24, 24);
        red.fill(Qt::red);
        model.setChapters(chapters({ "a", "b", "c" }), { QPixmap(), red }, QString());
        for (int row = 0; row < 3; ++row) {
            const QIcon icon = model.index(row).data(Qt::DecorationRole).value<QIcon>();
            QVERIFY2(!icon.isNull(), qPrintable(QString::number(row)));
            QCOMPARE(icon.availableSizes().value(0), QSize(24, 24));
        }
        model.setChapters(chapters({ "a", "b" }), {}, QString());
        QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid()); // none has one: no room kept
    }

    // Bookmarks stay in time order as they come; notes are edited in place; removing one leaves the rest.
    void bookmarks_data()
    {
        QTest::addColumn<QList<qint64>>("added");
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QString>("thirdShown");
        QTest::addRow("in order") << QList<qint64> { 1000, 2000, 3000 } << QList<qint64> { 1000, 2000, 3000 }
                                  << QList<int> { 0, 1, 2 } << "0:03  the quote I need";
        QTest::addRow("out of order")
            << QList<qint64> { 3000, 1000, 2000 } << QList<qint64> { 1000, 2000, 3000 }
            << QList<int> { 0, 0, 1 } << "0:03  the quote I need";
        QTest::addRow("two at one time: the later added after")
            << QList<qint64> { 2000, 2000, 1000 } << QList<qint64> { 1000, 2000, 2000 }
            << QList<int> { 0, 1, 0 } << "0:02  the quote I need";
    }
    void bookmarks()
    {
        QFETCH(QList<qint64>, added);
        QFETCH(QList<qint64>, times);
        QFETCH(QList<int>, rows);
        QFETCH(QString, thirdShown);
        BookmarkModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &BookmarkModel::edited);
        model.setBookmarks({ { 500, QStringLiteral("old") } });
        model.setBookmarks({});
        QCOMPARE(edited.count(), 0); // a reset is not an edit
        for (qsizetype i = 0; i < added.size(); ++i)
            QCOMPARE(model.add(added[i]), rows[i]);
        QCOMPARE(model.times(), times);
        QCOMPARE(edited.count(), added.size());
        QCOMPARE(model.index(0).data().toString(), "0:01"); // no note: the time alone
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(2), QStringLiteral("the quote I need")));
        QCOMPARE(model.index(2).data(BookmarkModel::NoteRole).toString(), "the quote I need");
        QCOMPARE(model.index(2).data().toString(), thirdShown);
        QCOMPARE(edited.count(), added.size() + 1);
        QVERIFY(model.remove(0));
        QVERIFY(!model.remove(5));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.times(), times.mid(1));
        QCOMPARE(model.index(1).data(BookmarkModel::NoteRole).toString(), "the quote I need");
    }
};

QTEST_MAIN(TestPanelModels)
#include "tst_panelmodels.moc"

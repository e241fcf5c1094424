// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript as a list model, with the current segment and word as model state.
#include "core/transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hark;

namespace {

// Three cues: "one two" at 1.0-2.0 s (words at 1.0 and 1.5), a gap, "three four" at 3.0-4.0 s (3.0, 3.4),
// and "five" at 5.0-6.0 s, spoken by Ana, Ben and Ana.
Transcript threeCues()
{
    Transcript t;
    auto add
        = [&](qint64 start, qint64 end, const QString &speaker, QList<std::pair<QString, qint64>> words) {
              Segment s;
              s.start = start;
              s.end = end;
              s.speaker = t.speakerIndex(speaker);
              for (const auto &[text, at] : words) {
                  if (!s.text.isEmpty())
                      s.text += u' ';
                  Word w;
                  w.from = qint32(s.text.size());
                  w.length = qint32(text.size());
                  w.start = at;
                  s.text += text;
                  s.words.append(w);
              }
              t.segments.append(s);
          };
    add(1000, 2000, "Ana", { { "one", 1000 }, { "two", 1500 } });
    add(3000, 4000, "Ben", { { "three", 3000 }, { "four", 3400 } });
    add(5000, 6000, "Ana", { { "five", 5000 } });
    return t;
}

QList<int> rolesOf(const QList<QVariant> &dataChanged)
{
    return dataChanged.at(2).value<QList<int>>();
}

} // namespace

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndRoles()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setTranscript(threeCues());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data().toString(), QStringLiteral("three four"));
        QCOMPARE(second.data(TranscriptModel::StartRole).toLongLong(), 3000);
        QCOMPARE(second.data(TranscriptModel::EndRole).toLongLong(), 4000);
        QCOMPARE(second.data(TranscriptModel::SpeakerRole).toString(), QStringLiteral("Ben"));
        QCOMPARE(second.data(TranscriptModel::IsCurrentRole).toBool(), false);
        QCOMPARE(second.data(TranscriptModel::CurrentWordRole).toInt(), -1);
        QVERIFY(model.roleNames().contains(TranscriptModel::CurrentWordRole));
    }

    void currentFollowsThePosition_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<int>("segment");
        QTest::addColumn<int>("word");
        QTest::addRow("before the first cue") << qint64(500) << -1 << -1;
        QTest::addRow("the first word") << qint64(1000) << 0 << 0;
        QTest::addRow("the second word") << qint64(1600) << 0 << 1;
        QTest::addRow("in the gap, the last line stays") << qint64(2500) << 0 << 1;
        QTest::addRow("the next line") << qint64(3450) << 1 << 1;
        QTest::addRow("past the end") << qint64(9000) << 2 << 0;
    }

    void currentFollowsThePosition()
    {
        QFETCH(qint64, position);
        QFETCH(int, segment);
        QFETCH(int, word);
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTranscript(threeCues());
        model.setPosition(position);
        QCOMPARE(model.currentSegment(), segment);
        QCOMPARE(model.currentWord(), word);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row).data(TranscriptModel::IsCurrentRole).toBool(), row == segment);
            QCOMPARE(
                model.index(row).data(TranscriptModel::CurrentWordRole).toInt(), row == segment ? word : -1);
        }
    }

    void signalsOnlyWhatChanged()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTranscript(threeCues());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy current(&model, &TranscriptModel::currentChanged);

        model.setPosition(1100); // nothing -> line 0, word 0: one row changes
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.at(0), (QVariantList { 0, 0, -1, -1 }));

        changed.clear();
        current.clear();
        model.setPosition(1200); // the same word: silence
        QCOMPARE(changed.size(), 0);
        QCOMPARE(current.size(), 0);

        model.setPosition(1550); // the next word of the same line: that row, the word role only
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(rolesOf(changed.at(0)), QList<int> { TranscriptModel::CurrentWordRole });
        QCOMPARE(current.at(0), (QVariantList { 0, 1, 0, 0 }));

        changed.clear();
        current.clear();
        model.setPosition(5100); // a jump to the last line: the old and the new row, no others
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 2);
        QVERIFY(rolesOf(changed.at(1)).contains(TranscriptModel::IsCurrentRole));
        QCOMPARE(current.at(0), (QVariantList { 2, 0, 0, 1 }));
    }

    void offsetMovesEveryTime()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTranscript(threeCues());
        model.setPosition(3100);
        QCOMPARE(model.currentSegment(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOffset(500); // the cue at 3.0 s is now heard at 3.5 s: at 3.1 s line 0 is still current
        QCOMPARE(model.currentSegment(), 0);
        QCOMPARE(model.index(1).data(TranscriptModel::StartRole).toLongLong(), 3500);
        QCOMPARE(model.index(1).data(TranscriptModel::EndRole).toLongLong(), 4500);
        QVERIFY(!changed.isEmpty());
    }

    void resetKeepsThePosition()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTranscript(threeCues());
        model.setPosition(3500);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Transcript shorter = threeCues();
        shorter.segments.removeLast();
        model.setTranscript(shorter);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.currentSegment(), 1);
        QCOMPARE(model.currentWord(), 1);
        model.setTranscript({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.currentSegment(), -1);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"

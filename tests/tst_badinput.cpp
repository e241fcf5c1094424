// SPDX-License-Identifier: GPL-3.0-or-later
// Every file in tests/data/bad/ (and a few too large to keep in the repository, made here) is read as a
// user's file would be: each is refused with a precise message or read leniently without losing anything, as
// its row in expectations.tsv says. No crash (the sanitizer build runs this too), no hang, bounded memory.
#include "core/transcriptfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>

using namespace hark;

namespace {

struct Expectation
{
    QString file;
    bool refused = false;
    int line = 0;
    QString message;
    int segments = -1;
    int words = -1;
};

QList<Expectation> readManifest(const QString &path)
{
    QList<Expectation> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList c = line.split(u'\t');
        if (c.size() != 6)
            qFatal("bad manifest row: %s", qPrintable(line));
        rows.append({ c[0], c[1] == u"refused", c[2].toInt(), c[3] == u"-" ? QString() : c[3],
            c[4] == u"-" ? -1 : c[4].toInt(), c[5] == u"-" ? -1 : c[5].toInt() });
    }
    return rows;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

Q_DECLARE_METATYPE(Expectation)

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_generated;

    // Rows for every corpus file and the generated ones; @p refusedOnly keeps only the refusals.
    void addRows(bool refusedOnly)
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Expectation>("expected");

        const QString dir = QFileInfo(QFINDTESTDATA("data/bad/expectations.tsv")).absolutePath();
        QList<std::pair<QString, Expectation>> rows;
        QStringList listed;
        for (const Expectation &e : readManifest(dir + "/expectations.tsv")) {
            rows.append({ dir + u'/' + e.file, e });
            listed.append(e.file);
        }
        // A new file in the corpus needs a decision in the manifest.
        QStringList present = QDir(dir).entryList(QDir::Files);
        present.removeAll(QStringLiteral("expectations.tsv"));
        std::sort(present.begin(), present.end());
        std::sort(listed.begin(), listed.end());
        if (present != listed) {
            qFatal("tests/data/bad/ and expectations.tsv disagree: %s vs %s", qPrintable(present.join(u' ')),
                qPrintable(listed.join(u' ')));
        }

        const QString gen = m_generated.path() + u'/';
        rows.append({ gen + "5mb-line.txt", { "5mb-line.txt", false, 0, {}, 1, -1 } });
        rows.append({ gen + "5mb-line.srt", { "5mb-line.srt", true, 0, "cue timing lines", -1, -1 } });
        rows.append({ gen + "100k-cue.vtt", { "100k-cue.vtt", false, 0, {}, 1, 1 } });
        rows.append({ gen + "deep.html", { "deep.html", true, 0, "<p> paragraphs", -1, -1 } });
        rows.append({ gen + "many-tags.lrc", { "many-tags.lrc", false, 0, {}, 200000, 200000 } });
        for (const auto &[path, e] : rows) {
            if (!refusedOnly || e.refused)
                QTest::addRow("%s", qPrintable(e.file)) << path << e;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_generated.isValid());
        // A 5 MB single line of prose without an end, as text and under a subtitle name.
        QByteArray line;
        while (line.size() < 5 * 1024 * 1024)
            line += "and then we kept talking about the same thing over ";
        writeFile(m_generated.filePath("5mb-line.txt"), line);
        writeFile(m_generated.filePath("5mb-line.srt"), line);
        // One cue of 100,000 characters.
        writeFile(m_generated.filePath("100k-cue.vtt"),
            "WEBVTT\n\n00:01.000 --> 00:02.000\n" + QByteArray(100000, 'a') + "\n");
        // 100,000 nested elements around the only paragraph.
        writeFile(m_generated.filePath("deep.html"),
            "<html><body>" + QByteArray("<div>").repeated(100000) + "<p>Deep.</p>"
                + QByteArray("</div>").repeated(100000));
        // 200,000 time tags on one line.
        writeFile(
            m_generated.filePath("many-tags.lrc"), QByteArray("[00:01.00]").repeated(200000) + "Again\n");
    }

    void read_data() { addRows(false); }

    void read()
    {
        QFETCH(QString, path);
        QFETCH(Expectation, expected);

        const long long heapBefore = static_cast<long long>(mallinfo2().uordblks);
        QElapsedTimer timer;
        timer.start();
        const ReadResult r = TranscriptFile::read(path);
        // Guards against hangs and blow-ups, not performance targets (those are in bench_core).
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const long long heldMb = (static_cast<long long>(mallinfo2().uordblks) - heapBefore) / 1048576;
        QVERIFY2(heldMb < 400, qPrintable(QString::number(heldMb)));

        QCOMPARE(!r.ok(), expected.refused);
        if (expected.refused) {
            QCOMPARE(r.error.line, expected.line);
            QVERIFY2(r.error.message.contains(expected.message), qPrintable(r.error.message));
            return;
        }
        const Transcript &t = *r.transcript;
        if (expected.message.isEmpty()) {
            QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).message));
        } else {
            QVERIFY(!r.warnings.isEmpty());
            QCOMPARE(r.warnings.first().line, expected.line);
            QVERIFY2(r.warnings.first().message.contains(expected.message),
                qPrintable(r.warnings.first().message));
        }
        QCOMPARE(t.segments.size(), qsizetype(expected.segments));
        if (expected.file == u"5mb-line.txt") {
            QFile f(path); // every word of the line is there
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(t.wordCount(), f.readAll().simplified().count(' ') + 1);
        } else if (expected.file == u"100k-cue.vtt") {
            QCOMPARE(t.segments.first().text.size(), qsizetype(100000));
        } else {
            QCOMPARE(t.wordCount(), qsizetype(expected.words));
        }
    }

    // The command line reports a refusal as "hark: FILE:LINE: message" with exit status 1.
    void commandLine_data() { addRows(true); }

    void commandLine()
    {
        QFETCH(QString, path);
        QFETCH(Expectation, expected);
        QProcess p;
        p.start(QStringLiteral(HARK_BINARY), { QStringLiteral("info"), path });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        const QString where = expected.line > 0 ? path + u':' + QString::number(expected.line) : path;
        QVERIFY2(err.startsWith("hark: " + where + u':'), qPrintable(err));
        QVERIFY2(err.contains(expected.message), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"

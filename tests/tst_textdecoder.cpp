// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace hark;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("warningLine"); // 0: no warning

        const QString sample = QStringLiteral("WEBVTT\n\nCaf\u00e9 \u201cquoted\u201d \u2014 \u20ac5\n");
        QStringEncoder le(QStringConverter::Utf16LE), be(QStringConverter::Utf16BE);
        QTest::addRow("utf-8") << sample.toUtf8() << sample << "UTF-8" << 0;
        QTest::addRow("utf-8 with bom")
            << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << sample << "UTF-8" << 0;
        QTest::addRow("utf-16le with bom")
            << QByteArray("\xFF\xFE") + QByteArray(le(sample)) << sample << "UTF-16LE" << 0;
        QTest::addRow("utf-16be with bom")
            << QByteArray("\xFE\xFF") + QByteArray(be(sample)) << sample << "UTF-16BE" << 0;
        QTest::addRow("utf-16le without bom") << QByteArray(le(sample)) << sample << "UTF-16LE" << 0;
        // Windows-1252 bytes: 0x93/0x94 are curly quotes, 0x80 the euro sign, 0xE9 é.
        QTest::addRow("windows-1252 fallback") << QByteArray(
            "line one\nCaf\xE9 \x93quoted\x94 \x96 \x80"
            "5\n") << QStringLiteral("line one\nCaf\u00e9 \u201cquoted\u201d \u2013 \u20ac5\n")
                                               << "Windows-1252" << 2;
        QTest::addRow("invalid utf-8 mid-file")
            << QByteArray("ok \xC3\xA9\nstill ok\nbad \xC3\x28 here\n")
            << QStringLiteral("ok \u00c3\u00a9\nstill ok\nbad \u00c3( here\n") << "Windows-1252" << 3;
        QTest::addRow("empty") << QByteArray() << QString() << "UTF-8" << 0;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(int, warningLine);
        const auto r = TextDecoder::decode(bytes);
        QVERIFY(!r.error);
        QCOMPARE(r.text, text);
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.warning.has_value(), warningLine > 0);
        if (r.warning) {
            QCOMPARE(r.warning->line, warningLine);
            QVERIFY(r.warning->message.contains(QStringLiteral("Windows-1252")));
        }
    }

    void binaryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("nul bytes") << QByteArray("WEBVTT\0\0\0\x01\x02", 11);
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::addRow("png header") << png;
        QByteArray noise;
        for (int i = 0; i < 2000; ++i)
            noise.append(char((i * 37 + 11) % 32));
        QTest::addRow("control characters") << noise;
    }

    void binaryIsRefused()
    {
        QFETCH(QByteArray, bytes);
        const auto r = TextDecoder::decode(bytes);
        QVERIFY(r.error);
        QVERIFY(r.error->message.contains(QStringLiteral("binary")));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"

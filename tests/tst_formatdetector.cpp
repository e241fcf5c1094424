// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formatdetector.h"

#include <QTest>

using namespace hark;

class TestFormatDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("format");

        const QString srt = QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\nHi\n");
        QTest::addRow("vtt by content") << "WEBVTT\n\n00:01.000 --> 00:02.000\nx\n"
                                        << "a.txt" << int(Format::WebVtt);
        QTest::addRow("vtt with bom and blank lines") << "\uFEFF\n\nWEBVTT\n"
                                                      << "" << int(Format::WebVtt);
        QTest::addRow("srt by content, any name") << srt << "episode.txt" << int(Format::Srt);
        QTest::addRow("srt without numbers") << "00:00:01.000 --> 00:00:02.000\nHi\n"
                                             << "" << int(Format::Srt);
        QTest::addRow("vtt without header, vtt name") << "00:00:01.000 --> 00:00:02.000\nHi\n"
                                                      << "a.vtt" << int(Format::WebVtt);
        QTest::addRow("json object") << "  {\"segments\": []}"
                                     << "t" << int(Format::PodcastJson);
        QTest::addRow("braces in text") << "{{laughs}} and then"
                                        << "a.txt" << int(Format::Text);
        QTest::addRow("json array") << "[ {\"startTime\": 1} ]"
                                    << "" << int(Format::PodcastJson);
        QTest::addRow("lrc") << "[ti:Title]\n[00:01.00]Hi\n"
                             << "a.txt" << int(Format::Lrc);
        QTest::addRow("lrc time first") << "[00:01.00]Hi\n"
                                        << "" << int(Format::Lrc);
        QTest::addRow("html") << "<!DOCTYPE html><html><body><p>x</p></body></html>"
                              << "" << int(Format::Html);
        QTest::addRow("html fragment") << "<cite>Ann:</cite><p>x</p>"
                                       << "" << int(Format::Html);
        QTest::addRow("plain text") << "Hello there. This is text."
                                    << "a.srt" << int(Format::Srt);
        QTest::addRow("plain text named txt") << "Hello there."
                                              << "a.txt" << int(Format::Text);
        QTest::addRow("stage direction is not lrc") << "[Music] Hello there."
                                                    << "" << int(Format::Text);
        QTest::addRow("less-than in text") << "<3 this show"
                                           << "" << int(Format::Text);
        QTest::addRow("empty named vtt") << ""
                                         << "a.vtt" << int(Format::WebVtt);
        QTest::addRow("empty without name") << ""
                                            << "" << int(Format::Text);
        QTest::addRow("upper-case extension") << "no timing here"
                                              << "A.LRC" << int(Format::Lrc);
    }

    void detect()
    {
        QFETCH(QString, text);
        QFETCH(QString, fileName);
        QFETCH(int, format);
        QCOMPARE(int(FormatDetector::detect(text, fileName)), format);
    }
};

QTEST_GUILESS_MAIN(TestFormatDetector)
#include "tst_formatdetector.moc"

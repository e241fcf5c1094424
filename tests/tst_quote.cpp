// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quote.h"

#include <QTest>

using namespace hark;

class TestQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("show");
        QTest::addColumn<QString>("title");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("html");
        QTest::addRow("everything") << "Click any word."
                                    << "Maya"
                                    << "Hark samples"
                                    << "Welcome to Hark" << qint64(18'665)
                                    << "“Click any word.” — Maya, Hark samples: Welcome to Hark (0:18)"
                                    << "<blockquote>“Click any word.”</blockquote>"
                                       "<p>— Maya, <i>Hark samples</i>: Welcome to Hark (0:18)</p>";
        QTest::addRow("no speaker") << "So."
                                    << ""
                                    << "Show"
                                    << "Ep" << qint64(754'000) << "“So.” — Show: Ep (12:34)"
                                    << "<blockquote>“So.”</blockquote><p>— <i>Show</i>: Ep (12:34)</p>";
        QTest::addRow("no show") << "So."
                                 << "Ann"
                                 << ""
                                 << "Ep" << qint64(-1) << "“So.” — Ann, Ep"
                                 << "<blockquote>“So.”</blockquote><p>— Ann, Ep</p>";
        QTest::addRow("nothing known") << "So."
                                       << ""
                                       << ""
                                       << "" << qint64(-1) << "“So.”"
                                       << "<blockquote>“So.”</blockquote>";
        QTest::addRow("paragraphs and spaces joined")
            << "One.\n\nTwo  three. "
            << ""
            << ""
            << "" << qint64(3'723'000) << "“One. Two three.” — (1:02:03)"
            << "<blockquote>“One. Two three.”</blockquote><p>— (1:02:03)</p>";
        QTest::addRow("already quoted") << "“Stop.”"
                                        << ""
                                        << ""
                                        << "" << qint64(-1) << "“Stop.”"
                                        << "<blockquote>“Stop.”</blockquote>";
        QTest::addRow("markup escaped in HTML") << "a < b & c"
                                                << "R&D"
                                                << "<Show>"
                                                << "Ep" << qint64(0) << "“a < b & c” — R&D, <Show>: Ep (0:00)"
                                                << "<blockquote>“a &lt; b &amp; c”</blockquote>"
                                                   "<p>— R&amp;D, <i>&lt;Show&gt;</i>: Ep (0:00)</p>";
    }

    void quote()
    {
        QFETCH(QString, words);
        QFETCH(QString, speaker);
        QFETCH(QString, show);
        QFETCH(QString, title);
        QFETCH(qint64, at);
        QFETCH(QString, plain);
        QFETCH(QString, html);
        const quote::Source source { speaker, show, title, at };
        QCOMPARE(quote::plain(words, source), plain);
        QCOMPARE(quote::html(words, source), html);
    }

    void moment_data()
    {
        QTest::addColumn<QString>("episode");
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("command");
        QTest::addRow("plain") << "/p/ep.mp3" << qint64(754'400) << "hark --at 12:34.4 '/p/ep.mp3'";
        QTest::addRow("a whole second") << "/p/ep.mp3" << qint64(754'000) << "hark --at 12:34 '/p/ep.mp3'";
        QTest::addRow("under a tenth past it")
            << "/p/ep.mp3" << qint64(754'099) << "hark --at 12:34 '/p/ep.mp3'";
        QTest::addRow("just before the next")
            << "/p/ep.mp3" << qint64(754'999) << "hark --at 12:34.9 '/p/ep.mp3'";
        QTest::addRow("spaces and quotes")
            << "/p/Bob's \"best\" ep.mp3" << qint64(0) << "hark --at 0:00 '/p/Bob'\\''s \"best\" ep.mp3'";
        QTest::addRow("hours") << "/e.mp3" << qint64(3'723'000) << "hark --at 1:02:03 '/e.mp3'";
        QTest::addRow("negative: the start") << "/e.mp3" << qint64(-300) << "hark --at 0:00 '/e.mp3'";
    }

    void moment()
    {
        QFETCH(QString, episode);
        QFETCH(qint64, ms);
        QFETCH(QString, command);
        QCOMPARE(quote::momentCommand(episode, ms), command);
    }
};

QTEST_GUILESS_MAIN(TestQuote)
#include "tst_quote.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Colours: Hark's light and dark palettes, and the transcript's highlights derived from any palette, keep
// text readable (WCAG AA, 4.5:1) — computed, not eyeballed.
#include "core/settings.h"
#include "fakebackend.h"
#include "ui/mainwindow.h"
#include "ui/shortcutsdialog.h"
#include "ui/theme.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hark;

namespace {

QPalette fusion()
{
    const std::unique_ptr<QStyle> style(QStyleFactory::create(QStringLiteral("Fusion")));
    return style->standardPalette();
}

QPalette systemLike(
    const QColor &base, const QColor &text, const QColor &highlight, const QColor &highlightedText)
{
    QPalette p = fusion();
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    return p;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrast_data()
    {
        QTest::addColumn<QColor>("a");
        QTest::addColumn<QColor>("b");
        QTest::addColumn<double>("ratio");
        // Reference values from the WCAG 2 definition (as contrast checkers give them).
        QTest::addRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
        QTest::addRow("white on white") << QColor(Qt::white) << QColor(Qt::white) << 1.0;
        QTest::addRow("#767676 on white: just AA") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
        QTest::addRow("#777777 on white: just not") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
        QTest::addRow("order does not matter") << QColor(Qt::white) << QColor(0, 0, 255) << 8.59;
    }

    void contrast()
    {
        QFETCH(QColor, a);
        QFETCH(QColor, b);
        QFETCH(double, ratio);
        QVERIFY2(std::abs(theme::contrast(a, b) - ratio) < 0.01,
            qPrintable(QString::number(theme::contrast(a, b))));
    }

    void palettesAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addRow("Hark's light") << theme::palette(theme::Scheme::Light);
        QTest::addRow("Hark's dark") << theme::palette(theme::Scheme::Dark);
    }

    void palettesAreReadable()
    {
        QFETCH(QPalette, palette);
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            { QPalette::WindowText, QPalette::Window }, { QPalette::Text, QPalette::Base },
            { QPalette::ButtonText, QPalette::Button }, { QPalette::HighlightedText, QPalette::Highlight },
            { QPalette::PlaceholderText, QPalette::Base }, { QPalette::PlaceholderText, QPalette::Window },
            { QPalette::ToolTipText, QPalette::ToolTipBase }, { QPalette::Link, QPalette::Base }
        };
        for (const auto &[text, background] : pairs) {
            const double ratio = theme::contrast(palette.color(text), palette.color(background));
            QVERIFY2(ratio >= theme::kReadable,
                qPrintable(QStringLiteral("role %1 on %2: %3").arg(text).arg(background).arg(ratio)));
        }
    }

    // Whatever the palette, the transcript's marks leave its text readable; on Hark's own they stay visible.
    // The transport's icons stand out from their buttons (WCAG 1.4.11: 3:1) on any palette, and look
    // greyed when disabled. The style's own are not: its play icon is 1.35:1 on Hark's dark buttons, and
    // its volume icon's pale waves 1.3:1 on light ones.
    void iconsStandOut_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<int>("symbol");
        const std::pair<const char *, QPalette> palettes[] = {
            { "Hark's light", theme::palette(theme::Scheme::Light) },
            { "Hark's dark", theme::palette(theme::Scheme::Dark) },
            { "Fusion's standard", fusion() },
            { "grey buttons, grey text",
                [] {
                    QPalette p = fusion();
                    p.setColor(QPalette::Button, QColor(0x60, 0x60, 0x60));
                    p.setColor(QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
                    return p;
                }() },
        };
        const std::pair<const char *, QStyle::StandardPixmap> symbols[] = {
            { "play", QStyle::SP_MediaPlay },
            { "pause", QStyle::SP_MediaPause },
            { "back", QStyle::SP_MediaSeekBackward },
            { "forward", QStyle::SP_MediaSeekForward },
            { "volume", QStyle::SP_MediaVolume },
            { "muted", QStyle::SP_MediaVolumeMuted },
            { "close", QStyle::SP_DialogCloseButton },
        };
        for (const auto &[paletteName, palette] : palettes) {
            for (const auto &[symbolName, symbol] : symbols)
                QTest::addRow("%s, %s", paletteName, symbolName) << palette << int(symbol);
        }
    }

    void iconsStandOut()
    {
        QFETCH(QPalette, palette);
        QFETCH(int, symbol);
        const std::unique_ptr<QStyle> style(QStyleFactory::create(QStringLiteral("Fusion")));
        const QIcon icon = theme::symbolicIcon(style->standardIcon(QStyle::StandardPixmap(symbol)), palette);
        const QColor face = palette.color(QPalette::Active, QPalette::Button);
        const auto solid = [&](QIcon::Mode mode) {
            const QImage image = icon.pixmap(QSize(32, 32), mode).toImage();
            QList<QColor> pixels;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qAlpha(image.pixel(x, y)) == 255)
                        pixels.append(image.pixelColor(x, y));
                }
            }
            return pixels;
        };
        const QList<QColor> normal = solid(QIcon::Normal);
        QVERIFY2(normal.size() >= 30, qPrintable(QString::number(normal.size())));
        for (const QColor &c : normal)
            QVERIFY2(theme::contrast(c, face) >= theme::kDiscernible,
                qPrintable(
                    QStringLiteral("%1 on %2: %3").arg(c.name(), face.name()).arg(theme::contrast(c, face))));
        const QList<QColor> disabled = solid(QIcon::Disabled);
        QCOMPARE(disabled.size(), normal.size());
        QVERIFY(theme::contrast(disabled.constFirst(), face) < theme::contrast(normal.constFirst(), face));
    }

    void transcriptColoursAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("ours");
        QTest::addRow("Hark's light") << theme::palette(theme::Scheme::Light) << true;
        QTest::addRow("Hark's dark") << theme::palette(theme::Scheme::Dark) << true;
        QTest::addRow("Fusion's standard (plain X11)") << fusion() << false;
        QTest::addRow("a pale highlight under white text")
            << systemLike(Qt::white, Qt::black, QColor(0xff, 0xf0, 0x80), Qt::white) << false;
        QTest::addRow("dark, with a bright highlight") << systemLike(
            QColor(0x20, 0x20, 0x20), QColor(0xdd, 0xdd, 0xdd), QColor(0x80, 0xc0, 0xff), Qt::white)
                                                       << false;
        QTest::addRow("dark, with a dark highlight") << systemLike(
            QColor(0x10, 0x10, 0x10), QColor(0xee, 0xee, 0xee), QColor(0x20, 0x30, 0x50), Qt::white)
                                                     << false;
    }

    void transcriptColoursAreReadable()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, ours);
        const theme::TranscriptColours c = theme::transcriptColours(palette);
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        const QColor line = theme::over(c.line, base);
        const std::pair<const char *, std::pair<QColor, QColor>> pairs[] = {
            { "text on the current line", { text, line } },
            { "the current word", { c.wordText, c.word } },
            { "selected text", { c.selectionText, c.selection } },
            { "a match", { text, theme::over(c.match, base) } },
            { "a match in the current line", { text, theme::over(c.match, line) } },
            { "the current match in the current line", { text, theme::over(c.currentMatch, line) } },
        };
        for (const auto &[what, colours] : pairs) {
            const double ratio = theme::contrast(colours.first, colours.second);
            QVERIFY2(ratio >= theme::kReadable, qPrintable(QStringLiteral("%1: %2").arg(what).arg(ratio)));
        }
        for (const QColor &speaker : c.speakers)
            QVERIFY2(theme::contrast(speaker, base) >= theme::kReadable, qPrintable(speaker.name()));
        QVERIFY2(theme::contrast(c.focus, base) >= theme::kDiscernible, qPrintable(c.focus.name()));
        if (ours) { // and the marks still show
            QVERIFY(theme::contrast(line, base) > 1.1);
            QVERIFY(theme::contrast(theme::over(c.match, base), base) > 1.1);
            QVERIFY(theme::contrast(c.word, base) > 1.5);
        }
    }

    // The choice in the View menu colours the whole application, is kept, and "As the Desktop" gives the
    // platform's palette back.
    void theChoiceColoursTheApplication()
    {
        const QPalette platform = QApplication::palette();
        QTemporaryDir dir;
        Settings settings(dir.filePath("hark.ini"));
        {
            test::Window fixturew { &settings };
            MainWindow &w = fixturew.window;
            QCOMPARE(settings.colorScheme(), QStringLiteral("system"));
            QVERIFY(w.findChild<QAction *>("colours-system")->isChecked());
            w.findChild<QAction *>("colours-dark")->trigger();
            QCOMPARE(QApplication::palette().color(QPalette::Base),
                theme::palette(theme::Scheme::Dark).color(QPalette::Base));
            QTRY_COMPARE(
                w.palette().color(QPalette::Base), theme::palette(theme::Scheme::Dark).color(QPalette::Base));
            QVERIFY(w.findChild<QAction *>("colours-dark")->isChecked());
            QCOMPARE(settings.colorScheme(), QStringLiteral("dark"));
            // The subtitle stays readable on the new window colour.
            auto *subtitle = w.findChild<QLabel *>(QStringLiteral("subtitle"));
            QVERIFY2(theme::contrast(
                         subtitle->palette().color(QPalette::WindowText), w.palette().color(QPalette::Window))
                    >= theme::kReadable,
                qPrintable(subtitle->palette().color(QPalette::WindowText).name()));
        }
        {
            test::Window fixtureagain { &settings };
            MainWindow &again = fixtureagain.window;
            QVERIFY(again.findChild<QAction *>("colours-dark")->isChecked());
            again.findChild<QAction *>("colours-system")->trigger();
            QCOMPARE(QApplication::palette(), platform);
            QCOMPARE(settings.colorScheme(), QStringLiteral("system"));
        }
    }

    // Where the style gives dialog buttons icons, the shortcuts window's Close icon follows the palette: on
    // Hark's dark one, the style's own was dark on dark.
    void theShortcutsWindowsCloseIconStandsOut()
    {
        class WithIcons : public QProxyStyle
        {
        public:
            WithIcons()
                : QProxyStyle(QStringLiteral("Fusion"))
            { }
            int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                QStyleHintReturn *returned) const override
            {
                if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
                    return 1;
                return QProxyStyle::styleHint(hint, option, widget, returned);
            }
        };
        QApplication::setStyle(new WithIcons);
        QMenuBar menus;
        ShortcutsDialog dialog(&menus);
        const QPalette dark = theme::palette(theme::Scheme::Dark);
        dialog.setPalette(dark);
        const auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        const QImage image = close->icon().pixmap(QSize(32, 32)).toImage();
        const QColor face = dark.color(QPalette::Button);
        int solid = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) < 255)
                    continue;
                ++solid;
                const QColor c = image.pixelColor(x, y);
                QVERIFY2(theme::contrast(c, face) >= theme::kDiscernible,
                    qPrintable(QStringLiteral("%1 on %2").arg(c.name(), face.name())));
            }
        }
        QVERIFY(solid >= 30);
        QApplication::setStyle(QStringLiteral("Fusion"));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"

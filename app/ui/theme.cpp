// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPainter>

#include <cmath>

namespace hark::theme {

namespace {

double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// @p colour moved towards black or white, a little at a time, until @p good says so (or it is black or
// white).
template<typename Good> QColor adjust(const QColor &colour, Good good)
{
    if (good(colour))
        return colour;
    for (const QColor &end : { QColor(Qt::black), QColor(Qt::white) }) {
        for (int step = 1; step <= 20; ++step) {
            const double t = step / 20.0;
            QColor c = QColor::fromRgbF(float(colour.redF() + (end.redF() - colour.redF()) * t),
                float(colour.greenF() + (end.greenF() - colour.greenF()) * t),
                float(colour.blueF() + (end.blueF() - colour.blueF()) * t), colour.alphaF());
            if (good(c))
                return c;
        }
    }
    return colour;
}

// A tint (with alpha) over @p base under @p text: as strong as @p alpha allows while the text stays readable.
QColor tint(QColor colour, int alpha, const QColor &base, const QColor &text)
{
    for (; alpha > 0; alpha -= 5) {
        colour.setAlpha(alpha);
        if (contrast(text, over(colour, base)) >= kReadable)
            return colour;
    }
    colour.setAlpha(0);
    return colour;
}

} // namespace

Scheme schemeFromName(const QString &name)
{
    if (name == u"light")
        return Scheme::Light;
    if (name == u"dark")
        return Scheme::Dark;
    return Scheme::System;
}

QString schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

QPalette palette(Scheme scheme)
{
    if (scheme == Scheme::System)
        return QPalette(); // nothing set: every colour comes from the platform
    const bool dark = scheme == Scheme::Dark;
    const QColor window = dark ? QColor(0x2a, 0x2a, 0x2e) : QColor(0xf2, 0xf2, 0xf2);
    const QColor base = dark ? QColor(0x1c, 0x1c, 0x1f) : QColor(Qt::white);
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x1a, 0x1a, 0x1a);
    const QColor highlight = dark ? QColor(0x3a, 0x6e, 0xc2) : QColor(0x1f, 0x5f, 0xb0);
    const QColor button = dark ? QColor(0x35, 0x35, 0x3a) : QColor(0xe8, 0xe8, 0xe8);
    const QColor muted = dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x5c, 0x5c, 0x5c);
    QPalette p(button, window);
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, dark ? window : QColor(0xf7, 0xf7, 0xf7));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::ToolTipBase, dark ? QColor(0x3a, 0x3a, 0x40) : QColor(0xff, 0xff, 0xe1));
        p.setColor(group, QPalette::ToolTipText, dark ? text : QColor(Qt::black));
        p.setColor(group, QPalette::PlaceholderText, muted);
        p.setColor(group, QPalette::Link, dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4));
        p.setColor(group, QPalette::LinkVisited, dark ? QColor(0xc5, 0x8a, 0xf9) : QColor(0x68, 0x1d, 0xa8));
    }
    // Disabled: dimmer, still legible as "not available".
    const QColor disabled = dark ? QColor(0x80, 0x80, 0x80) : QColor(0x90, 0x90, 0x90);
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Window, window);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, button);
    p.setColor(
        QPalette::Disabled, QPalette::Highlight, dark ? QColor(0x50, 0x50, 0x58) : QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, text);
    return p;
}

void apply(Scheme scheme)
{
    QApplication::setPalette(palette(scheme));
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &top, const QColor &base)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + base.redF() * (1 - a)),
        float(top.greenF() * a + base.greenF() * (1 - a)), float(top.blueF() * a + base.blueF() * (1 - a)));
}

QColor behindText(const QColor &colour, const QColor &text, double ratio)
{
    return adjust(colour, [&](const QColor &c) { return contrast(c, text) >= ratio; });
}

QColor textOn(const QColor &colour, const QColor &background, double ratio)
{
    return adjust(colour, [&](const QColor &c) { return contrast(c, background) >= ratio; });
}

namespace {
// The button property that names the style icon drawn on it (setSymbol).
constexpr char kSymbol[] = "harkSymbol";
} // namespace

void setSymbol(QAbstractButton *button, QStyle::StandardPixmap symbol)
{
    button->setProperty(kSymbol, int(symbol));
    button->setIcon(symbolicIcon(button->style()->standardIcon(symbol), button->palette()));
}

void refreshSymbols(QWidget *widget)
{
    for (QAbstractButton *button : widget->findChildren<QAbstractButton *>()) {
        if (const QVariant symbol = button->property(kSymbol); symbol.isValid())
            setSymbol(button, QStyle::StandardPixmap(symbol.toInt()));
    }
}

QIcon symbolicIcon(const QIcon &shape, const QPalette &palette)
{
    const QColor face = palette.color(QPalette::Active, QPalette::Button);
    const QColor ink = textOn(palette.color(QPalette::Active, QPalette::ButtonText), face, kDiscernible);
    QColor greyed = palette.color(QPalette::Disabled, QPalette::ButtonText);
    if (contrast(greyed, face) >= contrast(ink, face)) // a palette without its own disabled colours
        greyed = over(QColor(ink.red(), ink.green(), ink.blue(), 110), face);
    QIcon icon;
    // The sizes a tool button asks for, at scales up to 200 %.
    for (const int side : { 16, 22, 24, 32, 44, 48, 64 }) {
        const QPixmap source = shape.pixmap(QSize(side, side));
        if (source.isNull())
            continue;
        for (const auto &[mode, colour] :
            { std::pair { QIcon::Normal, ink }, std::pair { QIcon::Disabled, greyed } }) {
            QImage image = source.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), colour);
            painter.end();
            icon.addPixmap(QPixmap::fromImage(std::move(image)), mode);
        }
    }
    return icon;
}

TranscriptColours transcriptColours(const QPalette &p)
{
    TranscriptColours c;
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    const QColor highlight = p.color(QPalette::Highlight);
    c.line = tint(highlight, 45, base, text);
    c.word = behindText(highlight, p.color(QPalette::HighlightedText), kReadable);
    c.wordText = p.color(QPalette::HighlightedText);
    // The selection: the highlight softened over the base, its text whichever of the two reads better.
    QColor soft = highlight;
    soft.setAlpha(110);
    const QColor selection = over(soft, base);
    c.selectionText = contrast(text, selection) >= contrast(c.wordText, selection) ? text : c.wordText;
    c.selection = behindText(selection, c.selectionText, kReadable);
    // Amber, as find marks text in most programs; translucent, so that it suits light and dark bases. Within
    // the current line, the line's tint lies under it too.
    c.focus = textOn(highlight, base, kDiscernible);
    const QColor amber(255, 190, 0);
    const QColor lineBase = over(c.line, base);
    c.match = tint(amber, 90, contrast(text, lineBase) < contrast(text, base) ? lineBase : base, text);
    c.currentMatch = tint(QColor(255, 160, 0), 190, lineBase, text);
    static const int hues[] = { 210, 20, 140, 280, 50, 330, 180, 100 };
    const bool dark = base.lightness() < 128;
    for (std::size_t i = 0; i < std::size(hues); ++i)
        c.speakers[i] = textOn(QColor::fromHsl(hues[i], 140, dark ? 175 : 85), base, kReadable);
    return c;
}

} // namespace hark::theme

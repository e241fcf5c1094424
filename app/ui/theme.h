// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStyle>

class QAbstractButton;

namespace hark::theme {

/// The colours the listener chose: the desktop's own, or Hark's light or dark palette (Qt 6.4 cannot ask the
/// desktop for its colour scheme, so the choice is offered).
enum class Scheme
{
    System,
    Light,
    Dark,
};
Scheme schemeFromName(const QString &name); ///< "light", "dark", anything else: System
QString schemeName(Scheme scheme);

/// Hark's light or dark palette; for System, a palette that leaves every colour to the platform.
QPalette palette(Scheme scheme);
/// Sets the application's palette for @p scheme.
void apply(Scheme scheme);

/// The WCAG 2 contrast ratio of two colours, from 1 to 21 (alpha ignored: composite first with over()).
double contrast(const QColor &a, const QColor &b);
/// @p top (with its alpha) laid over the opaque @p base.
QColor over(const QColor &top, const QColor &base);
/// @p colour, made darker or lighter (whichever reaches it) until text of @p text on it has at least @p
/// ratio.
QColor behindText(const QColor &colour, const QColor &text, double ratio);
/// @p colour as text, made darker or lighter until it has at least @p ratio on @p background.
QColor textOn(const QColor &colour, const QColor &background, double ratio);

/// WCAG AA for normal text.
inline constexpr double kReadable = 4.5;
/// WCAG AA for the parts of controls that say what they are (icons, 1.4.11).
inline constexpr double kDiscernible = 3.0;

/// @p shape (an icon's outline: only its alpha counts) drawn in the palette's button text, made to stand
/// out from the button's face by at least kDiscernible; greyed when disabled. The style's own media icons
/// are dark grey whatever the palette, and all but vanish on dark buttons.
QIcon symbolicIcon(const QIcon &shape, const QPalette &palette);
/// Puts the style's icon @p symbol on @p button as a symbolicIcon() of the button's palette, and remembers
/// it, so that refreshSymbols() draws it again when the palette changes.
void setSymbol(QAbstractButton *button, QStyle::StandardPixmap symbol);
/// Draws again the symbols set with setSymbol() on @p widget's buttons (after a palette change).
void refreshSymbols(QWidget *widget);

/// The transcript's colours, derived from a palette so that its text stays readable (WCAG AA) on each.
struct TranscriptColours
{
    QColor line; ///< the current line's tint (with alpha), under Text
    QColor word; ///< the current word's fill, under wordText
    QColor wordText;
    QColor selection; ///< under selectionText
    QColor selectionText;
    QColor match; ///< find's matches (with alpha), under Text
    QColor currentMatch;
    QColor speakers[8]; ///< speakers' names, on Base
    QColor focus; ///< the marks of the keyboard's focus, discernible (kDiscernible) on Base
};
TranscriptColours transcriptColours(const QPalette &palette);

} // namespace hark::theme

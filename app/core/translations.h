// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace hark::translations {

/// Installs into the running application Qt's own translations (qtbase, qtmultimedia: dialog buttons, the
/// command line's help) and Hark's, for the first of @p locale's languages that Hark is translated into.
/// With no Hark translation for the locale, Hark's English plural forms are installed instead.
/// The translators belong to the application. Returns the files loaded, for messages and tests.
QStringList install(const QLocale &locale = QLocale());

} // namespace hark::translations

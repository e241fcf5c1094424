// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hark::translations {

namespace {

// Where qt_add_translations puts the compiled catalogues (hark_de.qm …) in the resources.
const QString kHarkCatalogues = QStringLiteral(":/i18n");

bool installOne(const QLocale &locale, const QString &name, const QString &folder, QStringList &loaded)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder)
        && QCoreApplication::installTranslator(translator)) {
        loaded.append(translator->filePath());
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList install(const QLocale &locale)
{
    QStringList loaded;
    if (!QCoreApplication::instance())
        return loaded;
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &module : { QStringLiteral("qtbase"), QStringLiteral("qtmultimedia") })
        installOne(locale, module, qtFolder, loaded);
    if (!installOne(locale, QStringLiteral("hark"), kHarkCatalogues, loaded))
        installOne(QLocale(QLocale::English), QStringLiteral("hark"), kHarkCatalogues, loaded);
    return loaded;
}

} // namespace hark::translations

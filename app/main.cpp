// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hark"));
    QCoreApplication::setOrganizationName(QStringLiteral("Hark"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hark.app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HARK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return hark::CommandLine::run(QCoreApplication::arguments(), out, err);
}

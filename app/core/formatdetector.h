// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"

#include <QString>
#include <QStringView>

namespace hark {

/// Tells a transcript's format from its content first and its file name second.
class FormatDetector
{
public:
    /// The format of @p text; @p fileName (may be empty) decides only when the content does not.
    static Format detect(QStringView text, const QString &fileName = {});
};

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/episodekey.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace hark {

QString episodeKey(const QString &audioPath)
{
    constexpr qint64 chunk = 64 * 1024;
    QFile file(audioPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(file.read(chunk));
    if (size > chunk && file.seek(std::max(chunk, size - chunk)))
        hash.addData(file.read(chunk));
    if (file.error() != QFileDevice::NoError)
        return {};
    return QString::number(size) + u'-' + QString::fromLatin1(hash.result().toHex());
}

} // namespace hark

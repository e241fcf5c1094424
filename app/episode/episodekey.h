// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hark {

/// What recognises an episode's audio file when it has been moved or renamed: its size and a SHA-1 of its
/// first and last 64 KiB (reads at most 128 KiB). Empty when the file cannot be read.
QString episodeKey(const QString &audioPath);

} // namespace hark

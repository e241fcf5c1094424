// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace hark::timecode {

/// "hh:mm:ss.ttt", as WebVTT writes it.
QString formatVtt(qint64 ms);
/// "hh:mm:ss,ttt", as SRT writes it.
QString formatSrt(qint64 ms);
/// "m:ss" or "h:mm:ss" for people to read; "--:--" when unknown.
QString formatClock(qint64 ms);

/// A WebVTT timestamp at @p pos, by the WebVTT parser's rules (optional hours of 2+ digits, 2-digit minutes
/// and seconds up to 59, exactly 3 fraction digits). On success @p pos moves past it.
std::optional<qint64> parseVtt(QStringView text, qsizetype &pos);
/// The short forms of a WebVTT timestamp that real publishers write and the parser's rules refuse: seconds
/// alone ("0.860", "75.250") or minutes of one digit ("1:01.080"), with exactly 3 fraction digits. On
/// success @p pos moves past it.
std::optional<qint64> parseVttShort(QStringView text, qsizetype &pos);

/// A clock time as people and lenient formats write it: "[h:]m:s[.fff]" or plain seconds "754.5"; the
/// fraction may follow '.' or ',' and have 1–3 digits (more are cut). The leading field is unbounded; the
/// ones after it must be 0–59. On failure, the error says what was expected.
Result<qint64> parseClock(QStringView text);

/// The start time of a W3C media fragment ("t=754.5", "t=npt:12:34", "t=10,20", among other fields such as
/// "xywh=…&t=…"), as a file URL's fragment carries it; nullopt when it names none.
std::optional<qint64> parseMediaFragment(QStringView fragment);
/// A media fragment that starts at @p ms: "t=754.5" (whole seconds without a fraction).
QString formatMediaFragment(qint64 ms);

/// A duration as archive pages write it: "12m", "1h 5m", "45s", "1 hr 5 min", or a clock time "1:05:00".
std::optional<qint64> parseDuration(QStringView text);

} // namespace hark::timecode

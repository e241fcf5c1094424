// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace hark {

/// `hark feed FILE|URL [--json]`: what a podcast feed holds, read (or fetched) without subscribing: the
/// show, then each episode with its date, length, audio, transcripts, chapters and people.
class FeedCommand
{
public:
    static int run(const QString &source, bool json, QTextStream &out, QTextStream &err);
};

} // namespace hark

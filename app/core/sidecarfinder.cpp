// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sidecarfinder.h"

#include "core/transcriptfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::SidecarFinder)
};

int formatRank(const SidecarCandidate &c)
{
    if (c.embedded >= 0)
        return 6;
    switch (c.format) {
    case Format::WebVtt:
        return 0;
    case Format::PodcastJson:
        return 1;
    case Format::Srt:
        return 2;
    case Format::Lrc:
        return 3;
    case Format::Html:
        return 4;
    default:
        return 5;
    }
}

bool languageMatches(const QString &tag, const QStringList &languages)
{
    if (tag.isEmpty())
        return true;
    auto primary = [](const QString &l) {
        const QString p = l.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (p == u"c" || p == u"posix")
            return QLocale::English; // the C locale speaks English
        const QLocale::Language language = QLocale::codeToLanguage(p); // two or three letters
        return language == QLocale::AnyLanguage ? QLocale::C : language;
    };
    const QLocale::Language wanted = primary(tag);
    return std::any_of(
        languages.cbegin(), languages.cend(), [&](const QString &l) { return primary(l) == wanted; });
}

} // namespace

bool SidecarFinder::isAudioFile(const QString &path)
{
    static const QStringList audio = { QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("m4b"),
        QStringLiteral("aac"), QStringLiteral("ogg"), QStringLiteral("oga"), QStringLiteral("opus"),
        QStringLiteral("flac"), QStringLiteral("wav"), QStringLiteral("mp4"), QStringLiteral("webm") };
    return audio.contains(QFileInfo(path).suffix().toLower());
}

QString SidecarFinder::audioFor(const QString &transcriptPath)
{
    const QFileInfo info(transcriptPath);
    QString base = info.completeBaseName();
    static const QRegularExpression tag(
        QStringLiteral(R"(\.(transcript|hark|chapters|[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QDir dir = info.absoluteDir();
    const QStringList files = dir.entryList(QDir::Files | QDir::Readable, QDir::Name);
    // The name as it is first, then without its tag ("Episode 01.en" → "Episode 01").
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (const QString &name : files) {
            if (isAudioFile(name)
                && QFileInfo(name).completeBaseName().compare(base, Qt::CaseInsensitive) == 0)
                return dir.filePath(name);
        }
        const auto m = tag.match(base);
        if (!m.hasMatch())
            break;
        base.chop(m.capturedLength());
    }
    return {};
}

SidecarReport SidecarFinder::find(const QString &audioPath)
{
    return find(audioPath, QLocale().uiLanguages());
}

QString SidecarFinder::displayName(const SidecarCandidate &candidate)
{
    const QString name = QFileInfo(candidate.path).fileName();
    return candidate.embedded < 0 ? name : Tr::tr("%1 (%2)").arg(name, candidate.embeddedLabel);
}

SidecarReport SidecarFinder::find(
    const QString &audioPath, const QStringList &languages, const QList<EmbeddedLyrics> &embedded)
{
    const QFileInfo audio(audioPath);
    const QString base = audio.completeBaseName();
    static const QRegularExpression tail(
        QStringLiteral(
            R"(^(?:\.(transcript|hark|chapters|[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*))?\.(vtt|srt|json|lrc|html?|txt)$)"),
        QRegularExpression::CaseInsensitiveOption);

    SidecarReport report;
    QList<SidecarCandidate> transcripts, chapters;
    QHash<QString, ReadResult> reads; // transcripts by readKey(), until the winner is known
    const auto readKey
        = [](const SidecarCandidate &c) -> QString { return c.path + u'\n' + QString::number(c.embedded); };
    const QDir dir = audio.absoluteDir();
    const QStringList names = dir.entryList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        if (name.size() <= base.size() || !name.startsWith(base, Qt::CaseInsensitive)
            || name == audio.fileName())
            continue;
        const auto m = tail.match(QStringView(name).mid(base.size()));
        if (!m.hasMatch())
            continue;
        SidecarCandidate c;
        c.path = dir.filePath(name);
        const QString tag = m.captured(1);
        const QString lowerTag = tag.toLower();
        c.isCache = lowerTag == u"hark" && m.captured(2).toLower() == u"vtt";
        if (!tag.isEmpty() && lowerTag != u"transcript" && lowerTag != u"hark" && lowerTag != u"chapters")
            c.language = tag;
        const bool chaptersName = lowerTag == u"chapters";
        ReadResult r = chaptersName ? TranscriptFile::readChapters(c.path) : TranscriptFile::read(c.path);
        if (!chaptersName && !r.ok() && m.captured(2).toLower() == u"json") {
            // "Episode.json" may be a chapters file.
            ReadResult asChapters = TranscriptFile::readChapters(c.path);
            if (asChapters.ok() && !asChapters.transcript->chapters.isEmpty()) {
                r = std::move(asChapters);
                c.kind = SidecarCandidate::Kind::Chapters;
            }
        }
        if (chaptersName)
            c.kind = SidecarCandidate::Kind::Chapters;
        c.readable = r.ok();
        c.format = c.kind == SidecarCandidate::Kind::Chapters ? Format::PodcastJson : r.format;
        if (r.ok())
            c.timing = r.transcript->timing();
        else
            c.problem = r.error.format(name);
        if (c.kind == SidecarCandidate::Kind::Transcript && r.ok())
            reads.insert(readKey(c), std::move(r));
        (c.kind == SidecarCandidate::Kind::Chapters ? chapters : transcripts).append(c);
    }
    for (int i = 0; i < embedded.size(); ++i) {
        SidecarCandidate c;
        c.path = audio.absoluteFilePath();
        c.embedded = i;
        c.embeddedLabel = embedded[i].label();
        c.language = embedded[i].languageCode();
        ReadResult r = EmbeddedLyricsReader::read(embedded[i]);
        c.readable = r.ok();
        c.format = r.format;
        if (r.ok()) {
            c.timing = r.transcript->timing();
            reads.insert(readKey(c), std::move(r));
        } else {
            c.problem = r.error.format(displayName(c));
        }
        transcripts.append(c);
    }

    auto key = [&](const SidecarCandidate &c) {
        return std::make_tuple(!c.readable, -int(c.timing), !languageMatches(c.language, languages),
            !c.isCache, formatRank(c), c.path.size(), c.path);
    };
    std::stable_sort(transcripts.begin(), transcripts.end(),
        [&](const auto &a, const auto &b) { return key(a) < key(b); });
    std::stable_sort(chapters.begin(), chapters.end(), [](const auto &a, const auto &b) {
        return std::make_tuple(!a.readable, a.path.size(), a.path)
            < std::make_tuple(!b.readable, b.path.size(), b.path);
    });

    if (!transcripts.isEmpty() && transcripts.first().readable) {
        report.transcript = 0;
        report.chosen = reads.take(readKey(transcripts.first()));
        const SidecarCandidate &best = transcripts.first();
        if (transcripts.size() == 1 || !transcripts[1].readable) {
            report.reason = Tr::tr("the only readable transcript");
        } else {
            const SidecarCandidate &next = transcripts[1];
            const QString other = displayName(next);
            if (best.timing != next.timing)
                report.reason
                    = Tr::tr("%1 beats %2 (%3)").arg(timingName(best.timing), timingName(next.timing), other);
            else if (languageMatches(best.language, languages) != languageMatches(next.language, languages))
                report.reason = Tr::tr("its language matches yours, unlike %1").arg(other);
            else if (best.isCache != next.isCache)
                report.reason = Tr::tr("Hark's own alignment is preferred to %1").arg(other);
            else if (best.embedded >= 0 || next.embedded >= 0)
                report.reason = best.embedded < 0
                    ? Tr::tr("a file beside the episode is preferred to its tag (%1) at the same timing")
                          .arg(other)
                    : Tr::tr("the plainer tag of equal candidates (over %1)").arg(other);
            else if (formatRank(best) != formatRank(next))
                report.reason = Tr::tr("%1 is preferred to %2 (%3) at the same timing")
                                    .arg(formatTitle(best.format), formatTitle(next.format), other);
            else
                report.reason = Tr::tr("the plainer name of equal candidates (over %1)").arg(other);
        }
    }
    report.candidates = transcripts;
    if (!chapters.isEmpty() && chapters.first().readable)
        report.chapters = int(report.candidates.size());
    report.candidates.append(chapters);
    return report;
}

} // namespace hark

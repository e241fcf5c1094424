// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/infocommand.h"

#include "cli/commandline.h"
#include "core/sidecarfinder.h"
#include "core/timecode.h"
#include "core/transcriptfile.h"
#include "episode/episode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::InfoCommand)
};

constexpr int kFirstCues = 5;

QJsonValue jsonTime(qint64 ms)
{
    return ms == kNoTime ? QJsonValue() : QJsonValue(ms / 1000.0);
}

QJsonObject transcriptJson(const ReadResult &r)
{
    const Transcript &t = *r.transcript;
    QJsonObject o;
    o[u"format"] = formatName(r.format);
    o[u"encoding"] = r.encoding;
    QJsonObject meta;
    meta[u"title"] = t.metadata.title;
    meta[u"show"] = t.metadata.show;
    meta[u"date"]
        = t.metadata.date.isValid() ? QJsonValue(t.metadata.date.toString(Qt::ISODate)) : QJsonValue();
    meta[u"duration"] = jsonTime(t.metadata.duration);
    meta[u"language"] = t.metadata.language;
    QJsonObject extra;
    for (const auto &[k, v] : t.metadata.extra)
        extra[k] = v;
    meta[u"extra"] = extra;
    o[u"metadata"] = meta;
    o[u"segments"] = qint64(t.segments.size());
    o[u"timedSegments"] = qint64(t.timedSegmentCount());
    o[u"words"] = qint64(t.wordCount());
    o[u"timedWords"] = qint64(t.timedWordCount());
    o[u"speakers"] = QJsonArray::fromStringList(t.speakers);
    o[u"chapters"] = qint64(t.chapters.size());
    o[u"timing"] = t.timing() == Timing::Words ? QStringLiteral("words")
        : t.timing() == Timing::Segments       ? QStringLiteral("segments")
                                               : QStringLiteral("none");
    QJsonArray first;
    for (qsizetype i = 0; i < std::min<qsizetype>(kFirstCues, t.segments.size()); ++i) {
        const Segment &s = t.segments[i];
        QJsonObject cue;
        cue[u"start"] = jsonTime(s.start);
        cue[u"end"] = jsonTime(s.end);
        if (s.speaker >= 0)
            cue[u"speaker"] = t.speakerName(s.speaker);
        cue[u"text"] = s.text;
        first.append(cue);
    }
    o[u"firstSegments"] = first;
    QJsonArray warnings;
    for (const Diagnostic &w : r.warnings)
        warnings.append(
            QJsonObject { { u"line"_qs, w.line }, { u"column"_qs, w.column }, { u"message"_qs, w.message } });
    o[u"warnings"] = warnings;
    return o;
}

// "Label:     value", aligned; nothing for an empty value.
void printRow(QTextStream &out, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        out << QString(label + QStringLiteral(": ")).leftJustified(11) << value << '\n';
}

// What the audio's tags say (Episode falls back to the file name for the title).
QJsonObject audioJson(const Episode &e)
{
    return { { u"title"_qs, e.title() }, { u"show"_qs, e.show() }, { u"artist"_qs, e.artist() },
        { u"date"_qs, e.date().isValid() ? QJsonValue(e.date().toString(Qt::ISODate)) : QJsonValue() },
        { u"year"_qs, e.year() > 0 ? QJsonValue(e.year()) : QJsonValue() },
        { u"duration"_qs, jsonTime(e.duration()) }, { u"cover"_qs, !e.cover().isEmpty() } };
}

void printAudio(const Episode &e, QTextStream &out)
{
    printRow(out, Tr::tr("Title"), e.title());
    printRow(out, Tr::tr("Show"), e.show());
    printRow(out, Tr::tr("Artist"), e.artist());
    printRow(out, Tr::tr("Date"),
        e.date().isValid() ? e.date().toString(Qt::ISODate)
                           : (e.year() > 0 ? QString::number(e.year()) : QString()));
    if (e.duration() != kNoTime)
        printRow(out, Tr::tr("Duration"), timecode::formatClock(e.duration()));
}

void printTranscript(const ReadResult &r, QTextStream &out)
{
    const Transcript &t = *r.transcript;
    const auto row = [&](const QString &label, const QString &value) { printRow(out, label, value); };
    // A transcript in a tag has no encoding of its own, and a SYLT tag no format.
    if (r.format != Format::Unknown)
        row(Tr::tr("Format"),
            r.encoding.isEmpty() ? formatTitle(r.format)
                                 : Tr::tr("%1 (%2)").arg(formatTitle(r.format), r.encoding));
    row(Tr::tr("Title"), t.metadata.title);
    row(Tr::tr("Show"), t.metadata.show);
    row(Tr::tr("Date"), t.metadata.date.toString(Qt::ISODate));
    if (t.metadata.duration != kNoTime)
        row(Tr::tr("Duration"), timecode::formatClock(t.metadata.duration));
    row(Tr::tr("Language"), t.metadata.language);
    for (const auto &[k, v] : t.metadata.extra)
        row(k, v);
    row(Tr::tr("Timing"), timingName(t.timing()));
    row(Tr::tr("Segments"), Tr::tr("%1 (%2 timed)").arg(t.segments.size()).arg(t.timedSegmentCount()));
    row(Tr::tr("Words"), Tr::tr("%1 (%2 timed)").arg(t.wordCount()).arg(t.timedWordCount()));
    row(Tr::tr("Speakers"),
        t.speakers.isEmpty()
            ? Tr::tr("none named")
            : Tr::tr("%1 (%2)").arg(t.speakers.size()).arg(t.speakers.join(QStringLiteral(", "))));
    row(Tr::tr("Chapters"), QString::number(t.chapters.size()));
    if (!t.segments.isEmpty()) {
        out << '\n' << Tr::tr("First segments:") << '\n';
        for (qsizetype i = 0; i < std::min<qsizetype>(kFirstCues, t.segments.size()); ++i) {
            const Segment &s = t.segments[i];
            QString text = s.text;
            if (text.size() > 70)
                text = text.left(69) + u'…';
            out << "  " << timecode::formatClock(s.start).rightJustified(7) << "  "
                << (s.speaker >= 0 ? t.speakerName(s.speaker) + QStringLiteral(": ") : QString()) << text
                << '\n';
        }
    }
}

} // namespace

int InfoCommand::run(const QString &path, bool json, QTextStream &out, QTextStream &err)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        err << "hark: " << path << ": " << Tr::tr("no such file") << '\n';
        err.flush();
        return CommandLine::BadInput;
    }
    QJsonObject result;
    QString transcriptPath = path;
    QString shownPath; // when the transcript is not a file of its own
    std::optional<ReadResult> chosen; // already read while finding the sidecars
    if (SidecarFinder::isAudioFile(path)) {
        // The episode as the window opens it: its sidecars, the transcripts in its tag, its chapters.
        const std::optional<Episode> episode = Episode::open(path).value;
        const SidecarReport report = episode ? episode->sidecars() : SidecarFinder::find(path);
        QJsonArray candidates;
        if (json && episode)
            result[u"audio"] = audioJson(*episode);
        if (!json) {
            out << Tr::tr("Episode:   %1").arg(info.fileName()) << '\n';
            if (episode)
                printAudio(*episode, out);
            out << Tr::tr("Sidecars:") << '\n';
        }
        for (int i = 0; i < report.candidates.size(); ++i) {
            const SidecarCandidate &c = report.candidates[i];
            const bool chosen = i == report.transcript || i == report.chapters;
            const bool isChapters = c.kind == SidecarCandidate::Kind::Chapters;
            const QString what = !c.readable ? Tr::tr("unreadable: %1").arg(c.problem)
                : isChapters                 ? Tr::tr("chapters")
                : c.embedded >= 0            ? Tr::tr("in the audio's tag, %1").arg(timingName(c.timing))
                                  : Tr::tr("%1, %2").arg(formatTitle(c.format), timingName(c.timing));
            if (json) {
                candidates.append(QJsonObject { { u"path"_qs, c.path },
                    { u"kind"_qs, isChapters ? u"chapters"_qs : u"transcript"_qs },
                    { u"format"_qs, formatName(c.format) }, { u"readable"_qs, c.readable },
                    { u"chosen"_qs, chosen }, { u"language"_qs, c.language }, { u"problem"_qs, c.problem },
                    { u"embedded"_qs, c.embedded >= 0 ? QJsonValue(c.embeddedLabel) : QJsonValue() } });
            } else {
                out << (chosen ? "  * " : "    ") << SidecarFinder::displayName(c) << "  (" << what << ")\n";
            }
        }
        if (report.candidates.isEmpty() && !json)
            out << "    " << Tr::tr("none found") << '\n';
        if (report.transcript >= 0 && !json)
            out << Tr::tr("Chosen:    %1, because %2")
                       .arg(SidecarFinder::displayName(report.candidates[report.transcript]), report.reason)
                << "\n\n";
        // The episode's chapters, as the window shows them: a chapters file, else the transcript's, else the
        // audio's tags.
        if (episode) {
            const QList<Chapter> &chapters = episode->transcript().chapters;
            QJsonArray list;
            for (const Chapter &c : chapters)
                list.append(QJsonObject { { u"start"_qs, jsonTime(c.start) }, { u"title"_qs, c.title },
                    { u"hidden"_qs, c.hidden } });
            result[u"chapters"]
                = QJsonObject { { u"from"_qs, episode->chaptersFrom() }, { u"chapters"_qs, list } };
            if (!json && !chapters.isEmpty()) {
                out << Tr::tr("Chapters:  %1, from %2").arg(chapters.size()).arg(episode->chaptersFrom())
                    << '\n';
                for (const Chapter &c : chapters)
                    out << "  " << timecode::formatClock(c.start).rightJustified(7) << "  " << c.title
                        << (c.hidden ? Tr::tr(" (hidden)") : QString()) << '\n';
                out << '\n';
            }
        }
        result[u"episode"] = info.absoluteFilePath();
        result[u"sidecars"] = candidates;
        result[u"reason"] = report.reason;
        // No transcript is no error: the tags and chapters are what there is to say.
        if (report.transcript < 0) {
            result[u"transcript"] = QJsonValue();
            if (json)
                out << QJsonDocument(result).toJson(QJsonDocument::Indented);
            else
                out << Tr::tr("Transcript: none readable beside this episode") << '\n';
            out.flush();
            return CommandLine::Success;
        }
        const SidecarCandidate &c = report.candidates[report.transcript];
        transcriptPath = c.path;
        if (c.embedded >= 0)
            shownPath = Tr::tr("%1 (%2)").arg(c.path, c.embeddedLabel);
        chosen = report.chosen;
    }

    const ReadResult r = chosen ? *chosen : TranscriptFile::read(transcriptPath);
    if (shownPath.isEmpty())
        shownPath = transcriptPath;
    if (!CommandLine::report(r, shownPath, err))
        return CommandLine::BadInput;
    if (json) {
        QJsonObject t = transcriptJson(r);
        t[u"file"] = QFileInfo(transcriptPath).absoluteFilePath();
        result[u"transcript"] = t;
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        out << Tr::tr("File:      %1").arg(shownPath) << '\n';
        printTranscript(r, out);
    }
    out.flush();
    err.flush();
    return CommandLine::Success;
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "cli/feedcommand.h"
#include "cli/infocommand.h"
#include "cli/podcastcommands.h"
#include "core/timecode.h"
#include "core/transcriptfile.h"
#include "core/transcriptwriter.h"
#include "episode/alignment.h"
#include "episode/alignmentcache.h"
#include "episode/episode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <mutex>

#include <unistd.h>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::CommandLine)
};

QString mainHelp()
{
    return Tr::tr("Usage: hark [EPISODE] [--paused] [--at TIME] [--new-window]\n"
                  "       hark info FILE [--json]\n"
                  "       hark convert INPUT [--to FORMAT] [--words] [-o OUT]\n"
                  "       hark align AUDIO [TRANSCRIPT] [--to FORMAT] [--words] [-o OUT] [--jobs N]\n"
                  "       hark feed FILE|URL [--json]\n"
                  "       hark subscribe URL|FILE.opml…   hark unsubscribe SHOW   hark refresh\n"
                  "       hark episodes [SHOW] [--json]   hark download [--latest N] [GUID…]\n"
                  "       hark opml export|import FILE\n"
                  "       hark search QUERY… [--json] [--limit N] [--reindex]\n"
                  "\n"
                  "A podcast player that keeps the transcript in step with the audio.\n"
                  "\n"
                  "Without a command, Hark opens the player window on EPISODE (an audio file, or a\n"
                  "transcript with its audio beside it; the bundled sample when none is given),\n"
                  "playing unless --paused, from TIME (12:34 or 754 seconds) with --at.\n"
                  "When Hark is already running, EPISODE opens in its window (which comes\n"
                  "forward) unless --new-window. Qt's own options (-platform NAME, -style NAME,\n"
                  "-reverse…) go to Qt.\n"
                  "\n"
                  "Commands:\n"
                  "  info FILE        what a transcript holds; for an audio file, its transcript\n"
                  "                   files and which one Hark uses\n"
                  "  convert INPUT    write a transcript in another format (vtt, srt, json, txt, md)\n"
                  "  align AUDIO      time every word of a transcript by listening to the audio,\n"
                  "                   offline, and keeps the result beside it (NAME.hark.vtt)\n"
                  "  feed SOURCE      what a podcast feed (RSS or Atom; a file or an address) holds:\n"
                  "                   the show and its episodes, with their transcripts and chapters\n"
                  "  subscribe        subscribe to feeds (addresses, or an OPML file from another app)\n"
                  "  unsubscribe      unsubscribe from a show; its downloaded files stay\n"
                  "  refresh          fetch every show's feed for new episodes\n"
                  "  episodes         list the library's episodes and how each stands\n"
                  "  download         download episodes with their transcripts and chapters\n"
                  "  opml             export or import the subscriptions as OPML\n"
                  "  search QUERY     find words and \"phrases\" in every transcript Hark knows\n"
                  "\n"
                  "Options:\n"
                  "  -h, --help       show this help and exit\n"
                  "  -v, --version    show the version and exit\n"
                  "\n"
                  "Run 'hark COMMAND --help' for a command's options.\n"
                  "The podcast library and its episodes live in Hark's data folder\n"
                  "(XDG_DATA_HOME, ~/.local/share/Hark/hark), with the search index; only feed,\n"
                  "subscribe, refresh and download use the network.\n"
                  "Exit status: 0 done, 1 bad input (or a show or episode that failed), 2 wrong usage.\n");
}

int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show what a transcript holds."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the facts as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), Tr::tr("A transcript, or an audio file with transcripts beside it."));
    if (auto done
        = CommandLine::parseVerb(parser, arguments, Tr::tr("Usage: hark info FILE [--json]"), out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return CommandLine::usageError(
            err, files.isEmpty() ? Tr::tr("info: missing FILE") : Tr::tr("info: one FILE at a time"));
    return InfoCommand::run(files.first(), parser.isSet(json), out, err);
}

int runFeed(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show what a podcast feed holds, without subscribing."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print the feed as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("SOURCE"), Tr::tr("A feed (RSS or Atom): a file, or an http or https address."));
    if (auto done
        = CommandLine::parseVerb(parser, arguments, Tr::tr("Usage: hark feed FILE|URL [--json]"), out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return CommandLine::usageError(
            err, files.isEmpty() ? Tr::tr("feed: missing SOURCE") : Tr::tr("feed: one SOURCE at a time"));
    const QString source = files.first();
    if (source.contains(QStringLiteral("://")) && !source.startsWith(u"http://")
        && !source.startsWith(u"https://"))
        return CommandLine::usageError(
            err, Tr::tr("feed: %1: only http and https addresses are fetched").arg(source));
    return FeedCommand::run(source, parser.isSet(json), out, err);
}

int runConvert(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Write a transcript in another format."));
    const QCommandLineOption to(QStringLiteral("to"),
        Tr::tr("Output format: vtt, srt, json, txt or md (default: from OUT's extension, else vtt)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption words(
        QStringLiteral("words"), Tr::tr("json and srt: one segment or cue per timed word."));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        Tr::tr("Write to OUT (atomically) instead of standard output."), QStringLiteral("OUT"));
    parser.addOptions({ to, words, output });
    parser.addPositionalArgument(
        QStringLiteral("INPUT"), Tr::tr("The transcript to read ('-' for standard input)."));
    if (auto done = CommandLine::parseVerb(parser, arguments,
            Tr::tr("Usage: hark convert INPUT [--to FORMAT] [--words] [-o OUT]"), out, err))
        return *done;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return CommandLine::usageError(err,
            inputs.isEmpty() ? Tr::tr("convert: missing INPUT") : Tr::tr("convert: one INPUT at a time"));
    const QString input = inputs.first();
    const QString outPath = parser.value(output);

    Format format = Format::WebVtt;
    if (parser.isSet(to)) {
        format = formatFromName(parser.value(to));
        if (!isWritable(format)) {
            return CommandLine::usageError(err,
                Tr::tr("convert: unknown output format '%1' (expected one of: %2)")
                    .arg(parser.value(to), writableFormatNames().join(QStringLiteral(", "))));
        }
    } else if (!outPath.isEmpty()) {
        const Format byName = formatFromName(QFileInfo(outPath).suffix());
        if (byName != Format::Unknown && !isWritable(byName))
            return CommandLine::usageError(
                err, Tr::tr("convert: cannot write %1; use --to").arg(formatTitle(byName)));
        format = byName == Format::Unknown ? Format::WebVtt : byName;
    }
    if (!outPath.isEmpty() && input != u"-" && TranscriptFile::isOneOf(outPath, { input }))
        return CommandLine::usageError(
            err, Tr::tr("convert: refusing to overwrite the input file %1").arg(input));

    ReadResult r;
    const QString name = input == u"-" ? Tr::tr("<stdin>") : input;
    if (input == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return CommandLine::usageError(err, Tr::tr("convert: cannot read standard input"));
        r = TranscriptFile::read(&in);
    } else {
        r = TranscriptFile::read(input);
    }
    if (!CommandLine::report(r, name, err))
        return CommandLine::BadInput;
    const auto written
        = TranscriptWriter::write(*r.transcript, format, { .words = parser.isSet(words), .bookmarks = {} });
    if (!written.ok()) {
        err << "hark: " << name << ": " << written.error << '\n';
        err.flush();
        return CommandLine::BadInput;
    }
    if (outPath.isEmpty() || outPath == u"-") {
        out << written.text;
        out.flush();
    } else if (const Status saved = TranscriptFile::save(outPath, written.text); !saved.ok()) {
        err << "hark: " << outPath << ": " << saved.error << '\n';
        err.flush();
        return CommandLine::BadInput;
    }
    err.flush();
    return CommandLine::Success;
}

int runAlign(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
        Tr::tr("Output format: %1 (default vtt, or from OUT's extension).")
            .arg(writableFormatNames().join(u", ")),
        QStringLiteral("FORMAT"));
    const QCommandLineOption words(
        QStringLiteral("words"), Tr::tr("json and srt: one segment or cue per transcript word."));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        Tr::tr("Write to OUT (atomically; - for standard output) instead of keeping the alignment as Hark's "
               "cache beside the audio (AUDIO's name with .hark.vtt)."),
        QStringLiteral("OUT"));
    const QCommandLineOption jobs(
        QStringLiteral("jobs"), Tr::tr("Recognize on N cores at once (default: all)."), QStringLiteral("N"));
    parser.addOptions({ to, words, output, jobs });
    parser.addPositionalArgument(QStringLiteral("AUDIO"), Tr::tr("The episode's audio."));
    parser.addPositionalArgument(QStringLiteral("TRANSCRIPT"),
        Tr::tr("Its transcript (default: the one found beside the audio)."), QStringLiteral("[TRANSCRIPT]"));
    const QString usage
        = Tr::tr("Usage: hark align AUDIO [TRANSCRIPT] [--to FORMAT] [--words] [-o OUT] [--jobs N]");
    if (auto done = CommandLine::parseVerb(parser, arguments, usage, out, err))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || files.size() > 2)
        return CommandLine::usageError(
            err, files.isEmpty() ? Tr::tr("align: missing AUDIO") : Tr::tr("align: too many files"));
    Format format = Format::WebVtt;
    const QString outPath = parser.value(output);
    if (outPath.isEmpty() && (parser.isSet(to) || parser.isSet(words)))
        return CommandLine::usageError(err,
            Tr::tr(
                "align: --to and --words need -o (without it the alignment is kept as Hark's WebVTT cache; "
                "-o - writes to standard output)"));
    if (parser.isSet(to)) {
        format = formatFromName(parser.value(to));
        if (!isWritable(format))
            return CommandLine::usageError(err,
                Tr::tr("align: unknown output format '%1' (expected one of: %2)")
                    .arg(parser.value(to), writableFormatNames().join(QStringLiteral(", "))));
    } else if (!outPath.isEmpty()) {
        const Format byName = formatFromName(QFileInfo(outPath).suffix());
        format = isWritable(byName) ? byName : Format::WebVtt;
    }
    align::Aligner::Options options;
    if (parser.isSet(jobs)) {
        bool ok = false;
        options.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || options.jobs < 1)
            return CommandLine::usageError(err, Tr::tr("align: --jobs takes a number of at least 1"));
    }
    const QString audio = files[0];
    for (const QString &f : files)
        if (!outPath.isEmpty() && TranscriptFile::isOneOf(outPath, { f }))
            return CommandLine::usageError(
                err, Tr::tr("align: refusing to overwrite the input file %1").arg(f));

    const auto [episode, error] = Episode::open(audio, files.value(1));
    if (!episode) {
        err << "hark: " << error << '\n';
        err.flush();
        return CommandLine::BadInput;
    }
    if (episode->transcriptPath().isEmpty()) {
        err << "hark: " << Tr::tr("%1: no transcript found beside it; name one").arg(audio) << '\n';
        err.flush();
        return CommandLine::BadInput;
    }
    if (episode->audioPath().isEmpty()) {
        err << "hark: " << Tr::tr("%1: not an audio file").arg(audio) << '\n';
        err.flush();
        return CommandLine::BadInput;
    }

    // Progress on standard error: a bar on a terminal, a line every tenth otherwise.
    const bool terminal = isatty(STDERR_FILENO);
    std::mutex errMutex;
    int lastTenth = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        std::lock_guard lock(errMutex);
        if (total <= 0)
            return;
        const int percent = int(std::min<qint64>(100, done * 100 / total));
        if (terminal) {
            const int filled = percent / 5;
            err << "\r[" << QString(filled, u'#') << QString(20 - filled, u' ') << "] " << percent << " % "
                << timecode::formatClock(done) << " / " << timecode::formatClock(total);
            err.flush();
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            err << "hark: "
                << Tr::tr("aligning: %1 % (%2 of %3)")
                       .arg(percent)
                       .arg(timecode::formatClock(done), timecode::formatClock(total))
                << '\n';
            err.flush();
        }
    };
    const AlignmentResult result
        = alignEpisode(episode->audioPath(), episode->transcript(), options, progress);
    if (terminal) {
        err << '\n';
        err.flush();
    }
    if (!result.transcript) {
        err << "hark: " << (result.error.isEmpty() ? Tr::tr("the alignment was cancelled") : result.error)
            << '\n';
        err.flush();
        return CommandLine::BadInput;
    }
    const align::AlignReport &r = result.report;
    if (!r.fallback.isEmpty())
        err << "hark: " << Tr::tr("warning: ") << r.fallback << '\n';
    err << "hark: "
        << Tr::tr("aligned %1 words of %2 to %3 of audio in %4 s: %5 placed by recognition, %6 by forced "
                  "alignment, %7 interpolated (marked low-confidence)")
               .arg(r.recognized + r.forced + r.interpolated)
               .arg(episode->transcriptName(), timecode::formatClock(r.audioMs))
               .arg(double(result.elapsedMs) / 1000, 0, 'f', 1)
               .arg(r.recognized)
               .arg(r.forced)
               .arg(r.interpolated)
        << '\n';
    if (outPath.isEmpty()) { // kept as Hark's cache, which the window then finds
        const Result<QString> kept
            = AlignmentCache::save(*result.transcript, episode->audioPath(), episode->alignmentSource());
        if (!kept.ok()) {
            err << "hark: " << kept.error << '\n';
            err.flush();
            return CommandLine::BadInput;
        }
        err << "hark: " << Tr::tr("kept the alignment in %1").arg(*kept.value) << '\n';
        err.flush();
        return CommandLine::Success;
    }
    const auto written = TranscriptWriter::write(
        *result.transcript, format, { .words = parser.isSet(words), .bookmarks = {} });
    if (!written.ok()) {
        err << "hark: " << written.error << '\n';
        err.flush();
        return CommandLine::BadInput;
    }
    if (outPath == u"-") {
        out << written.text;
        out.flush();
    } else if (const Status saved = TranscriptFile::save(outPath, written.text); !saved.ok()) {
        err << "hark: " << outPath << ": " << saved.error << '\n';
        err.flush();
        return CommandLine::BadInput;
    }
    err.flush();
    return CommandLine::Success;
}

} // namespace

bool CommandLine::report(const ReadResult &result, const QString &name, QTextStream &err)
{
    return report(result.warnings, result.ok() ? nullptr : &result.error, name, err);
}

bool CommandLine::report(
    const QList<Diagnostic> &warnings, const Diagnostic *error, const QString &name, QTextStream &err)
{
    for (const Diagnostic &w : warnings)
        err << "hark: " << Tr::tr("warning: ") << w.format(name) << '\n';
    if (error)
        err << "hark: " << error->format(name) << '\n';
    err.flush();
    return !error;
}

int CommandLine::usageError(QTextStream &err, const QString &message)
{
    err << "hark: " << message << '\n' << Tr::tr("Try 'hark --help' for more information.") << '\n';
    err.flush();
    return Usage;
}

std::optional<int> CommandLine::parseVerb(QCommandLineParser &parser, const QStringList &arguments,
    const QString &usage, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return CommandLine::usageError(err, parser.errorText());
    if (parser.isSet(help)) {
        out << usage << '\n' << parser.helpText().section(u'\n', 1);
        out.flush();
        return Success;
    }
    return std::nullopt;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString verb = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest.first() = QStringLiteral("hark ") + verb;
    if (verb == u"info")
        return runInfo(rest, out, err);
    if (verb == u"convert")
        return runConvert(rest, out, err);
    if (verb == u"align")
        return runAlign(rest, out, err);
    if (verb == u"feed")
        return runFeed(rest, out, err);
    if (PodcastCommands::isVerb(verb))
        return PodcastCommands::run(verb, rest, out, err);
    if (verb == u"-h" || verb == u"--help") {
        out << mainHelp();
        out.flush();
        return Success;
    }
    if (verb == u"-v" || verb == u"--version") {
        out << "hark " << QStringLiteral(HARK_VERSION) << '\n'
            << Tr::tr("License GPL-3.0-or-later: GNU GPL version 3 or later "
                      "<https://gnu.org/licenses/gpl.html>.")
            << '\n';
        out.flush();
        return Success;
    }
    if (verb.startsWith(u'-'))
        return CommandLine::usageError(err, Tr::tr("unknown option '%1'").arg(verb));
    return CommandLine::usageError(
        err, verb.isEmpty() ? Tr::tr("missing command") : Tr::tr("'%1' is not a command").arg(verb));
}

} // namespace hark

// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/playersession.h"

#include "core/settings.h"
#include "core/timecode.h"
#include "core/transcriptfile.h"
#include "core/transcriptmodel.h"
#include "core/transcriptwriter.h"
#include "episode/alignmentjob.h"
#include "episode/bookmarkmodel.h"
#include "episode/episodekey.h"
#include "episode/transcriptcatalogue.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace hark {

const QList<double> &PlayerSession::speeds()
{
    static const QList<double> steps { 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };
    return steps;
}

PlayerSession::PlayerSession(std::unique_ptr<PlaybackBackend> backend, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
    , m_settings(settings)
    , m_memory(&settings)
    , m_model(new TranscriptModel(this))
    , m_bookmarks(new BookmarkModel(this))
    , m_ticker(new QTimer(this))
    , m_rememberTimer(new QTimer(this))
{
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &PlayerSession::tick);
    // While playing, where it is gets remembered now and then (not in the tick): a crash loses little.
    m_rememberTimer->setInterval(10'000);
    connect(m_rememberTimer, &QTimer::timeout, this, &PlayerSession::remember);

    PlaybackBackend *b = m_backend.get();
    connect(b, &PlaybackBackend::positionChanged, this, [this] {
        sync();
        Q_EMIT positionChanged(position());
        tick();
    });
    connect(b, &PlaybackBackend::durationChanged, this, [this](qint64 ms) {
        Q_EMIT durationChanged(ms);
        spreadProvisionally();
    });
    connect(b, &PlaybackBackend::loaded, this, [this] { Q_EMIT durationChanged(duration()); });
    connect(b, &PlaybackBackend::stateChanged, this, [this](PlaybackBackend::State state) {
        const bool playing = state == PlaybackBackend::State::Playing;
        sync();
        playing ? m_ticker->start() : m_ticker->stop();
        playing ? m_rememberTimer->start() : m_rememberTimer->stop();
        if (!playing)
            remember();
        tick();
        Q_EMIT stateChanged(state);
        // Hark has no Stop: playing that stops near the end has reached it (opening another episode stops
        // the one before, which is not an end).
        const qint64 length = m_backend->duration();
        const bool ended = m_wasPlaying && state == PlaybackBackend::State::Stopped && length > 0
            && (m_backend->position() >= length - 2000 || m_backend->position() == 0);
        m_wasPlaying = playing;
        if (ended)
            Q_EMIT this->ended();
    });
    connect(b, &PlaybackBackend::errorOccurred, this,
        [this](const QString &text) { Q_EMIT message(tr("Cannot play the audio: %1").arg(text)); });
    connect(b, &PlaybackBackend::outputLost, this, [this](const QString &device) {
        Q_EMIT message(
            tr("Paused: the sound output “%1” went away. Play goes on through the one left.").arg(device));
    });

    // The listening rules learn where each line ends as it starts.
    connect(m_model, &TranscriptModel::currentChanged, this, [this](int segment, int, int previous, int) {
        if (segment != previous && segment >= 0)
            m_rules.lineStarted(lineEndAfter(position()));
    });
    // New times (provisional, then aligned) move the chapters' headings, and so when each counts as playing.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.contains(TranscriptModel::StartRole) && !m_model->transcript().chapters.isEmpty())
                placeChapters();
        });
    connect(m_bookmarks, &BookmarkModel::edited, this, &PlayerSession::keepBookmarks);
}

PlayerSession::~PlayerSession()
{
    remember();
    stopAlignment();
    // The backend goes first, while the session is whole, and without telling it.
    disconnect(m_backend.get(), nullptr, this, nullptr);
    m_backend.reset();
}

bool PlayerSession::canPlay() const
{
    return m_episode && !m_episode->audioPath().isEmpty();
}

bool PlayerSession::canAlign() const
{
    return canPlay() && m_model->transcript().wordCount() > 0;
}

qint64 PlayerSession::duration() const
{
    return std::max<qint64>(0, m_backend->duration());
}

void PlayerSession::sync()
{
    m_clock.sync(m_backend->position(), m_backend->rate(), isPlaying());
}

bool PlayerSession::open(
    const QString &path, bool paused, std::optional<qint64> startAt, const QString &transcriptPath)
{
    auto [episode, error] = Episode::open(path, transcriptPath);
    if (!episode) {
        Q_EMIT message(error);
        return false;
    }
    m_wasPlaying = false; // the old episode stopping as the new one loads is not its end
    remember();
    stopAlignment();
    // What was remembered of this episode (found again after a move or a rename): a few seconds before
    // where it was left, at the speed and sync offset it had. A time asked for wins.
    m_episodeKey = episode->audioPath().isEmpty() ? QString() : episodeKey(episode->audioPath());
    const std::optional<EpisodeMemory> memory = m_memory->episode(m_episodeKey);
    const qint64 at = startAt.value_or(memory ? std::max<qint64>(0, memory->position - kResumeBackMs) : 0);
    m_openedAt = { at, memory && !startAt ? memory->position : at };
    m_rememberedLength = memory ? memory->duration : 0;
    m_model->setPosition(at);
    setSyncOffset(memory ? memory->syncOffset : 0);
    if (memory && speeds().contains(memory->rate))
        setRate(memory->rate);
    m_bookmarks->setBookmarks(m_memory->bookmarks(m_episodeKey));
    const QString opened
        = episode->audioPath().isEmpty() ? QFileInfo(path).absoluteFilePath() : episode->audioPath();
    m_settings.addRecentEpisode(opened);
    m_settings.setLastEpisode(opened);
    m_clock.sync(at, 1.0, false);
    adopt(std::move(*episode));
    // Told before the audio loads: a player's error (no sound output) comes after what opening said.
    Q_EMIT episodeChanged();
    if (!m_episode->problems().isEmpty())
        Q_EMIT message(m_episode->problems().join(QStringLiteral("  ")));
    if (canPlay()) {
        // The backend holds a seek or play asked before the audio has loaded until it has; so does a jump
        // the listener makes meanwhile, which then wins over the start position.
        m_backend->load(QUrl::fromLocalFile(m_episode->audioPath()));
        if (at > 0)
            m_backend->setPosition(at);
        if (!paused)
            m_backend->play();
    }
    tick();
    if (m_episode->needsAlignment())
        alignTranscript();
    return true;
}

void PlayerSession::adopt(Episode &&episode)
{
    m_episode = std::move(episode);
    m_model->setTranscript(m_episode->transcript());
    placeChapters();
    if (m_catalogue && canPlay() && m_episode->transcript().wordCount() > 0)
        m_catalogue->transcriptShown(*m_episode, m_episode->transcript(), m_episode->transcriptPath());
}

bool PlayerSession::openTranscript(const QString &transcriptPath)
{
    if (!canPlay())
        return open(transcriptPath);
    auto [episode, error] = Episode::open(m_episode->audioPath(), transcriptPath);
    if (!episode || episode->transcript().segments.isEmpty()) {
        Q_EMIT message(episode ? episode->problems().join(QStringLiteral("  ")) : error);
        return false;
    }
    // The audio stays loaded and where it is; only the text and its timings change.
    stopAlignment();
    adopt(std::move(*episode));
    sync();
    tick();
    Q_EMIT episodeChanged();
    Q_EMIT message(tr("Showing %1.").arg(QFileInfo(transcriptPath).fileName()));
    if (m_episode->needsAlignment())
        alignTranscript();
    return true;
}

void PlayerSession::openFromOutside(const QString &path, bool paused, std::optional<qint64> at)
{
    const bool same = canPlay()
        && QFileInfo(path).canonicalFilePath() == QFileInfo(m_episode->audioPath()).canonicalFilePath();
    if (!path.isEmpty() && !same) {
        open(path, paused, at);
    } else if (at) {
        seekTo(*at);
        if (!paused)
            play();
    }
}

void PlayerSession::play()
{
    if (canPlay() && !isPlaying())
        m_backend->play();
}

void PlayerSession::pause()
{
    if (isPlaying())
        m_backend->pause();
}

void PlayerSession::playPause()
{
    isPlaying() ? m_backend->pause() : m_backend->play();
}

void PlayerSession::seekTo(qint64 ms)
{
    if (m_backend->duration() > 0)
        ms = std::min(ms, m_backend->duration());
    m_backend->setPosition(ms);
    m_clock.sync(ms, m_backend->rate(), isPlaying());
    // A jump within the line playing (replaying it) pauses at its end again; one into the gap after a line
    // pauses at the end of the next.
    m_rules.lineStarted(lineEndAfter(ms));
    Q_EMIT positionChanged(ms);
    tick();
    Q_EMIT seeked(ms);
}

void PlayerSession::seekBy(qint64 ms)
{
    seekTo(std::max<qint64>(0, position() + ms));
}

void PlayerSession::next()
{
    if (m_queue && m_queue->step(+1))
        return;
    if (!seekToChapter(+1))
        seekBy(30'000);
}

void PlayerSession::previous()
{
    if (m_queue && m_queue->step(-1))
        return;
    if (!seekToChapter(-1))
        seekBy(-15'000);
}

void PlayerSession::seekToLine(int direction)
{
    const TimeIndex &index = m_model->timeIndex();
    const qint64 now = position();
    const int segment = direction < 0 ? index.previousSegment(now) : index.nextSegment(now);
    if (const qint64 start = index.segmentStart(segment); start != kNoTime)
        seekTo(start);
}

bool PlayerSession::seekToChapter(int direction)
{
    const Transcript &t = m_model->transcript();
    const qint64 now = position();
    qint64 start = direction < 0 ? t.previousChapterStart(now) : t.nextChapterStart(now);
    // Under a chapter's heading before the chapter starts, that chapter is the one shown: next is the one
    // after it.
    if (direction > 0 && start != kNoTime && m_chapter >= 0 && start == t.chapters[m_listed[m_chapter]].start)
        start = t.nextChapterStart(start);
    if (start == kNoTime)
        return false;
    seekTo(start);
    return true;
}

void PlayerSession::seekToWord(int segment, int word, bool play)
{
    if (!m_episode)
        return;
    const qint64 time = timeOf(segment, word);
    if (time == kNoTime) {
        Q_EMIT message(tr("This line has no time yet."));
        return;
    }
    seekTo(time);
    if (play && !isPlaying())
        m_backend->play();
}

qint64 PlayerSession::lineEndAfter(qint64 at) const
{
    const TimeIndex &index = m_model->timeIndex();
    const int segment = index.at(at).segment;
    if (const qint64 end = index.segmentEnd(segment); segment >= 0 && end != kNoTime && end > at)
        return end;
    const int next = index.nextSegment(at);
    return next >= 0 ? index.segmentEnd(next) : kNoTime;
}

qint64 PlayerSession::timeOf(int segment, int word) const
{
    const TimeIndex &index = m_model->timeIndex();
    const qint64 time = word >= 0 ? index.wordStart(segment, word) : kNoTime;
    return time != kNoTime ? time : index.segmentStart(segment);
}

void PlayerSession::replayLine()
{
    const qint64 start = m_model->timeIndex().segmentStart(m_model->currentSegment());
    if (start == kNoTime)
        return;
    seekTo(start);
    if (!isPlaying())
        m_backend->play();
}

void PlayerSession::setRate(double rate)
{
    const QList<double> &steps = speeds();
    const double nearest = *std::min_element(steps.cbegin(), steps.cend(),
        [rate](double a, double b) { return std::abs(a - rate) < std::abs(b - rate); });
    if (nearest == m_rate)
        return;
    m_rate = nearest;
    m_backend->setRate(m_rate);
    sync();
    Q_EMIT rateChanged(m_rate);
}

void PlayerSession::stepSpeed(int direction)
{
    const QList<double> &steps = speeds();
    if (direction == 0) {
        setRate(1.0);
        return;
    }
    const qsizetype at = steps.indexOf(m_rate);
    setRate(steps[std::clamp<qsizetype>(at + direction, 0, steps.size() - 1)]);
}

void PlayerSession::setVolume(double volume)
{
    // In steps of a hundredth, as volume controls show it.
    volume = std::round(std::clamp(volume, 0.0, 1.0) * 100) / 100;
    if (volume == m_volume)
        return;
    m_volume = volume;
    m_backend->setVolume(float(volume));
    Q_EMIT volumeChanged(volume);
}

void PlayerSession::setMuted(bool muted)
{
    if (muted == m_muted)
        return;
    m_muted = muted;
    m_backend->setMuted(muted);
    Q_EMIT mutedChanged(muted);
}

void PlayerSession::setSyncOffset(qint64 ms)
{
    const bool changed = ms != m_syncOffset;
    m_syncOffset = ms;
    m_model->setOffset(ms);
    tick();
    if (changed)
        Q_EMIT syncOffsetChanged(ms);
}

void PlayerSession::markLoopStart()
{
    m_loopMark = position();
    Q_EMIT message(tr("Loop from %1: press B where it should end.").arg(timecode::formatClock(m_loopMark)));
}

void PlayerSession::markLoopEnd()
{
    if (m_loopMark == kNoTime)
        m_loopMark = 0;
    setLoop(m_loopMark, position());
}

void PlayerSession::setLoop(qint64 from, qint64 to)
{
    m_rules.setLoop(from, to);
    if (const auto loop = m_rules.loop())
        seekTo(loop->from);
    Q_EMIT modesChanged();
}

void PlayerSession::loopWords(int firstSegment, int firstWord, int lastSegment, int lastWord)
{
    const TimeIndex &index = m_model->timeIndex();
    const qint64 from = timeOf(firstSegment, firstWord);
    qint64 to = lastWord >= 0 ? index.wordStart(lastSegment, lastWord + 1) : kNoTime;
    if (to == kNoTime)
        to = index.segmentEnd(lastSegment);
    if (from == kNoTime || to == kNoTime) {
        Q_EMIT message(tr("The selection has no times to loop between."));
        return;
    }
    setLoop(from, to);
}

void PlayerSession::clearLoop()
{
    m_rules.clearLoop();
    m_loopMark = kNoTime;
    Q_EMIT modesChanged();
}

void PlayerSession::setPauseAfterLines(bool on)
{
    m_rules.setPauseAfterLines(on);
    Q_EMIT modesChanged();
}

void PlayerSession::tick()
{
    const qint64 now = position();
    // The rules first, with the line end they know: a tick that comes late (a busy machine), already in the
    // next line, still pauses after the line before instead of learning the next line's end first.
    const ListeningRules::Decision decision = isPlaying() ? m_rules.at(now) : ListeningRules::Decision {};
    m_model->setPosition(now);
    showChapter();
    if (decision.action == ListeningRules::Action::Pause)
        m_backend->pause();
    else if (decision.action == ListeningRules::Action::Jump)
        seekTo(decision.to);
}

void PlayerSession::placeChapters()
{
    const Transcript &transcript = m_model->transcript();
    m_listed.clear();
    m_chapterFrom.clear();
    m_pictureStarts.clear();
    QList<qint64> headedFrom(transcript.chapters.size(), -1); // by chapter: the start of the line it heads
    for (const auto &[segment, chapter] : transcript.chapterHeadings())
        headedFrom[chapter] = transcript.segments[segment].start;
    for (qsizetype c = 0; c < transcript.chapters.size(); ++c) {
        // Hidden chapters count for the pictures: changing the picture is what they are for.
        m_pictureStarts.append(transcript.chapters[c].start);
        if (transcript.chapters[c].hidden) // Podcasting 2.0 "toc": false: for the player's display only
            continue;
        qint64 from = transcript.chapters[c].start;
        if (headedFrom[c] >= 0)
            from = std::min(from, headedFrom[c]);
        if (!m_chapterFrom.isEmpty()) // in order, whatever the headings
            from = std::max(from, m_chapterFrom.constLast());
        m_listed.append(c);
        m_chapterFrom.append(from);
    }
    m_chapter = -2; // shown afresh
    m_picture = -2;
    Q_EMIT chaptersChanged();
    showChapter();
}

void PlayerSession::showChapter()
{
    // The last listed chapter that has started, or whose heading stands above the line playing; and the
    // picture of the last chapter that has started. One binary search each per tick.
    const qint64 now = position();
    const auto last = [now](const QList<qint64> &starts) {
        return int(std::upper_bound(starts.cbegin(), starts.cend(), now) - starts.cbegin()) - 1;
    };
    if (const int picture = last(m_pictureStarts); picture != m_picture) {
        m_picture = picture;
        Q_EMIT pictureChanged(picture);
    }
    if (const int chapter = last(m_chapterFrom); chapter != m_chapter) {
        m_chapter = chapter;
        Q_EMIT chapterChanged(chapter);
    }
}

int PlayerSession::addBookmark()
{
    return canPlay() ? m_bookmarks->add(position()) : -1;
}

void PlayerSession::keepBookmarks()
{
    if (!m_episodeKey.isEmpty())
        m_memory->setBookmarks(m_episodeKey, m_bookmarks->bookmarks());
}

void PlayerSession::setListeningMemory(ListeningMemory *memory)
{
    remember();
    m_memory = memory ? memory : &m_settings;
}

void PlayerSession::remember()
{
    if (!m_episode || m_episodeKey.isEmpty())
        return;
    qint64 at = position();
    if (at == m_openedAt.first)
        at = m_openedAt.second;
    const qint64 length = m_backend->duration();
    if (length > 0 && at > length - kFinishedMs)
        at = 0; // heard to the end: next time from the start
    // Left before the audio loaded: the length known before stays.
    m_memory->setEpisode(m_episodeKey,
        { at, m_rate, m_syncOffset, m_episode->audioPath(), length > 0 ? length : m_rememberedLength });
}

Status PlayerSession::exportTranscript(const QString &path, Format format) const
{
    if (!m_episode || m_model->transcript().segments.isEmpty())
        return Status::failure(tr("there is no transcript to export"));
    if (TranscriptFile::isOneOf(
            path, { m_episode->audioPath(), m_episode->transcriptPath(), m_episode->alignedFrom() }))
        return Status::failure(
            tr("%1 is the episode's own file: Hark does not write over it").arg(QFileInfo(path).fileName()));
    // The times as shown: computed ones included, the sync offset applied.
    Transcript shown = m_model->transcript();
    shown.shiftTimes(m_syncOffset);
    const TranscriptWriter::Result written
        = TranscriptWriter::write(shown, format, { .words = false, .bookmarks = m_bookmarks->bookmarks() });
    if (!written.ok())
        return Status::failure(written.error);
    return TranscriptFile::save(path, written.text);
}

void PlayerSession::alignTranscript()
{
    if (!canPlay() || m_model->transcript().wordCount() == 0)
        return;
    stopAlignment();
    m_alignment = std::make_unique<AlignmentJob>(
        m_episode->audioPath(), m_model->transcript(), m_episode->alignmentSource());
    connect(m_alignment.get(), &AlignmentJob::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        // The time left at the pace so far, once there is a pace to go by.
        const qint64 spent = QDateTime::currentMSecsSinceEpoch() - m_alignStartedAt;
        Q_EMIT alignmentProgress(done, total, done > 0 && spent > 1000 ? (total - done) * spent / done : -1);
    });
    connect(m_alignment.get(), &AlignmentJob::finished, this, &PlayerSession::alignmentFinished);
    m_alignStartedAt = QDateTime::currentMSecsSinceEpoch();
    m_alignment->start();
    Q_EMIT alignmentStarted();
    spreadProvisionally(); // if the transcript has no times of its own
}

void PlayerSession::cancelAlignment()
{
    if (m_alignment)
        m_alignment->cancel();
}

void PlayerSession::spreadProvisionally()
{
    if (!m_alignment || !m_alignment->isRunning()
        || (!m_model->timeIndex().isEmpty() && !m_model->isProvisional()))
        return;
    const qint64 length = m_backend->duration() > 0 ? m_backend->duration() : m_episode->duration();
    if (length <= 0 || length == kNoTime)
        return; // until the backend knows
    m_model->setTimes(AlignmentJob::spreadEvenly(m_model->transcript(), length));
    m_model->setProvisional(true);
}

void PlayerSession::stopAlignment()
{
    // Cancelled, and left to end on its own (within a second) rather than waited for: opening another
    // episode does not stall. The session deletes it at the latest, and then waits.
    AlignmentJob *job = m_alignment.release();
    if (!job)
        return;
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
    if (job->isRunning()) {
        job->setParent(this);
        connect(job, &AlignmentJob::finished, job, &QObject::deleteLater);
    } else {
        delete job;
    }
    Q_EMIT alignmentEnded();
}

void PlayerSession::alignmentFinished(
    const AlignmentResult &result, const QString &keptPath, const QString &keepError)
{
    Q_EMIT alignmentEnded();
    if (!result.transcript) {
        Q_EMIT message(result.cancelled || result.error.isEmpty()
                ? tr("Alignment cancelled: the times shown are provisional. File ▸ Align the Transcript to "
                     "the Audio starts it again.")
                : tr("Cannot align the transcript: %1").arg(result.error));
        return;
    }
    m_model->setTimes(*result.transcript);
    m_model->setProvisional(false);
    if (m_catalogue)
        m_catalogue->transcriptShown(
            *m_episode, *result.transcript, keptPath.isEmpty() ? m_episode->alignmentSource() : keptPath);
    const align::AlignReport &r = result.report;
    QString text = tr("Aligned %n words by listening to the audio", nullptr, r.recognized + r.forced);
    if (r.interpolated > 0)
        text += tr("; %n estimated (underlined)", nullptr, r.interpolated);
    if (keptPath.isEmpty())
        text += tr(". Not kept: %1").arg(keepError);
    else if (QFileInfo(keptPath).absolutePath() == QFileInfo(m_episode->audioPath()).absolutePath())
        text += tr(". Kept as %1.").arg(QFileInfo(keptPath).fileName());
    else // a read-only folder, or a file of that name that Hark did not write
        text += tr(". Kept in Hark's cache folder (%1).").arg(QFileInfo(keptPath).absolutePath());
    if (!r.fallback.isEmpty())
        text = tr("Spread evenly: %1").arg(r.fallback);
    Q_EMIT message(text);
}

} // namespace hark

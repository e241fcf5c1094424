// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/format.h"
#include "core/result.h"
#include "core/transcript.h"
#include "episode/episode.h"
#include "episode/listeningrules.h"
#include "episode/playbackclock.h"
#include "media/playbackbackend.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace hark {

class AlignmentJob;
class BookmarkModel;
class ListeningMemory;
class Settings;
class TranscriptModel;
class TranscriptCatalogue;
struct AlignmentResult;

/// One place that plays, without widgets: the backend, the open Episode, the clock between the player's
/// reports, the listening rules (replay, the A–B loop, pausing after each line), the sync offset, speed,
/// volume and mute, resuming where the listener left off, the provisional times and the alignment that
/// replaces them, and the bookmarks. The window, MPRIS, the desktop session, a second launch's hand-over and
/// any later client (the podcast library) drive playing through this one API and watch its signals.
///
/// It owns the backend and its models; the settings are the caller's and outlive it.
/// What plays episodes one after another (the podcast library's Up Next): Next and Previous (the media keys,
/// MPRIS) go to it first, and the session tells it when an episode has played to its end.
class EpisodeQueue
{
public:
    virtual ~EpisodeQueue() = default;
    /// Goes to the next (+1) or previous (-1) episode; false when there is none that way.
    virtual bool step(int direction) = 0;
};

class PlayerSession : public QObject
{
    Q_OBJECT

public:
    /// The speeds offered, slowest first.
    static const QList<double> &speeds();
    static constexpr qint64 kResumeBackMs = 5000; ///< resuming starts this much before where it was left
    static constexpr qint64 kFinishedMs = 10'000; ///< left this close to the end: heard
    static constexpr int kTickMs = 30; ///< the highlight's refresh while playing, between ~100 ms reports

    PlayerSession(std::unique_ptr<PlaybackBackend> backend, Settings &settings, QObject *parent = nullptr);
    ~PlayerSession() override;

    /// Opens an episode (an audio file, or a transcript with its audio beside it); plays it unless
    /// @p paused. @p at (ms) is where to start; without it, an episode heard before resumes a few seconds
    /// before where it was left, at its speed and sync offset. @p transcriptPath, if given, is shown instead
    /// of the transcript found beside the audio. False (and message()) when there is nothing to open.
    bool open(const QString &path, bool paused = false, std::optional<qint64> at = std::nullopt,
        const QString &transcriptPath = {});
    /// Shows @p transcriptPath for the episode open, keeping the position and whether it plays.
    bool openTranscript(const QString &transcriptPath);
    /// A file handed over from outside (a second launch, the desktop's media controls): the episode already
    /// open stays as it is, except that @p at, if given, is where it goes.
    void openFromOutside(const QString &path, bool paused, std::optional<qint64> at);

    const Episode *episode() const { return m_episode ? &*m_episode : nullptr; }
    /// The transcript shown, with the current line and word, its times (provisional, aligned, offset).
    TranscriptModel *transcript() const { return m_model; }
    BookmarkModel *bookmarks() const { return m_bookmarks; }
    PlaybackBackend *backend() const { return m_backend.get(); }
    /// There is audio to play.
    bool canPlay() const;

    // Playing.
    PlaybackBackend::State state() const { return m_backend->state(); }
    bool isPlaying() const { return state() == PlaybackBackend::State::Playing; }
    /// Where playback is (ms), between the player's reports too: what the highlight and the clock show.
    qint64 position() const { return m_clock.now(); }
    qint64 duration() const; ///< ms; 0 until known
    void play();
    void pause();
    void playPause();
    void seekTo(qint64 ms);
    void seekBy(qint64 ms);
    /// The next queued episode (with an EpisodeQueue), else the next chapter, else 30 s on: what headphone
    /// buttons and media keys do.
    void next();
    /// The previous episode (with an EpisodeQueue), else the previous chapter, else 15 s back.
    void previous();
    /// The queue next() and previous() go to first; null for none. The caller's, and outlives the session's
    /// use of it (set null before it goes).
    void setEpisodeQueue(EpisodeQueue *queue) { m_queue = queue; }
    /// Told of every transcript shown (opened, or aligned), for the search of every transcript; none by
    /// default.
    void setTranscriptCatalogue(TranscriptCatalogue *catalogue) { m_catalogue = catalogue; }
    /// Where positions, speeds, sync offsets and bookmarks are kept (the podcast library's, when there is
    /// one); nullptr: the settings. What the episode open had so far is stored first, in the memory before.
    void setListeningMemory(ListeningMemory *memory);
    /// Seeks to the start of the line before (-1) or after (+1) the current one.
    void seekToLine(int direction);
    /// Seeks to the start of the chapter before (-1) or after (+1) the current one; false when there is none.
    bool seekToChapter(int direction);
    /// Seeks to a word (its line when the word has no time), playing if @p play.
    void seekToWord(int segment, int word, bool play);
    /// From the start of the line playing.
    void replayLine();
    /// When a word is said: its own start, else its line's; kNoTime when neither is known.
    qint64 timeOf(int segment, int word) const;

    // Speed, volume, sync.
    double rate() const { return m_rate; }
    /// Takes the nearest of speeds().
    void setRate(double rate);
    /// One step slower (-1) or faster (+1) through speeds(); 0: normal speed.
    void stepSpeed(int direction);
    double volume() const { return m_volume; } ///< 0–1
    void setVolume(double volume);
    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    /// The transcript is shown @p ms later (negative: earlier) than its timings say, per episode.
    qint64 syncOffset() const { return m_syncOffset; }
    void setSyncOffset(qint64 ms);

    // Listening rules.
    /// A: the loop will start here.
    void markLoopStart();
    /// B: loops from the mark (else the start) to here, and goes to the mark.
    void markLoopEnd();
    /// Loops between two times, and goes to the first.
    void setLoop(qint64 from, qint64 to);
    /// Loops from the first word (or its line) to where the last one ends: the next word's start, else the
    /// end of its line. A word of -1 stands for its line.
    void loopWords(int firstSegment, int firstWord, int lastSegment, int lastWord);
    void clearLoop();
    std::optional<ListeningRules::Loop> loop() const { return m_rules.loop(); }
    void setPauseAfterLines(bool on);
    bool pausesAfterLines() const { return m_rules.pausesAfterLines(); }

    // Chapters: the listed ones (Podcasting 2.0 "toc": false ones are left out), the one playing.
    /// Indexes into the transcript's chapters of those listed, in order.
    const QList<qsizetype> &listedChapters() const { return m_listed; }
    /// The listed chapter playing: its row in listedChapters(), -1 before the first.
    int currentChapter() const { return m_chapter; }
    /// The chapter (in the transcript's chapters, hidden ones too) whose picture shows: -1 for the cover.
    int pictureChapter() const { return m_picture; }

    // Bookmarks.
    /// Marks the moment playing; returns the bookmark's row.
    int addBookmark();

    // The transcript.
    /// Listens to the audio for the transcript's word times (in the background), and keeps the result
    /// beside the audio. Meanwhile the words are spread evenly, marked provisional.
    void alignTranscript();
    void cancelAlignment();
    /// The alignment running, if any.
    AlignmentJob *alignmentJob() const { return m_alignment.get(); }
    /// There is audio, and a transcript with words to time.
    bool canAlign() const;

    /// Writes the transcript as shown (computed times included, the sync offset applied, with the bookmarks)
    /// to @p path in @p format, atomically; never over the episode's own audio or transcript.
    Status exportTranscript(const QString &path, Format format) const;

    /// Stores the episode's position, speed and sync offset in the settings.
    void remember();

Q_SIGNALS:
    /// Another episode was opened (or another transcript for it).
    void episodeChanged();
    void stateChanged(hark::PlaybackBackend::State state);
    /// The episode played to its end (and stopped there).
    void ended();
    /// The player reported where it is (about every 100 ms while playing), or playback jumped.
    void positionChanged(qint64 ms);
    /// Playback jumped to @p ms (a seek, a chapter, a loop starting over), not the steady run of playing.
    void seeked(qint64 ms);
    void durationChanged(qint64 ms);
    void rateChanged(double rate);
    void volumeChanged(double volume);
    void mutedChanged(bool muted);
    void syncOffsetChanged(qint64 ms);
    /// The loop or pausing after each line changed.
    void modesChanged();
    /// The chapters listed changed (another episode or transcript, new times moving their headings).
    void chaptersChanged();
    /// currentChapter() changed.
    void chapterChanged(int row);
    /// pictureChapter() changed.
    void pictureChanged(int chapter);
    /// Something to tell the listener (a problem opening, an alignment's outcome, a lost output…).
    void message(const QString &text);

    void alignmentStarted();
    /// @p leftMs: the time left at the pace so far (-1 until there is a pace to go by).
    void alignmentProgress(qint64 doneMs, qint64 totalMs, qint64 leftMs);
    /// The alignment ended (done, cancelled or failed); message() says how.
    void alignmentEnded();

private:
    void tick();
    void sync();
    /// Where the line playing at @p at ends; in the gap after a line, where the next one ends.
    qint64 lineEndAfter(qint64 at) const;
    void placeChapters();
    void showChapter();
    void spreadProvisionally();
    void stopAlignment();
    void alignmentFinished(const AlignmentResult &result, const QString &keptPath, const QString &keepError);
    void keepBookmarks();
    void adopt(Episode &&episode);

    std::unique_ptr<PlaybackBackend> m_backend;
    EpisodeQueue *m_queue = nullptr;
    TranscriptCatalogue *m_catalogue = nullptr;
    bool m_wasPlaying = false;
    Settings &m_settings;
    ListeningMemory *m_memory; ///< the settings, or the library's
    std::optional<Episode> m_episode;
    QString m_episodeKey;
    PlaybackClock m_clock;
    TranscriptModel *m_model;
    BookmarkModel *m_bookmarks;
    ListeningRules m_rules;
    qint64 m_loopMark = kNoTime; ///< where A was pressed
    double m_rate = 1.0;
    double m_volume = 1.0;
    bool m_muted = false;
    qint64 m_syncOffset = 0;
    /// Where the episode was opened, and the place it stands for (opened and closed again without moving,
    /// it keeps the place it was left at, not 5 s earlier).
    std::pair<qint64, qint64> m_openedAt { -1, -1 };
    qint64 m_rememberedLength = 0; ///< the episode's length as remembered, until the player knows it
    QTimer *m_ticker;
    QTimer *m_rememberTimer;

    QList<qsizetype> m_listed;
    /// For each listed chapter, when it counts as playing: its start, or the start of the line its heading
    /// stands above when that line starts earlier.
    QList<qint64> m_chapterFrom;
    QList<qint64> m_pictureStarts; ///< every chapter's start, hidden ones too
    int m_chapter = -2; ///< -2: not placed yet
    int m_picture = -2;

    std::unique_ptr<AlignmentJob> m_alignment;
    qint64 m_alignStartedAt = 0; ///< ms since the epoch, for the time left
};

} // namespace hark

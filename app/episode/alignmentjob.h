// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "episode/alignment.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace hark {

/// Aligns an episode in a thread of its own and keeps the result as Hark's cache (AlignmentCache): what the
/// window runs when it opens a transcript without times. Its signals arrive in the thread that made it.
/// Destroying it cancels the work and waits for it (within a second).
class AlignmentJob : public QObject
{
    Q_OBJECT

public:
    /// @p source: the transcript file @p transcript was read from (recorded in the cache).
    AlignmentJob(const QString &audioPath, const Transcript &transcript, const QString &source,
        QObject *parent = nullptr);
    ~AlignmentJob() override;

    /// Starts the work in a thread of @p priority, recognizing with @p options (how many cores).
    void start(
        QThread::Priority priority = QThread::InheritPriority, const align::Aligner::Options &options = {});
    /// Asks the work to stop; finished() follows within a second, with a cancelled result.
    void cancel();
    bool isRunning() const;

    /// Like Transcript::words but timed by characters over @p durationMs: what the window shows while the
    /// alignment runs.
    static Transcript spreadEvenly(const Transcript &transcript, qint64 durationMs);

Q_SIGNALS:
    /// Audio recognized so far and the whole, in ms (the whole is -1 until known).
    void progress(qint64 doneMs, qint64 totalMs);
    /// @p keptPath: where the result was kept (empty when it was not, with @p keepError saying why).
    void finished(const hark::AlignmentResult &result, const QString &keptPath, const QString &keepError);

private:
    QString m_audio;
    Transcript m_transcript;
    QString m_source;
    std::atomic<bool> m_cancel { false };
    QThread *m_thread = nullptr;
};

} // namespace hark

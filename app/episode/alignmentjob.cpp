// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode/alignmentjob.h"

#include "episode/alignmentcache.h"

#include <QThread>

namespace hark {

AlignmentJob::AlignmentJob(
    const QString &audioPath, const Transcript &transcript, const QString &source, QObject *parent)
    : QObject(parent)
    , m_audio(audioPath)
    , m_transcript(transcript)
    , m_source(source)
{ }

AlignmentJob::~AlignmentJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void AlignmentJob::start(QThread::Priority priority, const align::Aligner::Options &options)
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, options] {
        const auto report = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        };
        const AlignmentResult result = alignEpisode(m_audio, m_transcript, options, report, &m_cancel);
        QString kept, error;
        if (result.transcript && !m_cancel) {
            const Result<QString> saved = AlignmentCache::save(*result.transcript, m_audio, m_source);
            kept = saved.value.value_or(QString());
            error = saved.error;
        }
        QMetaObject::invokeMethod(
            this, [this, result, kept, error] { Q_EMIT finished(result, kept, error); },
            Qt::QueuedConnection);
    });
    m_thread->start(priority);
}

void AlignmentJob::cancel()
{
    m_cancel = true;
}

bool AlignmentJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

Transcript AlignmentJob::spreadEvenly(const Transcript &transcript, qint64 durationMs)
{
    Transcript t = transcript;
    qint64 characters = 0;
    for (const Segment &s : t.segments)
        for (const Word &w : s.words)
            characters += std::max<qint64>(1, w.length);
    const double perCharacter
        = double(std::max<qint64>(0, durationMs)) / double(std::max<qint64>(1, characters));
    double at = 0;
    for (Segment &s : t.segments) {
        for (Word &w : s.words) {
            w.start = qint64(at);
            at += perCharacter * double(std::max<qint64>(1, w.length));
            w.end = qint64(at);
        }
        if (!s.words.isEmpty()) {
            s.start = s.words.front().start;
            s.end = s.words.back().end;
        }
    }
    return t;
}

} // namespace hark

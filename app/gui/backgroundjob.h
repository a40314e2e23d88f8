// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/promisefeedback.h"
#include "model/feedback.h"
#include "model/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrentRun>

#include <functional>
#include <utility>
#include <vector>

class QAbstractButton;
class QProgressBar;
class QThreadPool;

namespace bulwark::gui {

/// The one shape of background work in the GUI: a page or model owns a BackgroundJob<T> as a child and asks it to
/// run work on a worker thread; the job keeps the "running / pending / latest request wins / stale" bookkeeping that
/// each page used to make by hand around QtConcurrent::run and QFutureWatcher.
///
/// - A newer run() cancels the request still running (cooperatively, through its Feedback) and replaces it: the older
///   result is never delivered, only the latest one.
/// - The result reaches the `done` handler on the GUI thread as a Result<T>; an error of the work is a value, and a
///   request stopped with cancel() is delivered as Error::Code::Canceled once its worker has stopped.
/// - Progress is wired once: progressChanged(percent 0-100, text) and runningChanged(bool) (or bindProgress() for a
///   progress bar and a stop button).
/// - The destructor cancels; it is the only place that waits for workers (they must not outlive what they report to).
///
/// Adopting it in a page (e.g. the Impact or Dashboard page):
/// \code
///   // member: BackgroundJob<ImpactResult> *m_job = new BackgroundJob<ImpactResult>(this);
///   m_job->bindProgress(m_progress, m_stopButton);          // once, in the constructor
///   m_job->run([snapshot, failed](Feedback &feedback) -> Result<ImpactResult> {   // on a worker
///       return analysis::propagate(*snapshot, failed, feedback);
///   }, [this](Result<ImpactResult> result) {                // on the GUI thread, latest request only
///       if (!result) return showError(result.error());      // Error::Code::Canceled after cancel()
///       show(std::move(*result));
///   });
/// \endcode
/// The work must not touch widgets or the GUI's database connection: capture copies (implicitly shared containers,
/// shared_ptr snapshots) by value. It should poll feedback.isCanceled() between chunks and may report
/// feedback.setProgress(percent).
class BackgroundJobBase : public QObject
{
    Q_OBJECT
public:
    ~BackgroundJobBase() override;
    /// A request is on a worker (from run() until its handler was called, or until cancel()'s worker stopped).
    bool isRunning() const { return m_running; }
    /// Shows `bar` (range 0-100) and `stop` while a request runs and hides them afterwards; `stop` cancels. Either may
    /// be null. Call once.
    void bindProgress(QProgressBar *bar, QAbstractButton *stop = nullptr);

    /// Asks the request in progress to stop; its handler receives Error::Code::Canceled when its worker has stopped.
    /// Nothing happens when no request runs.
    virtual void cancel() = 0;
    /// Forgets the request in progress without delivering anything (cancels it too): for a page whose input
    /// vanished (the register was closed) or that computed the answer synchronously instead.
    virtual void discard() = 0;

Q_SIGNALS:
    /// A request started (true) or its handler ran / it was discarded (false). Not emitted when a newer request
    /// replaces a running one.
    void runningChanged(bool running);
    /// Progress of the latest request in percent (0-100), with the text given to run().
    void progressChanged(int percent, const QString &text);

protected:
    explicit BackgroundJobBase(QObject *parent);
    void setRunning(bool running);
    static Error canceledError();
    /// Called first on the worker thread of each request: the thread pool's threads then run below the GUI thread's
    /// priority (once per thread, Linux only), so that a worker started by a change never takes the GUI thread's core
    /// away while the GUI thread writes, paints or lays out.
    static void yieldToGuiThread();
    /// The threads that run requests: a pool of the jobs' own, not QThreadPool::globalInstance(), which Qt's raster
    /// paint engine uses for its parallel fills (and waits for): a long load or analysis there would hold up painting.
    static QThreadPool *pool();

    bool m_running = false;
    QString m_text;
};

/// See BackgroundJobBase. `T` must be copyable or movable; the work returns Result<T>.
template<typename T>
class BackgroundJob : public BackgroundJobBase
{
public:
    using Handler = std::function<void(Result<T> result)>;

    explicit BackgroundJob(QObject *parent) : BackgroundJobBase(parent) { }
    ~BackgroundJob() override
    {
        // Shutdown only: workers read their own copies, but must not report to a dead object.
        m_current = nullptr;
        for (QFuture<Result<T>> &future : m_futures)
            future.cancel();
        for (QFuture<Result<T>> &future : m_futures)
            future.waitForFinished();
    }

    /// Starts `work` (callable as Result<T>(Feedback &)) on the global thread pool, replacing the request in progress.
    /// `done` runs on the GUI thread with the result, unless a newer run() or discard() came first. `text` goes with
    /// progressChanged (e.g. "Opening x...").
    template<typename Work>
    void run(Work work, Handler done, const QString &text = {})
    {
        const bool wasRunning = m_running;
        abandonCurrent();
        prune();
        m_handler = std::move(done);
        m_text = text;
        auto *watcher = new QFutureWatcher<Result<T>>(this);
        m_current = watcher;
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int percent) {
            if (watcher == m_current)
                Q_EMIT progressChanged(percent, m_text);
        });
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { finish(watcher); });
        QFuture<Result<T>> future
            = QtConcurrent::run(pool(), [work = std::move(work)](QPromise<Result<T>> &promise) mutable {
                  yieldToGuiThread();
                  promise.setProgressRange(0, 100);
                  PromiseFeedback<Result<T>> feedback(promise);
                  if (feedback.isCanceled()) // replaced before it started
                      return;
                  promise.addResult(work(static_cast<Feedback &>(feedback)));
              });
        m_futures.push_back(future);
        watcher->setFuture(future);
        if (!wasRunning)
            setRunning(true);
        Q_EMIT progressChanged(0, m_text);
    }

    void cancel() override
    {
        if (m_current)
            m_current->cancel(); // finish() delivers Canceled when the worker has stopped
    }

    void discard() override
    {
        if (!m_current)
            return;
        abandonCurrent();
        m_handler = nullptr;
        setRunning(false);
    }

private:
    void abandonCurrent()
    {
        if (!m_current)
            return;
        QFutureWatcher<Result<T>> *old = m_current;
        m_current = nullptr;
        old->disconnect(this);
        old->cancel();
        // The watcher goes when its worker is done; the future stays in m_futures for the destructor.
        connect(old, &QFutureWatcherBase::finished, old, &QObject::deleteLater);
        if (old->isFinished())
            old->deleteLater();
    }

    void prune()
    {
        std::erase_if(m_futures, [](const QFuture<Result<T>> &f) { return f.isFinished(); });
    }

    void finish(QFutureWatcher<Result<T>> *watcher)
    {
        watcher->deleteLater();
        if (watcher != m_current)
            return; // replaced or discarded: never delivered
        m_current = nullptr;
        Handler handler = std::move(m_handler);
        m_handler = nullptr;
        QFuture<Result<T>> future = watcher->future();
        prune();
        const bool delivered = !future.isCanceled() && future.resultCount() > 0;
        Result<T> result = delivered ? future.takeResult() : Result<T>(canceledError());
        setRunning(false);
        if (handler)
            handler(std::move(result));
    }

    QFutureWatcher<Result<T>> *m_current = nullptr;
    Handler m_handler;
    std::vector<QFuture<Result<T>>> m_futures; ///< every request whose worker may still run
};

} // namespace bulwark::gui

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <future>
#include <thread>
#include <type_traits>

namespace bulwark {

/// Cancel flag and progress for long work, after QgsFeedback. Passed into algorithms so that the same code
/// runs from the GUI (adapted to a QPromise), the command line and tests. Thread-safe: cancel() may be called
/// from any thread; setProgress() is called from the worker.
class Feedback
{
public:
    using ProgressCallback = std::function<void(double percent)>;

    Feedback() = default;
    explicit Feedback(ProgressCallback callback) : m_callback(std::move(callback)) { }
    Feedback(const Feedback &) = delete;
    Feedback &operator=(const Feedback &) = delete;
    virtual ~Feedback() = default;

    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    virtual bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    /// Progress in percent (0-100). The callback fires only when the value moves by at least 0.1.
    void setProgress(double percent)
    {
        if (std::abs(percent - m_progress) < 0.1 && percent < 100.0)
            return;
        m_progress = percent;
        if (m_callback)
            m_callback(percent);
    }
    double progress() const { return m_progress; }

    /// The work has reached a step that can no longer be canceled (a commit): a progress dialog disables its Cancel
    /// button, so that a click cannot suggest that the change was not made.
    virtual void setCancelable(bool cancelable) { (void)cancelable; }

    /// For a caller that must stay responsive while it waits (the GUI thread during a large write): `keepAlive` is
    /// called every few milliseconds on the caller's thread while runAside() runs a step elsewhere, and by long loops
    /// on the caller's thread between their progress steps.
    void setKeepAlive(std::function<void()> keepAlive) { m_keepAlive = std::move(keepAlive); }
    bool keepsAlive() const { return bool(m_keepAlive); }
    void keepAlive()
    {
        if (m_keepAlive)
            m_keepAlive();
    }

private:
    std::atomic_bool m_canceled = false;
    double m_progress = -1.0;
    ProgressCallback m_callback;
    std::function<void()> m_keepAlive;
};

/// Runs `step` (one call that reports no progress: validating a large change, SQLite's commit of it) and returns its
/// result. When `feedback` keeps its caller alive, the step runs on a helper thread while this thread calls
/// Feedback::keepAlive() every 5 ms until it is done; otherwise it runs here. The caller must make sure that nothing
/// it reaches from keepAlive() touches what `step` uses (the GUI's write progress dialog is modal).
template<typename Step>
std::invoke_result_t<Step> runAside(Feedback *feedback, Step &&step)
{
    if (!feedback || !feedback->keepsAlive())
        return step();
    std::packaged_task<std::invoke_result_t<Step>()> task(std::forward<Step>(step));
    auto result = task.get_future();
    std::thread helper(std::move(task));
    while (result.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
        feedback->keepAlive();
    helper.join();
    return result.get();
}

/// A part of a longer piece of work: its progress 0-100 scaled into [offset, offset + span] of the whole, and
/// canceled when the whole is (or when canceled itself). `whole` may be null (nothing reported, never canceled).
class PartFeedback : public Feedback
{
public:
    PartFeedback(Feedback *whole, double offset, double span)
        : Feedback([whole, offset, span](double percent) {
              if (whole)
                  whole->setProgress(offset + percent * span / 100.0);
          }),
          m_whole(whole)
    { }
    bool isCanceled() const override { return (m_whole && m_whole->isCanceled()) || Feedback::isCanceled(); }

private:
    Feedback *m_whole;
};

} // namespace bulwark

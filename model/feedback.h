// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cmath>
#include <functional>

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

private:
    std::atomic_bool m_canceled = false;
    double m_progress = -1.0;
    ProgressCallback m_callback;
};

} // namespace bulwark

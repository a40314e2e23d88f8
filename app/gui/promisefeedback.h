// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"

#include <QPromise>

namespace bulwark::gui {

/// Adapts a QPromise to bulwark::Feedback: progress (0-100) goes to the promise, cancel comes from it. Used inside
/// QtConcurrent::run lambdas; the promise's range must be 0-100.
template<typename T>
class PromiseFeedback : public Feedback
{
public:
    explicit PromiseFeedback(QPromise<T> &promise)
        : Feedback([&promise](double percent) { promise.setProgressValue(int(percent)); }),
          m_promise(promise)
    { }
    bool isCanceled() const override { return m_promise.isCanceled() || Feedback::isCanceled(); }

private:
    QPromise<T> &m_promise;
};

} // namespace bulwark::gui

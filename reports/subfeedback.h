// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"

namespace bulwark::reports {

/// A part of a longer job: its progress 0-100 moves the parent's from `from` to `to`, and it is canceled when the
/// parent is. A null parent gives a feedback that nobody watches.
class SubFeedback : public Feedback
{
public:
    SubFeedback(Feedback *parent, double from, double to)
        : Feedback([parent, from, to](double percent) {
              if (parent)
                  parent->setProgress(from + (to - from) * percent / 100.0);
          }),
          m_parent(parent)
    { }
    bool isCanceled() const override { return Feedback::isCanceled() || (m_parent && m_parent->isCanceled()); }

private:
    Feedback *m_parent;
};

} // namespace bulwark::reports

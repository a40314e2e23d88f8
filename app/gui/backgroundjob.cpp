// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/backgroundjob.h"

#include <QAbstractButton>
#include <QProgressBar>

namespace bulwark::gui {

BackgroundJobBase::BackgroundJobBase(QObject *parent) : QObject(parent)
{ }

BackgroundJobBase::~BackgroundJobBase() = default;

void BackgroundJobBase::bindProgress(QProgressBar *bar, QAbstractButton *stop)
{
    if (bar) {
        bar->setRange(0, 100);
        bar->setVisible(m_running);
        connect(this, &BackgroundJobBase::progressChanged, bar, [bar](int percent) { bar->setValue(percent); });
        connect(this, &BackgroundJobBase::runningChanged, bar, [bar](bool running) {
            bar->setRange(0, 100);
            if (running)
                bar->setValue(0);
            bar->setVisible(running);
        });
    }
    if (stop) {
        stop->setVisible(m_running);
        connect(stop, &QAbstractButton::clicked, this, &BackgroundJobBase::cancel);
        connect(this, &BackgroundJobBase::runningChanged, stop, &QWidget::setVisible);
    }
}

void BackgroundJobBase::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

Error BackgroundJobBase::canceledError()
{
    return makeError(Error::Code::Canceled, tr("The work was canceled."));
}

} // namespace bulwark::gui

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/backgroundjob.h"

#include <QAbstractButton>
#include <QProgressBar>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

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

void BackgroundJobBase::yieldToGuiThread()
{
#ifdef Q_OS_LINUX
    // On Linux a nice value set with the thread's id applies to that thread only. A niceness of 10 leaves a worker
    // about a tenth of a core it shares with the GUI thread, and all of a core nobody else wants.
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        const int workerNice = 10;
        errno = 0;
        const int current = getpriority(PRIO_PROCESS, id_t(gettid()));
        if (errno == 0 && current < workerNice)
            setpriority(PRIO_PROCESS, id_t(gettid()), workerNice);
    }
#endif
}

QThreadPool *BackgroundJobBase::pool()
{
    static QThreadPool threads;
    return &threads;
}

Error BackgroundJobBase::canceledError()
{
    return makeError(Error::Code::Canceled, tr("The work was canceled."));
}

} // namespace bulwark::gui

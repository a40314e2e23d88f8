// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how long the GUI thread stalls while the main window opens a register: a 5 ms timer records the
// longest gap between its ticks from the moment the open starts until the register is shown.
// Usage: QT_QPA_PLATFORM=offscreen bench_gui_open REGISTER.bulwark
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_open REGISTER\n");
        return 2;
    }
    bulwark::gui::MainWindow window;
    window.show();
    QElapsedTimer total, sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
        longest = std::max(longest, sinceTick.restart());
    });
    bool ok = false;
    QObject::connect(&window, &bulwark::gui::MainWindow::registerOpened, &window, [&](const QString &, bool opened) {
        ok = opened;
        const qint64 shownAfter = total.elapsed();
        longest = std::max(longest, sinceTick.restart());
        // Let the views paint once, then report.
        QTimer::singleShot(50, &window, [&, shownAfter] {
            longest = std::max(longest, sinceTick.restart());
            std::printf("opened in %lld ms; longest GUI-thread stall %lld ms (%s)\n", shownAfter, longest,
                        ok ? "ok" : "failed");
            QApplication::exit(ok ? 0 : 1);
        });
    });
    total.start();
    sinceTick.start();
    ticker.start();
    window.openRegister(QString::fromLocal8Bit(argv[1]));
    return QApplication::exec();
}

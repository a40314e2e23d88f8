// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times a GUI import (issue 12) of a bulwark-register JSON file into a new register and its undo, through the window:
// the worker's plan (read, check, dry run, diff), the write as one RegisterCommand (with its progress dialog), Undo
// and Redo. Usage: QT_QPA_PLATFORM=offscreen bench_import FILE.json (bench_register N FOLDER writes FOLDER/bench.json).
#include "gui/mainwindow.h"
#include "model/exchange/importer.h"
#include "model/register/registerservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace bulwark;
using namespace bulwark::gui;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_import FILE.json\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("import.bulwark"));
    if (!RegisterService::create(path))
        return 1;
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::registerOpened);
    window.openRegister(path);
    if (!opened.wait(60000))
        return 1;

    // What the GUI thread does before the write's progress dialog can show: the inverse (for undo) and the validation
    // inside apply(), measured apart on the same change set.
    QElapsedTimer timer;
    {
        auto changes = exchange::Importer::read(file);
        if (!changes)
            return 1;
        timer.start();
        const ChangeSet inverse = window.service()->inverse(*changes);
        const qint64 inverseMs = timer.elapsed();
        timer.restart();
        const bool valid = bool(window.service()->apply(*changes, Actor::current(), true));
        std::printf("| GUI thread before the progress dialog | inverse %lld ms | validation (dry run) %lld ms%s |\n",
                    (long long)inverseMs,
                    (long long)timer.elapsed(),
                    valid ? "" : " (refused)");
        std::fflush(stdout);
    }
    QSignalSpy imported(&window, &MainWindow::importFinished);
    // The longest stretch in which the window could not repaint during the import (a 2 ms timer's longest gap).
    QTimer ticker;
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        longestStall = std::max(longestStall, gap);
        if (gap > 40 && qEnvironmentVariableIsSet("BULWARK_BENCH_TRACE"))
            qInfo("TRACE gap of %lld ms ended", gap);
    });
    sinceTick.start();
    ticker.start();
    timer.start();
    window.importFile(file, false);
    if (!imported.wait(600000) || !imported.first().at(1).toBool()) {
        std::fprintf(stderr, "the import failed\n");
        return 1;
    }
    const qint64 importMs = timer.elapsed();
    longestStall = std::max(longestStall, sinceTick.elapsed());
    const qint64 importStall = longestStall;
    const qsizetype elements = window.service()->elementCount();
    const qsizetype dependencies = window.service()->dependencyCount();
    // Undo and Redo of the whole import, each written with its progress dialog: the stall is measured the same way.
    auto settle = [&] {
        QElapsedTimer settling;
        settling.start();
        while (settling.elapsed() < 200)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    };
    settle();
    longestStall = 0;
    sinceTick.restart();
    timer.restart();
    window.undoStack()->undo();
    const qint64 undoMs = timer.elapsed();
    longestStall = std::max(longestStall, sinceTick.elapsed());
    const qint64 undoStall = longestStall;
    const qsizetype afterUndo = window.service()->elementCount();
    settle();
    longestStall = 0;
    sinceTick.restart();
    timer.restart();
    window.undoStack()->redo();
    const qint64 redoMs = timer.elapsed();
    longestStall = std::max(longestStall, sinceTick.elapsed());
    const qint64 redoStall = longestStall;
    ticker.stop();
    std::printf("| longest GUI-thread stall | import %lld ms | undo %lld ms | redo %lld ms |\n",
                (long long)importStall,
                (long long)undoStall,
                (long long)redoStall);
    std::printf("| %lld elements, %lld dependencies | import (plan on a worker + write) %lld ms | undo %lld ms "
                "(%lld elements left) | redo %lld ms |\n",
                (long long)elements,
                (long long)dependencies,
                (long long)importMs,
                (long long)undoMs,
                (long long)afterUndo,
                (long long)redoMs);
    std::fflush(stdout);
    return 0;
}

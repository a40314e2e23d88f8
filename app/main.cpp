// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (bulwark::cli::isCommandLine(arguments)) {
        // Headless: no display needed. Commands that draw get a QGuiApplication on the offscreen platform.
        std::unique_ptr<QCoreApplication> app;
        if (bulwark::cli::needsGraphics(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("Bulwark"));
        QCoreApplication::setOrganizationName(QStringLiteral("Bulwark"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return bulwark::cli::runCommandLine(arguments, out, err);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bulwark"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bulwark"));
    QApplication::setOrganizationName(QStringLiteral("Bulwark"));
    QApplication::setApplicationVersion(QStringLiteral(BULWARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.bulwark.Bulwark"));
    bulwark::gui::MainWindow window;
    window.show();
    window.openInitialRegister(app.arguments().mid(1));
    return QApplication::exec();
}

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "cli/standardoutput.h"
#include "gui/mainwindow.h"
#include "gui/settings.h"
#include "model/exchange/textchecks.h"
#include "model/i18n/language.h"
#include "model/logfile.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHashFunctions>

#include <cstdio>
#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    // One hash seed for every run: Qt's PDF writer emits its fonts in the order of a QHash, which a random seed
    // reorders from one process to the next, and a report must come out byte for byte the same from the same
    // register, options and date (issue 14). Set before any hash exists.
    QHashSeed::setDeterministicGlobalSeed();
    // The arguments are UTF-8, decoded exactly: QString::fromLocal8Bit() would put U+FFFD in place of invalid bytes
    // and drop a byte order mark that starts an argument, so a value would change on its way in (issue 10).
    QStringList arguments;
    std::optional<bulwark::Error> invalidArgument;
    for (int i = 0; i < argc; ++i) {
        auto argument = bulwark::exchange::TextChecks::decodeArgument(argv[i], i);
        if (!argument && i > 0 && !invalidArgument)
            invalidArgument = argument.error();
        arguments << (argument ? *argument : QString::fromLocal8Bit(argv[i]));
    }

    if (bulwark::cli::isCommandLine(arguments)) {
        bulwark::cli::StandardOutput::prepareProcess(); // before anything opens a file that could take descriptor 1
        if (invalidArgument) {
            std::fprintf(stderr, "bulwark: %s\n", invalidArgument->message.toUtf8().constData());
            return bulwark::cli::BadInput;
        }
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
        // Diagnostics (the SQL text of a failed statement, Qt's warnings) go to a log file: the terminal shows the
        // command's own messages only.
        bulwark::installLogFile();
        // Standard output is checked to the last byte: a full disk or a closed output is an error (issue 10).
        return bulwark::cli::runCommandLine(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bulwark"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bulwark"));
    QApplication::setOrganizationName(QStringLiteral("Bulwark"));
    QApplication::setApplicationVersion(QStringLiteral(BULWARK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.bulwark.Bulwark"));
    bulwark::installLogFile();
    // The window speaks the language chosen in Settings, else the system's (BULWARK_LANGUAGE, when set, wins).
    if (qEnvironmentVariableIsEmpty("BULWARK_LANGUAGE"))
        bulwark::i18n::setLanguage(
            bulwark::i18n::resolve(bulwark::gui::Settings().language()).value_or(bulwark::i18n::language()));
    bulwark::gui::MainWindow window;
    window.show();
    window.openInitialRegister(app.arguments().mid(1));
    return QApplication::exec();
}

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"
#include "gui/settings.h"
#include "model/exchange/demoregister.h"
#include "model/exchange/formatregistry.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace bulwark;
using namespace bulwark::gui;
using exchange::FormatRegistry;
using exchange::FormatUse;

/// The window's file dialogs and the command line's --format offer the same formats, all from FormatRegistry
/// (issue 11): a format added to the list appears in both, and neither keeps a list of its own.
class tst_ExchangeFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowAndCommandLineOfferTheSameFormats_data();
    void windowAndCommandLineOfferTheSameFormats();
    void exportDialogWritesTheChosenFormat();

private:
    /// Triggers `action` and hands the file dialog it opens to `handle` (which must close it); the filters it offered.
    QStringList dialogFilters(const QString &action, const std::function<void(QFileDialog *)> &handle);
    /// The --format choices the command line names when `arguments` give it an unknown one.
    QStringList commandLineChoices(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ExchangeFormats::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(m_demo));
    Settings().setLastFolder(m_dir.path()); // the dialogs open here, not in an earlier run's folder
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    m_window->openRegister(m_demo);
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().at(1).toBool(), true);
}

QStringList tst_ExchangeFormats::dialogFilters(const QString &action, const std::function<void(QFileDialog *)> &handle)
{
    auto *trigger = m_window->findChild<QAction *>(action);
    if (!trigger)
        return {QStringLiteral("no action %1").arg(action)};
    QStringList filters;
    QTimer watch; // the dialog runs its own event loop: find it from there
    connect(&watch, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            watch.stop();
            filters = dialog->nameFilters();
            handle(dialog);
        }
    });
    watch.start(20);
    trigger->trigger();
    return filters;
}

QStringList tst_ExchangeFormats::commandLineChoices(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BULWARK_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        return {QStringLiteral("did not finish")};
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const auto match = QRegularExpression(QStringLiteral("--format must be (.*), got 'nonsense'")).match(err);
    if (process.exitCode() != 2 || !match.hasMatch())
        return {QStringLiteral("unexpected answer: ") + err};
    return match.captured(1).split(QRegularExpression(QStringLiteral(", | or ")));
}

void tst_ExchangeFormats::windowAndCommandLineOfferTheSameFormats_data()
{
    QTest::addColumn<FormatUse>("use");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("command");
    QTest::newRow("import") << FormatUse::Read << QStringLiteral("file_import")
                            << QStringList{QStringLiteral("import"),
                                           QStringLiteral("--db"),
                                           m_demo,
                                           QStringLiteral("--format"),
                                           QStringLiteral("nonsense"),
                                           m_dir.filePath(QStringLiteral("x.json"))};
    QTest::newRow("export") << FormatUse::Write << QStringLiteral("file_export")
                            << QStringList{QStringLiteral("export"),
                                           QStringLiteral("--db"),
                                           m_demo,
                                           QStringLiteral("--format"),
                                           QStringLiteral("nonsense")};
}

void tst_ExchangeFormats::windowAndCommandLineOfferTheSameFormats()
{
    QFETCH(FormatUse, use);
    QFETCH(QString, action);
    QFETCH(QStringList, command);
    QStringList filters = dialogFilters(action, [](QFileDialog *dialog) { dialog->reject(); });
    QVERIFY2(filters.size() >= 2, qPrintable(filters.join(u'\n')));
    if (use == FormatUse::Read) // an open dialog also lets any file be picked
        QCOMPARE(filters.takeLast(), QStringLiteral("All files (*)"));
    QStringList windowIds;
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const auto format = FormatRegistry::fromFileDialogFilter(filters.at(i), use);
        QVERIFY2(format,
                 qPrintable(QStringLiteral("the dialog offers '%1', which is not in the list").arg(filters.at(i))));
        windowIds << format->id;
    }
    const QStringList commandIds = commandLineChoices(command);
    QCOMPARE(windowIds, FormatRegistry::ids(use));
    QCOMPARE(commandIds, FormatRegistry::ids(use));
    QVERIFY(windowIds.contains(QStringLiteral("json")) && windowIds.contains(QStringLiteral("csv")));
}

void tst_ExchangeFormats::exportDialogWritesTheChosenFormat()
{
    const QString folder = m_dir.filePath(QStringLiteral("from-the-dialog"));
    const QString csvFilter = FormatRegistry::find(exchange::Format::Csv)->fileDialogFilter(FormatUse::Write);
    QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
    dialogFilters(QStringLiteral("file_export"), [&](QFileDialog *dialog) {
        dialog->selectNameFilter(csvFilter);
        dialog->setDirectory(m_dir.path());
        // Typed as a user would: selectFile() leaves the name field alone while it has the focus.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(folder).fileName());
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which checks the name as a click would
    });
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(1).toBool(), true);
    QCOMPARE(exported.first().at(0).toString(), folder);
    QVERIFY(QFileInfo(folder).isDir());
    for (const char *file : {"elements.csv", "dependencies.csv", "groups.csv"})
        QVERIFY2(QFileInfo::exists(QDir(folder).filePath(QLatin1String(file))), file);
}

QTEST_MAIN(tst_ExchangeFormats)
#include "tst_exchangeformats.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the screenshots in docs/screenshots: the main window on the demo register, one picture per page.
// Run under Xvfb: xvfb-run -s "-screen 0 1600x1000x24" build/tests/tools/bulwark_screenshots docs/screenshots [WxH]
// [dark]
#include "gui/assessmentpage.h"
#include "gui/auditlogdialog.h"
#include "gui/dashboardpage.h"
#include "gui/functionpage.h"
#include "gui/helpwindow.h"
#include "gui/impactpage.h"
#include "gui/importdialog.h"
#include "gui/mainwindow.h"
#include "gui/mappage.h"
#include "gui/registerpage.h"
#include "gui/reportspage.h"
#include "gui/roipage.h"
#include "gui/theme.h"
#include "model/assessment/summary.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/roi/records.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace bulwark;

namespace {
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void waitForMap(gui::MapPage *page)
{
    if (!page->isBusy())
        return;
    QEventLoop drawn;
    QObject::connect(page, &gui::MapPage::mapReady, &drawn, &QEventLoop::quit);
    drawn.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo-bank.bulwark"));
    if (!DemoRegister::create(demo))
        return 2;
    gui::MainWindow window;
    // An optional second argument sets the window size, e.g. 1366x768 to check the smallest supported screen.
    QSize size(1600, 1000);
    if (argc > 2) {
        const QStringList parts = QString::fromLocal8Bit(argv[2]).split(u'x');
        if (parts.size() == 2)
            size = QSize(parts[0].toInt(), parts[1].toInt());
    }
    window.resize(size);
    // An optional third argument "dark" takes them in the dark palette (View > Theme > Dark).
    window.setTheme(argc > 3 && QByteArray(argv[3]) == "dark" ? gui::theme::Choice::Dark : gui::theme::Choice::System);
    window.show();
    QEventLoop opened;
    QObject::connect(&window, &gui::MainWindow::registerOpened, &opened, &QEventLoop::quit);
    window.openRegister(demo);
    opened.exec();
    window.showPage(gui::MainWindow::DashboardPageIndex);
    if (window.dashboardPage()->isRefreshing()) {
        QEventLoop refreshed;
        QObject::connect(window.dashboardPage(), &gui::DashboardPage::refreshed, &refreshed, &QEventLoop::quit);
        refreshed.exec();
    }
    settle(500);
    window.grab().save(QDir(out).filePath(QStringLiteral("dashboard.png")));

    window.showPage(gui::MainWindow::RegisterPageIndex);
    window.registerPage()->selectElement(QStringLiteral("APP-CORE"));
    settle(300);
    window.grab().save(QDir(out).filePath(QStringLiteral("register.png")));

    // The register's selection (APP-CORE) is what the map centres on.
    window.showPage(gui::MainWindow::MapPageIndex);
    waitForMap(window.mapPage());
    settle(300);
    window.grab().save(QDir(out).filePath(QStringLiteral("map.png")));
    {
        // The export runs on a worker (issue 11).
        QEventLoop exported;
        QObject::connect(window.mapPage(),
                         &gui::MapPage::exportFinished,
                         &exported,
                         [&exported](const QString &, bool ok, const QString &error) {
                             if (!ok)
                                 std::fprintf(stderr, "%s\n", qPrintable(error));
                             exported.quit();
                         });
        window.mapPage()->exportTo(QDir(out).filePath(QStringLiteral("map-export.svg")));
        exported.exec();
    }

    window.showPage(gui::MainWindow::ImpactPageIndex);
    window.impactPage()->setFailedKeys({QStringLiteral("FAC-DC-FRA")});
    QEventLoop analysed;
    QObject::connect(window.impactPage(), &gui::ImpactPage::finished, &analysed, &QEventLoop::quit);
    window.impactPage()->run();
    analysed.exec();
    settle(300);
    window.grab().save(QDir(out).filePath(QStringLiteral("impact.png")));

    window.impactPage()->findChild<QPushButton *>(QStringLiteral("impactShowOnMap"))->click();
    waitForMap(window.mapPage());
    settle(300);
    window.grab().save(QDir(out).filePath(QStringLiteral("map-impact.png")));

    // The recovery path of card issuing (issue 16): shown on the Impact page, then marked on the map.
    window.showPage(gui::MainWindow::ImpactPageIndex);
    window.impactPage()->selectFunction(QStringLiteral("F-CARD"));
    settle(300);
    window.grab().save(QDir(out).filePath(QStringLiteral("impact-path.png")));
    window.impactPage()->showPathButton()->click();
    waitForMap(window.mapPage());
    settle(300);
    window.grab().save(QDir(out).filePath(QStringLiteral("map-path.png")));

    // A business function's page (issue 12): card issuing, with its SPOFs and the scenarios that hit it.
    {
        QEventLoop shown;
        QObject::connect(window.functionPage(), &gui::FunctionPage::refreshed, &shown, &QEventLoop::quit);
        window.openFunctionPage(QStringLiteral("F-CARD"));
        shown.exec();
        settle(300);
        window.grab().save(QDir(out).filePath(QStringLiteral("function.png")));
    }

    // The assessment (issue 13): the checks run on the demo, a requirement the map fails (single points of failure
    // under critical functions) chosen, its checks and findings beside the tree.
    {
        gui::AssessmentPage *page = window.assessmentPage();
        QEventLoop checked;
        QObject::connect(page, &gui::AssessmentPage::finished, &checked, &QEventLoop::quit);
        window.showPage(gui::MainWindow::AssessmentPageIndex);
        if (page->isRunning())
            checked.exec();
        // The latest stored assessment of the demo (a draft), else the live run.
        if (const auto latest = assessment::latestAssessment(window.service()->records(assessment::assessmentType()))) {
            page->showAssessment(latest->key);
            if (page->isRunning())
                checked.exec();
        }
        page->selectRequirement(QStringLiteral("dora-11-5"));
        settle(300);
        window.grab().save(QDir(out).filePath(QStringLiteral("assessment.png")));
    }

    // The reports (issue 14): the demo's audit report, its preview built on a worker and its first pages painted.
    {
        gui::ReportsPage *page = window.reportsPage();
        QEventLoop built;
        QObject::connect(page, &gui::ReportsPage::previewReady, &built, &QEventLoop::quit);
        QTimer::singleShot(30000, &built, &QEventLoop::quit);
        window.showPage(gui::MainWindow::ReportsPageIndex);
        page->findChild<QLineEdit *>(QStringLiteral("reportClassification"))->setText(QStringLiteral("Confidential"));
        page->refreshPreview();
        built.exec();
        for (int waited = 0; !page->preview()->isPainted(1) && waited < 15000; waited += 50)
            settle(50);
        settle(300);
        window.grab().save(QDir(out).filePath(QStringLiteral("reports.png")));
    }

    // The register of information (issue 18): the demo's, built and checked on a worker, B_02.02 shown.
    {
        gui::RoiPage *page = window.roiPage();
        QEventLoop built;
        QObject::connect(page, &gui::RoiPage::refreshed, &built, &QEventLoop::quit);
        QTimer::singleShot(30000, &built, &QEventLoop::quit);
        window.showPage(gui::MainWindow::RoiPageIndex);
        if (page->isBuilding())
            built.exec();
        page->selectTemplate(roi::TemplateId::B0202);
        settle(300);
        window.grab().save(QDir(out).filePath(QStringLiteral("roi.png")));

        // With problems: an overarching arrangement and one that ICT services name removed (then put back), the first
        // blocking problem shown in its table.
        ChangeSet change;
        for (const char *reference : {"C-NWC-2021", "C-AZR-2020"})
            change.removeRecords.push_back({&roi::arrangementType(), QString::fromLatin1(reference)});
        const ChangeSet back = window.service()->inverse(change);
        if (window.service()->apply(change)) {
            if (page->isBuilding())
                built.exec();
            for (int row = 0; row < page->problemModel()->rowCount(); ++row) {
                if (page->problemModel()->entry(row).problem.severity == roi::Severity::Blocking) {
                    page->goToProblem(row);
                    break;
                }
            }
            settle(300);
            window.grab().save(QDir(out).filePath(QStringLiteral("roi-problems.png")));
            (void)window.service()->apply(back);
        }

        // The records behind the templates (the Data tab) and one of them in its dialog.
        const QString arrangement = QStringLiteral("C-NWC-2021-FRA");
        page->tabs()->setCurrentIndex(1);
        page->showRecords(roi::arrangementType(), arrangement);
        settle(300);
        window.grab().save(QDir(out).filePath(QStringLiteral("roi-records.png")));
        if (gui::RecordDialog *dialog = page->openRecord(roi::arrangementType(), arrangement)) {
            settle(300);
            dialog->grab().save(QDir(out).filePath(QStringLiteral("roi-dialog.png")));
            dialog->reject();
        }
        page->tabs()->setCurrentIndex(0);
    }

    // The auditor's view: File > Audit Trail..., read on a worker, then verified.
    window.findChild<QAction *>(QStringLiteral("auditTrail"))->trigger();
    if (auto *audit = window.findChild<gui::AuditLogDialog *>()) {
        audit->resize(1200, 650);
        QEventLoop loaded;
        QObject::connect(audit, &gui::AuditLogDialog::loaded, &loaded, &QEventLoop::quit);
        QTimer::singleShot(15000, &loaded, &QEventLoop::quit);
        loaded.exec();
        if (auto *verify = audit->findChild<QPushButton *>(QStringLiteral("verifyAudit"))) {
            QEventLoop verified;
            QObject::connect(audit, &gui::AuditLogDialog::verified, &verified, &QEventLoop::quit);
            QTimer::singleShot(15000, &verified, &QEventLoop::quit);
            verify->click();
            verified.exec();
        }
        settle(300);
        audit->grab().save(QDir(out).filePath(QStringLiteral("audit-trail.png")));
    }
    // The import preview (issue 12): a partial row of the curated APP-CORE, shown without "keep fields the file
    // leaves out", so that the cleared fields and the dependency leaving its redundancy group are flagged.
    {
        const QString partial = dir.filePath(QStringLiteral("partial-update.json"));
        QFile file(partial);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(R"json({"format": "bulwark-register", "version": 1,
 "elements": [
   {"key": "APP-CORE", "name": "Kestrel core banking (renamed)", "kind": "application"},
   {"key": "APP-NEW", "name": "A new application", "kind": "application"}],
 "dependencies": [
   {"from": "APP-CORE", "to": "INF-VMW-BER", "strength": "hard"}]})json");
            file.close();
            window.importFile(partial, true);
            for (int waited = 0; !window.importPreview() && waited < 15000; waited += 50)
                settle(50);
            if (gui::ImportDialog *preview = window.importPreview()) {
                QEventLoop shown;
                QObject::connect(preview, &gui::ImportDialog::planShown, &shown, &QEventLoop::quit);
                QTimer::singleShot(15000, &shown, &QEventLoop::quit);
                preview->keepOmittedCheck()->setChecked(false);
                shown.exec();
                settle(300);
                preview->grab().save(QDir(out).filePath(QStringLiteral("import-preview.png")));
                preview->reject();
            }
        }
    }
    // The guide (F1) on the Impact page, and the greeting of an empty register (issue 12).
    window.showPage(gui::MainWindow::ImpactPageIndex);
    window.showHelp(window.helpSection());
    if (auto *help = window.helpWindow()) {
        settle(300);
        help->grab().save(QDir(out).filePath(QStringLiteral("help.png")));
        help->close();
    }
    const QString empty = dir.filePath(QStringLiteral("empty.bulwark"));
    if (RegisterService::create(empty)) {
        QEventLoop emptyOpened;
        QObject::connect(&window, &gui::MainWindow::registerOpened, &emptyOpened, &QEventLoop::quit);
        window.openRegister(empty);
        emptyOpened.exec();
        window.showPage(gui::MainWindow::DashboardPageIndex);
        settle(300);
        window.grab().save(QDir(out).filePath(QStringLiteral("empty-register.png")));
    }
    std::printf("screenshots written to %s\n", qPrintable(out));
    return 0;
}

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../testutil.h"
#include "gui/reportspage.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bulwark;
using namespace bulwark::gui;
using reports::ReportFormat;
using reports::ReportKind;

/// Issue 14, "Faces": the window's Reports page builds the same reports as `bulwark report` on a worker, shows their
/// pages, exports them, and shows what the model refuses as its message.
class tst_ReportsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void auditPreviewHasThePdfsPages();
    void exportPdfAndHtml();
    void formatsFollowTheKind();
    void exportToAnUnwritableFolderWritesNothing();
    void scenarioWithoutSavedScenarioIsRefused();
    void scenarioWithNoneCheckedIsRefused();
    void keyboardReachesEveryControl();
    void aReportInAnotherLanguageThanTheWindow();

private:
    /// Builds the preview and waits for it; false when the page refused.
    bool preview(ReportsPage *page);
    /// Exports to `path` and waits; whether it was written.
    bool exportTo(ReportsPage *page, const QString &path);
    static int pdfPages(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<RegisterService> m_service;
    std::unique_ptr<ReportsPage> m_page;
    const QDate m_date{2026, 11, 30};
};

void tst_ReportsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString demo = m_dir.filePath(QStringLiteral("demo.bulwark"));
    QVERIFY(DemoRegister::create(demo, m_date));
    auto service = RegisterService::open(demo, store::Database::OpenMode::OpenExisting);
    QVERIFY(service);
    m_service = std::move(*service);
    m_page = std::make_unique<ReportsPage>();
    m_page->resize(1100, 700);
    m_page->setService(m_service.get());
    m_page->dateEdit()->setDate(m_date);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_ReportsPage::cleanupTestCase()
{
    m_page.reset();
    m_service.reset();
}

bool tst_ReportsPage::preview(ReportsPage *page)
{
    QSignalSpy ready(page, &ReportsPage::previewReady);
    page->refreshPreview();
    if (ready.isEmpty() && !ready.wait(30000))
        return false;
    return ready.last().first().toBool();
}

bool tst_ReportsPage::exportTo(ReportsPage *page, const QString &path)
{
    QSignalSpy exported(page, &ReportsPage::exported);
    page->exportTo(path);
    if (exported.isEmpty() && !exported.wait(30000))
        return false;
    return exported.last().first().toBool();
}

int tst_ReportsPage::pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(30000))
        return -1;
    static const QRegularExpression pagesLine(QStringLiteral(R"(Pages:\s+(\d+))"));
    const auto match = pagesLine.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void tst_ReportsPage::auditPreviewHasThePdfsPages()
{
    m_page->setKind(ReportKind::Audit);
    // The latest stored assessment is chosen, as `bulwark report audit` without --assessment.
    QVERIFY(m_page->assessmentCombo()->isVisible());
    QVERIFY(m_page->assessmentCombo()->count() >= 2);
    QVERIFY(!m_page->assessmentCombo()->currentData().toString().isEmpty());
    QVERIFY(!m_page->scenarioList()->isVisible());
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(preview(m_page.get()), qPrintable(m_page->messageLabel()->text()));
    const qint64 built = timer.elapsed();
    PagePreview *pages = m_page->preview();
    QVERIFY2(pages->pageCount() > 10, qPrintable(QString::number(pages->pageCount())));
    qInfo("the demo's audit report: %d pages", pages->pageCount());
    // The first page is painted on a worker and arrives by itself.
    QTRY_VERIFY_WITH_TIMEOUT(pages->isPainted(0), 15000);
    qInfo("preview of the demo's audit report: built and laid out in %lld ms, first page painted after %lld ms",
          built,
          qint64(timer.elapsed()));
    // Scrolling down paints the pages that come into view.
    pages->showPage(pages->pageCount() - 1);
    QTRY_VERIFY_WITH_TIMEOUT(pages->isPainted(pages->pageCount() - 1), 15000);
}

void tst_ReportsPage::exportPdfAndHtml()
{
    m_page->setKind(ReportKind::Audit);
    m_page->setFormat(ReportFormat::Pdf);
    QVERIFY(preview(m_page.get()));
    const int previewed = m_page->preview()->pageCount();

    const QString pdf = m_dir.filePath(QStringLiteral("audit.pdf"));
    QVERIFY2(exportTo(m_page.get(), pdf), qPrintable(m_page->messageLabel()->text()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    // The preview showed the pages of this PDF.
    QCOMPARE(pdfPages(pdf), previewed);
    QVERIFY(m_page->messageLabel()->isVisible());
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("audit.pdf")),
             qPrintable(m_page->messageLabel()->text()));

    m_page->setFormat(ReportFormat::Html);
    const QString html = m_dir.filePath(QStringLiteral("audit.html"));
    QVERIFY2(exportTo(m_page.get(), html), qPrintable(m_page->messageLabel()->text()));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray start = htmlFile.read(200);
    QVERIFY2(start.startsWith("<!DOCTYPE"), start.constData());
    QVERIFY(start.contains("<html"));
}

void tst_ReportsPage::formatsFollowTheKind()
{
    auto *format = m_page->findChild<QComboBox *>(QStringLiteral("reportFormat"));
    auto *paper = m_page->findChild<QComboBox *>(QStringLiteral("reportPaper"));
    QVERIFY(format && paper);
    m_page->setKind(ReportKind::Register);
    QCOMPARE(format->count(), int(reports::Reports::formats(ReportKind::Register).size()));
    QVERIFY(format->findData(int(ReportFormat::Pdf)) < 0); // the register extract has no PDF
    QVERIFY(m_page->format() != ReportFormat::Pdf);
    QVERIFY(!paper->isEnabled());
    m_page->setKind(ReportKind::Audit);
    QCOMPARE(format->count(), int(reports::Reports::formats(ReportKind::Audit).size()));
    m_page->setFormat(ReportFormat::Pdf);
    QVERIFY(paper->isEnabled());
    QCOMPARE(m_page->request().date, m_date);
}

void tst_ReportsPage::exportToAnUnwritableFolderWritesNothing()
{
    // A "folder" that is a file: no account can write below it (the tests may run as root, which chmod does not stop).
    const QString file = m_dir.filePath(QStringLiteral("not-a-folder"));
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_page->setKind(ReportKind::Audit);
    m_page->setFormat(ReportFormat::Pdf);
    const QString target = file + QStringLiteral("/audit.pdf");
    QVERIFY(!exportTo(m_page.get(), target));
    QVERIFY(!QFile::exists(target));
    QVERIFY(m_page->messageLabel()->isVisible());
    QVERIFY2(m_page->messageLabel()->text().startsWith(QStringLiteral("Not done: ")),
             qPrintable(m_page->messageLabel()->text()));
    QVERIFY(m_page->messageLabel()->text().size() > 20);
    qInfo("%s", qPrintable(m_page->messageLabel()->text()));
}

void tst_ReportsPage::scenarioWithoutSavedScenarioIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.bulwark"));
    auto service = test::openService(path);
    QVERIFY(service);
    ReportsPage page;
    page.setService(service.get());
    page.setKind(ReportKind::Scenario);
    QVERIFY(page.scenarioList()->isVisibleTo(&page));
    QCOMPARE(page.scenarioList()->count(), 0);
    QVERIFY(!preview(&page));
    QVERIFY(page.messageLabel()->isVisibleTo(&page));
    QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("No failure scenario is saved")),
             qPrintable(page.messageLabel()->text()));
    QCOMPARE(page.preview()->pageCount(), 0);
    const QString target = m_dir.filePath(QStringLiteral("scenario.pdf"));
    QVERIFY(!exportTo(&page, target));
    QVERIFY(!QFile::exists(target));

    // The audit report of a register without a stored assessment: the model's own message.
    page.setKind(ReportKind::Audit);
    QVERIFY(!page.assessmentCombo()->isEnabled());
    QVERIFY(!preview(&page));
    QVERIFY2(page.messageLabel()->text().startsWith(QStringLiteral("Not done: ")),
             qPrintable(page.messageLabel()->text()));
    qInfo("%s", qPrintable(page.messageLabel()->text()));
    QVERIFY(!exportTo(&page, target));
    QVERIFY(!QFile::exists(target));
}

void tst_ReportsPage::scenarioWithNoneCheckedIsRefused()
{
    m_page->setKind(ReportKind::Scenario);
    QListWidget *list = m_page->scenarioList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), int(m_service->scenarios().size()));
    QVERIFY(list->count() > 0);
    for (int row = 0; row < list->count(); ++row) {
        QCOMPARE(list->item(row)->checkState(), Qt::Checked); // every saved one at first, as the command line
        list->item(row)->setCheckState(Qt::Unchecked);
    }
    QVERIFY(m_page->request().scenarios.isEmpty());
    QVERIFY(!preview(m_page.get()));
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("Check at least one scenario")),
             qPrintable(m_page->messageLabel()->text()));
    list->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(m_page->request().scenarios, QStringList{list->item(0)->text()});
}

void tst_ReportsPage::keyboardReachesEveryControl()
{
    m_page->setKind(ReportKind::Audit);
    m_page->setFormat(ReportFormat::Pdf);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("reportKind"));
    kind->setFocus();
    QTRY_VERIFY(kind->hasFocus());
    QStringList reached;
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus == kind)
            break;
        // A date edit's focus is its line edit inside; name the control.
        while (focus && focus->objectName().isEmpty() && focus->parentWidget() != m_page.get())
            focus = focus->parentWidget();
        reached << (focus ? focus->objectName() : QString());
    }
    for (const char *name : {"reportAssessment",
                             "reportDate",
                             "reportClassification",
                             "reportEntity",
                             "reportLanguage",
                             "reportFormat",
                             "reportPaper",
                             "reportPreviewButton",
                             "reportExport",
                             "reportOpenWhenDone",
                             "reportZoom",
                             "reportPreview"})
        QVERIFY2(reached.contains(QLatin1String(name)),
                 qPrintable(QLatin1String(name) + QStringLiteral(" not in ") + reached.join(u' ')));
    // Export's key.
    bool exportKey = false;
    const auto shortcuts = m_page->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts)
        exportKey = exportKey || shortcut->key() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QVERIFY(exportKey);
}

void tst_ReportsPage::aReportInAnotherLanguageThanTheWindow()
{
    // The window speaks English; the report is chosen in German and is written in German (issue 15).
    auto *language = m_page->findChild<QComboBox *>(QStringLiteral("reportLanguage"));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en")); // the window's language by default
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QCOMPARE(m_page->request().language, QStringLiteral("de"));
    m_page->setKind(ReportKind::Audit);
    m_page->setFormat(ReportFormat::Html);
    const QString html = m_dir.filePath(QStringLiteral("audit-de.html"));
    QVERIFY2(exportTo(m_page.get(), html), qPrintable(m_page->messageLabel()->text()));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("<html lang=\"de\">")));
    QVERIFY2(text.contains(QStringLiteral("Kritische Funktionen")), "the German heading is missing");
    QVERIFY(!text.contains(QStringLiteral("Executive summary")));
    // The page itself still speaks English.
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("audit-de.html")),
             qPrintable(m_page->messageLabel()->text()));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
}

QTEST_MAIN(tst_ReportsPage)
#include "tst_reportspage.moc"

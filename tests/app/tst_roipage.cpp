// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Register of Information page (issue 18) on the offscreen platform: the demo's 15 templates as the builder makes
// them, ready to file; a break through the register's write path shows up as a problem that jumps to its template,
// row and column and to the record to fix; the package is refused while blocking problems remain; the Dashboard counts
// the sub-contractors under two or more direct providers.
#include "gui/dashboardpage.h"
#include "gui/mainwindow.h"
#include "gui/models/roiproblemmodel.h"
#include "gui/models/roitablemodel.h"
#include "gui/registerpage.h"
#include "gui/roipage.h"
#include "gui/stalenotice.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/roi/builder.h"
#include "model/roi/checks.h"
#include "model/roi/package.h"
#include "model/roi/records.h"
#include "model/roi/supplychain.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace bulwark;
using namespace bulwark::gui;

class tst_RoiPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDemoReadyToFile();
    void valuesReadAsWords();
    void aBreakJumpsToItsCell();
    void buildersNotesAreMapErrors();
    void exportRefusesBlockingProblems();
    void dashboardCountsSubcontractorConcentration();

private:
    /// Opens the demo in the window and shows the page; waits for its build.
    bool openOnPage();
    /// What the page should show: the builder and the checks on the register as the service holds it.
    roi::BuildResult expectedBuild() const;

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;
    RoiPage *m_page = nullptr;
};

void tst_RoiPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_RoiPage::init()
{
    // A fresh demo per test: some tests break it.
    m_demo = m_dir.filePath(QStringLiteral("demo-%1.bulwark").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(DemoRegister::create(m_demo));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page = m_window->roiPage();
    QVERIFY(m_page);
}

void tst_RoiPage::cleanup()
{
    m_window.reset();
}

bool tst_RoiPage::openOnPage()
{
    QSignalSpy opened(m_window.get(), &MainWindow::registerOpened);
    QSignalSpy built(m_page, &RoiPage::refreshed);
    m_window->openRegister(m_demo);
    if (!opened.wait(15000) || !opened.last().at(1).toBool())
        return false;
    // Hidden behind the Dashboard, the page builds when it is shown (not after every change).
    if (m_page->isBuilding() || !built.isEmpty())
        return false;
    m_window->showPage(MainWindow::RoiPageIndex);
    if (built.isEmpty() && !built.wait(15000))
        return false;
    return built.last().first().toBool();
}

roi::BuildResult tst_RoiPage::expectedBuild() const
{
    return roi::Builder::build(m_window->service()->snapshot(), m_page->options());
}

void tst_RoiPage::showsTheDemoReadyToFile()
{
    QVERIFY(openOnPage());
    QCOMPARE(m_page->options().referenceDate, QDate(QDate::currentDate().year() - 1, 12, 31));
    QCOMPARE(m_page->options().consolidation, roi::Consolidation::Individual);
    QAbstractItemModelTester tableTester(m_page->tableModel());
    QAbstractItemModelTester problemTester(m_page->problemModel());

    const roi::BuildResult expected = expectedBuild();
    QVERIFY(expected.notes.empty());
    QVERIFY(roi::checkReport(expected.report).empty());

    // The 15 templates with the builder's row counts, none marked.
    QTreeWidget *list = m_page->templateList();
    QCOMPARE(list->topLevelItemCount(), roi::templateCount);
    for (int i = 0; i < roi::templateCount; ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        const roi::Template &t = roi::templates()[std::size_t(i)];
        QCOMPARE(item->text(0), QString::fromLatin1(t.code));
        QCOMPARE(item->text(1), t.titleText());
        QCOMPARE(item->text(2), QLocale().toString(qlonglong(expected.report.table(t.id).rows.size())));
        QVERIFY2(item->icon(0).isNull(), t.code);
    }
    QCOMPARE(m_page->summaryLabel()->text(), QStringLiteral("Ready to file: no problems"));
    QCOMPARE(m_page->problemModel()->rowCount(), 0);
    QVERIFY(!m_page->staleNotice()->isStale());

    // Choosing a template shows its rows, with headers "c0010 Label".
    m_page->selectTemplate(roi::TemplateId::B0202);
    QCOMPARE(m_page->currentTemplate(), roi::TemplateId::B0202);
    const roi::Template &b0202 = roi::templateOf(roi::TemplateId::B0202);
    QCOMPARE(m_page->tableView()->model()->rowCount(), int(expected.report.table(roi::TemplateId::B0202).rows.size()));
    QCOMPARE(m_page->tableView()->model()->columnCount(), int(b0202.columns.size()));
    QCOMPARE(m_page->tableView()->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("c0010 Contractual arrangement reference number"));

    // The filter keeps the rows containing the text; Edit > Find puts the keyboard there.
    const QString reference = expected.report.table(roi::TemplateId::B0202).rows.front().values[0];
    int matching = 0;
    for (const roi::Row &row : expected.report.table(roi::TemplateId::B0202).rows)
        matching += row.values.join(u'\n').contains(reference, Qt::CaseInsensitive) ? 1 : 0;
    m_page->findChild<QLineEdit *>(QStringLiteral("roiFilter"))->setText(reference);
    QVERIFY(m_page->tableView()->model()->rowCount() >= 1);
    QVERIFY(m_page->tableView()->model()->rowCount() <= matching);
    m_window->findChild<QAction *>(QStringLiteral("edit_find"))->trigger();
    QCOMPARE(QApplication::focusWidget(), m_page->findChild<QLineEdit *>(QStringLiteral("roiFilter")));

    // View > Register of Information is the eighth page (Ctrl+8) and opens this part of the guide.
    QCOMPARE(m_window->pageActions().value(MainWindow::RoiPageIndex)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_8));
    QCOMPARE(m_window->helpSection(), QStringLiteral("roi"));
}

void tst_RoiPage::valuesReadAsWords()
{
    QVERIFY(openOnPage());
    const roi::BuildResult expected = expectedBuild();
    // B_02.01 c0020, the type of arrangement: the list's label shown, the EBA code as written in the tooltip.
    m_page->selectTemplate(roi::TemplateId::B0201);
    const roi::Template &t = roi::templateOf(roi::TemplateId::B0201);
    const int column = t.column(u"c0020");
    QVERIFY(column >= 0);
    const QString written = expected.report.table(roi::TemplateId::B0201).rows.front().values[column];
    const roi::Code *code = roi::Codes::byEba(roi::CodeList::ArrangementType, written);
    QVERIFY2(code, qPrintable(written));
    RoiTableModel *model = m_page->tableModel();
    QCOMPARE(model->index(0, column).data().toString(), roi::Codes::label(*code));
    QCOMPARE(model->index(0, column).data(RoiTableModel::WrittenRole).toString(), written);
    QVERIFY(model->index(0, column).data(Qt::ToolTipRole).toString().contains(written));
    // A date as written.
    const int start = t.column(u"c0070");
    if (start >= 0 && t.columns[std::size_t(start)].kind == roi::ValueKind::Date)
        QCOMPARE(model->index(0, start).data().toString(),
                 expected.report.table(roi::TemplateId::B0201).rows.front().values[start]);
}

void tst_RoiPage::aBreakJumpsToItsCell()
{
    QVERIFY(openOnPage());
    // Remove the overarching arrangement that subsequent ones name: a blocking problem (reference R13, check 807).
    QSignalSpy built(m_page, &RoiPage::refreshed);
    ChangeSet change;
    change.removeRecords.push_back({&roi::arrangementType(), QStringLiteral("C-NWC-2021")});
    const ChangeSet back = m_window->service()->inverse(change);
    QVERIFY(m_window->service()->apply(change));
    QVERIFY(built.wait(15000));
    QCOMPARE(built.last().first().toBool(), true);
    QVERIFY(!m_page->staleNotice()->isStale());

    const roi::BuildResult expected = expectedBuild();
    const std::vector<roi::Problem> problems = roi::checkReport(expected.report);
    QVERIFY(!problems.empty());
    RoiProblemModel *model = m_page->problemModel();
    QCOMPARE(model->rowCount(), int(expected.notes.size() + problems.size()));
    const int blocking = int(std::count_if(
        problems.begin(), problems.end(), [](const roi::Problem &p) { return p.severity == roi::Severity::Blocking; }));
    QVERIFY(blocking > 0);
    QVERIFY2(m_page->summaryLabel()->text().startsWith(QStringLiteral("%1 blocking").arg(blocking)),
             qPrintable(m_page->summaryLabel()->text()));
    // The template is marked.
    const roi::Problem &first = problems.front();
    QVERIFY(!m_page->templateList()->topLevelItem(int(first.table))->icon(0).isNull());

    // Find the problem in the list, hide its row with the filter, and activate it with Enter.
    m_page->findChild<QLineEdit *>(QStringLiteral("roiFilter"))->setText(QStringLiteral("no row has this text"));
    QTableView *view = m_page->problemView();
    int shownRow = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const int entry = view->model()->index(r, 0).data(RoiProblemModel::EntryRole).toInt();
        const roi::Problem &p = model->entry(entry).problem;
        if (p.rule == first.rule && p.table == first.table && p.row == first.row && p.column == first.column)
            shownRow = r;
    }
    QVERIFY(shownRow >= 0);
    QCOMPARE(view->model()->index(shownRow, 0).data().toString(), QStringLiteral("Blocking"));
    m_page->selectTemplate(roi::TemplateId::B0101);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(shownRow, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_page->currentTemplate(), first.table);
    const QModelIndex current = m_page->tableView()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("roiFilter"))->text().isEmpty()); // cleared to show it
    QCOMPARE(current.row(), first.row); // no sort, no filter: the builder's order
    QCOMPARE(current.data(RoiTableModel::WrittenRole).toString(),
             expected.report.table(first.table)
                 .rows[std::size_t(first.row)]
                 .values[roi::templateOf(first.table).column(first.column)]);
    QCOMPARE(m_page->tableView()->model()->headerData(current.column(), Qt::Horizontal).toString().left(5),
             first.column);
    QVERIFY(m_page->tableView()->selectionModel()->isSelected(current));

    // Go to Record (Ctrl+Return on the list) opens the record in its dialog (tst_roirecords edits it there).
    QCOMPARE(first.source.table, QStringLiteral("roi_arrangement"));
    QVERIFY(m_page->goToRecordAction()->isEnabled());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_page->recordDialog());
    QCOMPARE(m_page->recordDialog()->original().key(), first.source.key);
    m_page->recordDialog()->reject();

    // Undo brings the register back to ready (the page builds again when shown).
    m_window->showPage(MainWindow::RoiPageIndex);
    if (m_page->isBuilding())
        QVERIFY(built.wait(15000));
    built.clear();
    QVERIFY(m_window->service()->apply(back));
    QVERIFY(built.wait(15000));
    QCOMPARE(m_page->summaryLabel()->text(), QStringLiteral("Ready to file: no problems"));
}

void tst_RoiPage::buildersNotesAreMapErrors()
{
    QVERIFY(openOnPage());
    // An arrangement that ICT services name removed: the builder says so (rule "map"), for no template.
    QSignalSpy built(m_page, &RoiPage::refreshed);
    ChangeSet change;
    change.removeRecords.push_back({&roi::arrangementType(), QStringLiteral("C-AZR-2020")});
    QVERIFY(m_window->service()->apply(change));
    QVERIFY(built.wait(15000));
    const roi::BuildResult expected = expectedBuild();
    QVERIFY(!expected.notes.empty());
    RoiProblemModel *model = m_page->problemModel();
    int notes = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const RoiProblemModel::Entry &entry = model->entry(r);
        if (entry.problem.rule != u"map")
            continue;
        QCOMPARE(entry.problem.severity, roi::Severity::Error);
        QVERIFY(!entry.hasTemplate);
        QCOMPARE(model->index(r, int(RoiProblemModel::Column::Template)).data().toString(), QString());
        QCOMPARE(entry.problem.message, expected.notes[std::size_t(notes)].message);
        ++notes;
    }
    QCOMPARE(notes, int(expected.notes.size()));
    QVERIFY(!m_page->goToProblem(0));
    // Its record is the ICT service's terms: opened in the record dialog.
    QCOMPARE(model->entry(0).problem.source.table, QStringLiteral("roi_service"));
    m_page->goToRecord(0);
    QVERIFY(m_page->recordDialog());
    QCOMPARE(m_page->recordDialog()->original().key(), model->entry(0).problem.source.key);
    m_page->recordDialog()->reject();
}

void tst_RoiPage::exportRefusesBlockingProblems()
{
    QVERIFY(openOnPage());
    QTemporaryDir out;
    QSignalSpy written(m_page, &RoiPage::packageWritten);
    QVERIFY(m_page->exportPackage(out.path()));
    QVERIFY(written.wait(15000));
    QCOMPARE(written.last().at(1).toBool(), true);
    const QString path = written.last().at(0).toString();
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(out.path()).absolutePath());
    QVERIFY2(QFileInfo(path).fileName().startsWith(m_page->report()->lei + QStringLiteral(".IND_")), qPrintable(path));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("roiOpenFolder"))->isVisibleTo(m_page));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto read = roi::readPackage(file.readAll(), QFileInfo(path).fileName());
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    for (const roi::Table &t : m_page->report()->tables)
        QCOMPARE(read->table(t.id).rows.size(), t.rows.size());

    // With a blocking problem: refused, unless asked for anyway.
    QSignalSpy built(m_page, &RoiPage::refreshed);
    ChangeSet change;
    change.removeRecords.push_back({&roi::arrangementType(), QStringLiteral("C-NWC-2021")});
    QVERIFY(m_window->service()->apply(change));
    QVERIFY(built.wait(15000));
    QTemporaryDir second;
    const auto refused = m_page->exportPackage(second.path());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("blocking")), qPrintable(refused.error().message));
    QVERIFY(QDir(second.path()).isEmpty());
    QVERIFY(m_page->exportPackage(second.path(), true));
    QVERIFY(written.wait(15000));
    QCOMPARE(written.last().at(1).toBool(), true);
    QVERIFY(QFileInfo::exists(written.last().at(0).toString()));
}

void tst_RoiPage::dashboardCountsSubcontractorConcentration()
{
    DashboardPage *dashboard = m_window->dashboardPage();
    QSignalSpy refreshed(dashboard, &DashboardPage::refreshed);
    m_window->openRegister(m_demo);
    QVERIFY(refreshed.wait(15000));
    QCOMPARE(refreshed.last().first().toBool(), true);
    const roi::BuildResult built = roi::Builder::build(
        m_window->service()->snapshot(), {RoiPage::defaultReferenceDate(), roi::Consolidation::Individual, {}});
    const std::vector<roi::Subcontractor> subcontractors = roi::subcontractors(built.report);
    const int expected = roi::subcontractorConcentrationCount(subcontractors);
    QCOMPARE(expected, 2); // the demo's two sub-contractors under two providers each
    QLabel *figure = dashboard->subcontractorFigure();
    QVERIFY2(figure->text().contains(QStringLiteral("<b>%1</b>").arg(expected)), qPrintable(figure->text()));
    for (const roi::Subcontractor &s : subcontractors) {
        if (!s.isConcentration())
            continue;
        QVERIFY2(figure->toolTip().contains(s.name.toHtmlEscaped()), qPrintable(figure->toolTip()));
        for (const QString &name : s.names)
            QVERIFY2(figure->toolTip().contains(name.toHtmlEscaped()), qPrintable(figure->toolTip()));
    }
}

QTEST_MAIN(tst_RoiPage)
#include "tst_roipage.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../testutil.h"
#include "gui/actiondialog.h"
#include "gui/assessmentpage.h"
#include "gui/comparisondialog.h"
#include "gui/dashboardpage.h"
#include "gui/evidencedialog.h"
#include "gui/mainwindow.h"
#include "gui/models/requirementtreemodel.h"
#include "gui/signoffdialog.h"
#include "gui/snapshotcache.h"
#include "gui/stalenotice.h"
#include "gui/theme.h"
#include "model/analysis/graphsnapshot.h"
#include "model/assessment/catalogue.h"
#include "model/assessment/compare.h"
#include "model/assessment/evidence.h"
#include "model/assessment/inputs.h"
#include "model/assessment/run.h"
#include "model/assessment/summary.h"
#include "model/assessment/workflow.h"
#include "model/exchange/demoregister.h"
#include "model/register/registerservice.h"
#include "model/store/registerstore.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <memory>
#include <tuple>

using namespace bulwark;
using namespace bulwark::gui;
using namespace bulwark::assessment;

/// Issue 13, "Faces": the Assessment page presents what the model decides (results, scores, findings, sign-off
/// rules), and its writes are undoable steps through the register's one write path.
class tst_AssessmentPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void smallRegisterTreeShowsTheModelsResults();
    void demoTreeShowsTheModelsResults();
    void saveAsAssessmentUndoes();
    void judgementWritesAndUndoes();
    void approveBySameAccountIsRefused();
    void frozenAssessmentRefusesJudgement();
    void findingLinksGoToTheRegister();
    void suggestedFixIsOneUndoableStep();
    void remediationActionForFindings();
    void dashboardTileShowsTheScore();
    void compareShowsTheModelsComparison();
    void evidenceFileShowsItsHashAndUndoes();
    void expiredEvidenceStandsOut();
    void fileDroppedOnARequirementIsOfferedAsItsEvidence();
    void overdueActionStandsOut();

private:
    bool runChecks(AssessmentPage *page);
    /// Saves the last run as `key` and waits until it is written.
    bool save(AssessmentPage *page, const QString &key, const QString &title = {});
    /// What the model decides for the register at `path` (the same run the page makes).
    AssessmentRun modelRun(const QString &path);
    void compareTree(const AssessmentRun &run);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<RegisterService> m_service;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AssessmentPage> m_page;
    const QDate m_today{2026, 11, 30};
};

void tst_AssessmentPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_AssessmentPage::init()
{
    static int count = 0;
    m_path = m_dir.filePath(QStringLiteral("small-%1.bulwark").arg(++count));
    m_service = test::openService(m_path);
    QVERIFY(m_service);
    QVERIFY(m_service->apply(test::smallRegister()));
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<AssessmentPage>(m_undo.get());
    m_page->setToday(m_today);
    m_page->setService(m_service.get());
}

void tst_AssessmentPage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_service.reset();
}

bool tst_AssessmentPage::runChecks(AssessmentPage *page)
{
    QSignalSpy finished(page, &AssessmentPage::finished);
    page->run();
    return (page->isRunning() ? finished.wait(30000) : !finished.isEmpty()) && finished.last().first().toBool();
}

bool tst_AssessmentPage::save(AssessmentPage *page, const QString &key, const QString &title)
{
    QSignalSpy saved(page, &AssessmentPage::saved);
    if (!page->saveAs(key, title))
        return false;
    return saved.wait(30000) && saved.last().first().toBool();
}

AssessmentRun tst_AssessmentPage::modelRun(const QString &path)
{
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    Q_ASSERT(db);
    auto stored = store::RegisterStore::load(**db);
    Q_ASSERT(stored);
    RegisterData data = std::move(stored->data);
    data.sort();
    const CheckContext context(data, analysis::GraphSnapshot::fromRegister(data), m_today);
    auto run = runAssessment(CatalogueLoader::dora(), context);
    Q_ASSERT(run);
    return std::move(*run);
}

void tst_AssessmentPage::compareTree(const AssessmentRun &run)
{
    RequirementTreeModel *model = m_page ? m_page->requirementModel() : nullptr;
    QVERIFY(model);
    QCOMPARE(int(run.requirements.size()), int(CatalogueLoader::dora().requirements.size()));
    int differ = 0;
    for (const RequirementOutcome &outcome : run.requirements) {
        const QModelIndex index = model->indexOf(outcome.requirement->id);
        QVERIFY2(index.isValid(), qPrintable(outcome.requirement->id));
        const QModelIndex result = index.siblingAtColumn(int(RequirementTreeModel::Column::Result));
        differ += result.data(RequirementTreeModel::ResultRole).toInt() != int(outcome.result) ? 1 : 0;
        // A word, not only a colour.
        QCOMPARE(result.data().toString(), displayName(outcome.result));
        QCOMPARE(result.data(Qt::DecorationRole).value<QColor>(), RequirementTreeModel::colour(outcome.result));
    }
    QCOMPARE(differ, 0);
    // Chapter scores are the model's.
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex chapter = model->index(c, int(RequirementTreeModel::Column::Score));
        QCOMPARE(chapter.data().toString(),
                 RequirementTreeModel::scoreText(
                     run.score.byChapter.value(chapter.data(RequirementTreeModel::KeyRole).toString(), -1)));
    }
}

void tst_AssessmentPage::smallRegisterTreeShowsTheModelsResults()
{
    QVERIFY(runChecks(m_page.get()));
    const AssessmentRun run = modelRun(m_path);
    compareTree(run);
    QVERIFY2(m_page->scoreLabel()->text().contains(RequirementTreeModel::scoreText(run.score.overall)),
             qPrintable(m_page->scoreLabel()->text()));
    int findings = 0;
    for (const CheckRun &check : run.checks)
        findings += int(check.outcome.findings.size());
    QVERIFY(findings > 0); // the small register has a critical function with single points of failure
    QTRY_COMPARE(m_page->findingModel()->rowCount(), findings);
    // The filter narrows the findings table (on a worker).
    QSignalSpy shown(m_page.get(), &AssessmentPage::findingsShown);
    m_page->setFindingFilter(QStringLiteral("cif-no-spof"));
    QVERIFY(shown.wait(10000));
    QVERIFY(m_page->findingModel()->rowCount() > 0);
    QVERIFY(m_page->findingModel()->rowCount() < findings);
    QCOMPARE(m_page->findingsMatched(), m_page->findingModel()->rowCount());
    for (int i = 0; i < m_page->findingModel()->rowCount(); ++i)
        QCOMPARE(m_page->findingModel()->row(i).cells[4].text, QStringLiteral("cif-no-spof"));
}

void tst_AssessmentPage::demoTreeShowsTheModelsResults()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo-tree.bulwark"));
    QVERIFY(DemoRegister::create(demo));
    m_page.reset();
    m_service = test::openService(demo);
    QVERIFY(m_service);
    m_page = std::make_unique<AssessmentPage>(m_undo.get());
    m_page->setToday(m_today);
    m_page->setService(m_service.get());
    QVERIFY(runChecks(m_page.get()));
    const AssessmentRun run = modelRun(demo);
    compareTree(run);
    // The demo hides things for the checks to find: a non-compliant requirement shows its failed check.
    m_page->selectRequirement(QStringLiteral("dora-10-1"));
    const QString detail = m_page->detailBrowser()->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("FAIL")), qPrintable(detail.left(400)));
    QVERIFY(detail.contains(QStringLiteral("single point of failure")));
}

void tst_AssessmentPage::saveAsAssessmentUndoes()
{
    QVERIFY(runChecks(m_page.get()));
    QVERIFY(save(m_page.get(), QStringLiteral("A-1"), QStringLiteral("First")));
    auto stored = m_service->records(assessmentType());
    QVERIFY(stored.contains(QStringLiteral("A-1")));
    QCOMPARE(TableType<Assessment>::value(stored.value(QStringLiteral("A-1"))).status, AssessmentStatus::Draft);
    QCOMPARE(m_page->assessmentKey(), QStringLiteral("A-1"));
    // The stored results are the run's (recordRun, the model's), and the page shows them.
    compareTree(modelRun(m_path));
    QVERIFY(!m_service->records(findingType()).isEmpty());
    // One step in Edit > Undo.
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QVERIFY(!m_service->records(assessmentType()).contains(QStringLiteral("A-1")));
    QVERIFY(m_service->records(findingType()).isEmpty());
    QCOMPARE(m_page->assessmentKey(), QString()); // the live register again
    m_undo->redo();
    QVERIFY(m_service->records(assessmentType()).contains(QStringLiteral("A-1")));
    // A key that exists is not overwritten.
    QVERIFY(!m_page->saveAs(QStringLiteral("A-1"), QString()));
}

void tst_AssessmentPage::judgementWritesAndUndoes()
{
    QVERIFY(runChecks(m_page.get()));
    QVERIFY(save(m_page.get(), QStringLiteral("A-1")));
    const QString requirement = QStringLiteral("dora-5-2"); // no automated check: the assessor judges it
    const QString key = requirementResultKey(QStringLiteral("A-1"), requirement);
    auto value
        = [&] { return TableType<RequirementResultValue>::value(m_service->records(requirementResultType())[key]); };
    QVERIFY(!value().judgement);
    QVERIFY(m_page->setJudgement(requirement, RequirementResult::Compliant, QStringLiteral("Minutes of 2026-03-01")));
    QCOMPARE(value().judgement, std::optional(RequirementResult::Compliant));
    QCOMPARE(value().notes, QStringLiteral("Minutes of 2026-03-01"));
    const QModelIndex result
        = m_page->requirementModel()->indexOf(requirement).siblingAtColumn(int(RequirementTreeModel::Column::Result));
    QCOMPARE(result.data(RequirementTreeModel::ResultRole).toInt(), int(RequirementResult::Compliant));
    QVERIFY(result.data().toString().contains(QStringLiteral("judged")));
    // The score follows the model's rule for the judged results.
    const AssessmentSummary summary = summarise(CatalogueLoader::dora(),
                                                QStringLiteral("A-1"),
                                                m_service->records(requirementResultType()),
                                                m_service->records(findingType()));
    QVERIFY(m_page->scoreLabel()->text().contains(RequirementTreeModel::scoreText(summary.score.overall)));
    m_undo->undo();
    QVERIFY(!value().judgement);
    QVERIFY(value().notes.isEmpty());
    QCOMPARE(m_page->requirementModel()
                 ->indexOf(requirement)
                 .siblingAtColumn(int(RequirementTreeModel::Column::Result))
                 .data(RequirementTreeModel::ResultRole)
                 .toInt(),
             int(RequirementResult::NotAssessed));
}

void tst_AssessmentPage::approveBySameAccountIsRefused()
{
    QVERIFY(runChecks(m_page.get()));
    QVERIFY(save(m_page.get(), QStringLiteral("A-1")));
    SignOffDialog *submit = m_page->openSignOff(SignOffDialog::Step::Submit);
    QVERIFY(submit);
    QVERIFY2(submit->isAllowed(), qPrintable(submit->refusal()));
    submit->accept();
    auto a = TableType<Assessment>::value(m_service->records(assessmentType())[QStringLiteral("A-1")]);
    QCOMPARE(a.status, AssessmentStatus::Submitted);
    QCOMPARE(a.submittedBy, Actor::current().user);
    // The same account cannot approve: the register's rule refuses, and the dialog says so in its words.
    QPointer<SignOffDialog> approve = m_page->openSignOff(SignOffDialog::Step::Approve);
    QVERIFY(approve);
    QVERIFY(!approve->isAllowed());
    QVERIFY(!approve->confirmButton()->isEnabled());
    QVERIFY2(approve->messageLabel()->text().contains(QStringLiteral("four eyes")),
             qPrintable(approve->messageLabel()->text()));
    QVERIFY(!approve->messageLabel()->isHidden());
    // The fingerprints it would record are shown.
    auto *results = approve->findChild<QLabel *>(QStringLiteral("signOffResultsHash"));
    QVERIFY(results);
    QCOMPARE(results->text(), resultsFingerprint(QStringLiteral("A-1"), m_service->records(requirementResultType())));
    approve->reject();
    a = TableType<Assessment>::value(m_service->records(assessmentType())[QStringLiteral("A-1")]);
    QCOMPARE(a.status, AssessmentStatus::Submitted);
}

void tst_AssessmentPage::frozenAssessmentRefusesJudgement()
{
    QVERIFY(runChecks(m_page.get()));
    QVERIFY(save(m_page.get(), QStringLiteral("A-1")));
    // Submitted by another account (as the command line would, run by a colleague) ...
    auto a = TableType<Assessment>::value(m_service->records(assessmentType())[QStringLiteral("A-1")]);
    a.status = AssessmentStatus::Submitted;
    a.submittedBy = QStringLiteral("colleague-%1").arg(Actor::current().user);
    a.submittedAt = m_today;
    ChangeSet submit;
    submit.add(assessmentType().record(a), ChangeSet::Mode::Update);
    QVERIFY(m_service->apply(submit, Actor{a.submittedBy, {}, {}}));
    m_page->showAssessment(QStringLiteral("A-1"));
    // ... approved here, by this account: allowed, and one undoable step.
    SignOffDialog *approve = m_page->openSignOff(SignOffDialog::Step::Approve);
    QVERIFY(approve);
    QVERIFY2(approve->isAllowed(), qPrintable(approve->refusal()));
    approve->accept();
    a = TableType<Assessment>::value(m_service->records(assessmentType())[QStringLiteral("A-1")]);
    QCOMPARE(a.status, AssessmentStatus::Approved);
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("valid")));
    // Frozen: a judgement is refused with the rule's message, and nothing is written.
    const int steps = m_undo->count();
    const auto refused = m_page->setJudgement(QStringLiteral("dora-5-2"), RequirementResult::Compliant, QString());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("frozen")), qPrintable(refused.error().message));
    QVERIFY(!m_page->messageLabel()->isHidden());
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("frozen")));
    QCOMPARE(m_undo->count(), steps);
    // A change to the map afterwards lapses the sign-off, and the page says so.
    ChangeSet edit;
    Element app = *m_service->element(QStringLiteral("APP"));
    app.name = QStringLiteral("Payments engine, renamed");
    edit.add(app, ChangeSet::Mode::Update);
    QVERIFY(m_service->apply(edit));
    QVERIFY2(m_page->statusLabel()->text().contains(QStringLiteral("LAPSED")),
             qPrintable(m_page->statusLabel()->text()));
    QVERIFY(m_page->staleNotice()->isStale());
    // The Dashboard's tile says so too.
    SnapshotCache cache;
    cache.setService(m_service.get());
    DashboardPage dashboard(&cache);
    dashboard.setService(m_service.get());
    QVERIFY2(dashboard.assessmentTile()->text().contains(QStringLiteral("LAPSED")),
             qPrintable(dashboard.assessmentTile()->text()));
}

void tst_AssessmentPage::suggestedFixIsOneUndoableStep()
{
    // A resilience test whose scope names an element the register does not have: dangling-references offers a fix.
    const ResilienceTest test{QStringLiteral("RT-1"),
                              TestType::ScenarioBasedTest,
                              m_today.addMonths(-1),
                              {QStringLiteral("APP"), QStringLiteral("GONE")},
                              TestResult::Passed,
                              Tester::Internal,
                              {}};
    ChangeSet add;
    add.add(resilienceTestType().record(test), ChangeSet::Mode::Insert);
    QVERIFY(m_service->apply(add));
    QVERIFY(runChecks(m_page.get()));
    m_page->selectRequirement(QStringLiteral("dora-8-6"));
    const QString html = m_page->detailBrowser()->toHtml();
    QVERIFY2(html.contains(QStringLiteral("fix:dangling-references/0")), qPrintable(html.left(2000)));
    QVERIFY(html.contains(QStringLiteral("Apply the suggested fix: Remove 'GONE' from the scope")));
    auto scope = [this] {
        return TableType<ResilienceTest>::value(m_service->records(resilienceTestType()).value(QStringLiteral("RT-1")))
            .scope;
    };
    QSignalSpy finished(m_page.get(), &AssessmentPage::finished);
    Q_EMIT m_page->detailBrowser()->anchorClicked(QUrl(QStringLiteral("fix:dangling-references/0")));
    QCOMPARE(scope(), QStringList{QStringLiteral("APP")});
    QCOMPARE(m_undo->count(), 1);
    // The checks run again on the mended register: the finding is gone.
    QVERIFY(finished.wait(30000));
    QVERIFY(!m_page->detailBrowser()->toHtml().contains(QStringLiteral("fix:dangling-references")));
    m_undo->undo();
    QCOMPARE(scope(), (QStringList{QStringLiteral("APP"), QStringLiteral("GONE")}));
}

void tst_AssessmentPage::remediationActionForFindings()
{
    QVERIFY(runChecks(m_page.get()));
    // A finding of a run not saved yet cannot be planned for: the page says so.
    QVERIFY(!m_page->editAction({}, {QStringLiteral("FND-0000000000000000")}));
    QVERIFY(m_page->messageLabel()->text().contains(QStringLiteral("not saved")));
    QVERIFY(save(m_page.get(), QStringLiteral("A-1"), QStringLiteral("First")));
    QString open;
    for (const Record &r : m_service->records(findingType())) {
        if (TableType<FindingValue>::value(r).status == FindingStatus::Open) {
            open = r.key();
            break;
        }
    }
    QVERIFY(!open.isEmpty());
    const int steps = m_undo->count();
    // The dialog, filled in and confirmed as a user would.
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QVERIFY(!dialog->confirmButton()->isEnabled()); // no title yet
        dialog->titleEdit()->setText(QStringLiteral("Add a second site"));
        QVERIFY(dialog->confirmButton()->isEnabled());
        filled = true;
        dialog->confirmButton()->click();
    });
    QVERIFY(m_page->editAction({}, {open}));
    QVERIFY(filled);
    QCOMPARE(m_undo->count(), steps + 1);
    const auto actions = m_service->records(remediationActionType());
    QCOMPARE(actions.size(), 1);
    const RemediationAction action = TableType<RemediationAction>::value(*actions.begin());
    QCOMPARE(action.title, QStringLiteral("Add a second site"));
    QCOMPARE(action.findings, QStringList{open});
    QCOMPARE(TableType<FindingValue>::value(m_service->records(findingType()).value(open)).status,
             FindingStatus::InRemediation); // recordAction's rule
    m_undo->undo();
    QVERIFY(m_service->records(remediationActionType()).isEmpty());
    QCOMPARE(TableType<FindingValue>::value(m_service->records(findingType()).value(open)).status, FindingStatus::Open);
}

void tst_AssessmentPage::findingLinksGoToTheRegister()
{
    QVERIFY(runChecks(m_page.get()));
    m_page->selectRequirement(QStringLiteral("dora-10-1"));
    const QString html = m_page->detailBrowser()->toHtml();
    QVERIFY2(html.contains(QStringLiteral("element:")), qPrintable(html.left(600)));
    QSignalSpy element(m_page.get(), &AssessmentPage::showElement);
    QSignalSpy map(m_page.get(), &AssessmentPage::showOnMap);
    Q_EMIT m_page->detailBrowser()->anchorClicked(QUrl(QStringLiteral("element:APP")));
    Q_EMIT m_page->detailBrowser()->anchorClicked(QUrl(QStringLiteral("map:F")));
    QCOMPARE(element.size(), 1);
    QCOMPARE(element.first().first().toString(), QStringLiteral("APP"));
    QCOMPARE(map.size(), 1);
    QCOMPARE(map.first().first().toString(), QStringLiteral("F"));
}

void tst_AssessmentPage::dashboardTileShowsTheScore()
{
    m_page.reset();
    const QString demo = m_dir.filePath(QStringLiteral("demo-dashboard.bulwark"));
    QVERIFY(DemoRegister::create(demo));
    MainWindow window;
    window.show();
    QSignalSpy opened(&window, &MainWindow::registerOpened);
    window.openRegister(demo);
    QVERIFY(opened.wait(15000) && opened.last().at(1).toBool());
    QCommandLinkButton *tile = window.dashboardPage()->assessmentTile();
    QVERIFY(tile);
    QTRY_VERIFY(tile->isVisible());
    // The latest assessment and its score as the model summarises them.
    auto expected = [&window] {
        const auto latest = latestAssessment(window.service()->records(assessmentType()));
        if (!latest)
            return std::pair<QString, AssessmentSummary>();
        return std::pair(latest->key,
                         summarise(CatalogueLoader::dora(),
                                   latest->key,
                                   window.service()->records(requirementResultType()),
                                   window.service()->records(findingType())));
    };
    auto shows = [tile](const std::pair<QString, AssessmentSummary> &e) {
        return !e.first.isEmpty() && tile->text().contains(e.first)
            && tile->text().contains(RequirementTreeModel::scoreText(e.second.score.overall))
            && tile->description().contains(QLocale().toString(e.second.openFindings));
    };
    const auto before = expected();
    QVERIFY2(!before.first.isEmpty(), "the demo has assessments");
    QVERIFY2(shows(before), qPrintable(tile->text() + u'|' + tile->description()));
    // The demo's latest assessment is a draft; the tile also says that the last sign-off (A-H1) has lapsed.
    QVERIFY2(tile->description().contains(QStringLiteral("Last sign-off: A-H1, approved by t.brandt"))
                 && tile->description().contains(QStringLiteral("LAPSED: the map changed 7 times since")),
             qPrintable(tile->description()));
    // A clicked tile opens the page; its checks, saved as an assessment with a later key on the same day.
    AssessmentPage *page = window.assessmentPage();
    page->setToday(m_today);
    QSignalSpy finished(page, &AssessmentPage::finished);
    tile->click();
    QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), page);
    QVERIFY(page->isRunning() ? finished.wait(30000) : !finished.isEmpty());
    QVERIFY(save(page, QStringLiteral("Z-2026"), QStringLiteral("DORA 2026")));
    window.showPage(MainWindow::DashboardPageIndex);
    const auto after = expected();
    QVERIFY(after.second.openFindings > 0);
    QTRY_VERIFY2(shows(after), qPrintable(tile->text() + u'|' + tile->description()));
    // Undo takes the assessment back, and the tile follows.
    window.undoStack()->undo();
    QTRY_VERIFY2(shows(before), qPrintable(tile->text()));
}

void tst_AssessmentPage::compareShowsTheModelsComparison()
{
    // The demo keeps a history: an earlier approved assessment and a later draft.
    const QString demo = m_dir.filePath(QStringLiteral("demo-compare.bulwark"));
    QVERIFY(DemoRegister::create(demo));
    m_page.reset();
    m_service = test::openService(demo);
    QVERIFY(m_service);
    m_page = std::make_unique<AssessmentPage>(m_undo.get());
    m_page->setToday(m_today);
    m_page->setService(m_service.get());
    const auto records = m_service->records(assessmentType());
    QVERIFY2(records.size() >= 2, "the demo has two assessments");
    const auto latest = latestAssessment(records);
    QVERIFY(latest);
    m_page->showAssessment(latest->key);
    QCOMPARE(m_page->assessmentKey(), latest->key);
    QPointer<ComparisonDialog> dialog = m_page->openComparison();
    QVERIFY(dialog);
    const AssessmentComparison &shown = dialog->comparison();
    QCOMPARE(shown.after.key, latest->key);
    QVERIFY(shown.before.key != latest->key);
    // What the model decides for the same two.
    const AssessmentComparison expected
        = compareAssessments(TableType<Assessment>::value(records.value(shown.before.key)),
                             *latest,
                             CatalogueLoader::dora(),
                             m_service->records(requirementResultType()),
                             m_service->records(findingType()));
    QCOMPARE(shown.verdict, expected.verdict);
    QCOMPARE(shown.verdictReason, expected.verdictReason);
    QVERIFY2(dialog->verdictLabel()->text().contains(displayName(expected.verdict)),
             qPrintable(dialog->verdictLabel()->text()));
    QCOMPARE(dialog->newFindingModel()->rowCount(), int(expected.newFindings.size()));
    QCOMPARE(dialog->goneFindingModel()->rowCount(), int(expected.goneFindings.size()));
    QCOMPARE(dialog->requirementModel()->rowCount(),
             int(expected.changed.size() + expected.onlyBefore.size() + expected.onlyAfter.size()));
    dialog->reject();
}

void tst_AssessmentPage::evidenceFileShowsItsHashAndUndoes()
{
    QVERIFY(runChecks(m_page.get()));
    QVERIFY(save(m_page.get(), QStringLiteral("A-1")));
    m_page->selectRequirement(QStringLiteral("dora-5-2"));
    const QString path = m_dir.filePath(QStringLiteral("board-minutes-2026.txt"));
    const QByteArray bytes("Minutes of the board meeting of 2026-03-01: the ICT risk framework is approved.\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QPointer<EvidenceDialog> dialog = m_page->addEvidenceFile(path);
    QVERIFY(dialog);
    // What will be stored, before anything is: the model's hash and size of the bytes.
    QCOMPARE(dialog->hashLabel()->text(), sha256Hex(bytes));
    QVERIFY2(dialog->sizeLabel()->text().contains(QString::number(bytes.size())),
             qPrintable(dialog->sizeLabel()->text()));
    QVERIFY(dialog->confirmButton()->isEnabled());
    // An expiry before the effective date is refused by the model's rule, in words.
    dialog->expiresEdit()->setDate(QDate::currentDate().addDays(-10));
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->expiresEdit()->setDate(QDate::currentDate().addYears(1));
    QVERIFY(dialog->confirmButton()->isEnabled());
    const QString key = dialog->keyEdit()->text();
    dialog->accept();
    const auto records = m_service->records(evidenceType());
    QVERIFY(records.contains(key));
    const Evidence e = TableType<Evidence>::value(records.value(key));
    QCOMPARE(e.sha256, sha256Hex(bytes));
    QCOMPARE(e.size, int(bytes.size()));
    QCOMPARE(e.fileName, QStringLiteral("board-minutes-2026.txt"));
    QCOMPARE(e.requirements, QStringList{QStringLiteral("dora-5-2")});
    QCOMPARE(e.assessment, QStringLiteral("A-1"));
    QCOMPARE(m_page->evidenceModel()->rowCount(), 1);
    QVERIFY(m_page->detailBrowser()->toPlainText().contains(QStringLiteral("board-minutes-2026.txt")));
    m_undo->undo();
    QVERIFY(!m_service->records(evidenceType()).contains(key));
    QCOMPARE(m_page->evidenceModel()->rowCount(), 0);
}

void tst_AssessmentPage::expiredEvidenceStandsOut()
{
    const QString demo = m_dir.filePath(QStringLiteral("demo-evidence.bulwark"));
    QVERIFY(DemoRegister::create(demo));
    m_page.reset();
    m_service = test::openService(demo);
    QVERIFY(m_service);
    m_page = std::make_unique<AssessmentPage>(m_undo.get());
    const QDate today = QDate::currentDate(); // the demo dates its evidence from the day it is made
    m_page->setToday(today);
    m_page->setService(m_service.get());
    const auto records = m_service->records(evidenceType());
    int expired = 0;
    for (int row = 0; row < m_page->evidenceModel()->rowCount(); ++row) {
        const ResultTableModel::Row &r = m_page->evidenceModel()->row(row);
        const EvidenceStatus status = evidenceStatus(TableType<Evidence>::value(records.value(r.key)), today);
        if (status != EvidenceStatus::Expired)
            continue;
        ++expired;
        // In colour and in a word.
        QCOMPARE(r.status, QColor(theme::red));
        QCOMPARE(r.cells[2].text, displayName(EvidenceStatus::Expired).toUpper());
    }
    QCOMPARE(m_page->evidenceModel()->rowCount(), int(records.size()));
    QVERIFY2(expired >= 1, "the demo has expired evidence");
}

void tst_AssessmentPage::fileDroppedOnARequirementIsOfferedAsItsEvidence()
{
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(runChecks(m_page.get()));
    const QString path = m_dir.filePath(QStringLiteral("exit-plan.md"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Exit plan\n");
    }
    QTreeView *tree = m_page->requirementView();
    const QModelIndex target = m_page->requirementModel()->indexOf(QStringLiteral("dora-28-8"));
    QVERIFY(target.isValid());
    tree->scrollTo(target);
    const QPoint at = tree->viewport()->mapTo(m_page.get(), tree->visualRect(target).center());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_page.get(), &drop);
    QVERIFY(drop.isAccepted());
    // The confirmation opens after the drop (not inside it), for the requirement under the drop.
    QTRY_VERIFY(m_page->findChild<EvidenceDialog *>());
    auto *dialog = m_page->findChild<EvidenceDialog *>();
    QVERIFY(dialog->record());
    QCOMPARE(dialog->record()->requirements, QStringList{QStringLiteral("dora-28-8")});
    QCOMPARE(dialog->record()->fileName, QStringLiteral("exit-plan.md"));
    dialog->reject();
    QVERIFY(m_service->records(evidenceType()).isEmpty()); // nothing is written without the confirmation
}

void tst_AssessmentPage::overdueActionStandsOut()
{
    ChangeSet actions;
    for (const auto &[key, due, status] :
         {std::tuple{QStringLiteral("ACT-LATE"), m_today.addDays(-3), ActionStatus::Open},
          std::tuple{QStringLiteral("ACT-SOON"), m_today.addDays(30), ActionStatus::Open},
          std::tuple{QStringLiteral("ACT-DONE"), m_today.addDays(-30), ActionStatus::Done}}) {
        RemediationAction a;
        a.key = key;
        a.title = QStringLiteral("Action %1").arg(key);
        a.owner = QStringLiteral("ops");
        a.due = due;
        a.status = status;
        actions.add(remediationActionType().record(a));
    }
    QVERIFY(m_service->apply(actions));
    ResultTableModel *model = m_page->actionModel();
    QCOMPARE(model->rowCount(), 3);
    int overdue = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ResultTableModel::Row &r = model->row(row);
        const auto value
            = TableType<RemediationAction>::value(m_service->records(remediationActionType()).value(r.key));
        // The model decides (isOverdue); the table says it in colour and in a word.
        const bool late = value.isOverdue(m_today);
        overdue += late ? 1 : 0;
        QCOMPARE(r.cells[4].text.contains(QStringLiteral("OVERDUE")), late);
        QCOMPARE(r.status == QColor(theme::red), late);
    }
    QCOMPARE(overdue, 1);
}

QTEST_MAIN(tst_AssessmentPage)
#include "tst_assessmentpage.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An assessment run: which checks run, risk acceptances, the requirement result rule, the scores and cancel
// (issue 13). The checks here are the test's own, so that the rules are tested whatever the real checks find.
#include "model/assessment/run.h"
#include "testutil.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace Qt::StringLiterals;
using analysis::GraphSnapshot;

namespace {

int countingRuns = 0;

Finding finding(const char *check, Severity severity, const QStringList &subjects)
{
    Finding f;
    f.check = QString::fromLatin1(check);
    f.severity = severity;
    f.subjects = subjects;
    f.message = u"found"_s;
    return f;
}

CheckOutcome passing(const CheckContext &)
{
    return {CheckStatus::Pass, {}};
}

CheckOutcome notApplicable(const CheckContext &)
{
    return {CheckStatus::NotApplicable, {}};
}

CheckOutcome failMedium(const CheckContext &)
{
    return {CheckStatus::Fail, {finding("t-fail-medium", Severity::Medium, {u"F"_s, u"APP"_s})}};
}

CheckOutcome failHigh(const CheckContext &)
{
    return {CheckStatus::Fail, {finding("t-fail-high", Severity::High, {u"F"_s, u"DC1"_s})}};
}

CheckOutcome failCritical(const CheckContext &)
{
    return {CheckStatus::Fail, {finding("t-fail-critical", Severity::Critical, {u"F"_s})}};
}

CheckOutcome failTwo(const CheckContext &)
{
    return {CheckStatus::Fail,
            {finding("t-fail-two", Severity::Low, {u"APP"_s}), finding("t-fail-two", Severity::High, {u"DC1"_s})}};
}

CheckOutcome counting(const CheckContext &)
{
    ++countingRuns;
    return {CheckStatus::Pass, {}};
}

CheckOutcome canceling(const CheckContext &context)
{
    context.feedback()->cancel(); // as a user pressing Cancel while this check runs
    return {CheckStatus::Pass, {}};
}

const std::vector<CheckInfo> &testChecks()
{
    static const std::vector<CheckInfo> list{
        {"t-pass", "Passes", "Rule 1", Severity::Low, &passing},
        {"t-na", "Not applicable", "Rule 2", Severity::Low, &notApplicable},
        {"t-fail-medium", "Fails (medium)", "Rule 3", Severity::Medium, &failMedium},
        {"t-fail-high", "Fails (high)", "Rule 4", Severity::High, &failHigh},
        {"t-fail-critical", "Fails (critical)", "Rule 5", Severity::Critical, &failCritical},
        {"t-fail-two", "Fails twice", "Rule 6", Severity::High, &failTwo},
        {"t-counting", "Counts its runs", "Rule 7", Severity::Low, &counting},
        {"t-unbound", "Bound by nothing", "Rule 8", Severity::Low, &counting},
    };
    return list;
}

Requirement requirement(const QString &id, const QString &chapter, const QString &article, const QStringList &checks)
{
    Requirement r;
    r.id = id;
    r.chapter = chapter;
    r.article = article;
    r.reference = u"Policy "_s + article;
    r.title = id;
    r.description = u"What it asks."_s;
    r.guidance = u"What shows it."_s;
    r.checks = checks;
    return r;
}

/// The worked example of docs/assessment.md ("Results and scoring"): chapter A: r-none (no checks), r-na, r-pass,
/// r-pass2; chapter B: r-partial, r-non; plus chapter C with r-na2 only.
Catalogue catalogue()
{
    Catalogue c;
    c.id = u"test"_s;
    c.name = u"Test"_s;
    c.version = u"1"_s;
    c.chapters = {u"A"_s, u"B"_s, u"C"_s};
    for (const QString &chapter : c.chapters)
        c.chapterTitles.insert(chapter, chapter);
    c.requirements = {
        requirement(u"r-none"_s, u"A"_s, u"Art 1"_s, {}),
        requirement(u"r-na"_s, u"A"_s, u"Art 1"_s, {u"t-na"_s}),
        requirement(u"r-pass"_s, u"A"_s, u"Art 2"_s, {u"t-pass"_s, u"t-na"_s}),
        requirement(u"r-pass2"_s, u"A"_s, u"Art 2"_s, {u"t-pass"_s}),
        requirement(u"r-partial"_s, u"B"_s, u"Art 2"_s, {u"t-pass"_s, u"t-fail-medium"_s}),
        requirement(u"r-non"_s, u"B"_s, u"Art 3"_s, {u"t-fail-medium"_s, u"t-fail-high"_s}),
        requirement(u"r-na2"_s, u"C"_s, u"Art 4"_s, {u"t-na"_s}),
    };
    return c;
}

RiskAcceptance accepting(const QString &key, const QString &check, const QStringList &subjects, QDate review)
{
    RiskAcceptance a;
    a.key = key;
    a.check = check;
    a.subjects = subjects;
    a.reason = u"Accepted for the test"_s;
    a.approver = u"CRO"_s;
    a.accepted = review.addYears(-1);
    a.review = review;
    return a;
}

const QDate today(2026, 11, 30);

/// A small real register: a critical function F on APP, which runs in DC1; plus the risk acceptances given.
RegisterData smallRegister(const std::vector<RiskAcceptance> &acceptances = {})
{
    RegisterData data;
    Element f = test::element(u"F"_s, ElementKind::Function, u"Payments"_s);
    f.criticality = Criticality::Critical;
    data.elements = {f, test::element(u"APP"_s), test::element(u"DC1"_s, ElementKind::Facility)};
    data.dependencies = {test::dependency(u"F"_s, u"APP"_s), test::dependency(u"APP"_s, u"DC1"_s)};
    for (const RiskAcceptance &a : acceptances)
        data.records.push_back(riskAcceptanceType().record(a));
    data.sort();
    return data;
}

const CheckRun *runOf(const AssessmentRun &run, const char *id)
{
    for (const CheckRun &c : run.checks) {
        if (qstrcmp(c.check->id, id) == 0)
            return &c;
    }
    return nullptr;
}

RequirementResult resultIn(const AssessmentRun &run, const QString &id)
{
    for (const RequirementOutcome &r : run.requirements) {
        if (r.requirement->id == id)
            return r.result;
    }
    qFatal("no requirement %s", qPrintable(id));
}

} // namespace

class TestAssessmentRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens();
    void resultRule_data();
    void resultRule();
    void resultsOfRun();
    void checksRunOnceInListOrder();
    void unknownCheckRefused();
    void acceptance_data();
    void acceptance();
    void partlyAccepted();
    void scores();
    void scoreOfList();
    void cancelBefore();
    void cancelDuring();
    void progress();
    void shippedCatalogueRuns();
};

void TestAssessmentRun::tokens()
{
    for (const auto r : {RequirementResult::Compliant,
                         RequirementResult::PartiallyCompliant,
                         RequirementResult::NonCompliant,
                         RequirementResult::NotApplicable,
                         RequirementResult::NotAssessed}) {
        QCOMPARE(requirementResultFromToken(token(r)), std::optional<RequirementResult>(r));
        QVERIFY(!displayName(r).isEmpty());
    }
    QCOMPARE(token(RequirementResult::PartiallyCompliant), u"partially_compliant"_s);
    QCOMPARE(token(RequirementResult::NotAssessed), u"not_assessed"_s);
    QVERIFY(!requirementResultFromToken(u"compliant "));
    QVERIFY(!requirementResultFromToken(u"Compliant"));
}

void TestAssessmentRun::resultRule_data()
{
    QTest::addColumn<QStringList>("checks"); ///< the test checks bound to one requirement
    QTest::addColumn<QString>("expected");   ///< result token

    QTest::newRow("noChecks") << QStringList() << u"not_assessed"_s;
    QTest::newRow("allNotApplicable") << QStringList{u"t-na"_s} << u"not_applicable"_s;
    QTest::newRow("passOnly") << QStringList{u"t-pass"_s} << u"compliant"_s;
    QTest::newRow("passAndNotApplicable") << QStringList{u"t-na"_s, u"t-pass"_s} << u"compliant"_s;
    QTest::newRow("failMedium") << QStringList{u"t-fail-medium"_s} << u"partially_compliant"_s;
    QTest::newRow("failMediumAndPass") << QStringList{u"t-pass"_s, u"t-fail-medium"_s} << u"partially_compliant"_s;
    QTest::newRow("failMediumAndNotApplicable")
        << QStringList{u"t-na"_s, u"t-fail-medium"_s} << u"partially_compliant"_s;
    QTest::newRow("failHigh") << QStringList{u"t-fail-high"_s} << u"non_compliant"_s;
    QTest::newRow("failCritical") << QStringList{u"t-pass"_s, u"t-fail-critical"_s} << u"non_compliant"_s;
    QTest::newRow("failHighAndMedium") << QStringList{u"t-fail-medium"_s, u"t-fail-high"_s} << u"non_compliant"_s;
    QTest::newRow("oneSevereFindingAmongLow") << QStringList{u"t-fail-two"_s} << u"non_compliant"_s;
}

void TestAssessmentRun::resultRule()
{
    QFETCH(QStringList, checks);
    QFETCH(QString, expected);
    Catalogue c;
    c.chapters = {u"A"_s};
    c.requirements = {requirement(u"r"_s, u"A"_s, u"Art 1"_s, checks)};
    const RegisterData data = smallRegister();
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today);
    const auto run = runAssessment(c, context, testChecks());
    QVERIFY2(run.hasValue(), qPrintable(run ? QString() : run.error().toString()));
    QCOMPARE(run->requirements.size(), std::size_t(1));
    QCOMPARE(token(run->requirements[0].result), expected);
    // The pure rule agrees with the run.
    std::vector<const CheckOutcome *> outcomes;
    for (const CheckRun &r : run->checks)
        outcomes.push_back(&r.outcome);
    QCOMPARE(token(resultOf(outcomes)), expected);
}

void TestAssessmentRun::resultsOfRun()
{
    const RegisterData data = smallRegister();
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today);
    const Catalogue c = catalogue();
    const auto run = runAssessment(c, context, testChecks());
    QVERIFY2(run.hasValue(), qPrintable(run ? QString() : run.error().toString()));
    QCOMPARE(run->requirements.size(), c.requirements.size());
    QCOMPARE(run->requirements[0].requirement, &c.requirements[0]); // in catalogue order
    QCOMPARE(resultIn(*run, u"r-none"_s), RequirementResult::NotAssessed);
    QCOMPARE(resultIn(*run, u"r-na"_s), RequirementResult::NotApplicable);
    QCOMPARE(resultIn(*run, u"r-pass"_s), RequirementResult::Compliant);
    QCOMPARE(resultIn(*run, u"r-partial"_s), RequirementResult::PartiallyCompliant);
    QCOMPARE(resultIn(*run, u"r-non"_s), RequirementResult::NonCompliant);
    QVERIFY(run->failed());
}

void TestAssessmentRun::checksRunOnceInListOrder()
{
    Catalogue c;
    c.chapters = {u"A"_s};
    // Bound in another order than the list's, and t-counting by two requirements.
    c.requirements = {requirement(u"r-1"_s, u"A"_s, u"Art 1"_s, {u"t-counting"_s, u"t-fail-high"_s}),
                      requirement(u"r-2"_s, u"A"_s, u"Art 1"_s, {u"t-pass"_s, u"t-counting"_s})};
    const RegisterData data = smallRegister();
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today);
    countingRuns = 0;
    const auto run = runAssessment(c, context, testChecks());
    QVERIFY(run.hasValue());
    QCOMPARE(countingRuns, 1); // t-unbound (the same function) is bound by nothing and does not run
    QStringList ids;
    for (const CheckRun &r : run->checks)
        ids << QString::fromLatin1(r.check->id);
    QCOMPARE(ids, QStringList({u"t-pass"_s, u"t-fail-high"_s, u"t-counting"_s}));
    QCOMPARE(resultIn(*run, u"r-1"_s), RequirementResult::NonCompliant);
    QCOMPARE(resultIn(*run, u"r-2"_s), RequirementResult::Compliant);
}

void TestAssessmentRun::unknownCheckRefused()
{
    Catalogue c = catalogue();
    c.requirements[2].checks << u"t-missing"_s;
    const RegisterData data = smallRegister();
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today);
    const auto run = runAssessment(c, context, testChecks());
    QVERIFY(!run.hasValue());
    QCOMPARE(run.error().code, Error::Code::Invalid);
    QVERIFY2(run.error().message.contains(u"'r-pass'") && run.error().message.contains(u"'t-missing'"),
             qPrintable(run.error().message));
}

void TestAssessmentRun::acceptance_data()
{
    QTest::addColumn<QStringList>("subjects"); ///< of the acceptance of t-fail-high's finding [F, DC1]
    QTest::addColumn<QString>("check");        ///< of the acceptance
    QTest::addColumn<int>("reviewInDays");     ///< review date relative to today
    QTest::addColumn<bool>("accepted");

    const QStringList finding{u"F"_s, u"DC1"_s};
    QTest::newRow("reviewAhead") << finding << u"t-fail-high"_s << 30 << true;
    QTest::newRow("reviewToday") << finding << u"t-fail-high"_s << 0 << true;
    QTest::newRow("reviewPassed") << finding << u"t-fail-high"_s << -1 << false;
    QTest::newRow("otherCheck") << finding << u"t-fail-medium"_s << 30 << false;
    QTest::newRow("subjectsInOtherOrder") << QStringList{u"DC1"_s, u"F"_s} << u"t-fail-high"_s << 30 << false;
    QTest::newRow("fewerSubjects") << QStringList{u"F"_s} << u"t-fail-high"_s << 30 << false;
}

void TestAssessmentRun::acceptance()
{
    QFETCH(QStringList, subjects);
    QFETCH(QString, check);
    QFETCH(int, reviewInDays);
    QFETCH(bool, accepted);

    const RegisterData data = smallRegister({accepting(u"RA-1"_s, check, subjects, today.addDays(reviewInDays))});
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today);
    const Catalogue c = catalogue();
    const auto run = runAssessment(c, context, testChecks());
    QVERIFY2(run.hasValue(), qPrintable(run ? QString() : run.error().toString()));
    const CheckRun *high = runOf(*run, "t-fail-high");
    QVERIFY(high);
    QCOMPARE(high->outcome.findings.size(), std::size_t(1)); // an accepted finding is kept, marked
    QCOMPARE(high->outcome.findings[0].acceptedBy, accepted ? u"RA-1"_s : QString());
    QCOMPARE(high->outcome.status, accepted ? CheckStatus::Pass : CheckStatus::Fail);
    // r-non binds t-fail-medium too: with the high finding accepted, only a medium one is open.
    QCOMPARE(resultIn(*run, u"r-non"_s),
             accepted ? RequirementResult::PartiallyCompliant : RequirementResult::NonCompliant);
    // The medium finding is never covered.
    QVERIFY(runOf(*run, "t-fail-medium")->outcome.findings[0].acceptedBy.isEmpty());
    // The worked example: r-non's 0 becomes 50 (Art 3 and chapter B too), overall (0 + 100 + 100 + 50 + 50) / 5.
    QCOMPARE(run->score.byArticle.value(u"Art 3"_s), accepted ? 50.0 : 0.0);
    QCOMPARE(run->score.byChapter.value(u"B"_s), accepted ? 50.0 : 25.0);
    QCOMPARE(run->score.overall, accepted ? 60.0 : 50.0);
}

void TestAssessmentRun::partlyAccepted()
{
    // t-fail-two finds [APP] (low) and [DC1] (high). Accepting the high one leaves the check failed, on a low finding.
    Catalogue c;
    c.chapters = {u"A"_s};
    c.requirements = {requirement(u"r"_s, u"A"_s, u"Art 1"_s, {u"t-fail-two"_s})};
    {
        const RegisterData data
            = smallRegister({accepting(u"RA-2"_s, u"t-fail-two"_s, {u"DC1"_s}, today.addMonths(6))});
        const CheckContext context(data, GraphSnapshot::fromRegister(data), today);
        const auto run = runAssessment(c, context, testChecks());
        QVERIFY(run.hasValue());
        const CheckOutcome &outcome = run->checks[0].outcome;
        QCOMPARE(outcome.status, CheckStatus::Fail);
        QVERIFY(outcome.findings[0].acceptedBy.isEmpty());
        QCOMPARE(outcome.findings[1].acceptedBy, u"RA-2"_s);
        QCOMPARE(run->requirements[0].result, RequirementResult::PartiallyCompliant);
        QVERIFY(run->failed());
    }
    {
        // Both accepted (one of them by an expired acceptance first, which does not count; then by a valid one).
        const RegisterData data
            = smallRegister({accepting(u"RA-1"_s, u"t-fail-two"_s, {u"APP"_s}, today.addDays(-10)),
                             accepting(u"RA-2"_s, u"t-fail-two"_s, {u"DC1"_s}, today.addMonths(6)),
                             accepting(u"RA-3"_s, u"t-fail-two"_s, {u"APP"_s}, today.addMonths(1))});
        const CheckContext context(data, GraphSnapshot::fromRegister(data), today);
        const auto run = runAssessment(c, context, testChecks());
        QVERIFY(run.hasValue());
        const CheckOutcome &outcome = run->checks[0].outcome;
        QCOMPARE(outcome.status, CheckStatus::Pass);
        QCOMPARE(outcome.findings[0].acceptedBy, u"RA-3"_s);
        QCOMPARE(outcome.findings[1].acceptedBy, u"RA-2"_s);
        QCOMPARE(run->requirements[0].result, RequirementResult::Compliant);
        QVERIFY(!run->failed());
    }
}

void TestAssessmentRun::scores()
{
    const RegisterData data = smallRegister();
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today);
    const Catalogue c = catalogue();
    const auto run = runAssessment(c, context, testChecks());
    QVERIFY(run.hasValue());
    const Score &score = run->score;
    // Points: r-none 0, r-na (excluded), r-pass 100, r-pass2 100, r-partial 50, r-non 0, r-na2 (excluded).
    QCOMPARE(score.byRequirement.value(u"r-none"_s), 0.0);
    QCOMPARE(score.byRequirement.value(u"r-na"_s), -1.0);
    QCOMPARE(score.byRequirement.value(u"r-pass"_s), 100.0);
    QCOMPARE(score.byRequirement.value(u"r-pass2"_s), 100.0);
    QCOMPARE(score.byRequirement.value(u"r-partial"_s), 50.0);
    QCOMPARE(score.byRequirement.value(u"r-non"_s), 0.0);
    QCOMPARE(score.byRequirement.value(u"r-na2"_s), -1.0);
    QCOMPARE(score.byRequirement.size(), 7);
    // Chapters: A = (0 + 100 + 100) / 3; B = (50 + 0) / 2; C has only a not-applicable requirement.
    QCOMPARE(score.byChapter.value(u"A"_s), 200.0 / 3.0);
    QCOMPARE(score.byChapter.value(u"B"_s), 25.0);
    QCOMPARE(score.byChapter.value(u"C"_s), -1.0);
    QCOMPARE(score.byChapter.size(), 3);
    // Articles: Art 1 = r-none 0 (r-na excluded); Art 2 = (100 + 100 + 50) / 3; Art 3 = 0; Art 4 = nothing counts.
    QCOMPARE(score.byArticle.value(u"Art 1"_s), 0.0);
    QCOMPARE(score.byArticle.value(u"Art 2"_s), 250.0 / 3.0);
    QCOMPARE(score.byArticle.value(u"Art 3"_s), 0.0);
    QCOMPARE(score.byArticle.value(u"Art 4"_s), -1.0);
    QCOMPARE(score.byArticle.size(), 4);
    // Overall: requirement-weighted, (0 + 100 + 100 + 50 + 0) / 5 = 50, not the mean of the chapters (45.8).
    QCOMPARE(score.overall, 50.0);
}

void TestAssessmentRun::scoreOfList()
{
    using R = RequirementResult;
    QCOMPARE(scoreOf({}), -1.0);
    QCOMPARE(scoreOf({R::NotApplicable, R::NotApplicable}), -1.0);
    QCOMPARE(scoreOf({R::Compliant, R::NotApplicable}), 100.0);
    QCOMPARE(scoreOf({R::Compliant, R::PartiallyCompliant, R::NonCompliant}), 50.0);
    QCOMPARE(scoreOf({R::Compliant, R::NotAssessed}), 50.0);
    QCOMPARE(scoreOf({R::PartiallyCompliant, R::Compliant, R::Compliant, R::NotApplicable}), 250.0 / 3.0);
    QCOMPARE(pointsOf(R::NotApplicable), std::optional<double>());
    QCOMPARE(pointsOf(R::NotAssessed), std::optional<double>(0.0));
}

void TestAssessmentRun::cancelBefore()
{
    const RegisterData data = smallRegister();
    Feedback feedback;
    feedback.cancel();
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today, {}, &feedback);
    countingRuns = 0;
    Catalogue c = catalogue();
    c.requirements[0].checks = {u"t-counting"_s};
    const auto run = runAssessment(c, context, testChecks());
    QVERIFY(!run.hasValue());
    QCOMPARE(run.error().code, Error::Code::Canceled);
    QCOMPARE(countingRuns, 0);
}

void TestAssessmentRun::cancelDuring()
{
    // A check that sees the cancel returns early: the run then reports "canceled", not a partial result, and runs no
    // further check.
    std::vector<CheckInfo> checks = testChecks();
    checks.insert(checks.begin() + 1, CheckInfo{"t-canceling", "Cancels", "Rule 0", Severity::Low, &canceling});
    Catalogue c = catalogue();
    c.requirements[0].checks = {u"t-canceling"_s, u"t-counting"_s};
    const RegisterData data = smallRegister();
    Feedback feedback;
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today, {}, &feedback);
    countingRuns = 0;
    const auto run = runAssessment(c, context, checks);
    QVERIFY(!run.hasValue());
    QCOMPARE(run.error().code, Error::Code::Canceled);
    QCOMPARE(countingRuns, 0);
}

void TestAssessmentRun::progress()
{
    QList<double> reported;
    Feedback feedback([&reported](double percent) { reported << percent; });
    const RegisterData data = smallRegister();
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today, {}, &feedback);
    const Catalogue c = catalogue(); // binds 4 checks: t-pass, t-na, t-fail-medium, t-fail-high
    const auto run = runAssessment(c, context, testChecks());
    QVERIFY(run.hasValue());
    QCOMPARE(run->checks.size(), std::size_t(4));
    QCOMPARE(reported, QList<double>({25.0, 50.0, 75.0, 100.0}));
}

void TestAssessmentRun::shippedCatalogueRuns()
{
    // The default run over the shipped catalogue and the real check list: every check runs once, in list order.
    const RegisterData data = smallRegister();
    const CheckContext context(data, GraphSnapshot::fromRegister(data), today);
    const Catalogue &dora = CatalogueLoader::dora();
    const auto run = runAssessment(dora, context);
    QVERIFY2(run.hasValue(), qPrintable(run ? QString() : run.error().toString()));
    QCOMPARE(run->checks.size(), checkList().size());
    for (std::size_t i = 0; i < checkList().size(); ++i)
        QCOMPARE(run->checks[i].check, &checkList()[i]);
    QCOMPARE(run->requirements.size(), dora.requirements.size());
    for (const RequirementOutcome &r : run->requirements) {
        if (r.requirement->checks.isEmpty())
            QCOMPARE(r.result, RequirementResult::NotAssessed);
    }
    QVERIFY(run->score.overall >= 0 && run->score.overall <= 100);
    QCOMPARE(run->score.byChapter.size(), 4);
}

QTEST_GUILESS_MAIN(TestAssessmentRun)
#include "tst_assessmentrun.moc"

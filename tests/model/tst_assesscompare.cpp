// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing two stored assessments (issue 13): requirements changed or only in one, scores, findings new and no
// longer seen, and the verdict, on small hand-made assessments and a hand-made catalogue.
#include "model/assessment/compare.h"
#include "model/assessment/review.h"
#include "model/assessment/summary.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace Qt::StringLiterals;

namespace {

using R = RequirementResult;

Catalogue catalogue()
{
    Catalogue c;
    c.id = u"test"_s;
    c.version = u"1"_s;
    c.chapters = {u"I"_s, u"II"_s};
    for (const char *id : {"r1", "r2", "r3", "r4"}) {
        Requirement r;
        r.id = QString::fromLatin1(id);
        r.chapter = r.id == u"r4" ? u"II"_s : u"I"_s;
        r.article = u"Art "_s + r.id;
        c.requirements.push_back(r);
    }
    return c;
}

Assessment stored(const char *key, QDate date)
{
    Assessment a;
    a.key = QString::fromLatin1(key);
    a.title = a.key;
    a.catalogue = u"test"_s;
    a.catalogueVersion = u"1"_s;
    a.periodEnd = date;
    return a;
}

void addResult(QHash<QString, Record> &results,
               const char *assessmentKey,
               const char *requirement,
               R result,
               std::optional<R> judgement = std::nullopt)
{
    RequirementResultValue v;
    v.assessment = QString::fromLatin1(assessmentKey);
    v.requirement = QString::fromLatin1(requirement);
    v.key = requirementResultKey(v.assessment, v.requirement);
    v.result = result;
    v.judgement = judgement;
    results.insert(v.key, requirementResultType().record(v));
}

void addFinding(QHash<QString, Record> &findings,
                const char *key,
                const char *check,
                Severity severity,
                QDate firstSeen,
                QDate lastSeen)
{
    FindingValue f;
    f.key = QString::fromLatin1(key);
    f.check = QString::fromLatin1(check);
    f.severity = severity;
    f.message = u"found"_s;
    f.firstSeen = firstSeen;
    f.lastSeen = lastSeen;
    findings.insert(f.key, findingType().record(f));
}

QStringList keys(const std::vector<FindingValue> &list)
{
    QStringList out;
    for (const FindingValue &f : list)
        out << f.key;
    return out;
}

const QDate jan{2026, 1, 10};
const QDate feb{2026, 2, 10};

} // namespace

class tst_AssessCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openFindingsByCheckRanks();
    void requirements();
    void scores();
    void findings();
    void verdictByScore();
    void verdictByRequirements();
    void verdictByFindings();
    void unchanged();
    void tokens();
    void reviewChanges();
    void repeatedRunWritesOnlyChanges();
};

void tst_AssessCompare::requirements()
{
    QHash<QString, Record> results;
    addResult(results, "A", "r1", R::NonCompliant);
    addResult(results, "A", "r2", R::Compliant);
    addResult(results, "A", "r3", R::NotApplicable);
    addResult(results, "A", "gone", R::Compliant);                // only in A
    addResult(results, "B", "r1", R::NonCompliant, R::Compliant); // the judgement wins: better
    addResult(results, "B", "r2", R::PartiallyCompliant);         // worse
    addResult(results, "B", "r3", R::Compliant);                  // from not applicable: no trend
    addResult(results, "B", "new", R::NotAssessed);               // only in B
    addResult(results, "C", "r1", R::Compliant);                  // another assessment: not read
    const AssessmentComparison c = compareAssessments(stored("A", jan), stored("B", feb), catalogue(), results, {});
    QCOMPARE(c.changed.size(), std::size_t(3));
    QCOMPARE(c.changed[0].requirement, u"r1"_s);
    QCOMPARE(c.changed[0].before, R::NonCompliant);
    QCOMPARE(c.changed[0].after, R::Compliant);
    QCOMPARE(c.changed[0].trend, Trend::Improved);
    QCOMPARE(c.changed[1].requirement, u"r2"_s);
    QCOMPARE(c.changed[1].trend, Trend::Worsened);
    QCOMPARE(c.changed[2].requirement, u"r3"_s);
    QCOMPARE(c.changed[2].trend, Trend::Unchanged);
    QCOMPARE(c.onlyBefore, QStringList{u"gone"_s});
    QCOMPARE(c.onlyAfter, QStringList{u"new"_s});
    QCOMPARE(c.beforeDate, jan);
    QCOMPARE(c.afterDate, feb);
    QVERIFY(!c.catalogueDiffers);

    // A judgement equal to the other side's result is no change; non-compliant and not assessed score the same.
    QHash<QString, Record> same;
    addResult(same, "A", "r1", R::NonCompliant, R::Compliant);
    addResult(same, "B", "r1", R::Compliant);
    addResult(same, "A", "r2", R::NonCompliant);
    addResult(same, "B", "r2", R::NotAssessed);
    const AssessmentComparison d = compareAssessments(stored("A", jan), stored("B", feb), catalogue(), same, {});
    QCOMPARE(d.changed.size(), std::size_t(1));
    QCOMPARE(d.changed[0].requirement, u"r2"_s);
    QCOMPARE(d.changed[0].trend, Trend::Unchanged);

    Assessment other = stored("B", feb);
    other.catalogueVersion = u"2"_s;
    QVERIFY(compareAssessments(stored("A", jan), other, catalogue(), same, {}).catalogueDiffers);
}

void tst_AssessCompare::scores()
{
    QHash<QString, Record> results;
    addResult(results, "A", "r1", R::Compliant);
    addResult(results, "A", "r2", R::PartiallyCompliant);
    addResult(results, "A", "r3", R::NotApplicable);
    addResult(results, "A", "r4", R::NonCompliant);
    addResult(results, "B", "r1", R::Compliant);
    addResult(results, "B", "r2", R::Compliant, R::NotApplicable);
    // B has no r3, r4: they count as not assessed (0 points).
    const AssessmentComparison c = compareAssessments(stored("A", jan), stored("B", feb), catalogue(), results, {});
    QCOMPARE(c.scoreBefore.overall, 50.0); // (100 + 50 + 0) / 3
    QCOMPARE(c.scoreBefore.byChapter.value(u"I"_s), 75.0);
    QCOMPARE(c.scoreBefore.byChapter.value(u"II"_s), 0.0);
    QCOMPARE(c.scoreBefore.byRequirement.value(u"r3"_s), -1.0);
    QCOMPARE(c.scoreAfter.overall, 100.0 / 3); // (100 + 0 + 0) / 3, r2 judged not applicable
    QCOMPARE(c.scoreAfter.byChapter.value(u"I"_s), 50.0);
    // The same as the run's rule on the same results.
    const Score direct
        = scoreRequirements(catalogue(), {R::Compliant, R::PartiallyCompliant, R::NotApplicable, R::NonCompliant});
    QCOMPARE(c.scoreBefore.overall, direct.overall);
    QCOMPARE(c.scoreBefore.byArticle, direct.byArticle);
    QCOMPARE(c.scoreBefore.byChapter, direct.byChapter);
}

void tst_AssessCompare::findings()
{
    QHash<QString, Record> findings;
    addFinding(findings, "F-NEW-LOW", "c", Severity::Low, QDate(2026, 1, 20), feb);
    addFinding(findings, "F-NEW-HIGH", "c", Severity::High, feb, feb);
    addFinding(findings, "F-MANUAL-NEW", "", Severity::Medium, QDate(2026, 1, 11), QDate(2026, 1, 11));
    addFinding(findings, "F-GONE", "c", Severity::Medium, QDate(2025, 12, 1), jan);
    addFinding(findings, "F-GONE-LATER", "c", Severity::Critical, jan, QDate(2026, 1, 31));
    addFinding(findings, "F-STILL", "c", Severity::High, QDate(2025, 12, 1), feb);
    addFinding(findings, "F-OLD", "c", Severity::High, QDate(2025, 11, 1), QDate(2025, 12, 1)); // gone before A
    addFinding(findings, "F-MANUAL-OLD", "", Severity::High, QDate(2025, 11, 1), QDate(2025, 11, 1));
    addFinding(findings, "F-AFTER-B", "c", Severity::High, QDate(2026, 3, 1), QDate(2026, 3, 1));
    const AssessmentComparison c = compareAssessments(stored("A", jan), stored("B", feb), catalogue(), {}, findings);
    QCOMPARE(keys(c.newFindings), (QStringList{u"F-NEW-HIGH"_s, u"F-MANUAL-NEW"_s, u"F-NEW-LOW"_s}));
    QCOMPARE(keys(c.goneFindings), (QStringList{u"F-GONE-LATER"_s, u"F-GONE"_s}));

    // Without a date for an assessment, no finding is placed.
    Assessment undated = stored("A", {});
    const AssessmentComparison d = compareAssessments(undated, stored("B", feb), catalogue(), {}, findings);
    QVERIFY(!d.beforeDate.isValid());
    QVERIFY(d.newFindings.empty());
    QVERIFY(d.goneFindings.empty());
    // The approval date stands in for a missing period end.
    undated.approvedAt = jan;
    QCOMPARE(assessedOn(undated), jan);
}

void tst_AssessCompare::verdictByScore()
{
    QHash<QString, Record> results;
    addResult(results, "A", "r1", R::NonCompliant);
    addResult(results, "B", "r1", R::PartiallyCompliant);
    QHash<QString, Record> findings;
    addFinding(findings, "F-NEW", "c", Severity::High, feb, feb); // findings do not decide when the score moved
    AssessmentComparison c = compareAssessments(stored("A", jan), stored("B", feb), catalogue(), results, findings);
    QCOMPARE(c.verdict, Trend::Improved);
    QVERIFY2(c.verdictReason.contains(u"0.0 % -> 12.5 %"_s), qPrintable(c.verdictReason));
    c = compareAssessments(stored("B", feb), stored("A", jan), catalogue(), results, findings);
    QCOMPARE(c.verdict, Trend::Worsened);
}

void tst_AssessCompare::verdictByRequirements()
{
    // Same total points (100), two requirements better and one worse.
    QHash<QString, Record> results;
    addResult(results, "A", "r1", R::Compliant);
    addResult(results, "A", "r2", R::NonCompliant);
    addResult(results, "A", "r3", R::NonCompliant);
    addResult(results, "B", "r1", R::NonCompliant);
    addResult(results, "B", "r2", R::PartiallyCompliant);
    addResult(results, "B", "r3", R::PartiallyCompliant);
    QHash<QString, Record> findings;
    addFinding(findings, "F-NEW", "c", Severity::High, feb, feb);
    AssessmentComparison c = compareAssessments(stored("A", jan), stored("B", feb), catalogue(), results, findings);
    QCOMPARE(c.scoreBefore.overall, c.scoreAfter.overall);
    QCOMPARE(c.verdict, Trend::Improved);
    QVERIFY2(c.verdictReason.contains(u"2 requirement(s) better, 1 worse"_s), qPrintable(c.verdictReason));
    c = compareAssessments(stored("B", jan), stored("A", feb), catalogue(), results, findings);
    QCOMPARE(c.verdict, Trend::Worsened);
}

void tst_AssessCompare::verdictByFindings()
{
    QHash<QString, Record> results;
    addResult(results, "A", "r1", R::Compliant);
    addResult(results, "B", "r1", R::Compliant);
    QHash<QString, Record> findings;
    addFinding(findings, "F-NEW", "c", Severity::Low, feb, feb);
    AssessmentComparison c = compareAssessments(stored("A", jan), stored("B", feb), catalogue(), results, findings);
    QCOMPARE(c.verdict, Trend::Worsened);
    addFinding(findings, "F-GONE-1", "c", Severity::Low, jan, jan);
    addFinding(findings, "F-GONE-2", "c", Severity::Low, jan, jan);
    c = compareAssessments(stored("A", jan), stored("B", feb), catalogue(), results, findings);
    QCOMPARE(c.verdict, Trend::Improved);
    QVERIFY2(c.verdictReason.contains(u"1 new finding(s), 2 no longer seen"_s), qPrintable(c.verdictReason));
}

void tst_AssessCompare::unchanged()
{
    QHash<QString, Record> results;
    addResult(results, "A", "r1", R::Compliant);
    addResult(results, "B", "r1", R::Compliant);
    QHash<QString, Record> findings;
    addFinding(findings, "F-STILL", "c", Severity::High, jan, feb);
    const AssessmentComparison c
        = compareAssessments(stored("A", jan), stored("B", feb), catalogue(), results, findings);
    QCOMPARE(c.verdict, Trend::Unchanged);
    QVERIFY(c.changed.empty() && c.onlyBefore.isEmpty() && c.onlyAfter.isEmpty());
    QVERIFY(c.newFindings.empty() && c.goneFindings.empty());
    // Nothing scores (all not applicable) and nothing else moved: unchanged as well.
    QHash<QString, Record> none;
    Catalogue empty = catalogue();
    empty.requirements.clear();
    const AssessmentComparison d = compareAssessments(stored("A", jan), stored("B", feb), empty, none, {});
    QCOMPARE(d.scoreBefore.overall, -1.0);
    QCOMPARE(d.verdict, Trend::Unchanged);
}

void tst_AssessCompare::tokens()
{
    QCOMPARE(token(Trend::Improved), u"improved"_s);
    QCOMPARE(token(Trend::Worsened), u"worsened"_s);
    QCOMPARE(token(Trend::Unchanged), u"unchanged"_s);
}

void tst_AssessCompare::reviewChanges()
{
    QHash<QString, Record> findings;
    addFinding(findings, "F-OPEN", "c", Severity::High, jan, jan);
    addFinding(findings, "F-CLOSED", "c", Severity::High, jan, jan);
    FindingValue closed = TableType<FindingValue>::value(findings.value(u"F-CLOSED"_s));
    closed.status = FindingStatus::Closed;
    findings.insert(closed.key, findingType().record(closed));

    // Linking an action moves an open finding to in remediation and leaves a closed one as it is.
    RemediationAction action;
    action.key = u"ACT-1"_s;
    action.title = u"Fix"_s;
    action.findings = {u"F-OPEN"_s, u"F-CLOSED"_s};
    auto change = recordAction(action, findings);
    QVERIFY(change);
    QCOMPARE(change->records.size(), std::size_t(2)); // the action and the one open finding
    QCOMPARE(TableType<FindingValue>::value(change->records[1].value).key, u"F-OPEN"_s);
    QCOMPARE(TableType<FindingValue>::value(change->records[1].value).status, FindingStatus::InRemediation);
    action.findings = {u"F-NONE"_s};
    change = recordAction(action, findings);
    QVERIFY(!change);
    QCOMPARE(change.error().field, u"findings"_s);

    // A risk acceptance takes the finding's identity and sets it risk accepted.
    const FindingValue open = TableType<FindingValue>::value(findings.value(u"F-OPEN"_s));
    RiskAcceptance acceptance;
    acceptance.key = u"RA-1"_s;
    acceptance.reason = u"budget"_s;
    acceptance.approver = u"CRO"_s;
    acceptance.accepted = jan;
    acceptance.review = feb;
    change = acceptFinding(open, acceptance);
    QVERIFY(change);
    const auto &accepted = TableType<RiskAcceptance>::value(change->records[0].value);
    QCOMPARE(accepted.check, u"c"_s);
    QCOMPARE(TableType<FindingValue>::value(change->records[1].value).status, FindingStatus::RiskAccepted);
    for (const char *field : {"reason", "approver", "review"}) {
        RiskAcceptance bad = acceptance;
        if (qstrcmp(field, "reason") == 0)
            bad.reason.clear();
        else if (qstrcmp(field, "approver") == 0)
            bad.approver.clear();
        else
            bad.review = jan;
        change = acceptFinding(open, bad);
        QVERIFY(!change);
        QCOMPARE(change.error().field, QString::fromLatin1(field));
    }
    QVERIFY(!acceptFinding(closed, acceptance));

    // A status of risk accepted only through an acceptance.
    QVERIFY(!updateFinding(open, std::nullopt, FindingStatus::RiskAccepted));
    change = updateFinding(open, u"bob"_s, FindingStatus::Closed);
    QVERIFY(change);
    QCOMPARE(TableType<FindingValue>::value(change->records[0].value).owner, u"bob"_s);

    // A manual finding: open, seen today; a used key is refused.
    FindingValue manual;
    manual.key = u"MAN-1"_s;
    manual.message = u"no plan"_s;
    change = addManualFinding(manual, findings, feb);
    QVERIFY(change);
    QCOMPARE(TableType<FindingValue>::value(change->records[0].value).firstSeen, feb);
    manual.key = u"F-OPEN"_s;
    QVERIFY(!addManualFinding(manual, findings, feb));

    // A judgement on a requirement the assessment has no result for is refused.
    QHash<QString, Record> results;
    addResult(results, "A", "r1", R::NonCompliant);
    change = judgeRequirement(results, u"A"_s, u"r1"_s, R::Compliant, u"seen"_s);
    QVERIFY(change);
    const auto &judged = TableType<RequirementResultValue>::value(change->records[0].value);
    QCOMPARE(judged.effective(), R::Compliant);
    QCOMPARE(judged.notes, u"seen"_s);
    QVERIFY(!judgeRequirement(results, u"A"_s, u"r9"_s, R::Compliant, std::nullopt));
}

void tst_AssessCompare::repeatedRunWritesOnlyChanges()
{
    // recordRun leaves out what would be written unchanged: a repeated run hands the write path only the assessment.
    Requirement requirement;
    requirement.id = u"r1"_s;
    AssessmentRun run;
    run.requirements.push_back({&requirement, R::PartiallyCompliant});
    Finding finding;
    finding.check = u"c"_s;
    finding.subjects = {u"APP"_s};
    finding.severity = Severity::Medium;
    finding.message = u"found"_s;
    run.checks.push_back({nullptr, {CheckStatus::Fail, {finding}}});
    const Assessment a = stored("A", jan);
    const ChangeSet first = recordRun(run, a, {}, {}, jan);
    QCOMPARE(first.records.size(), std::size_t(3)); // assessment, result, finding
    QHash<QString, Record> results, findings;
    for (const auto &item : first.records) {
        if (item.value.type == &requirementResultType())
            results.insert(item.value.key(), item.value);
        else if (item.value.type == &findingType())
            findings.insert(item.value.key(), item.value);
    }
    const ChangeSet again = recordRun(run, a, results, findings, jan);
    QCOMPARE(again.records.size(), std::size_t(1));
    QCOMPARE(again.records[0].value.type, &assessmentType());
    // A later day moves the finding's last seen; a changed result is written.
    run.requirements[0].result = R::Compliant;
    const ChangeSet later = recordRun(run, a, results, findings, feb);
    QCOMPARE(later.records.size(), std::size_t(3));
}

void tst_AssessCompare::openFindingsByCheckRanks()
{
    auto finding = [](const QString &check, const QString &subject, Severity severity, FindingStatus status) {
        FindingValue f;
        f.check = check;
        f.subjects = {subject};
        f.key = findingKey(check, f.subjects);
        f.severity = severity;
        f.status = status;
        f.message = QStringLiteral("m");
        return findingType().record(f);
    };
    QHash<QString, Record> findings;
    auto add = [&findings](const Record &r) { findings.insert(r.key(), r); };
    add(finding(QStringLiteral("b-low"), QStringLiteral("A"), Severity::Low, FindingStatus::Open));
    add(finding(QStringLiteral("b-low"), QStringLiteral("B"), Severity::Low, FindingStatus::Open));
    add(finding(QStringLiteral("b-low"), QStringLiteral("C"), Severity::Low, FindingStatus::Open));
    add(finding(QStringLiteral("a-high"), QStringLiteral("A"), Severity::High, FindingStatus::InRemediation));
    add(finding(QStringLiteral("c-mixed"), QStringLiteral("A"), Severity::Medium, FindingStatus::Open));
    add(finding(QStringLiteral("c-mixed"), QStringLiteral("B"), Severity::High, FindingStatus::Open));
    add(finding(QStringLiteral("d-closed"), QStringLiteral("A"), Severity::Critical, FindingStatus::Closed));
    add(finding(QStringLiteral("e-accepted"), QStringLiteral("A"), Severity::Critical, FindingStatus::RiskAccepted));
    const std::vector<FindingGroup> expected{{QStringLiteral("c-mixed"), Severity::High, 2},
                                             {QStringLiteral("a-high"), Severity::High, 1},
                                             {QStringLiteral("b-low"), Severity::Low, 3}};
    QCOMPARE(openFindingsByCheck(findings), expected);
}

QTEST_GUILESS_MAIN(tst_AssessCompare)
#include "tst_assesscompare.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-off rules of an assessment (issue 13): four eyes by operating-system account, and an approved assessment
// frozen against every write, enforced by the one write path (so the command line, the window and an import obey it).
#include "model/assessment/workflow.h"
#include "model/exchange/jsonformat.h"
#include "model/register/registerservice.h"
#include "model/store/auditlog.h"
#include "sqlitefile.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace bulwark::test;

namespace {

Actor account(const QString &user)
{
    Actor actor;
    actor.user = user;
    return actor;
}

Assessment draft()
{
    Assessment a;
    a.key = QStringLiteral("A-2026");
    a.title = QStringLiteral("DORA assessment 2026");
    a.catalogue = QStringLiteral("dora");
    a.catalogueVersion = QStringLiteral("2026.1");
    a.preparer = QStringLiteral("alice");
    return a;
}

RequirementResultValue result(const QString &assessment, const QString &requirement, RequirementResult value)
{
    RequirementResultValue r;
    r.assessment = assessment;
    r.requirement = requirement;
    r.key = requirementResultKey(assessment, requirement);
    r.result = value;
    return r;
}

ChangeSet put(const Assessment &a)
{
    ChangeSet c;
    c.add(assessmentType().record(a), ChangeSet::Mode::Upsert);
    return c;
}

} // namespace

class tst_AssessmentWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void fourEyes();
    void approvedIsFrozen();
    void findingKeyIsStable();
    void importCannotChangeAFrozenAssessment();
    void lapsesAfterAMaterialChange();
    void approvalIsVerifiedFromTheTrail();
    void importedSignOffIsNotVerifiable();

private:
    const Assessment *stored() const;
    Assessment approve();
    QTemporaryDir m_dir;
    std::unique_ptr<RegisterService> m_service;
};

void tst_AssessmentWorkflow::init()
{
    m_service.reset();
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".bulwark"));
    QFile::remove(path);
    m_service = openService(path);
    QVERIFY(m_service);
    QVERIFY(m_service->apply(smallRegister()));
    ChangeSet c = put(draft());
    c.add(requirementResultType().record(
              result(QStringLiteral("A-2026"), QStringLiteral("dora-8-1"), RequirementResult::Compliant)),
          ChangeSet::Mode::Insert);
    QVERIFY(m_service->apply(c, account(QStringLiteral("alice"))));
}

const Assessment *tst_AssessmentWorkflow::stored() const
{
    const auto records = m_service->records(assessmentType());
    const auto it = records.constFind(QStringLiteral("A-2026"));
    return it == records.constEnd() ? nullptr : &TableType<Assessment>::value(*it);
}

void tst_AssessmentWorkflow::fourEyes()
{
    Assessment a = draft();
    // Approving a draft: refused (it must be submitted first).
    a.status = AssessmentStatus::Approved;
    a.approvedBy = QStringLiteral("bob");
    a.approvedAt = QDate(2026, 11, 30);
    a.registerSeq = 1;
    a.registerHash = QStringLiteral("h");
    a.resultsHash = QStringLiteral("r");
    auto refused = m_service->apply(put(a), account(QStringLiteral("bob")));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("submitted before")), qPrintable(refused.error().message));

    // Submitting in someone else's name: refused.
    a = draft();
    a.status = AssessmentStatus::Submitted;
    a.submittedBy = QStringLiteral("bob");
    a.submittedAt = QDate(2026, 11, 30);
    refused = m_service->apply(put(a), account(QStringLiteral("alice")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("submitted_by"));
    a.submittedBy = QStringLiteral("alice");
    QVERIFY(m_service->apply(put(a), account(QStringLiteral("alice"))));
    QCOMPARE(stored()->status, AssessmentStatus::Submitted);

    // The same account cannot approve what it submitted, whatever name it writes in the field.
    Assessment approved = a;
    approved.status = AssessmentStatus::Approved;
    approved.approvedBy = QStringLiteral("alice");
    approved.approvedAt = QDate(2026, 11, 30);
    approved.registerSeq = int(m_service->auditHead().seq);
    approved.registerHash = QString::fromLatin1(m_service->auditHead().hash);
    approved.resultsHash = QStringLiteral("0123");
    refused = m_service->apply(put(approved), account(QStringLiteral("alice")));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("four eyes")), qPrintable(refused.error().message));
    approved.approvedBy = QStringLiteral("bob");
    refused = m_service->apply(put(approved), account(QStringLiteral("alice")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("approved_by"));
    // Without fingerprints: refused.
    Assessment bare = approved;
    bare.resultsHash.clear();
    QVERIFY(!m_service->apply(put(bare), account(QStringLiteral("bob"))));
    // A different account approves.
    QVERIFY(m_service->apply(put(approved), account(QStringLiteral("bob"))));
    QCOMPARE(stored()->status, AssessmentStatus::Approved);
    QCOMPARE(stored()->approvedBy, QStringLiteral("bob"));
}

void tst_AssessmentWorkflow::approvedIsFrozen()
{
    Assessment a = draft();
    a.status = AssessmentStatus::Submitted;
    a.submittedBy = QStringLiteral("alice");
    QVERIFY(m_service->apply(put(a), account(QStringLiteral("alice"))));
    a.status = AssessmentStatus::Approved;
    a.approvedBy = QStringLiteral("bob");
    a.approvedAt = QDate(2026, 11, 30);
    a.registerSeq = int(m_service->auditHead().seq);
    a.registerHash = QString::fromLatin1(m_service->auditHead().hash);
    a.resultsHash = QStringLiteral("0123");
    QVERIFY(m_service->apply(put(a), account(QStringLiteral("bob"))));
    const qint64 entries = m_service->auditHead().seq;

    // Nothing about it changes any more: its fields, its status, its results, its existence; by anyone.
    Assessment retitled = a;
    retitled.title = QStringLiteral("Changed afterwards");
    for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}) {
        auto refused = m_service->apply(put(retitled), account(user));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("frozen")), qPrintable(refused.error().message));
    }
    Assessment reopened = a;
    reopened.status = AssessmentStatus::Draft;
    QVERIFY(!m_service->apply(put(reopened), account(QStringLiteral("carol"))));
    ChangeSet changedResult;
    changedResult.add(requirementResultType().record(result(
                          QStringLiteral("A-2026"), QStringLiteral("dora-8-1"), RequirementResult::NonCompliant)),
                      ChangeSet::Mode::Update);
    QVERIFY(!m_service->apply(changedResult, account(QStringLiteral("carol"))));
    ChangeSet addedResult;
    addedResult.add(requirementResultType().record(
                        result(QStringLiteral("A-2026"), QStringLiteral("dora-9-1"), RequirementResult::Compliant)),
                    ChangeSet::Mode::Insert);
    QVERIFY(!m_service->apply(addedResult, account(QStringLiteral("carol"))));
    ChangeSet removed;
    removed.removeRecords.push_back({&assessmentType(), QStringLiteral("A-2026")});
    QVERIFY(!m_service->apply(removed, account(QStringLiteral("carol"))));
    ChangeSet removedResult;
    removedResult.removeRecords.push_back(
        {&requirementResultType(), requirementResultKey(QStringLiteral("A-2026"), QStringLiteral("dora-8-1"))});
    QVERIFY(!m_service->apply(removedResult, account(QStringLiteral("carol"))));
    // Nothing was written, and the stored values are as approved.
    QCOMPARE(m_service->auditHead().seq, entries);
    QCOMPARE(stored()->title, a.title);
    QCOMPARE(stored()->status, AssessmentStatus::Approved);
    // Another assessment can still be started and worked on.
    Assessment next = draft();
    next.key = QStringLiteral("A-2027");
    QVERIFY(m_service->apply(put(next), account(QStringLiteral("alice"))));
}

void tst_AssessmentWorkflow::findingKeyIsStable()
{
    const QString key = findingKey(QStringLiteral("cif-no-spof"), {QStringLiteral("F-PAY"), QStringLiteral("APP-X")});
    QCOMPARE(key, findingKey(QStringLiteral("cif-no-spof"), {QStringLiteral("F-PAY"), QStringLiteral("APP-X")}));
    QVERIFY(key.startsWith(QStringLiteral("FND-")));
    QCOMPARE(key.size(), 20);
    QVERIFY(key != findingKey(QStringLiteral("cif-no-spof"), {QStringLiteral("APP-X"), QStringLiteral("F-PAY")}));
    QVERIFY(key != findingKey(QStringLiteral("cif-no-spo"), {QStringLiteral("fF-PAY"), QStringLiteral("APP-X")}));
}

Assessment tst_AssessmentWorkflow::approve()
{
    Assessment a = draft();
    a.status = AssessmentStatus::Submitted;
    a.submittedBy = QStringLiteral("alice");
    a.submittedAt = QDate(2026, 11, 29);
    [&] { QVERIFY(m_service->apply(put(a), account(QStringLiteral("alice")))); }();
    a.status = AssessmentStatus::Approved;
    a.approvedBy = QStringLiteral("bob");
    a.approvedAt = QDate(2026, 11, 30);
    a.registerSeq = int(m_service->auditHead().seq);
    a.registerHash = QString::fromLatin1(m_service->auditHead().hash);
    a.resultsHash = resultsFingerprint(a.key, m_service->records(requirementResultType()));
    [&] { QVERIFY(m_service->apply(put(a), account(QStringLiteral("bob")))); }();
    return a;
}

void tst_AssessmentWorkflow::importCannotChangeAFrozenAssessment()
{
    approve();
    // The register as a file, edited outside Bulwark, imported again: the approved assessment's title and a result.
    QByteArray file = exchange::JsonFormat::write(m_service->snapshot());
    QVERIFY(file.contains("DORA assessment 2026"));
    file.replace("DORA assessment 2026", "Quietly edited");
    auto changes = exchange::JsonFormat::parse(file, QStringLiteral("edited.json"));
    QVERIFY(changes);
    const qint64 entries = m_service->auditHead().seq;
    auto imported = m_service->apply(*changes, account(QStringLiteral("carol")));
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.contains(QStringLiteral("frozen")), qPrintable(imported.error().message));
    QCOMPARE(m_service->auditHead().seq, entries);
    QCOMPARE(stored()->title, QStringLiteral("DORA assessment 2026"));
    // The unchanged file imports (nothing to write), so the refusal is about the change, not the file.
    auto same = exchange::JsonFormat::parse(exchange::JsonFormat::write(m_service->snapshot()), QStringLiteral("x"));
    QVERIFY(same);
    QVERIFY(m_service->apply(*same, account(QStringLiteral("carol"))));
}

void tst_AssessmentWorkflow::lapsesAfterAMaterialChange()
{
    const Assessment approved = approve();
    auto lapse = signOffLapse(m_service->database(), approved, m_service->records(requirementResultType()));
    QVERIFY(lapse);
    QVERIFY(!lapse->lapsed);
    QCOMPARE(lapse->unverified, QString());
    QCOMPARE(lapse->token(), QStringLiteral("valid"));
    // A finding or an action written afterwards is no change of the map.
    FindingValue finding;
    finding.key = findingKey(QStringLiteral("no-cycles"), {QStringLiteral("A"), QStringLiteral("B")});
    finding.check = QStringLiteral("no-cycles");
    finding.subjects = {QStringLiteral("A"), QStringLiteral("B")};
    finding.message = QStringLiteral("a cycle");
    ChangeSet notMaterial;
    notMaterial.add(findingType().record(finding), ChangeSet::Mode::Insert);
    QVERIFY(m_service->apply(notMaterial));
    lapse = signOffLapse(m_service->database(), approved, m_service->records(requirementResultType()));
    QVERIFY(lapse && !lapse->lapsed);
    // A changed element and a new dependency are.
    const ChangeSet base = smallRegister();
    Element changed = base.elements.front().value;
    changed.rtoMin = 999;
    ChangeSet material;
    material.add(changed, ChangeSet::Mode::Update);
    QVERIFY(m_service->apply(material));
    lapse = signOffLapse(m_service->database(), approved, m_service->records(requirementResultType()));
    QVERIFY(lapse);
    QVERIFY(lapse->lapsed);
    QCOMPARE(lapse->changes.size(), std::size_t(1));
    QCOMPARE(lapse->changes.front().entityKey, changed.key);
    const auto fields = store::AuditLog::changes(lapse->changes.front());
    QVERIFY(std::any_of(fields.begin(), fields.end(), [](const store::AuditFieldChange &f) {
        return f.field == u"rto_min" && f.after.toInt() == 999;
    }));
    // A draft never lapses.
    QVERIFY(!signOffLapse(m_service->database(), draft(), m_service->records(requirementResultType()))->lapsed);
}

void tst_AssessmentWorkflow::approvalIsVerifiedFromTheTrail()
{
    const Assessment approved = approve();
    const QString path = m_service->database().path();
    auto signOff = signOffLapse(m_service->database(), approved, m_service->records(requirementResultType()));
    QVERIFY(signOff && signOff->isValid());
    // A result changed outside Bulwark: the results no longer hash to what was approved.
    m_service.reset();
    QCOMPARE(sqliteExec(path, QStringLiteral("UPDATE requirement_result SET result = 'non_compliant'")), QString());
    m_service = openService(path);
    signOff = signOffLapse(m_service->database(), approved, m_service->records(requirementResultType()));
    QVERIFY(signOff);
    QVERIFY2(signOff->unverified.contains(QStringLiteral("results differ")), qPrintable(signOff->unverified));
    QCOMPARE(signOff->token(), QStringLiteral("unverified"));
    // The approval's register fingerprint pointing elsewhere in the trail.
    Assessment moved = approved;
    moved.registerSeq = *approved.registerSeq - 1;
    signOff = signOffLapse(m_service->database(), moved, m_service->records(requirementResultType()));
    QVERIFY(signOff);
    QVERIFY2(signOff->unverified.contains(QStringLiteral("not in this register's audit trail")),
             qPrintable(signOff->unverified));
    // An approver named who is not the account the trail recorded.
    Assessment renamed = approved;
    renamed.approvedBy = QStringLiteral("carol");
    signOff = signOffLapse(m_service->database(), renamed, m_service->records(requirementResultType()));
    QVERIFY(signOff);
    QVERIFY2(signOff->unverified.contains(QStringLiteral("another account")), qPrintable(signOff->unverified));
}

void tst_AssessmentWorkflow::importedSignOffIsNotVerifiable()
{
    approve();
    const QByteArray file = exchange::JsonFormat::write(m_service->snapshot());
    // Into a new register: the approval arrives as it was signed, frozen, and cannot be verified there.
    auto other = openService(m_dir.filePath(QStringLiteral("other.bulwark")));
    QVERIFY(other);
    auto changes = exchange::JsonFormat::parse(file, QStringLiteral("a.json"));
    QVERIFY(changes);
    QVERIFY(other->apply(*changes, account(QStringLiteral("carol"))));
    const Assessment carried
        = TableType<Assessment>::value(other->records(assessmentType()).value(QStringLiteral("A-2026")));
    QCOMPARE(carried.status, AssessmentStatus::Approved);
    auto signOff = signOffLapse(other->database(), carried, other->records(requirementResultType()));
    QVERIFY(signOff);
    QCOMPARE(signOff->token(), QStringLiteral("unverified"));
    Assessment edited = carried;
    edited.title = QStringLiteral("changed");
    QVERIFY(!other->apply(put(edited), account(QStringLiteral("carol"))));
    // One that arrives approved without a whole four-eyes sign-off is refused.
    auto third = openService(m_dir.filePath(QStringLiteral("third.bulwark")));
    QVERIFY(third);
    QByteArray broken = file;
    broken.replace("\"approved_by\":\"bob\"", "\"approved_by\":\"alice\"");
    QVERIFY(broken != file);
    changes = exchange::JsonFormat::parse(broken, QStringLiteral("b.json"));
    QVERIFY(changes);
    auto refused = third->apply(*changes, account(QStringLiteral("carol")));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("four-eyes")), qPrintable(refused.error().message));
    QVERIFY(third->records(assessmentType()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AssessmentWorkflow)
#include "tst_assessmentworkflow.moc"

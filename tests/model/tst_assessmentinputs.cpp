// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The assessment's five input tables (model/assessment/inputs.h: resilience_test, exit_plan, legacy_system,
// risk_acceptance, setting) through the one write path: each is added, changed and removed by RegisterService::apply,
// undone through inverse(), read back after the file is reopened, audited under its token, and the audit trail still
// verifies. The field rules refuse bad values with an error naming the field.
#include "model/assessment/inputs.h"
#include "model/register/registerservice.h"
#include "model/store/auditlog.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace bulwark::test;
using namespace Qt::StringLiterals;

namespace {

ResilienceTest resilienceTest(const QString &key, TestResult result)
{
    ResilienceTest t;
    t.key = key;
    t.type = TestType::ScenarioBasedTest;
    t.date = QDate(2026, 10, 1);
    t.scope = {u"F"_s, u"APP"_s};
    t.result = result;
    t.tester = Tester::External;
    t.findings = u"Fail-over took 25 minutes."_s;
    return t;
}

ExitPlan exitPlan(const QString &provider, QDate reviewed)
{
    ExitPlan p;
    p.provider = provider;
    p.document = u"EXIT-7 Cloud exit plan"_s;
    p.tested = QDate(2026, 3, 1);
    p.reviewed = reviewed;
    p.alternative = u"Second cloud region with another provider"_s;
    return p;
}

LegacySystem legacySystem(const QString &element, QDate riskAssessed)
{
    LegacySystem l;
    l.element = element;
    l.endOfSupport = QDate(2025, 12, 31);
    l.riskAssessed = riskAssessed;
    l.notes = u"Mainframe batch"_s;
    return l;
}

RiskAcceptance riskAcceptance(const QString &key, QDate review)
{
    RiskAcceptance a;
    a.key = key;
    a.check = u"cif-no-spof"_s;
    a.subjects = {u"F"_s, u"APP"_s};
    a.reason = u"A second data centre is planned for 2027."_s;
    a.approver = u"Chief Risk Officer"_s;
    a.accepted = QDate(2026, 1, 15);
    a.review = review;
    return a;
}

} // namespace

class tst_AssessmentInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void resilienceTests();
    void exitPlans();
    void legacySystems();
    void riskAcceptances();
    void settings();
    void badDate();
    void unknownTestType();
    void reviewBeforeAccepted();
    void badScopeKey();
    void exitPlanForMissingProvider();
    void requiredFields();

private:
    template<typename T>
    void roundTrip(const TableType<T> &type, const T &first, const T &changed, const QString &change);
    template<typename T>
    std::optional<T> stored(const TableType<T> &type, const QString &key) const;
    /// The error of applying `value` (empty code and field when it was accepted).
    template<typename T>
    Error refusal(const TableType<T> &type, const T &value);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<RegisterService> m_service;
};

void tst_AssessmentInputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The tables ship with Bulwark: registered without the test's help.
    for (const EntityType *type : {static_cast<const EntityType *>(&resilienceTestType()),
                                   static_cast<const EntityType *>(&exitPlanType()),
                                   static_cast<const EntityType *>(&legacySystemType()),
                                   static_cast<const EntityType *>(&riskAcceptanceType()),
                                   static_cast<const EntityType *>(&settingType())})
        QCOMPARE(EntityRegistry::find(type->token()), type);
}

void tst_AssessmentInputs::init()
{
    m_service.reset();
    m_path = m_dir.filePath(u"%1.bulwark"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_service = openService(m_path);
    QVERIFY(m_service);
    ChangeSet c = smallRegister();
    c.add(element(u"PRV"_s, ElementKind::Provider, u"Cloud Co"_s));
    QVERIFY(m_service->apply(c));
}

template<typename T>
std::optional<T> tst_AssessmentInputs::stored(const TableType<T> &type, const QString &key) const
{
    const auto records = m_service->records(type);
    const auto it = records.constFind(key);
    if (it == records.constEnd())
        return std::nullopt;
    return TableType<T>::value(*it);
}

template<typename T>
Error tst_AssessmentInputs::refusal(const TableType<T> &type, const T &value)
{
    ChangeSet set;
    set.add(type.record(value));
    auto r = m_service->apply(set);
    if (r)
        return Error{};
    return r.error();
}

/// Add, change (undone), remove (undone): each a write with its audit entry under the table's token, read back by a
/// new service, and the chain verifies. `change`: the audit trail's text of the change from `first` to `changed`.
template<typename T>
void tst_AssessmentInputs::roundTrip(const TableType<T> &type, const T &first, const T &changed, const QString &change)
{
    const QString key = type.key(std::any(first));
    QCOMPARE(type.key(std::any(changed)), key);
    QVERIFY(!stored(type, key));

    ChangeSet add;
    add.add(type.record(first), ChangeSet::Mode::Insert);
    const ChangeSet undoAdd = m_service->inverse(add);
    auto summary = m_service->apply(add);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->records.value(type.token()).added, 1);
    QCOMPARE(stored(type, key), first);

    ChangeSet update;
    update.add(type.record(changed), ChangeSet::Mode::Update);
    const ChangeSet undoUpdate = m_service->inverse(update);
    summary = m_service->apply(update);
    QVERIFY(summary);
    QCOMPARE(summary->records.value(type.token()).changed, 1);
    QCOMPARE(stored(type, key), changed);

    // Reopened: what was written is what is read.
    m_service.reset();
    m_service = openService(m_path);
    QVERIFY(m_service);
    QCOMPARE(stored(type, key), changed);

    // Audited under the table's token, with the field's change.
    auto entries = store::AuditLog::entries(m_service->database(), key, 0);
    QVERIFY(entries);
    QList<store::AuditEntry> ours;
    for (const store::AuditEntry &e : std::as_const(*entries)) {
        if (e.entityToken() == type.token())
            ours << e;
    }
    QCOMPARE(ours.size(), 2);
    QCOMPARE(ours.first().entity, store::AuditEntity::Registered);
    QCOMPARE(ours.first().action, store::AuditAction::Change);
    QCOMPARE(store::AuditLog::changeText(store::AuditLog::changes(ours.first())), change);
    QCOMPARE(ours.last().action, store::AuditAction::Add);

    // Undo the change, then the add.
    QVERIFY(m_service->apply(undoUpdate));
    QCOMPARE(stored(type, key), first);
    QVERIFY(m_service->apply(undoAdd));
    QVERIFY(!stored(type, key));

    // Remove, and undo the removal.
    QVERIFY(m_service->apply(add));
    ChangeSet remove;
    remove.removeRecords.emplace_back(&type, key);
    const ChangeSet undoRemove = m_service->inverse(remove);
    summary = m_service->apply(remove);
    QVERIFY(summary);
    QCOMPARE(summary->records.value(type.token()).removed, 1);
    QVERIFY(!stored(type, key));
    QVERIFY(m_service->apply(undoRemove));
    QCOMPARE(stored(type, key), first);

    m_service.reset();
    m_service = openService(m_path);
    QVERIFY(m_service);
    QCOMPARE(stored(type, key), first);
    auto report = store::AuditLog::verify(m_service->database());
    QVERIFY(report);
    QVERIFY2(report->isIntact(), qPrintable(report->stateMismatches.join(u'\n')));
    QCOMPARE(report->entries, qint64(11 + 7)); // the small register and PRV, then 7 writes of the value
}

void tst_AssessmentInputs::resilienceTests()
{
    roundTrip(resilienceTestType(),
              resilienceTest(u"T-2026-01"_s, TestResult::Passed),
              resilienceTest(u"T-2026-01"_s, TestResult::PassedWithFindings),
              u"result: passed → passed_with_findings"_s);
}

void tst_AssessmentInputs::exitPlans()
{
    roundTrip(exitPlanType(),
              exitPlan(u"PRV"_s, QDate(2026, 3, 1)),
              exitPlan(u"PRV"_s, QDate(2026, 9, 30)),
              u"reviewed: 2026-03-01 → 2026-09-30"_s);
}

void tst_AssessmentInputs::legacySystems()
{
    roundTrip(legacySystemType(),
              legacySystem(u"APP"_s, QDate()),
              legacySystem(u"APP"_s, QDate(2026, 2, 1)),
              u"risk_assessed: - → 2026-02-01"_s);
}

void tst_AssessmentInputs::riskAcceptances()
{
    roundTrip(riskAcceptanceType(),
              riskAcceptance(u"RA-1"_s, QDate(2026, 12, 31)),
              riskAcceptance(u"RA-1"_s, QDate(2027, 6, 30)),
              u"review: 2026-12-31 → 2027-06-30"_s);
}

void tst_AssessmentInputs::settings()
{
    roundTrip(settingType(),
              Setting{u"tlpt_designated"_s, u"no"_s},
              Setting{u"tlpt_designated"_s, u"yes"_s},
              u"value: no → yes"_s);
}

/// A date that is no date is refused where text or JSON becomes a value, naming the field.
void tst_AssessmentInputs::badDate()
{
    ResilienceTest t = resilienceTest(u"T-1"_s, TestResult::Passed);
    for (const QString &text : {u"2026-02-30"_s, u"30.11.2026"_s, u"2026-2-3"_s, u"tomorrow"_s}) {
        const auto r = resilienceTestType().fields().find(u"date"_s)->setText(t, text);
        QVERIFY2(!r, qPrintable(text));
        QCOMPARE(r.error().field, u"date"_s);
        QVERIFY2(r.error().message.contains(u"YYYY-MM-DD"_s), qPrintable(r.error().message));
    }
    QCOMPARE(t.date, QDate(2026, 10, 1)); // unchanged by the refusals
    QJsonObject json = QJsonDocument::fromJson(exitPlanType().record(exitPlan(u"PRV"_s, {})).toJson()).object();
    json[u"tested"_s] = u"2026-13-01"_s;
    const auto read = exitPlanType().fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().field, u"tested"_s);
}

void tst_AssessmentInputs::unknownTestType()
{
    QJsonObject json
        = QJsonDocument::fromJson(resilienceTestType().record(resilienceTest(u"T-1"_s, TestResult::Passed)).toJson())
              .object();
    QCOMPARE(json.value(u"type"_s).toString(), u"scenario_based_test"_s);
    QVERIFY(resilienceTestType().fromJson(json));
    json[u"type"_s] = u"smoke_test"_s;
    const auto read = resilienceTestType().fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().field, u"type"_s);
    QVERIFY2(read.error().message.contains(u"smoke_test"_s), qPrintable(read.error().message));

    ResilienceTest t;
    const auto *type = resilienceTestType().fields().find(u"type"_s);
    QVERIFY(type->setText(t, u"tlpt"_s));
    QCOMPARE(t.type, TestType::Tlpt);
    const auto bad = type->setText(t, u"TLPT test"_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, u"type"_s);
    for (int i = 0; i < testTypeCount; ++i)
        QCOMPARE(testTypeFromToken(token(TestType(i))), std::optional<TestType>(TestType(i)));
}

void tst_AssessmentInputs::reviewBeforeAccepted()
{
    const Error e = refusal(riskAcceptanceType(), riskAcceptance(u"RA-1"_s, QDate(2026, 1, 14)));
    QCOMPARE(e.code, Error::Code::Invalid);
    QCOMPARE(e.field, u"review"_s);
    QVERIFY2(e.message.contains(u"acceptance date"_s), qPrintable(e.message));
    // The same day is allowed.
    QCOMPARE(refusal(riskAcceptanceType(), riskAcceptance(u"RA-1"_s, QDate(2026, 1, 15))).field, QString());
    QVERIFY(stored(riskAcceptanceType(), u"RA-1"_s));
}

void tst_AssessmentInputs::badScopeKey()
{
    ResilienceTest t = resilienceTest(u"T-1"_s, TestResult::Passed);
    t.scope = {u"F"_s, u"core banking"_s};
    const Error e = refusal(resilienceTestType(), t);
    QCOMPARE(e.code, Error::Code::Invalid);
    QCOMPARE(e.field, u"scope"_s);
    QVERIFY2(e.message.contains(u"core banking"_s), qPrintable(e.message));
    QVERIFY(!stored(resilienceTestType(), u"T-1"_s));
    // A scope may name an element the register does not have (the dangling-references check reports it).
    t.scope = {u"F"_s, u"RETIRED"_s};
    QCOMPARE(refusal(resilienceTestType(), t).field, QString());
}

void tst_AssessmentInputs::exitPlanForMissingProvider()
{
    const Error e = refusal(exitPlanType(), exitPlan(u"NOPE"_s, QDate(2026, 3, 1)));
    QCOMPARE(e.code, Error::Code::NotFound);
    QCOMPARE(e.field, u"provider"_s);
    QVERIFY2(e.message.contains(u"NOPE"_s), qPrintable(e.message));
    const Error legacy = refusal(legacySystemType(), legacySystem(u"GONE"_s, QDate()));
    QCOMPARE(legacy.code, Error::Code::NotFound);
    QCOMPARE(legacy.field, u"element"_s);
    QVERIFY(m_service->records(exitPlanType()).isEmpty());
    QVERIFY(m_service->records(legacySystemType()).isEmpty());
}

void tst_AssessmentInputs::requiredFields()
{
    ResilienceTest undated = resilienceTest(u"T-1"_s, TestResult::Passed);
    undated.date = QDate();
    QCOMPARE(refusal(resilienceTestType(), undated).field, u"date"_s);
    RiskAcceptance noApprover = riskAcceptance(u"RA-1"_s, QDate(2026, 12, 31));
    noApprover.approver.clear();
    QCOMPARE(refusal(riskAcceptanceType(), noApprover).field, u"approver"_s);
    QCOMPARE(refusal(settingType(), Setting{u"bad key"_s, u"x"_s}).field, u"key"_s);
}

QTEST_GUILESS_MAIN(tst_AssessmentInputs)
#include "tst_assessmentinputs.moc"

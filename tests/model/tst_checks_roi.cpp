// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment's checks on the register of information (checks_roi.cpp, issue 18): the demo's register is ready to
// file and shows two sub-contractors under several direct providers; registers broken on purpose give the findings
// the register of information's checks find, each naming what to fix. Rules: docs/assessment.md.
#include "model/analysis/graphsnapshot.h"
#include "model/assessment/check.h"
#include "model/exchange/demoregister.h"
#include "model/roi/builder.h"
#include "model/roi/records.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace bulwark;
using namespace bulwark::assessment;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 11, 30);

/// Runs check `id` on `data` (sorted and snapshotted as a run does).
CheckOutcome run(const char *id, RegisterData data, QDate day = today)
{
    data.sort();
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    const CheckContext context(data, snapshot, day);
    const CheckInfo *check = findCheck(QString::fromLatin1(id));
    Q_ASSERT(check);
    return check->run(context);
}

QString describe(const CheckOutcome &outcome)
{
    QStringList lines;
    for (const Finding &f : outcome.findings)
        lines << token(f.severity) + u' ' + f.subjects.join(u'|') + u' ' + f.message;
    return lines.join(u'\n');
}

const Element *elementNamed(const RegisterData &data, const QString &name)
{
    for (const Element &e : data.elements) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

/// The findings whose subjects start with `first`.
std::vector<const Finding *> findingsOf(const CheckOutcome &outcome, const QString &first)
{
    std::vector<const Finding *> list;
    for (const Finding &f : outcome.findings) {
        if (!f.subjects.isEmpty() && f.subjects.front() == first)
            list.push_back(&f);
    }
    return list;
}

} // namespace

class tst_ChecksRoi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listedAndBound();
    void demoIsReadyToFile();
    void demoSubcontractorConcentration();
    void arrangementWithProviderNotInMap();
    void criticalFunctionWithoutArrangement();
    void wrongValueNamesTheElementToFix();
    void noRegisterOfInformation();
    void referenceDateIsTheYearBefore();

private:
    QTemporaryDir m_dir;
    RegisterData m_demo;
    QString m_demoLei;
};

void tst_ChecksRoi::initTestCase()
{
    const QString path = m_dir.filePath(u"demo.bulwark"_s);
    auto created = DemoRegister::create(path, today);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    auto service = test::openService(path);
    QVERIFY(service);
    m_demo = service->snapshot();
    for (const Record &r : m_demo.records) {
        if (r.type == &roi::entityType() && roi::entityType().value(r).reporting.value_or(false))
            m_demoLei = roi::entityType().value(r).lei;
    }
    QVERIFY(!m_demoLei.isEmpty());
}

void tst_ChecksRoi::listedAndBound()
{
    const CheckInfo *ready = findCheck(u"roi-ready-to-file");
    const CheckInfo *concentration = findCheck(u"subcontractor-concentration");
    QVERIFY(ready && concentration);
    QCOMPARE(QString::fromLatin1(ready->reference), u"DORA Art 28(3); ITS 2024/2956"_s);
    QVERIFY(QString::fromLatin1(concentration->reference).startsWith(u"DORA Art 29(1), 29(2)"));
    // The checks read the register of information's tables: a reader that loads only these has them.
    const QSet<QString> tables = tablesTheChecksRead();
    for (const QString &token : {roi::entityType().token(),
                                 roi::arrangementType().token(),
                                 roi::serviceTermsType().token(),
                                 roi::providerTermsType().token()})
        QVERIFY2(tables.contains(token), qPrintable(token));
}

void tst_ChecksRoi::demoIsReadyToFile()
{
    const CheckOutcome outcome = run("roi-ready-to-file", m_demo);
    QVERIFY2(outcome.findings.empty(), qPrintable(describe(outcome)));
    QCOMPARE(outcome.status, CheckStatus::Pass);
}

void tst_ChecksRoi::demoSubcontractorConcentration()
{
    const CheckOutcome outcome = run("subcontractor-concentration", m_demo);
    QCOMPARE(outcome.status, CheckStatus::Fail);
    QCOMPARE(outcome.findings.size(), 2u);
    const Element *rmc = nullptr;
    const Element *nwc = elementNamed(m_demo, u"Northwind Cloud SE"_s);
    for (const Element &e : m_demo.elements) {
        if (e.kind == ElementKind::Provider && e.name.startsWith(u"Rhein-Main Colocation"))
            rmc = &e;
    }
    QVERIFY(rmc && nwc);
    QStringList subjects;
    for (const Finding &f : outcome.findings) {
        subjects << f.subjects;
        QCOMPARE(f.severity, Severity::Medium);
    }
    QStringList expected{rmc->key, nwc->key};
    expected.sort();
    QCOMPARE(subjects, expected);
    // The message names the sub-contractor and its direct providers by key and name.
    const Finding &northwind = *findingsOf(outcome, nwc->key).front();
    QVERIFY2(northwind.message.contains(nwc->key + u" (Northwind Cloud SE)"_s), qPrintable(northwind.message));
    QVERIFY2(northwind.message.contains(u"2 direct providers"), qPrintable(northwind.message));
    const Element *helix = nullptr;
    for (const Element &e : m_demo.elements) {
        if (e.kind == ElementKind::Provider && e.name.startsWith(u"Helix"))
            helix = &e;
    }
    QVERIFY(helix);
    QVERIFY2(northwind.message.contains(helix->key), qPrintable(northwind.message));
    QVERIFY2(northwind.message.contains(u"C-HLX-2019"), qPrintable(northwind.message));
}

void tst_ChecksRoi::arrangementWithProviderNotInMap()
{
    RegisterData data = m_demo;
    QString reference;
    for (Record &r : data.records) {
        if (r.type != &roi::arrangementType())
            continue;
        roi::Arrangement a = roi::arrangementType().value(r);
        if (a.provider.isEmpty())
            continue;
        reference = a.reference;
        a.provider = u"PRV-GONE"_s;
        r = roi::arrangementType().record(a);
        break;
    }
    QVERIFY(!reference.isEmpty());
    const CheckOutcome outcome = run("roi-ready-to-file", data);
    QCOMPARE(outcome.status, CheckStatus::Fail);
    // What the builder cannot express, on the arrangement's record ...
    const auto onRecord = findingsOf(outcome, u"roi_arrangement:"_s + reference);
    QVERIFY2(!onRecord.empty(), qPrintable(describe(outcome)));
    const auto note = std::find_if(
        onRecord.begin(), onRecord.end(), [](const Finding *f) { return f->subjects.value(1) == u"note"; });
    QVERIFY2(note != onRecord.end(), qPrintable(describe(outcome)));
    QVERIFY((*note)->message.contains(u"PRV-GONE"));
    QVERIFY((*note)->message.contains(u"Fix it in record "_s + reference + u" of table roi_arrangement."_s));
    QCOMPARE((*note)->severity, Severity::Medium);
    // The rows of the provider that is not in the map say so.
    const auto missing = findingsOf(outcome, u"PRV-GONE"_s);
    QVERIFY2(!missing.empty(), qPrintable(describe(outcome)));
    for (const Finding *f : missing)
        QVERIFY2(f->message.contains(u"PRV-GONE is not in the map"), qPrintable(f->message));
    // ... and the rows that lose their provider: the supervisor would reject them (an empty key column, EBA 805).
    const bool blocking = std::any_of(outcome.findings.begin(), outcome.findings.end(), [](const Finding &f) {
        return f.severity == Severity::High && f.subjects.contains(u"805"_s) && f.subjects.contains(u"c0030"_s)
            && f.message.contains(u"B_02.02");
    });
    QVERIFY2(blocking, qPrintable(describe(outcome)));
    // Every finding names its template and column, and its identity is its own.
    QSet<QStringList> identities;
    for (const Finding &f : outcome.findings) {
        QVERIFY2(!identities.contains(f.subjects), qPrintable(f.subjects.join(u'|')));
        identities.insert(f.subjects);
    }
}

void tst_ChecksRoi::criticalFunctionWithoutArrangement()
{
    RegisterData data = m_demo;
    Element f = test::element(u"F-NEWPAY"_s, ElementKind::Function, u"Instant payments"_s);
    f.criticality = Criticality::Critical;
    f.rtoMin = 120;
    f.rpoMin = 15;
    data.elements.push_back(f);
    const CheckOutcome outcome = run("roi-ready-to-file", data);
    QCOMPARE(outcome.status, CheckStatus::Fail);
    // Every finding is about the new function's B_06.01 row: the element to fix comes first, then the template, the
    // row's key, the column (when one is at fault) and the rule. The row lacks what the function's terms (roi_function)
    // would give (licensed activity, assessment date, ...), and no arrangement covers the critical function (our
    // "coverage").
    const QString row = u"F-NEWPAY / "_s + m_demoLei;
    bool coverage = false;
    for (const Finding &finding : outcome.findings) {
        QCOMPARE(finding.subjects.value(0), u"F-NEWPAY"_s);
        QCOMPARE(finding.subjects.value(1), u"B_06.01"_s);
        QCOMPARE(finding.subjects.value(2), row);
        QCOMPARE(finding.severity, Severity::Medium); // errors, none blocking
        QVERIFY2(finding.message.contains(u"B_06.01 row "_s + row), qPrintable(finding.message));
        QVERIFY2(finding.message.endsWith(u"Fix it at element F-NEWPAY (Instant payments) or in its "
                                          u"register-of-information terms (roi_function)."_s),
                 qPrintable(finding.message));
        // Coverage is about the whole row: no column.
        coverage = coverage || finding.subjects == QStringList{u"F-NEWPAY"_s, u"B_06.01"_s, row, u"coverage"_s};
    }
    QVERIFY2(coverage, qPrintable(describe(outcome)));
}

void tst_ChecksRoi::wrongValueNamesTheElementToFix()
{
    // A provider's LEI with wrong check digits: the B_05.01 row's code, and every reference to it.
    RegisterData data = m_demo;
    const Element *nwc = elementNamed(data, u"Northwind Cloud SE"_s);
    QVERIFY(nwc);
    const QString key = nwc->key;
    for (Element &e : data.elements) {
        if (e.key == key)
            e.lei = e.lei.left(18) + u"00"_s;
    }
    const CheckOutcome outcome = run("roi-ready-to-file", data);
    QCOMPARE(outcome.status, CheckStatus::Fail);
    const auto onProvider = findingsOf(outcome, key);
    QVERIFY2(!onProvider.empty(), qPrintable(describe(outcome)));
    const bool lei = std::any_of(onProvider.begin(), onProvider.end(), [](const Finding *f) {
        return f->subjects.contains(u"lei"_s) && f->subjects.value(1) == u"B_05.01" && f->severity == Severity::Medium;
    });
    QVERIFY2(lei, qPrintable(describe(outcome)));
    for (const Finding *f : onProvider)
        QVERIFY2(f->message.contains(u"Northwind Cloud SE"), qPrintable(f->message));
}

void tst_ChecksRoi::noRegisterOfInformation()
{
    RegisterData data;
    const ChangeSet small = test::smallRegister();
    for (const auto &item : small.elements)
        data.elements.push_back(item.value);
    for (const auto &item : small.dependencies)
        data.dependencies.push_back(item.value);
    for (const auto &item : small.groups)
        data.groups.push_back(item.value);
    const CheckOutcome ready = run("roi-ready-to-file", data);
    QCOMPARE(ready.status, CheckStatus::Fail);
    QCOMPARE(ready.findings.size(), 1u);
    QCOMPARE(ready.findings.front().subjects, QStringList{u"roi_entity"_s});
    QCOMPARE(ready.findings.front().severity, Severity::High);
    QCOMPARE(run("subcontractor-concentration", data).status, CheckStatus::NotApplicable);
}

void tst_ChecksRoi::referenceDateIsTheYearBefore()
{
    const auto snapshot = analysis::GraphSnapshot::fromRegister(m_demo);
    const CheckContext january(m_demo, snapshot, QDate(2027, 1, 2));
    QCOMPARE(january.roiReferenceDate(), QDate(2026, 12, 31));
    QCOMPARE(january.registerOfInformation().report.referenceDate, QDate(2026, 12, 31));
    const CheckContext december(m_demo, snapshot, QDate(2026, 12, 31));
    QCOMPARE(december.roiReferenceDate(), QDate(2025, 12, 31));
    // Built once and shared by the checks of a run.
    QCOMPARE(&december.registerOfInformation(), &december.registerOfInformation());
}

QTEST_GUILESS_MAIN(tst_ChecksRoi)
#include "tst_checks_roi.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/assessment/inputs.h"
#include "model/exchange/importdiff.h"
#include "model/exchange/importer.h"
#include "model/exchange/jsonformat.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;
using exchange::JsonFormat;

namespace {
const QByteArray header = R"({"format": "bulwark-register", "version": 1,)";

/// smallRegister() with one value of every shipped table (two of some), as issue 13's inputs.
ChangeSet registerWithRecords()
{
    using namespace bulwark::assessment;
    ChangeSet c = smallRegister();
    Element provider = element(QStringLiteral("PRV"), ElementKind::Provider, QStringLiteral("Provider"));
    c.add(provider);
    c.add(dependency(QStringLiteral("APP"), QStringLiteral("PRV")));
    ResilienceTest test{QStringLiteral("RT-2"),
                        TestType::BusinessContinuityTest,
                        QDate(2026, 3, 1),
                        {QStringLiteral("F")},
                        TestResult::PassedWithFindings,
                        Tester::Internal,
                        QStringLiteral("Fail-over took \"longer\" than planned\nsecond line")};
    c.add(resilienceTestType().record(test));
    c.add(resilienceTestType().record({QStringLiteral("RT-1"),
                                       TestType::Tlpt,
                                       QDate(2025, 5, 2),
                                       {QStringLiteral("APP"), QStringLiteral("DC1")},
                                       TestResult::Passed,
                                       Tester::External,
                                       {}}));
    c.add(exitPlanType().record({QStringLiteral("PRV"),
                                 QStringLiteral("EXIT-7"),
                                 QDate(2026, 1, 10),
                                 QDate(2026, 2, 11),
                                 QStringLiteral("In-house")}));
    c.add(legacySystemType().record({QStringLiteral("MON"), QDate(2024, 12, 31), QDate(2026, 6, 1), {}}));
    c.add(riskAcceptanceType().record({QStringLiteral("RA-1"),
                                       QStringLiteral("cif-no-spof"),
                                       {QStringLiteral("F"), QStringLiteral("APP")},
                                       QStringLiteral("A second site is planned"),
                                       QStringLiteral("Chief risk officer"),
                                       QDate(2025, 9, 1),
                                       QDate(2026, 9, 1)}));
    c.add(settingType().record({QStringLiteral("tlpt_designated"), QStringLiteral("yes")}));
    c.add(settingType().record({QStringLiteral("ict_risk_framework_reviewed"), QStringLiteral("2026-04-01")}));
    return c;
}

QString text(const Result<ChangeSet> &result)
{
    return result ? QString() : result.error().toString();
}
} // namespace

class tst_JsonFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsByteIdentical();
    void exportIsSortedAndStable();
    void unknownFieldsAreKept();
    void brokenFiles_data();
    void brokenFiles();
    void importUpsertsWithSummary();
    void importPrunes();
    void danglingReferenceNamesLine();
    void fiftyMegabyteFile();
    void demoRegisterFixture();
    void registeredTablesRoundTrip();
    void registeredTablesRefused_data();
    void registeredTablesRefused();
    void registeredTablesImportDiffAndPrune();

private:
    QTemporaryDir m_dir;
};

void tst_JsonFormat::roundTripIsByteIdentical()
{
    const QByteArray source = R"({"format": "bulwark-register", "version": 1,
 "elements": [
   {"key": "F-PAY", "name": "Retail payments", "kind": "function", "criticality": "critical",
    "mtd_min": 240, "mtdl_min": 30, "rto_min": 60, "rpo_min": 15, "availability": 0.999,
    "owner": "Payments", "description": "Line one\nline \"two\"", "tags": ["retail", "sepa"]},
   {"key": "PRV-NWC", "name": "Northwind Cloud SE", "kind": "provider", "lei": "506700GE1G29325QX363",
    "country": "IE", "substitutability": "low", "exit_plan": true, "contract_ref": "C-17", "sla": {"uptime": 99.95}},
   {"key": "LOC-FRA", "name": "Frankfurt", "kind": "location", "country": "DE", "region": "eu-central"},
   {"key": "APP-CORE", "name": "K\u00fcrbis core \u2013 banking", "kind": "application"},
   {"key": "DC-1", "name": "DC 1", "kind": "facility"},
   {"key": "DC-2", "name": "DC 2", "kind": "facility"}],
 "dependencies": [
   {"from": "F-PAY", "to": "APP-CORE", "strength": "hard"},
   {"from": "APP-CORE", "to": "DC-1", "strength": "hard", "group": "dc"},
   {"from": "APP-CORE", "to": "DC-2", "strength": "hard", "group": "dc", "note": "cold standby"},
   {"from": "APP-CORE", "to": "PRV-NWC", "strength": "soft"}],
 "groups": [{"element": "APP-CORE", "name": "dc", "min_up": 1, "failover_min": 15}]})";
    auto changes = JsonFormat::parse(source, QStringLiteral("source.json"));
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
    auto first = openService(m_dir.filePath(QStringLiteral("first.bulwark")));
    QVERIFY(first->apply(*changes));
    const QByteArray exported = JsonFormat::write(first->snapshot());

    auto again = JsonFormat::parse(exported, QStringLiteral("exported.json"));
    QVERIFY(again);
    auto second = openService(m_dir.filePath(QStringLiteral("second.bulwark")));
    QVERIFY(second->apply(*again));
    QCOMPARE(second->snapshot(), first->snapshot());
    QCOMPARE(JsonFormat::write(second->snapshot()), exported);
    QVERIFY(exported.contains(R"("description":"Line one\nline \"two\"")"));
    QVERIFY(exported.contains(R"("sla":{"uptime":99.95})"));
}

void tst_JsonFormat::exportIsSortedAndStable()
{
    RegisterData data;
    data.elements = {element(QStringLiteral("B")), element(QStringLiteral("A")), element(QStringLiteral("C"))};
    data.dependencies = {dependency(QStringLiteral("B"), QStringLiteral("C")),
                         dependency(QStringLiteral("A"), QStringLiteral("C")),
                         dependency(QStringLiteral("A"), QStringLiteral("B"))};
    const QByteArray text = JsonFormat::write(data);
    QCOMPARE(text,
             QByteArray("{\n  \"format\": \"bulwark-register\",\n  \"version\": 1,\n  \"elements\": [\n"
                        "    {\"key\":\"A\",\"name\":\"A\",\"kind\":\"application\"},\n"
                        "    {\"key\":\"B\",\"name\":\"B\",\"kind\":\"application\"},\n"
                        "    {\"key\":\"C\",\"name\":\"C\",\"kind\":\"application\"}\n  ],\n"
                        "  \"dependencies\": [\n"
                        "    {\"from\":\"A\",\"to\":\"B\",\"strength\":\"hard\"},\n"
                        "    {\"from\":\"A\",\"to\":\"C\",\"strength\":\"hard\"},\n"
                        "    {\"from\":\"B\",\"to\":\"C\",\"strength\":\"hard\"}\n  ],\n"
                        "  \"groups\": []\n}\n"));
}

void tst_JsonFormat::unknownFieldsAreKept()
{
    auto changes = JsonFormat::parse(
        header + R"( "elements": [{"key": "A", "name": "A", "kind": "application", "cmdb_id": 4711, "tier": "gold"}]})",
        QStringLiteral("x.json"));
    QVERIFY(changes);
    const Element &e = changes->elements.front().value;
    QCOMPARE(e.attributes.value(u"cmdb_id").toInt(), 4711);
    QCOMPARE(e.attributes.value(u"tier").toString(), QStringLiteral("gold"));
}

void tst_JsonFormat::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("emptyFile") << QByteArray() << "x.json: the file is empty";
    QTest::newRow("truncated") << header + "\n \"elements\": [\n  {\"key\": \"A\", \"name\": \"A\", \"kind\""
                               << "x.json:3: the JSON ends too early";
    QTest::newRow("syntaxError") << header + "\n \"elements\": [\n  {\"key\": \"A\" \"name\": \"A\"}]}"
                                 << "x.json:3: this is not valid JSON";
    QTest::newRow("invalidUtf8") << header
            + "\n \"elements\": [{\"key\": \"A\", \"name\": \"Caf\xe9\", \"kind\": \"application\"}]}"
                                 << "x.json:2: column 40: the file is not valid UTF-8 (byte 0xe9)";
    QTest::newRow("notAnObject") << QByteArray("[1, 2]") << "x.json:1: expected a JSON object";
    QTest::newRow("wrongFormat") << QByteArray(R"({"format": "other", "version": 1})") << "field 'format'";
    QTest::newRow("newerVersion") << QByteArray(R"({"format": "bulwark-register", "version": 2})")
                                  << "x.json:1: field 'version': the file is in bulwark-register version 2";
    QTest::newRow("elementsNotAList") << header + R"( "elements": {}})"
                                      << "x.json:1: field 'elements': must be a list";
    QTest::newRow("unknownKind") << header
            + "\n \"elements\": [\n  {\"key\": \"A\", \"name\": \"A\", \"kind\": \"application\"},\n  {\"key\": \"B\", "
              "\"name\": \"B\", \"kind\": \"server\"}]}"
                                 << "x.json:4: field 'kind': 'server' is not one of: function, application";
    QTest::newRow("wrongType") << header
            + "\n \"elements\": [\n  {\"key\": \"A\", \"name\": \"A\", \"kind\": \"application\", \"rto_min\": "
              "\"60\"}]}"
                               << "x.json:3: field 'rto_min': must be a whole number of minutes, got text";
    QTest::newRow("fractionalMinutes") << header
            + "\n \"elements\": [{\"key\": \"A\", \"name\": \"A\", \"kind\": \"application\", \"rpo_min\": 1.5}]}"
                                       << "x.json:2: field 'rpo_min': must be a whole number of minutes, got 1.5";
    QTest::newRow("missingName") << header + "\n \"elements\": [{\"key\": \"A\", \"kind\": \"application\"}]}"
                                 << "x.json:2: field 'name': a name is required";
    QTest::newRow("tagsNotList") << header
            + "\n \"elements\": [{\"key\": \"A\", \"name\": \"A\", \"kind\": \"application\", \"tags\": \"x\"}]}"
                                 << "x.json:2: field 'tags': must be a list of text, got text";
    QTest::newRow("missingFrom") << header + "\n \"dependencies\": [\n {\"to\": \"A\"}]}"
                                 << "x.json:3: field 'from': a 'from' element key is required";
    QTest::newRow("groupMissingMinUp") << header + "\n \"groups\": [\n\n {\"element\": \"A\", \"name\": \"g\"}]}"
                                       << "x.json:4: field 'min_up'";
    QTest::newRow("badStrength") << header
            + "\n \"dependencies\": [{\"from\": \"A\", \"to\": \"B\", \"strength\": \"strong\"}]}"
                                 << "x.json:2: field 'strength': 'strong' is not one of: hard, soft";
}

void tst_JsonFormat::brokenFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    auto result = JsonFormat::parse(content, QStringLiteral("x.json"));
    QVERIFY(!result);
    QVERIFY2(result.error().toString().contains(expected), qPrintable(result.error().toString()));
}

void tst_JsonFormat::importUpsertsWithSummary()
{
    auto service = openService(m_dir.filePath(QStringLiteral("upsert.bulwark")));
    QVERIFY(service->apply(smallRegister()));
    const QString file = m_dir.filePath(QStringLiteral("update.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(header + R"( "elements": [
  {"key": "APP", "name": "APP", "kind": "application", "rto_min": 30},
  {"key": "MON", "name": "MON", "kind": "application"},
  {"key": "NEW", "name": "New one", "kind": "network"}],
 "dependencies": [{"from": "NEW", "to": "DC1", "strength": "hard"}]})");
    f.close();
    auto summary = exchange::Importer::run(*service, file, {});
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->elements.added, 1);
    QCOMPARE(summary->elements.changed, 1);
    QCOMPARE(summary->elements.unchanged, 1);
    QCOMPARE(summary->elements.removed, 0);
    QCOMPARE(summary->dependencies.added, 1);
    QCOMPARE(service->elementCount(), 6);
}

void tst_JsonFormat::importPrunes()
{
    auto service = openService(m_dir.filePath(QStringLiteral("prune.bulwark")));
    QVERIFY(service->apply(smallRegister()));
    const QString file = m_dir.filePath(QStringLiteral("small.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        header
        + R"( "elements": [{"key": "F", "name": "Payments", "kind": "function", "criticality": "critical", "mtd_min": 240},
  {"key": "APP", "name": "APP", "kind": "application"}],
 "dependencies": [{"from": "F", "to": "APP", "strength": "hard"}]})");
    f.close();
    exchange::ImportOptions options;
    options.prune = true;
    options.dryRun = true;
    auto preview = exchange::Importer::run(*service, file, options);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().toString()));
    QCOMPARE(preview->elements.removed, 3);
    QCOMPARE(service->elementCount(), 5);
    options.dryRun = false;
    auto summary = exchange::Importer::run(*service, file, options);
    QVERIFY(summary);
    QCOMPARE(summary->elements.removed, 3);
    QCOMPARE(summary->dependencies.removed, 3);
    QCOMPARE(summary->groups.removed, 1);
    QCOMPARE(service->elementCount(), 2);
}

void tst_JsonFormat::danglingReferenceNamesLine()
{
    auto service = openService(m_dir.filePath(QStringLiteral("dangling.bulwark")));
    const QString file = m_dir.filePath(QStringLiteral("dangling.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(header + R"(
 "elements": [
  {"key": "A", "name": "A", "kind": "application"},
  {"key": "B", "name": "B", "kind": "application"}],
 "dependencies": [
  {"from": "A", "to": "B"},
  {"from": "B", "to": "C"}]})");
    f.close();
    auto result = exchange::Importer::run(*service, file, {});
    QVERIFY(!result);
    QCOMPARE(result.error().toString(), QStringLiteral("dangling.json:7: field 'to': there is no element 'C'"));
    QCOMPARE(service->elementCount(), 0);
}

void tst_JsonFormat::fiftyMegabyteFile()
{
    // About 50 MB: 150,000 elements with long descriptions and a chain of dependencies; the last element is
    // broken, so the whole import must be refused with its line number and nothing written.
    QByteArray content = header + "\n \"elements\": [\n";
    const QByteArray description(280, 'd');
    const int count = 150000;
    for (int i = 0; i < count; ++i) {
        content += "  {\"key\": \"E" + QByteArray::number(i) + "\", \"name\": \"Element " + QByteArray::number(i)
            + "\", \"kind\": \"" + (i == count - 1 ? "gadget" : "application") + "\", \"description\": \"" + description
            + "\"},\n";
    }
    content.chop(2);
    content += "\n ]}\n";
    QVERIFY(content.size() > 50'000'000);
    QElapsedTimer timer;
    timer.start();
    auto result = JsonFormat::parse(content, QStringLiteral("big.json"));
    QVERIFY(!result);
    QCOMPARE(result.error().toString(),
             QStringLiteral("big.json:%1: field 'kind': 'gadget' is not one of: function, application, data_store, "
                            "infrastructure, network, facility, ict_service, provider, location")
                 .arg(count + 2));
    qInfo("50 MB file parsed and rejected in %lld ms", timer.elapsed());
}

void tst_JsonFormat::demoRegisterFixture()
{
    // The demo register shipped in resources/ must import cleanly and round-trip.
    QFile file(QStringLiteral(BULWARK_TEST_DATA "/../../resources/demo/demo-bank.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto changes = JsonFormat::parse(file.readAll(), QStringLiteral("demo-bank.json"));
    QVERIFY(changes);
    auto service = openService(m_dir.filePath(QStringLiteral("demo.bulwark")));
    auto summary = service->apply(*changes);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QVERIFY(service->elementCount() >= 150);
    auto again = JsonFormat::parse(JsonFormat::write(service->snapshot()), QStringLiteral("again.json"));
    QVERIFY(again);
    auto second = openService(m_dir.filePath(QStringLiteral("demo2.bulwark")));
    QVERIFY(second->apply(*again));
    QCOMPARE(second->snapshot(), service->snapshot());
}

void tst_JsonFormat::registeredTablesRoundTrip()
{
    // Issue 13: every shipped table goes out and comes back; the same register gives the same bytes.
    auto first = openService(m_dir.filePath(QStringLiteral("tables1.bulwark")));
    QVERIFY(first->apply(registerWithRecords()));
    QCOMPARE(first->snapshot().records.size(), std::size_t(7));
    const QByteArray exported = JsonFormat::write(first->snapshot());
    // One list per table, by its token, in registration order after the register's own lists.
    qsizetype at = exported.indexOf("\"groups\": [");
    QVERIFY(at > 0);
    const RegisterData held = first->snapshot();
    int tables = 0;
    for (const EntityType *type : shippedTables()) {
        // A table without values has no list (the workflow's tables are not filled here).
        if (std::none_of(
                held.records.begin(), held.records.end(), [type](const Record &r) { return r.type == type; })) {
            QVERIFY(!exported.contains("\"" + type->token().toUtf8() + "\": ["));
            continue;
        }
        ++tables;
        const qsizetype next = exported.indexOf("\n  \"" + type->token().toUtf8() + "\": [\n    {");
        QVERIFY2(next > at, qPrintable(type->token()));
        at = next;
    }
    QCOMPARE(tables, 5); // the assessment's inputs
    QVERIFY(exported.contains(R"({"check":"cif-no-spof","key":"RA-1")")
            || exported.contains(R"("check":"cif-no-spof")"));
    QVERIFY(exported.endsWith("\n  ]\n}\n"));

    auto again = JsonFormat::parse(exported, QStringLiteral("exported.json"));
    QVERIFY2(again, qPrintable(text(again)));
    QCOMPARE(again->records.size(), std::size_t(7));
    auto second = openService(m_dir.filePath(QStringLiteral("tables2.bulwark")));
    QVERIFY(second->apply(*again));
    QCOMPARE(second->snapshot(), first->snapshot());
    QCOMPARE(JsonFormat::write(second->snapshot()), exported);
    // Written in any order, a register exports the same bytes.
    RegisterData shuffled = first->snapshot();
    std::reverse(shuffled.records.begin(), shuffled.records.end());
    QCOMPARE(JsonFormat::write(shuffled), exported);

    // A register without values of a table has no list of it: a register without any exports as before.
    auto plain = openService(m_dir.filePath(QStringLiteral("tables3.bulwark")));
    QVERIFY(plain->apply(smallRegister()));
    const QByteArray plainExport = JsonFormat::write(plain->snapshot());
    QVERIFY(plainExport.endsWith("\n  ]\n}\n"));
    for (const EntityType *type : shippedTables())
        QVERIFY(!plainExport.contains("\"" + type->token().toUtf8() + "\""));
    RegisterData onlySettings = plain->snapshot();
    onlySettings.records.push_back(
        assessment::settingType().record({QStringLiteral("tlpt_designated"), QStringLiteral("no")}));
    const QByteArray withSetting = JsonFormat::write(onlySettings);
    QVERIFY(withSetting.contains("\"setting\": [\n    {\"key\":\"tlpt_designated\",\"value\":\"no\"}\n  ]\n}\n"));
    QVERIFY(!withSetting.contains("\"exit_plan\""));
}

void tst_JsonFormat::registeredTablesRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // parts separated by |
    const QByteArray elements = "\n \"elements\": [{\"key\": \"A\", \"name\": \"A\", \"kind\": \"application\"}],";
    QTest::newRow("unknownField") << header + elements
            + "\n \"resilience_test\": [\n  {\"key\": \"T1\", \"type\": \"tlpt\", \"date\": \"2026-01-02\", "
              "\"result\": \"passed\"},\n  {\"key\": \"T2\", \"type\": \"tlpt\", \"date\": \"2026-01-02\", "
              "\"result\": \"passed\", \"colour\": \"red\"}]}"
                                  << "x.json:5: field 'colour': is not a field of a resilience test";
    QTest::newRow("everyBadFieldNamed") << header + elements
            + "\n \"exit_plan\": [\n\n  {\"provider\": \"A\", \"tested\": \"last year\", \"owner\": \"x\"}]}"
                                        << "x.json:5: field 'tested': must be a date (YYYY-MM-DD), got 'last year'|"
                                           "x.json:5: field 'owner': is not a field of a";
    QTest::newRow("badChoice") << header
            + "\n \"resilience_test\": [{\"key\": \"T1\", \"type\": \"pentest\", \"date\": \"2026-01-02\", "
              "\"result\": \"passed\"}]}"
                               << "x.json:2: field 'type': 'pentest' is not one of";
    QTest::newRow("missingRequired") << header + "\n \"setting\": [\n {\"value\": \"yes\"}]}"
                                     << "x.json:3: field 'key': is required";
    QTest::newRow("tableNotAList") << header + "\n \"legacy_system\": {}}"
                                   << "x.json:1: field 'legacy_system': must be a list";
    QTest::newRow("itemNotAnObject") << header + "\n \"risk_acceptance\": [\n 1]}"
                                     << "x.json:3: item 1 of \"risk_acceptance\" must be an object";
    QTest::newRow("unknownTopLevelKey") << header + elements + "\n \"resilience_tests\": []}"
                                        << "x.json:3: field 'resilience_tests': is not a part of a "
                                           "bulwark-register file";
}

void tst_JsonFormat::registeredTablesRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    auto result = JsonFormat::parse(content, QStringLiteral("x.json"));
    QVERIFY(!result);
    for (const QString &part : expected.split(u'|'))
        QVERIFY2(result.error().toString().contains(part), qPrintable(result.error().toString()));
}

void tst_JsonFormat::registeredTablesImportDiffAndPrune()
{
    auto service = openService(m_dir.filePath(QStringLiteral("tablesprune.bulwark")));
    QVERIFY(service->apply(registerWithRecords()));
    // The file has one resilience test changed, one added and none of the other tables.
    const QString file = m_dir.filePath(QStringLiteral("tables.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray before = JsonFormat::write(service->snapshot());
    f.write(before.left(before.indexOf(",\n  \"resilience_test\"")) + R"(,
 "resilience_test": [
  {"key": "RT-1", "type": "tlpt", "date": "2025-05-02", "scope": ["APP", "DC1"], "result": "passed", "tester": "external"},
  {"key": "RT-2", "type": "business_continuity_test", "date": "2026-03-02", "scope": ["F"], "result": "passed"},
  {"key": "RT-3", "type": "penetration_test", "date": "2026-04-02", "scope": ["APP"], "result": "failed"}]})");
    f.close();

    exchange::ImportOptions options;
    options.prune = true;
    auto plan = exchange::Importer::plan(*service, file, options);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const ChangeCounts tests = plan->diff.records.value(QStringLiteral("resilience_test"));
    QCOMPARE(tests.added, 1);
    QCOMPARE(tests.changed, 1);
    QCOMPARE(tests.unchanged, 1);
    QCOMPARE(tests.removed, 0);
    // Pruned without keep-omitted: the tables the file leaves out are emptied.
    QCOMPARE(plan->diff.records.value(QStringLiteral("setting")).removed, 2);
    QCOMPARE(plan->diff.records.value(QStringLiteral("exit_plan")).removed, 1);
    QVERIFY(!plan->diff.isEmpty());
    QCOMPARE(plan->summary.records.value(QStringLiteral("setting")).removed, 2);

    // With keep-omitted, a table absent from the file keeps its values.
    options.keepOmitted = true;
    auto summary = exchange::Importer::run(*service, file, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->records.value(QStringLiteral("resilience_test")).added, 1);
    QCOMPARE(summary->records.value(QStringLiteral("resilience_test")).changed, 1);
    QCOMPARE(summary->records.value(QStringLiteral("setting")).removed, 0);
    QCOMPARE(service->records(assessment::settingType()).size(), 2);
    QCOMPARE(service->records(assessment::exitPlanType()).size(), 1);
    QCOMPARE(service->records(assessment::resilienceTestType()).size(), 3);

    // Importing the export again changes nothing.
    const QByteArray exported = JsonFormat::write(service->snapshot());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(exported);
    f.close();
    options.keepOmitted = false;
    auto same = exchange::Importer::plan(*service, file, options);
    QVERIFY(same);
    QVERIFY(same->diff.isEmpty());
    QCOMPARE(same->diff.records.value(QStringLiteral("resilience_test")).unchanged, 3);
    QCOMPARE(same->diff.records.value(QStringLiteral("setting")).unchanged, 2);
}

QTEST_GUILESS_MAIN(tst_JsonFormat)
#include "tst_jsonformat.moc"

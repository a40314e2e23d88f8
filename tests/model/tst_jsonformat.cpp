// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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
}

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

QTEST_GUILESS_MAIN(tst_JsonFormat)
#include "tst_jsonformat.moc"

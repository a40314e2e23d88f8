// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/csvformat.h"
#include "model/exchange/errorlist.h"
#include "model/exchange/importdiff.h"
#include "model/exchange/importer.h"
#include "model/exchange/jsonformat.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;
using exchange::DiffEntry;
using exchange::ImportDiffer;
using exchange::Importer;
using exchange::JsonFormat;

namespace {

const QByteArray header = R"({"format": "bulwark-register", "version": 1,)";

/// The small register with a curated application: owner, description, RTO, availability and an attribute.
ChangeSet curatedRegister()
{
    ChangeSet c = smallRegister();
    for (auto &item : c.elements) {
        if (item.value.key == u"APP") {
            item.value.owner = QStringLiteral("Core team");
            item.value.description = QStringLiteral("The core application");
            item.value.rtoMin = 60;
            item.value.availability = 0.999;
            item.value.attributes.insert(QStringLiteral("cost_centre"), QStringLiteral("CC-1"));
        }
    }
    return c;
}

/// A partial file: APP with only key, name and kind; APP>DC1 without its group; a new element.
const QByteArray partial = header + R"(
 "elements": [
   {"key": "APP", "name": "Core application", "kind": "application"},
   {"key": "NEW", "name": "New one", "kind": "application"}],
 "dependencies": [
   {"from": "APP", "to": "DC1", "strength": "hard"}]})";

const DiffEntry *findEntry(const exchange::ImportDiff &diff, const QString &key)
{
    for (const DiffEntry &entry : diff.entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

const exchange::FieldChange *findField(const DiffEntry &entry, const QString &token)
{
    for (const auto &field : entry.fields) {
        if (field.field == token)
            return &field;
    }
    return nullptr;
}

} // namespace

class tst_ImportDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void partialRowClearsAndLeavesGroup();
    void keepOmittedKeepsRegisterValues();
    void keepOmittedDropsFieldsOfAnotherKind();
    void csvEmptyCellsAreOmitted();
    void removalsFromPruning();
    void jsonNamesEveryError();
    void csvNamesEveryError();
    void errorsBeyondTheLimitAreCounted();
    void cliKeepOmittedThroughImporterRun();

private:
    std::unique_ptr<RegisterService> m_service;
    QTemporaryDir m_dir;
    int m_count = 0;
};

void tst_ImportDiff::init()
{
    m_service = openService(m_dir.filePath(QStringLiteral("r%1.bulwark").arg(++m_count)));
    QVERIFY(m_service);
    QVERIFY(m_service->apply(curatedRegister()));
}

void tst_ImportDiff::partialRowClearsAndLeavesGroup()
{
    auto changes = JsonFormat::parse(partial, QStringLiteral("partial.json"));
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
    const exchange::ImportDiff diff = ImportDiffer::diff(*changes, *m_service);
    QCOMPARE(diff.elements.added, 1);
    QCOMPARE(diff.elements.changed, 1);
    QCOMPARE(diff.dependencies.changed, 1);
    QCOMPARE(diff.groupChanges, 1);
    QCOMPARE(diff.clearedFields, 6); // owner, description, RTO, availability, the attribute; the group of APP>DC1

    const DiffEntry *app = findEntry(diff, QStringLiteral("APP"));
    QVERIFY(app);
    QCOMPARE(app->action, DiffEntry::Action::Change);
    QCOMPARE(app->line, 3);
    QVERIFY(app->isWarning());
    const auto *name = findField(*app, QStringLiteral("name"));
    QVERIFY(name);
    QCOMPARE(name->before, QStringLiteral("APP"));
    QCOMPARE(name->after, QStringLiteral("Core application"));
    QVERIFY(!name->cleared);
    const auto *rto = findField(*app, QStringLiteral("rto_min"));
    QVERIFY(rto);
    QCOMPARE(rto->label, QStringLiteral("RTO (minutes)")); // the field registry's label, without its accelerator
    QCOMPARE(rto->before, QStringLiteral("60"));
    QVERIFY(rto->after.isEmpty());
    QVERIFY(rto->cleared);
    QVERIFY(findField(*app, QStringLiteral("owner"))->cleared);
    QVERIFY(findField(*app, QStringLiteral("description"))->cleared);
    QVERIFY(findField(*app, QStringLiteral("availability"))->cleared);
    QVERIFY(findField(*app, QStringLiteral("cost_centre"))->cleared);
    // Shown as the tables show them; the raw values stay for the tooltip and the file's own terms.
    QCOMPARE(rto->shownBefore, QStringLiteral("1 h"));
    QCOMPARE(findField(*app, QStringLiteral("availability"))->before, QStringLiteral("0.999"));
    QCOMPARE(findField(*app, QStringLiteral("availability"))->shownBefore, QStringLiteral("99.9 %"));
    QCOMPARE(findField(*app, QStringLiteral("cost_centre"))->shownBefore, QStringLiteral("CC-1"));

    const DiffEntry *added = findEntry(diff, QStringLiteral("NEW"));
    QVERIFY(added);
    QCOMPARE(added->action, DiffEntry::Action::Add);
    QCOMPARE(added->name, QStringLiteral("New one"));
    QVERIFY(!added->isWarning());

    const DiffEntry *dep = findEntry(diff, dependencyId(QStringLiteral("APP"), QStringLiteral("DC1")));
    QVERIFY(dep);
    QVERIFY(dep->groupChange);
    QCOMPARE(dep->groupBefore, QStringLiteral("dc"));
    QVERIFY(dep->groupAfter.isEmpty());
    QVERIFY(dep->groupChangeText().contains(QStringLiteral("single point of failure")));
    // Elements come first, then dependencies.
    QCOMPARE(diff.entries.back().subject, DiffEntry::Subject::Dependency);
}

void tst_ImportDiff::keepOmittedKeepsRegisterValues()
{
    auto changes = JsonFormat::parse(partial, QStringLiteral("partial.json"));
    QVERIFY(changes);
    Importer::keepOmitted(*changes, m_service->elements(), m_service->dependencies(), m_service->groups());
    const exchange::ImportDiff diff = ImportDiffer::diff(*changes, *m_service);
    QCOMPARE(diff.clearedFields, 0);
    QCOMPARE(diff.groupChanges, 0);
    QCOMPARE(diff.dependencies.unchanged, 1);
    const DiffEntry *app = findEntry(diff, QStringLiteral("APP"));
    QVERIFY(app);
    QCOMPARE(app->fields.size(), 1); // only the name the file gives
    QCOMPARE(app->fields.first().field, QStringLiteral("name"));
    // Written, the register keeps them.
    QVERIFY(m_service->apply(*changes));
    const Element *kept = m_service->element(QStringLiteral("APP"));
    QCOMPARE(kept->owner, QStringLiteral("Core team"));
    QCOMPARE(kept->rtoMin, 60);
    QCOMPARE(kept->availability, 0.999);
    QCOMPARE(kept->attributes.value(u"cost_centre").toString(), QStringLiteral("CC-1"));
    QCOMPARE(m_service->dependency(QStringLiteral("APP"), QStringLiteral("DC1"))->group, QStringLiteral("dc"));
    // An explicit null still clears under keep-omitted.
    auto nulled = JsonFormat::parse(
        header + R"("elements": [{"key": "APP", "name": "Core application", "kind": "application", "owner": null}]})",
        QStringLiteral("null.json"));
    QVERIFY(nulled);
    Importer::keepOmitted(*nulled, m_service->elements(), m_service->dependencies(), m_service->groups());
    QVERIFY(nulled->elements.front().value.owner.isEmpty());
    QCOMPARE(nulled->elements.front().value.rtoMin, 60);
}

void tst_ImportDiff::keepOmittedDropsFieldsOfAnotherKind()
{
    // F is a function with a criticality and a tolerance; the file makes it an application.
    auto changes
        = JsonFormat::parse(header + R"("elements": [{"key": "F", "name": "Payments", "kind": "application"}]})",
                            QStringLiteral("kind.json"));
    QVERIFY(changes);
    Importer::keepOmitted(*changes, m_service->elements(), m_service->dependencies(), m_service->groups());
    const Element &after = changes->elements.front().value;
    QVERIFY(!after.mtdMin);
    QVERIFY(!after.criticality);
    QVERIFY2(m_service->apply(*changes, Actor::current(), true), "an application keeps no function fields");
}

void tst_ImportDiff::csvEmptyCellsAreOmitted()
{
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    QVERIFY(QDir().mkpath(folder));
    QFile f(folder + QStringLiteral("/elements.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("key,name,kind,owner,rto_min\r\nAPP,Core application,application,,30\r\n");
    f.close();
    auto changes = exchange::CsvFormat::readFolder(folder);
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
    const exchange::ImportDiff plain = ImportDiffer::diff(*changes, *m_service);
    QVERIFY(findField(*findEntry(plain, QStringLiteral("APP")), QStringLiteral("owner"))->cleared);
    Importer::keepOmitted(*changes, m_service->elements(), m_service->dependencies(), m_service->groups());
    const Element &after = changes->elements.front().value;
    QCOMPARE(after.owner, QStringLiteral("Core team"));                  // empty cell
    QCOMPARE(after.description, QStringLiteral("The core application")); // no column
    QCOMPARE(after.rtoMin, 30);                                          // given
}

void tst_ImportDiff::removalsFromPruning()
{
    auto changes = JsonFormat::parse(partial, QStringLiteral("partial.json"));
    QVERIFY(changes);
    Importer::addPruning(*changes, *m_service);
    const exchange::ImportDiff diff = ImportDiffer::diff(*changes, *m_service);
    QCOMPARE(diff.elements.removed, 4); // F, DC1, DC2, MON
    const DiffEntry *f = findEntry(diff, QStringLiteral("F"));
    QVERIFY(f);
    QCOMPARE(f->action, DiffEntry::Action::Remove);
    QCOMPARE(f->name, QStringLiteral("Payments"));
}

void tst_ImportDiff::jsonNamesEveryError()
{
    // Three problems in three objects, and two in one object: all five are named with line and field.
    const QByteArray bad = header + R"(
 "elements": [
   {"key": "A", "name": "A", "kind": "application", "rto_min": "two hours"},
   {"key": "B", "name": "B", "kind": "spaceship"},
   {"key": "C", "name": "C", "kind": "application", "availability": "high", "rpo_min": true}],
 "dependencies": [
   {"from": "A"}]})";
    auto changes = JsonFormat::parse(bad, QStringLiteral("bad.json"));
    QVERIFY(!changes);
    const QStringList lines = exchange::ErrorList::lines(changes.error());
    QCOMPARE(lines.size(), 5);
    QCOMPARE(changes.error().line, 3);
    QCOMPARE(changes.error().field, QStringLiteral("rto_min"));
    QVERIFY2(lines[0].startsWith(QStringLiteral("bad.json:3: field 'rto_min': ")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("bad.json:4: field 'kind': ")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("bad.json:5: field 'availability': ")), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("bad.json:5: field 'rpo_min': ")), qPrintable(lines[3]));
    QVERIFY2(lines[4].startsWith(QStringLiteral("bad.json:7: field 'to': ")), qPrintable(lines[4]));
    // Every required field an object lacks is named, not only the first.
    auto missing = JsonFormat::parse(header + R"("elements": [{"key": "A"}]})", QStringLiteral("missing.json"));
    QVERIFY(!missing);
    const QStringList missingLines = exchange::ErrorList::lines(missing.error());
    QCOMPARE(missingLines.size(), 2);
    QVERIFY2(missingLines[0].contains(QStringLiteral("field 'name'")), qPrintable(missingLines[0]));
    QVERIFY2(missingLines[1].contains(QStringLiteral("field 'kind'")), qPrintable(missingLines[1]));
    // A single problem reads as it always did: one line.
    auto one = JsonFormat::parse(header + R"("elements": [{"key": "A", "name": "A", "kind": "spaceship"}]})",
                                 QStringLiteral("one.json"));
    QVERIFY(!one);
    QVERIFY(!one.error().message.contains(u'\n'));
}

void tst_ImportDiff::csvNamesEveryError()
{
    const QString folder = m_dir.filePath(QStringLiteral("badcsv"));
    QVERIFY(QDir().mkpath(folder));
    QFile e(folder + QStringLiteral("/elements.csv"));
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.write("key,name,kind,rto_min\nA,A,application,soon\nB,,application,\nC,C,application\nD,D,application,5\n");
    e.close();
    QFile d(folder + QStringLiteral("/dependencies.csv"));
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write("from,to,strength\nA,B,sometimes\n");
    d.close();
    auto changes = exchange::CsvFormat::readFolder(folder);
    QVERIFY(!changes);
    const QStringList lines = exchange::ErrorList::lines(changes.error());
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith(QStringLiteral("elements.csv:2: field 'rto_min': ")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("elements.csv:3: field 'name': ")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("elements.csv:4: ")), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("dependencies.csv:2: field 'strength': ")), qPrintable(lines[3]));
}

void tst_ImportDiff::errorsBeyondTheLimitAreCounted()
{
    QByteArray bad = header + "\n \"elements\": [\n";
    for (int i = 0; i < 60; ++i)
        bad += QStringLiteral(R"(   %1{"key": "E%2", "name": "E", "kind": "spaceship"})")
                   .arg(i ? QStringLiteral(",") : QString())
                   .arg(i)
                   .toUtf8()
            + '\n';
    bad += "]}";
    auto changes = JsonFormat::parse(bad, QStringLiteral("many.json"));
    QVERIFY(!changes);
    const QStringList lines = exchange::ErrorList::lines(changes.error());
    QCOMPARE(lines.size(), exchange::ErrorList::limit + 1);
    QVERIFY2(lines.last().contains(QStringLiteral("10 more")), qPrintable(lines.last()));
}

void tst_ImportDiff::cliKeepOmittedThroughImporterRun()
{
    const QString file = m_dir.filePath(QStringLiteral("partial.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(partial);
    f.close();
    exchange::ImportOptions options;
    options.keepOmitted = true;
    auto plan = Importer::plan(*m_service, file, options);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->summary.elements.added, 1);
    QCOMPARE(plan->diff.clearedFields, 0);
    QCOMPARE(m_service->elementCount(), 5); // a plan writes nothing
    QVERIFY(Importer::run(*m_service, file, options));
    QCOMPARE(m_service->element(QStringLiteral("APP"))->owner, QStringLiteral("Core team"));
    options.keepOmitted = false;
    QVERIFY(Importer::run(*m_service, file, options));
    QVERIFY(m_service->element(QStringLiteral("APP"))->owner.isEmpty());
    QVERIFY(m_service->dependency(QStringLiteral("APP"), QStringLiteral("DC1"))->group.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ImportDiff)
#include "tst_importdiff.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/graphimport.h"
#include "model/exchange/importer.h"
#include "model/register/validation.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::exchange;
using namespace bulwark::test;

/// The part every map from another tool shares (issue 17): keys from the source's identifiers, the source on each
/// value, notes instead of invented elements, what people set kept on re-import, the mapping file, pruning scoped to
/// the source. Checked on graphs built here; each format's reader has its own test on real files.
class tst_GraphImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keys();
    void nodesEdgesAndNotes();
    void reimportKeepsWhatPeopleSet();
    void mappingFile();
    void mappingFileErrors_data();
    void mappingFileErrors();
    void pruningIsScopedToTheSource();

private:
    static ForeignGraph shop();
    /// Converts and writes `graph` with `options`; the summary of the write.
    static Result<ChangeSummary> import(RegisterService &service,
                                        const ForeignGraph &graph,
                                        const GraphImportOptions &options,
                                        QList<ImportNote> *notes = nullptr,
                                        bool prune = false);
    QTemporaryDir m_dir;
};

ForeignGraph tst_GraphImport::shop()
{
    ForeignGraph g;
    g.format = QStringLiteral("test");
    ForeignNode web;
    web.id = QStringLiteral("component:default/web");
    web.type = QStringLiteral("Component");
    web.name = QStringLiteral("Web shop");
    web.owner = QStringLiteral("team-shop");
    web.fields.insert(QStringLiteral("domain"), QStringLiteral("payments"));
    web.line = 3;
    ForeignNode db;
    db.id = QStringLiteral("resource:default/orders db");
    db.type = QStringLiteral("Resource");
    db.kind = ElementKind::DataStore;
    db.line = 9;
    ForeignNode api;
    api.id = QStringLiteral("api:default/pay");
    api.type = QStringLiteral("API");
    api.kind = ElementKind::IctService;
    api.line = 14;
    g.nodes = {web, db, api};
    g.edges = {{web.id, db.id, false, 4, QStringLiteral("dependsOn")},
               {web.id, api.id, true, 5, QStringLiteral("consumesApi")},
               {web.id, api.id, false, 6, QStringLiteral("dependsOn")}, // the same pair again: one dependency, hard
               {web.id, QStringLiteral("component:default/gone"), false, 7, QStringLiteral("dependsOn")},
               {db.id, db.id, false, 10, QStringLiteral("dependsOn")}};
    return g;
}

Result<ChangeSummary> tst_GraphImport::import(RegisterService &service,
                                              const ForeignGraph &graph,
                                              const GraphImportOptions &options,
                                              QList<ImportNote> *notes,
                                              bool prune)
{
    QSet<QString> existing;
    for (auto it = service.elements().constBegin(); it != service.elements().constEnd(); ++it)
        existing.insert(it.key());
    QList<ImportNote> local;
    auto changes
        = GraphImport::toChanges(graph, options, QStringLiteral("catalog.yaml"), &existing, notes ? *notes : local);
    if (!changes)
        return changes.error();
    Importer::keepOmitted(*changes, service.elements(), service.dependencies(), service.groups());
    if (prune)
        GraphImport::addScopedPruning(
            *changes, service, options.source.isEmpty() ? QStringLiteral("catalog.yaml") : options.source);
    return service.apply(*changes);
}

void tst_GraphImport::keys()
{
    QCOMPARE(GraphImport::keyFor(QStringLiteral("bs:"), QStringLiteral("component:default/web")),
             QStringLiteral("bs:component:default/web"));
    // Characters a key cannot hold: replaced, and a hash of the identifier appended, so that ids differing only there
    // stay apart.
    const QString a = GraphImport::keyFor(QStringLiteral("cdx:"), QStringLiteral("pkg:npm/yargs@4.1.0"));
    const QString b = GraphImport::keyFor(QStringLiteral("cdx:"), QStringLiteral("pkg:npm/yargs#4.1.0"));
    QVERIFY(a.startsWith(QStringLiteral("cdx:pkg:npm/yargs-4.1.0-")));
    QVERIFY(a != b);
    QVERIFY(Validation::isValidKey(a));
    QCOMPARE(a, GraphImport::keyFor(QStringLiteral("cdx:"), QStringLiteral("pkg:npm/yargs@4.1.0"))); // deterministic
    const QString longId = QString(300, u'x');
    const QString longKey = GraphImport::keyFor(QStringLiteral("tf:"), longId);
    QVERIFY(Validation::isValidKey(longKey));
    QVERIFY(longKey != GraphImport::keyFor(QStringLiteral("tf:"), longId + u'y'));
    QVERIFY(Validation::isValidKey(GraphImport::keyFor(QString(), QStringLiteral("ünïcode näme"))));
}

void tst_GraphImport::nodesEdgesAndNotes()
{
    QList<ImportNote> notes;
    GraphImportOptions options;
    options.prefix = QStringLiteral("bs:");
    auto changes = GraphImport::toChanges(shop(), options, QStringLiteral("catalog.yaml"), nullptr, notes);
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().message));
    QCOMPARE(changes->elements.size(), std::size_t(3)); // nothing invented for the dangling reference
    const Element &web = changes->elements[0].value;
    QCOMPARE(web.key, QStringLiteral("bs:component:default/web"));
    QCOMPARE(web.name, QStringLiteral("Web shop"));
    QCOMPARE(web.owner, QStringLiteral("team-shop"));
    QCOMPARE(web.attributes.value(GraphImport::sourceAttribute()).toString(), QStringLiteral("catalog.yaml"));
    QCOMPARE(web.attributes.value(GraphImport::idAttribute()).toString(), QStringLiteral("component:default/web"));
    QCOMPARE(web.attributes.value(u"domain").toString(), QStringLiteral("payments"));
    QCOMPARE(changes->elements[0].origin.line, 3);
    QCOMPARE(changes->elements[1].value.name, QStringLiteral("resource:default/orders db")); // no name: the id
    QCOMPARE(changes->elements[1].value.kind, ElementKind::DataStore);
    // web -> db, web -> api (hard: a hard edge of the same pair wins over the soft one); no self-dependency.
    QCOMPARE(changes->dependencies.size(), std::size_t(2));
    QCOMPARE(changes->dependencies[1].value.to, changes->elements[2].value.key);
    QCOMPARE(changes->dependencies[1].value.strength, Strength::Hard);
    QCOMPARE(changes->dependencies[0].value.attributes.value(u"relation").toString(), QStringLiteral("dependsOn"));
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[0].line, 7);
    QCOMPARE(notes[0].reference, QStringLiteral("component:default/gone"));
    QVERIFY(notes[0].text.contains(QStringLiteral("not in the file")));
    QCOMPARE(notes[1].line, 10);
    QVERIFY(notes[1].text.contains(QStringLiteral("itself")));
    // A prefix a key cannot hold is refused.
    options.prefix = QStringLiteral("bad prefix ");
    QVERIFY(!GraphImport::toChanges(shop(), options, QStringLiteral("catalog.yaml"), nullptr, notes));
}

void tst_GraphImport::reimportKeepsWhatPeopleSet()
{
    auto service = openService(m_dir.filePath(QStringLiteral("keep.bulwark")));
    QVERIFY(service);
    GraphImportOptions options;
    options.prefix = QStringLiteral("bs:");
    auto first = import(*service, shop(), options);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(first->elements.added, 3);
    QCOMPARE(first->dependencies.added, 2);
    // A risk officer sets an RTO and a description on an imported element, and groups nothing.
    Element web = *service->element(QStringLiteral("bs:component:default/web"));
    web.rtoMin = 60;
    web.country = QStringLiteral("DE");
    ChangeSet edit;
    edit.add(web, ChangeSet::Mode::Update);
    QVERIFY(service->apply(edit));
    // The same file again: nothing changes, and the RTO stays.
    auto again = import(*service, shop(), options);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QVERIFY2(again->isEmpty(), qPrintable(QStringLiteral("%1 changed").arg(again->elements.changed)));
    QCOMPARE(service->element(QStringLiteral("bs:component:default/web"))->rtoMin, std::optional<int>(60));
    // A newer file renames the element: the name follows the source, the RTO stays.
    ForeignGraph newer = shop();
    newer.nodes[0].name = QStringLiteral("Web shop 2");
    auto renamed = import(*service, newer, options);
    QVERIFY(renamed);
    QCOMPARE(renamed->elements.changed, 1);
    const auto after = service->element(QStringLiteral("bs:component:default/web"));
    QCOMPARE(after->name, QStringLiteral("Web shop 2"));
    QCOMPARE(after->rtoMin, std::optional<int>(60));
    QCOMPARE(after->country, QStringLiteral("DE"));
}

void tst_GraphImport::mappingFile()
{
    auto service = openService(m_dir.filePath(QStringLiteral("mapping.bulwark")));
    QVERIFY(service);
    ChangeSet base;
    Element pay = element(QStringLiteral("F-PAY"), ElementKind::Function, QStringLiteral("Payments"));
    base.add(pay);
    base.add(element(QStringLiteral("LOC-FRA"), ElementKind::Location));
    QVERIFY(service->apply(base));
    const QByteArray json = R"({"rules": [
        {"match": {"type": "Component", "fields": {"domain": "pay*"}},
         "set": {"owner": "Payments IT", "rto_min": 30}, "tags": ["payments"], "supports": ["F-PAY"]},
        {"match": {"kind": "data_store"}, "needs": "LOC-FRA", "soft": true},
        {"match": {"id": "api:*"}, "set": {"kind": "ict_service", "name": "Payment API"}}
    ]})";
    auto mapping = ImportMapping::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("map.json"));
    QVERIFY2(mapping, qPrintable(mapping ? QString() : mapping.error().message));
    QCOMPARE(mapping->rules.size(), 3);
    GraphImportOptions options;
    options.prefix = QStringLiteral("bs:");
    options.mapping = *mapping;
    auto written = import(*service, shop(), options);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    const auto web = service->element(QStringLiteral("bs:component:default/web"));
    QCOMPARE(web->owner, QStringLiteral("Payments IT")); // the rule wins over the source
    QCOMPARE(web->rtoMin, std::optional<int>(30));
    QVERIFY(web->tags.contains(QStringLiteral("payments")));
    QVERIFY(service->dependencies().contains(dependencyId(QStringLiteral("F-PAY"), web->key)));
    const QString db = GraphImport::keyFor(QStringLiteral("bs:"), QStringLiteral("resource:default/orders db"));
    const auto link = service->dependencies().constFind(dependencyId(db, QStringLiteral("LOC-FRA")));
    QVERIFY(link != service->dependencies().cend());
    QCOMPARE(link->strength, Strength::Soft);
    QCOMPARE(link->attributes.value(GraphImport::sourceAttribute()).toString(), QStringLiteral("catalog.yaml"));
    QCOMPARE(service->element(QStringLiteral("bs:api:default/pay"))->name, QStringLiteral("Payment API"));
}

void tst_GraphImport::mappingFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("notAnObject") << QByteArray("[1]") << QStringLiteral("map.json: a mapping file is an object");
    QTest::newRow("unknownPart") << QByteArray(R"({"rules": [{"when": {}}]})")
                                 << QStringLiteral("map.json, rule 1: 'when' is not part of a rule");
    QTest::newRow("unknownCondition") << QByteArray(R"({"rules": [{}, {"match": {"colour": "red"}}]})")
                                      << QStringLiteral("map.json, rule 2: 'colour' is not a condition");
    QTest::newRow("badKind") << QByteArray(R"({"rules": [{"match": {"kind": "server"}}]})")
                             << QStringLiteral("'server' is not an element kind");
    QTest::newRow("badKey") << QByteArray(R"({"rules": [{"supports": ["F PAY"]}]})")
                            << QStringLiteral("'F PAY' is not a valid key");
    QTest::newRow("setKey") << QByteArray(R"({"rules": [{"set": {"key": "X"}}]})")
                            << QStringLiteral("the key comes from the source");
    // Found when the rule is applied: a field value the register refuses, a link to an element nobody has.
    QTest::newRow("badValue") << QByteArray(R"({"rules": [{"match": {"type": "API"}, "set": {"rto_min": "soon"}}]})")
                              << QStringLiteral("map.json, rule 1, field rto_min:");
    QTest::newRow("unknownTarget") << QByteArray(R"({"rules": [{"supports": "F-NONE"}]})")
                                   << QStringLiteral("map.json, rule 1: F-NONE is not in the register");
}

void tst_GraphImport::mappingFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    auto mapping = ImportMapping::fromJson(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), QStringLiteral("map.json"));
    QString text;
    if (!mapping) {
        text = mapping.error().message;
    } else {
        GraphImportOptions options;
        options.mapping = *mapping;
        QList<ImportNote> notes;
        const QSet<QString> existing;
        auto changes = GraphImport::toChanges(shop(), options, QStringLiteral("catalog.yaml"), &existing, notes);
        QVERIFY(!changes);
        text = changes.error().message;
    }
    QVERIFY2(text.contains(message), qPrintable(text));
}

void tst_GraphImport::pruningIsScopedToTheSource()
{
    auto service = openService(m_dir.filePath(QStringLiteral("prune.bulwark")));
    QVERIFY(service);
    ChangeSet manual;
    manual.add(element(QStringLiteral("F-SHOP"), ElementKind::Function));
    QVERIFY(service->apply(manual));
    GraphImportOptions a;
    a.prefix = QStringLiteral("a:");
    a.source = QStringLiteral("catalog-a");
    GraphImportOptions b = a;
    b.prefix = QStringLiteral("b:");
    b.source = QStringLiteral("catalog-b");
    QVERIFY(import(*service, shop(), a));
    QVERIFY(import(*service, shop(), b));
    // A person links the manual function to an element of source a.
    ChangeSet link;
    link.add(dependency(QStringLiteral("F-SHOP"), QStringLiteral("a:component:default/web")));
    QVERIFY(service->apply(link));
    QCOMPARE(service->elements().size(), 7);
    // Source a's newer file has lost the API and the web -> db edge; pruned, only a's values go.
    ForeignGraph newer = shop();
    newer.nodes.removeLast();
    newer.edges = {};
    auto pruned = import(*service, newer, a, nullptr, true);
    QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().message));
    QCOMPARE(pruned->elements.removed, 1);
    QCOMPARE(pruned->dependencies.removed, 2); // a's web -> db; a's web -> api went with the API
    QVERIFY(!service->element(QStringLiteral("a:api:default/pay")));
    QVERIFY(service->element(QStringLiteral("b:api:default/pay")));
    QVERIFY(service->element(QStringLiteral("F-SHOP")));
    QVERIFY(service->dependencies().contains(
        dependencyId(QStringLiteral("F-SHOP"), QStringLiteral("a:component:default/web"))));
    QCOMPARE(service->dependencies().size(), 3); // b's two, and the person's link
}

QTEST_GUILESS_MAIN(tst_GraphImport)
#include "tst_graphimport.moc"

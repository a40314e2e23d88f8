// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreigngraphlookup.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/formats/backstage.h"
#include "model/exchange/graphimport.h"
#include "model/exchange/importer.h"
#include "testutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::exchange;
using namespace bulwark::test;

namespace {

const QString samples = QStringLiteral(BULWARK_SAMPLES_DIR) + QStringLiteral("/backstage");

QByteArray sample(const QString &path)
{
    QFile file(samples + u'/' + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

ForeignGraph read(const QByteArray &bytes, const QString &name)
{
    auto graph = Backstage::read(bytes, name);
    if (!graph)
        qFatal("%s", qPrintable(graph.error().toString()));
    return std::move(graph).value();
}

/// Every descriptor file of the samples, one stream of documents (as a catalog repository's all.yaml would be).
QByteArray allDescriptors()
{
    QStringList paths;
    QDirIterator it(samples, {QStringLiteral("*.yaml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    QByteArray all;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        all += "---\n" + file.readAll() + '\n';
    }
    return all;
}

QSet<QString> edgeSet(const ForeignGraph &graph)
{
    QSet<QString> set;
    for (const ForeignEdge &e : graph.edges)
        set.insert(e.from + u'>' + e.to);
    return set;
}

} // namespace

class TestFormatBackstage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonCatalog()
    {
        const ForeignGraph graph
            = read(sample(QStringLiteral("backstage-demo-catalog-entities.json")), QStringLiteral("catalog.json"));
        QCOMPARE(graph.format, QStringLiteral("backstage"));
        // 15 Component + 10 API + 3 System + 2 Domain + 1 Resource; 16 User, 14 Location and 8 Group left out.
        QCOMPARE(graph.nodes.size(), 31);
        // The computed relations, each ordered pair once although both ends list it (dependsOn + dependencyOf).
        QCOMPARE(graph.edges.size(), 22);

        const ForeignNode *portal = node(graph, QStringLiteral("system:default/artist-engagement-portal"));
        QVERIFY(portal);
        QCOMPARE(portal->kind, ElementKind::IctService);
        QCOMPARE(portal->type, QStringLiteral("System"));
        QCOMPARE(portal->owner, QStringLiteral("team-a"));
        QCOMPARE(portal->fields.value(u"domain"), QJsonValue(QStringLiteral("artists")));
        QCOMPARE(portal->tags, QStringList{QStringLiteral("portal")});
        QVERIFY(portal->fields.value(u"annotations").toObject().contains(u"backstage.io/managed-by-location"));

        const ForeignNode *db = node(graph, QStringLiteral("resource:default/artists-db"));
        QVERIFY(db);
        QCOMPARE(db->kind, ElementKind::DataStore);
        QCOMPARE(db->description, QStringLiteral("Stores artist details"));
        const ForeignNode *petstoreApi = node(graph, QStringLiteral("api:default/petstore"));
        QVERIFY(petstoreApi);
        QCOMPARE(petstoreApi->kind, ElementKind::IctService);
        QCOMPARE(petstoreApi->fields.value(u"lifecycle"), QJsonValue(QStringLiteral("experimental")));
        QVERIFY(!petstoreApi->fields.contains(u"definition")); // the API's text is not kept

        // consumer -> API -> provider
        QVERIFY(edge(
            graph, QStringLiteral("component:default/wayback-search"), QStringLiteral("api:default/wayback-archive")));
        const ForeignEdge *provided = edge(
            graph, QStringLiteral("api:default/wayback-archive"), QStringLiteral("component:default/wayback-archive"));
        QVERIFY(provided);
        QCOMPARE(provided->via, QStringLiteral("providesApi"));
        QVERIFY(edge(
            graph, QStringLiteral("component:default/artist-lookup"), QStringLiteral("resource:default/artists-db")));
        QVERIFY(edge(graph,
                     QStringLiteral("system:default/artist-engagement-portal"),
                     QStringLiteral("resource:default/artists-db")));
        QVERIFY(edge(graph, QStringLiteral("domain:default/playback"), QStringLiteral("system:default/podcast")));
        QVERIFY(edge(graph,
                     QStringLiteral("component:default/wayback-archive"),
                     QStringLiteral("component:default/wayback-archive-storage")));
        QVERIFY(!edge(graph, QStringLiteral("component:default/playback-order"), QStringLiteral("user:default/guest")));

        // www-artist consumes a Component as if it were an API: kept as a dependency, with a note.
        QVERIFY(edge(
            graph, QStringLiteral("component:default/www-artist"), QStringLiteral("component:default/artist-lookup")));
        QCOMPARE(notesAbout(graph, QStringLiteral("component:default/artist-lookup")).size(), 1);
        // One note per kind left out, and one per Location target (none of them is in the file).
        const QStringList texts = [&] {
            QStringList list;
            for (const ImportNote &n : graph.notes)
                list << n.text;
            return list;
        }();
        QVERIFY2(texts.filter(QStringLiteral("User entities left out: 16")).size() == 1, qPrintable(texts.join(u'\n')));
        QVERIFY(texts.filter(QStringLiteral("Group entities left out: 8")).size() == 1);
        QVERIFY(texts.filter(QStringLiteral("Location entities left out: 14")).size() == 1);
        QVERIFY(texts.filter(QStringLiteral("points to")).size() >= 14);

        // Every edge's ends are in the file: GraphImport adds no dangling notes.
        QList<ImportNote> notes;
        const auto changes = GraphImport::toChanges(
            graph, {QStringLiteral("bs:"), QString(), std::nullopt}, QStringLiteral("catalog.json"), nullptr, notes);
        QVERIFY(changes);
        QCOMPARE(qsizetype(changes->elements.size()), 31);
        QCOMPARE(qsizetype(changes->dependencies.size()), 22);
        QVERIFY(notes.isEmpty());
        QCOMPARE(changes->elements.front().value.key, QStringLiteral("bs:component:default/wayback-archive-ingestion"));
    }

    void specAndRelationsAgree()
    {
        // Without the computed relations the reader takes the spec fields with Backstage's default kinds: the same
        // map (so with relations present nothing is counted twice).
        const QByteArray bytes = sample(QStringLiteral("backstage-demo-catalog-entities.json"));
        QJsonArray entities = QJsonDocument::fromJson(bytes).array();
        for (qsizetype i = 0; i < entities.size(); ++i) {
            QJsonObject o = entities.at(i).toObject();
            o.remove(QStringLiteral("relations"));
            entities[i] = o;
        }
        const ForeignGraph fromSpec = read(QJsonDocument(entities).toJson(), QStringLiteral("spec.json"));
        const ForeignGraph fromRelations = read(bytes, QStringLiteral("catalog.json"));
        QCOMPARE(fromSpec.nodes.size(), fromRelations.nodes.size());
        QCOMPARE(edgeSet(fromSpec), edgeSet(fromRelations));
    }

    void descriptorFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<int>("notes");
        QTest::newRow("artistLookup") << QStringLiteral("components/artist-lookup-component.yaml") << 1 << 2 << 0;
        QTest::newRow("wwwArtist") << QStringLiteral("components/www-artist-component.yaml") << 1 << 2 << 1;
        QTest::newRow("waybackSearch") << QStringLiteral("components/wayback-search-component.yaml") << 1 << 2 << 0;
        QTest::newRow("waybackIngestion")
            << QStringLiteral("components/wayback-archive-ingestion-component.yaml") << 1 << 1 << 0;
        QTest::newRow("apiWithText") << QStringLiteral("apis/wayback-archive-api.yaml") << 1 << 0 << 0;
        QTest::newRow("system") << QStringLiteral("systems/podcast-system.yaml") << 1 << 1 << 0;
        QTest::newRow("domain") << QStringLiteral("domains/playback-domain.yaml") << 1 << 0 << 0;
        QTest::newRow("resource") << QStringLiteral("resources/artists-db-resource.yaml") << 1 << 1 << 0;
        // Group + Location: two kinds left out, seven Location targets that are not in the file.
        QTest::newRow("orgMultiDocument") << QStringLiteral("acme/org.yaml") << 0 << 0 << 2 + 7;
        // Group + 5 Users (two guests in different namespaces).
        QTest::newRow("teamMultiDocument") << QStringLiteral("acme/team-a-group.yaml") << 0 << 0 << 2;
        QTest::newRow("locationOnly") << QStringLiteral("all.yaml") << 0 << 0 << 1 + 6;
    }

    void descriptorFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(int, notes);
        const ForeignGraph graph = read(sample(file), file);
        QCOMPARE(graph.nodes.size(), nodes);
        QCOMPARE(graph.edges.size(), edges);
        QCOMPARE(graph.notes.size(), notes);
        QCOMPARE(Backstage::sniff(sample(file)), 90);
    }

    void descriptorDetails()
    {
        // artist-lookup: a Component with annotations, tags, a system and a dependency written kind:name.
        const ForeignGraph lookup = read(sample(QStringLiteral("components/artist-lookup-component.yaml")),
                                         QStringLiteral("artist-lookup-component.yaml"));
        const ForeignNode &n = lookup.nodes.first();
        QCOMPARE(n.id, QStringLiteral("component:default/artist-lookup"));
        QCOMPARE(n.kind, ElementKind::Application);
        QCOMPARE(n.name, QStringLiteral("artist-lookup"));
        QCOMPARE(n.line, 1);
        QCOMPARE(n.tags, (QStringList{QStringLiteral("java"), QStringLiteral("data")}));
        QCOMPARE(n.fields.value(u"annotations").toObject().value(u"buildkite.com/project-slug"),
                 QJsonValue(QStringLiteral("nutrien/digital-k8s")));
        QCOMPARE(n.fields.value(u"system"), QJsonValue(QStringLiteral("artist-engagement-portal")));
        const ForeignEdge *db = edge(lookup, n.id, QStringLiteral("resource:default/artists-db"));
        QVERIFY(db);
        QCOMPARE(db->line, 39);
        QVERIFY(edge(lookup, QStringLiteral("system:default/artist-engagement-portal"), n.id));

        // www-artist: consumesApis names a Component; a note on its line.
        const ForeignGraph www = read(sample(QStringLiteral("components/www-artist-component.yaml")),
                                      QStringLiteral("www-artist-component.yaml"));
        QCOMPARE(www.notes.size(), 1);
        QCOMPARE(www.notes.first().line, 11);
        QCOMPARE(www.notes.first().reference, QStringLiteral("component:default/artist-lookup"));

        // wayback-search: bare API names take the kind API; the provider is needed by its API.
        const ForeignGraph search = read(sample(QStringLiteral("components/wayback-search-component.yaml")),
                                         QStringLiteral("wayback-search-component.yaml"));
        QVERIFY(edge(
            search, QStringLiteral("api:default/wayback-search"), QStringLiteral("component:default/wayback-search")));
        QVERIFY(edge(
            search, QStringLiteral("component:default/wayback-search"), QStringLiteral("api:default/wayback-archive")));
        QCOMPARE(search.nodes.first().fields.value(u"annotations").toObject().value(u"myorg.org/security"),
                 QJsonValue(QStringLiteral("true")));

        // A System's title is its name; its domain is a part-of edge.
        const ForeignGraph portal = read(sample(QStringLiteral("systems/artist-engagement-portal-system.yaml")),
                                         QStringLiteral("portal.yaml"));
        QCOMPARE(portal.nodes.first().name, QStringLiteral("Artist Engagement Portal"));
        QVERIFY(edge(portal,
                     QStringLiteral("domain:default/artists"),
                     QStringLiteral("system:default/artist-engagement-portal")));

        // org.yaml: the Location's targets are notes with their lines.
        const ForeignGraph org = read(sample(QStringLiteral("acme/org.yaml")), QStringLiteral("org.yaml"));
        const auto target = notesAbout(org, QStringLiteral("./team-a-group.yaml"));
        QCOMPARE(target.size(), 1);
        QCOMPARE(target.first().line, 23);
    }

    void allDescriptorsAsOneStream()
    {
        const ForeignGraph graph = read(allDescriptors(), QStringLiteral("all.yaml"));
        // 8 Components, 2 APIs, 3 Systems, 2 Domains, 1 Resource
        QCOMPARE(graph.nodes.size(), 16);
        QList<ImportNote> notes;
        const auto changes = GraphImport::toChanges(
            graph, {QStringLiteral("bs:"), QString(), std::nullopt}, QStringLiteral("all.yaml"), nullptr, notes);
        QVERIFY(changes);
        QCOMPARE(qsizetype(changes->elements.size()), 16);
        QCOMPARE(qsizetype(changes->dependencies.size()), qsizetype(graph.edges.size()));
        // Every edge of the descriptors ends in an entity of the set: no dangling dependency.
        QVERIFY2(notes.isEmpty(), qPrintable(notes.isEmpty() ? QString() : notes.first().text));
        // Alone, artist-lookup's database and system are not in the file: GraphImport notes them.
        const ForeignGraph alone = read(sample(QStringLiteral("components/artist-lookup-component.yaml")),
                                        QStringLiteral("artist-lookup-component.yaml"));
        notes.clear();
        const auto single
            = GraphImport::toChanges(alone, {}, QStringLiteral("artist-lookup-component.yaml"), nullptr, notes);
        QVERIFY(single);
        QCOMPARE(qsizetype(single->dependencies.size()), 0);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.first().line, 39);
        QCOMPARE(notes.first().reference, QStringLiteral("resource:default/artists-db"));
    }

    void entityRefs_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("defaultKind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << QStringLiteral("Wayback-Archive") << QStringLiteral("api")
                              << QStringLiteral("api:default/wayback-archive");
        QTest::newRow("kindName") << QStringLiteral("Resource:artists-db") << QString()
                                  << QStringLiteral("resource:default/artists-db");
        QTest::newRow("full") << QStringLiteral("group:backstage/maintainers") << QStringLiteral("group")
                              << QStringLiteral("group:backstage/maintainers");
        QTest::newRow("namespaceName") << QStringLiteral("backstage/maintainers") << QStringLiteral("group")
                                       << QStringLiteral("group:backstage/maintainers");
        QTest::newRow("noKind") << QStringLiteral("artists-db") << QString() << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("api") << QString();
    }

    void entityRefs()
    {
        QFETCH(QString, ref);
        QFETCH(QString, defaultKind);
        QFETCH(QString, expected);
        QCOMPARE(Backstage::fullRef(ref, defaultKind, QStringLiteral("default")), expected);
    }

    void namespacesKeepEqualNamesApart()
    {
        const QByteArray yaml = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: guest\n"
                                "spec:\n  dependsOn: [resource:db]\n"
                                "---\n"
                                "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: guest\n"
                                "  namespace: development\nspec:\n  dependsOn: [resource:db]\n";
        const ForeignGraph graph = read(yaml, QStringLiteral("ns.yaml"));
        QCOMPARE(graph.nodes.size(), 2);
        QCOMPARE(graph.nodes.at(1).id, QStringLiteral("component:development/guest"));
        // A ref without a namespace takes the entity's own (Backstage's rule).
        QVERIFY(edge(graph, QStringLiteral("component:development/guest"), QStringLiteral("resource:development/db")));
        QVERIFY(edge(graph, QStringLiteral("component:default/guest"), QStringLiteral("resource:default/db")));
        QCOMPARE(graph.edges.at(1).line, 14);
    }

    void anchorsAndMergeKeys()
    {
        const QByteArray yaml = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n"
                                "spec: &spec\n  owner: team-a\n  lifecycle: production\n  dependsOn: [component:b]\n"
                                "---\n"
                                "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: b\n"
                                "spec:\n  <<: {owner: team-b, lifecycle: experimental}\n  owner: team-c\n";
        const ForeignGraph graph = read(yaml, QStringLiteral("anchors.yaml"));
        QCOMPARE(graph.nodes.size(), 2);
        QCOMPARE(graph.nodes.at(1).owner, QStringLiteral("team-c"));
        QCOMPARE(graph.nodes.at(1).fields.value(u"lifecycle"), QJsonValue(QStringLiteral("experimental")));
        QCOMPARE(graph.edges.size(), 1);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        const QByteArray lookup = sample(QStringLiteral("components/artist-lookup-component.yaml"));
        QByteArray indent = lookup;
        indent.replace("  owner: team-a", "    owner: team-a");
        QTest::newRow("brokenIndentation") << indent << 37 << QString();
        QByteArray noName = lookup;
        noName.replace("  name: artist-lookup\n", "");
        QTest::newRow("noName") << noName << 3 << QStringLiteral("metadata.name");
        QByteArray noKind = sample(QStringLiteral("acme/team-a-group.yaml"));
        noKind.replace("kind: User\nmetadata:\n  name: nigel.manning", "metadata:\n  name: nigel.manning");
        QTest::newRow("noKindInFourthDocument") << noKind << 37 << QStringLiteral("kind");
        QByteArray listDocument = sample(QStringLiteral("acme/org.yaml"));
        listDocument += "---\n- a\n- b\n";
        QTest::newRow("documentIsAList") << listDocument << 28 << QString();
        QByteArray spec = sample(QStringLiteral("systems/podcast-system.yaml"));
        spec.replace("spec:\n  owner: user:team-b\n  domain: playback", "spec: [owner]");
        QTest::newRow("specIsAList") << spec << 6 << QStringLiteral("spec");
        QByteArray json = sample(QStringLiteral("backstage-demo-catalog-entities.json"));
        json.chop(2);
        QTest::newRow("truncatedJson") << json << 1 << QString();
        QByteArray noVersion = sample(QStringLiteral("backstage-demo-catalog-entities.json"));
        noVersion.replace("\"apiVersion\":\"backstage.io/v1alpha1\",", "");
        QTest::newRow("jsonWithoutApiVersion") << noVersion << 0 << QStringLiteral("apiVersion");
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, field);
        const auto graph = Backstage::read(bytes, QStringLiteral("bad.yaml"));
        QVERIFY(!graph);
        QCOMPARE(graph.error().file, QStringLiteral("bad.yaml"));
        QCOMPARE(graph.error().line, line);
        QCOMPARE(graph.error().field, field);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("deepYaml") << QByteArray("apiVersion: backstage.io/v1alpha1\nspec: ") + QByteArray(100'000, '[');
        QTest::newRow("deepJson") << QByteArray(100'000, '[');
        QByteArray lol = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: lol\n"
                         "  annotations:\n    a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]\n";
        for (char c = 'b'; c <= 'j'; ++c)
            lol += QByteArray("    ") + c + ": &" + c + " [" + QByteArray("*") + char(c - 1)
                + (QByteArray(",*") + char(c - 1)).repeated(9) + "]\n";
        QTest::newRow("billionLaughs") << lol;
    }

    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QElapsedTimer timer;
        timer.start();
        const auto graph = Backstage::read(bytes, QStringLiteral("hostile"));
        QVERIFY(!graph);
        QVERIFY(timer.elapsed() < 5000);
    }

    void hugeStringIsReadAsText()
    {
        const QByteArray big(8 << 20, 'x');
        const QByteArray yaml = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: big\n"
                                "  description: "
            + big + "\n";
        const ForeignGraph graph = read(yaml, QStringLiteral("big.yaml"));
        QCOMPARE(graph.nodes.first().description.size(), big.size());
    }

    void importThroughImporter()
    {
        // The JSON catalog into a fresh register through exchange::Importer, with a YAML mapping file: every System
        // in domain artists supports the register's own function F-ART.
        QTemporaryDir dir;
        auto service = openService(dir.filePath(QStringLiteral("register.bulwark")));
        QVERIFY(service);
        ChangeSet manual;
        manual.add(element(QStringLiteral("F-ART"), ElementKind::Function, QStringLiteral("Artist relations")));
        QVERIFY(service->apply(manual));
        const QString mappingPath = dir.filePath(QStringLiteral("mapping.yaml"));
        QFile mappingFile(mappingPath);
        QVERIFY(mappingFile.open(QIODevice::WriteOnly));
        mappingFile.write("rules:\n"
                          "  - match:\n"
                          "      type: System\n"
                          "      fields: {domain: artists}\n"
                          "    supports: [F-ART]\n"
                          "  - match: {type: Resource}\n"
                          "    tags: [catalog-resource]\n");
        mappingFile.close();
        const QString catalog = samples + QStringLiteral("/backstage-demo-catalog-entities.json");
        ImportOptions options;
        options.source = QStringLiteral("backstage-demo");
        options.mappingPath = mappingPath;
        ImportReport report;
        const auto first = Importer::run(*service, catalog, options, Actor::current(), nullptr, &report);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(report.format, Format::Backstage); // recognised from the content although it ends in .json
        QCOMPARE(first->elements.added, 31);
        QCOMPARE(first->dependencies.added, 22 + 1); // the catalog's and the mapping's link
        QVERIFY(service->dependencies().contains(
            dependencyId(QStringLiteral("F-ART"), QStringLiteral("bs:system:default/artist-engagement-portal"))));
        QVERIFY(!service->dependencies().contains(
            dependencyId(QStringLiteral("F-ART"), QStringLiteral("bs:system:default/podcast"))));
        QVERIFY(service->element(QStringLiteral("bs:resource:default/artists-db"))
                    ->tags.contains(QStringLiteral("catalog-resource")));
        QVERIFY(!report.notes.isEmpty());

        // A second import of the same file changes nothing (dry run and write).
        ImportOptions again = options;
        again.dryRun = true;
        again.prune = true;
        const auto second = Importer::run(*service, catalog, again);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        QVERIFY2(second->isEmpty(), "a re-import of the same catalog changes something");

        // An element from another source: a descriptor file imported with its own prefix and source.
        ImportOptions other;
        other.prefix = QStringLiteral("yaml:");
        other.source = QStringLiteral("descriptors");
        const auto descriptor
            = Importer::run(*service, samples + QStringLiteral("/resources/artists-db-resource.yaml"), other);
        QVERIFY2(descriptor, qPrintable(descriptor ? QString() : descriptor.error().toString()));
        QCOMPARE(descriptor->elements.added, 1);

        // A newer catalog without the petstore component: pruning removes it and its edges, only from this source.
        QJsonArray entities
            = QJsonDocument::fromJson(sample(QStringLiteral("backstage-demo-catalog-entities.json"))).array();
        for (qsizetype i = entities.size() - 1; i >= 0; --i) {
            const QJsonObject o = entities.at(i).toObject();
            if (o.value(u"kind").toString() == u"Component"
                && o.value(u"metadata").toObject().value(u"name").toString() == u"petstore")
                entities.removeAt(i);
        }
        const QString newer = dir.filePath(QStringLiteral("catalog-newer.json"));
        QFile newerFile(newer);
        QVERIFY(newerFile.open(QIODevice::WriteOnly));
        newerFile.write(QJsonDocument(entities).toJson(QJsonDocument::Compact));
        newerFile.close();
        ImportOptions prune = options;
        prune.prune = true;
        const auto pruned = Importer::run(*service, newer, prune);
        QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().toString()));
        QCOMPARE(pruned->elements.removed, 1);
        QCOMPARE(pruned->dependencies.removed, 3); // the three APIs it provided needed it
        QCOMPARE(pruned->elements.added + pruned->elements.changed, 0);
        QVERIFY(!service->element(QStringLiteral("bs:component:default/petstore")));
        QVERIFY(service->element(QStringLiteral("bs:api:default/petstore")));
        QVERIFY(service->element(QStringLiteral("yaml:resource:default/artists-db")));
        QVERIFY(service->element(QStringLiteral("F-ART")));
    }

    void sniffing()
    {
        QCOMPARE(Backstage::sniff(sample(QStringLiteral("backstage-demo-catalog-entities.json"))), 90);
        QCOMPARE(Backstage::sniff(R"({"format": "bulwark-register", "version": 1, "elements": []})"), 0);
        QCOMPARE(Backstage::sniff("services:\n  web:\n    image: nginx\n"), 0);
        QCOMPARE(Backstage::sniff("apiVersion: apps/v1\nkind: Deployment\n"), 0);
        QCOMPARE(Backstage::sniff("# catalog\napiVersion: 'backstage.io/v1beta1'\nkind: Template\n"), 90);
        QString reason;
        QCOMPARE(FormatRegistry::detectContent(QStringLiteral("entities.json"),
                                               sample(QStringLiteral("backstage-demo-catalog-entities.json")),
                                               &reason),
                 Format::Backstage);
        QCOMPARE(FormatRegistry::detectContent(QStringLiteral("register.json"),
                                               R"({"format": "bulwark-register", "version": 1})"),
                 Format::Json);
        const auto info = FormatRegistry::find(Format::Backstage);
        QVERIFY(info && info->isGraph());
        QCOMPARE(info->defaultPrefix, QStringLiteral("bs:"));
        QCOMPARE(info->id, QStringLiteral("backstage"));
    }
};

QTEST_GUILESS_MAIN(TestFormatBackstage)
#include "tst_format_backstage.moc"

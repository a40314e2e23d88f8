// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formatregistry.h"
#include "model/exchange/formats/cyclonedx.h"
#include "model/exchange/graphimport.h"
#include "model/exchange/importer.h"
#include "model/exchange/jsonformat.h"
#include "model/register/validation.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::exchange;

/// The BOM written by hand for these tests (tst_format_cyclonedx_bom.cpp), as JSON and as XML.
extern const QByteArray handJson;
extern const QByteArray handXml;
/// An XML BOM with a document type declaration that defines entities (the start of a billion laughs).
extern const QByteArray laughs;

namespace {

const QString saasbom = QStringLiteral("saasbom-apigateway-microservices-datastores.bom.json");
const QString laravel = QStringLiteral("laravel-7.12.0.bom.1.4.json");
const QString npm = QStringLiteral("cyclonedx-node-npm-demo-bundled-dependencies.bom.1.6.json");

/// A real sample from ../shared/samples/cyclonedx (never copied into the repository).
QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(BULWARK_SAMPLES_DIR "/cyclonedx/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

const ForeignNode *findNode(const ForeignGraph &graph, const QString &id)
{
    for (const ForeignNode &n : graph.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

const ForeignEdge *findEdge(const ForeignGraph &graph, const QString &from, const QString &to)
{
    for (const ForeignEdge &e : graph.edges) {
        if (e.from == from && e.to == to)
            return &e;
    }
    return nullptr;
}

/// The change set of a graph, with its notes.
ChangeSet changesOf(const ForeignGraph &graph, const QString &file, QList<ImportNote> &notes)
{
    GraphImportOptions options;
    options.prefix = QStringLiteral("cdx:");
    auto changes = GraphImport::toChanges(graph, options, file, nullptr, notes);
    if (!changes)
        qFatal("%s", qPrintable(changes.error().toString()));
    return *changes;
}

/// The laravel sample with one change made to its parsed form.
template<typename Change>
QByteArray changedLaravel(Change change)
{
    QJsonObject bom = QJsonDocument::fromJson(sample(laravel)).object();
    change(bom);
    return QJsonDocument(bom).toJson();
}

} // namespace

class tst_FormatCycloneDx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saasbomCounts();
    void saasbomServices();
    void laravelCounts();
    void laravelComponents();
    void npmNestedComponents();
    void keysAreDistinctAndValid();
    void refusesTruncatedJson();
    void refusesDependencyThatIsNotAnObject();
    void refusesDependsOnThatIsNotAList();
    void refusesComponentThatIsNotAnObject();
    void unknownReferenceIsANote();
    void componentWithoutBomRef();
    void refusesDeepNesting();
    void refusesDeepComponents();
    void xmlGivesTheSameGraphAsJson();
    void xmlKindsAndFields();
    void refusesBadXml();
    void sniffing();
    // End to end through exchange::Importer.
    void importIntoAFreshRegister();
    void reimportIsIdempotent();
    void pruneIsScopedToTheSource();
    void mappingLinksTheGatewayToAFunction();

private:
    QTemporaryDir m_dir;
};

void tst_FormatCycloneDx::saasbomCounts()
{
    auto graph = CycloneDx::read(sample(saasbom), saasbom);
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    // The root, the API gateway, its five nested services, and "Acme Inc" as the provider of four of them.
    QCOMPARE(graph->nodes.size(), 8);
    QCOMPARE(graph->edges.size(), 6 + 4);
    QList<ImportNote> notes;
    const ChangeSet changes = changesOf(*graph, saasbom, notes);
    QCOMPARE(changes.elements.size(), std::size_t(8));
    QCOMPARE(changes.dependencies.size(), std::size_t(10));
    QVERIFY(notes.isEmpty());
}

void tst_FormatCycloneDx::saasbomServices()
{
    auto graph = CycloneDx::read(sample(saasbom), saasbom);
    QVERIFY(graph);
    const ForeignNode *gateway = findNode(*graph, QStringLiteral("api-gateway"));
    QVERIFY(gateway);
    QCOMPARE(gateway->kind, ElementKind::IctService);
    QCOMPARE(gateway->type, QStringLiteral("service"));
    QCOMPARE(gateway->name, QStringLiteral("API Gateway"));
    QCOMPARE(gateway->description, QStringLiteral("Example API Gateway"));
    QCOMPARE(gateway->line, 17);
    QCOMPARE(gateway->fields.value(u"x-trust-boundary"), QJsonValue(true));
    QCOMPARE(gateway->fields.value(u"authenticated"), QJsonValue(false));
    QCOMPARE(gateway->fields.value(u"endpoints").toArray().size(), 2);
    QCOMPARE(gateway->fields.value(u"data").toArray().first(), QJsonValue(QStringLiteral("PII (bi-directional)")));
    QCOMPARE(gateway->fields.value(u"provider"), QJsonValue(QStringLiteral("Acme Inc")));
    // Nested services are found, with their parent.
    const ForeignNode *postgres = findNode(*graph, QStringLiteral("ms-1-pgsql.example.com"));
    QVERIFY(postgres);
    QCOMPARE(postgres->name, QStringLiteral("Postgres"));
    QCOMPARE(postgres->fields.value(u"parent"), QJsonValue(QStringLiteral("api-gateway")));
    QCOMPARE(postgres->fields.value(u"version"), QJsonValue(QStringLiteral("14.1")));
    // The dependencies graph: microservice 1 needs its database.
    const ForeignEdge *edge
        = findEdge(*graph, QStringLiteral("ms-1.example.com"), QStringLiteral("ms-1-pgsql.example.com"));
    QVERIFY(edge);
    QCOMPARE(edge->via, QStringLiteral("dependsOn"));
    QVERIFY(!edge->soft);
    QCOMPARE(edge->line, 189);
    QVERIFY(findEdge(*graph, QStringLiteral("acme-application"), QStringLiteral("api-gateway")));
    // The named provider is an element that the services it provides need.
    const ForeignNode *acme = findNode(*graph, QStringLiteral("supplier:Acme Inc"));
    QVERIFY(acme);
    QCOMPARE(acme->kind, ElementKind::Provider);
    QVERIFY(findEdge(*graph, QStringLiteral("ms-3.example.com"), QStringLiteral("supplier:Acme Inc")));
    QVERIFY(!findEdge(*graph, QStringLiteral("s3-example.amazon.com"), QStringLiteral("supplier:Acme Inc")));
}

void tst_FormatCycloneDx::laravelCounts()
{
    auto graph = CycloneDx::read(sample(laravel), laravel);
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->nodes.size(), 63); // the root and 62 components; no supplier is named
    QCOMPARE(graph->edges.size(), 113);
    QList<ImportNote> notes;
    const ChangeSet changes = changesOf(*graph, laravel, notes);
    QCOMPARE(changes.elements.size(), std::size_t(63));
    QCOMPARE(changes.dependencies.size(), std::size_t(113));
    QVERIFY(notes.isEmpty());
}

void tst_FormatCycloneDx::laravelComponents()
{
    auto graph = CycloneDx::read(sample(laravel), laravel);
    QVERIFY(graph);
    const ForeignNode *framework = findNode(*graph, QStringLiteral("laravel/framework-7.30.6.0"));
    QVERIFY(framework);
    QCOMPARE(framework->kind, ElementKind::Application);
    QCOMPARE(framework->type, QStringLiteral("library"));
    QCOMPARE(framework->name, QStringLiteral("laravel/framework"));
    QCOMPARE(framework->line, 639);
    QCOMPARE(framework->fields.value(u"version"), QJsonValue(QStringLiteral("v7.30.6")));
    QCOMPARE(framework->fields.value(u"purl"), QJsonValue(QStringLiteral("pkg:composer/laravel/framework@v7.30.6")));
    QCOMPARE(framework->fields.value(u"licenses"), QJsonValue(QJsonArray{QStringLiteral("MIT")}));
    QCOMPARE(framework->fields.value(u"author"), QJsonValue(QStringLiteral("Taylor Otwell")));
    QVERIFY(framework->fields.value(u"properties").isObject());
    const ForeignNode *root = findNode(*graph, QStringLiteral("cyclonedx/cyclonedx-php-composer-demo-dev-master"));
    QVERIFY(root);
    QCOMPARE(root->kind, ElementKind::Application);
    QCOMPARE(root->fields.value(u"type"), QJsonValue(QStringLiteral("application")));
    QCOMPARE(root->fields.value(u"properties").toObject().value(u"cdx:composer:package:type"),
             QJsonValue(QStringLiteral("project")));
    QVERIFY(findEdge(*graph, QStringLiteral("laravel/framework-7.30.6.0"), QStringLiteral("symfony/console-5.4.16.0")));
    QVERIFY(findEdge(*graph, root->id, QStringLiteral("laravel/laravel-7.12.0.0")));
    // Entries without "dependsOn" give no edges and no error.
    for (const ForeignEdge &e : graph->edges)
        QVERIFY(e.from != u"brick/math-0.9.3.0");
}

void tst_FormatCycloneDx::npmNestedComponents()
{
    auto graph = CycloneDx::read(sample(npm), npm);
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->nodes.size(), 53);
    QCOMPARE(graph->edges.size(), 65);
    const QString bundle = QStringLiteral("demo-bundled-deps@0.0.0|bundle-dependencies@1.0.2");
    const QString yargs = bundle + QStringLiteral("|yargs@4.1.0");
    const ForeignNode *nested = findNode(*graph, yargs);
    QVERIFY(nested);
    QCOMPARE(nested->name, QStringLiteral("yargs"));
    QCOMPARE(nested->fields.value(u"parent"), QJsonValue(bundle));
    QCOMPARE(nested->fields.value(u"purl"), QJsonValue(QStringLiteral("pkg:npm/yargs@4.1.0")));
    QVERIFY(findEdge(*graph, bundle, yargs));
    const ForeignNode *root = findNode(*graph, QStringLiteral("demo-bundled-deps@0.0.0"));
    QVERIFY(root);
    QVERIFY(findEdge(*graph, root->id, bundle));
    QList<ImportNote> notes;
    const ChangeSet changes = changesOf(*graph, npm, notes);
    QCOMPARE(changes.dependencies.size(), std::size_t(65));
    QVERIFY(notes.isEmpty());
}

void tst_FormatCycloneDx::keysAreDistinctAndValid()
{
    // bom-refs hold @ | / : and are opaque: every key is valid, none is shared.
    for (const QString &name : {saasbom, laravel, npm}) {
        auto graph = CycloneDx::read(sample(name), name);
        QVERIFY(graph);
        QSet<QString> keys;
        for (const ForeignNode &n : graph->nodes) {
            const QString key = GraphImport::keyFor(QStringLiteral("cdx:"), n.id);
            QVERIFY2(Validation::isValidKey(key), qPrintable(key));
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
        }
    }
}

void tst_FormatCycloneDx::refusesTruncatedJson()
{
    const QByteArray whole = sample(laravel);
    const QByteArray cut = whole.left(whole.size() / 2);
    auto graph = CycloneDx::read(cut, laravel);
    QVERIFY(!graph);
    QCOMPARE(graph.error().file, laravel);
    QVERIFY(graph.error().line > 1000);
    QVERIFY2(graph.error().toString().contains(QStringLiteral("not valid JSON")), qPrintable(graph.error().toString()));
}

void tst_FormatCycloneDx::refusesDependencyThatIsNotAnObject()
{
    const QByteArray bytes = changedLaravel([](QJsonObject &bom) {
        QJsonArray dependencies = bom.value(u"dependencies").toArray();
        dependencies[3] = QStringLiteral("doctrine/lexer-1.2.3.0");
        bom.insert(QStringLiteral("dependencies"), dependencies);
    });
    auto graph = CycloneDx::read(bytes, laravel);
    QVERIFY(!graph);
    QCOMPARE(graph.error().field, QStringLiteral("dependencies[3]"));
    QCOMPARE(graph.error().file, laravel);
    QVERIFY(graph.error().line > 0);
}

void tst_FormatCycloneDx::refusesDependsOnThatIsNotAList()
{
    const QByteArray bytes = changedLaravel([](QJsonObject &bom) {
        QJsonArray dependencies = bom.value(u"dependencies").toArray();
        QJsonObject first = dependencies.at(0).toObject();
        first.insert(QStringLiteral("dependsOn"), QStringLiteral("symfony/http-kernel-5.4.16.0"));
        dependencies[0] = first;
        bom.insert(QStringLiteral("dependencies"), dependencies);
    });
    auto graph = CycloneDx::read(bytes, laravel);
    QVERIFY(!graph);
    QCOMPARE(graph.error().field, QStringLiteral("dependencies[0].dependsOn"));
    QVERIFY(graph.error().line > 0);
}

void tst_FormatCycloneDx::refusesComponentThatIsNotAnObject()
{
    const QByteArray bytes = changedLaravel([](QJsonObject &bom) {
        QJsonArray components = bom.value(u"components").toArray();
        components[5] = 42;
        bom.insert(QStringLiteral("components"), components);
    });
    auto graph = CycloneDx::read(bytes, laravel);
    QVERIFY(!graph);
    QCOMPARE(graph.error().field, QStringLiteral("components[5]"));
}

void tst_FormatCycloneDx::unknownReferenceIsANote()
{
    const QByteArray bytes = changedLaravel([](QJsonObject &bom) {
        QJsonArray dependencies = bom.value(u"dependencies").toArray();
        dependencies.append(
            QJsonObject{{QStringLiteral("ref"), QStringLiteral("laravel/framework-7.30.6.0")},
                        {QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("pkg:gone/nowhere@1")}}});
        bom.insert(QStringLiteral("dependencies"), dependencies);
    });
    auto graph = CycloneDx::read(bytes, laravel);
    QVERIFY(graph);
    QList<ImportNote> notes;
    const ChangeSet changes = changesOf(*graph, laravel, notes);
    QCOMPARE(changes.elements.size(), std::size_t(63)); // nothing invented
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().reference, QStringLiteral("pkg:gone/nowhere@1"));
    QCOMPARE(notes.first().file, laravel);
    QVERIFY(notes.first().line > 0);
}

void tst_FormatCycloneDx::componentWithoutBomRef()
{
    // Without a bom-ref, the purl identifies a component; without either it is a note.
    const QByteArray bytes = changedLaravel([](QJsonObject &bom) {
        QJsonArray components = bom.value(u"components").toArray();
        QJsonObject first = components.at(0).toObject();
        first.remove(QStringLiteral("bom-ref"));
        components[0] = first;
        QJsonObject second = components.at(1).toObject();
        second.remove(QStringLiteral("bom-ref"));
        second.remove(QStringLiteral("purl"));
        components[1] = second;
        bom.insert(QStringLiteral("components"), components);
    });
    auto graph = CycloneDx::read(bytes, laravel);
    QVERIFY(graph);
    QCOMPARE(graph->nodes.size(), 62);
    QVERIFY(findNode(*graph, QStringLiteral("pkg:composer/asm89/stack-cors@1.3.0")));
    QCOMPARE(graph->notes.size(), 1);
    QCOMPARE(graph->notes.first().reference, QStringLiteral("math"));
}

void tst_FormatCycloneDx::refusesDeepNesting()
{
    // Hostile input: JSON nested 100,000 deep is refused without a crash.
    QByteArray bytes = R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": )";
    bytes += QByteArray(100'000, '[') + QByteArray(100'000, ']') + '}';
    auto graph = CycloneDx::read(bytes, QStringLiteral("deep.json"));
    QVERIFY(!graph);
    QCOMPARE(graph.error().line, 1);
    // And XML nested 100,000 deep.
    QByteArray xml = R"(<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components>)";
    for (int i = 0; i < 50'000; ++i)
        xml += R"(<component type="library"><components>)";
    auto fromXml = CycloneDx::read(xml, QStringLiteral("deep.xml"));
    QVERIFY(!fromXml);
    QVERIFY2(fromXml.error().message.contains(QStringLiteral("nested more than")),
             qPrintable(fromXml.error().toString()));
}

void tst_FormatCycloneDx::refusesDeepComponents()
{
    // Components nested 300 deep (well-formed JSON, 600 levels): refused at ReadLimits::maxDepth.
    QJsonObject inner{{QStringLiteral("bom-ref"), QStringLiteral("c300")},
                      {QStringLiteral("name"), QStringLiteral("c")}};
    for (int i = 299; i >= 1; --i)
        inner = QJsonObject{{QStringLiteral("bom-ref"), QStringLiteral("c%1").arg(i)},
                            {QStringLiteral("components"), QJsonArray{inner}}};
    const QJsonObject bom{{QStringLiteral("bomFormat"), QStringLiteral("CycloneDX")},
                          {QStringLiteral("components"), QJsonArray{inner}}};
    auto graph = CycloneDx::read(QJsonDocument(bom).toJson(QJsonDocument::Compact), QStringLiteral("deep.json"));
    QVERIFY(!graph);
    QVERIFY2(graph.error().message.contains(QStringLiteral("nested more than 256")),
             qPrintable(graph.error().toString()));
}

void tst_FormatCycloneDx::xmlGivesTheSameGraphAsJson()
{
    auto fromJson = CycloneDx::read(handJson, QStringLiteral("hand.cdx.json"));
    QVERIFY2(fromJson, qPrintable(fromJson ? QString() : fromJson.error().toString()));
    auto fromXml = CycloneDx::read(handXml, QStringLiteral("hand.cdx.xml"));
    QVERIFY2(fromXml, qPrintable(fromXml ? QString() : fromXml.error().toString()));
    QCOMPARE(fromXml->nodes.size(), fromJson->nodes.size());
    QCOMPARE(fromJson->nodes.size(), 8); // six components and services, the nested ones, and one provider
    for (qsizetype i = 0; i < fromJson->nodes.size(); ++i) {
        const ForeignNode &a = fromJson->nodes.at(i);
        const ForeignNode &b = fromXml->nodes.at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.type, a.type);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.description, a.description);
        QCOMPARE(b.tags, a.tags);
        QCOMPARE(QJsonDocument(b.fields).toJson(), QJsonDocument(a.fields).toJson());
        QVERIFY2(b.line > 0, qPrintable(b.id));
    }
    QCOMPARE(fromXml->edges.size(), fromJson->edges.size());
    for (qsizetype i = 0; i < fromJson->edges.size(); ++i) {
        QCOMPARE(fromXml->edges.at(i).from, fromJson->edges.at(i).from);
        QCOMPARE(fromXml->edges.at(i).to, fromJson->edges.at(i).to);
        QCOMPARE(fromXml->edges.at(i).via, fromJson->edges.at(i).via);
        QVERIFY(fromXml->edges.at(i).line > 0);
    }
}

void tst_FormatCycloneDx::xmlKindsAndFields()
{
    auto graph = CycloneDx::read(handXml, QStringLiteral("hand.cdx.xml"));
    QVERIFY(graph);
    QCOMPARE(findNode(*graph, QStringLiteral("fw|1"))->kind, ElementKind::Infrastructure);
    QCOMPARE(findNode(*graph, QStringLiteral("img:base"))->kind, ElementKind::Infrastructure);
    QCOMPARE(findNode(*graph, QStringLiteral("ledger"))->kind, ElementKind::DataStore);
    QCOMPARE(findNode(*graph, QStringLiteral("svc/auth/db"))->kind, ElementKind::IctService);
    const ForeignNode *pay = findNode(*graph, QStringLiteral("pkg:maven/org.example/pay@1.0"));
    QVERIFY(pay);
    QCOMPARE(pay->name, QStringLiteral("org.example/pay"));
    QCOMPARE(pay->line, 7);
    QCOMPARE(pay->fields.value(u"licenses"),
             QJsonValue(QJsonArray{QStringLiteral("Apache-2.0"), QStringLiteral("MIT OR GPL-2.0-only")}));
    QCOMPARE(pay->fields.value(u"properties").toObject().value(u"team"), QJsonValue(QStringLiteral("payments")));
    QCOMPARE(findNode(*graph, QStringLiteral("fw|1"))->fields.value(u"parent"), QJsonValue(pay->id));
    // One provider for a supplier of a component and the provider of a service with the same name.
    QVERIFY(findEdge(*graph, pay->id, QStringLiteral("supplier:Example Payments Ltd")));
    QVERIFY(findEdge(*graph, QStringLiteral("svc/auth"), QStringLiteral("supplier:Example Payments Ltd")));
    QCOMPARE(findEdge(*graph, QStringLiteral("svc/auth"), QStringLiteral("svc/auth/db"))->line, 41);
}

void tst_FormatCycloneDx::refusesBadXml()
{
    QByteArray cut = handXml.left(handXml.indexOf("<services>"));
    auto graph = CycloneDx::read(cut, QStringLiteral("cut.xml"));
    QVERIFY(!graph);
    QVERIFY(graph.error().line > 20);
    QCOMPARE(graph.error().file, QStringLiteral("cut.xml"));
    // A document type declaration (the way to billion laughs) is not taken.
    auto dtd = CycloneDx::read(laughs, QStringLiteral("laughs.xml"));
    QVERIFY(!dtd);
    QCOMPARE(dtd.error().line, 2);
    // Not CycloneDX.
    const QByteArray graphml = "<graphml xmlns=\"http:/"
                               "/graphml.graphdrawing.org/xmlns\"/>";
    QVERIFY(!CycloneDx::read(graphml, QStringLiteral("g.xml")));
}

void tst_FormatCycloneDx::sniffing()
{
    for (const QString &name : {saasbom, laravel, npm})
        QCOMPARE(CycloneDx::sniff(sample(name)), 100);
    QCOMPARE(CycloneDx::sniff(handXml), 100);
    QCOMPARE(CycloneDx::sniff(handJson), 100);
    // The register's own JSON is never taken for a BOM.
    const QByteArray own = JsonFormat::write(RegisterData{});
    QCOMPARE(CycloneDx::sniff(own), 0);
    QCOMPARE(CycloneDx::sniff(R"({"bomFormat": "SPDX"})"), 0);
    QCOMPARE(CycloneDx::sniff(""), 0);
    QCOMPARE(FormatRegistry::detectContent(QStringLiteral("x.json"), own), Format::Json);
    QString reason;
    QCOMPARE(FormatRegistry::detectContent(QStringLiteral("bom.json"), sample(laravel), &reason), Format::CycloneDx);
    QVERIFY(reason.contains(QStringLiteral("CycloneDX")));
    QCOMPARE(FormatRegistry::detectContent(QStringLiteral("bom.xml"), handXml), Format::CycloneDx);
    const auto info = FormatRegistry::fromId(u"cyclonedx");
    QVERIFY(info && info->isGraph());
    QCOMPARE(info->defaultPrefix, QStringLiteral("cdx:"));
    // A plain .json stays the register's own format when chosen by name.
    QCOMPARE(FormatRegistry::detect(QStringLiteral("x.json")), Format::Json);
}

namespace {

QString samplePath(const QString &name)
{
    return QStringLiteral(BULWARK_SAMPLES_DIR "/cyclonedx/") + name;
}

/// `bytes` written to a file in `dir` (a variant of a sample made in memory, never kept).
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

} // namespace

void tst_FormatCycloneDx::importIntoAFreshRegister()
{
    auto service = test::openService(m_dir.filePath(QStringLiteral("fresh.bulwark")));
    QVERIFY(service);
    exchange::ImportOptions options; // the format is recognised from the content
    ImportReport report;
    auto summary = Importer::run(*service, samplePath(saasbom), options, Actor::current(), nullptr, &report);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(report.format, Format::CycloneDx);
    QVERIFY(report.notes.isEmpty());
    QCOMPARE(summary->elements.added, qsizetype(8));
    QCOMPARE(summary->dependencies.added, qsizetype(10));
    const Element gateway = service->elements().value(QStringLiteral("cdx:api-gateway"));
    QCOMPARE(gateway.kind, ElementKind::IctService);
    QCOMPARE(gateway.name, QStringLiteral("API Gateway"));
    QCOMPARE(gateway.attributes.value(GraphImport::sourceAttribute()), QJsonValue(saasbom));
    QCOMPARE(gateway.attributes.value(GraphImport::idAttribute()), QJsonValue(QStringLiteral("api-gateway")));
    QCOMPARE(gateway.attributes.value(u"x-trust-boundary"), QJsonValue(true));
    QVERIFY(service->dependencies().contains(
        dependencyId(QStringLiteral("cdx:ms-1.example.com"), QStringLiteral("cdx:ms-1-pgsql.example.com"))));
    QCOMPARE(service->elements()
                 .value(GraphImport::keyFor(QStringLiteral("cdx:"), QStringLiteral("supplier:Acme Inc")))
                 .kind,
             ElementKind::Provider);
}

void tst_FormatCycloneDx::reimportIsIdempotent()
{
    auto service = test::openService(m_dir.filePath(QStringLiteral("again.bulwark")));
    QVERIFY(service);
    exchange::ImportOptions options;
    QVERIFY(Importer::run(*service, samplePath(npm), options));
    // What people set in the register stays when the same file comes again.
    ChangeSet edit;
    const QString rootKey = GraphImport::keyFor(QStringLiteral("cdx:"), QStringLiteral("demo-bundled-deps@0.0.0"));
    Element root = service->elements().value(rootKey);
    QVERIFY(!root.key.isEmpty());
    root.owner = QStringLiteral("Team Web");
    edit.add(root);
    QVERIFY(service->apply(edit));
    const RegisterData before = service->snapshot();
    auto again = Importer::run(*service, samplePath(npm), options);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QVERIFY(again->isEmpty());
    QCOMPARE(service->snapshot(), before);
    QCOMPARE(service->elements().value(rootKey).owner, QStringLiteral("Team Web"));
}

void tst_FormatCycloneDx::pruneIsScopedToTheSource()
{
    auto service = test::openService(m_dir.filePath(QStringLiteral("prune.bulwark")));
    QVERIFY(service);
    ChangeSet own;
    own.add(test::element(QStringLiteral("F-PAY"), ElementKind::Function, QStringLiteral("Payments")));
    QVERIFY(service->apply(own));
    exchange::ImportOptions saas;
    saas.source = QStringLiteral("saas");
    QVERIFY(Importer::run(*service, samplePath(saasbom), saas));
    exchange::ImportOptions composer;
    composer.source = QStringLiteral("composer");
    QVERIFY(Importer::run(*service, samplePath(laravel), composer));
    QCOMPARE(service->elements().size(), qsizetype(1 + 8 + 63));
    // A newer SaaSBOM without microservice 3 (and its dependency on S3), imported with --prune.
    QJsonObject bom = QJsonDocument::fromJson(sample(saasbom)).object();
    QJsonArray services = bom.value(u"services").toArray();
    QJsonObject gateway = services.at(0).toObject();
    QJsonArray nested = gateway.value(u"services").toArray();
    nested.removeAt(2);
    gateway.insert(QStringLiteral("services"), nested);
    services[0] = gateway;
    bom.insert(QStringLiteral("services"), services);
    const QString newer = writeFile(m_dir, QStringLiteral("newer.bom.json"), QJsonDocument(bom).toJson());
    saas.prune = true;
    ImportReport report;
    auto summary = Importer::run(*service, newer, saas, Actor::current(), nullptr, &report);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->removedElements, QStringList{QStringLiteral("cdx:ms-3.example.com")});
    // The dependencies that named it went with it and are notes now; nothing else from another source went.
    QVERIFY(!report.notes.isEmpty());
    QVERIFY(service->elements().contains(QStringLiteral("F-PAY")));
    QVERIFY(service->elements().contains(QStringLiteral("cdx:laravel/framework-7.30.6.0")));
    QVERIFY(service->elements().contains(QStringLiteral("cdx:s3-example.amazon.com")));
    QCOMPARE(service->elements().size(), qsizetype(1 + 7 + 63));
}

void tst_FormatCycloneDx::mappingLinksTheGatewayToAFunction()
{
    auto service = test::openService(m_dir.filePath(QStringLiteral("mapping.bulwark")));
    QVERIFY(service);
    ChangeSet own;
    own.add(test::element(QStringLiteral("F-PAY"), ElementKind::Function, QStringLiteral("Payments")));
    QVERIFY(service->apply(own));
    const QString mapping = writeFile(m_dir, QStringLiteral("map.json"), R"({"rules": [
        {"match": {"id": "api-gateway"}, "supports": ["F-PAY"], "tags": ["edge"]},
        {"match": {"type": "service", "name": "Postgres"}, "set": {"kind": "data_store"}}
    ]})");
    exchange::ImportOptions options;
    options.mappingPath = mapping;
    auto summary = Importer::run(*service, samplePath(saasbom), options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    const Dependency link
        = service->dependencies().value(dependencyId(QStringLiteral("F-PAY"), QStringLiteral("cdx:api-gateway")));
    QCOMPARE(link.from, QStringLiteral("F-PAY"));
    QCOMPARE(link.strength, Strength::Hard);
    QVERIFY(service->elements().value(QStringLiteral("cdx:api-gateway")).tags.contains(QStringLiteral("edge")));
    QCOMPARE(service->elements().value(QStringLiteral("cdx:ms-1-pgsql.example.com")).kind, ElementKind::DataStore);
    // Again with the same mapping: nothing changes.
    auto again = Importer::run(*service, samplePath(saasbom), options);
    QVERIFY(again && again->isEmpty());
}

QTEST_GUILESS_MAIN(tst_FormatCycloneDx)
#include "tst_format_cyclonedx.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formatregistry.h"
#include "model/exchange/formats/cyclonedx.h"
#include "model/exchange/formats/structurizr.h"
#include "model/exchange/graphimport.h"
#include "model/exchange/importer.h"
#include "model/exchange/jsonformat.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::exchange;

namespace {

const QString bigBank = QStringLiteral("big-bank-plc.workspace.json");

/// A real sample from ../shared/samples/structurizr (never copied into the repository).
QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(BULWARK_SAMPLES_DIR "/structurizr/") + name);
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

/// The big bank workspace with one change made to its parsed form.
template<typename Change>
QByteArray changedBigBank(Change change)
{
    QJsonObject workspace = QJsonDocument::fromJson(sample(bigBank)).object();
    QJsonObject model = workspace.value(u"model").toObject();
    change(model);
    workspace.insert(QStringLiteral("model"), model);
    return QJsonDocument(workspace).toJson();
}

} // namespace

class tst_FormatStructurizr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void containersAndComponents();
    void deployment();
    void peopleAreNotes();
    void refusesTruncatedJson();
    void refusesRelationshipThatIsNotAnObject();
    void refusesElementWithoutId();
    void refusesWorkspaceWithoutModel();
    void refusesDeepNesting();
    void sniffing();
    void importThroughImporter();

private:
    QTemporaryDir m_dir;
};

void tst_FormatStructurizr::counts()
{
    auto graph = Structurizr::read(sample(bigBank), bigBank);
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    // 4 software systems, 5 containers, 6 components, 21 deployment nodes, 10 container and 2 system instances.
    QCOMPARE(graph->nodes.size(), 48);
    // 33 relationships that do not touch a person, 11 containments, 28 "deployed on", 12 instances.
    QCOMPARE(graph->edges.size(), 84);
    QList<ImportNote> notes;
    GraphImportOptions options;
    options.prefix = QStringLiteral("c4:");
    auto changes = GraphImport::toChanges(*graph, options, bigBank, nullptr, notes);
    QVERIFY(changes);
    QCOMPARE(changes->elements.size(), std::size_t(48));
    QCOMPARE(changes->dependencies.size(), std::size_t(84));
    QVERIFY(notes.isEmpty());
    QCOMPARE(changes->elements.front().value.key, QStringLiteral("c4:6"));
}

void tst_FormatStructurizr::containersAndComponents()
{
    auto graph = Structurizr::read(sample(bigBank), bigBank);
    QVERIFY(graph);
    const ForeignNode *api = findNode(*graph, QStringLiteral("11"));
    QVERIFY(api);
    QCOMPARE(api->name, QStringLiteral("API Application"));
    QCOMPARE(api->type, QStringLiteral("Container"));
    QCOMPARE(api->kind, ElementKind::Application);
    QCOMPARE(api->description, QStringLiteral("Provides Internet banking functionality via a JSON/HTTPS API."));
    QCOMPARE(api->fields.value(u"technology"), QJsonValue(QStringLiteral("Java and Spring MVC")));
    QCOMPARE(api->fields.value(u"parent"), QJsonValue(QStringLiteral("7")));
    QCOMPARE(api->line, 210);
    const ForeignNode *database = findNode(*graph, QStringLiteral("18"));
    QVERIFY(database);
    QCOMPARE(database->kind, ElementKind::DataStore);
    QCOMPARE(database->tags, QStringList{QStringLiteral("Database")});
    // A relationship: the API application reads from and writes to the database.
    const ForeignEdge *uses = findEdge(*graph, QStringLiteral("11"), QStringLiteral("18"));
    QVERIFY(uses);
    QCOMPARE(uses->via, QStringLiteral("uses"));
    QVERIFY(!uses->soft);
    QCOMPARE(uses->line, 216);
    // The system contains the container; the container the component.
    QCOMPARE(findEdge(*graph, QStringLiteral("7"), QStringLiteral("11"))->via, QStringLiteral("contains"));
    const ForeignNode *security = findNode(*graph, QStringLiteral("15"));
    QVERIFY(security);
    QCOMPARE(security->name, QStringLiteral("Security Component"));
    QCOMPARE(security->type, QStringLiteral("Component"));
    QCOMPARE(security->fields.value(u"technology"), QJsonValue(QStringLiteral("Spring Bean")));
    QVERIFY(findEdge(*graph, QStringLiteral("11"), QStringLiteral("15")));
    QVERIFY(findEdge(*graph, QStringLiteral("15"), QStringLiteral("18")));
    const ForeignNode *mainframe = findNode(*graph, QStringLiteral("4"));
    QCOMPARE(mainframe->tags, QStringList{QStringLiteral("Existing System")});
    QCOMPARE(mainframe->fields.value(u"location"), QJsonValue(QStringLiteral("Internal")));
}

void tst_FormatStructurizr::deployment()
{
    auto graph = Structurizr::read(sample(bigBank), bigBank);
    QVERIFY(graph);
    // Deployment nodes nest: the inner one needs the outer one.
    const ForeignNode *server = findNode(*graph, QStringLiteral("64"));
    QVERIFY(server);
    QCOMPARE(server->name, QStringLiteral("bigbank-dev001"));
    QCOMPARE(server->kind, ElementKind::Infrastructure);
    QCOMPARE(server->fields.value(u"environment"), QJsonValue(QStringLiteral("Development")));
    QCOMPARE(findEdge(*graph, QStringLiteral("64"), QStringLiteral("63"))->via, QStringLiteral("deployedOn"));
    // An instance takes its container's kind, needs the node it runs on, and its container needs it softly.
    const ForeignNode *instance = findNode(*graph, QStringLiteral("61"));
    QVERIFY(instance);
    QCOMPARE(instance->type, QStringLiteral("ContainerInstance"));
    QCOMPARE(instance->kind, ElementKind::DataStore);
    QCOMPARE(instance->name, QStringLiteral("Database (Development, instance 1)"));
    QVERIFY(findEdge(*graph, QStringLiteral("61"), QStringLiteral("60")));
    const ForeignEdge *stands = findEdge(*graph, QStringLiteral("18"), QStringLiteral("61"));
    QVERIFY(stands);
    QVERIFY(stands->soft);
    QCOMPARE(stands->via, QStringLiteral("instance"));
    // Instances keep their own relationships.
    QVERIFY(findEdge(*graph, QStringLiteral("57"), QStringLiteral("61")));
    QCOMPARE(findNode(*graph, QStringLiteral("65"))->name,
             QStringLiteral("Mainframe Banking System (Development, instance 1)"));
}

void tst_FormatStructurizr::peopleAreNotes()
{
    auto graph = Structurizr::read(sample(bigBank), bigBank);
    QVERIFY(graph);
    QVERIFY(!findNode(*graph, QStringLiteral("1")));
    QCOMPARE(graph->notes.size(), 3);
    const auto found = std::find_if(
        graph->notes.begin(), graph->notes.end(), [](const ImportNote &n) { return n.reference == u"1"; });
    QVERIFY(found != graph->notes.end());
    const ImportNote &customer = *found;
    QCOMPARE(customer.reference, QStringLiteral("1"));
    QCOMPARE(customer.file, bigBank);
    QVERIFY(customer.line > 0);
    QVERIFY2(customer.text.contains(QStringLiteral("Personal Banking Customer"))
                 && customer.text.contains(QStringLiteral("7")),
             qPrintable(customer.text));
    for (const ForeignEdge &e : graph->edges)
        QVERIFY(e.from != u"1" && e.to != u"1");
}

void tst_FormatStructurizr::refusesTruncatedJson()
{
    const QByteArray whole = sample(bigBank);
    auto graph = Structurizr::read(whole.left(whole.size() / 3), bigBank);
    QVERIFY(!graph);
    QCOMPARE(graph.error().file, bigBank);
    QVERIFY(graph.error().line > 500);
}

void tst_FormatStructurizr::refusesRelationshipThatIsNotAnObject()
{
    const QByteArray bytes = changedBigBank([](QJsonObject &model) {
        QJsonArray systems = model.value(u"softwareSystems").toArray();
        QJsonObject system = systems.at(2).toObject();
        system.insert(QStringLiteral("relationships"), QJsonArray{QStringLiteral("4")});
        systems[2] = system;
        model.insert(QStringLiteral("softwareSystems"), systems);
    });
    auto graph = Structurizr::read(bytes, bigBank);
    QVERIFY(!graph);
    QCOMPARE(graph.error().field, QStringLiteral("model.softwareSystems[2].relationships[0]"));
    QVERIFY(graph.error().line > 0);
}

void tst_FormatStructurizr::refusesElementWithoutId()
{
    const QByteArray bytes = changedBigBank([](QJsonObject &model) {
        QJsonArray systems = model.value(u"softwareSystems").toArray();
        QJsonObject system = systems.at(2).toObject();
        QJsonArray containers = system.value(u"containers").toArray();
        QJsonObject container = containers.at(1).toObject();
        container.remove(QStringLiteral("id"));
        containers[1] = container;
        system.insert(QStringLiteral("containers"), containers);
        systems[2] = system;
        model.insert(QStringLiteral("softwareSystems"), systems);
    });
    auto graph = Structurizr::read(bytes, bigBank);
    QVERIFY(!graph);
    QCOMPARE(graph.error().field, QStringLiteral("model.softwareSystems[2].containers[1].id"));
}

void tst_FormatStructurizr::refusesWorkspaceWithoutModel()
{
    auto graph = Structurizr::read(R"({"name": "x", "views": {}})", QStringLiteral("w.json"));
    QVERIFY(!graph);
    QCOMPARE(graph.error().field, QStringLiteral("model"));
}

void tst_FormatStructurizr::refusesDeepNesting()
{
    // Hostile input: JSON nested 100,000 deep is refused without a crash.
    QByteArray bytes = R"({"model": {"softwareSystems": )";
    bytes += QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}}";
    QVERIFY(!Structurizr::read(bytes, QStringLiteral("deep.json")));
    // Deployment nodes nested 300 deep (600 JSON levels): refused at ReadLimits::maxDepth.
    QJsonObject node{{QStringLiteral("id"), QStringLiteral("n300")}};
    for (int i = 299; i >= 1; --i)
        node = QJsonObject{{QStringLiteral("id"), QStringLiteral("n%1").arg(i)},
                           {QStringLiteral("children"), QJsonArray{node}}};
    const QJsonObject workspace{
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("deploymentNodes"), QJsonArray{node}}}}};
    auto graph
        = Structurizr::read(QJsonDocument(workspace).toJson(QJsonDocument::Compact), QStringLiteral("deep.json"));
    QVERIFY(!graph);
    QVERIFY2(graph.error().message.contains(QStringLiteral("nested more than 256")),
             qPrintable(graph.error().toString()));
}

void tst_FormatStructurizr::sniffing()
{
    QCOMPARE(Structurizr::sniff(sample(bigBank)), 90);
    QCOMPARE(CycloneDx::sniff(sample(bigBank)), 0);
    QCOMPARE(Structurizr::sniff(JsonFormat::write(RegisterData{})), 0);
    QCOMPARE(Structurizr::sniff(R"({"model": {"softwareSystems": []}})"), 60); // neither views nor documentation
    QCOMPARE(Structurizr::sniff(R"({"model": {"people": []}})"), 0);
    QCOMPARE(Structurizr::sniff(sample(bigBank).left(64 * 1024)), 90); // what Importer passes
    QCOMPARE(FormatRegistry::detectContent(QStringLiteral("workspace.json"), sample(bigBank)), Format::Structurizr);
    const auto info = FormatRegistry::fromId(u"structurizr");
    QVERIFY(info && info->isGraph());
    QCOMPARE(info->defaultPrefix, QStringLiteral("c4:"));
}

void tst_FormatStructurizr::importThroughImporter()
{
    auto service = test::openService(m_dir.filePath(QStringLiteral("c4.bulwark")));
    QVERIFY(service);
    const QString path = QStringLiteral(BULWARK_SAMPLES_DIR "/structurizr/") + bigBank;
    exchange::ImportOptions options;
    ImportReport report;
    auto summary = Importer::run(*service, path, options, Actor::current(), nullptr, &report);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(report.format, Format::Structurizr);
    QCOMPARE(report.notes.size(), 3); // the three people
    QCOMPARE(service->elements().size(), qsizetype(48));
    QCOMPARE(service->dependencies().size(), qsizetype(84));
    QCOMPARE(service->elements().value(QStringLiteral("c4:18")).kind, ElementKind::DataStore);
    QVERIFY(service->dependencies().value(dependencyId(QStringLiteral("c4:18"), QStringLiteral("c4:61"))).strength
            == Strength::Soft);
    // The same file again changes nothing.
    const RegisterData before = service->snapshot();
    auto again = Importer::run(*service, path, options);
    QVERIFY(again && again->isEmpty());
    QCOMPARE(service->snapshot(), before);
}

QTEST_GUILESS_MAIN(tst_FormatStructurizr)
#include "tst_format_structurizr.moc"

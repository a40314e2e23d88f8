// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/exporter.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/formats/graphml.h"
#include "model/exchange/graphimport.h"
#include "model/exchange/importer.h"
#include "model/register/registercodec.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::exchange;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(BULWARK_SAMPLES_DIR "/graphml/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const ForeignNode *nodeOf(const ForeignGraph &graph, const QString &id)
{
    for (const ForeignNode &node : graph.nodes) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

const ForeignEdge *edgeOf(const ForeignGraph &graph, const QString &from, const QString &to)
{
    for (const ForeignEdge &edge : graph.edges) {
        if (edge.from == from && edge.to == to)
            return &edge;
    }
    return nullptr;
}

bool hasNote(const QList<ImportNote> &notes, const QString &part)
{
    return std::any_of(notes.begin(), notes.end(), [&](const ImportNote &n) { return n.text.contains(part); });
}

QByteArray wrap(const QByteArray &body,
                const QByteArray &keys = {},
                const QByteArray &graphAttributes = "edgedefault=\"directed\"")
{
    return "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" + keys
        + "\n<graph id=\"G\" " + graphAttributes + ">\n" + body + "\n</graph>\n</graphml>\n";
}

} // namespace

/// GraphML import and export (issue 17): the real TinkerPop samples, the ways yEd, Gephi and NetworkX write it,
/// malformed and hostile files, and GraphML export -> import giving the same graph.
class tst_FormatGraphMl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samples_data();
    void samples();
    void modernSample();
    void gratefulDeadSample();
    void registerFieldsAndKinds();
    void yedLabelsAndNestedGraphs();
    void undirectedGraph();
    void keyDefaults();
    void malformed_data();
    void malformed();
    void billionLaughsRefused();
    void deepNestingRefused();
    void hugeStringBounded();
    void roundTrip();
    void registryAndExporter();
    void importerEndToEnd();
};

void tst_FormatGraphMl::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<int>("dependencies");
    QTest::newRow("tinkerpopModern") << QStringLiteral("tinkerpop-modern.graphml") << 6 << 6 << 6;
    // 8,049 edges; 92 repeat an ordered pair with another label (sungBy and writtenBy): one dependency per pair.
    QTest::newRow("gratefulDead") << QStringLiteral("tinkerpop-grateful-dead.graphml") << 808 << 8049 << 7957;
}

void tst_FormatGraphMl::samples()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(int, dependencies);
    const QByteArray bytes = sample(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    QCOMPARE(GraphMl::sniff(bytes), 95);
    QCOMPARE(FormatRegistry::detectContent(file, bytes), Format::GraphMl);
    const auto graph = GraphMl::read(bytes, file);
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->nodes.size(), nodes);
    QCOMPARE(graph->edges.size(), edges);
    QList<ImportNote> notes;
    const auto changes
        = GraphImport::toChanges(*graph, GraphImportOptions{QStringLiteral("gml:"), {}, {}}, file, nullptr, notes);
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
    QCOMPARE(qsizetype(changes->elements.size()), qsizetype(nodes));
    QCOMPARE(qsizetype(changes->dependencies.size()), qsizetype(dependencies));
    QVERIFY(notes.isEmpty());
}

void tst_FormatGraphMl::modernSample()
{
    const auto graph
        = GraphMl::read(sample(QStringLiteral("tinkerpop-modern.graphml")), QStringLiteral("modern.graphml"));
    QVERIFY(graph);
    const ForeignNode *marko = nodeOf(*graph, QStringLiteral("1"));
    QVERIFY(marko);
    QCOMPARE(marko->name, QStringLiteral("marko"));
    QCOMPARE(marko->type, QStringLiteral("person"));
    QCOMPARE(marko->kind, ElementKind::Application);
    QCOMPARE(marko->fields.value(u"age"), QJsonValue(29)); // attr.type int: a number
    const ForeignNode *lop = nodeOf(*graph, QStringLiteral("3"));
    QVERIFY(lop);
    QCOMPARE(lop->name, QStringLiteral("lop"));
    QCOMPARE(lop->fields.value(u"lang"), QJsonValue(QStringLiteral("java")));
    const ForeignEdge *knows = edgeOf(*graph, QStringLiteral("1"), QStringLiteral("2"));
    QVERIFY(knows);
    QCOMPARE(knows->via, QStringLiteral("knows"));
    QVERIFY(!knows->soft);
    QVERIFY(edgeOf(*graph, QStringLiteral("6"), QStringLiteral("3")));
    QVERIFY(!edgeOf(*graph, QStringLiteral("3"), QStringLiteral("6"))); // source needs target, not the reverse
}

void tst_FormatGraphMl::gratefulDeadSample()
{
    const auto graph
        = GraphMl::read(sample(QStringLiteral("tinkerpop-grateful-dead.graphml")), QStringLiteral("dead.graphml"));
    QVERIFY(graph);
    const ForeignNode *song = nodeOf(*graph, QStringLiteral("1"));
    QVERIFY(song);
    QCOMPARE(song->name, QStringLiteral("HEY BO DIDDLEY"));
    QCOMPARE(song->type, QStringLiteral("song"));
    QCOMPARE(song->fields.value(u"songType"), QJsonValue(QStringLiteral("cover")));
    QCOMPARE(song->fields.value(u"performances"), QJsonValue(5));
    QCOMPARE(nodeOf(*graph, QStringLiteral("808"))->name, QStringLiteral("YOUNG BLOOD"));
    const ForeignEdge *last = edgeOf(*graph, QStringLiteral("808"), QStringLiteral("351"));
    QVERIFY(last);
    QCOMPARE(last->via, QStringLiteral("sungBy"));
    QCOMPARE(graph->edges.constLast().line, 1); // the whole file is one line
}

void tst_FormatGraphMl::registerFieldsAndKinds()
{
    const QByteArray keys = R"(<key id="k" for="node" attr.name="kind" attr.type="string"/>
<key id="c" for="node" attr.name="criticality" attr.type="string"/>
<key id="r" for="node" attr.name="rto_min" attr.type="int"/>
<key id="t" for="node" attr.name="tags" attr.type="string"/>
<key id="o" for="node" attr.name="owner" attr.type="string"/>
<key id="s" for="edge" attr.name="strength" attr.type="string"/>)";
    const QByteArray body
        = R"(<node id="F"><data key="k">function</data><data key="c">critical</data><data key="r">60</data>
  <data key="t">dora;payments</data><data key="o">Ops</data></node>
<node id="X"><data key="k">microservice</data></node>
<node id="Y"><data key="r">two hours</data></node>
<node id="Z"><data key="c">critical</data></node>
<edge source="F" target="X"><data key="s">soft</data></edge>
<edge source="F" target="Y"/>)";
    const auto graph = GraphMl::read(wrap(body, keys), QStringLiteral("fields.graphml"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    const ForeignNode *f = nodeOf(*graph, QStringLiteral("F"));
    QCOMPARE(f->kind, ElementKind::Function);
    QCOMPARE(f->owner, QStringLiteral("Ops"));
    QCOMPARE(f->tags, (QStringList{QStringLiteral("dora"), QStringLiteral("payments")}));
    QVERIFY(f->registerFields.contains(std::pair(QStringLiteral("criticality"), QStringLiteral("critical"))));
    QVERIFY(f->registerFields.contains(std::pair(QStringLiteral("rto_min"), QStringLiteral("60"))));
    // A kind that is not ours: a note, the default kind, the source's word kept.
    const ForeignNode *x = nodeOf(*graph, QStringLiteral("X"));
    QCOMPARE(x->kind, ElementKind::Application);
    QCOMPARE(x->type, QStringLiteral("microservice"));
    QVERIFY(hasNote(graph->notes, QStringLiteral("microservice")));
    // Values the register would refuse: notes, left out (rto_min is not minutes; criticality is a function's).
    QVERIFY(nodeOf(*graph, QStringLiteral("Y"))->registerFields.isEmpty());
    QVERIFY(nodeOf(*graph, QStringLiteral("Z"))->registerFields.isEmpty());
    QCOMPARE(graph->notes.size(), 3);
    QVERIFY(edgeOf(*graph, QStringLiteral("F"), QStringLiteral("X"))->soft);
    QVERIFY(!edgeOf(*graph, QStringLiteral("F"), QStringLiteral("Y"))->soft);

    QList<ImportNote> notes;
    const auto changes
        = GraphImport::toChanges(*graph, GraphImportOptions{}, QStringLiteral("fields.graphml"), nullptr, notes);
    QVERIFY(changes);
    const Element &e = changes->elements.front().value;
    QCOMPARE(e.criticality, Criticality::Critical);
    QCOMPARE(e.rtoMin, 60);
    QVERIFY(notes.isEmpty());
}

void tst_FormatGraphMl::yedLabelsAndNestedGraphs()
{
    // As yEd writes it: labels in its graphics, a group node holding a graph with "n0::n1" ids.
    const QByteArray keys = R"(<key for="node" id="d6" yfiles.type="nodegraphics"/>
<key attr.name="description" attr.type="string" for="node" id="d5"/>)";
    const QByteArray body = R"(<node id="n0" yfiles.foldertype="group">
  <data key="d6"><y:ProxyAutoBoundsNode xmlns:y="http://www.yworks.com/xml/graphml"><y:Realizers active="0">
    <y:GroupNode><y:Geometry height="1" width="1" x="0" y="0"/><y:NodeLabel alignment="right">Data centre</y:NodeLabel></y:GroupNode>
  </y:Realizers></y:ProxyAutoBoundsNode></data>
  <graph edgedefault="directed" id="n0:">
    <node id="n0::n0"><data key="d5">primary</data><data key="d6"><y:ShapeNode xmlns:y="http://www.yworks.com/xml/graphml"><y:NodeLabel>Core DB</y:NodeLabel></y:ShapeNode></data></node>
  </graph>
</node>
<node id="n1"><data key="d6"><y:ShapeNode xmlns:y="http://www.yworks.com/xml/graphml"><y:NodeLabel>  </y:NodeLabel></y:ShapeNode></data></node>
<edge id="e0" source="n1" target="n0::n0"/>
<hyperedge><endpoint node="n0"/><endpoint node="n1"/></hyperedge>)";
    const auto graph = GraphMl::read(wrap(body, keys), QStringLiteral("yed.graphml"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->nodes.size(), 3);
    QCOMPARE(nodeOf(*graph, QStringLiteral("n0"))->name, QStringLiteral("Data centre"));
    const ForeignNode *db = nodeOf(*graph, QStringLiteral("n0::n0"));
    QCOMPARE(db->name, QStringLiteral("Core DB"));
    QCOMPARE(db->description, QStringLiteral("primary"));
    QCOMPARE(db->fields.value(u"parent"), QJsonValue(QStringLiteral("n0")));
    QCOMPARE(nodeOf(*graph, QStringLiteral("n1"))->name, QString()); // an empty label: GraphImport takes the id
    QCOMPARE(graph->edges.size(), 1);
    QVERIFY(hasNote(graph->notes, QStringLiteral("hyperedge")));
}

void tst_FormatGraphMl::undirectedGraph()
{
    // As NetworkX writes an undirected graph: every edge once, or (here) also the other way round.
    const QByteArray body = R"(<node id="a"/><node id="b"/><node id="c"/>
<edge source="a" target="b"/><edge source="b" target="a"/><edge source="c" target="b" directed="true"/>
<edge source="b" target="c"/>)";
    const auto graph = GraphMl::read(wrap(body, {}, "edgedefault=\"undirected\""), QStringLiteral("nx.graphml"));
    QVERIFY(graph);
    QCOMPARE(graph->edges.size(), 3); // b-a is a-b again; c->b is directed; b-c is undirected
    QVERIFY(edgeOf(*graph, QStringLiteral("a"), QStringLiteral("b")));
    QVERIFY(edgeOf(*graph, QStringLiteral("c"), QStringLiteral("b")));
    QVERIFY(edgeOf(*graph, QStringLiteral("b"), QStringLiteral("c")));
    QCOMPARE(graph->notes.size(), 1);
    QVERIFY(hasNote(graph->notes, QStringLiteral("undirected")));
}

void tst_FormatGraphMl::keyDefaults()
{
    const QByteArray keys
        = R"(<key id="k" for="node" attr.name="kind" attr.type="string"><default>data_store</default></key>
<key id="s" for="edge" attr.name="strength" attr.type="string"><default>soft</default></key>)";
    const auto graph = GraphMl::read(wrap(R"(<node id="a"/><node id="b"><data key="k">network</data></node>
<edge source="a" target="b"/><edge source="b" target="a"><data key="s">hard</data></edge>)",
                                          keys),
                                     QStringLiteral("defaults.graphml"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(nodeOf(*graph, QStringLiteral("a"))->kind, ElementKind::DataStore);
    QCOMPARE(nodeOf(*graph, QStringLiteral("b"))->kind, ElementKind::Network);
    QVERIFY(edgeOf(*graph, QStringLiteral("a"), QStringLiteral("b"))->soft);
    QVERIFY(!edgeOf(*graph, QStringLiteral("b"), QStringLiteral("a"))->soft);
}

void tst_FormatGraphMl::malformed_data()
{
    const QByteArray modern = sample(QStringLiteral("tinkerpop-modern.graphml"));
    const QByteArray pretty = wrap("<node id=\"a\"/>\n<node id=\"b\"/>\n<edge source=\"a\"/>\n");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("part");
    QTest::newRow("truncated") << modern.left(modern.size() / 2) << 1 << QStringLiteral("XML");
    QTest::newRow("truncatedPretty") << pretty.left(pretty.indexOf("<edge")) << 7 << QStringLiteral("XML");
    QTest::newRow("edgeWithoutTarget") << pretty << 7 << QStringLiteral("<edge>");
    QTest::newRow("nodeWithoutId") << wrap("\n<node/>") << 6 << QStringLiteral("<node>");
    QTest::newRow("notGraphMl") << QByteArray("<?xml version=\"1.0\"?>\n<svg/>") << 2 << QStringLiteral("<svg>");
    QTest::newRow("mismatchedTags") << wrap("<node id=\"a\">\n</edge>") << 6 << QStringLiteral("XML");
    QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("XML");
}

void tst_FormatGraphMl::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, part);
    const auto graph = GraphMl::read(bytes, QStringLiteral("bad.graphml"));
    QVERIFY(!graph);
    QCOMPARE(graph.error().file, QStringLiteral("bad.graphml"));
    QCOMPARE(graph.error().line, line);
    QVERIFY2(graph.error().toString().contains(part), qPrintable(graph.error().toString()));
}

void tst_FormatGraphMl::billionLaughsRefused()
{
    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i)
        bomb += QStringLiteral("<!ENTITY lol%1 \"%2\">\n")
                    .arg(i)
                    .arg(QStringLiteral("&lol%1;").arg(i == 1 ? QString() : QString::number(i - 1)).repeated(10))
                    .toUtf8();
    bomb += "]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph><node "
            "id=\"&lol9;\"/></graph></graphml>";
    QElapsedTimer timer;
    timer.start();
    const auto graph = GraphMl::read(bomb, QStringLiteral("bomb.graphml"));
    QVERIFY(!graph);
    QVERIFY2(graph.error().message.contains(QStringLiteral("entities")), qPrintable(graph.error().toString()));
    QVERIFY(timer.elapsed() < 2000);
    // An external entity is refused the same way (nothing is fetched).
    const QByteArray external = "<?xml version=\"1.0\"?><!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                "<graphml><graph><node id=\"&x;\"/></graph></graphml>";
    QVERIFY(!GraphMl::read(external, QStringLiteral("xxe.graphml")));
    // A document type declaration without entities (GraphML 1.0's DTD) is fine.
    const QByteArray dtd
        = "<?xml version=\"1.0\"?><!DOCTYPE graphml SYSTEM \"http://graphml.graphdrawing.org/dtds/graphml.dtd\">"
          "<graphml><graph><node id=\"a\"/></graph></graphml>";
    const auto plain = GraphMl::read(dtd, QStringLiteral("dtd.graphml"));
    QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().toString()));
    QCOMPARE(plain->nodes.size(), 1);
}

void tst_FormatGraphMl::deepNestingRefused()
{
    // 100,000 nested graphs in nodes, and 100,000 nested elements inside one data value.
    QByteArray nodes = "<graphml><graph>";
    for (int i = 0; i < 100000; ++i)
        nodes += "<node id=\"n" + QByteArray::number(i) + "\"><graph>";
    const auto graph = GraphMl::read(nodes, QStringLiteral("deep.graphml"));
    QVERIFY(!graph);
    QVERIFY2(graph.error().message.contains(QStringLiteral("nested")), qPrintable(graph.error().toString()));
    const QByteArray data = "<graphml><graph><node id=\"a\"><data key=\"d\">" + QByteArray("<x>").repeated(100000);
    const auto inData = GraphMl::read(data, QStringLiteral("deep.graphml"));
    QVERIFY(!inData);
    QVERIFY2(inData.error().message.contains(QStringLiteral("nested")), qPrintable(inData.error().toString()));
}

void tst_FormatGraphMl::hugeStringBounded()
{
    // A 16 MB name: read, and cut to the register's name length by GraphImport.
    const QByteArray keys = R"(<key id="n" for="node" attr.name="name" attr.type="string"/>)";
    const auto graph
        = GraphMl::read(wrap("<node id=\"a\"><data key=\"n\">" + QByteArray(16 << 20, 'x') + "</data></node>", keys),
                        QStringLiteral("huge.graphml"));
    QVERIFY(graph);
    QList<ImportNote> notes;
    const auto changes
        = GraphImport::toChanges(*graph, GraphImportOptions{}, QStringLiteral("huge.graphml"), nullptr, notes);
    QVERIFY(changes);
    QVERIFY(changes->elements.front().value.name.size() <= 200);
    // An id too long for a key becomes a key with a hash.
    const auto longId
        = GraphMl::read(wrap("<node id=\"" + QByteArray(100000, 'y') + "\"/>"), QStringLiteral("huge.graphml"));
    QVERIFY(longId);
    const auto keyed
        = GraphImport::toChanges(*longId, GraphImportOptions{}, QStringLiteral("huge.graphml"), nullptr, notes);
    QVERIFY(keyed);
    QVERIFY(keyed->elements.front().value.key.size() <= 64);
}

void tst_FormatGraphMl::roundTrip()
{
    RegisterData data;
    Element f = test::element(QStringLiteral("F-PAY"), ElementKind::Function, QStringLiteral("Payments & <cards>"));
    f.criticality = Criticality::Critical;
    f.mtdMin = 240;
    f.rtoMin = 60;
    f.owner = QStringLiteral("Head of payments");
    f.description = QStringLiteral("Two lines\nof \"description\"");
    f.tags = {QStringLiteral("dora"), QStringLiteral("core")};
    Element app = test::element(QStringLiteral("APP"), ElementKind::Application, QStringLiteral("Payment engine"));
    app.availability = 0.9995;
    app.attributes.insert(QStringLiteral("team"), QStringLiteral("blue"));
    app.attributes.insert(QStringLiteral("replicas"), 3);
    app.attributes.insert(QStringLiteral("public"), true);
    Element p = test::element(QStringLiteral("P-CLOUD"), ElementKind::Provider, QStringLiteral("Cloud Ltd"));
    p.substitutability = Substitutability::Low;
    p.exitPlan = true;
    p.country = QStringLiteral("IE");
    p.region = QStringLiteral("eu-west");
    Element dc = test::element(QStringLiteral("DC1"), ElementKind::Facility);
    data.elements = {app, dc, f, p};
    data.dependencies = {test::dependency(QStringLiteral("APP"), QStringLiteral("DC1")),
                         test::dependency(QStringLiteral("APP"), QStringLiteral("P-CLOUD"), Strength::Soft),
                         test::dependency(QStringLiteral("F-PAY"), QStringLiteral("APP"))};
    data.dependencies[2].attributes.insert(QStringLiteral("note"), QStringLiteral("via API"));

    const QByteArray bytes = GraphMl::write(data);
    QCOMPARE(GraphMl::sniff(bytes), 95);
    QVERIFY(bytes.contains("<y:NodeLabel>Payment engine</y:NodeLabel>")); // yEd's label
    QVERIFY(bytes.contains("attr.name=\"label\""));                       // Gephi's label
    QVERIFY(bytes.contains("<data key=\"kind\">function</data>"));        // kinds as plain attributes
    const auto graph = GraphMl::read(bytes, QStringLiteral("export.graphml"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QVERIFY(graph->notes.isEmpty());
    QList<ImportNote> notes;
    const auto changes
        = GraphImport::toChanges(*graph, GraphImportOptions{}, QStringLiteral("export.graphml"), nullptr, notes);
    QVERIFY(changes);
    QVERIFY(notes.isEmpty());
    QCOMPARE(changes->elements.size(), data.elements.size());
    for (std::size_t i = 0; i < data.elements.size(); ++i) {
        Element back = changes->elements[i].value;
        back.attributes.remove(GraphImport::sourceAttribute());
        back.attributes.remove(GraphImport::idAttribute());
        QCOMPARE(RegisterCodec::toJson(back), RegisterCodec::toJson(data.elements[i]));
    }
    QCOMPARE(changes->dependencies.size(), data.dependencies.size());
    for (std::size_t i = 0; i < data.dependencies.size(); ++i) {
        const Dependency &back = changes->dependencies[i].value;
        QCOMPARE(back.from, data.dependencies[i].from);
        QCOMPARE(back.to, data.dependencies[i].to);
        QCOMPARE(back.strength, data.dependencies[i].strength);
    }
}

void tst_FormatGraphMl::registryAndExporter()
{
    const auto info = FormatRegistry::fromId(u"graphml");
    QVERIFY(info);
    QCOMPARE(info->format, Format::GraphMl);
    QCOMPARE(info->defaultPrefix, QStringLiteral("gml:"));
    QVERIFY(info->isGraph());
    QVERIFY(info->canWrite());
    QCOMPARE(FormatRegistry::fromSuffix(u"GraphML")->format, Format::GraphMl);
    QVERIFY(FormatRegistry::ids(FormatUse::Write).contains(QStringLiteral("graphml")));
    QVERIFY(FormatRegistry::fileDialogFilters(FormatUse::Write).contains(QStringLiteral("GraphML (*.graphml)")));
    RegisterData data;
    data.elements = {test::element(QStringLiteral("A")), test::element(QStringLiteral("B"))};
    data.dependencies = {test::dependency(QStringLiteral("A"), QStringLiteral("B"))};
    const auto encoded = Exporter::encode(data, Format::GraphMl);
    QVERIFY(encoded);
    QCOMPARE(*encoded, GraphMl::write(data));
}

void tst_FormatGraphMl::importerEndToEnd()
{
    // Through exchange::Importer as `bulwark import` and the window run it: the format recognised from the content,
    // the default prefix, a mapping file, a re-import that changes nothing, and --prune scoped to the source.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto service = test::openService(dir.filePath(QStringLiteral("e2e.bulwark")));
    QVERIFY(service);
    ChangeSet base;
    base.add(test::element(QStringLiteral("F-SW"), ElementKind::Function, QStringLiteral("Software delivery")));
    QVERIFY(service->apply(base));
    const auto writeFile = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return file.fileName();
    };
    const QString mapping = writeFile(QStringLiteral("map.json"), R"({"rules": [
        {"match": {"type": "software"}, "set": {"owner": "Dev"}, "tags": ["code"], "supports": ["F-SW"]}]})");
    const QString modern = QStringLiteral(BULWARK_SAMPLES_DIR "/graphml/tinkerpop-modern.graphml");
    exchange::ImportOptions options;
    options.source = QStringLiteral("tinkerpop");
    options.mappingPath = mapping;
    exchange::ImportReport report;
    const auto first = exchange::Importer::run(*service, modern, options, Actor::current(), nullptr, &report);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(report.format, Format::GraphMl);
    QCOMPARE(first->elements.added, 6);
    QCOMPARE(first->dependencies.added, 8); // six edges, and F-SW needs the two software nodes
    const auto marko = service->element(QStringLiteral("gml:1"));
    QVERIFY(marko);
    QCOMPARE(marko->name, QStringLiteral("marko"));
    QCOMPARE(marko->attributes.value(u"age"), QJsonValue(29));
    QCOMPARE(service->element(QStringLiteral("gml:3"))->owner, QStringLiteral("Dev"));
    QVERIFY(service->dependencies().contains(dependencyId(QStringLiteral("gml:1"), QStringLiteral("gml:2"))));
    QVERIFY(service->dependencies().contains(dependencyId(QStringLiteral("F-SW"), QStringLiteral("gml:5"))));

    // The same file again: nothing changes.
    const auto again = exchange::Importer::run(*service, modern, options);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QVERIFY2(again->isEmpty(),
             qPrintable(QStringLiteral("%1 elements, %2 dependencies changed")
                            .arg(again->elements.total())
                            .arg(again->dependencies.total())));

    // Another source with the same prefix, then a newer file without peter (6): --prune removes peter only.
    exchange::ImportOptions other;
    other.source = QStringLiteral("other");
    const QString otherFile = writeFile(QStringLiteral("other.graphml"),
                                        wrap(R"(<node id="x"/><node id="y"/><edge source="x" target="y"/>)"));
    QVERIFY(exchange::Importer::run(*service, otherFile, other));
    QByteArray newer = sample(QStringLiteral("tinkerpop-modern.graphml"));
    newer.replace(QRegularExpression(QStringLiteral("<node id=\"6\">.*?</node>"))
                      .match(QString::fromUtf8(newer))
                      .captured()
                      .toUtf8(),
                  "");
    newer.replace(QRegularExpression(QStringLiteral("<edge id=\"12\".*?</edge>"))
                      .match(QString::fromUtf8(newer))
                      .captured()
                      .toUtf8(),
                  "");
    options.prune = true;
    const auto pruned
        = exchange::Importer::run(*service, writeFile(QStringLiteral("modern-newer.graphml"), newer), options);
    QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().toString()));
    QCOMPARE(pruned->elements.removed, 1);
    QVERIFY(!service->element(QStringLiteral("gml:6")));
    QVERIFY(service->element(QStringLiteral("gml:x")));
    QVERIFY(service->element(QStringLiteral("F-SW")));
    QCOMPARE(service->elements().size(), 8);
}

QTEST_GUILESS_MAIN(tst_FormatGraphMl)
#include "tst_format_graphml.moc"

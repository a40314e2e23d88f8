// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/exporter.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/formats/dot.h"
#include "model/exchange/graphimport.h"
#include "model/register/registercodec.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace bulwark;
using namespace bulwark::exchange;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(BULWARK_SAMPLES_DIR "/dot/") + name);
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

} // namespace

/// Graphviz DOT import through cgraph and export (issue 17): the real samples, chains, node lists, subgraphs,
/// undirected graphs, syntax errors with their line, hostile nesting, and export -> import.
class tst_FormatDot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samples_data();
    void samples();
    void azureSample();
    void hedgehogSample();
    void chainsListsAndClusters();
    void undirectedGraph();
    void registerFields();
    void syntaxErrors_data();
    void syntaxErrors();
    void recoversAfterAnError();
    void deepNestingRefused();
    void longChainRefused();
    void sniff_data();
    void sniff();
    void roundTrip();
    void registryAndExporter();
};

void tst_FormatDot::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::addColumn<int>("dependencies");
    QTest::newRow("azure") << QStringLiteral("azure-iot-pcs-remote-monitoring.dependencies.dot") << 10 << 25 << 25;
    // 239 edges, some repeated between the same crates (a normal and a dev dependency): one dependency per pair.
    QTest::newRow("hedgehog") << QStringLiteral("hedgehog-dataplane.cargo-deps.dot") << 155 << 239 << -1;
}

void tst_FormatDot::samples()
{
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(int, edges);
    QFETCH(int, dependencies);
    const QByteArray bytes = sample(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    QCOMPARE(Dot::sniff(bytes), 90);
    QCOMPARE(FormatRegistry::detectContent(file, bytes), Format::Dot);
    const auto graph = Dot::read(bytes, file);
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->nodes.size(), nodes);
    QCOMPARE(graph->edges.size(), edges);
    QList<ImportNote> notes;
    const auto changes
        = GraphImport::toChanges(*graph, GraphImportOptions{QStringLiteral("dot:"), {}, {}}, file, nullptr, notes);
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
    QCOMPARE(qsizetype(changes->elements.size()), qsizetype(nodes));
    if (dependencies >= 0)
        QCOMPARE(qsizetype(changes->dependencies.size()), qsizetype(dependencies));
    else
        QVERIFY(qsizetype(changes->dependencies.size()) < edges);
}

void tst_FormatDot::azureSample()
{
    const auto graph = Dot::read(sample(QStringLiteral("azure-iot-pcs-remote-monitoring.dependencies.dot")),
                                 QStringLiteral("azure.dot"));
    QVERIFY(graph);
    QVERIFY(graph->notes.isEmpty());
    // "reverseproxy -> webui, auth, ..." is six edges from reverseproxy.
    QCOMPARE(std::count_if(graph->edges.begin(),
                           graph->edges.end(),
                           [](const ForeignEdge &e) { return e.from == u"reverseproxy"; }),
             6);
    QVERIFY(edgeOf(*graph, QStringLiteral("asamanager"), QStringLiteral("iothubmanager")));
    QVERIFY(!edgeOf(*graph, QStringLiteral("iothubmanager"), QStringLiteral("asamanager")));
    const ForeignNode *storage = nodeOf(*graph, QStringLiteral("storageadapter"));
    QVERIFY(storage);
    QCOMPARE(storage->name, QString()); // no label: GraphImport names it by its id
    QCOMPARE(storage->kind, ElementKind::Application);
    QCOMPARE(graph->nodes.first().id, QStringLiteral("reverseproxy")); // the file's order
}

void tst_FormatDot::hedgehogSample()
{
    const auto graph
        = Dot::read(sample(QStringLiteral("hedgehog-dataplane.cargo-deps.dot")), QStringLiteral("deps.dot"));
    QVERIFY(graph);
    const ForeignNode *dataplane = nodeOf(*graph, QStringLiteral("0"));
    QVERIFY(dataplane);
    QCOMPARE(dataplane->name, QStringLiteral("dataplane"));
    // Layout and drawing attributes (pos, height, width, shape) are not data.
    QVERIFY2(dataplane->fields.isEmpty(), QJsonDocument(dataplane->fields).toJson().constData());
    QCOMPARE(nodeOf(*graph, QStringLiteral("1"))->name, QStringLiteral("dpdk"));
    QVERIFY(edgeOf(*graph, QStringLiteral("0"), QStringLiteral("1")));
    QVERIFY(!edgeOf(*graph, QStringLiteral("0"), QStringLiteral("1"))->soft);
    // Dashed or dotted edges (optional and dev dependencies) are soft.
    QVERIFY(std::any_of(graph->edges.begin(), graph->edges.end(), [](const ForeignEdge &e) { return e.soft; }));
}

void tst_FormatDot::chainsListsAndClusters()
{
    const QByteArray dot = R"(strict digraph "my map" {
  // a comment
  a -> b -> c;
  {d e} -> f [label="uses"];
  subgraph cluster_dc { label="Data centre 1"; g; subgraph cluster_rack { h [label="Rack \N"] } }
  "quoted id" -> g
  node [shape=box]
  x [label=<<b>HTML</b> name>]
})";
    const auto graph = Dot::read(dot, QStringLiteral("shapes.dot"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->nodes.size(), 10);
    QCOMPARE(graph->edges.size(), 5);
    QVERIFY(edgeOf(*graph, QStringLiteral("a"), QStringLiteral("b")));
    QVERIFY(edgeOf(*graph, QStringLiteral("b"), QStringLiteral("c")));
    QCOMPARE(edgeOf(*graph, QStringLiteral("e"), QStringLiteral("f"))->via, QStringLiteral("uses"));
    QVERIFY(edgeOf(*graph, QStringLiteral("quoted id"), QStringLiteral("g")));
    QCOMPARE(nodeOf(*graph, QStringLiteral("g"))->fields.value(u"cluster"),
             QJsonValue(QStringLiteral("Data centre 1")));
    const ForeignNode *h = nodeOf(*graph, QStringLiteral("h"));
    QCOMPARE(h->name, QStringLiteral("Rack h"));
    QCOMPARE(h->fields.value(u"cluster"), QJsonValue(QStringLiteral("cluster_rack")));
    QCOMPARE(nodeOf(*graph, QStringLiteral("x"))->name, QStringLiteral("HTML name"));
}

void tst_FormatDot::undirectedGraph()
{
    const auto graph = Dot::read("graph { a -- b; b -- a; b -- c }", QStringLiteral("u.dot"));
    QVERIFY(graph);
    QCOMPARE(graph->edges.size(), 2);
    QVERIFY(edgeOf(*graph, QStringLiteral("a"), QStringLiteral("b")));
    QVERIFY(edgeOf(*graph, QStringLiteral("b"), QStringLiteral("c")));
    QCOMPARE(graph->notes.size(), 1);
    QVERIFY(graph->notes.first().text.contains(QStringLiteral("undirected")));
}

void tst_FormatDot::registerFields()
{
    const auto graph = Dot::read(R"(digraph { F [kind=function, criticality=critical, mtd_min=240, team=blue];
      X [kind=widget]; F -> X [strength=soft] })",
                                 QStringLiteral("f.dot"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    const ForeignNode *f = nodeOf(*graph, QStringLiteral("F"));
    QCOMPARE(f->kind, ElementKind::Function);
    QVERIFY(f->registerFields.contains(std::pair(QStringLiteral("mtd_min"), QStringLiteral("240"))));
    QCOMPARE(f->fields.value(u"team"), QJsonValue(QStringLiteral("blue")));
    QCOMPARE(nodeOf(*graph, QStringLiteral("X"))->kind, ElementKind::Application);
    QCOMPARE(graph->notes.size(), 1); // "widget" is not a kind
    QVERIFY(graph->edges.first().soft);
}

void tst_FormatDot::syntaxErrors_data()
{
    const QByteArray azure = sample(QStringLiteral("azure-iot-pcs-remote-monitoring.dependencies.dot"));
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QByteArray doubled = azure;
    doubled.replace("webui -> auth", "webui -> -> auth");
    QTest::newRow("doubleArrow") << doubled << 4;
    QTest::newRow("truncated") << azure.left(azure.indexOf("storageadapter\n")) << 6;
    QByteArray unclosed = azure;
    unclosed.replace("diagnostics -> config", "diagnostics -> \"config");
    QTest::newRow("unclosedString") << unclosed << 12; // where the string starts
    QTest::newRow("notDot") << QByteArray("{\"json\": true}") << 1;
    QTest::newRow("nulByte") << QByteArray("digraph {\n a -> b\n\0 }", 21) << 3;
}

void tst_FormatDot::syntaxErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    const auto graph = Dot::read(bytes, QStringLiteral("bad.dot"));
    QVERIFY(!graph);
    QCOMPARE(graph.error().file, QStringLiteral("bad.dot"));
    QCOMPARE(graph.error().line, line);
}

void tst_FormatDot::recoversAfterAnError()
{
    // cgraph keeps state after a failed parse; the next file must read as if it were the first.
    QVERIFY(!Dot::read("digraph { a -> -> b }", QStringLiteral("bad.dot")));
    const auto good = Dot::read("digraph { a -> b }", QStringLiteral("good.dot"));
    QVERIFY2(good, qPrintable(good ? QString() : good.error().toString()));
    QCOMPARE(good->edges.size(), 1);
    // And from several threads at once (cgraph's globals are guarded).
    QList<QFuture<bool>> futures;
    for (int i = 0; i < 8; ++i)
        futures << QtConcurrent::run([i] {
            const auto r = Dot::read(i % 2 ? QByteArray("digraph { a -> b -> c }") : QByteArray("digraph { a -> }"),
                                     QStringLiteral("t.dot"));
            return i % 2 ? r && r->edges.size() == 2 : !r;
        });
    for (auto &f : futures)
        QVERIFY(f.result());
}

void tst_FormatDot::deepNestingRefused()
{
    QByteArray deep
        = "digraph {\n" + QByteArray("subgraph {").repeated(100000) + "a" + QByteArray("}").repeated(100000) + "}";
    QElapsedTimer timer;
    timer.start();
    const auto graph = Dot::read(deep, QStringLiteral("deep.dot"));
    QVERIFY(!graph);
    QCOMPARE(graph.error().line, 2);
    QVERIFY2(graph.error().message.contains(QStringLiteral("nested")), qPrintable(graph.error().toString()));
    QVERIFY(timer.elapsed() < 2000);
    // Braces in strings and comments do not count.
    const QByteArray quoted = "digraph {\n a [label=\"" + QByteArray("{").repeated(1000) + "\"] // "
        + QByteArray("{").repeated(1000) + "\n}";
    QVERIFY(Dot::read(quoted, QStringLiteral("quoted.dot")));
}

void tst_FormatDot::longChainRefused()
{
    // cgraph's parser stack holds a chain of a few thousand nodes; a longer one is a refusal, not a crash.
    QByteArray chain = "digraph {\n";
    for (int i = 0; i < 100000; ++i)
        chain += "n" + QByteArray::number(i) + " -> ";
    chain += "end }";
    const auto graph = Dot::read(chain, QStringLiteral("chain.dot"));
    QVERIFY(!graph);
    QVERIFY2(graph.error().message.contains(QStringLiteral("memory exhausted")), qPrintable(graph.error().toString()));
    QVERIFY(Dot::read("digraph { a -> b }", QStringLiteral("after.dot")));
}

void tst_FormatDot::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("score");
    QTest::newRow("digraph") << QByteArray("digraph {") << 90;
    QTest::newRow("namedGraph") << QByteArray("\xEF\xBB\xBF/* c */\n# 1 \"x\"\nstrict Graph \"G\" {") << 90;
    QTest::newRow("graphml") << QByteArray("<graphml>") << 0;
    QTest::newRow("yaml") << QByteArray("graph: {a: b}") << 0;
    QTest::newRow("json") << QByteArray("{\"graph\": 1}") << 0;
}

void tst_FormatDot::sniff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, score);
    QCOMPARE(Dot::sniff(bytes), score);
}

void tst_FormatDot::roundTrip()
{
    RegisterData data;
    Element f
        = test::element(QStringLiteral("F-PAY"), ElementKind::Function, QStringLiteral("Payments \"fast\" \\ slow"));
    f.criticality = Criticality::Critical;
    f.rtoMin = 60;
    f.tags = {QStringLiteral("dora")};
    Element app = test::element(QStringLiteral("APP"), ElementKind::DataStore, QStringLiteral("Ledger"));
    app.attributes.insert(QStringLiteral("team"), QStringLiteral("blue"));
    data.elements = {app, f};
    data.dependencies = {test::dependency(QStringLiteral("F-PAY"), QStringLiteral("APP"), Strength::Soft)};
    const QByteArray bytes = Dot::write(data);
    QVERIFY(bytes.contains("style=dashed"));
    QVERIFY(bytes.contains("shape=cylinder"));
    const auto graph = Dot::read(bytes, QStringLiteral("export.dot"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString() + QString::fromUtf8(bytes)));
    QList<ImportNote> notes;
    const auto changes
        = GraphImport::toChanges(*graph, GraphImportOptions{}, QStringLiteral("export.dot"), nullptr, notes);
    QVERIFY(changes);
    QCOMPARE(changes->elements.size(), data.elements.size());
    for (std::size_t i = 0; i < data.elements.size(); ++i) {
        Element back = changes->elements[i].value;
        back.attributes.remove(GraphImport::sourceAttribute());
        back.attributes.remove(GraphImport::idAttribute());
        QCOMPARE(RegisterCodec::toJson(back), RegisterCodec::toJson(data.elements[i]));
    }
    QCOMPARE(changes->dependencies.size(), std::size_t(1));
    QCOMPARE(changes->dependencies.front().value.strength, Strength::Soft);
}

void tst_FormatDot::registryAndExporter()
{
    const auto info = FormatRegistry::fromId(u"dot");
    QVERIFY(info);
    QCOMPARE(info->format, Format::Dot);
    QCOMPARE(info->defaultPrefix, QStringLiteral("dot:"));
    QCOMPARE(FormatRegistry::fromSuffix(u"gv")->format, Format::Dot);
    QVERIFY(FormatRegistry::fileDialogFilters(FormatUse::Write).contains(QStringLiteral("Graphviz DOT (*.dot *.gv)")));
    RegisterData data;
    data.elements = {test::element(QStringLiteral("A"))};
    const auto encoded = Exporter::encode(data, Format::Dot);
    QVERIFY(encoded);
    QCOMPARE(*encoded, Dot::write(data));
}

QTEST_GUILESS_MAIN(tst_FormatDot)
#include "tst_format_dot.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"
#include "foreigngraphlookup.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/formats/compose.h"
#include "model/exchange/formats/serviceaddress.h"
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

const QString samples = QStringLiteral(BULWARK_SAMPLES_DIR) + QStringLiteral("/kubernetes-compose");
const QString composePath = samples + QStringLiteral("/otel-demo.compose.yaml");
const QString overlayPath = samples + QStringLiteral("/otel-demo.compose.full.yaml");
const QString envPath = samples + QStringLiteral("/otel-demo.env");

QByteArray sample(const QString &path)
{
    QFile file(path.startsWith(u'/') ? path : samples + u'/' + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

Compose::File composeFile()
{
    return {sample(composePath), QStringLiteral("compose.yaml")};
}

Compose::File overlayFile()
{
    return {sample(overlayPath), QStringLiteral("compose.full.yaml")};
}

Compose::File envFile()
{
    return {sample(envPath), QStringLiteral(".env")};
}

ForeignGraph project(const QList<Compose::File> &files, const std::optional<Compose::File> &env)
{
    auto graph = Compose::readProject(files, env);
    if (!graph)
        qFatal("%s", qPrintable(graph.error().toString()));
    return std::move(graph).value();
}

ForeignGraph read(const QByteArray &bytes)
{
    return project({{bytes, QStringLiteral("compose.yaml")}}, std::nullopt);
}

int edgesFrom(const ForeignGraph &graph, const QString &from)
{
    return int(
        std::count_if(graph.edges.cbegin(), graph.edges.cend(), [&](const ForeignEdge &e) { return e.from == from; }));
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString errorText(const Result<ChangeSummary> &r)
{
    return r ? QString() : r.error().toString();
}

} // namespace

class TestFormatCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void composeAlone()
    {
        // Without the env file: every ${VAR} reads as empty, one note per variable; depends_on still gives the map.
        const ForeignGraph graph = read(sample(composePath));
        QCOMPARE(graph.format, QStringLiteral("compose"));
        QCOMPARE(graph.nodes.size(), 20);
        QCOMPARE(graph.edges.size(), 46);
        QCOMPARE(graph.notes.size(), 34);
        for (const ImportNote &n : graph.notes)
            QVERIFY2(n.text.contains(QStringLiteral("no env file was read")), qPrintable(n.text));
        const auto imageName = notesAbout(graph, QStringLiteral("IMAGE_NAME"));
        QCOMPARE(imageName.size(), 1);
        QCOMPARE(imageName.first().line, 33);
        QCOMPARE(imageName.first().file, QStringLiteral("compose.yaml"));

        // The depends_on map form: the condition is the relation; every one of them is needed.
        const ForeignEdge *payment = edge(graph, QStringLiteral("checkout"), QStringLiteral("payment"));
        QVERIFY(payment);
        QCOMPARE(payment->via, QStringLiteral("depends_on:service_healthy"));
        QCOMPARE(payment->line, 158);
        QVERIFY(!payment->soft);
        QCOMPARE(edgesFrom(graph, QStringLiteral("frontend")), 11);
        QCOMPARE(edgesFrom(graph, QStringLiteral("telemetry-docs")), 0);
        // Without a resolved image, the name decides the kind: "-db", "valkey".
        QCOMPARE(node(graph, QStringLiteral("astronomy-db"))->kind, ElementKind::DataStore);
        QCOMPARE(node(graph, QStringLiteral("valkey-cart"))->kind, ElementKind::DataStore);
        QCOMPARE(node(graph, QStringLiteral("checkout"))->kind, ElementKind::Application);
        // An unresolved "${AD_PORT}" port says nothing: no empty ports kept.
        QVERIFY(!node(graph, QStringLiteral("ad"))->fields.contains(u"ports"));
        QCOMPARE(node(graph, QStringLiteral("ad"))->line, 32);
    }

    void composeWithEnvFile()
    {
        const ForeignGraph graph = project({composeFile()}, envFile());
        QCOMPARE(graph.nodes.size(), 20);
        // 46 from depends_on, 11 more from addresses in the environment (the variables now resolve)
        QCOMPARE(graph.edges.size(), 57);
        QVERIFY2(graph.notes.isEmpty(), qPrintable(graph.notes.isEmpty() ? QString() : graph.notes.first().text));

        const ForeignNode *db = node(graph, QStringLiteral("astronomy-db"));
        QCOMPARE(db->fields.value(u"image"), QJsonValue(QStringLiteral("postgres:18.4")));
        QCOMPARE(db->kind, ElementKind::DataStore);
        const ForeignNode *proxy = node(graph, QStringLiteral("frontend-proxy"));
        QCOMPARE(proxy->fields.value(u"ports").toArray(),
                 (QJsonArray{QStringLiteral("8080:8080"), QStringLiteral("10000:10000")}));
        QCOMPARE(node(graph, QStringLiteral("ad"))->fields.value(u"image"),
                 QJsonValue(QStringLiteral("ghcr.io/open-telemetry/demo:latest-ad")));

        // QUOTE_ADDR=http://quote:${QUOTE_PORT} (nested in the env file), passed through by "- QUOTE_ADDR".
        const ForeignEdge *quote = edge(graph, QStringLiteral("shipping"), QStringLiteral("quote"));
        QVERIFY(quote);
        QCOMPARE(quote->via, QStringLiteral("environment"));
        QCOMPARE(quote->line, 647);
        QVERIFY(!quote->soft);
        // POSTGRES_HOST=astronomy-db: a bare host that is a service.
        QVERIFY(edge(graph, QStringLiteral("otel-collector"), QStringLiteral("astronomy-db")));
        // postgres://user:${PASSWORD}@${POSTGRES_HOST}/astronomy_db: already a depends_on, which names the relation.
        QCOMPARE(edge(graph, QStringLiteral("product-catalog"), QStringLiteral("astronomy-db"))->via,
                 QStringLiteral("depends_on:service_healthy"));
        // OTEL_SERVICE_NAME=cart is the service's own name: no edge to itself.
        QVERIFY(!edge(graph, QStringLiteral("cart"), QStringLiteral("cart")));
        QVERIFY(edge(graph, QStringLiteral("email"), QStringLiteral("flagd")));
    }

    void overlayMergedInOrder()
    {
        const ForeignGraph graph = project({composeFile(), overlayFile()}, envFile());
        // kafka, accounting and fraud-detection added; checkout and otel-collector merged.
        QCOMPARE(graph.nodes.size(), 23);
        QCOMPARE(graph.edges.size(), 65);
        QVERIFY(graph.notes.isEmpty());
        const ForeignNode *kafka = node(graph, QStringLiteral("kafka"));
        QVERIFY(kafka);
        QCOMPARE(kafka->kind, ElementKind::Infrastructure);
        QCOMPARE(kafka->line, 0); // defined in the overlay: no line of the first file
        QVERIFY(edge(graph, QStringLiteral("accounting"), QStringLiteral("kafka")));
        QVERIFY(edge(graph, QStringLiteral("fraud-detection"), QStringLiteral("kafka")));
        // checkout: the overlay's depends_on adds kafka, the base's stay; its ports are still the base's.
        QCOMPARE(edge(graph, QStringLiteral("checkout"), QStringLiteral("kafka"))->via,
                 QStringLiteral("depends_on:service_healthy"));
        QCOMPARE(edgesFrom(graph, QStringLiteral("checkout")), 9);
        QCOMPARE(node(graph, QStringLiteral("checkout"))->fields.value(u"ports").toArray(),
                 QJsonArray{QStringLiteral("5050")});
        QCOMPARE(node(graph, QStringLiteral("checkout"))->line, 114);
        // otel-collector: the overlay's environment adds KAFKA_ADDR to the base's.
        QCOMPARE(edge(graph, QStringLiteral("otel-collector"), QStringLiteral("kafka"))->via,
                 QStringLiteral("environment"));
        QVERIFY(edge(graph, QStringLiteral("otel-collector"), QStringLiteral("astronomy-db")));
    }

    void interpolation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("unset");
        QTest::newRow("plain") << QStringLiteral("no variables") << QStringLiteral("no variables") << QStringList();
        QTest::newRow("braced") << QStringLiteral("${HOST}:80") << QStringLiteral("cart:80") << QStringList();
        QTest::newRow("unbraced") << QStringLiteral("$HOST:$PORT") << QStringLiteral("cart:7070") << QStringList();
        QTest::newRow("escaped") << QStringLiteral("$${HOST} $$HOST") << QStringLiteral("${HOST} $HOST")
                                 << QStringList();
        QTest::newRow("unset") << QStringLiteral("x${NOPE}y") << QStringLiteral("xy")
                               << QStringList{QStringLiteral("NOPE")};
        QTest::newRow("defaultWhenUnset") << QStringLiteral("${NOPE:-d}") << QStringLiteral("d") << QStringList();
        QTest::newRow("colonDefaultWhenEmpty") << QStringLiteral("${EMPTY:-d}") << QStringLiteral("d") << QStringList();
        QTest::newRow("dashDefaultKeepsEmpty")
            << QStringLiteral("[${EMPTY-d}]") << QStringLiteral("[]") << QStringList();
        QTest::newRow("dashDefaultWhenUnset") << QStringLiteral("${NOPE-d}") << QStringLiteral("d") << QStringList();
        QTest::newRow("setNoDefault") << QStringLiteral("${HOST:-d}") << QStringLiteral("cart") << QStringList();
        QTest::newRow("requiredMissing") << QStringLiteral("${NOPE:?give it}") << QString()
                                         << QStringList{QStringLiteral("NOPE")};
        QTest::newRow("requiredEmpty") << QStringLiteral("${EMPTY:?give it}") << QString()
                                       << QStringList{QStringLiteral("EMPTY")};
        QTest::newRow("requiredEmptyWithoutColon") << QStringLiteral("${EMPTY?give it}") << QString() << QStringList();
        QTest::newRow("alternative") << QStringLiteral("${HOST:+on}/${NOPE:+on}") << QStringLiteral("on/")
                                     << QStringList();
        QTest::newRow("nestedDefault") << QStringLiteral("${NOPE:-${HOST}:${PORT}}") << QStringLiteral("cart:7070")
                                       << QStringList();
        QTest::newRow("nestedTwice") << QStringLiteral("${NOPE:-${NADA:-deep}}") << QStringLiteral("deep")
                                     << QStringList();
        QTest::newRow("dollarAlone") << QStringLiteral("cost: 5$ or $1") << QStringLiteral("cost: 5$ or $1")
                                     << QStringList();
    }

    void interpolation()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QStringList, unset);
        const QHash<QString, QString> variables{{QStringLiteral("HOST"), QStringLiteral("cart")},
                                                {QStringLiteral("PORT"), QStringLiteral("7070")},
                                                {QStringLiteral("EMPTY"), QString()}};
        QList<Compose::Unset> found;
        const auto result = Compose::interpolate(text, variables, found);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(*result, expected);
        QStringList names;
        for (const Compose::Unset &u : std::as_const(found))
            names << u.name;
        QCOMPARE(names, unset);
    }

    void interpolationRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("notClosed") << QStringLiteral("${HOST:-x");
        QTest::newRow("noName") << QStringLiteral("${}");
        QTest::newRow("digitName") << QStringLiteral("${1A}");
        QTest::newRow("unknownOperator") << QStringLiteral("${HOST:x}");
        QTest::newRow("tooDeep") << QStringLiteral("${A:-").repeated(40) + QStringLiteral("x")
                + QStringLiteral("}").repeated(40);
    }

    void interpolationRefused()
    {
        QFETCH(QString, text);
        QList<Compose::Unset> unset;
        QVERIFY(!Compose::interpolate(text, {}, unset));
    }

    void envFileOfTheSample()
    {
        QList<ImportNote> notes;
        const auto variables = Compose::readEnv(envFile(), notes);
        QVERIFY2(variables, qPrintable(variables ? QString() : variables.error().toString()));
        QVERIFY(notes.isEmpty());
        QCOMPARE(variables->value(QStringLiteral("CART_ADDR")), QStringLiteral("cart:7070"));
        QCOMPARE(variables->value(QStringLiteral("FRONTEND_ADDR")), QStringLiteral("frontend:8080"));
        QCOMPARE(variables->value(QStringLiteral("K6_TARGET_URL")), QStringLiteral("http://frontend-proxy:8080"));
        QCOMPARE(variables->value(QStringLiteral("OTEL_RESOURCE_ATTRIBUTES")),
                 QStringLiteral("service.namespace=opentelemetry-demo,service.version=3.0.0"));
        // "astronomy_password    # defined in src/postgresql/init.sql": the comment is not the value.
        QCOMPARE(variables->value(QStringLiteral("POSTGRES_ASTRONOMY_PASSWORD")), QStringLiteral("astronomy_password"));
        QVERIFY(variables->contains(QStringLiteral("API_KEY")));
        QVERIFY(variables->value(QStringLiteral("API_KEY")).isEmpty());
        QCOMPARE(variables->size(), 138);
    }

    void envFileForms()
    {
        const QByteArray env = "# comment\n"
                               "export HOST=db\n"
                               "PLAIN = spaced value  # comment\n"
                               "HASH=a#b\n"
                               "SINGLE='${HOST} stays'\n"
                               "DOUBLE=\"${HOST}\\tline\n"
                               "two\"\n"
                               "LATER=${FUTURE}x\n"
                               "\r\n"
                               "FUTURE=f\r\n"
                               "URL=http://${HOST}:${PORT:-5432}/x\n";
        QList<ImportNote> notes;
        const auto variables = Compose::readEnv({env, QStringLiteral("test.env")}, notes);
        QVERIFY2(variables, qPrintable(variables ? QString() : variables.error().toString()));
        QCOMPARE(variables->value(QStringLiteral("HOST")), QStringLiteral("db"));
        QCOMPARE(variables->value(QStringLiteral("PLAIN")), QStringLiteral("spaced value"));
        QCOMPARE(variables->value(QStringLiteral("HASH")), QStringLiteral("a#b"));
        QCOMPARE(variables->value(QStringLiteral("SINGLE")), QStringLiteral("${HOST} stays"));
        QCOMPARE(variables->value(QStringLiteral("DOUBLE")), QStringLiteral("db\tline\ntwo"));
        QCOMPARE(variables->value(QStringLiteral("LATER")), QStringLiteral("x"));
        QCOMPARE(variables->value(QStringLiteral("FUTURE")), QStringLiteral("f"));
        QCOMPARE(variables->value(QStringLiteral("URL")), QStringLiteral("http://db:5432/x"));
        // A variable used before it is set is read as empty, with a note on its line (after a two-line value).
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().line, 8);
        QCOMPARE(notes.first().reference, QStringLiteral("FUTURE"));
        QCOMPARE(notes.first().file, QStringLiteral("test.env"));
    }

    void referencesOfEveryForm()
    {
        const QByteArray yaml = "x-base: &base\n"                                              // 1
                                "  restart: always\n"                                          // 2
                                "services:\n"                                                  // 3
                                "  web:\n"                                                     // 4
                                "    <<: *base\n"                                              // 5
                                "    image: nginx:1.27\n"                                      // 6
                                "    depends_on: [api, gone]\n"                                // 7
                                "    links:\n"                                                 // 8
                                "      - db:database\n"                                        // 9
                                "    environment:\n"                                           // 10
                                "      CACHE: redis://cache:6379/0\n"                          // 11
                                "      OTHER: elsewhere:80\n"                                  // 12
                                "      SELF: web\n"                                            // 13
                                "  api:\n"                                                     // 14
                                "    extends: base-api\n"                                      // 15
                                "    volumes_from: ['service:data:ro', 'container:legacy']\n"  // 16
                                "    depends_on:\n"                                            // 17
                                "      cache: {condition: service_started, required: false}\n" // 18
                                "  base-api:\n"                                                // 19
                                "    image: example/api\n"                                     // 20
                                "    environment: [DB_URL=postgres://u:p@db/x]\n"              // 21
                                "  db:\n"                                                      // 22
                                "    image: docker.io/library/postgres:16\n"                   // 23
                                "  cache:\n"                                                   // 24
                                "    image: valkey/valkey\n"                                   // 25
                                "  data:\n"                                                    // 26
                                "    image: busybox\n"                                         // 27
                                "  vpn:\n"                                                     // 28
                                "    image: example/vpn\n"                                     // 29
                                "  sidecar:\n"                                                 // 30
                                "    network_mode: service:vpn\n"                              // 31
                                "    ipc: service:api\n"                                       // 32
                                "    extends: {file: other.yaml, service: x}\n";               // 33
        const ForeignGraph graph = read(yaml);
        QCOMPARE(graph.nodes.size(), 8);
        QCOMPARE(node(graph, QStringLiteral("web"))->kind, ElementKind::Infrastructure); // nginx
        QCOMPARE(node(graph, QStringLiteral("db"))->kind, ElementKind::DataStore);
        QCOMPARE(node(graph, QStringLiteral("cache"))->kind, ElementKind::DataStore);
        QCOMPARE(node(graph, QStringLiteral("web"))->fields.value(u"restart"), QJsonValue(QStringLiteral("always")));
        QCOMPARE(edge(graph, QStringLiteral("web"), QStringLiteral("api"))->via, QStringLiteral("depends_on"));
        QCOMPARE(edge(graph, QStringLiteral("web"), QStringLiteral("db"))->via, QStringLiteral("links"));
        QCOMPARE(edge(graph, QStringLiteral("web"), QStringLiteral("cache"))->via, QStringLiteral("environment"));
        QCOMPARE(edge(graph, QStringLiteral("web"), QStringLiteral("cache"))->line, 11);
        // required: false is a soft dependency.
        const ForeignEdge *soft = edge(graph, QStringLiteral("api"), QStringLiteral("cache"));
        QVERIFY(soft && soft->soft);
        QCOMPARE(soft->via, QStringLiteral("depends_on:service_started"));
        QCOMPARE(edge(graph, QStringLiteral("api"), QStringLiteral("data"))->via, QStringLiteral("volumes_from"));
        // extends: api inherits base-api's environment, whose URL names db.
        QCOMPARE(edge(graph, QStringLiteral("api"), QStringLiteral("db"))->via, QStringLiteral("environment"));
        QCOMPARE(node(graph, QStringLiteral("api"))->fields.value(u"image"), QJsonValue(QStringLiteral("example/api")));
        QCOMPARE(edge(graph, QStringLiteral("sidecar"), QStringLiteral("vpn"))->via, QStringLiteral("network_mode"));
        QCOMPARE(edge(graph, QStringLiteral("sidecar"), QStringLiteral("api"))->via, QStringLiteral("ipc"));
        QCOMPARE(graph.edges.size(), 9);

        const auto gone = notesAbout(graph, QStringLiteral("gone"));
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone.first().line, 7);
        QCOMPARE(notesAbout(graph, QStringLiteral("container:legacy")).size(), 1);
        QCOMPARE(notesAbout(graph, QStringLiteral("container:legacy")).first().line, 16);
        QCOMPARE(notesAbout(graph, QStringLiteral("elsewhere")).size(), 1);
        QCOMPARE(notesAbout(graph, QStringLiteral("elsewhere")).first().line, 12);
        QCOMPARE(notesAbout(graph, QStringLiteral("x")).size(), 1); // extends of another file
        QCOMPARE(notesAbout(graph, QStringLiteral("x")).first().line, 33);
        QCOMPARE(graph.notes.size(), 4);
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("hosts");
        QTest::newRow("bare") << QStringLiteral("Cart") << QStringList{QStringLiteral("cart")};
        QTest::newRow("hostPort") << QStringLiteral("cart:7070") << QStringList{QStringLiteral("cart")};
        QTest::newRow("url") << QStringLiteral("http://quote:8090/x?y=1") << QStringList{QStringLiteral("quote")};
        QTest::newRow("jdbc") << QStringLiteral("jdbc:postgresql://db:5432/x") << QStringList{QStringLiteral("db")};
        QTest::newRow("userinfo") << QStringLiteral("postgres://u:p@db/x") << QStringList{QStringLiteral("db")};
        QTest::newRow("list") << QStringLiteral("PLAINTEXT://kafka:9092, CONTROLLER://zk:9093")
                              << QStringList{QStringLiteral("kafka"), QStringLiteral("zk")};
        QTest::newRow("dotted") << QStringLiteral("api.payments.svc:80")
                                << QStringList{QStringLiteral("api.payments.svc")};
        QTest::newRow("ip") << QStringLiteral("10.0.0.1:80") << QStringList();
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/otlp") << QStringList();
        QTest::newRow("wildcard") << QStringLiteral("http://*:7070") << QStringList();
        QTest::newRow("path") << QStringLiteral("/etc/otel-config.yml") << QStringList();
        QTest::newRow("keyValues") << QStringLiteral("Host=db;Username=u") << QStringList();
        QTest::newRow("sentence") << QStringLiteral("no sandbox") << QStringList();
        QTest::newRow("portNotDigits") << QStringLiteral("cart:x") << QStringList();
    }

    void addresses()
    {
        QFETCH(QString, value);
        QFETCH(QStringList, hosts);
        QStringList found;
        for (const ServiceAddress::Host &h : ServiceAddress::hosts(value))
            found << h.name;
        QCOMPARE(found, hosts);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("compose");
        QTest::addColumn<QByteArray>("env");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        const QByteArray compose = sample(composePath);
        const QByteArray env = sample(envPath);
        QByteArray indent = compose;
        indent.replace("    container_name: cart\n", "      container_name: cart\n");
        QTest::newRow("brokenIndentation") << indent << env << QStringLiteral("compose.yaml") << 81 << QString();
        QByteArray list = compose;
        list.replace("services:\n", "services:\n  - ad\nx-rest:\n");
        QTest::newRow("servicesIsAList") << list << env << QStringLiteral("compose.yaml") << 26
                                         << QStringLiteral("services");
        QByteArray text = compose;
        text.replace("  # Cart service\n  cart:\n", "  cart: cart\n  cart-old:\n");
        QTest::newRow("serviceIsAText") << text << env << QStringLiteral("compose.yaml") << 78
                                        << QStringLiteral("services.cart");
        QByteArray dependsOn = compose;
        dependsOn.replace("    depends_on:\n      valkey-cart:",
                          "    depends_on: valkey-cart\n    x-old:\n      valkey-cart:");
        QTest::newRow("dependsOnIsAText")
            << dependsOn << env << QStringLiteral("compose.yaml") << 104 << QStringLiteral("services.cart.depends_on");
        QByteArray required = compose;
        required.replace("      valkey-cart:\n        condition: service_healthy\n",
                         "      valkey-cart:\n        condition: service_healthy\n        required: no\n");
        QTest::newRow("requiredNotBoolean") << required << env << QStringLiteral("compose.yaml") << 107
                                            << QStringLiteral("services.cart.depends_on.valkey-cart.required");
        QByteArray environment = compose;
        environment.replace("      - VALKEY_ADDR\n", "      - {VALKEY_ADDR: x}\n");
        QTest::newRow("environmentItemIsAMapping") << environment << env << QStringLiteral("compose.yaml") << 98
                                                   << QStringLiteral("services.cart.environment[3]");
        QByteArray unclosed = compose;
        unclosed.replace("image: ${IMAGE_NAME}:${DEMO_VERSION}-cart", "image: ${IMAGE_NAME:-x");
        QTest::newRow("variableNotClosed")
            << unclosed << env << QStringLiteral("compose.yaml") << 80 << QStringLiteral("services.cart.image");
        QByteArray cycle = compose;
        cycle.replace("  # Cart service\n  cart:\n", "  cart:\n    extends: checkout\n")
            .replace("  # Checkout service\n  checkout:\n", "  checkout:\n    extends: cart\n");
        QTest::newRow("extendsCycle") << cycle << env << QStringLiteral("compose.yaml") << 114
                                      << QStringLiteral("services.checkout.extends");
        QByteArray badEnv = env;
        badEnv.replace("CART_PORT=7070\n", "CART_PORT 7070\n");
        QTest::newRow("envLineWithoutEquals")
            << compose << badEnv << QStringLiteral(".env") << 62 << QStringLiteral("CART_PORT 7070");
        QByteArray quote = env;
        quote.replace("CART_PORT=7070\n", "CART_PORT=\"7070\n");
        QTest::newRow("envQuoteNotClosed")
            << compose << quote << QStringLiteral(".env") << 62 << QStringLiteral("CART_PORT");
        QTest::newRow("noServices") << QByteArray("name: empty\nnetworks:\n  default: {}\n") << env
                                    << QStringLiteral("compose.yaml") << 1 << QStringLiteral("services");
    }

    void malformed()
    {
        QFETCH(QByteArray, compose);
        QFETCH(QByteArray, env);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, field);
        const auto graph = Compose::readProject({{compose, QStringLiteral("compose.yaml")}},
                                                Compose::File{env, QStringLiteral(".env")});
        QVERIFY(!graph);
        QCOMPARE(graph.error().file, file);
        QCOMPARE(graph.error().line, line);
        QCOMPARE(graph.error().field, field);
    }

    void malformedOverlayNamesTheOverlay()
    {
        QByteArray overlay = sample(overlayPath);
        overlay.replace("    depends_on:\n      kafka:\n        condition: service_healthy\n\n  # Patch otel",
                        "    depends_on: 3\n\n  # Patch otel");
        const auto graph
            = Compose::readProject({composeFile(), {overlay, QStringLiteral("compose.full.yaml")}}, envFile());
        QVERIFY(!graph);
        QCOMPARE(graph.error().file, QStringLiteral("compose.full.yaml"));
        QCOMPARE(graph.error().line, 131);
        QCOMPARE(graph.error().field, QStringLiteral("services.checkout.depends_on"));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("compose");
        QTest::addColumn<QByteArray>("env");
        QTest::newRow("deepYaml") << QByteArray("services:\n  a: ") + QByteArray(100'000, '[') << QByteArray();
        QByteArray lol = "x-a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]\n";
        for (char c = 'b'; c <= 'j'; ++c)
            lol += QByteArray("x-") + c + ": &" + c + " [" + QByteArray("*") + char(c - 1)
                + (QByteArray(",*") + char(c - 1)).repeated(9) + "]\n";
        lol += "services:\n  a: {image: x}\n";
        QTest::newRow("billionLaughs") << lol << QByteArray();
        // Each variable twice the one before: 2^40 characters, if nothing stopped it.
        QByteArray doubling = "V0=xxxxxxxxxxxxxxxx\n";
        for (int i = 1; i <= 40; ++i)
            doubling += "V" + QByteArray::number(i) + "=${V" + QByteArray::number(i - 1) + "}${V"
                + QByteArray::number(i - 1) + "}\n";
        QTest::newRow("envDoubling") << QByteArray("services:\n  a: {image: x}\n") << doubling;
        // One value that names a 512 KiB variable 10,000 times.
        QByteArray many = "services:\n  a:\n    image: \"" + QByteArray("${BIG}").repeated(10'000) + "\"\n";
        QTest::newRow("valueManyTimes") << many << QByteArray("BIG=" + QByteArray(512 * 1024, 'b') + "\n");
        // The same through aliases: every service's image names the big variable.
        QByteArray aliased = "x-img: &img \"${BIG}${BIG}\"\nservices:\n";
        for (int i = 0; i < 2000; ++i)
            aliased += "  s" + QByteArray::number(i) + ": {image: *img}\n";
        QTest::newRow("aliasedValues") << aliased << QByteArray("BIG=" + QByteArray(512 * 1024, 'b') + "\n");
    }

    void hostile()
    {
        QFETCH(QByteArray, compose);
        QFETCH(QByteArray, env);
        QElapsedTimer timer;
        timer.start();
        const auto graph = Compose::readProject(
            {{compose, QStringLiteral("hostile.yaml")}},
            env.isEmpty() ? std::nullopt : std::optional(Compose::File{env, QStringLiteral(".env")}));
        QVERIFY(!graph);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void hugeValueIsKept()
    {
        const QByteArray big(4 << 20, 'x');
        const ForeignGraph graph = read("services:\n  a:\n    image: " + big + "\n");
        QCOMPARE(graph.nodes.first().fields.value(u"image").toString().size(), big.size());
    }

    void importThroughImporter()
    {
        // The sample with its overlay and env file (--overlay, --env-file) into a fresh register, with a mapping file:
        // every data store supports the register's function F-SHOP.
        QTemporaryDir dir;
        auto service = openService(dir.filePath(QStringLiteral("register.bulwark")));
        QVERIFY(service);
        ChangeSet manual;
        manual.add(element(QStringLiteral("F-SHOP"), ElementKind::Function, QStringLiteral("Web shop")));
        QVERIFY(service->apply(manual));
        const QString mappingPath = dir.filePath(QStringLiteral("mapping.yaml"));
        write(mappingPath,
              "rules:\n"
              "  - match: {kind: data_store}\n"
              "    supports: [F-SHOP]\n"
              "  - match: {id: 'frontend*'}\n"
              "    tags: [edge]\n"
              "    set: {owner: Web team}\n");
        ImportOptions options;
        options.source = QStringLiteral("otel-demo");
        options.mappingPath = mappingPath;
        options.projectFiles.overlays = {overlayPath};
        options.projectFiles.envFile = envPath;
        ImportReport report;
        const auto first = Importer::run(*service, composePath, options, Actor::current(), nullptr, &report);
        QVERIFY2(first, qPrintable(errorText(first)));
        QCOMPARE(report.format, Format::Compose);
        QCOMPARE(first->elements.added, 23);
        QCOMPARE(first->dependencies.added, 65 + 2); // the files' and the mapping's two links
        QVERIFY(report.notes.isEmpty());
        const auto cart = service->element(QStringLiteral("compose:cart"));
        QVERIFY(cart);
        QCOMPARE(cart->attributes.value(u"import_source"), QJsonValue(QStringLiteral("otel-demo")));
        QCOMPARE(cart->attributes.value(u"import_id"), QJsonValue(QStringLiteral("cart")));
        QCOMPARE(service->element(QStringLiteral("compose:frontend-proxy"))->owner, QStringLiteral("Web team"));
        QVERIFY(service->dependencies().contains(
            dependencyId(QStringLiteral("F-SHOP"), QStringLiteral("compose:astronomy-db"))));
        QVERIFY(service->dependencies().contains(
            dependencyId(QStringLiteral("F-SHOP"), QStringLiteral("compose:valkey-cart"))));
        QCOMPARE(service->dependencies()
                     .value(dependencyId(QStringLiteral("compose:shipping"), QStringLiteral("compose:quote")))
                     .attributes.value(u"relation"),
                 QJsonValue(QStringLiteral("environment")));

        // The same again changes nothing.
        ImportOptions again = options;
        again.dryRun = true;
        again.prune = true;
        const auto second = Importer::run(*service, composePath, again);
        QVERIFY2(second, qPrintable(errorText(second)));
        QVERIFY2(second->isEmpty(), "a re-import of the same project changes something");

        // Another source with its own prefix: a file and a .env beside it (found without --env-file).
        const QString other = dir.filePath(QStringLiteral("other"));
        QVERIFY(QDir().mkpath(other));
        write(other + QStringLiteral("/docker-compose.yml"),
              "services:\n  app:\n    image: ${APP_IMAGE}\n    environment: [DB=db:5432]\n  db:\n    image: mysql\n");
        write(other + QStringLiteral("/.env"), "APP_IMAGE=example/app:2\n");
        ImportOptions second2;
        second2.prefix = QStringLiteral("other:");
        second2.source = QStringLiteral("other");
        ImportReport otherReport;
        const auto otherImport = Importer::run(
            *service, other + QStringLiteral("/docker-compose.yml"), second2, Actor::current(), nullptr, &otherReport);
        QVERIFY2(otherImport, qPrintable(errorText(otherImport)));
        QCOMPARE(otherReport.detection, QStringLiteral("recognised from its content as Docker Compose"));
        QCOMPARE(otherImport->elements.added, 2);
        QCOMPARE(otherImport->dependencies.added, 1);
        QCOMPARE(service->element(QStringLiteral("other:app"))->attributes.value(u"image"),
                 QJsonValue(QStringLiteral("example/app:2")));

        // The project without quote, pruned: quote and the two dependencies on it go, nothing of the other source.
        QByteArray newer = sample(composePath);
        const qsizetype from = newer.indexOf("  # Quote service\n");
        const qsizetype to = newer.indexOf("  # Recommendation service\n");
        QVERIFY(from > 0 && to > from);
        newer.remove(from, to - from);
        newer.replace("      quote:\n        condition: service_healthy\n", "");
        const QString newerPath = dir.filePath(QStringLiteral("compose.yaml"));
        write(newerPath, newer);
        ImportOptions prune = options;
        prune.prune = true;
        const auto pruned = Importer::run(*service, newerPath, prune);
        QVERIFY2(pruned, qPrintable(errorText(pruned)));
        QCOMPARE(pruned->elements.removed, 1);
        QCOMPARE(pruned->dependencies.removed, 3); // frontend and shipping needed it; it needed otel-collector
        QCOMPARE(pruned->elements.added + pruned->elements.changed, 0);
        QVERIFY(!service->element(QStringLiteral("compose:quote")));
        QVERIFY(service->element(QStringLiteral("other:app")));
        QVERIFY(service->element(QStringLiteral("F-SHOP")));

        // Overlays and an env file are refused for any other format.
        ImportOptions wrong;
        wrong.format = Format::Kubernetes;
        wrong.projectFiles.envFile = envPath;
        const auto refused
            = Importer::run(*service, samples + QStringLiteral("/online-boutique.kubernetes-manifests.yaml"), wrong);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("Docker Compose")));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("bank.bulwark"));
        QString out, err;
        const int code = runCli({QStringLiteral("import"),
                                 QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("--json"),
                                 QStringLiteral("--overlay"),
                                 overlayPath,
                                 QStringLiteral("--env-file"),
                                 envPath,
                                 composePath},
                                &out,
                                &err);
        QVERIFY2(code == 0, qPrintable(err));
        const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(result.value(u"format"), QJsonValue(QStringLiteral("compose")));
        QCOMPARE(result.value(u"elements").toObject().value(u"added"), QJsonValue(23));
        QCOMPARE(result.value(u"dependencies").toObject().value(u"added"), QJsonValue(65));
        // Without them: the file alone, its variables unset (notes), no kafka.
        const int alone = runCli({QStringLiteral("import"),
                                  QStringLiteral("--db"),
                                  db,
                                  QStringLiteral("--json"),
                                  QStringLiteral("--dry-run"),
                                  QStringLiteral("--prune"),
                                  composePath},
                                 &out,
                                 &err);
        QVERIFY2(alone == 0, qPrintable(err));
        const QJsonObject dry = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(dry.value(u"elements").toObject().value(u"removed"), QJsonValue(3));
        QCOMPARE(dry.value(u"notes").toArray().size(), 34);
    }

    void sniffing()
    {
        QCOMPARE(Compose::sniff(sample(composePath)), 80);
        QCOMPARE(Compose::sniff(sample(overlayPath)), 80);
        QCOMPARE(Compose::sniff(sample(QStringLiteral("online-boutique.kubernetes-manifests.yaml"))), 0);
        QCOMPARE(Compose::sniff("version: '3.8'\nservices:\n  web:\n    image: nginx\n"), 80);
        QCOMPARE(Compose::sniff("apiVersion: v1\nkind: List\nservices:\n"), 0);
        QCOMPARE(Compose::sniff("x:\n  services:\n    a: {}\n"), 0);
        QCOMPARE(FormatRegistry::detectContent(composePath, sample(composePath)), Format::Compose);
        QCOMPARE(FormatRegistry::detectContent(overlayPath, sample(overlayPath)), Format::Compose);
        const QString manifests = samples + QStringLiteral("/online-boutique.kubernetes-manifests.yaml");
        QCOMPARE(FormatRegistry::detectContent(manifests, sample(manifests)), Format::Kubernetes);
        // Every Backstage sample stays Backstage.
        QDirIterator it(QStringLiteral(BULWARK_SAMPLES_DIR) + QStringLiteral("/backstage"),
                        {QStringLiteral("*.yaml"), QStringLiteral("*.json")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        int backstage = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QCOMPARE(Compose::sniff(sample(path)), 0);
            QCOMPARE(FormatRegistry::detectContent(path, sample(path)), Format::Backstage);
            ++backstage;
        }
        QVERIFY(backstage >= 10);
        const auto info = FormatRegistry::find(Format::Compose);
        QVERIFY(info && info->isGraph() && info->takesProjectFiles());
        QCOMPARE(info->id, QStringLiteral("compose"));
        QCOMPARE(info->defaultPrefix, QStringLiteral("compose:"));
    }
};

QTEST_GUILESS_MAIN(TestFormatCompose)
#include "tst_format_compose.moc"

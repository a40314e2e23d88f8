// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foreigngraphlookup.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/formats/backstage.h"
#include "model/exchange/formats/kubernetes.h"
#include "model/exchange/graphimport.h"
#include "model/exchange/importer.h"
#include "testutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::exchange;
using namespace bulwark::test;

namespace {

const QString samples = QStringLiteral(BULWARK_SAMPLES_DIR) + QStringLiteral("/kubernetes-compose");
const QString boutiquePath = samples + QStringLiteral("/online-boutique.kubernetes-manifests.yaml");

QByteArray sample(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

ForeignGraph read(const QByteArray &bytes, const QString &name = QStringLiteral("manifests.yaml"))
{
    auto graph = Kubernetes::read(bytes, name);
    if (!graph)
        qFatal("%s", qPrintable(graph.error().toString()));
    return std::move(graph).value();
}

QString deployment(const QString &name)
{
    return QStringLiteral("deployment/default/") + name;
}

QString service(const QString &name)
{
    return QStringLiteral("service/default/") + name;
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

/// Every rule of docs/exchange.md "Kubernetes" in one file: namespaces, a List, ConfigMaps (envFrom and
/// configMapKeyRef), $(VAR) references, a Service selecting two workloads, one selecting none, one without a selector,
/// an ExternalName, a CronJob, a bare Pod, secrets (not read) and an Ingress (left out).
const QByteArray everyRule = R"(apiVersion: v1
kind: ConfigMap
metadata:
  name: endpoints
  namespace: shop
data:
  PAYMENTS_URL: http://payments.billing.svc.cluster.local:8080/pay
  CACHE: cache:6379
  MISSING: ghost:80
  CONFIG: |
    not an address
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
  namespace: shop
spec:
  replicas: 3
  template:
    metadata:
      labels: {app: web, tier: front}
    spec:
      containers:
        - name: web
          image: example/web:1
          envFrom:
            - configMapRef: {name: endpoints}
            - configMapRef: {name: absent}
            - secretRef: {name: creds}
          env:
            - name: DB_HOST
              value: db.data
            - name: DB_URL
              value: postgres://$(DB_HOST):5432/x
            - name: SEARCH
              valueFrom:
                configMapKeyRef: {name: endpoints, key: nope}
            - name: PASSWORD
              valueFrom: {secretKeyRef: {name: creds, key: pw}}
            - name: EXTERNAL
              value: https://api.example.com/v1
            - name: SELF
              value: web:80
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: {name: web, namespace: shop}
    spec:
      selector: {app: web}
  - apiVersion: v1
    kind: Service
    metadata: {name: cache, namespace: shop}
    spec:
      selector: {app: cache}
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: cache, namespace: shop}
    spec:
      template:
        metadata: {labels: {app: cache, track: stable}}
        spec:
          containers: [{name: redis, image: "redis:7"}]
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: cache-canary, namespace: shop}
    spec:
      template:
        metadata: {labels: {app: cache, track: canary}}
        spec:
          containers: [{name: redis, image: "redis:7"}]
---
apiVersion: v1
kind: Service
metadata: {name: payments, namespace: billing}
spec:
  type: ExternalName
  externalName: payments.example.com
---
apiVersion: v1
kind: Service
metadata: {name: db, namespace: data}
spec: {selector: {app: db}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: shop}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: report
              image: example/report
              env:
                - {name: TARGET, value: "web.shop.svc:80"}
                - {name: CONF, valueFrom: {configMapKeyRef: {name: endpoints, key: CACHE}}}
---
apiVersion: v1
kind: Service
metadata: {name: manual}
spec: {ports: [{port: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: debug, labels: {app: debug}}
spec:
  containers: [{name: sh, image: busybox, env: [{name: T, value: "manual"}]}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web, namespace: shop}
)";

} // namespace

class TestFormatKubernetes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlineBoutique()
    {
        const ForeignGraph graph = read(sample(boutiquePath), QStringLiteral("boutique.yaml"));
        QCOMPARE(graph.format, QStringLiteral("kubernetes"));
        // 12 Deployments and 12 Services; the 11 ServiceAccounts are left out with one note.
        QCOMPARE(graph.nodes.size(), 24);
        // 12 Services need their Deployment (frontend-external too, redis-cart's Service as well; loadgenerator has
        // none); 16 addresses in the environment name a Service.
        QCOMPARE(graph.edges.size(), 28);
        QCOMPARE(graph.notes.size(), 2);
        QCOMPARE(graph.notes.first().text,
                 QStringLiteral("ServiceAccount objects left out: 11 (not elements of the map)"));
        QCOMPARE(graph.notes.first().line, 144);

        const ForeignNode *frontend = node(graph, deployment(QStringLiteral("frontend")));
        QVERIFY(frontend);
        QCOMPARE(frontend->kind, ElementKind::Application);
        QCOMPARE(frontend->type, QStringLiteral("Deployment"));
        QCOMPARE(frontend->line, 21);
        QCOMPARE(frontend->fields.value(u"namespace"), QJsonValue(QStringLiteral("default")));
        const ForeignNode *redis = node(graph, deployment(QStringLiteral("redis-cart")));
        QCOMPARE(redis->kind, ElementKind::DataStore); // image redis:alpine
        QCOMPARE(redis->fields.value(u"images").toArray(), QJsonArray{QStringLiteral("redis:alpine")});
        const ForeignNode *external = node(graph, service(QStringLiteral("frontend-external")));
        QCOMPARE(external->kind, ElementKind::Network);
        QCOMPARE(external->name, QStringLiteral("frontend-external (Service)"));
        QCOMPARE(external->fields.value(u"service_type"), QJsonValue(QStringLiteral("LoadBalancer")));
        QCOMPARE(node(graph, service(QStringLiteral("emailservice")))->fields.value(u"ports").toArray(),
                 QJsonArray{QStringLiteral("5000:8080/TCP")});

        // PRODUCT_CATALOG_SERVICE_ADDR: "productcatalogservice:3550" -> the Service, which needs its Deployment.
        const ForeignEdge *catalog
            = edge(graph, deployment(QStringLiteral("frontend")), service(QStringLiteral("productcatalogservice")));
        QVERIFY(catalog);
        QCOMPARE(catalog->via, QStringLiteral("env"));
        QCOMPARE(catalog->line, 76);
        QVERIFY(!catalog->soft);
        const ForeignEdge *selector = edge(graph,
                                           service(QStringLiteral("productcatalogservice")),
                                           deployment(QStringLiteral("productcatalogservice")));
        QVERIFY(selector);
        QCOMPARE(selector->via, QStringLiteral("selector"));
        QCOMPARE(selector->line, 969);
        QVERIFY(edge(graph, deployment(QStringLiteral("cartservice")), service(QStringLiteral("redis-cart"))));
        // An init container's environment counts too (loadgenerator waits for the frontend).
        QCOMPARE(edge(graph, deployment(QStringLiteral("loadgenerator")), service(QStringLiteral("frontend")))->line,
                 497);
        QVERIFY(edge(graph, service(QStringLiteral("frontend-external")), deployment(QStringLiteral("frontend"))));
        // The checkout needs six services, the frontend seven.
        int checkout = 0, front = 0;
        for (const ForeignEdge &e : graph.edges) {
            checkout += e.from == deployment(QStringLiteral("checkoutservice"));
            front += e.from == deployment(QStringLiteral("frontend"));
        }
        QCOMPARE(checkout, 6);
        QCOMPARE(front, 7);

        // The shopping assistant is not part of the release: a note on its line, no invented element.
        const auto assistant = notesAbout(graph, QStringLiteral("shoppingassistantservice"));
        QCOMPARE(assistant.size(), 1);
        QCOMPARE(assistant.first().line, 90);
        QCOMPARE(assistant.first().file, QStringLiteral("boutique.yaml"));

        // Every edge ends in a node of the file: GraphImport adds no note of its own.
        QList<ImportNote> notes;
        const auto changes = GraphImport::toChanges(
            graph, {QStringLiteral("k8s:"), QString(), std::nullopt}, QStringLiteral("boutique.yaml"), nullptr, notes);
        QVERIFY(changes);
        QCOMPARE(qsizetype(changes->elements.size()), 24);
        QCOMPARE(qsizetype(changes->dependencies.size()), 28);
        QVERIFY(notes.isEmpty());
        QCOMPARE(changes->elements.front().value.key, QStringLiteral("k8s:deployment/default/frontend"));
    }

    void everyRuleOfTheReader()
    {
        const ForeignGraph graph = read(everyRule);
        QCOMPARE(graph.nodes.size(), 10);
        QCOMPARE(graph.edges.size(), 9);
        QCOMPARE(graph.notes.size(), 9);
        const QString web = QStringLiteral("statefulset/shop/web");
        QCOMPARE(node(graph, web)->fields.value(u"replicas"), QJsonValue(3));
        QCOMPARE(node(graph, QStringLiteral("deployment/shop/cache"))->kind, ElementKind::DataStore);
        QCOMPARE(node(graph, QStringLiteral("cronjob/shop/report"))->fields.value(u"schedule"),
                 QJsonValue(QStringLiteral("0 3 * * *")));
        QVERIFY(node(graph, QStringLiteral("pod/default/debug")));
        // The List's items are objects like any other; a Service in another namespace is another Service.
        QCOMPARE(edge(graph, QStringLiteral("service/shop/web"), web)->line, 53);
        QVERIFY(edge(graph, QStringLiteral("service/shop/cache"), QStringLiteral("deployment/shop/cache")));
        QVERIFY(edge(graph, QStringLiteral("service/shop/cache"), QStringLiteral("deployment/shop/cache-canary")));
        // envFrom a ConfigMap: a URL in another namespace (name.namespace.svc.cluster.local) and host:port.
        const ForeignEdge *payments = edge(graph, web, QStringLiteral("service/billing/payments"));
        QVERIFY(payments);
        QCOMPARE(payments->via, QStringLiteral("configMap"));
        QCOMPARE(payments->line, 28);
        QCOMPARE(edge(graph, web, QStringLiteral("service/shop/cache"))->via, QStringLiteral("configMap"));
        // name.namespace, also through $(DB_HOST).
        QCOMPARE(edge(graph, web, QStringLiteral("service/data/db"))->line, 33);
        // Its own Service (SELF=web:80) is not a dependency; an outside host (api.example.com) is nothing.
        QVERIFY(!edge(graph, web, QStringLiteral("service/shop/web")));
        // A CronJob's pod template; name.namespace.svc; a configMapKeyRef.
        QVERIFY(edge(graph, QStringLiteral("cronjob/shop/report"), QStringLiteral("service/shop/web")));
        QCOMPARE(edge(graph, QStringLiteral("cronjob/shop/report"), QStringLiteral("service/shop/cache"))->via,
                 QStringLiteral("configMap"));
        // A bare name that is a Service of the namespace.
        QVERIFY(edge(graph, QStringLiteral("pod/default/debug"), QStringLiteral("service/default/manual")));

        QCOMPARE(notesAbout(graph, QStringLiteral("ghost")).first().line, 9); // the ConfigMap's key
        QCOMPARE(notesAbout(graph, QStringLiteral("absent")).first().line, 29);
        QCOMPARE(notesAbout(graph, QStringLiteral("endpoints/nope")).first().line, 36);
        QCOMPARE(notesAbout(graph, QStringLiteral("cache")).first().line, 58); // selects two workloads
        QCOMPARE(notesAbout(graph, QStringLiteral("db")).first().line, 86);    // selects none
        QCOMPARE(notesAbout(graph, QStringLiteral("manual")).size(), 1);       // no selector
        QCOMPARE(notesAbout(graph, QStringLiteral("payments.example.com")).size(), 1);
        QStringList texts;
        for (const ImportNote &n : graph.notes)
            texts << n.text;
        QVERIFY(texts.contains(QStringLiteral("Ingress objects left out: 1 (not elements of the map)")));
        QVERIFY(texts.contains(
            QStringLiteral("ConfigMap objects left out: 1 (not elements; read for the addresses they hold)")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        const QByteArray boutique = sample(boutiquePath);
        QByteArray indent = boutique;
        indent.replace("  name: adservice\n  labels:\n    app: adservice\nspec:\n  selector:",
                       "  name: adservice\n   labels:\n    app: adservice\nspec:\n  selector:");
        QTest::newRow("brokenIndentation") << indent << 153 << QString();
        QByteArray noKind = boutique;
        noKind.replace("apiVersion: v1\nkind: Service\nmetadata:\n  name: adservice",
                       "apiVersion: v1\nmetadata:\n  name: adservice");
        QTest::newRow("serviceWithoutKind") << noKind << 204 << QStringLiteral("kind");
        QByteArray noName = boutique;
        noName.replace("kind: ServiceAccount\nmetadata:\n  name: cartservice\n",
                       "kind: ServiceAccount\nmetadata: {}\n");
        QTest::newRow("serviceAccountWithoutName") << noName << 369 << QStringLiteral("metadata.name");
        QByteArray containers = boutique;
        containers.replace("      containers:\n      - name: redis\n",
                           "      containers: redis\n      x-containers:\n      - name: redis\n");
        QTest::newRow("containersNotAList") << containers << 392 << QStringLiteral("spec.template.spec.containers");
        QByteArray envName = boutique;
        envName.replace("        - name: REDIS_ADDR\n", "        - title: REDIS_ADDR\n");
        QTest::newRow("envWithoutName") << envName << 333
                                        << QStringLiteral("spec.template.spec.containers[0].env[0].name");
        QByteArray spec = boutique;
        spec.replace("spec:\n  type: ClusterIP\n  selector:\n    app: redis-cart\n",
                     "spec: [ClusterIP]\nx-spec:\n  selector:\n    app: redis-cart\n");
        QTest::newRow("specIsAList") << spec << 432 << QStringLiteral("spec");
        QByteArray templ = boutique;
        templ.replace("  template:\n    metadata:\n      labels:\n        app: adservice\n",
                      "  x-template:\n    metadata:\n      labels:\n        app: adservice\n");
        QTest::newRow("deploymentWithoutTemplate") << templ << 155 << QStringLiteral("spec.template");
        QByteArray selector = boutique;
        selector.replace("  selector:\n    app: paymentservice\n  ports:", "  selector: paymentservice\n  ports:");
        QTest::newRow("selectorIsAText") << selector << 823 << QStringLiteral("spec.selector");
        QByteArray list = boutique;
        list += "\n---\n- a\n- b\n";
        QTest::newRow("documentIsAList") << list << 983 << QString();
        QTest::newRow("listItemsNotAList")
            << QByteArray("apiVersion: v1\nkind: List\nitems: {a: b}\n") << 3 << QStringLiteral("items");
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, field);
        const auto graph = Kubernetes::read(bytes, QStringLiteral("bad.yaml"));
        QVERIFY(!graph);
        QCOMPARE(graph.error().file, QStringLiteral("bad.yaml"));
        QCOMPARE(graph.error().line, line);
        QCOMPARE(graph.error().field, field);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("deepYaml") << QByteArray("apiVersion: v1\nkind: Pod\nspec: ") + QByteArray(100'000, '[');
        QByteArray lol = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n"
                         "  a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]\n";
        for (char c = 'b'; c <= 'j'; ++c)
            lol += QByteArray("  ") + c + ": &" + c + " [" + QByteArray("*") + char(c - 1)
                + (QByteArray(",*") + char(c - 1)).repeated(9) + "]\n";
        QTest::newRow("billionLaughs") << lol;
        // 1,100 Services that each select all of 1,100 workloads: 1.21 million dependencies.
        QByteArray many;
        for (int i = 0; i < 1100; ++i)
            many += "---\napiVersion: v1\nkind: Service\nmetadata: {name: s" + QByteArray::number(i)
                + "}\nspec: {selector: {app: x}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p"
                + QByteArray::number(i) + ", labels: {app: x}}\nspec: {containers: []}\n";
        QTest::newRow("everyServiceSelectsEveryPod") << many;
    }

    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QElapsedTimer timer;
        timer.start();
        const auto graph = Kubernetes::read(bytes, QStringLiteral("hostile.yaml"));
        QVERIFY(!graph);
        QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    }

    void manyWorkloadsShareOneConfigMap()
    {
        // A ConfigMap of 2,000 addresses taken by 2,000 workloads is worked out once: fast, one note per bad key.
        QByteArray bytes = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: all}\ndata:\n";
        for (int i = 0; i < 2000; ++i)
            bytes += "  K" + QByteArray::number(i) + ": missing" + QByteArray::number(i) + ":80\n";
        bytes += "  DB: db:5432\n---\napiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec: {selector: {app: "
                 "db}}\n";
        for (int i = 0; i < 2000; ++i)
            bytes += "---\napiVersion: v1\nkind: Pod\nmetadata: {name: p" + QByteArray::number(i)
                + "}\nspec: {containers: [{name: c, envFrom: [{configMapRef: {name: all}}]}]}\n";
        QElapsedTimer timer;
        timer.start();
        const ForeignGraph graph = read(bytes);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(graph.nodes.size(), 2001);
        QCOMPARE(graph.edges.size(), 2000);
        QCOMPARE(graph.notes.size(), 2000 + 2); // each missing host once; ConfigMap left out; db selects none
    }

    void importThroughImporter()
    {
        QTemporaryDir dir;
        auto registerService = openService(dir.filePath(QStringLiteral("register.bulwark")));
        QVERIFY(registerService);
        ChangeSet manual;
        manual.add(element(QStringLiteral("F-PAY"), ElementKind::Function, QStringLiteral("Payments")));
        QVERIFY(registerService->apply(manual));
        const QString mappingPath = dir.filePath(QStringLiteral("mapping.json"));
        write(mappingPath,
              R"({"rules": [
                   {"match": {"type": "Deployment", "name": "*service"}, "tags": ["boutique"]},
                   {"match": {"id": "deployment/default/checkoutservice"}, "supports": ["F-PAY"],
                    "set": {"owner": "Checkout team", "rto_min": 30}},
                   {"match": {"type": "Service", "fields": {"service_type": "LoadBalancer"}}, "tags": ["internet"]}
                 ]})");
        ImportOptions options;
        options.source = QStringLiteral("boutique");
        options.mappingPath = mappingPath;
        ImportReport report;
        const auto first = Importer::run(*registerService, boutiquePath, options, Actor::current(), nullptr, &report);
        QVERIFY2(first, qPrintable(errorText(first)));
        QCOMPARE(report.format, Format::Kubernetes);
        QCOMPARE(report.detection, QStringLiteral("recognised from its content as Kubernetes manifests"));
        QCOMPARE(first->elements.added, 24);
        QCOMPARE(first->dependencies.added, 28 + 1);
        QCOMPARE(report.notes.size(), 2);
        const auto checkout = registerService->element(QStringLiteral("k8s:deployment/default/checkoutservice"));
        QVERIFY(checkout);
        QCOMPARE(checkout->owner, QStringLiteral("Checkout team"));
        QCOMPARE(checkout->rtoMin, 30);
        QVERIFY(checkout->tags.contains(QStringLiteral("boutique")));
        QVERIFY(!registerService->element(QStringLiteral("k8s:deployment/default/frontend"))
                     ->tags.contains(QStringLiteral("boutique")));
        QVERIFY(registerService->element(QStringLiteral("k8s:service/default/frontend-external"))
                    ->tags.contains(QStringLiteral("internet")));
        QVERIFY(registerService->dependencies().contains(
            dependencyId(QStringLiteral("F-PAY"), QStringLiteral("k8s:deployment/default/checkoutservice"))));
        QCOMPARE(checkout->attributes.value(u"import_id"),
                 QJsonValue(QStringLiteral("deployment/default/checkoutservice")));

        // People set an RTO on an imported element; a re-import keeps it and changes nothing.
        ChangeSet edit;
        Element frontend = *registerService->element(QStringLiteral("k8s:deployment/default/frontend"));
        frontend.rtoMin = 15;
        edit.add(frontend);
        QVERIFY(registerService->apply(edit));
        ImportOptions again = options;
        again.prune = true;
        const auto second = Importer::run(*registerService, boutiquePath, again);
        QVERIFY2(second, qPrintable(errorText(second)));
        QVERIFY2(second->isEmpty(), "a re-import of the same manifests changes something");
        QCOMPARE(registerService->element(QStringLiteral("k8s:deployment/default/frontend"))->rtoMin, 15);

        // Another source: the same manifests under another prefix.
        ImportOptions other;
        other.prefix = QStringLiteral("staging:");
        other.source = QStringLiteral("staging");
        const auto staging = Importer::run(*registerService, boutiquePath, other);
        QVERIFY2(staging, qPrintable(errorText(staging)));
        QCOMPARE(staging->elements.added, 24);

        // Newer manifests without the ad service (Deployment, Service, ServiceAccount): pruning removes its two
        // elements and the three dependencies that touched them, from this source only.
        QByteArray newer = sample(boutiquePath);
        const qsizetype from
            = newer.indexOf("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: adservice");
        const qsizetype to
            = newer.indexOf("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: currencyservice");
        QVERIFY(from > 0 && to > from);
        newer.remove(from, to - from);
        const QString newerPath = dir.filePath(QStringLiteral("boutique-newer.yaml"));
        write(newerPath, newer);
        ImportOptions prune = options;
        prune.prune = true;
        ImportReport pruneReport;
        const auto pruned = Importer::run(*registerService, newerPath, prune, Actor::current(), nullptr, &pruneReport);
        QVERIFY2(pruned, qPrintable(errorText(pruned)));
        QCOMPARE(pruned->elements.removed, 2);
        QCOMPARE(pruned->dependencies.removed, 2); // the frontend needed the Service; the Service the Deployment
        QCOMPARE(pruned->elements.added + pruned->elements.changed, 0);
        QVERIFY(!registerService->element(QStringLiteral("k8s:service/default/adservice")));
        QVERIFY(registerService->element(QStringLiteral("staging:service/default/adservice")));
        // The frontend's AD_SERVICE_ADDR now names a Service that is not in the file: a note.
        bool noted = false;
        for (const ImportNote &n : std::as_const(pruneReport.notes))
            noted = noted || n.reference == u"adservice";
        QVERIFY(noted);
    }

    void sniffing()
    {
        QCOMPARE(Kubernetes::sniff(sample(boutiquePath)), 80);
        QCOMPARE(Kubernetes::sniff(everyRule), 80);
        QCOMPARE(Kubernetes::sniff(sample(samples + QStringLiteral("/otel-demo.compose.yaml"))), 0);
        QCOMPARE(Kubernetes::sniff("apiVersion: backstage.io/v1alpha1\nkind: Component\n"), 0);
        QCOMPARE(Kubernetes::sniff(R"({"apiVersion": "v1", "items": [], "kind": "List"})"), 70);
        QCOMPARE(Kubernetes::sniff(R"({"apiVersion": "backstage.io/v1alpha1", "kind": "Component"})"), 0);
        QCOMPARE(Kubernetes::sniff(R"({"format": "bulwark-register", "version": 1})"), 0);
        QCOMPARE(Kubernetes::sniff("metadata:\n  apiVersion: v1\n  kind: Pod\n"), 0);
        QCOMPARE(FormatRegistry::detectContent(boutiquePath, sample(boutiquePath)), Format::Kubernetes);
        QCOMPARE(FormatRegistry::detectContent(QStringLiteral("pods.json"), R"({"apiVersion": "v1", "kind": "List"})"),
                 Format::Kubernetes);
        // kubectl's JSON is read through the same YAML reader.
        const ForeignGraph json = read(
            R"({"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "Pod",
                "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": "postgres:16"}]}}]})");
        QCOMPARE(json.nodes.size(), 1);
        QCOMPARE(json.nodes.first().kind, ElementKind::DataStore);
        // Every Backstage sample stays Backstage, and the Backstage sniffer does not take the manifests.
        QCOMPARE(Backstage::sniff(sample(boutiquePath)), 0);
        QDirIterator it(QStringLiteral(BULWARK_SAMPLES_DIR) + QStringLiteral("/backstage"),
                        {QStringLiteral("*.yaml"), QStringLiteral("*.json")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        int backstage = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QCOMPARE(Kubernetes::sniff(sample(path)), 0);
            QCOMPARE(FormatRegistry::detectContent(path, sample(path)), Format::Backstage);
            ++backstage;
        }
        QVERIFY(backstage >= 10);
        const auto info = FormatRegistry::find(Format::Kubernetes);
        QVERIFY(info && info->isGraph() && !info->takesProjectFiles());
        QCOMPARE(info->id, QStringLiteral("kubernetes"));
        QCOMPARE(info->defaultPrefix, QStringLiteral("k8s:"));
    }
};

QTEST_GUILESS_MAIN(TestFormatKubernetes)
#include "tst_format_kubernetes.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Terraform state reader (issue 17). No real state is among the shared samples (a real one is full of account
// ids and secrets), so the main input is tests/data/terraform/multicloud.tfstate, written by hand in the form
// `terraform state pull` gives: AWS, Azure and Google in modules, count and for_each instances, a module with
// for_each, data sources, IAM, a helper resource, attachments, a deposed and a tainted object, dependencies across
// modules and one to a resource that is not in the state. Malformed variants are made from it in memory.
#include "model/analysis/concentration.h"
#include "model/exchange/formatregistry.h"
#include "model/exchange/formats/terraform.h"
#include "model/exchange/graphimport.h"
#include "model/exchange/importer.h"
#include "model/exchange/jsonformat.h"
#include "model/register/validation.h"
#include "testutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::exchange;

namespace {

const QString stateName = QStringLiteral("multicloud.tfstate");

QString statePath()
{
    return QStringLiteral(BULWARK_TEST_DATA "/terraform/") + stateName;
}

QByteArray state()
{
    QFile file(statePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

/// The state with the first occurrence of `from` replaced by `to` (lines stay where they were unless `to` adds some).
QByteArray changed(const QByteArray &from, const QByteArray &to)
{
    QByteArray bytes = state();
    const qsizetype at = bytes.indexOf(from);
    if (at < 0)
        qFatal("'%s' is not in the state", from.constData());
    return bytes.replace(at, from.size(), to);
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

QStringList edgesFrom(const ForeignGraph &graph, const QString &from, const QString &via)
{
    QStringList to;
    for (const ForeignEdge &e : graph.edges) {
        if (e.from == from && e.via == via)
            to << e.to;
    }
    to.sort();
    return to;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const ImportNote *findNote(const ForeignGraph &graph, const QString &containing)
{
    for (const ImportNote &n : graph.notes) {
        if (n.text.contains(containing))
            return &n;
    }
    return nullptr;
}

Result<ForeignGraph> readState()
{
    return Terraform::read(state(), stateName);
}

QString tf(const QString &id)
{
    return GraphImport::keyFor(QStringLiteral("tf:"), id);
}

const QString api0 = QStringLiteral("module.payments.aws_instance.api[0]");
const QString api1 = QStringLiteral("module.payments.aws_instance.api[1]");
const QString ledger = QStringLiteral("module.payments.aws_db_instance.ledger");
const QString subnetA = QStringLiteral("module.network.aws_subnet.private[\"eu-central-1a\"]");
const QString subnetB = QStringLiteral("module.network.aws_subnet.private[\"eu-central-1b\"]");
const QString vpc = QStringLiteral("module.network.aws_vpc.main");
const QString kms = QStringLiteral("aws_kms_key.ledger");
const QString workerEu = QStringLiteral("module.analytics[\"eu\"].google_compute_instance.worker");
const QString workerUs = QStringLiteral("module.analytics[\"us\"].google_compute_instance.worker");
const QString bucketEu = QStringLiteral("module.analytics[\"eu\"].google_storage_bucket.reports");
const QString bucketUs = QStringLiteral("module.analytics[\"us\"].google_storage_bucket.reports");

/// The secrets the hand-written state holds (a password, an access key, a sensitive output); none may come through.
const QStringList secrets{QStringLiteral("Sup3r-S3cret-DB-Pa55"),
                          QStringLiteral("AzUr3Pr1maryAcc3ssK3y"),
                          QStringLiteral("s3cr3t-Output-Pa55"),
                          QStringLiteral("N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"),
                          QStringLiteral("eyJzY2hlbWFfdmVyc2lvbiI6IjEifQ==")};

/// `bytes` written to a file in `dir`.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

/// tests/data/terraform/older-forms.tfstate: a state of Terraform 0.12 (provider.aws with an alias, depends_on) and
/// 0.11's attributes_flat, and the forms of later versions this reader must also know: text index keys with quotes,
/// modules with number keys, a provider configured inside a module, OpenTofu's registry, google-beta, a provider nobody
/// names.
QByteArray olderForms()
{
    QFile file(QStringLiteral(BULWARK_TEST_DATA "/terraform/older-forms.tfstate"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class tst_FormatTerraform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void resources();
    void kinds();
    void providersAndLocations();
    void dependencies();
    void notesWithLines();
    void secretsNeverKept();
    void olderAndOtherForms();
    void keysAreDistinctAndValid();
    void refusals_data();
    void refusals();
    void refusesOtherVersions();
    void refusesDeepNesting();
    void hugeValue();
    void manyInstances();
    void emptyState();
    void sniffing();
    void samplesKeepTheirFormat();
    // End to end through exchange::Importer.
    void importIntoAFreshRegister();
    void reimportIsIdempotent();
    void pruneIsScopedToTheSource();
    void mappingLinksAFunctionAndConcentrationFollows();

private:
    QTemporaryDir m_dir;
};

void tst_FormatTerraform::counts()
{
    auto graph = readState();
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->format, QStringLiteral("terraform"));
    // 18 managed instances, 3 providers (AWS, Azure, Google; Kubernetes and random give none), 7 regions.
    QCOMPARE(graph->nodes.size(), 18 + 3 + 7);
    // 39 recorded dependencies, 17 provider and 16 region edges.
    QCOMPARE(graph->edges.size(), 39 + 17 + 16);
    QCOMPARE(graph->notes.size(), 7);
    qsizetype providers = 0, locations = 0;
    for (const ForeignNode &n : graph->nodes) {
        providers += n.kind == ElementKind::Provider;
        locations += n.kind == ElementKind::Location;
    }
    QCOMPARE(providers, 3);
    QCOMPARE(locations, 7);
    QList<ImportNote> notes;
    GraphImportOptions options;
    options.prefix = QStringLiteral("tf:");
    auto changes = GraphImport::toChanges(*graph, options, stateName, nullptr, notes);
    QVERIFY(changes);
    QCOMPARE(changes->elements.size(), std::size_t(28));
    QCOMPARE(changes->dependencies.size(), std::size_t(72)); // no pair twice
    QVERIFY(notes.isEmpty());                                // every edge names a node
}

void tst_FormatTerraform::resources()
{
    auto graph = readState();
    QVERIFY(graph);
    // The count instance, in a module: its address with the index, the tag Name as its name, the identifying values.
    const ForeignNode *api = findNode(*graph, api0);
    QVERIFY(api);
    QCOMPARE(api->type, QStringLiteral("aws_instance"));
    QCOMPARE(api->kind, ElementKind::Infrastructure);
    QCOMPARE(api->name, QStringLiteral("pay-api-0"));
    QCOMPARE(api->line, 578);
    QCOMPARE(api->fields.value(u"type"), QJsonValue(QStringLiteral("aws_instance")));
    QCOMPARE(api->fields.value(u"module"), QJsonValue(QStringLiteral("module.payments")));
    QCOMPARE(api->fields.value(u"index_key"), QJsonValue(0));
    QCOMPARE(api->fields.value(u"provider"),
             QJsonValue(QStringLiteral("provider[\"registry.terraform.io/hashicorp/aws\"]")));
    QCOMPARE(api->fields.value(u"id"), QJsonValue(QStringLiteral("i-0123456789abcdef0")));
    QCOMPARE(api->fields.value(u"arn"),
             QJsonValue(QStringLiteral("arn:aws:ec2:eu-central-1:111122223333:instance/i-0123456789abcdef0")));
    QCOMPARE(api->fields.value(u"region"), QJsonValue(QStringLiteral("eu-central-1")));
    QVERIFY(!api->fields.contains(u"instance_type")); // attributes are not copied
    QVERIFY(!api->fields.contains(u"status"));
    // The tainted one says so; the deposed object of the same index is no node.
    const ForeignNode *tainted = findNode(*graph, api1);
    QVERIFY(tainted);
    QCOMPARE(tainted->fields.value(u"status"), QJsonValue(QStringLiteral("tainted")));
    QCOMPARE(tainted->fields.value(u"id"), QJsonValue(QStringLiteral("i-0fedcba9876543210")));
    QCOMPARE(tainted->line, 604);
    // for_each: the key in quotes, as Terraform writes addresses.
    const ForeignNode *subnet = findNode(*graph, subnetB);
    QVERIFY(subnet);
    QCOMPARE(subnet->fields.value(u"index_key"), QJsonValue(QStringLiteral("eu-central-1b")));
    QCOMPARE(subnet->line, 424);
    // A module with for_each: the module's key is part of the address.
    const ForeignNode *bucket = findNode(*graph, bucketUs);
    QVERIFY(bucket);
    QCOMPARE(bucket->name, QStringLiteral("pay-reports-us"));
    QCOMPARE(bucket->fields.value(u"module"), QJsonValue(QStringLiteral("module.analytics[\"us\"]")));
    QCOMPARE(bucket->fields.value(u"name"), QJsonValue(QStringLiteral("pay-reports-us")));
    QCOMPARE(bucket->line, 311);
    // Without a name or tag Name the address names it (GraphImport falls back to the id).
    const ForeignNode *archive = findNode(*graph, QStringLiteral("aws_s3_bucket.archive"));
    QVERIFY(archive);
    QVERIFY(archive->name.isEmpty());
    QCOMPARE(archive->fields.value(u"provider"),
             QJsonValue(QStringLiteral("provider[\"registry.terraform.io/hashicorp/aws\"].dublin")));
    QVERIFY(!archive->fields.contains(u"module"));
    QVERIFY(!archive->fields.contains(u"index_key"));
    // Left out: data sources, IAM, the helper, attachments, the deposed object.
    for (const QString &id : {QStringLiteral("data.aws_availability_zones.available"),
                              QStringLiteral("module.payments.data.aws_ami.base"),
                              QStringLiteral("module.payments.aws_iam_role.api"),
                              QStringLiteral("google_project_iam_member.worker"),
                              QStringLiteral("random_password.db"),
                              QStringLiteral("module.payments.aws_lb_target_group_attachment.api[0]")})
        QVERIFY2(!findNode(*graph, id), qPrintable(id));
}

void tst_FormatTerraform::kinds()
{
    auto graph = readState();
    QVERIFY(graph);
    const QList<std::pair<QString, ElementKind>> expected{
        {kms, ElementKind::DataStore},
        {QStringLiteral("aws_route53_record.api"), ElementKind::Network},
        {QStringLiteral("aws_s3_bucket.archive"), ElementKind::DataStore},
        {QStringLiteral("azurerm_resource_group.backup"), ElementKind::Infrastructure},
        {QStringLiteral("kubernetes_deployment.checkout"), ElementKind::Application},
        {workerEu, ElementKind::Infrastructure},
        {bucketEu, ElementKind::DataStore},
        {QStringLiteral("module.dr.azurerm_linux_virtual_machine.standby"), ElementKind::Infrastructure},
        {QStringLiteral("module.dr.azurerm_storage_account.backup"), ElementKind::DataStore},
        {subnetA, ElementKind::Network},
        {vpc, ElementKind::Network},
        {ledger, ElementKind::DataStore},
        {api0, ElementKind::Infrastructure},
        {QStringLiteral("module.payments.aws_lb.public"), ElementKind::Network},
        {QStringLiteral("provider:aws"), ElementKind::Provider},
        {QStringLiteral("location:aws/eu-central-1"), ElementKind::Location},
    };
    for (const auto &[id, kind] : expected) {
        const ForeignNode *n = findNode(*graph, id);
        QVERIFY2(n, qPrintable(id));
        QVERIFY2(n->kind == kind, qPrintable(id));
    }
    // Functions and containers are applications.
    auto odd = Terraform::read(olderForms(), QStringLiteral("odd.tfstate"));
    QVERIFY(odd);
    QCOMPARE(findNode(*odd, QStringLiteral("google_cloud_run_v2_service.api"))->kind, ElementKind::Application);
    QCOMPARE(findNode(*odd, QStringLiteral("aws_security_group.web"))->kind, ElementKind::Network);
}

void tst_FormatTerraform::providersAndLocations()
{
    auto graph = readState();
    QVERIFY(graph);
    // One provider element per cloud, named for people, at the line of the first instance that needs it.
    const ForeignNode *aws = findNode(*graph, QStringLiteral("provider:aws"));
    QVERIFY(aws);
    QCOMPARE(aws->name, QStringLiteral("Amazon Web Services"));
    QCOMPARE(aws->type, QStringLiteral("provider"));
    QCOMPARE(aws->line, 45);
    QCOMPARE(aws->fields.value(u"sources"),
             QJsonValue(QJsonArray{QStringLiteral("registry.terraform.io/hashicorp/aws")}));
    QCOMPARE(findNode(*graph, QStringLiteral("provider:azure"))->name, QStringLiteral("Microsoft Azure"));
    QCOMPARE(findNode(*graph, QStringLiteral("provider:google"))->name, QStringLiteral("Google Cloud"));
    QCOMPARE(findNode(*graph, QStringLiteral("provider:google"))->line, 234);
    // One location per cloud and region, with the country where the table is sure of it.
    const QList<std::tuple<QString, QString, QString, int>> regions{
        {QStringLiteral("location:aws/eu-central-1"), QStringLiteral("AWS eu-central-1"), QStringLiteral("DE"), 45},
        {QStringLiteral("location:aws/eu-west-1"), QStringLiteral("AWS eu-west-1"), QStringLiteral("IE"), 102},
        {QStringLiteral("location:azure/germanywestcentral"),
         QStringLiteral("Azure germanywestcentral"),
         QStringLiteral("DE"),
         127},
        {QStringLiteral("location:google/europe-west3"),
         QStringLiteral("Google Cloud europe-west3"),
         QStringLiteral("DE"),
         234},
        {QStringLiteral("location:google/us-central1"),
         QStringLiteral("Google Cloud us-central1"),
         QStringLiteral("US"),
         284},
        {QStringLiteral("location:google/us"), QStringLiteral("Google Cloud us"), QString(), 311},
        {QStringLiteral("location:azure/westeurope"), QStringLiteral("Azure westeurope"), QStringLiteral("NL"), 334},
    };
    for (const auto &[id, name, country, line] : regions) {
        const ForeignNode *l = findNode(*graph, id);
        QVERIFY2(l, qPrintable(id));
        QCOMPARE(l->name, name);
        QCOMPARE(l->country, country);
        QCOMPARE(l->region, id.section(u'/', 1));
        QCOMPARE(l->line, line);
    }
    // Every instance needs its cloud and its region.
    QCOMPARE(edgesFrom(*graph, api0, QStringLiteral("provider")), QStringList{QStringLiteral("provider:aws")});
    QCOMPARE(edgesFrom(*graph, api0, QStringLiteral("region")),
             QStringList{QStringLiteral("location:aws/eu-central-1")});
    QCOMPARE(findEdge(*graph, api0, QStringLiteral("provider:aws"))->line, 578);
    QVERIFY(!findEdge(*graph, api0, QStringLiteral("provider:aws"))->soft);
    // The region from the arn (KMS), the "region" attribute (S3 behind an aliased provider), the availability zone,
    // Azure's location, Google's zone and a bucket's multi-region location.
    QCOMPARE(edgesFrom(*graph, kms, QStringLiteral("region")),
             QStringList{QStringLiteral("location:aws/eu-central-1")});
    QCOMPARE(edgesFrom(*graph, QStringLiteral("aws_s3_bucket.archive"), QStringLiteral("region")),
             QStringList{QStringLiteral("location:aws/eu-west-1")});
    QCOMPARE(
        edgesFrom(*graph, QStringLiteral("module.dr.azurerm_linux_virtual_machine.standby"), QStringLiteral("region")),
        QStringList{QStringLiteral("location:azure/westeurope")});
    QCOMPARE(edgesFrom(*graph, workerUs, QStringLiteral("region")),
             QStringList{QStringLiteral("location:google/us-central1")});
    QCOMPARE(edgesFrom(*graph, bucketUs, QStringLiteral("region")), QStringList{QStringLiteral("location:google/us")});
    QCOMPARE(edgesFrom(*graph, workerEu, QStringLiteral("provider")), QStringList{QStringLiteral("provider:google")});
    // A global resource has no region; a Kubernetes deployment no third-party provider.
    QVERIFY(edgesFrom(*graph, QStringLiteral("aws_route53_record.api"), QStringLiteral("region")).isEmpty());
    QCOMPARE(edgesFrom(*graph, QStringLiteral("aws_route53_record.api"), QStringLiteral("provider")),
             QStringList{QStringLiteral("provider:aws")});
    QVERIFY(edgesFrom(*graph, QStringLiteral("kubernetes_deployment.checkout"), QStringLiteral("provider")).isEmpty());
    QVERIFY(!findNode(*graph, QStringLiteral("provider:registry.terraform.io/hashicorp/kubernetes")));
    QVERIFY(!findNode(*graph, QStringLiteral("provider:registry.terraform.io/hashicorp/random")));
}

void tst_FormatTerraform::dependencies()
{
    auto graph = readState();
    QVERIFY(graph);
    // Across modules, on every instance of a count or for_each resource; IAM, data sources and the helper left out.
    QCOMPARE(edgesFrom(*graph, api0, QStringLiteral("dependency")), sorted({kms, vpc, subnetA, subnetB, ledger}));
    QCOMPARE(edgesFrom(*graph, ledger, QStringLiteral("dependency")), sorted({kms, vpc, subnetA, subnetB}));
    QCOMPARE(edgesFrom(*graph, subnetA, QStringLiteral("dependency")), QStringList{vpc});
    // Across clouds: the Azure standby needs the AWS ledger.
    QVERIFY(findEdge(*graph, QStringLiteral("module.dr.azurerm_linux_virtual_machine.standby"), ledger));
    QVERIFY(findEdge(*graph, QStringLiteral("kubernetes_deployment.checkout"), ledger));
    // Each line is where the dependency is written.
    QCOMPARE(findEdge(*graph, api0, ledger)->line, 597);
    QCOMPARE(findEdge(*graph, QStringLiteral("aws_route53_record.api"), QStringLiteral("module.payments.aws_lb.public"))
                 ->line,
             91);
    QCOMPARE(findEdge(*graph, api0, ledger)->via, QStringLiteral("dependency"));
    QVERIFY(!findEdge(*graph, api0, ledger)->soft);
    // A module instance's resources need their own module instance's: module.analytics["eu"] never reaches "us".
    QCOMPARE(edgesFrom(*graph, workerEu, QStringLiteral("dependency")), QStringList{bucketEu});
    QCOMPARE(edgesFrom(*graph, workerUs, QStringLiteral("dependency")), QStringList{bucketUs});
    // Nothing depends on what was left out, and nothing on itself.
    for (const ForeignEdge &e : graph->edges) {
        QVERIFY2(findNode(*graph, e.to), qPrintable(e.from + u' ' + e.to));
        QVERIFY(e.from != e.to);
    }
}

void tst_FormatTerraform::notesWithLines()
{
    auto graph = readState();
    QVERIFY(graph);
    const ImportNote *dangling = findNote(*graph, QStringLiteral("not in the state"));
    QVERIFY(dangling);
    QCOMPARE(dangling->reference, QStringLiteral("aws_route53_zone.main"));
    QCOMPARE(dangling->line, 88);
    QCOMPARE(dangling->file, stateName);
    QVERIFY(dangling->text.contains(QStringLiteral("aws_route53_record.api")));
    const ImportNote *data = findNote(*graph, QStringLiteral("data source"));
    QVERIFY(data);
    QCOMPARE(data->line, 24);
    QCOMPARE(data->reference, QStringLiteral("data.aws_availability_zones.available"));
    QVERIFY2(data->text.startsWith(QStringLiteral("2 data source instance")), qPrintable(data->text));
    QVERIFY2(data->text.endsWith(QStringLiteral("left out: 2")), qPrintable(data->text));
    const ImportNote *access = findNote(*graph, QStringLiteral("access-control"));
    QVERIFY(access);
    QCOMPARE(access->line, 150);
    QCOMPARE(access->reference, QStringLiteral("google_project_iam_member.worker"));
    QVERIFY2(access->text.startsWith(QStringLiteral("3 instance")), qPrintable(access->text));
    QVERIFY2(access->text.endsWith(QStringLiteral("left out: 6")), qPrintable(access->text));
    const ImportNote *helper = findNote(*graph, QStringLiteral("helper"));
    QVERIFY(helper);
    QCOMPARE(helper->line, 201);
    QVERIFY2(helper->text.contains(QStringLiteral("random_password.db")), qPrintable(helper->text));
    QVERIFY2(helper->text.endsWith(QStringLiteral("left out: 5")), qPrintable(helper->text));
    const ImportNote *attachments = findNote(*graph, QStringLiteral("attachment"));
    QVERIFY(attachments);
    QCOMPARE(attachments->line, 687);
    QVERIFY2(attachments->text.startsWith(QStringLiteral("2 attachment")), qPrintable(attachments->text));
    const ImportNote *deposed = findNote(*graph, QStringLiteral("deposed"));
    QVERIFY(deposed);
    QCOMPARE(deposed->line, 631);
    QCOMPARE(deposed->reference, api1);
    const ImportNote *tool = findNote(*graph, QStringLiteral("in-house"));
    QVERIFY(tool);
    QCOMPARE(tool->reference, QStringLiteral("registry.terraform.io/hashicorp/kubernetes"));
    QCOMPARE(tool->line, 171);
}

void tst_FormatTerraform::secretsNeverKept()
{
    auto graph = readState();
    QVERIFY(graph);
    QString everything;
    for (const ForeignNode &n : graph->nodes)
        everything += n.id + n.name + n.description + QString::fromUtf8(QJsonDocument(n.fields).toJson());
    for (const ImportNote &n : graph->notes)
        everything += n.reference + n.text;
    for (const QString &secret : secrets)
        QVERIFY2(!everything.contains(secret), qPrintable(secret));
    // A value Terraform marks sensitive is never kept, not even a name: the address names the element then.
    auto odd = Terraform::read(olderForms(), QStringLiteral("odd.tfstate"));
    QVERIFY2(odd, qPrintable(odd ? QString() : odd.error().toString()));
    const ForeignNode *orders
        = findNode(*odd, QStringLiteral("module.shard[2].aws_dynamodb_table.orders[\"say \\\"hi\\\"\\\\now\"]"));
    QVERIFY(orders);
    QVERIFY(!orders->fields.contains(u"name"));
    QVERIFY(orders->name.isEmpty());
    QCOMPARE(orders->fields.value(u"id"), QJsonValue(QStringLiteral("orders")));
    // A sensitive path this reader cannot follow: no value of that instance is kept (nor a region taken from one).
    QByteArray bytes = state();
    const QByteArray empty = R"("sensitive_attributes": [])";
    bytes.replace(bytes.indexOf(empty, bytes.indexOf(R"("type": "aws_kms_key")")),
                  empty.size(),
                  R"("sensitive_attributes": [[{"type": "index", "value": {"value": 0, "type": "number"}}]])");
    auto unclear = Terraform::read(bytes, stateName);
    QVERIFY(unclear);
    const ForeignNode *key = findNode(*unclear, kms);
    QVERIFY(key);
    QVERIFY(key->name.isEmpty());
    QVERIFY(!key->fields.contains(u"id"));
    QVERIFY(!key->fields.contains(u"arn"));
    QVERIFY(!key->fields.contains(u"region"));
    QVERIFY(edgesFrom(*unclear, kms, QStringLiteral("region")).isEmpty());
    QCOMPARE(edgesFrom(*unclear, kms, QStringLiteral("provider")), QStringList{QStringLiteral("provider:aws")});
}

void tst_FormatTerraform::olderAndOtherForms()
{
    auto graph = Terraform::read(olderForms(), QStringLiteral("odd.tfstate"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->nodes.size(), 5 + 3 + 4);
    // Terraform 0.12's provider.aws with an alias, 0.11's attributes_flat (tags.Name), depends_on.
    const ForeignNode *web = findNode(*graph, QStringLiteral("aws_instance.web[0]"));
    QVERIFY(web);
    QCOMPARE(web->name, QStringLiteral("web-0"));
    QCOMPARE(web->fields.value(u"id"), QJsonValue(QStringLiteral("i-0web0")));
    QVERIFY(findEdge(*graph, web->id, QStringLiteral("aws_security_group.web")));
    QVERIFY(findEdge(*graph, web->id, QStringLiteral("location:aws/us-east-1")));
    QCOMPARE(findNode(*graph, QStringLiteral("location:aws/us-east-1"))->country, QStringLiteral("US"));
    // OpenTofu's registry: the same AWS.
    const ForeignNode *aws = findNode(*graph, QStringLiteral("provider:aws"));
    QVERIFY(aws);
    QCOMPARE(aws->fields.value(u"sources"),
             QJsonValue(QJsonArray{QStringLiteral("registry.terraform.io/hashicorp/aws"),
                                   QStringLiteral("registry.opentofu.org/hashicorp/aws")}));
    QVERIFY(findNode(*graph, QStringLiteral("location:aws/eu-west-3")));
    // google-beta is Google Cloud.
    QVERIFY(findEdge(*graph, QStringLiteral("google_cloud_run_v2_service.api"), QStringLiteral("provider:google")));
    QCOMPARE(findNode(*graph, QStringLiteral("location:google/europe-west1"))->country, QStringLiteral("BE"));
    // A provider this reader does not know, configured in a module: its bare address, and its "region" as a region
    // without a country.
    const ForeignNode *widgets = findNode(*graph, QStringLiteral("provider:example.com/acme/widgets"));
    QVERIFY(widgets);
    QCOMPARE(widgets->name, QStringLiteral("example.com/acme/widgets"));
    const ForeignNode *north = findNode(*graph, QStringLiteral("location:widgets/north"));
    QVERIFY(north);
    QCOMPARE(north->name, QStringLiteral("widgets north"));
    QVERIFY(north->country.isEmpty());
    QVERIFY(graph->notes.isEmpty());
}

void tst_FormatTerraform::keysAreDistinctAndValid()
{
    for (const QByteArray &bytes : {state(), olderForms()}) {
        auto graph = Terraform::read(bytes, stateName);
        QVERIFY(graph);
        QSet<QString> keys;
        for (const ForeignNode &n : graph->nodes) {
            const QString key = tf(n.id);
            QVERIFY2(Validation::isValidKey(key), qPrintable(key));
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
        }
    }
    // Addresses without brackets are keys as they are.
    QCOMPARE(tf(vpc), QStringLiteral("tf:module.network.aws_vpc.main"));
    QCOMPARE(tf(QStringLiteral("location:aws/eu-central-1")), QStringLiteral("tf:location:aws/eu-central-1"));
    QVERIFY(tf(api0).startsWith(QStringLiteral("tf:module.payments.aws_instance.api-0--")));
}

void tst_FormatTerraform::refusals_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");

    QTest::newRow("versionAsText") << QByteArray(R"("version": 4,)") << QByteArray(R"("version": "4",)")
                                   << QStringLiteral("version") << 2;
    QTest::newRow("noVersion") << QByteArray(R"("version": 4,)") << QByteArray(R"("serial_": 4,)")
                               << QStringLiteral("version") << 1;
    QTest::newRow("showJson") << QByteArray(R"("version": 4,)") << QByteArray(R"("format_version": "1.0",)")
                              << QStringLiteral("format_version") << 1;
    QTest::newRow("encrypted") << QByteArray(R"("serial": 147,)")
                               << QByteArray(R"("serial": 147, "encrypted_data": "c2VjcmV0",)")
                               << QStringLiteral("encrypted_data") << 1;
    QTest::newRow("resourcesNotAList") << QByteArray(R"("resources": [)")
                                       << QByteArray(R"("resources": "all", "resources_": [)")
                                       << QStringLiteral("resources") << 17;
    QTest::newRow("resourceNotAnObject") << QByteArray(R"("resources": [)")
                                         << QByteArray("\"resources\": [\n    \"aws_vpc.main\",")
                                         << QStringLiteral("resources[0]") << 18;
    QTest::newRow("badMode") << QByteArray(R"("mode": "data",)") << QByteArray(R"("mode": "resource",)")
                             << QStringLiteral("resources[0].mode") << 18;
    QTest::newRow("badType") << QByteArray(R"("type": "aws_kms_key",)") << QByteArray(R"("type": "aws kms key",)")
                             << QStringLiteral("resources[1].type") << 39;
    QTest::newRow("noName") << QByteArray(R"("name": "ledger",)") << QByteArray(R"("nam": "ledger",)")
                            << QStringLiteral("resources[1].name") << 39;
    QTest::newRow("badModule") << QByteArray(R"("module": "module.dr",)") << QByteArray(R"("module": "modules.dr",)")
                               << QStringLiteral("resources[12].module") << 327;
    QTest::newRow("badProvider") << QByteArray(R"("provider": "provider[\"registry.terraform.io/hashicorp/random\"]")")
                                 << QByteArray(R"("provider": "random")") << QStringLiteral("resources[7].provider")
                                 << 195;
    QTest::newRow("instancesNotAList") << QByteArray(R"("instances": [)")
                                       << QByteArray(R"("instances": 1, "instances_": [)")
                                       << QStringLiteral("resources[0].instances") << 18;
    QTest::newRow("instanceNotAnObject") << QByteArray(R"("instances": [)")
                                         << QByteArray("\"instances\": [\n        42,")
                                         << QStringLiteral("resources[0].instances[0]") << 24;
    QTest::newRow("instanceWithoutAttributes") << QByteArray(R"("attributes": {)") << QByteArray(R"("values": {)")
                                               << QStringLiteral("resources[0].instances[0].attributes") << 24;
    QTest::newRow("indexKeyFraction") << QByteArray(R"("index_key": 0,)") << QByteArray(R"("index_key": 0.5,)")
                                      << QStringLiteral("resources[20].instances[0].index_key") << 578;
    QTest::newRow("indexKeyBoolean") << QByteArray(R"("index_key": 1,)") << QByteArray(R"("index_key": true,)")
                                     << QStringLiteral("resources[20].instances[1].index_key") << 604;
    QTest::newRow("dependenciesNotAList")
        << QByteArray("\"dependencies\": [\n            \"aws_route53_zone.main\",")
        << QByteArray("\"dependencies\": \"aws_route53_zone.main\", \"x\": [\n            \"aws_route53_zone.main\",")
        << QStringLiteral("resources[2].instances[0].dependencies") << 69;
    QTest::newRow("dependencyNotAnAddress")
        << QByteArray(R"("module.payments.aws_lb.public")") << QByteArray(R"("module.payments.aws_lb")")
        << QStringLiteral("resources[2].instances[0].dependencies[3]") << 91;
    QTest::newRow("dependencyNotAText") << QByteArray(R"("aws_route53_zone.main",)") << QByteArray("17,")
                                        << QStringLiteral("resources[2].instances[0].dependencies[0]") << 88;
    QTest::newRow("sensitiveNotAList") << QByteArray(R"("sensitive_attributes": [])")
                                       << QByteArray(R"("sensitive_attributes": {})")
                                       << QStringLiteral("resources[0].instances[0].sensitive_attributes") << 24;
    QTest::newRow("notAnObject") << state() << QByteArray("[4]") << QString() << 1;
    QTest::newRow("truncated") << state().mid(state().size() / 2) << QByteArray() << QString() << 370;
    QTest::newRow("badUtf8") << QByteArray(R"("identifier": "pay-ledger",)")
                             << QByteArray("\"identifier\": \"pay-\xff-ledger\",") << QString() << 502;
}

void tst_FormatTerraform::refusals()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, field);
    QFETCH(int, line);
    auto graph = Terraform::read(changed(from, to), stateName);
    QVERIFY(!graph);
    QCOMPARE(graph.error().file, stateName);
    QCOMPARE(graph.error().field, field);
    QCOMPARE(graph.error().line, line);
    QVERIFY(!graph.error().message.isEmpty());
    // The whole import is refused: nothing is written (the Importer stops at the reader's error).
    const QString path = writeFile(m_dir, QStringLiteral("bad.tfstate"), changed(from, to));
    auto service = test::openService(m_dir.filePath(QStringLiteral("refused.bulwark")));
    QVERIFY(service);
    exchange::ImportOptions options;
    options.format = Format::TerraformState;
    QVERIFY(!Importer::run(*service, path, options));
    QVERIFY(service->elements().isEmpty());
}

void tst_FormatTerraform::refusesOtherVersions()
{
    for (const QByteArray &version : {QByteArray("3"), QByteArray("5")}) {
        auto graph = Terraform::read(changed(R"("version": 4,)", "\"version\": " + version + ','), stateName);
        QVERIFY(!graph);
        QCOMPARE(graph.error().code, Error::Code::Unsupported);
        QCOMPARE(graph.error().field, QStringLiteral("version"));
        QCOMPARE(graph.error().line, 2);
        QVERIFY2(graph.error().message.contains(QStringLiteral("version %1").arg(QString::fromLatin1(version))),
                 qPrintable(graph.error().toString()));
        QVERIFY(graph.error().message.contains(QStringLiteral("only version 4")));
    }
    // `terraform show -json` says which file to take instead.
    auto show = Terraform::read(R"({"format_version": "1.0", "terraform_version": "1.9.8", "values": {}})",
                                QStringLiteral("show.json"));
    QVERIFY(!show);
    QVERIFY2(show.error().message.contains(QStringLiteral("terraform state pull")), qPrintable(show.error().message));
}

void tst_FormatTerraform::refusesDeepNesting()
{
    const QByteArray head = R"({"version": 4, "resources": [{"mode": "managed", "type": "aws_instance", "name": "x",
        "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]", "instances": [{"attributes": {"tags": )";
    QElapsedTimer timer;
    timer.start();
    // 100,000 levels: QJsonDocument refuses it.
    auto deep = Terraform::read(head + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}}]}]}",
                                QStringLiteral("deep.tfstate"));
    QVERIFY(!deep);
    QCOMPARE(deep.error().line, 2);
    // 300 levels are JSON QJsonDocument takes; the reader keeps to ReadLimits::maxDepth.
    auto nested = Terraform::read(head + QByteArray(300, '[') + QByteArray(300, ']') + "}}]}]}",
                                  QStringLiteral("nested.tfstate"));
    QVERIFY(!nested);
    QVERIFY2(nested.error().message.contains(QStringLiteral("nested more than 256")),
             qPrintable(nested.error().toString()));
    QCOMPARE(nested.error().line, 2);
    // 250 levels are fine.
    auto fine = Terraform::read(head + QByteArray(250, '[') + QByteArray(250, ']') + "}}]}]}",
                                QStringLiteral("fine.tfstate"));
    QVERIFY2(fine, qPrintable(fine ? QString() : fine.error().toString()));
    QCOMPARE(fine->nodes.size(), 2); // the instance and AWS
    QVERIFY(timer.elapsed() < 5000);
    // The sniffer on the first 64 KiB of deep nesting: no crash, no claim.
    QCOMPARE(Terraform::sniff(QByteArray(64 * 1024, '[')), 0);
    QCOMPARE(Terraform::sniff(QByteArray(R"({"version": 4, "lineage": "x", "a": )") + QByteArray(64 * 1024, '{')), 90);
}

void tst_FormatTerraform::hugeValue()
{
    // A 48 MB user_data (and a 1 MB name) is read and not kept (the name is: it is the name).
    QByteArray bytes = R"({"version": 4, "terraform_version": "1.9.8", "lineage": "l", "resources": [
        {"mode": "managed", "type": "aws_instance", "name": "big",
         "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
         "instances": [{"attributes": {"id": "i-1", "region": "eu-west-3", "user_data": ")";
    bytes += QByteArray(48 << 20, 'A');
    bytes += R"("}}]}]})";
    QElapsedTimer timer;
    timer.start();
    auto graph = Terraform::read(bytes, QStringLiteral("big.tfstate"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->nodes.size(), 3);
    QVERIFY(!graph->nodes.first().fields.contains(u"user_data"));
    QCOMPARE(graph->nodes.last().country, QStringLiteral("FR"));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void tst_FormatTerraform::manyInstances()
{
    // 20,000 count instances that each need a VPC: read and keyed in well under the time the fuzz replay allows.
    QByteArray bytes = R"({"version": 4, "terraform_version": "1.9.8", "lineage": "l", "resources": [
{"mode": "managed", "type": "aws_vpc", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
 "instances": [{"attributes": {"id": "vpc-1", "arn": "arn:aws:ec2:eu-north-1:1:vpc/vpc-1"}}]},
{"mode": "managed", "type": "aws_instance", "name": "web", "each": "list",
 "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]", "instances": [
)";
    for (int i = 0; i < 20'000; ++i) {
        bytes += QStringLiteral(R"({"index_key": %1, "attributes": {"id": "i-%1", "availability_zone": "eu-north-1a"},)"
                                R"( "dependencies": ["aws_vpc.main", "aws_vpc.gone"]})")
                     .arg(i)
                     .toUtf8();
        bytes += i + 1 < 20'000 ? ",\n" : "\n";
    }
    bytes += "]}]}";
    QElapsedTimer timer;
    timer.start();
    auto graph = Terraform::read(bytes, QStringLiteral("many.tfstate"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    QCOMPARE(graph->nodes.size(), 20'001 + 1 + 1);
    QCOMPARE(graph->edges.size(), 20'000 * 3 + 2);
    QCOMPARE(graph->notes.size(), 1); // aws_vpc.gone: once for the resource, not once per instance
    QCOMPARE(graph->notes.first().line, 6);
    QList<ImportNote> notes;
    GraphImportOptions options;
    options.prefix = QStringLiteral("tf:");
    QVERIFY(GraphImport::toChanges(*graph, options, stateName, nullptr, notes));
    QCOMPARE(findNode(*graph, QStringLiteral("aws_instance.web[19999]"))->line, 20'005);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void tst_FormatTerraform::emptyState()
{
    // A fresh workspace's state: no resources, no notes.
    auto graph = Terraform::read(R"({"version": 4, "terraform_version": "1.9.8", "serial": 1, "lineage": "l",
        "outputs": {}, "resources": [], "check_results": null})",
                                 QStringLiteral("empty.tfstate"));
    QVERIFY(graph);
    QVERIFY(graph->nodes.isEmpty());
    QVERIFY(graph->edges.isEmpty());
    QVERIFY(graph->notes.isEmpty());
}

void tst_FormatTerraform::sniffing()
{
    QCOMPARE(Terraform::sniff(state()), 100);
    QCOMPARE(Terraform::sniff("\xEF\xBB\xBF" + state()), 100);
    QCOMPARE(Terraform::sniff(olderForms()), 100);
    QCOMPARE(Terraform::sniff(R"({"version": 4, "lineage": "x", "resources": []})"), 90);
    QCOMPARE(Terraform::sniff(R"({"version": 4, "resources": []})"), 50);
    QCOMPARE(Terraform::sniff(R"({"version": 3, "terraform_version": "0.11.14", "lineage": "x"})"), 0);
    QCOMPARE(Terraform::sniff(R"({"version": "4", "terraform_version": "1.0", "lineage": "x"})"), 0);
    // "version": 4 inside something else is not the state's version.
    QCOMPARE(Terraform::sniff(R"({"meta": {"version": 4}, "terraform_version": "1.0", "lineage": "x"})"), 0);
    // A CycloneDX BOM has a "version" too (the BOM's); `terraform show -json` has none.
    QCOMPARE(Terraform::sniff(R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 4, "lineage": "x"})"), 0);
    QCOMPARE(Terraform::sniff(R"({"format_version": "1.0", "terraform_version": "1.9.8", "values": {}})"), 0);
    const QByteArray own = JsonFormat::write(RegisterData{});
    QCOMPARE(Terraform::sniff(own), 0);
    QCOMPARE(Terraform::sniff(""), 0);
    QCOMPARE(Terraform::sniff("[]"), 0);
    QString reason;
    QCOMPARE(FormatRegistry::detectContent(QStringLiteral("prod.json"), state(), &reason), Format::TerraformState);
    QVERIFY(reason.contains(QStringLiteral("Terraform state")));
    QCOMPARE(FormatRegistry::detectContent(QStringLiteral("x.json"), own), Format::Json);
    QCOMPARE(FormatRegistry::detect(QStringLiteral("prod.tfstate")), Format::TerraformState);
    QCOMPARE(FormatRegistry::recognise(QStringLiteral("prod.tfstate"))->format, Format::TerraformState);
    const auto info = FormatRegistry::fromId(u"terraform");
    QVERIFY(info && info->isGraph());
    QCOMPARE(info->defaultPrefix, QStringLiteral("tf:"));
    QVERIFY(FormatRegistry::idChoices(FormatUse::Read).contains(QStringLiteral("terraform")));
    QVERIFY(!FormatRegistry::ids(FormatUse::Write).contains(QStringLiteral("terraform")));
}

void tst_FormatTerraform::samplesKeepTheirFormat()
{
    // Every real sample of every format is detected as before: the Terraform sniffer claims none of them.
    const QString root = QStringLiteral(BULWARK_SAMPLES_DIR);
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.startsWith(QStringLiteral("LICENSE")) || name.startsWith(QStringLiteral("NOTICE"))
            || name.endsWith(QStringLiteral(".md")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(64 * 1024);
        QVERIFY2(Terraform::sniff(head) == 0, qPrintable(path));
        const Format format = FormatRegistry::detectContent(path, head);
        QVERIFY2(format != Format::TerraformState, qPrintable(path));
        const QString folder = QDir(root).relativeFilePath(path).section(u'/', 0, 0);
        std::optional<Format> expected;
        if (folder == u"backstage")
            expected = Format::Backstage;
        else if (folder == u"cyclonedx")
            expected = Format::CycloneDx;
        else if (folder == u"structurizr" && name.endsWith(QStringLiteral(".json")))
            expected = Format::Structurizr;
        else if (folder == u"graphml")
            expected = Format::GraphMl;
        else if (folder == u"dot")
            expected = Format::Dot;
        if (expected)
            QVERIFY2(format == *expected, qPrintable(path));
        ++checked;
    }
    QVERIFY(checked >= 30);
}

void tst_FormatTerraform::importIntoAFreshRegister()
{
    auto service = test::openService(m_dir.filePath(QStringLiteral("fresh.bulwark")));
    QVERIFY(service);
    exchange::ImportOptions options; // recognised from the content
    ImportReport report;
    auto summary = Importer::run(*service, statePath(), options, Actor::current(), nullptr, &report);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(report.format, Format::TerraformState);
    QCOMPARE(report.notes.size(), 7);
    QCOMPARE(summary->elements.added, qsizetype(28));
    QCOMPARE(summary->dependencies.added, qsizetype(72));
    const Element ledgerElement = service->elements().value(tf(ledger));
    QCOMPARE(ledgerElement.kind, ElementKind::DataStore);
    QCOMPARE(ledgerElement.name, QStringLiteral("pay-ledger"));
    QCOMPARE(ledgerElement.attributes.value(GraphImport::sourceAttribute()), QJsonValue(stateName));
    QCOMPARE(ledgerElement.attributes.value(GraphImport::idAttribute()), QJsonValue(ledger));
    QCOMPARE(ledgerElement.attributes.value(u"arn"),
             QJsonValue(QStringLiteral("arn:aws:rds:eu-central-1:111122223333:db:pay-ledger")));
    const Element frankfurt = service->elements().value(QStringLiteral("tf:location:aws/eu-central-1"));
    QCOMPARE(frankfurt.kind, ElementKind::Location);
    QCOMPARE(frankfurt.country, QStringLiteral("DE"));
    QCOMPARE(frankfurt.region, QStringLiteral("eu-central-1"));
    QCOMPARE(service->elements().value(QStringLiteral("tf:provider:aws")).kind, ElementKind::Provider);
    QVERIFY(service->dependencies().contains(dependencyId(tf(api0), tf(ledger))));
    QVERIFY(service->dependencies().contains(dependencyId(tf(api0), QStringLiteral("tf:provider:aws"))));
    QCOMPARE(service->dependencies().value(dependencyId(tf(api0), tf(ledger))).attributes.value(u"relation"),
             QJsonValue(QStringLiteral("dependency")));
    // No secret reaches the register.
    const QString exported = QString::fromUtf8(JsonFormat::write(service->snapshot()));
    for (const QString &secret : secrets)
        QVERIFY2(!exported.contains(secret), qPrintable(secret));
}

void tst_FormatTerraform::reimportIsIdempotent()
{
    auto service = test::openService(m_dir.filePath(QStringLiteral("again.bulwark")));
    QVERIFY(service);
    exchange::ImportOptions options;
    QVERIFY(Importer::run(*service, statePath(), options));
    // What people set stays when the same state comes again.
    ChangeSet edit;
    Element vpcElement = service->elements().value(tf(vpc));
    QVERIFY(!vpcElement.key.isEmpty());
    vpcElement.owner = QStringLiteral("Network team");
    vpcElement.rtoMin = 60;
    edit.add(vpcElement);
    QVERIFY(service->apply(edit));
    const RegisterData before = service->snapshot();
    auto again = Importer::run(*service, statePath(), options);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QVERIFY(again->isEmpty());
    QCOMPARE(service->snapshot(), before);
    QCOMPARE(service->elements().value(tf(vpc)).owner, QStringLiteral("Network team"));
    QCOMPARE(service->elements().value(tf(vpc)).rtoMin, std::optional<int>(60));
}

void tst_FormatTerraform::pruneIsScopedToTheSource()
{
    auto service = test::openService(m_dir.filePath(QStringLiteral("prune.bulwark")));
    QVERIFY(service);
    ChangeSet own;
    own.add(test::element(QStringLiteral("F-PAY"), ElementKind::Function, QStringLiteral("Payments")));
    QVERIFY(service->apply(own));
    exchange::ImportOptions prod;
    prod.source = QStringLiteral("prod");
    QVERIFY(Importer::run(*service, statePath(), prod));
    // Another workspace, its own source and prefix.
    exchange::ImportOptions legacy;
    legacy.source = QStringLiteral("legacy");
    legacy.prefix = QStringLiteral("tf-legacy:");
    QVERIFY(Importer::run(*service, writeFile(m_dir, QStringLiteral("legacy.tfstate"), olderForms()), legacy));
    QCOMPARE(service->elements().size(), qsizetype(1 + 28 + 12));
    // A newer prod state without the load balancer (the route53 record's dependency on it goes too).
    QByteArray newer = state();
    const qsizetype from = newer.indexOf(R"("type": "aws_lb",)");
    const qsizetype start = newer.lastIndexOf("\n    {\n", from) + 1;
    const qsizetype end = newer.indexOf("\n    {\n", from) + 1;
    newer.remove(start, end - start);
    prod.prune = true;
    ImportReport report;
    auto summary = Importer::run(
        *service, writeFile(m_dir, QStringLiteral("newer.tfstate"), newer), prod, Actor::current(), nullptr, &report);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->removedElements, QStringList{QStringLiteral("tf:module.payments.aws_lb.public")});
    QVERIFY(service->elements().contains(QStringLiteral("F-PAY")));
    QVERIFY(service->elements().contains(QStringLiteral("tf-legacy:provider:aws")));
    QVERIFY(service->elements().contains(tf(vpc)));
    QCOMPARE(service->elements().size(), qsizetype(1 + 27 + 12));
    QVERIFY(!service->dependencies().contains(dependencyId(tf(QStringLiteral("aws_route53_record.api")),
                                                           QStringLiteral("tf:module.payments.aws_lb.public"))));
}

void tst_FormatTerraform::mappingLinksAFunctionAndConcentrationFollows()
{
    auto service = test::openService(m_dir.filePath(QStringLiteral("mapping.bulwark")));
    QVERIFY(service);
    ChangeSet own;
    Element pay = test::element(QStringLiteral("F-PAY"), ElementKind::Function, QStringLiteral("Payments"));
    pay.criticality = Criticality::Critical;
    own.add(pay);
    QVERIFY(service->apply(own));
    const QString mapping = writeFile(m_dir, QStringLiteral("tf-map.yaml"), R"(rules:
  - match: {type: aws_instance, fields: {module: module.payments}}
    supports: [F-PAY]
  - match: {type: "google_*", kind: data_store}
    set: {owner: Analytics}
    tags: [reports]
)");
    exchange::ImportOptions options;
    options.mappingPath = mapping;
    auto summary = Importer::run(*service, statePath(), options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(service->dependencies().value(dependencyId(QStringLiteral("F-PAY"), tf(api0))).strength, Strength::Hard);
    QVERIFY(service->dependencies().contains(dependencyId(QStringLiteral("F-PAY"), tf(api1))));
    const Element bucket = service->elements().value(tf(bucketEu));
    QCOMPARE(bucket.owner, QStringLiteral("Analytics"));
    QVERIFY(bucket.tags.contains(QStringLiteral("reports")));
    QVERIFY(service->elements().value(tf(workerEu)).owner.isEmpty());
    // The payments function rests on AWS in Frankfurt, in Germany; not on Azure or Google.
    const auto snapshot = analysis::GraphSnapshot::fromRegister(service->snapshot());
    const analysis::ConcentrationResult concentration = analysis::analyseConcentration(*snapshot);
    QCOMPARE(concentration.criticalFunctionCount, 1);
    QHash<QString, int> byProvider, byLocation;
    for (const analysis::ConcentrationEntry &e : concentration.providers)
        byProvider.insert(snapshot->key(e.element), e.criticalFunctions);
    for (const analysis::ConcentrationEntry &e : concentration.locations)
        byLocation.insert(snapshot->key(e.element), e.criticalFunctions);
    QCOMPARE(byProvider.value(QStringLiteral("tf:provider:aws")), 1);
    QCOMPARE(byProvider.value(QStringLiteral("tf:provider:azure")), 0);
    QCOMPARE(byProvider.value(QStringLiteral("tf:provider:google")), 0);
    QCOMPARE(byLocation.value(QStringLiteral("tf:location:aws/eu-central-1")), 1);
    QCOMPARE(byLocation.value(QStringLiteral("tf:location:aws/eu-west-1")), 0);
    QCOMPARE(concentration.countries.front().country, QStringLiteral("DE"));
    QCOMPARE(concentration.countries.front().criticalFunctions, 1);
    // Again with the same mapping: nothing changes.
    auto again = Importer::run(*service, statePath(), options);
    QVERIFY(again && again->isEmpty());
}

QTEST_GUILESS_MAIN(tst_FormatTerraform)
#include "tst_format_terraform.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formats/terraform.h"

#include "model/exchange/formats/jsondocument.h"
#include "model/exchange/formats/jsonscan.h"
#include "model/exchange/textchecks.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace bulwark::exchange {
namespace {

Error formatError(const QString &file, int line, const QString &field, const QString &text)
{
    return readError(file, line, text, field);
}

// Lines. QJsonDocument keeps none, so one pass over the bytes, without recursion, finds the line of each resource,
// instance and dependency, and (for the sniffer) the members of the root object.

/// What the pass over the bytes finds.
struct Outline {
    int versionLine = 0;
    int resourcesLine = 0;
    QList<int> resources;                  ///< the line of each item of "resources"
    QList<QList<int>> instances;           ///< [resource][instance]
    QList<QList<QList<int>>> dependencies; ///< [resource][instance][dependency]
    QSet<QByteArray> rootMembers;
    QByteArray version;  ///< the root's "version" as written when it is not a text ("4"), else empty
    int tooDeepLine = 0; ///< where nesting passed ReadLimits::maxDepth, or 0

    int resourceLine(qsizetype r) const { return resources.value(r, resourcesLine); }
    int instanceLine(qsizetype r, qsizetype i) const
    {
        return r < instances.size() ? instances.at(r).value(i, resourceLine(r)) : resourceLine(r);
    }
    int dependencyLine(qsizetype r, qsizetype i, qsizetype d) const
    {
        if (r < dependencies.size() && i < dependencies.at(r).size())
            return dependencies.at(r).at(i).value(d, instanceLine(r, i));
        return instanceLine(r, i);
    }
};

bool isDelimiter(char c)
{
    switch (c) {
        case ',':
        case ':':
        case '{':
        case '}':
        case '[':
        case ']':
        case '"':
        case ' ':
        case '\t':
        case '\r':
        case '\n': return true;
        default: return false;
    }
}

/// Any bytes are safe here (the sniffer gives it the start of any file): nothing is assumed about their form.
Outline outline(QByteArrayView bytes)
{
    enum class Role : quint8 { Other, Root, Resources, Resource, Instances, Instance, Dependencies };
    struct Frame {
        Role role = Role::Other;
        bool isArray = false;
        bool expectKey = false;
        QByteArrayView key;
    };
    Outline o;
    std::vector<Frame> stack;
    int line = 1;
    // At the start of every value: records its line where it is one we look for, and says what a container holds.
    auto value = [&](bool isArray, bool isObject, QByteArrayView scalar) {
        if (stack.empty())
            return isObject ? Role::Root : Role::Other;
        const Frame &parent = stack.back();
        if (parent.isArray) {
            switch (parent.role) {
                case Role::Resources:
                    o.resources.append(line);
                    o.instances.append(QList<int>());
                    o.dependencies.append(QList<QList<int>>());
                    return isObject ? Role::Resource : Role::Other;
                case Role::Instances:
                    o.instances.last().append(line);
                    o.dependencies.last().append(QList<int>());
                    return isObject ? Role::Instance : Role::Other;
                case Role::Dependencies:
                    if (!o.dependencies.last().isEmpty())
                        o.dependencies.last().last().append(line);
                    return Role::Other;
                default: return Role::Other;
            }
        }
        if (parent.role == Role::Root) {
            o.rootMembers.insert(parent.key.toByteArray());
            if (parent.key == "version") {
                o.versionLine = line;
                o.version = scalar.toByteArray();
            } else if (parent.key == "resources") {
                // A member given twice: QJsonDocument keeps the last, and so do the lines.
                o.resourcesLine = line;
                o.resources.clear();
                o.instances.clear();
                o.dependencies.clear();
                if (isArray)
                    return Role::Resources;
            }
        } else if (parent.role == Role::Resource && isArray && parent.key == "instances") {
            o.instances.last().clear();
            o.dependencies.last().clear();
            return Role::Instances;
        } else if (parent.role == Role::Instance && isArray
                   && (parent.key == "dependencies" || parent.key == "depends_on")) {
            return Role::Dependencies;
        }
        return Role::Other;
    };
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = bytes[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (c == '\r') {
            if (i + 1 >= n || bytes[i + 1] != '\n')
                ++line;
            ++i;
        } else if (c == ' ' || c == '\t' || c == ':') {
            ++i;
        } else if (c == ',') {
            if (!stack.empty() && !stack.back().isArray)
                stack.back().expectKey = true;
            ++i;
        } else if (c == '{' || c == '[') {
            const Role role = value(c == '[', c == '{', {});
            if (stack.size() >= std::size_t(ReadLimits::maxDepth)) {
                o.tooDeepLine = line;
                return o;
            }
            stack.push_back({role, c == '[', c == '{', {}});
            ++i;
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            ++i;
        } else if (c == '"') {
            qsizetype j = i + 1;
            while (j < n && bytes[j] != '"') {
                if (bytes[j] == '\\')
                    ++j;
                else if (bytes[j] == '\n')
                    ++line; // not JSON; counted all the same
                ++j;
            }
            const QByteArrayView text = bytes.sliced(i + 1, std::min(j, n) - i - 1);
            if (!stack.empty() && !stack.back().isArray && stack.back().expectKey) {
                stack.back().key = text;
                stack.back().expectKey = false;
            } else {
                value(false, false, {});
            }
            i = j + 1;
        } else {
            qsizetype j = i;
            while (j < n && !isDelimiter(bytes[j]))
                ++j;
            value(false, false, bytes.sliced(i, j - i));
            i = j;
        }
    }
    return o;
}

// Addresses, as Terraform writes them.

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

/// The name (identifier) at `at`, moving past it; empty when there is none.
QStringView readName(QStringView s, qsizetype &at)
{
    if (at >= s.size() || !isNameStart(s[at]))
        return {};
    const qsizetype start = at;
    while (at < s.size() && isNameChar(s[at]))
        ++at;
    return s.sliced(start, at - start);
}

/// The instance key at `at` (which is at '['): `[0]` or `["a"]`; the text between the brackets, moving past them.
std::optional<QStringView> readKey(QStringView s, qsizetype &at)
{
    qsizetype i = at + 1;
    if (i < s.size() && s[i] == u'"') {
        ++i;
        while (i < s.size() && s[i] != u'"')
            i += s[i] == u'\\' ? 2 : 1;
        if (i >= s.size())
            return std::nullopt;
        ++i;
    } else {
        const qsizetype digits = i;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9')
            ++i;
        if (i == digits)
            return std::nullopt;
    }
    if (i >= s.size() || s[i] != u']')
        return std::nullopt;
    const QStringView key = s.sliced(at + 1, i - at - 1);
    at = i + 1;
    return key;
}

/// One step of a module instance's path: `module.app["blue"]` is {app, "blue" in its quotes}.
struct ModuleStep {
    QString name;
    QString key; ///< as written between the brackets; empty without
};

/// A module instance's address (`module.network`, `module.app["blue"].module.db[0]`) as its steps.
std::optional<QList<ModuleStep>> parseModule(QStringView s)
{
    QList<ModuleStep> steps;
    qsizetype at = 0;
    while (true) {
        if (!s.sliced(at).startsWith(u"module."))
            return std::nullopt;
        at += 7;
        const QStringView name = readName(s, at);
        if (name.isEmpty())
            return std::nullopt;
        ModuleStep step{name.toString(), QString()};
        if (at < s.size() && s[at] == u'[') {
            const auto key = readKey(s, at);
            if (!key)
                return std::nullopt;
            step.key = key->toString();
        }
        steps.append(step);
        if (at == s.size())
            return steps;
        if (s[at] != u'.')
            return std::nullopt;
        ++at;
    }
}

/// A resource as an instance's `dependencies` name it: module names (without instance keys) and the resource.
struct ConfigAddress {
    QString text; ///< `module.a.module.b.aws_x.y`, `data.aws_x.y`: instance keys, which old states wrote, left out
    QStringList modules;
    bool data = false;
};

QString configText(const QStringList &modules, bool data, QStringView type, QStringView name)
{
    QString text;
    for (const QString &m : modules)
        text += QStringLiteral("module.") + m + u'.';
    if (data)
        text += QStringLiteral("data.");
    text += type;
    text += u'.';
    text += name;
    return text;
}

std::optional<ConfigAddress> parseDependency(QStringView s)
{
    ConfigAddress a;
    qsizetype at = 0;
    while (s.sliced(at).startsWith(u"module.")) {
        at += 7;
        const QStringView name = readName(s, at);
        if (name.isEmpty())
            return std::nullopt;
        if (at < s.size() && s[at] == u'[' && !readKey(s, at))
            return std::nullopt;
        if (at >= s.size() || s[at] != u'.')
            return std::nullopt;
        ++at;
        a.modules << name.toString();
    }
    if (s.sliced(at).startsWith(u"data.")) {
        a.data = true;
        at += 5;
    }
    const QStringView type = readName(s, at);
    if (type.isEmpty() || at >= s.size() || s[at] != u'.')
        return std::nullopt;
    ++at;
    const QStringView name = readName(s, at);
    if (name.isEmpty())
        return std::nullopt;
    if (at < s.size() && s[at] == u'[' && !readKey(s, at))
        return std::nullopt;
    if (at != s.size())
        return std::nullopt;
    a.text = configText(a.modules, a.data, type, name);
    return a;
}

/// A text instance key in the quotes Terraform writes addresses with (HCL's string syntax).
QString quoted(const QString &key)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const QChar next = i + 1 < key.size() ? key.at(i + 1) : QChar();
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if ((c == u'$' || c == u'%') && next == u'{')
            out += QString(c) + c;
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

/// A provider configuration's address: `provider["registry.terraform.io/hashicorp/aws"]`, with an alias (`.west`),
/// inside a module (`module.x.provider[...]`), or Terraform 0.12's `provider.aws`.
struct ProviderRef {
    QString source; ///< hostname/namespace/type, lower case
    QString type;   ///< "aws"
    bool builtin = false;
};

std::optional<ProviderRef> parseProvider(QStringView s)
{
    qsizetype at = 0;
    while (s.sliced(at).startsWith(u"module.")) {
        at += 7;
        if (readName(s, at).isEmpty() || at >= s.size() || s[at] != u'.')
            return std::nullopt;
        ++at;
    }
    if (!s.sliced(at).startsWith(u"provider"))
        return std::nullopt;
    at += 8;
    ProviderRef ref;
    if (s.sliced(at).startsWith(u"[\"")) {
        const qsizetype end = s.indexOf(u"\"]", at + 2);
        if (end < 0)
            return std::nullopt;
        ref.source = s.sliced(at + 2, end - at - 2).toString().toLower();
        at = end + 2;
        QStringList parts = ref.source.split(u'/');
        if (parts.size() == 2)
            parts.prepend(QStringLiteral("registry.terraform.io"));
        if (parts.size() != 3 || parts.contains(QString()))
            return std::nullopt;
        for (const QString &part : std::as_const(parts)) {
            for (const QChar c : part) {
                if (!isNameChar(c) && c != u'.')
                    return std::nullopt;
            }
        }
        ref.source = parts.join(u'/');
        ref.type = parts.at(2);
    } else if (at < s.size() && s[at] == u'.') {
        ++at;
        const QStringView type = readName(s, at);
        if (type.isEmpty())
            return std::nullopt;
        // Terraform 0.13 reads these as the hashicorp namespace's providers; so does this reader.
        ref.type = type.toString().toLower();
        ref.source = QStringLiteral("registry.terraform.io/hashicorp/") + ref.type;
    } else {
        return std::nullopt;
    }
    if (at < s.size()) {
        if (s[at] != u'.')
            return std::nullopt;
        ++at;
        if (readName(s, at).isEmpty() || at != s.size())
            return std::nullopt;
    }
    ref.builtin = ref.source.startsWith(QStringLiteral("terraform.io/builtin/"));
    return ref;
}

// Providers and regions (docs/exchange.md, "Terraform state").

/// A set of words written as one text, separated by spaces.
QSet<QString> words(const char *text)
{
    const QStringList list = QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
    return QSet<QString>(list.cbegin(), list.cend());
}

/// A company behind providers of the public registries, by the provider's namespace/type.
struct Cloud {
    QString id;    ///< in keys: "aws"
    QString name;  ///< for people: "Amazon Web Services"
    QString place; ///< before a region's name: "AWS"
};

std::optional<Cloud> knownCloud(const QString &source)
{
    static const QHash<QString, Cloud> table = [] {
        QHash<QString, Cloud> t;
        const auto add
            = [&t](std::initializer_list<const char *> sources, const char *id, const char *name, const char *place) {
                  for (const char *address : sources)
                      t.insert(QString::fromLatin1(address),
                               {QString::fromLatin1(id), QString::fromLatin1(name), QString::fromLatin1(place)});
              };
        add({"hashicorp/aws", "opentofu/aws"}, "aws", "Amazon Web Services", "AWS");
        add({"hashicorp/azurerm", "opentofu/azurerm", "azure/azapi", "hashicorp/azuread", "opentofu/azuread"},
            "azure",
            "Microsoft Azure",
            "Azure");
        add({"hashicorp/google", "hashicorp/google-beta", "opentofu/google", "opentofu/google-beta"},
            "google",
            "Google Cloud",
            "Google Cloud");
        add({"oracle/oci", "hashicorp/oci", "opentofu/oci"}, "oci", "Oracle Cloud Infrastructure", "OCI");
        add({"ibm-cloud/ibm"}, "ibm", "IBM Cloud", "IBM Cloud");
        add({"aliyun/alicloud", "hashicorp/alicloud"}, "alibaba", "Alibaba Cloud", "Alibaba Cloud");
        add({"digitalocean/digitalocean"}, "digitalocean", "DigitalOcean", "DigitalOcean");
        add({"hetznercloud/hcloud"}, "hetzner", "Hetzner Cloud", "Hetzner");
        add({"ovh/ovh"}, "ovh", "OVHcloud", "OVHcloud");
        add({"scaleway/scaleway"}, "scaleway", "Scaleway", "Scaleway");
        add({"ionos-cloud/ionoscloud"}, "ionos", "IONOS Cloud", "IONOS");
        add({"exoscale/exoscale"}, "exoscale", "Exoscale", "Exoscale");
        add({"linode/linode", "akamai/akamai"}, "akamai", "Akamai", "Akamai");
        add({"cloudflare/cloudflare"}, "cloudflare", "Cloudflare", "Cloudflare");
        add({"fastly/fastly"}, "fastly", "Fastly", "Fastly");
        add({"datadog/datadog"}, "datadog", "Datadog", "Datadog");
        add({"mongodb/mongodbatlas"}, "mongodb-atlas", "MongoDB Atlas", "MongoDB Atlas");
        add({"snowflake-labs/snowflake", "snowflakedb/snowflake"}, "snowflake", "Snowflake", "Snowflake");
        add({"confluentinc/confluent"}, "confluent", "Confluent Cloud", "Confluent");
        add({"integrations/github"}, "github", "GitHub", "GitHub");
        add({"pagerduty/pagerduty"}, "pagerduty", "PagerDuty", "PagerDuty");
        return t;
    }();
    const qsizetype slash = source.indexOf(u'/');
    const QStringView host = QStringView(source).left(slash);
    if (host != u"registry.terraform.io" && host != u"registry.opentofu.org")
        return std::nullopt;
    const auto it = table.constFind(source.mid(slash + 1));
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

/// Providers whose resources live only inside Terraform: none of their resources is imported.
bool isHelperProvider(const ProviderRef &ref)
{
    static const QSet<QString> helpers = words("random null time tls local archive external cloudinit template http");
    return ref.builtin || helpers.contains(ref.type);
}

/// Providers that manage systems an organisation usually runs itself (a cluster, a database server): their
/// resources are imported, but they are no third-party provider.
bool isToolProvider(const ProviderRef &ref)
{
    static const QSet<QString> tools = words(
        "kubernetes helm kubectl docker vault consul nomad postgresql mysql rabbitmq kafka keycloak vsphere libvirt "
        "proxmox");
    return tools.contains(ref.type);
}

/// The countries of the regions whose country is certain (docs/exchange.md lists them), by "cloud/region".
QString countryOf(const QString &cloud, const QString &region)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const char *cloudId, const char *country, const char *regions) {
            for (const QString &name : QString::fromLatin1(regions).split(u' ', Qt::SkipEmptyParts))
                t.insert(QString::fromLatin1(cloudId) + u'/' + name, QString::fromLatin1(country));
        };
        add("aws", "DE", "eu-central-1 eusc-de-east-1");
        add("aws", "CH", "eu-central-2");
        add("aws", "IE", "eu-west-1");
        add("aws", "GB", "eu-west-2");
        add("aws", "FR", "eu-west-3");
        add("aws", "SE", "eu-north-1");
        add("aws", "IT", "eu-south-1");
        add("aws", "ES", "eu-south-2");
        add("aws", "US", "us-east-1 us-east-2 us-west-1 us-west-2 us-gov-east-1 us-gov-west-1");
        add("aws", "CA", "ca-central-1 ca-west-1");
        add("aws", "JP", "ap-northeast-1 ap-northeast-3");
        add("aws", "KR", "ap-northeast-2");
        add("aws", "SG", "ap-southeast-1");
        add("aws", "AU", "ap-southeast-2 ap-southeast-4");
        add("aws", "IN", "ap-south-1 ap-south-2");
        add("aws", "BR", "sa-east-1");
        add("azure", "NL", "westeurope");
        add("azure", "IE", "northeurope");
        add("azure", "DE", "germanywestcentral germanynorth");
        add("azure", "FR", "francecentral francesouth");
        add("azure", "GB", "uksouth ukwest");
        add("azure", "SE", "swedencentral");
        add("azure", "CH", "switzerlandnorth switzerlandwest");
        add("azure", "NO", "norwayeast norwaywest");
        add("azure", "IT", "italynorth");
        add("azure", "PL", "polandcentral");
        add("azure", "ES", "spaincentral");
        add("azure",
            "US",
            "eastus eastus2 centralus northcentralus southcentralus westcentralus westus westus2 westus3");
        add("azure", "CA", "canadacentral canadaeast");
        add("azure", "JP", "japaneast japanwest");
        add("azure", "AU", "australiaeast australiasoutheast");
        add("azure", "SG", "southeastasia");
        add("azure", "IN", "centralindia southindia");
        add("azure", "BR", "brazilsouth");
        add("google", "BE", "europe-west1");
        add("google", "GB", "europe-west2");
        add("google", "DE", "europe-west3 europe-west10");
        add("google", "NL", "europe-west4");
        add("google", "CH", "europe-west6");
        add("google", "IT", "europe-west8 europe-west12");
        add("google", "FR", "europe-west9");
        add("google", "FI", "europe-north1");
        add("google", "SE", "europe-north2");
        add("google", "PL", "europe-central2");
        add("google", "ES", "europe-southwest1");
        add("google", "US", "us-central1 us-east1 us-east4 us-east5 us-south1 us-west1 us-west2 us-west3 us-west4");
        add("google", "CA", "northamerica-northeast1 northamerica-northeast2");
        add("google", "JP", "asia-northeast1 asia-northeast2");
        add("google", "SG", "asia-southeast1");
        add("google", "AU", "australia-southeast1 australia-southeast2");
        add("google", "IN", "asia-south1 asia-south2");
        add("google", "BR", "southamerica-east1");
        return t;
    }();
    return table.value(cloud + u'/' + region);
}

/// An instance's values: its "attributes", or Terraform 0.11's flat "attributes_flat", never the sensitive ones.
class Values
{
public:
    Values(const QJsonObject &attributes, bool flat, const QSet<QString> &sensitive)
        : m_attributes(attributes),
          m_flat(flat),
          m_sensitive(sensitive)
    { }

    /// In the set of sensitive names: every value is.
    static QString everything() { return QStringLiteral("*"); }

    /// A text attribute at the top level; empty when it is not a text or is sensitive.
    QString text(const QString &name) const
    {
        if (m_sensitive.contains(name) || m_sensitive.contains(everything()))
            return {};
        const QJsonValue v = m_attributes.value(name);
        return v.isString() ? v.toString() : QString();
    }
    /// A tag's value (AWS, Azure: `tags`).
    QString tag(const QString &name) const
    {
        if (m_sensitive.contains(QStringLiteral("tags")) || m_sensitive.contains(everything()))
            return {};
        if (m_flat)
            return text(QStringLiteral("tags.") + name);
        const QJsonValue v = m_attributes.value(u"tags").toObject().value(name);
        return v.isString() ? v.toString() : QString();
    }

private:
    QJsonObject m_attributes;
    bool m_flat = false;
    QSet<QString> m_sensitive;
};

/// The last segment of a Google self link ("https://.../regions/europe-west3"), else the text.
QString lastSegment(const QString &text)
{
    return text.section(u'/', -1);
}

/// The region of a resource (docs/exchange.md, "Terraform state"), empty where it has none or it is not clear.
QString regionOf(const QString &cloud, const ProviderRef &ref, const Values &values)
{
    static const QRegularExpression awsRegion(QStringLiteral("^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d+)"));
    static const QRegularExpression zoneSuffix(QStringLiteral("^([a-z]+-[a-z]+\\d+)-[a-z]$"));
    QString region;
    if (cloud == u"aws") {
        region = values.text(QStringLiteral("region"));
        if (region.isEmpty()) {
            const QString arn = values.text(QStringLiteral("arn"));
            if (arn.startsWith(QStringLiteral("arn:")))
                region = arn.section(u':', 3, 3);
        }
        if (region.isEmpty()) {
            const auto match = awsRegion.match(values.text(QStringLiteral("availability_zone")));
            if (match.hasMatch())
                region = match.captured(1);
        }
    } else if (cloud == u"azure") {
        region = values.text(QStringLiteral("location")).toLower().remove(u' ');
    } else if (cloud == u"google") {
        region = lastSegment(values.text(QStringLiteral("region"))).toLower();
        if (region.isEmpty()) {
            const auto match = zoneSuffix.match(lastSegment(values.text(QStringLiteral("zone"))).toLower());
            if (match.hasMatch())
                region = match.captured(1);
        }
        if (region.isEmpty()) {
            region = lastSegment(values.text(QStringLiteral("location"))).toLower();
            if (const auto match = zoneSuffix.match(region); match.hasMatch())
                region = match.captured(1);
        }
    } else if (cloud == u"hetzner") {
        region = values.text(QStringLiteral("location"));
        if (region.isEmpty())
            region = values.text(QStringLiteral("datacenter")).section(QStringLiteral("-dc"), 0, 0);
    } else if (!isToolProvider(ref)) {
        region = values.text(QStringLiteral("region"));
    }
    region = region.trimmed();
    // A region is a short token; anything else ("West Europe" has been folded) is not taken for one.
    if (region.size() > 64)
        return {};
    for (const QChar c : std::as_const(region)) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.') || c.unicode() > 0x7f)
            return {};
    }
    return region;
}

// Kinds.

/// What becomes of a resource: an element, or left out with others of its class in one note.
enum class Class { Element, Data, Access, Helper, Relation };
constexpr int classCount = 5;

struct Mapping {
    Class cls = Class::Element;
    ElementKind kind = ElementKind::Infrastructure;
};

/// The rule of docs/exchange.md: the words of the resource type after the provider's prefix decide, in this order.
Mapping classify(const QString &type, const ProviderRef &provider)
{
    static const QSet<QString> access = words("iam policy policies permission permissions acl identity access");
    static const QSet<QString> relation = words("attachment association");
    static const QSet<QString> network
        = words("vpc subnet subnetwork network vnet lb alb elb balancer loadbalancer route route53 router dns gateway "
                "apigateway apigatewayv2 nat vpn peering firewall security waf wafv2 cdn cloudfront frontdoor eip ip "
                "address interconnect dx transit listener endpoint forwarding ingress");
    static const QSet<QString> data
        = words("db database rds sql mssql mysql postgresql postgres mariadb dynamodb docdb documentdb neptune "
                "redshift cosmosdb spanner bigtable firestore bigquery s3 bucket storage blob table dataset redis "
                "elasticache memcache memcached memorystore cache efs fsx filestore volume disk snapshot backup share "
                "secret secretsmanager kms vault opensearch elasticsearch datalake kusto synapse glacier log logs");
    static const QSet<QString> infrastructure
        = words("instance instances machine vm vmss server host droplet cluster node pool autoscaling scale launch "
                "compute ec2 plan ami image");
    static const QSet<QString> application
        = words("function lambda app web run appengine beanstalk ecs task container sfn queue topic sqs sns pubsub "
                "servicebus eventhub eventgrid kinesis mq api batch dataflow glue deployment daemonset stateful pod "
                "job release");
    if (isHelperProvider(provider))
        return {Class::Helper, ElementKind::Infrastructure};
    QStringList parts = type.split(u'_', Qt::SkipEmptyParts);
    if (parts.size() > 1)
        parts.removeFirst(); // the provider's prefix ("aws")
    const QString rest = parts.join(u'_');
    const auto any = [&parts](const QSet<QString> &set) {
        return std::any_of(parts.cbegin(), parts.cend(), [&set](const QString &w) { return set.contains(w); });
    };
    if (provider.type == u"azuread" || any(access) || rest == u"role" || rest.startsWith(QStringLiteral("role_"))
        || rest == u"service_account" || rest.startsWith(QStringLiteral("service_account_")) || rest == u"key_pair")
        return {Class::Access, ElementKind::Infrastructure};
    if (!parts.isEmpty() && relation.contains(parts.last()))
        return {Class::Relation, ElementKind::Infrastructure};
    if (any(network))
        return {Class::Element, ElementKind::Network};
    if (any(data))
        return {Class::Element, ElementKind::DataStore};
    if (any(infrastructure))
        return {Class::Element, ElementKind::Infrastructure};
    if (any(application))
        return {Class::Element, ElementKind::Application};
    return {Class::Element, ElementKind::Infrastructure};
}

// The walk.

/// One item of "resources": a resource in one module instance, with its instances.
struct Resource {
    Class cls = Class::Element;
    QList<ModuleStep> steps;
    QStringList instanceIds; ///< the addresses of its current (not deposed) instances
};

/// An instance that became a node, with the dependencies still to resolve (they may name resources further on).
struct Pending {
    QString id;
    qsizetype resource = 0;
    QList<std::pair<ConfigAddress, int>> dependencies; ///< with the line of each
};

/// What was left out of one class: counted for its note.
struct LeftOut {
    qsizetype instances = 0;
    qsizetype dependencies = 0;
    QStringList examples;
    int line = 0;
};

class Walker
{
public:
    Walker(const QString &file, const Outline &outline) : m_file(file), m_outline(outline)
    {
        m_graph.format = QStringLiteral("terraform");
    }

    Result<ForeignGraph> run(const QJsonObject &root)
    {
        if (root.contains(u"encrypted_data"))
            return formatError(m_file,
                               1,
                               QStringLiteral("encrypted_data"),
                               Terraform::tr("the state is encrypted (OpenTofu state encryption): import the state as "
                                             "`tofu state pull` gives it"));
        const QJsonValue version = root.value(u"version");
        if (version.isUndefined()) {
            if (root.contains(u"format_version"))
                return formatError(m_file,
                                   1,
                                   QStringLiteral("format_version"),
                                   Terraform::tr("this is the JSON of `terraform show -json`, not a state: import the "
                                                 "state itself (`terraform state pull > prod.tfstate`)"));
            return formatError(
                m_file, 1, QStringLiteral("version"), Terraform::tr("not a Terraform state: it has no \"version\""));
        }
        if (!version.isDouble())
            return formatError(m_file,
                               m_outline.versionLine,
                               QStringLiteral("version"),
                               Terraform::tr("\"version\" is a number (4 in the states this reads)"));
        if (version.toDouble() != 4) {
            Error error = formatError(m_file,
                                      m_outline.versionLine,
                                      QStringLiteral("version"),
                                      Terraform::tr("Terraform state version %1 is not read: only version 4, which "
                                                    "Terraform 0.12 and later and OpenTofu write")
                                          .arg(version.toDouble()));
            error.code = Error::Code::Unsupported;
            return error;
        }
        const QJsonValue resources = root.value(u"resources");
        if (!resources.isUndefined() && !resources.isNull() && !resources.isArray())
            return formatError(
                m_file, m_outline.resourcesLine, QStringLiteral("resources"), Terraform::tr("\"resources\" is a list"));
        const QJsonArray items = resources.toArray();
        m_resources.reserve(items.size());
        for (qsizetype r = 0; r < items.size(); ++r) {
            if (auto result = resource(items.at(r), r); !result)
                return result.error();
        }
        resolveDependencies();
        addNotes();
        std::stable_sort(m_graph.notes.begin(), m_graph.notes.end(), [](const ImportNote &a, const ImportNote &b) {
            return a.line < b.line;
        });
        m_graph.nodes.append(m_providers);
        m_graph.nodes.append(m_locations);
        return std::move(m_graph);
    }

private:
    Result<void> resource(const QJsonValue &value, qsizetype r)
    {
        const QString field = QStringLiteral("resources[%1]").arg(r);
        const int line = m_outline.resourceLine(r);
        if (!value.isObject())
            return formatError(m_file, line, field, Terraform::tr("a resource is an object"));
        const QJsonObject o = value.toObject();
        const QString mode = o.value(u"mode").toString();
        if (mode != u"managed" && mode != u"data")
            return formatError(
                m_file, line, field + QStringLiteral(".mode"), Terraform::tr("\"mode\" is \"managed\" or \"data\""));
        const bool isData = mode == u"data";
        const QString type = o.value(u"type").toString();
        qsizetype at = 0;
        if (readName(type, at).size() != type.size() || type.isEmpty())
            return formatError(m_file,
                               line,
                               field + QStringLiteral(".type"),
                               Terraform::tr("\"type\" is a resource type such as \"aws_instance\""));
        const QString name = o.value(u"name").toString();
        at = 0;
        if (readName(name, at).size() != name.size() || name.isEmpty())
            return formatError(m_file,
                               line,
                               field + QStringLiteral(".name"),
                               Terraform::tr("\"name\" is the resource's name in the configuration"));
        Resource res;
        const QJsonValue module = o.value(u"module");
        const QString modulePath = module.toString();
        if (!module.isUndefined() && !module.isNull() && !(module.isString() && modulePath.isEmpty())) {
            const auto steps = module.isString() ? parseModule(modulePath) : std::nullopt;
            if (!steps)
                return formatError(m_file,
                                   line,
                                   field + QStringLiteral(".module"),
                                   Terraform::tr("\"module\" is a module address such as module.network or "
                                                 "module.app[\"blue\"]"));
            res.steps = *steps;
        }
        const QString providerText = o.value(u"provider").toString();
        const auto provider = parseProvider(providerText);
        if (!provider)
            return formatError(m_file,
                               line,
                               field + QStringLiteral(".provider"),
                               Terraform::tr("\"provider\" is a provider address such as "
                                             "provider[\"registry.terraform.io/hashicorp/aws\"]"));
        const QJsonValue instances = o.value(u"instances");
        if (!instances.isArray())
            return formatError(
                m_file, line, field + QStringLiteral(".instances"), Terraform::tr("\"instances\" is a list"));
        const Mapping mapping = isData ? Mapping{Class::Data, ElementKind::Infrastructure} : classify(type, *provider);
        res.cls = mapping.cls;
        QStringList moduleNames;
        for (const ModuleStep &step : std::as_const(res.steps))
            moduleNames << step.name;
        m_configIndex[configText(moduleNames, isData, type, name)].append(r);
        QString base = modulePath.isEmpty() ? QString() : modulePath + u'.';
        if (isData)
            base += QStringLiteral("data.");
        base += type + u'.' + name;

        const QJsonArray list = instances.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemField = QStringLiteral("%1.instances[%2]").arg(field).arg(i);
            const int itemLine = m_outline.instanceLine(r, i);
            if (!list.at(i).isObject())
                return formatError(m_file, itemLine, itemField, Terraform::tr("an instance is an object"));
            const QJsonObject item = list.at(i).toObject();
            auto values = valuesOf(item, itemField, itemLine);
            if (!values)
                return values.error();
            const QJsonValue key = item.value(u"index_key");
            QString id = base;
            if (key.isString()) {
                id += u'[' + quoted(key.toString()) + u']';
            } else if (key.isDouble()) {
                const double k = key.toDouble();
                if (k < 0 || k > 1e15 || std::floor(k) != k)
                    return indexKeyError(itemField, itemLine);
                id += u'[' + QString::number(qint64(k)) + u']';
            } else if (!key.isUndefined() && !key.isNull()) {
                return indexKeyError(itemField, itemLine);
            }
            Pending pending{id, r, {}};
            if (auto result = dependenciesOf(item, itemField, r, i, pending); !result)
                return result.error();
            if (item.value(u"deposed").isString() && !item.value(u"deposed").toString().isEmpty()) {
                count(m_deposed, id, itemLine);
                continue;
            }
            if (res.cls != Class::Element) {
                count(m_leftOut[int(res.cls)], id, itemLine);
                continue;
            }
            res.instanceIds << id;
            ForeignNode n;
            n.id = id;
            n.type = type;
            n.kind = mapping.kind;
            n.line = itemLine;
            n.name = values->text(QStringLiteral("name"));
            if (n.name.isEmpty())
                n.name = values->tag(QStringLiteral("Name"));
            QJsonObject &f = n.fields;
            f.insert(QStringLiteral("type"), type);
            f.insert(QStringLiteral("provider"), providerText);
            if (!modulePath.isEmpty())
                f.insert(QStringLiteral("module"), modulePath);
            if (!key.isUndefined() && !key.isNull())
                f.insert(QStringLiteral("index_key"), key);
            for (const QString &attribute : {QStringLiteral("id"), QStringLiteral("arn"), QStringLiteral("name")}) {
                if (const QString text = values->text(attribute); !text.isEmpty())
                    f.insert(attribute, text);
            }
            if (item.value(u"status").toString() == u"tainted")
                f.insert(QStringLiteral("status"), QStringLiteral("tainted"));
            if (isToolProvider(*provider)) {
                count(m_tools[provider->source], id, itemLine);
            } else {
                const auto cloud = knownCloud(provider->source);
                const QString cloudId = cloud ? cloud->id : provider->type;
                m_graph.edges.append(
                    {id, providerNode(*provider, cloud, itemLine), false, itemLine, QStringLiteral("provider")});
                if (const QString region = regionOf(cloudId, *provider, *values); !region.isEmpty()) {
                    f.insert(QStringLiteral("region"), region);
                    m_graph.edges.append(
                        {id,
                         locationNode(cloudId, cloud ? cloud->place : provider->type, region, itemLine),
                         false,
                         itemLine,
                         QStringLiteral("region")});
                }
            }
            m_graph.nodes.append(std::move(n));
            m_pending.append(std::move(pending));
        }
        m_resources.append(std::move(res));
        return {};
    }

    Error indexKeyError(const QString &field, int line) const
    {
        return formatError(m_file,
                           line,
                           field + QStringLiteral(".index_key"),
                           Terraform::tr("\"index_key\" is a whole number (count) or a text (for_each)"));
    }

    /// The instance's values, with the names Terraform marks sensitive (never kept).
    Result<Values> valuesOf(const QJsonObject &item, const QString &field, int line) const
    {
        QSet<QString> sensitive;
        const QJsonValue paths = item.value(u"sensitive_attributes");
        if (!paths.isUndefined() && !paths.isNull() && !paths.isArray())
            return formatError(m_file,
                               line,
                               field + QStringLiteral(".sensitive_attributes"),
                               Terraform::tr("\"sensitive_attributes\" is a list of paths"));
        for (const QJsonValue &path : paths.toArray()) {
            // A path is a list of steps; its first step names the attribute ({"type": "get_attr", "value": "x"}).
            // A path this reader cannot follow makes every value sensitive: none is kept then.
            const QJsonValue first = path.isArray() ? path.toArray().at(0) : path;
            const QJsonValue name = first.toObject().value(u"value");
            if (first.isObject() && name.isString())
                sensitive.insert(name.toString());
            else if (first.isString())
                sensitive.insert(first.toString().section(u'.', 0, 0).section(u'[', 0, 0));
            else
                sensitive.insert(Values::everything());
        }
        if (item.value(u"attributes").isObject())
            return Values(item.value(u"attributes").toObject(), false, sensitive);
        if (item.value(u"attributes_flat").isObject())
            return Values(item.value(u"attributes_flat").toObject(), true, sensitive);
        return formatError(m_file,
                           line,
                           field + QStringLiteral(".attributes"),
                           Terraform::tr("an instance has its values in \"attributes\" (an object)"));
    }

    /// "dependencies" (Terraform 0.12's "depends_on" where it is missing): a list of resource addresses.
    Result<void>
    dependenciesOf(const QJsonObject &item, const QString &field, qsizetype r, qsizetype i, Pending &pending) const
    {
        QString member = QStringLiteral("dependencies");
        QJsonValue value = item.value(member);
        if (value.isUndefined() || value.isNull()) {
            member = QStringLiteral("depends_on");
            value = item.value(member);
        }
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            return formatError(m_file,
                               m_outline.instanceLine(r, i),
                               field + u'.' + member,
                               Terraform::tr("\"%1\" is a list of resource addresses").arg(member));
        const QJsonArray list = value.toArray();
        for (qsizetype d = 0; d < list.size(); ++d) {
            const int line = m_outline.dependencyLine(r, i, d);
            const auto address = list.at(d).isString() ? parseDependency(list.at(d).toString()) : std::nullopt;
            if (!address)
                return formatError(m_file,
                                   line,
                                   QStringLiteral("%1.%2[%3]").arg(field, member).arg(d),
                                   Terraform::tr("a dependency is a resource address such as "
                                                 "module.network.aws_subnet.private"));
            pending.dependencies.append({*address, line});
        }
        return {};
    }

    static void count(LeftOut &leftOut, const QString &id, int line)
    {
        if (leftOut.instances++ == 0)
            leftOut.line = line;
        if (leftOut.examples.size() < 3)
            leftOut.examples << id;
    }

    /// The provider element of a resource's provider, made on its first mention: one per cloud this reader knows,
    /// else one per source address.
    QString providerNode(const ProviderRef &ref, const std::optional<Cloud> &cloud, int line)
    {
        const QString id = QStringLiteral("provider:") + (cloud ? cloud->id : ref.source);
        const auto at = m_providerAt.constFind(id);
        if (at != m_providerAt.cend()) {
            QJsonObject &fields = m_providers[*at].fields;
            QJsonArray sources = fields.value(u"sources").toArray();
            if (!sources.contains(ref.source)) {
                sources.append(ref.source);
                fields.insert(QStringLiteral("sources"), sources);
            }
            return id;
        }
        m_providerAt.insert(id, m_providers.size());
        ForeignNode p;
        p.id = id;
        p.type = QStringLiteral("provider");
        p.kind = ElementKind::Provider;
        p.name = cloud ? cloud->name : ref.source;
        p.line = line;
        p.fields.insert(QStringLiteral("sources"), QJsonArray{ref.source});
        m_providers.append(p);
        return id;
    }

    /// The location element of a cloud's region, made on its first mention.
    QString locationNode(const QString &cloud, const QString &place, const QString &region, int line)
    {
        const QString id = QStringLiteral("location:") + cloud + u'/' + region;
        if (m_locationIds.contains(id))
            return id;
        m_locationIds.insert(id);
        ForeignNode l;
        l.id = id;
        l.type = QStringLiteral("region");
        l.kind = ElementKind::Location;
        l.name = place + u' ' + region;
        l.region = region;
        l.country = countryOf(cloud, region);
        l.line = line;
        l.fields.insert(QStringLiteral("cloud"), cloud);
        m_locations.append(l);
        return id;
    }

    /// Each recorded dependency as "instance needs every instance of that resource" in the same module instance
    /// where the two share a module path (Terraform records dependencies without instance keys).
    void resolveDependencies()
    {
        QSet<QString> dangling;
        for (const Pending &p : std::as_const(m_pending)) {
            const QList<ModuleStep> &from = m_resources.at(p.resource).steps;
            QSet<QString> targets;
            for (const auto &[address, line] : p.dependencies) {
                const auto found = m_configIndex.constFind(address.text);
                if (found == m_configIndex.cend()) {
                    if (address.data) {
                        ++m_leftOut[int(Class::Data)].dependencies;
                        continue;
                    }
                    if (const QString once = QString::number(p.resource) + u'|' + address.text;
                        !dangling.contains(once)) {
                        dangling.insert(once);
                        m_graph.notes.append({m_file,
                                              line,
                                              address.text,
                                              Terraform::tr("'%1' needs '%2', which is not in the state; that "
                                                            "dependency is left out")
                                                  .arg(p.id, address.text)});
                    }
                    continue;
                }
                const Class cls = m_resources.at(found->first()).cls;
                if (cls != Class::Element) {
                    ++m_leftOut[int(cls)].dependencies;
                    continue;
                }
                for (const qsizetype r : *found) {
                    const Resource &target = m_resources.at(r);
                    if (!sameModuleInstance(from, address.modules, target.steps))
                        continue;
                    for (const QString &to : target.instanceIds) {
                        if (to == p.id || targets.contains(to))
                            continue;
                        targets.insert(to);
                        m_graph.edges.append({p.id, to, false, line, QStringLiteral("dependency")});
                    }
                }
            }
        }
    }

    /// Where the dependent and the dependency share module names from the root, the dependency is in the same
    /// module instances (module.app["blue"] reaches its own resources, never those of module.app["green"]).
    static bool sameModuleInstance(const QList<ModuleStep> &from, const QStringList &names, const QList<ModuleStep> &to)
    {
        qsizetype shared = 0;
        while (shared < from.size() && shared < names.size() && from.at(shared).name == names.at(shared))
            ++shared;
        for (qsizetype k = 0; k < shared && k < to.size(); ++k) {
            if (to.at(k).key != from.at(k).key)
                return false;
        }
        return true;
    }

    void addNotes()
    {
        const auto examples = [](const LeftOut &l) {
            return l.examples.join(QStringLiteral(", "))
                + (l.instances > l.examples.size() ? QStringLiteral(", …") : QString());
        };
        const auto note = [this, &examples](const LeftOut &l, const QString &text) {
            if (l.instances > 0 || l.dependencies > 0)
                m_graph.notes.append(
                    {m_file, l.line, l.examples.value(0), text.arg(examples(l), QString::number(l.dependencies))});
        };
        const LeftOut &data = m_leftOut[int(Class::Data)];
        note(data,
             Terraform::tr("%n data source instance(s) not imported (%1): a data source only reads what exists "
                           "elsewhere. Dependencies on them left out: %2",
                           nullptr,
                           int(data.instances)));
        const LeftOut &access = m_leftOut[int(Class::Access)];
        note(access,
             Terraform::tr("%n instance(s) of access-control and policy resources not imported (%1): they grant "
                           "rights and run nothing. Dependencies on them left out: %2",
                           nullptr,
                           int(access.instances)));
        const LeftOut &helper = m_leftOut[int(Class::Helper)];
        note(helper,
             Terraform::tr("%n instance(s) of Terraform's helper resources not imported (%1): random values, keys and "
                           "timers live only inside Terraform. Dependencies on them left out: %2",
                           nullptr,
                           int(helper.instances)));
        const LeftOut &relation = m_leftOut[int(Class::Relation)];
        note(relation,
             Terraform::tr("%n attachment and association instance(s) not imported (%1): they join resources that "
                           "are imported on their own. Dependencies on them left out: %2",
                           nullptr,
                           int(relation.instances)));
        if (m_deposed.instances > 0)
            m_graph.notes.append({m_file,
                                  m_deposed.line,
                                  m_deposed.examples.value(0),
                                  Terraform::tr("%n deposed object(s) not imported (%1): Terraform keeps them only "
                                                "until it destroys them",
                                                nullptr,
                                                int(m_deposed.instances))
                                      .arg(examples(m_deposed))});
        for (auto it = m_tools.cbegin(); it != m_tools.cend(); ++it)
            m_graph.notes.append({m_file,
                                  it->line,
                                  it.key(),
                                  Terraform::tr("'%1' manages systems usually run in-house, not a third-party "
                                                "provider: its %n resource instance(s) are imported without a "
                                                "provider element",
                                                nullptr,
                                                int(it->instances))
                                      .arg(it.key())});
    }

    const QString &m_file;
    const Outline &m_outline;
    ForeignGraph m_graph;
    QList<Resource> m_resources;
    QHash<QString, QList<qsizetype>> m_configIndex; ///< resource address without keys -> items of "resources"
    QList<Pending> m_pending;
    QList<ForeignNode> m_providers;
    QHash<QString, qsizetype> m_providerAt;
    QList<ForeignNode> m_locations;
    QSet<QString> m_locationIds;
    LeftOut m_leftOut[classCount];
    LeftOut m_deposed;
    QMap<QString, LeftOut> m_tools; ///< by source address, in its order
};

} // namespace

Result<ForeignGraph> Terraform::read(const QByteArray &bytes, const QString &fileName)
{
    auto json = JsonDocumentReader::read(bytes, fileName);
    if (!json)
        return json.error();
    const QByteArray &text = json->text;
    const QJsonDocument &document = json->document;
    if (!document.isObject())
        return formatError(fileName, 1, QString(), tr("a Terraform state is a JSON object"));
    const Outline lines = outline(text);
    if (lines.tooDeepLine > 0)
        return formatError(fileName,
                           lines.tooDeepLine,
                           QString(),
                           tr("values are nested more than %1 deep").arg(ReadLimits::maxDepth));
    Walker walker(fileName, lines);
    return walker.run(document.object());
}

int Terraform::sniff(QByteArrayView bytes)
{
    const QByteArrayView start = jsonscan::content(bytes);
    if (start.isEmpty() || start.front() != '{')
        return 0;
    const Outline o = outline(start.first(std::min<qsizetype>(start.size(), 64 * 1024)));
    if (o.version != "4" || o.rootMembers.contains("bomFormat"))
        return 0;
    const bool terraformVersion = o.rootMembers.contains("terraform_version");
    const bool lineage = o.rootMembers.contains("lineage");
    if (terraformVersion && lineage)
        return 100;
    if (terraformVersion || lineage)
        return 90;
    return o.rootMembers.contains("resources") ? 50 : 0;
}

} // namespace bulwark::exchange

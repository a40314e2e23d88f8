// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/formatregistry.h"

#include "model/exchange/csvformat.h"
#include "model/exchange/formats/backstage.h"
#include "model/exchange/formats/compose.h"
#include "model/exchange/formats/cyclonedx.h"
#include "model/exchange/formats/dot.h"
#include "model/exchange/formats/graphml.h"
#include "model/exchange/formats/kubernetes.h"
#include "model/exchange/formats/structurizr.h"
#include "model/exchange/formats/terraform.h"
#include "model/exchange/jsonformat.h"

#include <QDir>
#include <QFileInfo>

namespace bulwark::exchange {

QString FormatInfo::fileDialogFilter(FormatUse use) const
{
    QStringList patterns;
    if (isFolder())
        patterns << (use == FormatUse::Read ? folderEntry : QStringLiteral("*"));
    else
        for (const QString &suffix : suffixes)
            patterns << QStringLiteral("*.") + suffix;
    return QStringLiteral("%1 (%2)").arg(name, patterns.join(QLatin1Char(' ')));
}

QList<FormatInfo> FormatRegistry::formats()
{
    // Built on each call: the names follow the language the program runs in.
    FormatInfo json;
    json.format = Format::Json;
    json.id = QStringLiteral("json");
    json.name = tr("bulwark-register JSON");
    json.suffixes = {QStringLiteral("json")};
    json.read = &JsonFormat::read;
    json.encode = &JsonFormat::write;

    FormatInfo csv;
    csv.format = Format::Csv;
    csv.id = QStringLiteral("csv");
    csv.name = tr("CSV files in a folder");
    csv.suffixes = {QStringLiteral("csv")};
    csv.folderEntry = QStringLiteral("elements.csv");
    csv.read = &CsvFormat::readFolder;
    csv.writeFolder = &CsvFormat::writeFolder;

    // Maps kept by other tools (issue 17): chosen by their sniffers (detectContent), so their suffixes never take a
    // file from JSON or CSV by name alone.
    FormatInfo backstage;
    backstage.format = Format::Backstage;
    backstage.id = QStringLiteral("backstage");
    backstage.name = tr("Backstage catalog");
    backstage.suffixes = {QStringLiteral("yaml"), QStringLiteral("yml")};
    backstage.readGraph = &Backstage::read;
    backstage.sniff = &Backstage::sniff;
    backstage.defaultPrefix = QStringLiteral("bs:");

    FormatInfo graphMl;
    graphMl.format = Format::GraphMl;
    graphMl.id = QStringLiteral("graphml");
    graphMl.name = tr("GraphML");
    graphMl.suffixes = {QStringLiteral("graphml")};
    graphMl.readGraph = &GraphMl::read;
    graphMl.sniff = &GraphMl::sniff;
    graphMl.defaultPrefix = QStringLiteral("gml:");
    graphMl.encode = &GraphMl::write;

    FormatInfo dot;
    dot.format = Format::Dot;
    dot.id = QStringLiteral("dot");
    dot.name = tr("Graphviz DOT");
    dot.suffixes = {QStringLiteral("dot"), QStringLiteral("gv")};
    dot.readGraph = &Dot::read;
    dot.sniff = &Dot::sniff;
    dot.defaultPrefix = QStringLiteral("dot:");
    dot.encode = &Dot::write;

    // CycloneDX and Structurizr come from .json (and .xml) files: their sniffers decide, so the suffixes are only
    // for file dialogs and never take a plain .json from the register's own format.
    FormatInfo cyclonedx;
    cyclonedx.format = Format::CycloneDx;
    cyclonedx.id = QStringLiteral("cyclonedx");
    cyclonedx.name = tr("CycloneDX SBOM");
    cyclonedx.suffixes = {
        QStringLiteral("cdx.json"), QStringLiteral("bom.json"), QStringLiteral("cdx.xml"), QStringLiteral("bom.xml")};
    cyclonedx.readGraph = &CycloneDx::read;
    cyclonedx.sniff = &CycloneDx::sniff;
    cyclonedx.defaultPrefix = QStringLiteral("cdx:");

    FormatInfo structurizr;
    structurizr.format = Format::Structurizr;
    structurizr.id = QStringLiteral("structurizr");
    structurizr.name = tr("Structurizr workspace");
    structurizr.suffixes = {QStringLiteral("workspace.json")};
    structurizr.readGraph = &Structurizr::read;
    structurizr.sniff = &Structurizr::sniff;
    structurizr.defaultPrefix = QStringLiteral("c4:");

    // Compose and Kubernetes are YAML like Backstage: each sniffer looks for what only its own files have at the top
    // level (Compose: `services:` and no `apiVersion:`; Kubernetes: `apiVersion:` and `kind:`, not backstage.io/).
    FormatInfo compose;
    compose.format = Format::Compose;
    compose.id = QStringLiteral("compose");
    compose.name = tr("Docker Compose");
    compose.suffixes = {QStringLiteral("yaml"), QStringLiteral("yml")};
    compose.readGraph = &Compose::read;
    compose.readProject = &Compose::readPath;
    compose.sniff = &Compose::sniff;
    compose.defaultPrefix = QStringLiteral("compose:");

    FormatInfo kubernetes;
    kubernetes.format = Format::Kubernetes;
    kubernetes.id = QStringLiteral("kubernetes");
    kubernetes.name = tr("Kubernetes manifests");
    kubernetes.suffixes = {QStringLiteral("yaml"), QStringLiteral("yml"), QStringLiteral("json")};
    kubernetes.readGraph = &Kubernetes::read;
    kubernetes.sniff = &Kubernetes::sniff;
    kubernetes.defaultPrefix = QStringLiteral("k8s:");

    // Terraform state is JSON too: its sniffer wants a top-level "version": 4 with "terraform_version" or "lineage",
    // which no other format has; .tfstate is Terraform's own suffix.
    FormatInfo terraform;
    terraform.format = Format::TerraformState;
    terraform.id = QStringLiteral("terraform");
    terraform.name = tr("Terraform state");
    terraform.suffixes = {QStringLiteral("tfstate")};
    terraform.readGraph = &Terraform::read;
    terraform.sniff = &Terraform::sniff;
    terraform.defaultPrefix = QStringLiteral("tf:");

    return {json, csv, backstage, cyclonedx, structurizr, graphMl, dot, compose, kubernetes, terraform};
}

QList<FormatInfo> FormatRegistry::formats(FormatUse use)
{
    QList<FormatInfo> list = formats();
    list.removeIf([use](const FormatInfo &info) { return !info.can(use); });
    return list;
}

std::optional<FormatInfo> FormatRegistry::find(Format format)
{
    for (const FormatInfo &info : formats()) {
        if (info.format == format)
            return info;
    }
    return std::nullopt;
}

std::optional<FormatInfo> FormatRegistry::fromId(QStringView id)
{
    for (const FormatInfo &info : formats()) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

std::optional<FormatInfo> FormatRegistry::fromSuffix(QStringView suffix)
{
    for (const FormatInfo &info : formats()) {
        for (const QString &known : info.suffixes) {
            if (known.compare(suffix, Qt::CaseInsensitive) == 0)
                return info;
        }
    }
    return std::nullopt;
}

Format FormatRegistry::detect(const QString &path)
{
    const QFileInfo file(path);
    const QList<FormatInfo> readable = formats(FormatUse::Read);
    if (file.isDir()) {
        for (const FormatInfo &info : readable) {
            if (info.isFolder())
                return info.format;
        }
    }
    if (const auto bySuffix = fromSuffix(file.suffix()); bySuffix && bySuffix->canRead())
        return bySuffix->format;
    return readable.isEmpty() ? Format::Auto : readable.first().format;
}

Format FormatRegistry::detectContent(const QString &path, QByteArrayView head, QString *reason)
{
    const QFileInfo file(path);
    if (!file.isDir()) {
        int best = 0;
        std::optional<FormatInfo> chosen;
        for (const FormatInfo &info : formats(FormatUse::Read)) {
            if (!info.sniff)
                continue;
            if (const int score = info.sniff(head); score > best) {
                best = score;
                chosen = info;
            }
        }
        if (chosen) {
            if (reason)
                *reason = tr("recognised from its content as %1").arg(chosen->name);
            return chosen->format;
        }
    }
    const Format format = detect(path);
    if (reason) {
        const auto info = find(format);
        *reason = tr("chosen from its name as %1").arg(info ? info->name : QString());
    }
    return format;
}

std::optional<FormatInfo> FormatRegistry::recognise(const QString &path)
{
    const QFileInfo file(path);
    for (const FormatInfo &info : formats(FormatUse::Read)) {
        if (info.isFolder()) {
            if (file.isDir() ? QFileInfo::exists(QDir(path).filePath(info.folderEntry))
                             : file.fileName().compare(info.folderEntry, Qt::CaseInsensitive) == 0)
                return info;
        } else if (!file.isDir() && info.suffixes.contains(file.suffix().toLower())) {
            return info;
        }
    }
    return std::nullopt;
}

QString FormatRegistry::fileDialogFilters(FormatUse use)
{
    QStringList filters;
    for (const FormatInfo &info : formats(use))
        filters << info.fileDialogFilter(use);
    if (use == FormatUse::Read)
        filters << tr("All files (*)");
    return filters.join(QStringLiteral(";;"));
}

std::optional<FormatInfo> FormatRegistry::fromFileDialogFilter(const QString &filter, FormatUse use)
{
    for (const FormatInfo &info : formats(use)) {
        if (info.fileDialogFilter(use) == filter)
            return info;
    }
    return std::nullopt;
}

QStringList FormatRegistry::ids(FormatUse use)
{
    QStringList list;
    for (const FormatInfo &info : formats(use))
        list << info.id;
    return list;
}

QString FormatRegistry::idChoices(FormatUse use)
{
    QStringList list = ids(use);
    if (list.size() < 2)
        return list.join(QString());
    const QString last = list.takeLast();
    return tr("%1 or %2").arg(list.join(QStringLiteral(", ")), last);
}

} // namespace bulwark::exchange

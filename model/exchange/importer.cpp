// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/importer.h"

#include "model/register/fields.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace bulwark::exchange {

Result<ChangeSet> Importer::read(const QString &path, Format format)
{
    const auto info = FormatRegistry::find(format == Format::Auto ? detect(path) : format);
    if (!info || !info->read)
        return makeError(Error::Code::Invalid,
                         tr("This format cannot be read; the formats for an import are %1.")
                             .arg(FormatRegistry::idChoices(FormatUse::Read)));
    return info->read(path);
}

Format Importer::formatOf(const QString &path, Format format, QString *detection)
{
    if (format != Format::Auto)
        return format;
    const QFileInfo file(path);
    if (file.isDir() || !file.isFile())
        return FormatRegistry::detectContent(path, {}, detection);
    QFile f(path);
    QByteArray head;
    if (f.open(QIODevice::ReadOnly))
        head = f.read(64 * 1024);
    return FormatRegistry::detectContent(path, head, detection);
}

Result<ChangeSet> Importer::graphChangesFor(RegisterService &service,
                                            const QString &path,
                                            const FormatInfo &info,
                                            const ImportOptions &options,
                                            ImportReport &report)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!options.projectFiles.isEmpty() && !info.takesProjectFiles())
        return makeError(
            Error::Code::Invalid,
            tr("Overlays and an env file are for Docker Compose; %1 is read as %2.").arg(fileName, info.name));
    Result<ForeignGraph> graph = makeError(Error::Code::Invalid, QString());
    if (info.takesProjectFiles()) {
        graph = info.readProject(path, options.projectFiles);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(Error::Code::NotFound, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        if (file.size() > ReadLimits::maxFileBytes)
            return makeError(Error::Code::Invalid,
                             tr("%1 is larger than %2 MiB, more than an import takes")
                                 .arg(fileName)
                                 .arg(ReadLimits::maxFileBytes >> 20));
        graph = info.readGraph(file.readAll(), fileName);
    }
    if (!graph)
        return graph.error();
    GraphImportOptions graphOptions;
    graphOptions.prefix = options.prefix.value_or(info.defaultPrefix);
    graphOptions.source = options.source.isEmpty() ? fileName : options.source;
    if (!options.mappingPath.isEmpty()) {
        auto mapping = ImportMapping::read(options.mappingPath);
        if (!mapping)
            return mapping.error();
        graphOptions.mapping = std::move(*mapping);
    }
    QSet<QString> existing;
    existing.reserve(service.elements().size());
    for (auto it = service.elements().constBegin(); it != service.elements().constEnd(); ++it)
        existing.insert(it.key());
    report.notes = graph->notes;
    auto changes = GraphImport::toChanges(*graph, graphOptions, fileName, &existing, report.notes);
    if (!changes)
        return changes.error();
    // What people set in the register on imported elements (RTOs, criticality, links) stays: the source only speaks
    // for the fields it has.
    keepOmitted(*changes, service.elements(), service.dependencies(), service.groups());
    if (options.prune)
        GraphImport::addScopedPruning(*changes, service, graphOptions.source);
    return changes;
}

void Importer::addPruning(ChangeSet &changes, const RegisterService &service, bool keepAbsentTables)
{
    QSet<QString> elements, dependencies, groups;
    for (const auto &item : changes.elements)
        elements.insert(item.value.key);
    for (const auto &item : changes.dependencies)
        dependencies.insert(dependencyId(item.value.from, item.value.to));
    for (const auto &item : changes.groups)
        groups.insert(groupId(item.value.element, item.value.name));
    for (auto it = service.elements().constBegin(); it != service.elements().constEnd(); ++it) {
        if (!elements.contains(it.key()))
            changes.removeElements << it.key();
    }
    changes.removeElements.sort();
    // Dependencies and groups of removed elements go with them; the rest are removed one by one.
    const QSet<QString> removed(changes.removeElements.begin(), changes.removeElements.end());
    for (auto it = service.dependencies().constBegin(); it != service.dependencies().constEnd(); ++it) {
        if (!dependencies.contains(it.key()) && !removed.contains(it->from) && !removed.contains(it->to))
            changes.removeDependencies.emplace_back(it->from, it->to);
    }
    // Read the service's own tables: a snapshot() would copy and sort the whole register for these two lists.
    for (auto it = service.groups().constBegin(); it != service.groups().constEnd(); ++it) {
        if (!groups.contains(it.key()) && !removed.contains(it->element))
            changes.removeGroups.emplace_back(it->element, it->name);
    }
    QSet<QString> scenarios;
    for (const auto &item : changes.scenarios)
        scenarios.insert(item.value.name);
    for (auto it = service.scenarios().constBegin(); it != service.scenarios().constEnd(); ++it) {
        if (!scenarios.contains(it.key()))
            changes.removeScenarios << it.key();
    }
    // Hash order is arbitrary; sorted removals give the same messages every time.
    std::sort(changes.removeDependencies.begin(), changes.removeDependencies.end());
    std::sort(changes.removeGroups.begin(), changes.removeGroups.end());
    changes.removeScenarios.sort();
    // Registered tables: the values the file does not have go; with keepAbsentTables, a table the file has no values
    // of keeps all of its own (docs/exchange.md).
    QHash<const EntityType *, QSet<QString>> records;
    for (const auto &item : changes.records)
        records[item.value.type].insert(item.value.key());
    for (const EntityType *type : EntityRegistry::types()) {
        const auto inFile = records.constFind(type);
        if (keepAbsentTables && inFile == records.cend())
            continue;
        QStringList gone;
        const QHash<QString, Record> values = service.records(*type);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (inFile == records.cend() || !inFile->contains(it.key()))
                gone << it.key();
        }
        gone.sort();
        for (const QString &key : std::as_const(gone))
            changes.removeRecords.emplace_back(type, key);
    }
}

namespace {

/// Copies the omitted fields of `item` from `before`; for elements, only fields that apply to the new kind.
template<typename T>
void keepFields(ChangeSet::Item<T> &item, const T &before, const FieldTable<T> &table)
{
    T &after = item.value;
    for (std::size_t i = 0; i < table.fields().size(); ++i) {
        if (!(item.omitted & (quint64(1) << i)))
            continue;
        const Field<T> &field = table.fields()[i];
        if constexpr (std::is_same_v<T, Element>) {
            if (!field.appliesTo(after.kind))
                continue;
        }
        field.setSqlValue(after, field.sqlValue(before));
    }
    // Attributes the file does not name keep their values as well.
    for (auto it = before.attributes.begin(); it != before.attributes.end(); ++it) {
        if (!after.attributes.contains(it.key()))
            after.attributes.insert(it.key(), it.value());
    }
}

} // namespace

void Importer::keepOmitted(ChangeSet &changes,
                           const QHash<QString, Element> &elements,
                           const QHash<QString, Dependency> &dependencies,
                           const QHash<QString, RedundancyGroup> &groups)
{
    for (auto &item : changes.elements) {
        if (const auto it = elements.constFind(item.value.key); it != elements.cend())
            keepFields(item, *it, Fields::element());
    }
    for (auto &item : changes.dependencies) {
        const auto it = dependencies.constFind(dependencyId(item.value.from, item.value.to));
        if (it != dependencies.cend())
            keepFields(item, *it, Fields::dependency());
    }
    for (auto &item : changes.groups) {
        if (const auto it = groups.constFind(groupId(item.value.element, item.value.name)); it != groups.cend())
            keepFields(item, *it, Fields::group());
    }
}

Error Importer::canceled()
{
    return makeError(Error::Code::Canceled, tr("The import was canceled; nothing was written."));
}

Result<ChangeSet> Importer::changesFor(RegisterService &service,
                                       const QString &path,
                                       const ImportOptions &options,
                                       Feedback *feedback,
                                       ImportReport &report)
{
    report.format = formatOf(path, options.format, options.format == Format::Auto ? &report.detection : nullptr);
    const auto info = FormatRegistry::find(report.format);
    if (!info || !info->canRead())
        return makeError(Error::Code::Invalid,
                         tr("This format cannot be read; the formats for an import are %1.")
                             .arg(FormatRegistry::idChoices(FormatUse::Read)));
    report.formatName = info->name;
    if (info->isGraph())
        return graphChangesFor(service, path, *info, options, report);
    if (options.prefix || !options.source.isEmpty() || !options.mappingPath.isEmpty())
        return makeError(Error::Code::Invalid,
                         tr("A key prefix, a source name and a mapping file are for maps from other tools; %1 is "
                            "read as %2, which names its own keys.")
                             .arg(QFileInfo(path).fileName(), info->name));
    if (!options.projectFiles.isEmpty())
        return makeError(Error::Code::Invalid,
                         tr("Overlays and an env file are for Docker Compose; %1 is read as %2.")
                             .arg(QFileInfo(path).fileName(), info->name));
    auto changes = read(path, report.format);
    if (!changes)
        return changes.error();
    if (feedback && feedback->isCanceled())
        return canceled();
    if (options.keepOmitted)
        keepOmitted(*changes, service.elements(), service.dependencies(), service.groups());
    if (options.prune) {
        // CSV does not carry the registered tables (docs/exchange.md): its import leaves them alone.
        addPruning(*changes, service, options.keepOmitted || report.format != Format::Json);
    }
    return changes;
}

Result<ImportPlan>
Importer::plan(RegisterService &service, const QString &path, const ImportOptions &options, Feedback *feedback)
{
    ImportPlan plan;
    auto changes = changesFor(service, path, options, feedback, plan.report);
    if (!changes)
        return changes.error();
    // Validated against the whole register (as a dry run would), kept for the write; the diff is the second half.
    auto prepared = service.prepare(*changes);
    if (!prepared)
        return prepared.error();
    if (feedback)
        feedback->setProgress(40);
    plan.inverse = service.inverse(*changes);
    if (feedback && feedback->isCanceled())
        return canceled();
    PartFeedback diffing(feedback, 50, 50);
    plan.diff = ImportDiffer::diff(*changes, service, &diffing);
    if (feedback && feedback->isCanceled())
        return canceled();
    plan.summary = prepared->summary;
    plan.prepared = std::move(*prepared);
    plan.changes = std::move(*changes);
    return plan;
}

Result<ChangeSummary> Importer::run(RegisterService &service,
                                    const QString &path,
                                    const ImportOptions &options,
                                    const Actor &actor,
                                    Feedback *feedback,
                                    ImportReport *report)
{
    ImportReport local;
    auto changes = changesFor(service, path, options, feedback, report ? *report : local);
    if (!changes)
        return changes.error();
    return service.apply(*changes, actor, options.dryRun, feedback);
}

} // namespace bulwark::exchange

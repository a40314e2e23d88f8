// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/importer.h"

#include <QSet>

#include <algorithm>

namespace bulwark::exchange {

Result<ChangeSet> Importer::read(const QString &path, Format format)
{
    const auto info = FormatRegistry::find(format == Format::Auto ? detect(path) : format);
    if (!info || !info->canRead())
        return makeError(Error::Code::Invalid,
                         tr("This format cannot be read; the formats for an import are %1.")
                             .arg(FormatRegistry::idChoices(FormatUse::Read)));
    return info->read(path);
}

void Importer::addPruning(ChangeSet &changes, const RegisterService &service)
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
}

Result<ChangeSummary> Importer::run(
    RegisterService &service, const QString &path, const ImportOptions &options, const Actor &actor, Feedback *feedback)
{
    auto changes = read(path, options.format);
    if (!changes)
        return changes.error();
    if (feedback && feedback->isCanceled())
        return makeError(Error::Code::Canceled, tr("The import was canceled; nothing was written."));
    if (options.prune)
        addPruning(*changes, service);
    return service.apply(*changes, actor, options.dryRun, feedback);
}

} // namespace bulwark::exchange

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/importdiff.h"

#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/registerservice.h"

#include <QSet>

#include <algorithm>

namespace bulwark::exchange {

bool DiffEntry::hasClearedField() const
{
    return std::any_of(fields.begin(), fields.end(), [](const FieldChange &f) { return f.cleared; });
}

QString DiffEntry::groupChangeText() const
{
    if (!groupChange)
        return {};
    const QString from = key.section(u'>', 0, 0);
    if (groupAfter.isEmpty())
        return ImportDiffer::tr(
                   "leaves redundancy group '%1' of %2: %2 then needs %3 alone, which may make it a single "
                   "point of failure")
            .arg(groupBefore, from, key.section(u'>', 1));
    if (groupBefore.isEmpty())
        return ImportDiffer::tr("joins redundancy group '%1' of %2").arg(groupAfter, from);
    return ImportDiffer::tr("moves from redundancy group '%1' to '%2' of %3").arg(groupBefore, groupAfter, from);
}

namespace {

/// The readable name of a field: the form's label without its accelerator, else the table column, else the token.
template<typename T>
QString labelOf(const Field<T> &field)
{
    if (field.info.label)
        return Fields::text(field.info.label).remove(u'&');
    if (field.info.column)
        return Fields::text(field.info.column);
    return field.token;
}

/// Every field whose text differs between `before` and `after`: the table's fields in order, then attributes by name.
template<typename T>
QList<FieldChange> changedFields(const FieldTable<T> &table, const T &before, const T &after)
{
    QList<FieldChange> out;
    for (const Field<T> &field : table) {
        const QString a = field.text(before);
        const QString b = field.text(after);
        if (a == b)
            continue;
        out.append({field.token,
                    labelOf(field),
                    a,
                    b,
                    field.isSet(before) && !field.isSet(after),
                    Fields::displayText(field.type, a),
                    Fields::displayText(field.type, b)});
    }
    if (before.attributes != after.attributes) {
        QStringList names = before.attributes.keys() + after.attributes.keys();
        names.sort();
        names.removeDuplicates();
        for (const QString &name : std::as_const(names)) {
            const QString a = RegisterCodec::fieldText(before, name);
            const QString b = RegisterCodec::fieldText(after, name);
            if (a != b)
                out.append({name, name, a, b, !a.isEmpty() && b.isEmpty(), a, b});
        }
    }
    return out;
}

class Progress
{
public:
    Progress(Feedback *feedback, std::size_t total) : m_feedback(feedback), m_total(std::max<std::size_t>(total, 1)) { }
    /// Counts one value; false when the work was canceled.
    bool step()
    {
        if (!m_feedback || (++m_done & 1023) != 0)
            return true;
        m_feedback->setProgress(100.0 * double(m_done) / double(m_total));
        return !m_feedback->isCanceled();
    }

private:
    Feedback *m_feedback;
    std::size_t m_total;
    std::size_t m_done = 0;
};

} // namespace

ImportDiff ImportDiffer::diff(const ChangeSet &changes,
                              const QHash<QString, Element> &elements,
                              const QHash<QString, Dependency> &dependencies,
                              const QHash<QString, RedundancyGroup> &groups,
                              const QHash<QString, QHash<QString, Record>> &records,
                              Feedback *feedback)
{
    using Subject = DiffEntry::Subject;
    using Action = DiffEntry::Action;
    ImportDiff diff;
    Progress progress(feedback,
                      changes.elements.size() + changes.dependencies.size() + changes.groups.size()
                          + std::size_t(changes.removeElements.size()) + changes.removeDependencies.size()
                          + changes.removeGroups.size());
    std::vector<DiffEntry> dependencyEntries, groupEntries;

    for (const auto &item : changes.elements) {
        if (!progress.step())
            return diff;
        const Element &after = item.value;
        const auto it = elements.constFind(after.key);
        DiffEntry entry{Subject::Element, Action::Add, after.key, after.name, item.origin.line, {}, false, {}, {}};
        if (it == elements.cend()) {
            ++diff.elements.added;
        } else if (*it == after) {
            ++diff.elements.unchanged;
            continue;
        } else {
            ++diff.elements.changed;
            entry.action = Action::Change;
            entry.fields = changedFields(Fields::element(), *it, after);
        }
        diff.entries.push_back(std::move(entry));
    }
    for (const QString &key : changes.removeElements) {
        if (!progress.step())
            return diff;
        const auto it = elements.constFind(key);
        if (it == elements.cend())
            continue;
        ++diff.elements.removed;
        diff.entries.push_back({Subject::Element, Action::Remove, key, it->name, 0, {}, false, {}, {}});
    }
    for (const auto &item : changes.dependencies) {
        if (!progress.step())
            return diff;
        const Dependency &after = item.value;
        const QString id = dependencyId(after.from, after.to);
        const auto it = dependencies.constFind(id);
        DiffEntry entry{Subject::Dependency, Action::Add, id, {}, item.origin.line, {}, false, {}, {}};
        if (it == dependencies.cend()) {
            ++diff.dependencies.added;
        } else if (*it == after) {
            ++diff.dependencies.unchanged;
            continue;
        } else {
            ++diff.dependencies.changed;
            entry.action = Action::Change;
            entry.fields = changedFields(Fields::dependency(), *it, after);
            if (it->group != after.group) {
                entry.groupChange = true;
                entry.groupBefore = it->group;
                entry.groupAfter = after.group;
                ++diff.groupChanges;
            }
        }
        dependencyEntries.push_back(std::move(entry));
    }
    for (const auto &[from, to] : changes.removeDependencies) {
        if (!progress.step())
            return diff;
        const QString id = dependencyId(from, to);
        if (!dependencies.contains(id))
            continue;
        ++diff.dependencies.removed;
        dependencyEntries.push_back({Subject::Dependency, Action::Remove, id, {}, 0, {}, false, {}, {}});
    }
    for (const auto &item : changes.groups) {
        if (!progress.step())
            return diff;
        const RedundancyGroup &after = item.value;
        const QString id = groupId(after.element, after.name);
        const auto it = groups.constFind(id);
        DiffEntry entry{Subject::Group, Action::Add, id, {}, item.origin.line, {}, false, {}, {}};
        if (it == groups.cend()) {
            ++diff.groups.added;
        } else if (*it == after) {
            ++diff.groups.unchanged;
            continue;
        } else {
            ++diff.groups.changed;
            entry.action = Action::Change;
            entry.fields = changedFields(Fields::group(), *it, after);
        }
        groupEntries.push_back(std::move(entry));
    }
    for (const auto &[element, name] : changes.removeGroups) {
        if (!progress.step())
            return diff;
        const QString id = groupId(element, name);
        if (!groups.contains(id))
            continue;
        ++diff.groups.removed;
        groupEntries.push_back({Subject::Group, Action::Remove, id, {}, 0, {}, false, {}, {}});
    }

    for (const auto &item : changes.records) {
        const Record &after = item.value;
        ChangeCounts &counts = diff.records[after.type->token()];
        const auto table = records.constFind(after.type->token());
        const Record *before = nullptr;
        if (table != records.cend()) {
            if (const auto it = table->constFind(after.key()); it != table->cend())
                before = &*it;
        }
        if (!before)
            ++counts.added;
        else if (*before == after)
            ++counts.unchanged;
        else
            ++counts.changed;
    }
    for (const auto &[type, key] : changes.removeRecords) {
        const auto table = records.constFind(type->token());
        if (table != records.cend() && table->contains(key))
            ++diff.records[type->token()].removed;
    }

    auto byKey = [](const DiffEntry &a, const DiffEntry &b) { return a.key < b.key; };
    std::stable_sort(diff.entries.begin(), diff.entries.end(), byKey);
    std::stable_sort(dependencyEntries.begin(), dependencyEntries.end(), byKey);
    std::stable_sort(groupEntries.begin(), groupEntries.end(), byKey);
    diff.entries.insert(diff.entries.end(),
                        std::make_move_iterator(dependencyEntries.begin()),
                        std::make_move_iterator(dependencyEntries.end()));
    diff.entries.insert(
        diff.entries.end(), std::make_move_iterator(groupEntries.begin()), std::make_move_iterator(groupEntries.end()));
    for (const DiffEntry &entry : diff.entries) {
        diff.clearedFields
            += std::count_if(entry.fields.begin(), entry.fields.end(), [](const FieldChange &f) { return f.cleared; });
    }
    if (feedback)
        feedback->setProgress(100.0);
    return diff;
}

ImportDiff ImportDiffer::diff(const ChangeSet &changes, const RegisterService &service, Feedback *feedback)
{
    QHash<QString, QHash<QString, Record>> records;
    for (const EntityType *type : EntityRegistry::types()) {
        if (auto values = service.records(*type); !values.isEmpty())
            records.insert(type->token(), std::move(values));
    }
    return diff(changes, service.elements(), service.dependencies(), service.groups(), records, feedback);
}

} // namespace bulwark::exchange

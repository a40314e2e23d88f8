// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/register/changeset.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace bulwark {
class RegisterService;
}

namespace bulwark::exchange {

/// One field of a value that an import changes: its readable name and its text before and after.
struct FieldChange {
    QString field;  ///< the token ("rto_min"), or the attribute's name
    QString label;  ///< the readable name from the field registry ("RTO (minutes)"); the token for an attribute
    QString before; ///< text form (RegisterCodec::fieldText); empty when not set
    QString after;
    bool cleared = false; ///< had a value, has none after the import
    QString shownBefore;  ///< `before` as the tables show it (Fields::displayText: "1 h", "99.95 %")
    QString shownAfter;
};

/// What an import does to one element, dependency or redundancy group.
struct DiffEntry {
    enum class Subject { Element, Dependency, Group };
    enum class Action { Add, Change, Remove };
    Subject subject = Subject::Element;
    Action action = Action::Change;
    QString key;               ///< element key, "FROM>TO" (dependencyId) or "ELEMENT#name" (groupId)
    QString name;              ///< an element's name (after the import; before it for a removal); empty for the others
    int line = 0;              ///< the line of the file it comes from; 0 for a removal
    QList<FieldChange> fields; ///< Change only: every field whose text differs, in the field table's order
    /// A dependency that leaves, joins or changes its redundancy group. Leaving a group can make the dependency's
    /// target a single point of failure of its source, so it is flagged apart from other changes.
    bool groupChange = false;
    QString groupBefore; ///< the group before (empty: none)
    QString groupAfter;
    bool hasClearedField() const;
    /// A flagged entry: a cleared field or a group change (the preview shows these with a warning).
    bool isWarning() const { return groupChange || hasClearedField(); }
    /// One line for people: "leaves redundancy group 'db' of APP-PAY" and the like; empty without a group change.
    QString groupChangeText() const;
};

/// What an import will change in a register, per key, computed before anything is written (issue 12).
struct ImportDiff {
    ChangeCounts elements;
    ChangeCounts dependencies;
    ChangeCounts groups;
    /// Added, changed and removed values (unchanged ones are only counted): elements, then dependencies, then
    /// groups, each sorted by key.
    std::vector<DiffEntry> entries;
    qsizetype clearedFields = 0; ///< fields with a value that the import clears, over all entries
    qsizetype groupChanges = 0;  ///< dependencies that leave, join or change a redundancy group
    /// Values of registered tables (resilience tests, exit plans, ...) by the table's token: only counted, no entries.
    QHash<QString, ChangeCounts> records;

    bool isEmpty() const
    {
        qsizetype recordTotal = 0;
        for (const ChangeCounts &c : records)
            recordTotal += c.total();
        return elements.total() + dependencies.total() + groups.total() + recordTotal == 0;
    }
};

/// Compares `changes` (as Importer::read gives them, after keepOmitted and pruning if wanted) with the register's
/// values. Upserts count as added or changed (or unchanged); removals as removed. Values of registered tables are
/// counted per table (`records`, the register's values by token and key); scenarios are not compared. Safe on a worker
/// thread with copies of the service's tables; `feedback` (optional) gets progress and may cancel (the diff is then
/// partial and must be dropped).
class ImportDiffer
{
    Q_DECLARE_TR_FUNCTIONS(ImportDiffer)
public:
    [[nodiscard]] static ImportDiff diff(const ChangeSet &changes,
                                         const QHash<QString, Element> &elements,
                                         const QHash<QString, Dependency> &dependencies,
                                         const QHash<QString, RedundancyGroup> &groups,
                                         const QHash<QString, QHash<QString, Record>> &records,
                                         Feedback *feedback = nullptr);
    [[nodiscard]] static ImportDiff
    diff(const ChangeSet &changes, const RegisterService &service, Feedback *feedback = nullptr);
};

} // namespace bulwark::exchange

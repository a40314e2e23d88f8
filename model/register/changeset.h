// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/dependency.h"
#include "model/register/element.h"
#include "model/register/entitytype.h"
#include "model/register/scenario.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QMetaType>
#include <QStringList>

#include <utility>
#include <vector>

namespace bulwark {

/// Where a value came from, so that errors can name the file and line.
struct Origin {
    QString file;
    int line = 0;
};

/// Who makes a change: recorded in the audit trail.
struct Actor {
    QString user;    ///< the operating-system account running Bulwark (from the process's user id)
    QString claimed; ///< a different name the environment claims ($USER, ...): recorded, never trusted; usually empty
    QString name;    ///< the account's full name (the passwd entry's GECOS field), or empty when none differs from user
    /// The operating-system account of this process (getpwuid(geteuid())), with $USER kept as a claim when it differs.
    static Actor current();
};

/// A set of changes applied together, in one transaction, by RegisterService::apply(): all or nothing.
struct ChangeSet {
    enum class Mode {
        Upsert, ///< add, or replace the value with the same identity
        Insert, ///< add; an existing value with the same identity is an error
        Update, ///< replace; a missing value is an error
    };
    template<typename T>
    struct Item {
        T value;
        Mode mode = Mode::Upsert;
        Origin origin;
        /// Bit i: field i of the value's field table (Fields) was absent from the file (a JSON key left out, a CSV
        /// column missing or its cell empty). Set by the exchange readers; an import that keeps omitted fields
        /// (ImportOptions::keepOmitted) takes the register's value for these.
        quint64 omitted = 0;
    };

    std::vector<Item<Element>> elements;
    std::vector<Item<RedundancyGroup>> groups;
    std::vector<Item<Dependency>> dependencies;
    std::vector<Item<Scenario>> scenarios;
    /// Element keys to remove; their dependencies (both directions) and groups go with them.
    QStringList removeElements;
    std::vector<std::pair<QString, QString>> removeDependencies; ///< (from, to)
    std::vector<std::pair<QString, QString>> removeGroups;       ///< (element, name); must have no members left
    QStringList removeScenarios;                                 ///< scenario names
    /// Values of registered tables (EntityRegistry), and (type, key) of those to remove.
    std::vector<Item<Record>> records;
    std::vector<std::pair<const EntityType *, QString>> removeRecords;
    /// Stored content (the bytes of an evidence file) by its SHA-256 (lower-case hex): written in the same transaction
    /// as the values that name it (EntityType::contentReferences), never audited itself (the audited value carries the
    /// hash, which identifies the bytes). Content is immutable: a hash already stored is not written again. A change
    /// set with only content and no value to change writes nothing.
    QHash<QString, QByteArray> contents;
    /// Why the change is made (optional, free text): recorded in each of its audit entries.
    QString reason;
    /// The audit batch this change set undoes (the GUI's undo), or 0: each audit entry then records the entry of
    /// that batch it reverts (same entity and key; else the batch's first entry).
    qint64 undoOfBatch = 0;

    void add(const Element &e, Mode mode = Mode::Upsert, const Origin &origin = {})
    {
        elements.push_back({e, mode, origin});
    }
    void add(const Dependency &d, Mode mode = Mode::Upsert, const Origin &origin = {})
    {
        dependencies.push_back({d, mode, origin});
    }
    void add(const RedundancyGroup &g, Mode mode = Mode::Upsert, const Origin &origin = {})
    {
        groups.push_back({g, mode, origin});
    }
    void add(const Scenario &s, Mode mode = Mode::Upsert, const Origin &origin = {})
    {
        scenarios.push_back({s, mode, origin});
    }
    void add(const Record &r, Mode mode = Mode::Upsert, const Origin &origin = {})
    {
        records.push_back({r, mode, origin});
    }
    /// Adds `bytes` as stored content; returns its key, the SHA-256 in lower-case hex.
    QString addContent(const QByteArray &bytes)
    {
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        contents.insert(sha256, bytes);
        return sha256;
    }
    bool isEmpty() const
    {
        return elements.empty() && groups.empty() && dependencies.empty() && scenarios.empty()
            && removeElements.isEmpty() && removeDependencies.empty() && removeGroups.empty()
            && removeScenarios.isEmpty() && records.empty() && removeRecords.empty();
    }
};

/// How many values a change set added, changed, left as they were and removed.
struct ChangeCounts {
    qsizetype added = 0;
    qsizetype changed = 0;
    qsizetype unchanged = 0;
    qsizetype removed = 0;
    qsizetype total() const { return added + changed + removed; }
};

/// What apply() did (or, for a dry run, would do).
struct ChangeSummary {
    ChangeCounts elements;
    ChangeCounts dependencies;
    ChangeCounts groups;
    ChangeCounts scenarios;
    QHash<QString, ChangeCounts> records; ///< by the registered table's token
    QStringList addedElements;
    QStringList changedElements;
    QStringList removedElements;
    qint64 batch = 0; ///< audit batch number; 0 for a dry run or when nothing changed
    bool dryRun = false;

    bool isEmpty() const
    {
        qsizetype recordTotal = 0;
        for (const ChangeCounts &c : records)
            recordTotal += c.total();
        return elements.total() + dependencies.total() + groups.total() + scenarios.total() + recordTotal == 0;
    }
};

} // namespace bulwark

Q_DECLARE_METATYPE(bulwark::ChangeSummary)

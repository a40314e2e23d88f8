// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/register/changeset.h"
#include "model/register/registerdata.h"
#include "model/result.h"
#include "model/store/database.h"
#include "model/store/registerstore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace bulwark {

/// The one write path of the register. apply() validates a change set against the whole register, writes it in
/// one transaction and appends one audit entry per changed value. Holds the register in memory, so reads are
/// free and validation needs no per-row queries. Lives in the thread that opened it.
class RegisterService : public QObject
{
    Q_OBJECT
    struct Plan;

public:
    /// Opens (and migrates) a register and loads it. Safe on a worker thread: the service is then moved to, or
    /// created again in, the thread that uses it.
    [[nodiscard]] static Result<std::unique_ptr<RegisterService>>
    open(const QString &path, store::Database::OpenMode mode, Feedback *feedback = nullptr);
    /// Opens (and migrates) a register holding only the rows that validating and applying `changes` consults
    /// (issue 16): the elements the change names and those at the other end of a removed element's dependencies,
    /// their groups, the dependencies the change names, those from and to removed elements and those out of every
    /// loaded group owner (the members of the groups it may touch), every scenario, and the values of registered
    /// tables that name a removed element. validate() and apply() then answer as on the whole register; reads of
    /// anything else do not (isPartial(): snapshot() and export refuse). A change of registered tables or stored
    /// content is opened whole (open()).
    [[nodiscard]] static Result<std::unique_ptr<RegisterService>> openScoped(const QString &path,
                                                                             const ChangeSet &changes,
                                                                             store::Database::OpenMode mode
                                                                             = store::Database::OpenMode::OpenExisting);
    /// Creates a new register at `path`. The register is written under a temporary name beside `path` (mode 0600),
    /// `fill` (optional) writes its first contents through the service, and the file is put in place under `path`
    /// only when `fill` succeeded and nothing has appeared at `path` meanwhile; an empty (0-byte) file at `path` is
    /// replaced. On any failure nothing is left behind and `path` is untouched. Used by init, demo and import into a
    /// new file: the only commands that create a register.
    using Filler = std::function<Result<ChangeSummary>(RegisterService &service)>;
    [[nodiscard]] static Result<ChangeSummary> create(const QString &path, const Filler &fill = {});
    /// The in-memory register, indexed for validation. Building it from a large register takes a while, so it can be
    /// done on a worker thread (build()) and handed to the constructor, which only moves it in.
    struct State {
        QHash<QString, Element> elements;
        QHash<QString, qint64> elementIds;
        QHash<QString, Dependency> dependencies; ///< by dependencyId(from, to)
        QHash<QString, RedundancyGroup> groups;  ///< by groupId(element, name)
        QHash<QString, qint64> groupIds;
        QHash<QString, Scenario> scenarios;             ///< by name
        QHash<QString, QHash<QString, Record>> records; ///< registered tables: token -> key -> value
        QSet<QString> contents;                         ///< SHA-256 of every stored content row (not the bytes)
        /// Adjacency by key, so that one element's dependencies are found without a scan of all of them.
        QMultiHash<QString, QString> needs;      ///< from -> to
        QMultiHash<QString, QString> neededBy;   ///< to -> from
        QMultiHash<QString, QString> groupNames; ///< owner -> name of each of its groups
        QStringList sortedKeys;                  ///< every element key in order (tables show them so)
        store::AuditHead audit;
        /// Only the rows a change set's validation consults (openScoped()).
        bool partial = false;
        static State build(store::StoredRegister &&stored);
        /// The rows of the register at `db` that validating `changes` consults, read in one read transaction.
        [[nodiscard]] static Result<State> loadScoped(const store::Database &db, const ChangeSet &changes);
    };

    RegisterService(std::unique_ptr<store::Database> database, State state, QObject *parent = nullptr);
    ~RegisterService() override;

    /// A change set validated against the register where its audit trail ended (prepare()): opaque, cheap to copy,
    /// and safe to hand from the worker that validated it (with a service of its own on the same file) to the GUI.
    struct PreparedChange {
        std::shared_ptr<const Plan> plan;
        store::AuditHead head; ///< where the trail ended when it was validated
        ChangeSummary summary; ///< what applying it would change (as a dry run counts it)
    };
    /// Validates `changes` as apply() does, writing nothing (a large import validates on a worker so).
    [[nodiscard]] Result<PreparedChange> prepare(const ChangeSet &changes) const;
    /// Whether `changes` names only rows a partial service read (always true for a whole register).
    bool fitsScope(const ChangeSet &changes) const;
    /// Whether the register is still where `prepared` was validated (same audit head): apply() then trusts it.
    bool isCurrent(const PreparedChange &prepared) const;

    /// Validates and applies `changes` as one transaction. On any error nothing is written. A dry run validates
    /// and counts but writes nothing.
    /// `feedback` (optional) receives the write's progress and may cancel it: the transaction is rolled back and
    /// the result is Error::Code::Canceled.
    /// `prepared` (optional): prepare()'s answer for the same `changes`; while isCurrent(), its validation is used
    /// instead of validating again (the write path, its transaction, audit and catch-up stay the same).
    [[nodiscard]] Result<ChangeSummary> apply(const ChangeSet &changes,
                                              const Actor &actor = Actor::current(),
                                              bool dryRun = false,
                                              Feedback *feedback = nullptr,
                                              const PreparedChange *prepared = nullptr);

    const store::Database &database() const { return *m_db; }
    /// Whether this service holds only part of the register (openScoped()).
    bool isPartial() const { return m_state.partial; }
    const QString &path() const { return m_db->path(); }
    /// Where the audit trail ends (its last entry's number and hash): the register state a figure or report shows.
    const store::AuditHead &auditHead() const { return m_state.audit; }

    qsizetype elementCount() const { return m_state.elements.size(); }
    qsizetype dependencyCount() const { return m_state.dependencies.size(); }
    qsizetype groupCount() const { return m_state.groups.size(); }
    /// The element with `key`, or nullptr. The pointer is valid until the next apply().
    const Element *element(const QString &key) const;
    const RedundancyGroup *group(const QString &element, const QString &name) const;
    const Dependency *dependency(const QString &from, const QString &to) const;
    const QHash<QString, Element> &elements() const { return m_state.elements; }
    /// Every element key, sorted; kept up to date by apply() (O(n) pointer moves per added or removed element).
    const QStringList &sortedKeys() const { return m_state.sortedKeys; }
    const QHash<QString, Dependency> &dependencies() const { return m_state.dependencies; }
    const QHash<QString, RedundancyGroup> &groups() const { return m_state.groups; }
    const QHash<QString, Scenario> &scenarios() const { return m_state.scenarios; }
    /// The values of a registered table, by key.
    QHash<QString, Record> records(const EntityType &type) const { return m_state.records.value(type.token()); }
    /// Whether the register stores content with this SHA-256 (lower-case hex).
    bool hasContent(const QString &sha256) const { return m_state.contents.contains(sha256); }
    /// The stored content with this SHA-256, read from the file (NotFound when there is none).
    [[nodiscard]] Result<QByteArray> content(const QString &sha256) const;
    /// snapshot() with the stored content its values name (RegisterData::contents): what an export writes.
    [[nodiscard]] Result<RegisterData> snapshotWithContents() const;
    /// What `key` needs (outgoing), sorted by target key. O(its dependencies).
    std::vector<Dependency> dependenciesOf(const QString &key) const;
    /// What needs `key` (incoming), sorted by source key. O(its dependents).
    std::vector<Dependency> dependentsOf(const QString &key) const;
    /// Groups of `key`, sorted by name.
    std::vector<RedundancyGroup> groupsOf(const QString &key) const;
    /// The change set that undoes `forward` if it is applied now: applying `forward` and then its inverse leaves the
    /// register as it was (cascades included: the dependencies and groups a removal takes along come back).
    /// Used by the GUI's undo; computed before `forward` is applied.
    ChangeSet inverse(const ChangeSet &forward) const;
    /// The whole register as values, sorted.
    RegisterData snapshot() const;
    /// Writes the register as this service holds it, with its whole audit trail, to a new file `target` (a compact
    /// copy through the open connection, synced, then renamed into place; an existing file at `target` is replaced).
    /// The way out when the register file was deleted or replaced while open (issue 12): the copy is then opened
    /// instead. `target` must not be the open file itself.
    [[nodiscard]] Result<void> saveCopy(const QString &target) const;
    /// Whether a write is under way (the GUI must not replace the service while its progress dialog runs).
    bool isWriting() const { return m_writing; }
    /// Whether apply() brings the in-memory register up to date after a write (the default). A program that writes
    /// once and ends (the command-line import) turns it off: a write then leaves the register to the file (at a
    /// million elements the maps alone take about 2 GB), the reads above see an empty register until it is opened
    /// again, and a later apply() reads the register from the file first.
    void setKeepsRegisterAfterWrite(bool keeps) { m_keepsRegister = keeps; }
    /// Whether another program has changed the register file since this service read or wrote it. Cheap when
    /// nothing happened (SQLite's data_version); the GUI asks every few seconds and then reads the register again.
    [[nodiscard]] Result<bool> isOutdated();

Q_SIGNALS:
    /// A change set was written; emitted after the commit, from the service's thread.
    void changed(const bulwark::ChangeSummary &summary);
    /// A write failed and was rolled back.
    void writeFailed(const bulwark::Error &error);
    /// Another program had changed the register file, and the service read it again during a write (whose change
    /// was then checked against what the file holds): everything shown from it must be read again too.
    void reloaded();

private:
    /// `actor`: who writes (register rules such as four eyes depend on it).
    [[nodiscard]] Result<void> validate(const ChangeSet &changes, Plan &plan, const Actor &actor) const;
    [[nodiscard]] Result<void> write(const ChangeSet &changes, Plan &plan, const Actor &actor, Feedback *feedback);
    /// Brings `state` up to date with a committed `plan` (the ids of rows it added are in the two hashes).
    static void updateState(State &state,
                            Plan &plan,
                            const ChangeSet &changes,
                            const QHash<QString, qint64> &newElementIds,
                            const QHash<QString, qint64> &newGroupIds);
    /// Inside the write transaction: checks that the trail ends where the register recorded, and reads the register
    /// again when another program has written since it was read. Returns the state it had read before, if it read
    /// the register again.
    [[nodiscard]] Result<std::optional<State>> catchUp();
    /// What `changes` touches that another program changed between `before` and the current state (the lost-update
    /// check of a write that caught up); empty when nothing.
    QStringList conflicts(const ChangeSet &changes, const State &before) const;
    bool m_writing = false;
    bool m_keepsRegister = true;
    bool m_stale = false; ///< a write left the register to the file (setKeepsRegisterAfterWrite(false))
    qint64 dataVersion() const;

    std::unique_ptr<store::Database> m_db;
    State m_state;
    /// The change set a partial state was read for (catchUp() reads the same rows again).
    std::shared_ptr<const ChangeSet> m_scope;
    qint64 m_dataVersion = -1; ///< SQLite's data_version when the register was last read or written
    /// The first and last audit sequence number of each batch this service wrote (an undo finds its entries so).
    QHash<qint64, std::pair<qint64, qint64>> m_batchSeqs;
};

} // namespace bulwark

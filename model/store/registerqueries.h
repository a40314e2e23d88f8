// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/entitytype.h"
#include "model/register/registerdata.h"
#include "model/register/registerreadview.h"
#include "model/result.h"
#include "model/store/database.h"
#include "model/store/registerstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <vector>

namespace bulwark::store {

/// Questions about a few rows of a register, each answered by one indexed query on the open connection (issue 16):
/// what a command about one element needs, without reading the whole register. Every statement is prepared once,
/// on first use. The indexes used: element.key (UNIQUE), element_kind, dependency (from_id, to_id) (UNIQUE),
/// dependency_to, dependency_group, redundancy_group (element_id, name) (UNIQUE), the audit trail's primary key,
/// and the primary key of each registered table whose key field names an element.
class RegisterQueries
{
    Q_DECLARE_TR_FUNCTIONS(RegisterQueries)
public:
    explicit RegisterQueries(const Database &db);
    ~RegisterQueries();
    RegisterQueries(const RegisterQueries &) = delete;
    RegisterQueries &operator=(const RegisterQueries &) = delete;

    struct ElementRow {
        qint64 id = 0;
        Element element;
    };
    struct GroupRow {
        qint64 id = 0;
        RedundancyGroup group;
    };

    /// The element with `key` and its row id; nullopt when there is none.
    [[nodiscard]] Result<std::optional<ElementRow>> element(const QString &key);
    /// What `key` needs (sorted by target key) and what needs it (sorted by source key).
    [[nodiscard]] Result<std::vector<Dependency>> dependenciesOf(const QString &key);
    [[nodiscard]] Result<std::vector<Dependency>> dependentsOf(const QString &key);
    /// The dependency from -> to, if there is one.
    [[nodiscard]] Result<std::optional<Dependency>> dependency(const QString &from, const QString &to);
    /// The groups `key` owns, with their row ids, sorted by name.
    [[nodiscard]] Result<std::vector<GroupRow>> groupsOf(const QString &key);
    /// The number of dependencies that are members of `owner`'s group `name` (0 when there is no such group).
    [[nodiscard]] Result<qsizetype> groupMemberCount(const QString &owner, const QString &name);
    /// The elements that pass `filter`, sorted by key (every element for an empty filter).
    [[nodiscard]] Result<std::vector<Element>> elementsWhere(const ElementFilter &filter);
    /// Every dependency / group, unsorted.
    [[nodiscard]] Result<std::vector<Dependency>> allDependencies();
    [[nodiscard]] Result<std::vector<RedundancyGroup>> allGroups();
    /// Every scenario (a small table).
    [[nodiscard]] Result<std::vector<Scenario>> scenarios();
    /// The values of the registered table `type` that name element `key` in one of their element fields (the fields
    /// elementReferences() reports; found by the table's primary key when that field is the key field).
    [[nodiscard]] Result<std::vector<Record>> recordsReferencing(const EntityType &type, const QString &key);
    /// The fields of `type` that hold element keys (none for most tables).
    static QStringList elementFields(const EntityType &type);
    /// Where the audit trail ends (RegisterStore::auditHead).
    [[nodiscard]] Result<AuditHead> auditHead();

private:
    /// The statement `name`, prepared on first use from `sql`.
    Result<QSqlQuery *> statement(const QString &name, const QString &sql);
    Result<std::vector<Dependency>> dependencies(const QString &name, const QString &sql, const QString &key);

    const Database &m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/// The register read through RegisterQueries: what `show` and `list` print, read from the file row by row, so
/// that memory and time do not grow with the register (the command line's view).
class QueryReadView : public RegisterReadView
{
public:
    explicit QueryReadView(std::unique_ptr<Database> db);
    ~QueryReadView() override;
    Result<std::optional<Element>> element(const QString &key) const override;
    Result<std::vector<Dependency>> dependenciesOf(const QString &key) const override;
    Result<std::vector<Dependency>> dependentsOf(const QString &key) const override;
    Result<std::vector<RedundancyGroup>> groupsOf(const QString &key) const override;
    Result<std::vector<Element>> elements(const ElementFilter &filter) const override;
    Result<std::vector<Dependency>> dependencies(const QString &key) const override;
    Result<std::vector<RedundancyGroup>> groups(const QString &key) const override;

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterQueries> m_queries;
};

} // namespace bulwark::store

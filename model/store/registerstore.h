// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/register/registerdata.h"
#include "model/result.h"
#include "model/store/database.h"
#include "model/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <map>
#include <optional>

namespace bulwark::store {

/// Where the audit chain stands: the newest entry's sequence number, batch and hash.
struct AuditHead {
    qint64 seq = 0;
    qint64 batch = 0;
    QByteArray hash; ///< hex SHA-256; the genesis value before the first entry
};

/// A register as read from the database, with the row ids the writer needs.
struct StoredRegister {
    RegisterData data;
    QHash<QString, qint64> elementIds; ///< element key -> row id
    QHash<QString, qint64> groupIds;   ///< groupId(element, name) -> row id
    QSet<QString> contents;            ///< SHA-256 of every stored content row (evidence_content), not the bytes
    AuditHead audit;
};

/// Reads a whole register with one query per table (no per-row round trips).
class RegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(RegisterStore)
public:
    /// Loads everything, or, with `registeredTables`, of the registered tables only those (by token): a reader that
    /// needs a few of them (the checks: assessment::tablesTheChecksRead()) leaves out the rest. Progress goes 0-100;
    /// on cancel returns Error::Code::Canceled.
    [[nodiscard]] static Result<StoredRegister>
    load(const Database &db, Feedback *feedback = nullptr, const std::optional<QSet<QString>> &registeredTables = {});
    [[nodiscard]] static Result<AuditHead> auditHead(const Database &db);
    /// The element columns in the order elementFromRow() reads them (a query's select list, without the row id).
    static constexpr const char *elementColumns
        = "key, name, kind, owner, description, tags, availability, rto_min, rpo_min, criticality, mtd_min, "
          "mtdl_min, lei, country, region, substitutability, exit_plan, attributes";
    /// An element from a row whose columns `first`.. are elementColumns (load() and RegisterQueries read it so).
    static Element elementFromRow(const QSqlQuery &query, int first);
    /// A row's attributes column as the value holds it (empty for '{}').
    static QJsonObject attributesFromText(const QString &text);
    /// The stored content (evidence_content) with `sha256` (NotFound when there is none).
    [[nodiscard]] static Result<QByteArray> content(const Database &db, const QString &sha256);
    /// Every stored content row, by SHA-256.
    [[nodiscard]] static Result<std::map<QString, QByteArray>> contents(const Database &db);

    /// A list as a column holds it (an element's tags, a scenario's keys): the items joined by ';', empty for none.
    static QString listText(const QStringList &items) { return items.join(QLatin1Char(';')); }
    /// The items of a list column; none for an empty text.
    static QStringList listItems(const QString &text)
    {
        return text.isEmpty() ? QStringList() : text.split(QLatin1Char(';'));
    }
};

/// Prepared write statements for one transaction (on SQLite's own API, see SqliteStatement). Used only by
/// RegisterService.
class RegisterWriter
{
    Q_DECLARE_TR_FUNCTIONS(RegisterWriter)
public:
    explicit RegisterWriter(const Database &db) : m_db(db) { }
    [[nodiscard]] Result<void> prepare();

    [[nodiscard]] Result<qint64> insertElement(const Element &element);
    [[nodiscard]] Result<void> updateElement(qint64 id, const Element &element);
    [[nodiscard]] Result<void> deleteElement(qint64 id);
    [[nodiscard]] Result<qint64> insertGroup(qint64 elementId, const RedundancyGroup &group);
    [[nodiscard]] Result<void> updateGroup(qint64 id, const RedundancyGroup &group);
    [[nodiscard]] Result<void> deleteGroup(qint64 id);
    [[nodiscard]] Result<void>
    insertDependency(qint64 fromId, qint64 toId, const Dependency &d, std::optional<qint64> groupId);
    [[nodiscard]] Result<void>
    updateDependency(qint64 fromId, qint64 toId, const Dependency &d, std::optional<qint64> groupId);
    [[nodiscard]] Result<void> deleteDependency(qint64 fromId, qint64 toId);
    [[nodiscard]] Result<void> insertScenario(const Scenario &scenario);
    [[nodiscard]] Result<void> updateScenario(const Scenario &scenario);
    [[nodiscard]] Result<void> deleteScenario(const QString &name);
    /// A value of a registered table (EntityType), through the type's statements (prepared on first use).
    [[nodiscard]] Result<void> insertRecord(const Record &record);
    [[nodiscard]] Result<void> updateRecord(const Record &record);
    [[nodiscard]] Result<void> deleteRecord(const EntityType &type, const QString &key);
    /// Stored content under its SHA-256 (evidence_content); a hash already stored is left as it is (INSERT OR IGNORE:
    /// the same hash is the same bytes).
    [[nodiscard]] Result<void> insertContent(const QString &sha256, const QByteArray &bytes);

private:
    struct RecordStatements {
        SqliteStatement insert, update, remove;
    };
    [[nodiscard]] Result<RecordStatements *> recordStatements(const EntityType &type);
    static void bindElement(SqliteStatement &statement, const Element &element);
    static void bindDependency(
        SqliteStatement &statement, qint64 fromId, qint64 toId, const Dependency &d, std::optional<qint64> groupId);

    const Database &m_db;
    SqliteStatement m_insertElement, m_updateElement, m_deleteElement;
    SqliteStatement m_insertGroup, m_updateGroup, m_deleteGroup;
    SqliteStatement m_insertDependency, m_updateDependency, m_deleteDependency;
    SqliteStatement m_insertScenario, m_updateScenario, m_deleteScenario;
    std::map<const EntityType *, RecordStatements> m_records;
    SqliteStatement m_insertContent; ///< prepared on first use
};

} // namespace bulwark::store

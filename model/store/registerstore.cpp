// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/registerstore.h"

#include "model/register/fields.h"
#include "model/register/registercodec.h"
#include "model/register/vocabulary.h"
#include "model/store/auditlog.h"
#include "model/store/transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

#include <array>

namespace bulwark::store {
namespace {

QJsonObject parseAttributes(const QString &text)
{
    if (text.isEmpty() || text == u"{}")
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString attributesText(const QJsonObject &attributes)
{
    if (attributes.isEmpty())
        return QStringLiteral("{}");
    QByteArray out;
    RegisterCodec::appendJsonValue(out, attributes);
    return QString::fromUtf8(out);
}

/// Binds a column value from a field table: null (invalid), a whole number, a double or text (a null QString binds '').
void bindValue(SqliteStatement &q, int index, const QVariant &value)
{
    if (!value.isValid() || (value.typeId() != QMetaType::QString && value.isNull()))
        q.bindNull(index);
    else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
             || value.typeId() == QMetaType::Bool)
        q.bind(index, value.toLongLong());
    else if (value.typeId() == QMetaType::Double)
        q.bind(index, std::optional<double>(value.toDouble()));
    else
        q.bind(index, value.toString());
}

std::optional<int> toOptionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

} // namespace

Element RegisterStore::elementFromRow(const QSqlQuery &q, int first)
{
    Element e;
    e.key = q.value(first).toString();
    e.name = q.value(first + 1).toString();
    e.kind = Vocabulary::kindFromToken(q.value(first + 2).toString()).value_or(ElementKind::Application);
    e.owner = q.value(first + 3).toString();
    e.description = q.value(first + 4).toString();
    e.tags = listItems(q.value(first + 5).toString());
    if (const QVariant v = q.value(first + 6); !v.isNull())
        e.availability = v.toDouble();
    e.rtoMin = toOptionalInt(q.value(first + 7));
    e.rpoMin = toOptionalInt(q.value(first + 8));
    if (const QVariant v = q.value(first + 9); !v.isNull())
        e.criticality = Vocabulary::criticalityFromToken(v.toString());
    e.mtdMin = toOptionalInt(q.value(first + 10));
    e.mtdlMin = toOptionalInt(q.value(first + 11));
    e.lei = q.value(first + 12).toString();
    e.country = q.value(first + 13).toString();
    e.region = q.value(first + 14).toString();
    if (const QVariant v = q.value(first + 15); !v.isNull())
        e.substitutability = Vocabulary::substitutabilityFromToken(v.toString());
    if (const QVariant v = q.value(first + 16); !v.isNull())
        e.exitPlan = v.toInt() != 0;
    e.attributes = parseAttributes(q.value(first + 17).toString());
    return e;
}

QJsonObject RegisterStore::attributesFromText(const QString &text)
{
    return parseAttributes(text);
}

Result<AuditHead> RegisterStore::auditHead(const Database &db)
{
    AuditHead head;
    head.hash = AuditLog::genesisHash();
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT seq, batch, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")))
        return Database::databaseError(tr("reading the audit trail"), query.lastError().text());
    if (query.next()) {
        head.seq = query.value(0).toLongLong();
        head.batch = query.value(1).toLongLong();
        head.hash = query.value(2).toString().toLatin1();
    }
    return head;
}

Result<StoredRegister>
RegisterStore::load(const Database &db, Feedback *feedback, const std::optional<QSet<QString>> &registeredTables)
{
    StoredRegister stored;
    const QString operation = tr("reading the register");
    const ReadTransaction consistent(db.connection()); // one state across the queries, whatever others commit
    QSqlQuery count(db.connection());
    if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM element), (SELECT count(*) FROM dependency), "
                                   "(SELECT count(*) FROM redundancy_group)"))
        || !count.next())
        return Database::databaseError(operation, count.lastError().text());
    const qint64 elementCount = count.value(0).toLongLong();
    const qint64 dependencyCount = count.value(1).toLongLong();
    const qint64 groupCount = count.value(2).toLongLong();
    count.finish();
    const double total = std::max<double>(1.0, double(elementCount + dependencyCount + groupCount));
    qint64 done = 0;
    auto tick = [&]() -> bool {
        if (!feedback || (++done & 0x3fff))
            return true;
        feedback->setProgress(100.0 * double(done) / total);
        return !feedback->isCanceled();
    };
    const auto canceled = makeError(Error::Code::Canceled, tr("Loading the register was canceled."));

    QHash<qint64, QString> keyOfId;
    keyOfId.reserve(elementCount);
    stored.elementIds.reserve(elementCount);
    stored.data.elements.reserve(elementCount);
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, %1 FROM element ORDER BY key").arg(QLatin1String(elementColumns))))
            return Database::databaseError(operation, q.lastError().text());
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            Element e = elementFromRow(q, 1);
            keyOfId.insert(id, e.key);
            stored.elementIds.insert(e.key, id);
            stored.data.elements.push_back(std::move(e));
            if (!tick())
                return canceled;
        }
    }

    QHash<qint64, QString> groupNameOfId;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT id, element_id, name, min_up, failover_min, attributes FROM redundancy_group")))
            return Database::databaseError(operation, q.lastError().text());
        while (q.next()) {
            RedundancyGroup g;
            const qint64 id = q.value(0).toLongLong();
            g.element = keyOfId.value(q.value(1).toLongLong());
            g.name = q.value(2).toString();
            g.minUp = q.value(3).toInt();
            g.failoverMin = q.value(4).toInt();
            g.attributes = parseAttributes(q.value(5).toString());
            groupNameOfId.insert(id, g.name);
            stored.groupIds.insert(groupId(g.element, g.name), id);
            stored.data.groups.push_back(std::move(g));
            if (!tick())
                return canceled;
        }
    }

    stored.data.dependencies.reserve(dependencyCount);
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT from_id, to_id, strength, group_id, attributes FROM dependency")))
            return Database::databaseError(operation, q.lastError().text());
        const QString soft = QStringLiteral("soft");
        while (q.next()) {
            Dependency d;
            d.from = keyOfId.value(q.value(0).toLongLong()); // shares the key's string data
            d.to = keyOfId.value(q.value(1).toLongLong());
            d.strength = q.value(2).toString() == soft ? Strength::Soft : Strength::Hard;
            if (const QVariant g = q.value(3); !g.isNull())
                d.group = groupNameOfId.value(g.toLongLong());
            d.attributes = parseAttributes(q.value(4).toString());
            stored.data.dependencies.push_back(std::move(d));
            if (!tick())
                return canceled;
        }
    }

    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT name, description, fail, region, country, tag FROM scenario")))
            return Database::databaseError(operation, q.lastError().text());
        while (q.next()) {
            Scenario s;
            s.name = q.value(0).toString();
            s.description = q.value(1).toString();
            s.fail = listItems(q.value(2).toString());
            s.region = q.value(3).toString();
            s.country = q.value(4).toString();
            s.tag = q.value(5).toString();
            stored.data.scenarios.push_back(std::move(s));
        }
    }

    // Registered tables (EntityRegistry): the type's statement, its columns in field order.
    for (const EntityType *type : EntityRegistry::types()) {
        if (registeredTables && !registeredTables->contains(type->token()))
            continue;
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(type->sql().select)))
            return Database::databaseError(operation, q.lastError().text());
        const int columns = q.record().count();
        while (q.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row << q.value(c);
            stored.data.records.push_back({type, type->fromRow(row)});
        }
    }

    // Stored content: only the hashes (the write path checks that a value's content is there); the bytes stay put.
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT sha256 FROM evidence_content")))
            return Database::databaseError(operation, q.lastError().text());
        while (q.next())
            stored.contents.insert(q.value(0).toString());
    }

    auto head = auditHead(db);
    if (!head)
        return head.error();
    stored.audit = *head;
    if (feedback)
        feedback->setProgress(100.0);
    return stored;
}

Result<void> RegisterWriter::prepare()
{
    const QString operation = tr("preparing the write");
    // Column order of element rows: the same in INSERT and UPDATE, so one bindElement() serves both.
    struct Statement {
        SqliteStatement *statement;
        const char *sql;
    };
    const Statement statements[] = {
        {&m_insertElement,
         "INSERT INTO element (key, name, kind, owner, description, tags, availability, rto_min, rpo_min, "
         "criticality, mtd_min, mtdl_min, lei, country, region, substitutability, exit_plan, attributes) VALUES "
         "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"},
        {&m_updateElement,
         "UPDATE element SET key = ?1, name = ?2, kind = ?3, owner = ?4, description = ?5, tags = ?6, "
         "availability = ?7, rto_min = ?8, rpo_min = ?9, criticality = ?10, mtd_min = ?11, mtdl_min = ?12, lei = ?13, "
         "country = ?14, region = ?15, substitutability = ?16, exit_plan = ?17, attributes = ?18 WHERE id = ?19"},
        {&m_deleteElement, "DELETE FROM element WHERE id = ?1"},
        {&m_insertGroup,
         "INSERT INTO redundancy_group (element_id, name, min_up, failover_min, attributes) VALUES (?1, ?2, ?3, ?4, "
         "?5)"},
        {&m_updateGroup,
         "UPDATE redundancy_group SET min_up = ?3, failover_min = ?4, attributes = ?5 WHERE id = ?1 AND "
         "name = ?2"},
        {&m_deleteGroup, "DELETE FROM redundancy_group WHERE id = ?1"},
        {&m_insertDependency,
         "INSERT INTO dependency (from_id, to_id, strength, group_id, attributes) VALUES (?1, ?2, ?3, ?4, ?5)"},
        {&m_updateDependency,
         "UPDATE dependency SET strength = ?3, group_id = ?4, attributes = ?5 WHERE from_id = ?1 AND to_id = ?2"},
        {&m_deleteDependency, "DELETE FROM dependency WHERE from_id = ?1 AND to_id = ?2"},
        {&m_insertScenario,
         "INSERT INTO scenario (name, description, fail, region, country, tag) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
        {&m_updateScenario,
         "UPDATE scenario SET description = ?2, fail = ?3, region = ?4, country = ?5, tag = ?6 WHERE name = ?1"},
        {&m_deleteScenario, "DELETE FROM scenario WHERE name = ?1"},
    };
    for (const Statement &s : statements) {
        auto prepared = SqliteStatement::prepare(m_db, s.sql, operation);
        if (!prepared)
            return prepared.error();
        *s.statement = std::move(*prepared);
    }
    return {};
}

void RegisterWriter::bindElement(SqliteStatement &q, const Element &e)
{
    // The columns ?1..?17 of the element statements above, by field; each field's value in the file comes from the
    // element field table (tokens, ';'-joined tags, 0/1 for yes/no, null for unset). ?18 is the attributes.
    static const auto columns = [] {
        std::array<const Field<Element> *, 17> fields{};
        const char16_t *const tokens[] = {u"key",
                                          u"name",
                                          u"kind",
                                          u"owner",
                                          u"description",
                                          u"tags",
                                          u"availability",
                                          u"rto_min",
                                          u"rpo_min",
                                          u"criticality",
                                          u"mtd_min",
                                          u"mtdl_min",
                                          u"lei",
                                          u"country",
                                          u"region",
                                          u"substitutability",
                                          u"exit_plan"};
        for (std::size_t i = 0; i < fields.size(); ++i)
            fields[i] = Fields::element().find(QString::fromUtf16(tokens[i]));
        return fields;
    }();
    for (std::size_t i = 0; i < columns.size(); ++i)
        bindValue(q, int(i + 1), columns[i]->sqlValue(e));
    q.bind(18, attributesText(e.attributes));
}

Result<qint64> RegisterWriter::insertElement(const Element &element)
{
    bindElement(m_insertElement, element);
    if (auto r = m_insertElement.run([&] { return tr("adding element %1").arg(element.key); }); !r)
        return r.error();
    return m_insertElement.lastInsertRowId();
}

Result<void> RegisterWriter::updateElement(qint64 id, const Element &element)
{
    bindElement(m_updateElement, element);
    m_updateElement.bind(19, id);
    return m_updateElement.run([&] { return tr("changing element %1").arg(element.key); });
}

Result<void> RegisterWriter::deleteElement(qint64 id)
{
    m_deleteElement.bind(1, id);
    return m_deleteElement.run([&] { return tr("removing an element"); });
}

Result<qint64> RegisterWriter::insertGroup(qint64 elementId, const RedundancyGroup &g)
{
    m_insertGroup.bind(1, elementId);
    m_insertGroup.bind(2, g.name);
    m_insertGroup.bind(3, qint64(g.minUp));
    m_insertGroup.bind(4, qint64(g.failoverMin));
    m_insertGroup.bind(5, attributesText(g.attributes));
    if (auto r = m_insertGroup.run([&] { return tr("adding group %1 of %2").arg(g.name, g.element); }); !r)
        return r.error();
    return m_insertGroup.lastInsertRowId();
}

Result<void> RegisterWriter::updateGroup(qint64 id, const RedundancyGroup &g)
{
    m_updateGroup.bind(1, id);
    m_updateGroup.bind(2, g.name);
    m_updateGroup.bind(3, qint64(g.minUp));
    m_updateGroup.bind(4, qint64(g.failoverMin));
    m_updateGroup.bind(5, attributesText(g.attributes));
    return m_updateGroup.run([&] { return tr("changing group %1 of %2").arg(g.name, g.element); });
}

Result<void> RegisterWriter::deleteGroup(qint64 id)
{
    m_deleteGroup.bind(1, id);
    return m_deleteGroup.run([&] { return tr("removing a redundancy group"); });
}

void RegisterWriter::bindDependency(
    SqliteStatement &q, qint64 fromId, qint64 toId, const Dependency &d, std::optional<qint64> groupId)
{
    q.bind(1, fromId);
    q.bind(2, toId);
    q.bind(3, Vocabulary::token(d.strength));
    if (groupId)
        q.bind(4, *groupId);
    else
        q.bindNull(4);
    q.bind(5, attributesText(d.attributes));
}

Result<void>
RegisterWriter::insertDependency(qint64 fromId, qint64 toId, const Dependency &d, std::optional<qint64> groupId)
{
    bindDependency(m_insertDependency, fromId, toId, d, groupId);
    return m_insertDependency.run([&] { return tr("adding dependency %1 -> %2").arg(d.from, d.to); });
}

Result<void>
RegisterWriter::updateDependency(qint64 fromId, qint64 toId, const Dependency &d, std::optional<qint64> groupId)
{
    bindDependency(m_updateDependency, fromId, toId, d, groupId);
    return m_updateDependency.run([&] { return tr("changing dependency %1 -> %2").arg(d.from, d.to); });
}

namespace {
void bindScenario(SqliteStatement &q, const Scenario &s)
{
    q.bind(1, s.name);
    q.bind(2, s.description);
    q.bind(3, RegisterStore::listText(s.fail));
    q.bind(4, s.region);
    q.bind(5, s.country);
    q.bind(6, s.tag);
}
} // namespace

Result<void> RegisterWriter::insertScenario(const Scenario &scenario)
{
    bindScenario(m_insertScenario, scenario);
    return m_insertScenario.run([&] { return tr("adding scenario %1").arg(scenario.name); });
}

Result<void> RegisterWriter::updateScenario(const Scenario &scenario)
{
    bindScenario(m_updateScenario, scenario);
    return m_updateScenario.run([&] { return tr("changing scenario %1").arg(scenario.name); });
}

Result<void> RegisterWriter::deleteScenario(const QString &name)
{
    m_deleteScenario.bind(1, name);
    return m_deleteScenario.run([&] { return tr("removing scenario %1").arg(name); });
}

namespace {
void bindRecord(SqliteStatement &q, const Record &record)
{
    const QVariantList row = record.type->row(record.value);
    for (qsizetype i = 0; i < row.size(); ++i)
        bindValue(q, int(i + 1), row[i]);
}
} // namespace

Result<RegisterWriter::RecordStatements *> RegisterWriter::recordStatements(const EntityType &type)
{
    if (const auto it = m_records.find(&type); it != m_records.end())
        return &it->second;
    const QString operation = tr("preparing the write");
    RecordStatements statements;
    for (const auto &[statement, sql] : {std::pair{&statements.insert, type.sql().insert},
                                         std::pair{&statements.update, type.sql().update},
                                         std::pair{&statements.remove, type.sql().remove}}) {
        auto prepared = SqliteStatement::prepare(m_db, sql, operation);
        if (!prepared)
            return prepared.error();
        *statement = std::move(*prepared);
    }
    return &m_records.emplace(&type, std::move(statements)).first->second;
}

Result<void> RegisterWriter::insertRecord(const Record &record)
{
    auto statements = recordStatements(*record.type);
    if (!statements)
        return statements.error();
    bindRecord((*statements)->insert, record);
    return (*statements)->insert.run([&] { return tr("adding %1 %2").arg(record.type->name(), record.key()); });
}

Result<void> RegisterWriter::updateRecord(const Record &record)
{
    auto statements = recordStatements(*record.type);
    if (!statements)
        return statements.error();
    bindRecord((*statements)->update, record);
    return (*statements)->update.run([&] { return tr("changing %1 %2").arg(record.type->name(), record.key()); });
}

Result<void> RegisterWriter::deleteRecord(const EntityType &type, const QString &key)
{
    auto statements = recordStatements(type);
    if (!statements)
        return statements.error();
    (*statements)->remove.bind(1, key);
    return (*statements)->remove.run([&] { return tr("removing %1 %2").arg(type.name(), key); });
}

Result<QByteArray> RegisterStore::content(const Database &db, const QString &sha256)
{
    const QString operation = tr("reading stored content");
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("SELECT content FROM evidence_content WHERE sha256 = ?")))
        return Database::databaseError(operation, q.lastError().text());
    q.addBindValue(sha256);
    if (!q.exec())
        return Database::databaseError(operation, q.lastError().text());
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("The register holds no content with SHA-256 %1.").arg(sha256));
    return q.value(0).toByteArray();
}

Result<std::map<QString, QByteArray>> RegisterStore::contents(const Database &db)
{
    const QString operation = tr("reading stored content");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sha256, content FROM evidence_content ORDER BY sha256")))
        return Database::databaseError(operation, q.lastError().text());
    std::map<QString, QByteArray> all;
    while (q.next())
        all.emplace(q.value(0).toString(), q.value(1).toByteArray());
    return all;
}

Result<void> RegisterWriter::insertContent(const QString &sha256, const QByteArray &bytes)
{
    if (!m_insertContent.isPrepared()) {
        auto prepared
            = SqliteStatement::prepare(m_db,
                                       "INSERT OR IGNORE INTO evidence_content (sha256, content) VALUES (?1, ?2)",
                                       tr("preparing the write"));
        if (!prepared)
            return prepared.error();
        m_insertContent = std::move(*prepared);
    }
    m_insertContent.bind(1, sha256);
    m_insertContent.bindBlob(2, bytes);
    return m_insertContent.run([&] { return tr("storing content %1").arg(sha256.left(12)); });
}

Result<void> RegisterWriter::deleteDependency(qint64 fromId, qint64 toId)
{
    m_deleteDependency.bind(1, fromId);
    m_deleteDependency.bind(2, toId);
    return m_deleteDependency.run([&] { return tr("removing a dependency"); });
}

} // namespace bulwark::store

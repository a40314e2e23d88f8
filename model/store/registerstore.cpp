// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerstore.h"

#include "auditlog.h"
#include "register/registercodec.h"
#include "register/vocabulary.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

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

/// QSqlQuery binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> toOptionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QVariant groupIdValue(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

Result<void> run(QSqlQuery &query, const QString &operation)
{
    if (!query.exec())
        return Database::databaseError(operation, query.lastError().text());
    return {};
}

} // namespace

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

Result<StoredRegister> RegisterStore::load(const Database &db, Feedback *feedback)
{
    StoredRegister stored;
    const QString operation = tr("reading the register");
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
        if (!q.exec(QStringLiteral("SELECT id, key, name, kind, owner, description, tags, availability, rto_min, "
                                   "rpo_min, criticality, mtd_min, mtdl_min, lei, country, region, substitutability, "
                                   "exit_plan, attributes FROM element ORDER BY key")))
            return Database::databaseError(operation, q.lastError().text());
        while (q.next()) {
            Element e;
            const qint64 id = q.value(0).toLongLong();
            e.key = q.value(1).toString();
            e.name = q.value(2).toString();
            e.kind = Vocabulary::kindFromToken(q.value(3).toString()).value_or(ElementKind::Application);
            e.owner = q.value(4).toString();
            e.description = q.value(5).toString();
            const QString tags = q.value(6).toString();
            if (!tags.isEmpty())
                e.tags = tags.split(QLatin1Char(';'));
            if (const QVariant v = q.value(7); !v.isNull())
                e.availability = v.toDouble();
            e.rtoMin = toOptionalInt(q.value(8));
            e.rpoMin = toOptionalInt(q.value(9));
            if (const QVariant v = q.value(10); !v.isNull())
                e.criticality = Vocabulary::criticalityFromToken(v.toString());
            e.mtdMin = toOptionalInt(q.value(11));
            e.mtdlMin = toOptionalInt(q.value(12));
            e.lei = q.value(13).toString();
            e.country = q.value(14).toString();
            e.region = q.value(15).toString();
            if (const QVariant v = q.value(16); !v.isNull())
                e.substitutability = Vocabulary::substitutabilityFromToken(v.toString());
            if (const QVariant v = q.value(17); !v.isNull())
                e.exitPlan = v.toInt() != 0;
            e.attributes = parseAttributes(q.value(18).toString());
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
        if (!q.exec(QStringLiteral("SELECT id, element_id, name, min_up, failover_min, attributes FROM redundancy_group")))
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
    struct Statement {
        QSqlQuery *query;
        const char16_t *sql;
    };
    const Statement statements[] = {
        {&m_insertElement,
         u"INSERT INTO element (key, name, kind, owner, description, tags, availability, rto_min, rpo_min, "
         u"criticality, mtd_min, mtdl_min, lei, country, region, substitutability, exit_plan, attributes) VALUES "
         u"(:key, :name, :kind, :owner, :description, :tags, :availability, :rto_min, :rpo_min, :criticality, "
         u":mtd_min, :mtdl_min, :lei, :country, :region, :substitutability, :exit_plan, :attributes)"},
        {&m_updateElement,
         u"UPDATE element SET key = :key, name = :name, kind = :kind, owner = :owner, description = :description, "
         u"tags = :tags, availability = :availability, rto_min = :rto_min, rpo_min = :rpo_min, criticality = "
         u":criticality, mtd_min = :mtd_min, mtdl_min = :mtdl_min, lei = :lei, country = :country, region = :region, "
         u"substitutability = :substitutability, exit_plan = :exit_plan, attributes = :attributes WHERE id = :id"},
        {&m_deleteElement, u"DELETE FROM element WHERE id = :id"},
        {&m_insertGroup,
         u"INSERT INTO redundancy_group (element_id, name, min_up, failover_min, attributes) VALUES (:element_id, "
         u":name, :min_up, :failover_min, :attributes)"},
        {&m_updateGroup,
         u"UPDATE redundancy_group SET min_up = :min_up, failover_min = :failover_min, attributes = :attributes "
         u"WHERE id = :id"},
        {&m_deleteGroup, u"DELETE FROM redundancy_group WHERE id = :id"},
        {&m_insertDependency,
         u"INSERT INTO dependency (from_id, to_id, strength, group_id, attributes) VALUES (:from_id, :to_id, "
         u":strength, :group_id, :attributes)"},
        {&m_updateDependency,
         u"UPDATE dependency SET strength = :strength, group_id = :group_id, attributes = :attributes WHERE from_id "
         u"= :from_id AND to_id = :to_id"},
        {&m_deleteDependency, u"DELETE FROM dependency WHERE from_id = :from_id AND to_id = :to_id"},
    };
    for (const Statement &s : statements) {
        auto q = m_db.prepare(QString::fromUtf16(s.sql), operation);
        if (!q)
            return q.error();
        *s.query = std::move(*q);
    }
    return {};
}

void RegisterWriter::bindElement(QSqlQuery &q, const Element &e)
{
    static const QVariant nullText(QMetaType::fromType<QString>());
    q.bindValue(QStringLiteral(":key"), e.key);
    q.bindValue(QStringLiteral(":name"), e.name);
    q.bindValue(QStringLiteral(":kind"), Vocabulary::token(e.kind));
    q.bindValue(QStringLiteral(":owner"), text(e.owner));
    q.bindValue(QStringLiteral(":description"), text(e.description));
    q.bindValue(QStringLiteral(":tags"), text(e.tags.join(QLatin1Char(';'))));
    q.bindValue(QStringLiteral(":availability"),
                e.availability ? QVariant(*e.availability) : QVariant(QMetaType::fromType<double>()));
    q.bindValue(QStringLiteral(":rto_min"), optionalInt(e.rtoMin));
    q.bindValue(QStringLiteral(":rpo_min"), optionalInt(e.rpoMin));
    q.bindValue(QStringLiteral(":criticality"), e.criticality ? QVariant(Vocabulary::token(*e.criticality)) : nullText);
    q.bindValue(QStringLiteral(":mtd_min"), optionalInt(e.mtdMin));
    q.bindValue(QStringLiteral(":mtdl_min"), optionalInt(e.mtdlMin));
    q.bindValue(QStringLiteral(":lei"), text(e.lei));
    q.bindValue(QStringLiteral(":country"), text(e.country));
    q.bindValue(QStringLiteral(":region"), text(e.region));
    q.bindValue(QStringLiteral(":substitutability"),
                e.substitutability ? QVariant(Vocabulary::token(*e.substitutability)) : nullText);
    q.bindValue(QStringLiteral(":exit_plan"),
                e.exitPlan ? QVariant(*e.exitPlan ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":attributes"), attributesText(e.attributes));
}

Result<qint64> RegisterWriter::insertElement(const Element &element)
{
    bindElement(m_insertElement, element);
    if (auto r = run(m_insertElement, tr("adding element %1").arg(element.key)); !r)
        return r.error();
    return m_insertElement.lastInsertId().toLongLong();
}

Result<void> RegisterWriter::updateElement(qint64 id, const Element &element)
{
    bindElement(m_updateElement, element);
    m_updateElement.bindValue(QStringLiteral(":id"), id);
    return run(m_updateElement, tr("changing element %1").arg(element.key));
}

Result<void> RegisterWriter::deleteElement(qint64 id)
{
    m_deleteElement.bindValue(QStringLiteral(":id"), id);
    return run(m_deleteElement, tr("removing an element"));
}

Result<qint64> RegisterWriter::insertGroup(qint64 elementId, const RedundancyGroup &g)
{
    m_insertGroup.bindValue(QStringLiteral(":element_id"), elementId);
    m_insertGroup.bindValue(QStringLiteral(":name"), g.name);
    m_insertGroup.bindValue(QStringLiteral(":min_up"), g.minUp);
    m_insertGroup.bindValue(QStringLiteral(":failover_min"), g.failoverMin);
    m_insertGroup.bindValue(QStringLiteral(":attributes"), attributesText(g.attributes));
    if (auto r = run(m_insertGroup, tr("adding group %1 of %2").arg(g.name, g.element)); !r)
        return r.error();
    return m_insertGroup.lastInsertId().toLongLong();
}

Result<void> RegisterWriter::updateGroup(qint64 id, const RedundancyGroup &g)
{
    m_updateGroup.bindValue(QStringLiteral(":id"), id);
    m_updateGroup.bindValue(QStringLiteral(":min_up"), g.minUp);
    m_updateGroup.bindValue(QStringLiteral(":failover_min"), g.failoverMin);
    m_updateGroup.bindValue(QStringLiteral(":attributes"), attributesText(g.attributes));
    return run(m_updateGroup, tr("changing group %1 of %2").arg(g.name, g.element));
}

Result<void> RegisterWriter::deleteGroup(qint64 id)
{
    m_deleteGroup.bindValue(QStringLiteral(":id"), id);
    return run(m_deleteGroup, tr("removing a redundancy group"));
}

void RegisterWriter::bindDependency(QSqlQuery &q, qint64 fromId, qint64 toId, const Dependency &d, std::optional<qint64> groupId)
{
    q.bindValue(QStringLiteral(":from_id"), fromId);
    q.bindValue(QStringLiteral(":to_id"), toId);
    q.bindValue(QStringLiteral(":strength"), Vocabulary::token(d.strength));
    q.bindValue(QStringLiteral(":group_id"), groupIdValue(groupId));
    q.bindValue(QStringLiteral(":attributes"), attributesText(d.attributes));
}

Result<void> RegisterWriter::insertDependency(qint64 fromId, qint64 toId, const Dependency &d, std::optional<qint64> groupId)
{
    bindDependency(m_insertDependency, fromId, toId, d, groupId);
    return run(m_insertDependency, tr("adding dependency %1 -> %2").arg(d.from, d.to));
}

Result<void> RegisterWriter::updateDependency(qint64 fromId, qint64 toId, const Dependency &d, std::optional<qint64> groupId)
{
    bindDependency(m_updateDependency, fromId, toId, d, groupId);
    return run(m_updateDependency, tr("changing dependency %1 -> %2").arg(d.from, d.to));
}

Result<void> RegisterWriter::deleteDependency(qint64 fromId, qint64 toId)
{
    m_deleteDependency.bindValue(QStringLiteral(":from_id"), fromId);
    m_deleteDependency.bindValue(QStringLiteral(":to_id"), toId);
    return run(m_deleteDependency, tr("removing a dependency"));
}

} // namespace bulwark::store

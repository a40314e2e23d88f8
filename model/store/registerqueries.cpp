// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/store/registerqueries.h"

#include "model/register/vocabulary.h"
#include "model/store/transaction.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace bulwark::store {
namespace {

const QString elementIdOfKey = QStringLiteral("(SELECT id FROM element WHERE key = :key)");

/// The columns of a dependency row with both ends' keys and its group's name: from, to, strength, group, attributes.
QString dependencySelect(const QString &where)
{
    return QStringLiteral("SELECT f.key, t.key, d.strength, g.name, d.attributes FROM dependency d "
                          "JOIN element f ON f.id = d.from_id JOIN element t ON t.id = d.to_id "
                          "LEFT JOIN redundancy_group g ON g.id = d.group_id ")
        + where;
}

Dependency dependencyFromRow(const QSqlQuery &q)
{
    Dependency d;
    d.from = q.value(0).toString();
    d.to = q.value(1).toString();
    d.strength = q.value(2).toString() == u"soft" ? Strength::Soft : Strength::Hard;
    d.group = q.value(3).toString();
    d.attributes = RegisterStore::attributesFromText(q.value(4).toString());
    return d;
}

} // namespace

RegisterQueries::RegisterQueries(const Database &db) : m_db(db)
{ }

RegisterQueries::~RegisterQueries() = default;

Result<QSqlQuery *> RegisterQueries::statement(const QString &name, const QString &sql)
{
    auto &slot = m_statements[name];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Database::databaseError(tr("reading the register"), query->lastError().text());
        slot = std::move(query);
    }
    return slot.get();
}

Result<std::optional<RegisterQueries::ElementRow>> RegisterQueries::element(const QString &key)
{
    auto q = statement(QStringLiteral("element"),
                       QStringLiteral("SELECT id, %1 FROM element WHERE key = :key")
                           .arg(QLatin1String(RegisterStore::elementColumns)));
    if (!q)
        return q.error();
    (*q)->bindValue(QStringLiteral(":key"), key);
    if (!(*q)->exec())
        return Database::databaseError(tr("reading the register"), (*q)->lastError().text());
    std::optional<ElementRow> row;
    if ((*q)->next())
        row = ElementRow{(*q)->value(0).toLongLong(), RegisterStore::elementFromRow(**q, 1)};
    (*q)->finish();
    return row;
}

Result<std::vector<Dependency>>
RegisterQueries::dependencies(const QString &name, const QString &sql, const QString &key)
{
    auto q = statement(name, sql);
    if (!q)
        return q.error();
    if (!key.isNull())
        (*q)->bindValue(QStringLiteral(":key"), key);
    if (!(*q)->exec())
        return Database::databaseError(tr("reading the register"), (*q)->lastError().text());
    std::vector<Dependency> list;
    while ((*q)->next())
        list.push_back(dependencyFromRow(**q));
    (*q)->finish();
    return list;
}

Result<std::vector<Dependency>> RegisterQueries::dependenciesOf(const QString &key)
{
    auto list = dependencies(QStringLiteral("needs"),
                             dependencySelect(QStringLiteral("WHERE d.from_id = ") + elementIdOfKey),
                             key.isNull() ? QStringLiteral("") : key);
    if (list)
        std::sort(list->begin(), list->end(), [](const Dependency &a, const Dependency &b) { return a.to < b.to; });
    return list;
}

Result<std::vector<Dependency>> RegisterQueries::dependentsOf(const QString &key)
{
    auto list = dependencies(QStringLiteral("neededBy"),
                             dependencySelect(QStringLiteral("WHERE d.to_id = ") + elementIdOfKey),
                             key.isNull() ? QStringLiteral("") : key);
    if (list)
        std::sort(list->begin(), list->end(), [](const Dependency &a, const Dependency &b) { return a.from < b.from; });
    return list;
}

Result<std::optional<Dependency>> RegisterQueries::dependency(const QString &from, const QString &to)
{
    auto q = statement(QStringLiteral("dependency"),
                       dependencySelect(QStringLiteral("WHERE d.from_id = (SELECT id FROM element WHERE key = :from) "
                                                       "AND d.to_id = (SELECT id FROM element WHERE key = :to)")));
    if (!q)
        return q.error();
    (*q)->bindValue(QStringLiteral(":from"), from);
    (*q)->bindValue(QStringLiteral(":to"), to);
    if (!(*q)->exec())
        return Database::databaseError(tr("reading the register"), (*q)->lastError().text());
    std::optional<Dependency> found;
    if ((*q)->next())
        found = dependencyFromRow(**q);
    (*q)->finish();
    return found;
}

Result<std::vector<RegisterQueries::GroupRow>> RegisterQueries::groupsOf(const QString &key)
{
    auto q = statement(QStringLiteral("groupsOf"),
                       QStringLiteral("SELECT id, name, min_up, failover_min, attributes FROM redundancy_group "
                                      "WHERE element_id = ")
                           + elementIdOfKey);
    if (!q)
        return q.error();
    (*q)->bindValue(QStringLiteral(":key"), key);
    if (!(*q)->exec())
        return Database::databaseError(tr("reading the register"), (*q)->lastError().text());
    std::vector<GroupRow> list;
    while ((*q)->next()) {
        GroupRow row;
        row.id = (*q)->value(0).toLongLong();
        row.group.element = key;
        row.group.name = (*q)->value(1).toString();
        row.group.minUp = (*q)->value(2).toInt();
        row.group.failoverMin = (*q)->value(3).toInt();
        row.group.attributes = RegisterStore::attributesFromText((*q)->value(4).toString());
        list.push_back(std::move(row));
    }
    (*q)->finish();
    std::sort(
        list.begin(), list.end(), [](const GroupRow &a, const GroupRow &b) { return a.group.name < b.group.name; });
    return list;
}

Result<qsizetype> RegisterQueries::groupMemberCount(const QString &owner, const QString &name)
{
    auto q = statement(QStringLiteral("members"),
                       QStringLiteral("SELECT count(*) FROM dependency WHERE group_id = (SELECT g.id FROM "
                                      "redundancy_group g WHERE g.element_id = ")
                           + elementIdOfKey + QStringLiteral(" AND g.name = :name)"));
    if (!q)
        return q.error();
    (*q)->bindValue(QStringLiteral(":key"), owner);
    (*q)->bindValue(QStringLiteral(":name"), name);
    if (!(*q)->exec() || !(*q)->next())
        return Database::databaseError(tr("reading the register"), (*q)->lastError().text());
    const qsizetype count = (*q)->value(0).toLongLong();
    (*q)->finish();
    return count;
}

Result<std::vector<Element>> RegisterQueries::elementsWhere(const ElementFilter &filter)
{
    // The conditions SQL can decide with an index or a cheap comparison; the filter itself decides at the end (a tag
    // is found with LIKE in the ';'-joined column, then checked exactly).
    QStringList where;
    QList<std::pair<QString, QVariant>> values;
    if (filter.kind) {
        where << QStringLiteral("kind = :kind");
        values.append({QStringLiteral(":kind"), Vocabulary::token(*filter.kind)});
    }
    if (filter.critical) {
        where << QStringLiteral("criticality = :critical");
        values.append({QStringLiteral(":critical"), Vocabulary::token(Criticality::Critical)});
    }
    for (const auto &[column, value] : {std::pair{u"owner", &filter.owner},
                                        std::pair{u"region", &filter.region},
                                        std::pair{u"country", &filter.country}}) {
        if (!value->isEmpty()) {
            const QString c = QString::fromUtf16(column);
            where << c + QStringLiteral(" = :") + c;
            values.append({u':' + c, *value});
        }
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("instr(tags, :tag) > 0");
        values.append({QStringLiteral(":tag"), filter.tag});
    }
    const QString sql = QStringLiteral("SELECT %1 FROM element").arg(QLatin1String(RegisterStore::elementColumns))
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Database::databaseError(tr("reading the register"), q.lastError().text());
    for (const auto &[name, value] : values)
        q.bindValue(name, value);
    if (!q.exec())
        return Database::databaseError(tr("reading the register"), q.lastError().text());
    std::vector<Element> list;
    while (q.next()) {
        Element e = RegisterStore::elementFromRow(q, 0);
        if (filter.matches(e))
            list.push_back(std::move(e));
    }
    std::sort(list.begin(), list.end(), [](const Element &a, const Element &b) { return a.key < b.key; });
    return list;
}

Result<std::vector<Dependency>> RegisterQueries::allDependencies()
{
    return dependencies(QStringLiteral("all dependencies"), dependencySelect(QString()), QString());
}

Result<std::vector<RedundancyGroup>> RegisterQueries::allGroups()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.key, g.name, g.min_up, g.failover_min, g.attributes FROM redundancy_group g "
                               "LEFT JOIN element e ON e.id = g.element_id")))
        return Database::databaseError(tr("reading the register"), q.lastError().text());
    std::vector<RedundancyGroup> list;
    while (q.next()) {
        RedundancyGroup g;
        g.element = q.value(0).toString();
        g.name = q.value(1).toString();
        g.minUp = q.value(2).toInt();
        g.failoverMin = q.value(3).toInt();
        g.attributes = RegisterStore::attributesFromText(q.value(4).toString());
        list.push_back(std::move(g));
    }
    return list;
}

Result<std::vector<Scenario>> RegisterQueries::scenarios()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, description, fail, region, country, tag FROM scenario")))
        return Database::databaseError(tr("reading the register"), q.lastError().text());
    std::vector<Scenario> list;
    while (q.next()) {
        Scenario s;
        s.name = q.value(0).toString();
        s.description = q.value(1).toString();
        s.fail = RegisterStore::listItems(q.value(2).toString());
        s.region = q.value(3).toString();
        s.country = q.value(4).toString();
        s.tag = q.value(5).toString();
        list.push_back(std::move(s));
    }
    return list;
}

QStringList RegisterQueries::elementFields(const EntityType &type)
{
    return type.elementFields();
}

Result<std::vector<Record>> RegisterQueries::recordsReferencing(const EntityType &type, const QString &key)
{
    std::vector<Record> list;
    for (const QString &field : type.elementFields()) {
        // The table's own select (its columns in field order, named as the fields) narrowed to one value of the
        // field: SQLite pushes the condition into it and uses the column's index (the primary key for the shipped
        // tables, whose element field is their key).
        auto q = statement(type.token() + u'.' + field,
                           QStringLiteral("SELECT * FROM (%1) WHERE \"%2\" = :key")
                               .arg(QString::fromLatin1(type.sql().select), field));
        if (!q)
            return q.error();
        (*q)->bindValue(QStringLiteral(":key"), key);
        if (!(*q)->exec())
            return Database::databaseError(tr("reading the register"), (*q)->lastError().text());
        const int columns = (*q)->record().count();
        while ((*q)->next()) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row << (*q)->value(c);
            list.push_back({&type, type.fromRow(row)});
        }
        (*q)->finish();
    }
    return list;
}

Result<AuditHead> RegisterQueries::auditHead()
{
    return RegisterStore::auditHead(m_db);
}

QueryReadView::QueryReadView(std::unique_ptr<Database> db)
    : m_db(std::move(db)),
      m_queries(std::make_unique<RegisterQueries>(*m_db))
{ }

QueryReadView::~QueryReadView()
{
    m_queries.reset(); // its statements before the connection
}

Result<std::optional<Element>> QueryReadView::element(const QString &key) const
{
    auto row = m_queries->element(key);
    if (!row)
        return row.error();
    return *row ? std::optional<Element>(std::move((*row)->element)) : std::nullopt;
}

Result<std::vector<Dependency>> QueryReadView::dependenciesOf(const QString &key) const
{
    return m_queries->dependenciesOf(key);
}

Result<std::vector<Dependency>> QueryReadView::dependentsOf(const QString &key) const
{
    return m_queries->dependentsOf(key);
}

Result<std::vector<RedundancyGroup>> QueryReadView::groupsOf(const QString &key) const
{
    auto rows = m_queries->groupsOf(key);
    if (!rows)
        return rows.error();
    std::vector<RedundancyGroup> list;
    list.reserve(rows->size());
    for (auto &row : *rows)
        list.push_back(std::move(row.group));
    return list;
}

Result<std::vector<Element>> QueryReadView::elements(const ElementFilter &filter) const
{
    const ReadTransaction consistent(m_db->connection());
    return m_queries->elementsWhere(filter);
}

Result<std::vector<Dependency>> QueryReadView::dependencies(const QString &key) const
{
    const ReadTransaction consistent(m_db->connection());
    if (key.isEmpty()) {
        auto list = m_queries->allDependencies();
        if (list)
            readview::sortDependencies(*list);
        return list;
    }
    auto out = m_queries->dependenciesOf(key);
    if (!out)
        return out.error();
    auto in = m_queries->dependentsOf(key);
    if (!in)
        return in.error();
    return readview::dependenciesOfKey(std::move(*out), *in);
}

Result<std::vector<RedundancyGroup>> QueryReadView::groups(const QString &key) const
{
    if (!key.isEmpty())
        return groupsOf(key);
    auto list = m_queries->allGroups();
    if (list)
        readview::sortGroups(*list);
    return list;
}

} // namespace bulwark::store

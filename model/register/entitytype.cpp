// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/entitytype.h"

#include "model/register/textrule.h"
#include "model/register/validation.h"

namespace bulwark {

QString Record::key() const
{
    return type ? type->key(value) : QString();
}

QByteArray Record::toJson() const
{
    return type ? type->toJson(value) : QByteArray();
}

bool Record::operator==(const Record &other) const
{
    return type == other.type && (!type || type->equals(value, other.value));
}

EntityType::EntityType(QString token, const char *name, const store::TableSql &sql)
    : m_token(std::move(token)),
      m_name(name),
      m_sql(sql)
{ }

EntityType::~EntityType() = default;

namespace entitytype {

Result<void> checkKey(const QString &key, const QString &field)
{
    return Validation::validateKey(key, field);
}

Result<void> checkText(const QString &text, const QString &field)
{
    return TextRule::check(text, field);
}

} // namespace entitytype

namespace {
QList<const EntityType *> &registry()
{
    // The tables Bulwark ships come first, in the order shippedTables() lists them (thread-safe static init).
    static QList<const EntityType *> types = shippedTables();
    return types;
}
} // namespace

void EntityRegistry::add(const EntityType *type)
{
    if (!registry().contains(type))
        registry().append(type);
}

void EntityRegistry::remove(const EntityType *type)
{
    registry().removeAll(type);
}

const QList<const EntityType *> &EntityRegistry::types()
{
    return registry();
}

const EntityType *EntityRegistry::find(QStringView token)
{
    for (const EntityType *type : registry()) {
        if (type->token() == token)
            return type;
    }
    return nullptr;
}

} // namespace bulwark

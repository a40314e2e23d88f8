// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/field.h"
#include "model/result.h"
#include "model/store/tablesql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QVariantList>

#include <any>
#include <functional>
#include <utility>
#include <vector>

namespace bulwark {

class EntityType;

namespace entitytype {
/// Validation::validateKey and TextRule::check, kept out of this header.
Result<void> checkKey(const QString &key, const QString &field);
Result<void> checkText(const QString &text, const QString &field);
} // namespace entitytype

/// One value of a registered table, whatever its type: the type and the value (a T of TableType<T>).
struct Record {
    const EntityType *type = nullptr;
    std::any value;

    QString key() const;
    /// Canonical JSON, as audited.
    QByteArray toJson() const;
    bool operator==(const Record &other) const;
};

/// A register table declared once: its token (the audit entity, the change set's name), its identity (the key
/// field), its fields, its statements and its rules. RegisterService::apply() and inverse(), RegisterStore's reader
/// and writer and AuditLog::verify() loop over the registered types (EntityRegistry); see TableType for the typed
/// form and docs/architecture.md for the recipe. A table identified by one text key and referring to elements by
/// key fits; tables whose rows other tables point at by row id (elements, groups) are written by hand.
class EntityType
{
    Q_DECLARE_TR_FUNCTIONS(EntityType)
public:
    EntityType(QString token, const char *name, const store::TableSql &sql);
    virtual ~EntityType();
    Q_DISABLE_COPY_MOVE(EntityType)

    /// The stored token: the audit trail's entity, e.g. "contract". Never translated.
    const QString &token() const { return m_token; }
    /// The name of one value for people, e.g. "contract" (translated in the "EntityType" context).
    QString name() const { return tr(m_name); }
    const store::TableSql &sql() const { return m_sql; }

    virtual QString key(const std::any &value) const = 0;
    virtual QString keyField() const = 0;
    virtual QByteArray toJson(const std::any &value) const = 0;
    [[nodiscard]] virtual Result<std::any> fromJson(const QJsonObject &object) const = 0;
    virtual bool equals(const std::any &a, const std::any &b) const = 0;
    /// The values of the table's columns, in field order (TableSql), and back.
    virtual QVariantList row(const std::any &value) const = 0;
    virtual std::any fromRow(const QVariantList &row) const = 0;
    /// The rules on the value alone: the key's syntax, the text rule on every text, required fields, the type's own.
    [[nodiscard]] virtual Result<void> validate(const std::any &value) const = 0;
    /// (field, element key) of every element the value names: each must exist when the value is saved.
    virtual std::vector<std::pair<QString, QString>> elementReferences(const std::any &value) const = 0;
    /// The tokens of the fields that hold an element key (those elementReferences() reports); none by default.
    virtual QStringList elementFields() const { return {}; }
    /// The stored content (SHA-256, lower-case hex) the value names, e.g. an evidence file's bytes: each must be in
    /// the change set (ChangeSet::contents) or already in the register when the value is saved. None by default.
    virtual QStringList contentReferences(const std::any &value) const
    {
        Q_UNUSED(value);
        return {};
    }

private:
    QString m_token;
    const char *m_name;
    store::TableSql m_sql;
};

/// A register table of values of type T, from its field table. T needs no attributes member, and has operator==.
template<typename T>
class TableType : public EntityType
{
public:
    /// `key`: the token of the identity field (text, key syntax). `elementFields`: fields holding an element key.
    /// `rule`: the type's own rule on a value, after the field rules (optional).
    TableType(QString token,
              const char *name,
              FieldTable<T> fields,
              QString key,
              const store::TableSql &sql,
              QStringList elementFields = {},
              std::function<Result<void>(const T &)> rule = {})
        : EntityType(std::move(token), name, sql),
          m_fields(std::move(fields)),
          m_key(m_fields.find(key)),
          m_elementFields(std::move(elementFields)),
          m_rule(std::move(rule))
    {
        Q_ASSERT(m_key);
    }

    const FieldTable<T> &fields() const { return m_fields; }
    Record record(T value) const { return {this, std::any(std::move(value))}; }
    static const T &value(const Record &record) { return std::any_cast<const T &>(record.value); }

    QString key(const std::any &value) const override { return m_key->text(cast(value)); }
    QString keyField() const override { return m_key->token; }
    QByteArray toJson(const std::any &value) const override
    {
        QByteArray out;
        JsonObjectWriter w(out);
        for (const Field<T> &f : m_fields)
            f.writeJson(w, cast(value));
        w.finish();
        return out;
    }
    Result<std::any> fromJson(const QJsonObject &object) const override
    {
        T value;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const Field<T> *f = m_fields.find(it.key());
            if (!f)
                return fieldtext::fieldError(
                    EntityType::tr("is not a field of a %1 (%2)").arg(name(), m_fields.tokens().join(u", ")), it.key());
            if (it.value().isNull() || it.value().isUndefined()) {
                if (f->info.required)
                    return fieldtext::typeError(EntityType::tr("set"), it.value(), it.key());
                continue;
            }
            if (auto r = f->readJson(value, it.value()); !r)
                return r.error();
        }
        for (const Field<T> &f : m_fields) {
            if (f.info.required && !object.contains(f.token))
                return fieldtext::fieldError(EntityType::tr("is required"), f.token);
        }
        return std::any(std::move(value));
    }
    bool equals(const std::any &a, const std::any &b) const override { return cast(a) == cast(b); }
    QVariantList row(const std::any &value) const override
    {
        QVariantList list;
        for (const Field<T> &f : m_fields)
            list << f.sqlValue(cast(value));
        return list;
    }
    std::any fromRow(const QVariantList &row) const override
    {
        T value;
        qsizetype i = 0;
        for (const Field<T> &f : m_fields)
            f.setSqlValue(value, row.value(i++));
        return std::any(std::move(value));
    }
    Result<void> validate(const std::any &any) const override
    {
        const T &value = cast(any);
        if (auto r = entitytype::checkKey(m_key->text(value), m_key->token); !r)
            return r;
        for (const Field<T> &f : m_fields) {
            if (f.info.required && !f.isSet(value))
                return fieldtext::fieldError(EntityType::tr("is required"), f.token);
            if (f.type == FieldType::Text || f.type == FieldType::LongText || f.type == FieldType::TextList) {
                if (auto r = entitytype::checkText(f.text(value), f.token); !r)
                    return r;
            }
        }
        for (const QString &field : m_elementFields) {
            const QString key = m_fields.find(field)->text(value);
            if (!key.isEmpty()) {
                if (auto r = entitytype::checkKey(key, field); !r)
                    return r;
            }
        }
        return m_rule ? m_rule(value) : Result<void>();
    }
    std::vector<std::pair<QString, QString>> elementReferences(const std::any &value) const override
    {
        std::vector<std::pair<QString, QString>> list;
        for (const QString &field : m_elementFields) {
            const QString key = m_fields.find(field)->text(cast(value));
            if (!key.isEmpty())
                list.emplace_back(field, key);
        }
        return list;
    }

    QStringList elementFields() const override { return m_elementFields; }

private:
    static const T &cast(const std::any &value) { return std::any_cast<const T &>(value); }

    FieldTable<T> m_fields;
    const Field<T> *m_key;
    QStringList m_elementFields;
    std::function<Result<void>(const T &)> m_rule;
};

/// The register tables Bulwark ships (the assessment's inputs, ...), in the order they are written and read: the one
/// list (model/shippedtables.cpp). EntityRegistry starts with them.
QList<const EntityType *> shippedTables();

/// The registered tables, in registration order (which is the order they are written and read).
class EntityRegistry
{
public:
    /// Registers `type` (not owned; it must outlive every register opened after). Call before registers are opened,
    /// on one thread: the list is read without a lock by the readers and writers.
    static void add(const EntityType *type);
    static void remove(const EntityType *type);
    static const QList<const EntityType *> &types();
    static const EntityType *find(QStringView token);
};

} // namespace bulwark

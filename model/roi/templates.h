// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/roi/codes.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <span>
#include <vector>

/// The 15 templates of the register of information as the EBA's DORA 4.0 taxonomy declares them: columns with their
/// codes and types, primary keys and the 22 foreign keys (R1-R22) between templates. A Report holds one filing's
/// rows exactly as the package writes them (EBA codes, ISO dates), so the checks see what the supervisor sees.
namespace bulwark::roi {

enum class TemplateId {
    B0101,
    B0102,
    B0103,
    B0201,
    B0202,
    B0203,
    B0301,
    B0302,
    B0303,
    B0401,
    B0501,
    B0502,
    B0601,
    B0701,
    B9901,
};
inline constexpr int templateCount = 15;

/// What a column holds, and so how it is written: text as is, a date as yyyy-MM-dd, a whole number as digits, a
/// monetary amount as digits in the base currency, a boolean as "true", a country as "eba_GA:DE", a currency as
/// "eba_CU:EUR", a closed list's value as its EBA code.
enum class ValueKind { Text, Lei, Date, Integer, Monetary, Boolean, Country, Currency, Code, LicensedActivity };

struct Column {
    const char *code;  ///< "c0010": the CSV header
    const char *label; ///< QT_TRANSLATE_NOOP("Roi", ...)
    ValueKind kind = ValueKind::Text;
    std::optional<CodeList> list; ///< for ValueKind::Code (and the code-type columns)
};

/// A reference from columns of one template to the primary key of another (TAX `tc:keys.reference`).
struct ForeignKey {
    const char *name; ///< the EBA's name, "R7"
    std::vector<int> from;
    TemplateId to;
};

struct Template {
    TemplateId id;
    const char *code;  ///< "B_02.02": the filing indicator's templateID
    const char *file;  ///< "b_02.02.csv"
    const char *title; ///< QT_TRANSLATE_NOOP("Roi", ...)
    std::vector<Column> columns;
    std::vector<int> key; ///< column indexes of the primary key, in the taxonomy's order (empty for B_99.01)
    std::vector<ForeignKey> references;

    /// The index of column `code` ("c0060"), or -1.
    int column(QStringView code) const;
    QString titleText() const;
};

/// All 15, in TemplateId order.
std::span<const Template> templates();
const Template &templateOf(TemplateId id);
/// By filing-indicator code ("B_02.02") or file name ("b_02.02.csv"); nullptr when unknown.
const Template *templateByCode(QStringView code);
const Template *templateByFile(QStringView file);

/// Where a value of the register of information comes from, for "jump to fix": a registered table's token and key
/// (e.g. "roi_arrangement", "C-2023-014"), or "element" and an element key.
struct Source {
    QString table;
    QString key;
    bool operator==(const Source &) const = default;
};

/// One row: the values as written in the package (one per column, in the template's column order; empty when
/// not reported) and, per column, the record it came from (empty for a row read from a package).
struct Row {
    QStringList values;
    std::vector<Source> sources;
    const QString &value(int column) const { return values[column]; }
};

struct Table {
    TemplateId id = TemplateId::B0101;
    std::vector<Row> rows;
    bool reported = true; ///< the filing indicator
};

enum class Consolidation { Individual, Consolidated };

/// One filing: the parameters and the 15 tables.
struct Report {
    QString lei; ///< of the entity maintaining the register (entityID rs:<lei>.<IND|CON>)
    Consolidation consolidation = Consolidation::Individual;
    QDate referenceDate; ///< refPeriod
    QString country;     ///< ISO 3166-1 alpha-2 of the competent authority, for the file name
    QString baseCurrency = QStringLiteral("EUR");
    std::array<Table, templateCount> tables;

    Report();
    Table &table(TemplateId id) { return tables[std::size_t(id)]; }
    const Table &table(TemplateId id) const { return tables[std::size_t(id)]; }
};

/// The written forms (ValueKind): "eba_GA:DE" from "DE" and back; empty in gives empty out.
namespace written {
QString country(const QString &iso);
QString currency(const QString &iso);
QString date(const QDate &date);
QString code(CodeList list, const QString &token);
/// The ISO code or token behind a written value; empty when it is not of that form.
QString countryOf(QStringView written);
QString currencyOf(QStringView written);
QString tokenOf(CodeList list, QStringView written);
} // namespace written

} // namespace bulwark::roi

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"
#include "model/roi/templates.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

/// The package the supervisor receives: the EBA's xBRL-CSV report package of the register of information, a ZIP
/// laid out as the EBA's sample (../shared/DORA.md section 4.5, docs/roi.md):
///
///     <name>/
///     <name>/META-INF/
///     <name>/META-INF/reportPackage.json
///     <name>/reports/
///     <name>/reports/b_01.01.csv ... b_99.01.csv   (all 15, in catalogue order)
///     <name>/reports/FilingIndicators.csv
///     <name>/reports/parameters.csv
///     <name>/reports/report.json
///
/// The fixed parts (module, document types, entity scheme, decimals, line end) come from facts::value().
namespace bulwark::roi {

/// The limits a package read is held to (a register of information package has 22 entries and a few megabytes).
inline constexpr int packageMaxEntries = 200;
inline constexpr qint64 packageMaxUnpacked = qint64(1) << 30;

/// The package's name without ".zip": `<LEI>.<IND|CON>_<country>_DORA010100_DORA_<yyyy-MM-dd>_<yyyyMMddHHmmsszzz>`.
/// The timestamp is written as the clock it is given in reads (local time for QDateTime::currentDateTime()).
QString packageName(const Report &report, const QDateTime &timestamp);

/// The ZIP of `report`, named (its folder) after packageName(). CSV files are UTF-8 without BOM, lines end with
/// CR LF (the last one too), values are quoted (RFC 4180) only when they hold a comma, a double quote, CR or LF.
/// Deterministic: the same report and timestamp give the same bytes (fixed entry order, modification times from
/// the timestamp, deflate level 9, no extra fields). Refuses a report without a valid LEI, reference date,
/// country or base currency, or with a row whose number of values is not its template's number of columns.
[[nodiscard]] Result<QByteArray> writePackage(const Report &report, const QDateTime &timestamp);

/// Writes the package into `directory` as `<packageName>.zip` through exchange::SafeOutput (a temporary file,
/// flushed and renamed into place, so a crash never leaves half a file), and returns the path written.
[[nodiscard]] Result<QString>
writePackageFile(const QString &directory, const Report &report, const QDateTime &timestamp);

/// One entry of a ZIP as it is stored: its path and its bytes (a folder's path ends with '/', its bytes are empty).
struct PackageFile {
    QString path;
    QByteArray bytes;
};

/// Every entry of a ZIP, unpacked, in the order of its central directory. Refuses more than packageMaxEntries
/// entries or more than packageMaxUnpacked bytes in all: first as the ZIP declares the sizes, before anything is
/// inflated, then as each entry inflates (never more than it declared).
[[nodiscard]] Result<std::vector<PackageFile>> unpackPackage(const QByteArray &zip, const QString &fileName);

/// Reads a package back: one top-level folder (or the files at the root), the templates found by their file name
/// in lower case, columns bound by their header in any order, every value kept exactly as written (Row::sources
/// stays empty), FilingIndicators.csv into Table::reported (false for a template it does not name), parameters.csv
/// into the LEI, consolidation, reference date and base currency, and the country from `fileName` (or the folder)
/// when it follows the package name's pattern. Errors name the file inside the package, the line and the column.
/// Unpacks it with unpackPackage() and so within its limits.
[[nodiscard]] Result<Report> readPackage(const QByteArray &zip, const QString &fileName);

} // namespace bulwark::roi

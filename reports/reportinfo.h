// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace bulwark::reports {

/// The libraries a report is produced with, named in report colophons and the About box.
class ReportInfo
{
public:
    /// (library, version) pairs: Qt, SQLite as linked at run time.
    static QList<QPair<QString, QString>> libraryVersions();
};

} // namespace bulwark::reports

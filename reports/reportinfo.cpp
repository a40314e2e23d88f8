// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportinfo.h"

#include "model/store/database.h"
#include "reports/map/maplayout.h"

#include <QtGlobal>

namespace bulwark::reports {

QList<QPair<QString, QString>> ReportInfo::libraryVersions()
{
    QList<QPair<QString, QString>> list;
    list.append({QStringLiteral("Bulwark"), QStringLiteral(BULWARK_VERSION)});
    list.append({QStringLiteral("Qt"), QString::fromLatin1(qVersion())});
    if (const QString sqlite = store::Database::sqliteVersion(); !sqlite.isEmpty())
        list.append({QStringLiteral("SQLite"), sqlite});
    list.append({QStringLiteral("Graphviz"), MapLayout::graphvizVersion()});
    return list;
}

} // namespace bulwark::reports

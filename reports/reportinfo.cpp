// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportinfo.h"

#include "map/maplayout.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtGlobal>

namespace bulwark::reports {

QList<QPair<QString, QString>> ReportInfo::libraryVersions()
{
    QList<QPair<QString, QString>> list;
    list.append({QStringLiteral("Bulwark"), QStringLiteral(BULWARK_VERSION)});
    list.append({QStringLiteral("Qt"), QString::fromLatin1(qVersion())});
    const QString name = QStringLiteral("bulwark-version-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                list.append({QStringLiteral("SQLite"), query.value(0).toString()});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    list.append({QStringLiteral("Graphviz"), MapLayout::graphvizVersion()});
    return list;
}

} // namespace bulwark::reports

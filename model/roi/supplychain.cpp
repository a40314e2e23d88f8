// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/roi/supplychain.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <set>

namespace bulwark::roi {

std::vector<Subcontractor> subcontractors(const Report &report)
{
    QHash<QString, QString> names;
    for (const Row &row : report.table(TemplateId::B0501).rows)
        names.insert(row.value(0), row.value(4));
    const Template &t = templateOf(TemplateId::B0502);
    const int contract = t.column(u"c0010"), provider = t.column(u"c0030"), rank = t.column(u"c0050");
    // The direct provider of each contract: its rank-1 rows.
    QHash<QString, std::set<QString>> directOf;
    for (const Row &row : report.table(TemplateId::B0502).rows) {
        if (row.value(rank) == u"1")
            directOf[row.value(contract)].insert(row.value(provider));
    }
    std::map<QString, std::pair<std::set<QString>, std::set<QString>>> found; // code -> (direct providers, contracts)
    for (const Row &row : report.table(TemplateId::B0502).rows) {
        bool ok = false;
        if (row.value(rank).toInt(&ok) < 2 || !ok)
            continue;
        auto &[direct, contracts] = found[row.value(provider)];
        for (const QString &d : directOf.value(row.value(contract))) {
            if (d != row.value(provider))
                direct.insert(d);
        }
        contracts.insert(row.value(contract));
    }
    std::vector<Subcontractor> result;
    for (const auto &[code, sets] : found) {
        Subcontractor s;
        s.code = code;
        s.name = names.value(code, code);
        for (const QString &d : sets.first) {
            s.directProviders << d;
            s.names << names.value(d, d);
        }
        s.arrangements = QStringList(sets.second.begin(), sets.second.end());
        result.push_back(std::move(s));
    }
    std::stable_sort(result.begin(), result.end(), [](const Subcontractor &a, const Subcontractor &b) {
        return a.directProviders.size() > b.directProviders.size();
    });
    return result;
}

int subcontractorConcentrationCount(const std::vector<Subcontractor> &list)
{
    return int(std::count_if(list.begin(), list.end(), [](const Subcontractor &s) { return s.isConcentration(); }));
}

} // namespace bulwark::roi

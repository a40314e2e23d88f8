// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/registerdata.h"

#include <algorithm>

namespace bulwark {

void RegisterData::sort()
{
    std::sort(elements.begin(), elements.end(), [](const Element &a, const Element &b) { return a.key < b.key; });
    std::sort(dependencies.begin(), dependencies.end(), [](const Dependency &a, const Dependency &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    std::sort(groups.begin(), groups.end(), [](const RedundancyGroup &a, const RedundancyGroup &b) {
        return a.element != b.element ? a.element < b.element : a.name < b.name;
    });
    std::sort(scenarios.begin(), scenarios.end(), [](const Scenario &a, const Scenario &b) { return a.name < b.name; });
    // Records by table token, then key. A record's key is read through its table's field accessors, and a register
    // can hold hundreds of thousands of findings: each key is read once, not once per comparison.
    struct SortKey {
        QString token;
        QString key;
        std::size_t index;
    };
    std::vector<SortKey> order;
    order.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i)
        order.push_back({records[i].type->token(), records[i].key(), i});
    std::sort(order.begin(), order.end(), [](const SortKey &a, const SortKey &b) {
        return a.token != b.token ? a.token < b.token : a.key < b.key;
    });
    std::vector<Record> sorted;
    sorted.reserve(records.size());
    for (const SortKey &k : order)
        sorted.push_back(std::move(records[k.index]));
    records = std::move(sorted);
}

} // namespace bulwark

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
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
        return a.type->token() != b.type->token() ? a.type->token() < b.type->token() : a.key() < b.key();
    });
}

} // namespace bulwark

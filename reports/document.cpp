// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/document.h"

namespace bulwark::reports {

std::vector<const Table *> Document::tables() const
{
    std::vector<const Table *> list;
    for (const Section &section : sections) {
        for (const Block &block : section.blocks) {
            if (const auto *table = std::get_if<Table>(&block))
                list.push_back(table);
        }
    }
    return list;
}

} // namespace bulwark::reports

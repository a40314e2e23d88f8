// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/document.h"

#include <algorithm>

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

Tone Table::rowTone(std::size_t row) const
{
    Tone tone = Tone::Neutral;
    if (row >= rows.size())
        return tone;
    for (const Text &cell : rows[row])
        tone = std::max(tone, cell.tone); // the enum runs from Neutral to Bad
    return tone;
}

} // namespace bulwark::reports

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/errorlist.h"

namespace bulwark::exchange {

void ErrorList::add(const Error &error)
{
    ++m_count;
    if (m_errors.size() < limit)
        m_errors << error;
}

Error ErrorList::combined() const
{
    if (m_errors.isEmpty())
        return {};
    Error first = m_errors.first();
    for (qsizetype i = 1; i < m_errors.size(); ++i)
        first.message += u'\n' + m_errors[i].toString();
    if (m_count > m_errors.size())
        first.message += u'\n' + tr("... and %Ln more problem(s)", nullptr, int(m_count - m_errors.size()));
    return first;
}

} // namespace bulwark::exchange

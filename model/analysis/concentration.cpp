// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/concentration.h"

#include <QMap>

namespace bulwark::analysis {
namespace {

/// Counts the critical functions and ICT services upstream of `sources` (excluding the sources themselves).
class UpstreamCounter
{
public:
    explicit UpstreamCounter(const GraphSnapshot &s) : m_s(s), m_stamp(std::size_t(s.size()), 0) { }

    void count(const std::vector<int> &sources, ConcentrationEntry &entry)
    {
        ++m_mark;
        m_stack.clear();
        for (const int v : sources) {
            if (m_stamp[std::size_t(v)] != m_mark) {
                m_stamp[std::size_t(v)] = m_mark;
                m_stack.push_back(v);
            }
        }
        while (!m_stack.empty()) {
            const int w = m_stack.back();
            m_stack.pop_back();
            for (int i = m_s.inBegin(w); i < m_s.inEnd(w); ++i) {
                const int u = m_s.source(i);
                if (m_stamp[std::size_t(u)] == m_mark)
                    continue;
                m_stamp[std::size_t(u)] = m_mark;
                m_stack.push_back(u);
                if (m_s.isCritical(u))
                    ++entry.criticalFunctions;
                if (m_s.kind(u) == ElementKind::IctService)
                    ++entry.ictServices;
            }
        }
    }

private:
    const GraphSnapshot &m_s;
    std::vector<int> m_stamp;
    std::vector<int> m_stack;
    int m_mark = 0;
};

double herfindahl(const std::vector<ConcentrationEntry> &entries, int ConcentrationEntry::*count)
{
    double total = 0;
    for (const auto &e : entries)
        total += e.*count;
    if (total <= 0)
        return 0;
    double hhi = 0;
    for (const auto &e : entries) {
        const double percent = 100.0 * (e.*count) / total;
        hhi += percent * percent;
    }
    return hhi;
}

} // namespace

ConcentrationResult analyseConcentration(const GraphSnapshot &s)
{
    ConcentrationResult result;
    QMap<QString, std::vector<int>> byCountry;
    for (int v = 0; v < s.size(); ++v) {
        result.criticalFunctionCount += s.isCritical(v) ? 1 : 0;
        result.ictServiceCount += s.kind(v) == ElementKind::IctService ? 1 : 0;
        if (!s.country(v).isEmpty())
            byCountry[s.country(v)].push_back(v);
    }
    auto shares = [&](ConcentrationEntry &e) {
        e.criticalShare = result.criticalFunctionCount ? double(e.criticalFunctions) / result.criticalFunctionCount : 0;
        e.ictServiceShare = result.ictServiceCount ? double(e.ictServices) / result.ictServiceCount : 0;
    };
    UpstreamCounter counter(s);
    for (int v = 0; v < s.size(); ++v) {
        if (s.kind(v) != ElementKind::Provider && s.kind(v) != ElementKind::Location)
            continue;
        ConcentrationEntry entry;
        entry.element = v;
        counter.count({v}, entry);
        shares(entry);
        (s.kind(v) == ElementKind::Provider ? result.providers : result.locations).push_back(entry);
    }
    for (auto it = byCountry.cbegin(); it != byCountry.cend(); ++it) {
        ConcentrationEntry entry;
        entry.country = it.key();
        counter.count(it.value(), entry);
        // Elements that record the country themselves count too (a critical function located there).
        for (const int v : it.value()) {
            entry.criticalFunctions += s.isCritical(v) ? 1 : 0;
            entry.ictServices += s.kind(v) == ElementKind::IctService ? 1 : 0;
        }
        shares(entry);
        result.countries.push_back(entry);
    }
    result.hhiProvidersByIctServices = herfindahl(result.providers, &ConcentrationEntry::ictServices);
    result.hhiProvidersByCriticalFunctions = herfindahl(result.providers, &ConcentrationEntry::criticalFunctions);
    result.hhiCountriesByCriticalFunctions = herfindahl(result.countries, &ConcentrationEntry::criticalFunctions);
    return result;
}

} // namespace bulwark::analysis

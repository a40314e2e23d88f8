// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/concentration.h"
#include "model/analysis/spofanalysis.h"
#include "model/assessment/check.h"
#include "model/assessment/words.h"
#include "model/roi/builder.h"
#include "model/roi/records.h"

#include <QSet>

#include <algorithm>

namespace bulwark::assessment {

namespace {
constexpr words::Word severityWords[]{
    {"low", QT_TRANSLATE_NOOP("Assessment", "Low")},
    {"medium", QT_TRANSLATE_NOOP("Assessment", "Medium")},
    {"high", QT_TRANSLATE_NOOP("Assessment", "High")},
    {"critical", QT_TRANSLATE_NOOP("Assessment", "Critical")},
};
} // namespace

QString token(Severity severity)
{
    return words::token(severityWords, int(severity));
}

QString displayName(Severity severity)
{
    return words::name(severityWords, int(severity));
}

std::optional<Severity> severityFromToken(QStringView token)
{
    return words::find<Severity>(severityWords, token);
}

QString token(CheckStatus status)
{
    switch (status) {
        case CheckStatus::Pass: return QStringLiteral("pass");
        case CheckStatus::Fail: return QStringLiteral("fail");
        case CheckStatus::NotApplicable: return QStringLiteral("not_applicable");
    }
    return {};
}

CheckContext::CheckContext(const RegisterData &data,
                           std::shared_ptr<const analysis::GraphSnapshot> snapshot,
                           QDate today,
                           Thresholds thresholds,
                           Feedback *feedback,
                           const QStringList &scope)
    : m_data(data),
      m_snapshot(std::move(snapshot)),
      m_today(today),
      m_thresholds(thresholds),
      m_feedback(feedback)
{
    m_elements.reserve(qsizetype(data.elements.size()));
    for (const Element &e : data.elements)
        m_elements.insert(e.key, &e);
    for (const Setting *s : records(settingType()))
        m_settings.insert(s->key, s->value);
    const analysis::GraphSnapshot &g = *m_snapshot;
    const QSet<QString> inScope(scope.begin(), scope.end());
    for (int v = 0; v < g.size(); ++v) {
        if (g.isFunction(v) && g.isCritical(v) && (inScope.isEmpty() || inScope.contains(g.key(v))))
            m_criticalFunctions.push_back(v);
    }
}

CheckContext::~CheckContext() = default;

const Element *CheckContext::element(const QString &key) const
{
    return m_elements.value(key, nullptr);
}

const std::vector<int> &CheckContext::closureOf(int element) const
{
    auto it = m_closures.find(element);
    if (it != m_closures.end())
        return *it;
    const analysis::GraphSnapshot &g = *m_snapshot;
    std::vector<char> seen(std::size_t(g.size()), 0);
    std::vector<int> stack{element}, closure;
    seen[std::size_t(element)] = 1;
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        for (int e = g.outBegin(v); e < g.outEnd(v); ++e) {
            const int w = g.target(e);
            if (!seen[std::size_t(w)]) {
                seen[std::size_t(w)] = 1;
                closure.push_back(w);
                stack.push_back(w);
            }
        }
    }
    std::sort(closure.begin(), closure.end());
    return *m_closures.insert(element, std::move(closure));
}

const analysis::SpofAnalysis &CheckContext::spofs() const
{
    if (!m_spofs)
        m_spofs = std::make_unique<analysis::SpofAnalysis>(*m_snapshot, m_feedback);
    return *m_spofs;
}

const analysis::ConcentrationResult &CheckContext::concentration() const
{
    if (!m_concentration)
        m_concentration = std::make_unique<analysis::ConcentrationResult>(analysis::analyseConcentration(*m_snapshot));
    return *m_concentration;
}

const roi::BuildResult &CheckContext::registerOfInformation() const
{
    if (!m_roi) {
        roi::BuildOptions options;
        options.referenceDate = roiReferenceDate();
        options.reportingDate = m_today;
        m_roi = std::make_unique<roi::BuildResult>(roi::Builder::build(m_data, options));
    }
    return *m_roi;
}

bool CheckContext::isOlderThan(const QDate &date, int months) const
{
    return !date.isValid() || date < m_today.addMonths(-months);
}

QSet<QString> tablesTheChecksRead()
{
    return {resilienceTestType().token(),
            exitPlanType().token(),
            legacySystemType().token(),
            riskAcceptanceType().token(),
            settingType().token(),
            roi::entityType().token(),
            roi::branchType().token(),
            roi::arrangementType().token(),
            roi::serviceTermsType().token(),
            roi::functionTermsType().token(),
            roi::providerTermsType().token(),
            roi::definitionType().token()};
}

} // namespace bulwark::assessment

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/failureset.h"

namespace bulwark::analysis {

FailureSpec FailureSpec::of(const Scenario &scenario)
{
    return {scenario.fail, scenario.region, scenario.country, scenario.tag};
}

Result<std::vector<int>> FailureSets::resolve(const GraphSnapshot &s, const FailureSpec &spec)
{
    if (spec.isEmpty())
        return makeError(Error::Code::Invalid, tr("nothing fails: choose elements, a region, a country or a tag"));
    QStringList unknown;
    std::vector<int> failed = s.failureSet(spec.keys, spec.region, spec.country, spec.tag, &unknown);
    if (!unknown.isEmpty()) {
        QStringList described;
        for (const QString &key : std::as_const(unknown)) {
            const QString closest = s.closestKey(key);
            described << (closest.isEmpty() ? QStringLiteral("'%1'").arg(key)
                                            : tr("'%1' (did you mean '%2'?)").arg(key, closest));
        }
        return makeError(
            Error::Code::NotFound,
            tr("unknown element key(s): %1", nullptr, int(described.size())).arg(described.join(QStringLiteral(", "))));
    }
    if (failed.empty())
        return makeError(Error::Code::NotFound, tr("no element matches the failure you described"));
    return failed;
}

QString FailureSets::title(const GraphSnapshot &s, std::span<const int> failed)
{
    constexpr std::size_t shown = 4;
    QStringList keys;
    for (std::size_t i = 0; i < failed.size() && i < shown; ++i)
        keys << s.key(failed[i]);
    const QString list = keys.join(QStringLiteral(", "));
    if (failed.size() <= shown)
        return list;
    return tr("%1 and %n more", nullptr, int(failed.size() - shown)).arg(list);
}

} // namespace bulwark::analysis

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/analysis/spofanalysis.h"
#include "model/register/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bulwark::cli {

QString RedundancyCommand::summary() const
{
    return Context::tr("Find redundancy that is not: elements, regions and countries whose failure alone breaks a "
                       "redundancy group (exit 1 if a group a critical function needs has a common cause).");
}

QStringList RedundancyCommand::examples() const
{
    return {QStringLiteral("bulwark redundancy --db bank.bulwark"),
            QStringLiteral("bulwark redundancy --db bank.bulwark --element APP-PAYHUB --json")};
}

void RedundancyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("element"),
                      Context::tr("Only the groups of this element (default: every group)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("limit"),
                      Context::tr("List at most N common causes per group (the count stays exact)."),
                      QStringLiteral("N")});
}

namespace {

QJsonArray keysOf(const analysis::GraphSnapshot &s, const std::vector<int> &indices)
{
    QJsonArray keys;
    for (const int v : indices)
        keys.append(s.key(v));
    return keys;
}

QJsonObject causeObject(const analysis::GraphSnapshot &s, const analysis::GroupCause &cause, bool common)
{
    const int v = cause.element;
    QJsonObject object{{QStringLiteral("key"), s.key(v)},
                       {QStringLiteral("name"), s.name(v)},
                       {QStringLiteral("kind"), Vocabulary::token(s.kind(v))},
                       {QStringLiteral("members_lost"), keysOf(s, cause.membersLost)},
                       {QStringLiteral("region"), s.region(v)},
                       {QStringLiteral("country"), s.country(v)}};
    if (common)
        object.insert(QStringLiteral("nearest"), cause.nearest);
    return object;
}

} // namespace

int RedundancyCommand::run(Context &context) const
{
    auto snapshot = context.openSnapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    const analysis::GraphSnapshot &s = **snapshot;
    int owner = -1;
    if (context.parser.isSet(QStringLiteral("element"))) {
        auto chosen = context.elementsOf(s, {context.parser.value(QStringLiteral("element"))});
        if (!chosen)
            return context.fail(chosen.error());
        owner = chosen->front();
    }
    std::size_t limit = analysis::SpofAnalysis::noLimit;
    if (context.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const qlonglong n = context.parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || n < 0)
            return context.fail(Context::tr("--limit must be a whole number of 0 or more, got '%1'")
                                    .arg(context.parser.value(QStringLiteral("limit"))));
        limit = std::size_t(n);
    }
    const analysis::SpofAnalysis analysis(s);
    const std::vector<analysis::RedundancyGroupReport> report = analysis::redundancyReport(s, analysis, nullptr, owner);
    bool finding = false;
    if (context.json())
        context.writeRaw("{\"groups\": [\n");
    QString text;
    for (std::size_t i = 0; i < report.size(); ++i) {
        const analysis::RedundancyGroupReport &r = report[i];
        finding = finding || (r.servesCritical && r.isFalseRedundancy());
        const std::size_t shown = std::min(limit, r.commonCauses.size());
        if (context.json()) {
            // One group per line: a register's groups with all their causes can be large.
            QJsonArray common, members;
            for (std::size_t c = 0; c < shown; ++c)
                common.append(causeObject(s, r.commonCauses[c], true));
            for (const analysis::GroupCause &cause : r.memberCauses)
                members.append(causeObject(s, cause, false));
            const QJsonObject object{
                {QStringLiteral("element"), s.key(r.owner)},
                {QStringLiteral("group"), s.groupName(r.group)},
                {QStringLiteral("members"), keysOf(s, r.members)},
                {QStringLiteral("min_up"), r.minUp},
                {QStringLiteral("no_spare"), r.noSpare},
                {QStringLiteral("serves_critical"), r.servesCritical},
                {QStringLiteral("common_cause_count"), qint64(r.commonCauses.size())},
                {QStringLiteral("common_causes"), common},
                {QStringLiteral("member_causes"), members},
                {QStringLiteral("shared_regions"), QJsonArray::fromStringList(r.sharedRegions)},
                {QStringLiteral("shared_countries"), QJsonArray::fromStringList(r.sharedCountries)}};
            context.writeRaw((i ? ",\n" : "") + QJsonDocument(object).toJson(QJsonDocument::Compact));
            continue;
        }
        text += Context::tr("%1 / %2: %3 of %4 members must stay up%5\n")
                    .arg(s.key(r.owner), s.groupName(r.group))
                    .arg(r.minUp)
                    .arg(r.members.size())
                    .arg(r.noSpare ? Context::tr(" (no spare)") : QString());
        QStringList memberKeys;
        for (const int m : r.members)
            memberKeys << s.key(m);
        text += Context::tr("    members: %1\n").arg(memberKeys.join(QStringLiteral(", ")));
        if (r.commonCauses.empty() && r.memberCauses.empty() && r.sharedRegions.isEmpty()
            && r.sharedCountries.isEmpty()) {
            text += Context::tr("    no common cause\n");
            continue;
        }
        if (!r.commonCauses.empty()) {
            text += Context::tr("    %Ln common cause(s) (* nearest):\n", nullptr, int(r.commonCauses.size()));
            QList<QStringList> rows;
            for (std::size_t c = 0; c < shown; ++c) {
                const analysis::GroupCause &cause = r.commonCauses[c];
                rows.append({QStringLiteral("      ") + s.key(cause.element)
                                 + (cause.nearest ? QStringLiteral(" *") : QString()),
                             s.name(cause.element),
                             Vocabulary::token(s.kind(cause.element))});
            }
            text += Output::table(rows);
            if (shown < r.commonCauses.size())
                text
                    += Context::tr("      ... and %1 more (--limit N lists more)\n").arg(r.commonCauses.size() - shown);
        }
        if (!r.memberCauses.empty()) {
            QStringList keys;
            for (const analysis::GroupCause &cause : r.memberCauses)
                keys << s.key(cause.element);
            text += Context::tr("    members that take down enough others: %1\n").arg(keys.join(QStringLiteral(", ")));
        }
        if (!r.sharedRegions.isEmpty())
            text += Context::tr("    shared regions: %1\n").arg(r.sharedRegions.join(QStringLiteral(", ")));
        if (!r.sharedCountries.isEmpty())
            text += Context::tr("    shared countries: %1\n").arg(r.sharedCountries.join(QStringLiteral(", ")));
    }
    if (context.json()) {
        context.writeRaw("\n]}\n");
    } else {
        if (report.empty())
            text += Context::tr("no redundancy group\n");
        text += Context::tr("%Ln false redundancy(ies): group(s) that one element breaks\n",
                            nullptr,
                            analysis::falseRedundancyCount(report));
        context.out << text;
    }
    return finding ? Findings : Ok;
}

} // namespace bulwark::cli

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/output.h"

#include "cli/command.h"
#include "model/analysis/propagation.h"
#include "model/analysis/rtobudget.h"
#include "model/register/entitytype.h"
#include "model/register/registercodec.h"

#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace bulwark::cli {
namespace {

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject counts(const ChangeCounts &c)
{
    return {{QStringLiteral("added"), c.added},
            {QStringLiteral("changed"), c.changed},
            {QStringLiteral("unchanged"), c.unchanged},
            {QStringLiteral("removed"), c.removed}};
}

QString countsText(const QString &what, const ChangeCounts &c, qsizetype width)
{
    return Output::tr("  %1 %2 added, %3 changed, %4 unchanged, %5 removed\n")
        .arg(what.leftJustified(width))
        .arg(c.added)
        .arg(c.changed)
        .arg(c.unchanged)
        .arg(c.removed);
}

} // namespace

QJsonObject Output::toJsonObject(const Element &element)
{
    return parsed(RegisterCodec::toJson(element));
}

QJsonObject Output::toJsonObject(const Dependency &dependency)
{
    return parsed(RegisterCodec::toJson(dependency));
}

QJsonObject Output::toJsonObject(const RedundancyGroup &group)
{
    return parsed(RegisterCodec::toJson(group));
}

QJsonObject Output::toJsonObject(const ChangeSummary &s)
{
    return {{QStringLiteral("dry_run"), s.dryRun},
            {QStringLiteral("batch"), s.batch},
            {QStringLiteral("elements"), counts(s.elements)},
            {QStringLiteral("dependencies"), counts(s.dependencies)},
            {QStringLiteral("groups"), counts(s.groups)},
            {QStringLiteral("scenarios"), counts(s.scenarios)}};
}

QString Output::summaryText(const ChangeSummary &s)
{
    QList<std::pair<QString, ChangeCounts>> lines{
        {tr("elements:"), s.elements}, {tr("dependencies:"), s.dependencies}, {tr("groups:"), s.groups}};
    if (s.scenarios.total() + s.scenarios.unchanged)
        lines.append({tr("scenarios:"), s.scenarios});
    // The registered tables (assessment inputs, ...) that the change touched, by their names in the exchange format.
    for (const EntityType *type : EntityRegistry::types()) {
        const ChangeCounts c = s.records.value(type->token());
        if (c.total() + c.unchanged > 0)
            lines.append({type->token() + u':', c});
    }
    qsizetype width = 13; // the counts start in one column, as far right as the longest name needs
    for (const auto &line : std::as_const(lines))
        width = std::max(width, line.first.size());
    QString text;
    for (const auto &[what, counts] : std::as_const(lines))
        text += countsText(what, counts, width);
    return text;
}

Result<QList<std::pair<QString, QString>>> Output::assignments(const QStringList &arguments)
{
    QList<std::pair<QString, QString>> list;
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0)
            return makeError(Error::Code::Invalid,
                             tr("'%1' is not of the form FIELD=VALUE (for example rto_min=60)").arg(argument));
        list.append({argument.left(equals).trimmed(), argument.mid(equals + 1)});
    }
    return list;
}

QJsonArray Output::keyArray(const analysis::GraphSnapshot &s, const std::vector<int> &elements)
{
    QJsonArray array;
    for (const int v : elements)
        array.append(s.key(v));
    return array;
}

QJsonObject
Output::toJsonObject(const analysis::GraphSnapshot &s, const analysis::FunctionImpact &f, FunctionDetail detail)
{
    const auto minutes = [](int value) {
        return value < 0 || value == analysis::Propagator::unknownRecovery ? QJsonValue() : QJsonValue(value);
    };
    const auto within = [](const std::optional<bool> &answer) { return answer ? QJsonValue(*answer) : QJsonValue(); };
    QJsonObject object{{QStringLiteral("key"), s.key(f.element)},
                       {QStringLiteral("state"), stateToken(int(f.state))},
                       {QStringLiteral("recovery_min"), minutes(f.recoveryMin)},
                       {QStringLiteral("tolerance_min"), minutes(f.toleranceMin)},
                       {QStringLiteral("within_tolerance"), within(f.withinTolerance)}};
    if (detail == FunctionDetail::DowntimeAndDataLoss) {
        object.insert(QStringLiteral("data_loss_min"), minutes(f.dataLossMin));
        object.insert(QStringLiteral("data_loss_tolerance_min"), minutes(f.dataLossToleranceMin));
        object.insert(QStringLiteral("data_loss_within_tolerance"), within(f.dataLossWithinTolerance));
        object.insert(QStringLiteral("lost_data_stores"), keyArray(s, f.lostDataStores));
        object.insert(QStringLiteral("path"), keyArray(s, f.recoveryPath.elements));
        QJsonValue end;
        if (const auto &e = f.recoveryPath.end) {
            const bool failover = e->kind == analysis::RecoveryPathEnd::Kind::Failover;
            end = QJsonObject{{QStringLiteral("kind"), failover ? QStringLiteral("failover") : QStringLiteral("rto")},
                              {QStringLiteral("element"), s.key(e->element)},
                              {QStringLiteral("group"), failover ? QJsonValue(s.groupName(e->group)) : QJsonValue()},
                              {QStringLiteral("time_min"), minutes(e->timeMin)}};
        }
        object.insert(QStringLiteral("path_end"), end);
    }
    return object;
}

QJsonObject Output::toJsonObject(const analysis::GraphSnapshot &s, const analysis::RtoBudget &b)
{
    const auto known = [](int value) { return value < 0 ? QJsonValue() : QJsonValue(value); };
    return {{QStringLiteral("element"), s.key(b.element)},
            {QStringLiteral("rto_min"), known(b.rtoMin)},
            {QStringLiteral("budget_min"), b.budgetMin},
            {QStringLiteral("function"), s.key(b.function)},
            {QStringLiteral("shortfall_min"), b.shortfallMin ? QJsonValue(*b.shortfallMin) : QJsonValue()}};
}

QJsonObject Output::toJsonObject(const analysis::GraphSnapshot &s, const analysis::ImpactResult &impact)
{
    QJsonArray functions;
    for (const analysis::FunctionImpact &f : impact.functions)
        functions.append(toJsonObject(s, f, FunctionDetail::Downtime));
    return QJsonObject{{QStringLiteral("failed"), keyArray(s, impact.failed)},
                       {QStringLiteral("down"), keyArray(s, impact.down)},
                       {QStringLiteral("degraded"), keyArray(s, impact.degraded)},
                       {QStringLiteral("functions"), functions}};
}

QString Output::stateToken(int state)
{
    static const QString tokens[] = {QStringLiteral("up"), QStringLiteral("degraded"), QStringLiteral("down")};
    return tokens[std::clamp(state, 0, 2)];
}

QString Output::stateWord(int state)
{
    switch (std::clamp(state, 0, 2)) {
        case 0: return Context::tr("up");
        case 1: return Context::tr("degraded");
        default: return Context::tr("down");
    }
}

QString Output::table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        while (line.endsWith(u' '))
            line.chop(1);
        if (!line.isEmpty())
            text += line + u'\n';
    }
    return text;
}

} // namespace bulwark::cli

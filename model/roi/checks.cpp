// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of a register of information over a Report: the EBA's technical checks 805-808, its DPM rules
// (dpmrules.cpp) and Bulwark's own (../shared/DORA.md section 5). Each check is one pass over a table with hash sets
// of keys, so 100,000 rows take a fraction of a second.
#include "model/roi/checks.h"

#include "model/roi/checksupport.h"
#include "model/roi/dpmrules.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <iterator>
#include <tuple>
#include <unordered_map>

namespace bulwark::roi {

namespace support {

QString Words::column(const Template &templ, int column)
{
    if (column < 0 || column >= int(templ.columns.size()))
        return {};
    const Column &c = templ.columns[std::size_t(column)];
    return tr("\"%1\" (%2)").arg(tr(c.label), QLatin1StringView(c.code));
}

QString Words::value(const Template &templ, int column, const QString &value)
{
    if (column >= 0 && column < int(templ.columns.size())) {
        const std::optional<CodeList> list = templ.columns[std::size_t(column)].list;
        if (list) {
            if (const Code *code = Codes::byEba(*list, value))
                return tr("%1 (%2)").arg(Codes::label(*code), value);
        }
    }
    return tr("\"%1\"").arg(value);
}

QString Words::row(const Template &templ, const Row &row, int index)
{
    bool blank = true;
    for (const int column : templ.key)
        blank = blank && cell(row, column).isEmpty();
    return blank ? tr("#%1").arg(index + 1) : rowKey(templ, row);
}

Problem rowProblem(const char *rule,
                   Severity severity,
                   const Template &templ,
                   const Row &row,
                   int index,
                   int column,
                   const QString &message)
{
    Problem problem;
    problem.rule = QString::fromLatin1(rule);
    problem.severity = severity;
    problem.table = templ.id;
    problem.row = index;
    problem.rowKey = rowKey(templ, row);
    if (column >= 0 && column < int(templ.columns.size()))
        problem.column = QString::fromLatin1(templ.columns[std::size_t(column)].code);
    const std::size_t from = std::size_t(std::max(column, 0));
    if (from < row.sources.size())
        problem.source = row.sources[from];
    problem.message = message;
    return problem;
}

} // namespace support

namespace {

using support::cell;
using support::Words;

/// Joins key parts for the hash sets; a control character that no register value holds.
constexpr QChar keySeparator(0x1f);

QString joined(const Row &row, const std::vector<int> &columns)
{
    QString result;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            result += keySeparator;
        result += cell(row, columns[i]);
    }
    return result;
}

bool isDigits(QStringView value)
{
    if (value.isEmpty())
        return false;
    for (const QChar c : value) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

/// A date written yyyy-MM-dd, or an invalid date (a quick parser: QDate::fromString is slow for 100,000 rows).
QDate parseDate(QStringView value)
{
    if (value.size() != 10 || value[4] != QLatin1Char('-') || value[7] != QLatin1Char('-'))
        return {};
    const QStringView year = value.first(4);
    const QStringView month = value.mid(5, 2);
    const QStringView day = value.mid(8, 2);
    if (!isDigits(year) || !isDigits(month) || !isDigits(day))
        return {};
    return QDate(year.toInt(), month.toInt(), day.toInt());
}

bool isDate(QStringView value)
{
    return parseDate(value).isValid();
}

/// The rows of a table by their key: a hash of the key's values to row indexes, compared value by value on a hit,
/// so that no key string is built.
class KeyIndex
{
public:
    void build(const Table &table, const std::vector<int> &key)
    {
        m_table = &table;
        m_key = key;
        m_rows.clear();
        m_rows.reserve(table.rows.size());
    }

    /// Adds row `index`; returns the index of an earlier row with the same key, or -1.
    int add(std::size_t index)
    {
        const Row &row = m_table->rows[index];
        const std::size_t hash = hashOf(row, m_key);
        if (const int earlier = find(hash, row, m_key); earlier >= 0)
            return earlier;
        m_rows.emplace(hash, int(index));
        return -1;
    }

    /// The first row whose key equals the values of `columns` of `row` (in the key's order), or -1.
    int find(const Row &row, const std::vector<int> &columns) const
    {
        return m_table ? find(hashOf(row, columns), row, columns) : -1;
    }

private:
    static std::size_t hashOf(const Row &row, const std::vector<int> &columns)
    {
        std::size_t hash = 0;
        for (const int column : columns)
            hash ^= qHash(cell(row, column)) + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
        return hash;
    }

    int find(std::size_t hash, const Row &row, const std::vector<int> &columns) const
    {
        auto [it, end] = m_rows.equal_range(hash);
        for (; it != end; ++it) {
            const Row &candidate = m_table->rows[std::size_t(it->second)];
            bool equal = columns.size() == m_key.size();
            for (std::size_t i = 0; equal && i < columns.size(); ++i)
                equal = cell(candidate, m_key[i]) == cell(row, columns[i]);
            if (equal)
                return it->second;
        }
        return -1;
    }

    const Table *m_table = nullptr;
    std::vector<int> m_key;
    std::unordered_multimap<std::size_t, int> m_rows;
};

const QLatin1StringView leiType("eba_qCO:qx2000");
const QLatin1StringView criticalYes("eba_BT:x28");
const QLatin1StringView yes("eba_BT:x28");
const QLatin1StringView no("eba_BT:x29");
const QLatin1StringView branch("eba_ZZ:x838");
const QLatin1StringView notBranch("eba_ZZ:x839");
const QLatin1StringView subsequent("eba_CO:x3");
const QLatin1StringView notSubstitutable("eba_ZZ:x959");
const QLatin1StringView highlyComplex("eba_ZZ:x960");
const QLatin1StringView nonFinancialTypes[] = {QLatin1StringView("eba_CT:x317"), QLatin1StringView("eba_CT:x318")};
/// The country member the taxonomy lists besides the ISO codes (its label is unknown; docs/roi.md, "Sources").
const QLatin1StringView otherCountry("x28");
/// What a key column holds where no value exists (EBA Q&A 2024_7285).
const QLatin1StringView notApplicable("Not Applicable");

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Roi)
public:
    Checker(const Report &report, std::vector<Problem> &out) : m_report(report), m_out(out)
    {
        for (const DpmRule &rule : dpmRules()) {
            if (rule.kind == DpmRuleKind::NotNegative && !rule.deactivated) {
                for (const char *code : rule.columns)
                    m_signColumns[std::size_t(rule.table)].insert(
                        templateOf(rule.table).column(QString::fromLatin1(code)));
            }
        }
        const Template &b0202 = templateOf(TemplateId::B0202);
        for (const char *code : {"c0130", "c0150", "c0160"})
            m_notApplicableCountry.insert(b0202.column(QString::fromLatin1(code)));
    }

    /// 805, 806 and 808 of one template; remembers its keys for 807.
    void keys(TemplateId id)
    {
        const Template &templ = templateOf(id);
        const Table &table = m_report.table(id);
        const QString code = QString::fromLatin1(templ.code);
        if (table.reported && table.rows.empty()) {
            tableProblem("808",
                         id,
                         tr("%1: the filing indicator says the template is reported, but it has no rows. Add its rows "
                            "or mark it as not reported.")
                             .arg(code));
        } else if (!table.reported && !table.rows.empty()) {
            tableProblem("808",
                         id,
                         tr("%1: the template has %n row(s), but the filing indicator says it is not reported. Mark "
                            "it as reported or remove the rows.",
                            nullptr,
                            int(table.rows.size()))
                             .arg(code));
        }
        if (templ.key.empty())
            return;
        QStringList keyColumns;
        for (const int column : templ.key)
            keyColumns.append(QLatin1StringView(templ.columns[std::size_t(column)].code));
        KeyIndex &index = m_keys[std::size_t(id)];
        index.build(table, templ.key);
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            const Row &row = table.rows[i];
            for (const int column : templ.key) {
                if (!cell(row, column).isEmpty())
                    continue;
                const QString message = id == TemplateId::B0202 && m_notApplicableCountry.contains(column)
                    ? tr("%1 row %2: %3 is empty, but it is part of the key. Write the country, or "
                         "eba_GA:qx2007 where none applies.")
                          .arg(code, label(templ, row, i), Words::column(templ, column))
                    : tr("%1 row %2: %3 is empty, but it is part of the key. Fill it in, or write \"Not "
                         "Applicable\" where no value exists.")
                          .arg(code, label(templ, row, i), Words::column(templ, column));
                add("805", Severity::Blocking, templ, row, i, column, message);
            }
            if (index.add(i) >= 0) {
                add("806",
                    Severity::Blocking,
                    templ,
                    row,
                    i,
                    templ.key.front(),
                    tr("%1 row %2: an earlier row has the same key (%3). Merge the two rows or correct the key.")
                        .arg(code, label(templ, row, i), keyColumns.join(QLatin1String(", "))));
            }
        }
    }

    /// 807 for the references of one template (after keys() of all).
    void references(TemplateId id)
    {
        const Template &templ = templateOf(id);
        const Table &table = m_report.table(id);
        const QString code = QString::fromLatin1(templ.code);
        for (const ForeignKey &reference : templ.references) {
            const KeyIndex &targets = m_keys[std::size_t(reference.to)];
            const QString target = QString::fromLatin1(templateOf(reference.to).code);
            QStringList columns;
            for (const int column : reference.from)
                columns.append(QLatin1StringView(templ.columns[std::size_t(column)].code));
            for (std::size_t i = 0; i < table.rows.size(); ++i) {
                const Row &row = table.rows[i];
                const bool filled = std::all_of(reference.from.cbegin(), reference.from.cend(), [&](int column) {
                    return !cell(row, column).isEmpty();
                });
                if (!filled || targets.find(row, reference.from) >= 0)
                    continue; // all empty: an optional reference left out; partly empty: 805 says so
                QStringList values;
                for (const int column : reference.from)
                    values.append(cell(row, column));
                const QString message = reference.from.size() == 1
                    ? tr("%1 row %2: %3 \"%4\" is not in %5. Add it to %5 or correct the value (reference %6).")
                          .arg(code,
                               label(templ, row, i),
                               Words::column(templ, reference.from.front()),
                               values.front(),
                               target,
                               QLatin1StringView(reference.name))
                    : tr("%1 row %2: the combination %3 \"%4\" is not in %5. Add it to %5 or correct the values "
                         "(reference %6).")
                          .arg(code,
                               label(templ, row, i),
                               columns.join(QLatin1String(", ")),
                               values.join(QLatin1String(" / ")),
                               target,
                               QLatin1StringView(reference.name));
                add("807", Severity::Blocking, templ, row, i, reference.from.front(), message);
            }
        }
    }

    /// lei, code, date and number: each value on its own. A value found valid in a column is not checked again
    /// there (most columns hold few distinct values).
    void values(TemplateId id)
    {
        const Template &templ = templateOf(id);
        const Table &table = m_report.table(id);
        std::vector<QSet<QString>> valid(templ.columns.size());
        std::vector<int> checked; // free text is not checked
        std::vector<int> identifierTypes;
        for (int column = 0; column < int(templ.columns.size()); ++column) {
            const Column &c = templ.columns[std::size_t(column)];
            if (c.kind != ValueKind::Text)
                checked.push_back(column);
            if (c.list == CodeList::IdentifierType)
                identifierTypes.push_back(column);
        }
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            const Row &row = table.rows[i];
            for (const int column : checked) {
                const QString &value = cell(row, column);
                if (value.isEmpty() || valid[std::size_t(column)].contains(value))
                    continue;
                if (checkValue(templ, row, i, column, value))
                    valid[std::size_t(column)].insert(value);
            }
            for (const int column : identifierTypes)
                checkIdentifier(templ, row, i, column);
        }
    }

    /// DORA.md section 5 item 4, where the EBA's rules leave a direction open (checks.h).
    void conditional()
    {
        {
            // B_02.01.c0030 only for subsequent arrangements (the other direction: v22912_m, v8805_m).
            const Template &templ = templateOf(TemplateId::B0201);
            const int type = templ.column(u"c0020");
            const int overarching = templ.column(u"c0030");
            forRows(templ, [&](const Row &row, std::size_t i) {
                if (!cell(row, overarching).isEmpty() && cell(row, type) != subsequent) {
                    add("conditional",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        overarching,
                        tr("%1 row %2: an overarching arrangement (c0030) is named, but the arrangement is not "
                           "subsequent or associated (c0020). Clear c0030 or correct the type.")
                            .arg(code(templ), label(templ, row, i)));
                }
            });
        }
        {
            // B_01.02.c0100 only with c0110 (the other direction: v8803_m).
            const Template &templ = templateOf(TemplateId::B0102);
            const int currency = templ.column(u"c0100");
            const int assets = templ.column(u"c0110");
            forRows(templ, [&](const Row &row, std::size_t i) {
                if (!cell(row, currency).isEmpty() && cell(row, assets).isEmpty()) {
                    add("conditional",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        currency,
                        tr("%1 row %2: the currency of the total assets (c0100) is given without their value "
                           "(c0110). Fill in the value or clear the currency.")
                            .arg(code(templ), label(templ, row, i)));
                }
            });
        }
        {
            // B_07.01.c0060 only for the poorly substitutable (the other direction: v8825_m).
            const Template &templ = templateOf(TemplateId::B0701);
            const int substitutability = templ.column(u"c0050");
            const int reason = templ.column(u"c0060");
            forRows(templ, [&](const Row &row, std::size_t i) {
                const QString &s = cell(row, substitutability);
                if (!cell(row, reason).isEmpty() && s != notSubstitutable && s != highlyComplex) {
                    add("conditional",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        reason,
                        tr("%1 row %2: a reason for poor substitutability (c0060) is given, but the provider is "
                           "neither not substitutable nor highly complex to substitute (c0050). Clear the reason or "
                           "correct c0050.")
                            .arg(code(templ), label(templ, row, i)));
                }
            });
        }
        {
            // B_02.02.c0150, a key: a country iff data is stored, else eba_GA:qx2007.
            const Template &templ = templateOf(TemplateId::B0202);
            const int stored = templ.column(u"c0140");
            const int location = templ.column(u"c0150");
            forRows(templ, [&](const Row &row, std::size_t i) {
                const QString &where = cell(row, location);
                if (where.isEmpty())
                    return; // 805
                if (cell(row, stored) == no && where != m_notApplicableCountryValue) {
                    add("conditional",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        location,
                        tr("%1 row %2: a location of the data at rest (c0150) is given, but no data is stored "
                           "(c0140). Write eba_GA:qx2007 (not applicable) or correct c0140.")
                            .arg(code(templ), label(templ, row, i)));
                } else if (cell(row, stored) == yes && where == m_notApplicableCountryValue) {
                    add("conditional",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        location,
                        tr("%1 row %2: data is stored (c0140), but the location of the data at rest (c0150) is "
                           "\"not applicable\". Write the country where the data is stored.")
                            .arg(code(templ), label(templ, row, i)));
                }
            });
        }
        {
            // B_04.01.c0040, a key: the branch code iff a branch, else "Not Applicable".
            const Template &templ = templateOf(TemplateId::B0401);
            const int nature = templ.column(u"c0030");
            const int branchCode = templ.column(u"c0040");
            forRows(templ, [&](const Row &row, std::size_t i) {
                const QString &value = cell(row, branchCode);
                if (value.isEmpty())
                    return; // 805
                const bool isNotApplicable = value.compare(notApplicable, Qt::CaseInsensitive) == 0;
                if (cell(row, nature) == branch && isNotApplicable) {
                    add("conditional",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        branchCode,
                        tr("%1 row %2: the entity is a branch (c0030), but its identification code (c0040) is "
                           "\"Not Applicable\". Write the branch's code as in B_01.03.")
                            .arg(code(templ), label(templ, row, i)));
                } else if (cell(row, nature) == notBranch && !isNotApplicable) {
                    add("conditional",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        branchCode,
                        tr("%1 row %2: the entity is not a branch (c0030), so the branch code (c0040) must be "
                           "\"Not Applicable\".")
                            .arg(code(templ), label(templ, row, i)));
                }
            });
        }
    }

    /// date-order and terminated in B_02.02.
    void dates()
    {
        const Template &templ = templateOf(TemplateId::B0202);
        const int start = templ.column(u"c0070");
        const int end = templ.column(u"c0080");
        const int reason = templ.column(u"c0090");
        const QDate reference = m_report.referenceDate;
        forRows(templ, [&](const Row &row, std::size_t i) {
            const QString &endText = cell(row, end);
            const QDate endDate = parseDate(endText);
            if (!endDate.isValid())
                return;
            const QDate startDate = parseDate(cell(row, start));
            if (startDate.isValid() && endDate < startDate) {
                add("date-order",
                    Severity::Error,
                    templ,
                    row,
                    i,
                    end,
                    tr("%1 row %2: the end date (c0080) lies before the start date (c0070). Correct one of them.")
                        .arg(code(templ), label(templ, row, i)));
            }
            if (reference.isValid() && endDate < reference && cell(row, reason).isEmpty()) {
                add("terminated",
                    Severity::Warning,
                    templ,
                    row,
                    i,
                    reason,
                    tr("%1 row %2: the arrangement ended on %3, before the reference date, but no reason for "
                       "termination (c0090) is given. Choose one.")
                        .arg(code(templ), label(templ, row, i), endText));
            }
        });
    }

    /// The supply chains of B_05.02 (checks.h).
    void rank()
    {
        const Template &arrangements = templateOf(TemplateId::B0202);
        QSet<QString> contractProviders; // contract, provider of B_02.02
        {
            const std::vector<int> columns{arrangements.column(u"c0010"), arrangements.column(u"c0030")};
            for (const Row &row : m_report.table(TemplateId::B0202).rows)
                contractProviders.insert(joined(row, columns));
        }
        const Template &templ = templateOf(TemplateId::B0502);
        const Table &table = m_report.table(TemplateId::B0502);
        const int contract = templ.column(u"c0010");
        const int service = templ.column(u"c0020");
        const int provider = templ.column(u"c0030");
        const int rankColumn = templ.column(u"c0050");
        const int recipient = templ.column(u"c0060");
        auto chainKey = [&](const Row &row, int rank, const QString &who) {
            return cell(row, contract) + keySeparator + cell(row, service) + keySeparator + QString::number(rank)
                + keySeparator + who;
        };
        struct Chain {
            std::size_t firstRow = 0;
            int rankOnes = 0;
        };
        QHash<QString, Chain> chains; // contract, service
        QSet<QString> providers;      // contract, service, rank, provider
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            const Row &row = table.rows[i];
            const QString chain = joined(row, {contract, service});
            if (!chains.contains(chain))
                chains.insert(chain, Chain{i, 0});
            bool ok = false;
            const int rank = cell(row, rankColumn).toInt(&ok);
            if (ok)
                providers.insert(chainKey(row, rank, cell(row, provider)));
        }
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            const Row &row = table.rows[i];
            const QString &rankText = cell(row, rankColumn);
            if (!isDigits(rankText))
                continue; // empty: 805; not a number: number
            const int rank = rankText.toInt();
            if (rank < 1) {
                add("rank",
                    Severity::Error,
                    templ,
                    row,
                    i,
                    rankColumn,
                    tr("%1 row %2: the rank (c0050) is %3; ranks start at 1, the direct provider.")
                        .arg(code(templ), label(templ, row, i), rankText));
                continue;
            }
            const QString &who = cell(row, provider);
            const QString &to = cell(row, recipient);
            if (rank == 1) {
                Chain &chain = chains[joined(row, {contract, service})];
                if (++chain.rankOnes > 1) {
                    add("rank",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        rankColumn,
                        tr("%1 row %2: contract %3 has more than one row of rank 1 (c0050) for this type of ICT "
                           "services. Keep only the direct provider at rank 1.")
                            .arg(code(templ), label(templ, row, i), cell(row, contract)));
                }
                if (!who.isEmpty() && !contractProviders.contains(cell(row, contract) + keySeparator + who)) {
                    add("rank",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        provider,
                        tr("%1 row %2: the rank-1 provider \"%3\" (c0030) is not a provider of contract %4 in "
                           "B_02.02. Rank 1 is the provider that signed the arrangement.")
                            .arg(code(templ), label(templ, row, i), who, cell(row, contract)));
                }
                if (!to.isEmpty() && to != who) {
                    add("rank",
                        Severity::Warning,
                        templ,
                        row,
                        i,
                        recipient,
                        tr("%1 row %2: in a rank-1 row the recipient (c0060) should repeat the provider's own code "
                           "\"%3\".")
                            .arg(code(templ), label(templ, row, i), who));
                }
            } else if (!to.isEmpty() && !providers.contains(chainKey(row, rank - 1, to))) {
                add("rank",
                    Severity::Error,
                    templ,
                    row,
                    i,
                    recipient,
                    tr("%1 row %2: the recipient \"%3\" (c0060) is not a provider at rank %4 of the same contract "
                       "and type of ICT services. Correct the recipient or the rank.")
                        .arg(code(templ), label(templ, row, i), to, QString::number(rank - 1)));
            }
        }
        for (const Chain &chain : std::as_const(chains)) {
            if (chain.rankOnes > 0)
                continue;
            const Row &row = table.rows[chain.firstRow];
            add("rank",
                Severity::Error,
                templ,
                row,
                chain.firstRow,
                rankColumn,
                tr("%1 row %2: the supply chain of contract %3 for this type of ICT services has no row of rank 1 "
                   "(c0050). Add the direct provider at rank 1.")
                    .arg(code(templ), label(templ, row, chain.firstRow), cell(row, contract)));
        }
    }

    /// Critical or important functions: supported in B_02.02, their services assessed in B_07.01.
    void coverage()
    {
        const Template &functions = templateOf(TemplateId::B0601);
        const Template &arrangements = templateOf(TemplateId::B0202);
        const Table &functionRows = m_report.table(TemplateId::B0601);
        const int criticality = functions.column(u"c0050");
        const auto isCritical = [&](int function) {
            return function >= 0 && cell(functionRows.rows[std::size_t(function)], criticality) == criticalYes;
        };
        if (std::none_of(functionRows.rows.cbegin(), functionRows.rows.cend(), [&](const Row &row) {
                return cell(row, criticality) == criticalYes;
            }))
            return;
        const std::vector<int> functionOf{arrangements.column(u"c0050"), arrangements.column(u"c0020")}; // R7
        const std::vector<int> serviceOf{arrangements.column(u"c0010"),
                                         arrangements.column(u"c0030"),
                                         arrangements.column(u"c0060")}; // the key of B_07.01
        const KeyIndex &functionIndex = m_keys[std::size_t(TemplateId::B0601)];
        const KeyIndex &assessed = m_keys[std::size_t(TemplateId::B0701)];
        std::vector<bool> supported(functionRows.rows.size(), false);
        QSet<QString> reported;
        forRows(arrangements, [&](const Row &row, std::size_t i) {
            const int function = functionIndex.find(row, functionOf);
            if (!isCritical(function))
                return;
            supported[std::size_t(function)] = true;
            if (assessed.find(row, serviceOf) >= 0)
                return;
            const QString service = joined(row, serviceOf);
            if (reported.contains(service))
                return;
            reported.insert(service);
            add("coverage",
                Severity::Error,
                arrangements,
                row,
                i,
                -1,
                tr("%1 row %2: the ICT services support a critical or important function, but B_07.01 has no "
                   "assessment of them (contract %3, provider %4, type %5). Add it to B_07.01.")
                    .arg(code(arrangements),
                         label(arrangements, row, i),
                         cell(row, serviceOf[0]),
                         cell(row, serviceOf[1]),
                         cell(row, serviceOf[2])));
        });
        forRows(functions, [&](const Row &row, std::size_t i) {
            const int first = functionIndex.find(row, functions.key); // a duplicate row (806) counts as its first
            if (cell(row, criticality) != criticalYes || (first >= 0 && supported[std::size_t(first)]))
                return;
            add("coverage",
                Severity::Error,
                functions,
                row,
                i,
                -1,
                tr("%1 row %2: the function is critical or important (c0050), but no ICT services in B_02.02 "
                   "support it. Add the arrangements that support it, or correct its criticality.")
                    .arg(code(functions), label(functions, row, i)));
        });
    }

private:
    /// Whether the value is valid in its column on its own (lei, code, date, number); reports it if not.
    bool checkValue(const Template &templ, const Row &row, std::size_t i, int column, const QString &value)
    {
        const Column &c = templ.columns[std::size_t(column)];
        QString message;
        const char *rule = "code";
        switch (c.kind) {
            case ValueKind::Text: return true;
            case ValueKind::Lei:
                if (Codes::isLei(value))
                    return true;
                rule = "lei";
                message = tr("%1 row %2: %3 \"%4\" is not a valid LEI (20 characters, the last two check digits, "
                             "ISO 17442). Copy it again from the GLEIF register.");
                break;
            case ValueKind::Date:
                if (isDate(value))
                    return true;
                rule = "date";
                message = tr("%1 row %2: %3 \"%4\" is not a date written yyyy-mm-dd (for example 2025-03-31).");
                break;
            case ValueKind::Integer:
            case ValueKind::Monetary: {
                if (isDigits(value))
                    return true;
                const bool negative = value.startsWith(QLatin1Char('-')) && isDigits(QStringView(value).mid(1));
                if (negative && m_signColumns[std::size_t(templ.id)].contains(column))
                    return false; // the EBA's sign rule says so
                rule = "number";
                message = c.kind == ValueKind::Monetary
                    ? tr("%1 row %2: %3 \"%4\" is not an amount in whole units of zero or more. Write digits only, "
                         "without sign, separators or decimals.")
                    : tr("%1 row %2: %3 \"%4\" is not a whole number of zero or more. Write digits only, without "
                         "sign, separators or decimals.");
                break;
            }
            case ValueKind::Boolean:
                if (value == m_linkValue)
                    return true;
                message = tr("%1 row %2: %3 is \"%4\"; the EBA accepts only \"true\" here.");
                break;
            case ValueKind::Country: {
                const QString iso = written::countryOf(value);
                if (Codes::isCountry(iso) || iso == otherCountry)
                    return true;
                if (value == m_notApplicableCountryValue) {
                    if (templ.id == TemplateId::B0202 && m_notApplicableCountry.contains(column))
                        return true;
                    message = tr("%1 row %2: %3 is %4 (not applicable), which is allowed only in B_02.02 c0130, c0150 "
                                 "and c0160. Write a country.");
                } else {
                    message = tr("%1 row %2: %3 \"%4\" is not a country code. Write eba_GA: and the ISO 3166 code, "
                                 "for example eba_GA:DE.");
                }
                break;
            }
            case ValueKind::Currency:
                if (Codes::isCurrency(written::currencyOf(value)))
                    return true;
                message = tr("%1 row %2: %3 \"%4\" is not a currency code. Write eba_CU: and the ISO 4217 code, for "
                             "example eba_CU:EUR.");
                break;
            case ValueKind::LicensedActivity:
                if (Codes::isLicensedActivity(value))
                    return true;
                message = tr("%1 row %2: %3 \"%4\" is not a code of a licensed activity (eba_TA:x and a number).");
                break;
            case ValueKind::Code:
                if (!c.list || Codes::byEba(*c.list, value)) {
                    if (templ.id != TemplateId::B0101 || c.list != CodeList::EntityType
                        || std::find(std::begin(nonFinancialTypes), std::end(nonFinancialTypes), value)
                            == std::end(nonFinancialTypes))
                        return true;
                    message = tr("%1 row %2: %3 \"%4\" is a non-financial type of entity, which B_01.01 does not "
                                 "allow. Choose the type of the financial entity.");
                } else {
                    add("code",
                        Severity::Error,
                        templ,
                        row,
                        i,
                        column,
                        tr("%1 row %2: %3 \"%4\" is not in the list \"%5\". Choose one of its values.")
                            .arg(code(templ),
                                 label(templ, row, i),
                                 Words::column(templ, column),
                                 value,
                                 Codes::listName(*c.list)));
                    return false;
                }
                break;
        }
        add(rule,
            Severity::Error,
            templ,
            row,
            i,
            column,
            message.arg(code(templ), label(templ, row, i), Words::column(templ, column), value));
        return false;
    }

    /// An identification code whose type (the column after it, in every template) says LEI must be a valid LEI.
    void checkIdentifier(const Template &templ, const Row &row, std::size_t i, int typeColumn)
    {
        if (typeColumn < 1 || cell(row, typeColumn) != leiType)
            return;
        const QString &identifier = cell(row, typeColumn - 1);
        if (identifier.isEmpty() || Codes::isLei(identifier))
            return;
        add("lei",
            Severity::Error,
            templ,
            row,
            i,
            typeColumn - 1,
            tr("%1 row %2: %3 \"%4\" is not a valid LEI, but its type (%5) says LEI. Correct the code or its type.")
                .arg(code(templ),
                     label(templ, row, i),
                     Words::column(templ, typeColumn - 1),
                     identifier,
                     QLatin1StringView(templ.columns[std::size_t(typeColumn)].code)));
    }

    template<typename F>
    void forRows(const Template &templ, F &&f) const
    {
        const Table &table = m_report.table(templ.id);
        for (std::size_t i = 0; i < table.rows.size(); ++i)
            f(table.rows[i], i);
    }

    void add(const char *rule,
             Severity severity,
             const Template &templ,
             const Row &row,
             std::size_t index,
             int column,
             const QString &message)
    {
        m_out.push_back(support::rowProblem(rule, severity, templ, row, int(index), column, message));
    }

    void tableProblem(const char *rule, TemplateId id, const QString &message)
    {
        Problem problem;
        problem.rule = QString::fromLatin1(rule);
        problem.severity = Severity::Blocking;
        problem.table = id;
        problem.message = message;
        m_out.push_back(problem);
    }

    static QString code(const Template &templ) { return QString::fromLatin1(templ.code); }
    static QString label(const Template &templ, const Row &row, std::size_t index)
    {
        return Words::row(templ, row, int(index));
    }

    const Report &m_report;
    std::vector<Problem> &m_out;
    std::array<KeyIndex, templateCount> m_keys;
    std::array<QSet<int>, templateCount> m_signColumns;
    QSet<int> m_notApplicableCountry; ///< the columns of B_02.02 that accept eba_GA:qx2007
    const QString m_notApplicableCountryValue = facts::value("not_applicable_country");
    const QString m_linkValue = facts::value("link_value");
};

} // namespace

QString rowKey(const Template &templ, const Row &row)
{
    QString result;
    for (std::size_t i = 0; i < templ.key.size(); ++i) {
        if (i > 0)
            result += QLatin1String(" / ");
        result += cell(row, templ.key[i]);
    }
    return result;
}

std::vector<Problem> checkReport(const Report &report, Feedback *feedback)
{
    std::vector<Problem> problems;
    Checker checker(report, problems);
    // Steps: keys, references and values of each template, the DPM rules (as 15 steps), then 3 of our own.
    constexpr double steps = 4 * templateCount + 3;
    int step = 0;
    // Reports progress and says whether to go on.
    auto next = [&]() {
        if (!feedback)
            return true;
        feedback->setProgress(100.0 * step++ / steps);
        return !feedback->isCanceled();
    };
    for (int i = 0; i < templateCount && next(); ++i)
        checker.keys(TemplateId(i));
    for (int i = 0; i < templateCount && next(); ++i)
        checker.references(TemplateId(i));
    for (int i = 0; i < templateCount && next(); ++i)
        checker.values(TemplateId(i));
    if (!feedback || !feedback->isCanceled()) {
        std::vector<DpmRule> active;
        for (const DpmRule &rule : dpmRules()) {
            if (!rule.deactivated)
                active.push_back(rule);
        }
        PartFeedback part(feedback, 100.0 * step / steps, 100.0 * templateCount / steps);
        std::vector<Problem> dpm = checkDpmRules(report, active, feedback ? &part : nullptr);
        step += templateCount;
        problems.insert(problems.end(), std::make_move_iterator(dpm.begin()), std::make_move_iterator(dpm.end()));
    }
    if (next()) {
        checker.conditional();
        checker.dates();
    }
    if (next())
        checker.rank();
    if (next())
        checker.coverage();
    std::sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return std::forward_as_tuple(a.table, a.row, a.column, a.rule)
            < std::forward_as_tuple(b.table, b.row, b.column, b.rule);
    });
    if (feedback && !feedback->isCanceled())
        feedback->setProgress(100.0);
    return problems;
}

std::vector<Problem> withNotes(const std::vector<BuildNote> &notes, const Report &report, std::vector<Problem> problems)
{
    std::vector<Problem> all;
    all.reserve(notes.size() + problems.size());
    for (const BuildNote &note : notes) {
        Problem p;
        p.rule = QStringLiteral("map");
        p.severity = report.lei.isEmpty() && note.source.table.isEmpty() ? Severity::Blocking : Severity::Error;
        p.message = note.message;
        p.source = note.source;
        all.push_back(std::move(p));
    }
    std::move(problems.begin(), problems.end(), std::back_inserter(all));
    return all;
}

} // namespace bulwark::roi

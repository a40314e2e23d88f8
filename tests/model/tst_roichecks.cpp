// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of a register of information (issue 18): a small complete report passes every check; each case breaks
// one thing and must see exactly the expected problems (rule, severity, template, row, key, column).
#include "model/roi/checks.h"
#include "model/roi/dpmrules.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

using namespace bulwark;
using namespace bulwark::roi;

namespace {

using T = TemplateId;

QString u(const char *text)
{
    return QString::fromLatin1(text);
}

/// An LEI from 18 characters: ISO 7064 MOD 97-10 check digits appended.
QString withCheckDigits(const QString &base)
{
    int remainder = 0;
    for (const QChar c : base + QLatin1String("00")) {
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return base + QString::number(98 - remainder).rightJustified(2, QLatin1Char('0'));
}

const QString entity = QStringLiteral("5493001KJTIIGC8Y1R12");
const QString provider = QStringLiteral("529900HNOAA1KXQJUQ27");
const QString subcontractor = withCheckDigits(QStringLiteral("529900SUBCONTRACT1"));
const QString unknownEntity = withCheckDigits(QStringLiteral("529900UNKNOWNENTIT"));
const QString vatProvider = QStringLiteral("DE123456789");

const QString lei = QStringLiteral("eba_qCO:qx2000");
const QString vat = QStringLiteral("eba_qCO:qx2004");

/// A row of `id` with the given cells ("c0010", value); the others empty.
Row makeRow(T id, std::initializer_list<std::pair<const char *, QString>> cells, const Source &source = {})
{
    const Template &templ = templateOf(id);
    Row row;
    for (std::size_t i = 0; i < templ.columns.size(); ++i)
        row.values.append(QString());
    row.sources.assign(templ.columns.size(), source);
    for (const auto &[code, value] : cells) {
        const int column = templ.column(QString::fromLatin1(code));
        Q_ASSERT_X(column >= 0, "makeRow", code);
        row.values[column] = value;
    }
    return row;
}

void set(Report &report, T id, int row, const char *code, const QString &value)
{
    const int column = templateOf(id).column(QString::fromLatin1(code));
    Q_ASSERT_X(column >= 0, "set", code);
    report.table(id).rows[std::size_t(row)].values[column] = value;
}

void removeRow(Report &report, T id, int row)
{
    auto &rows = report.table(id).rows;
    rows.erase(rows.begin() + row);
}

QString key(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(QLatin1String(" / "));
}

/// The key of B_02.02 row 0 and row 1 of the report below.
const QString arrangement0 = key({QStringLiteral("C-1"),
                                  entity,
                                  provider,
                                  QStringLiteral("F1"),
                                  QStringLiteral("eba_TA:S17"),
                                  QStringLiteral("eba_GA:IE"),
                                  QStringLiteral("eba_GA:IE"),
                                  QStringLiteral("eba_GA:DE")});
const QString arrangement1 = key({QStringLiteral("C-2"),
                                  entity,
                                  provider,
                                  QStringLiteral("F1"),
                                  QStringLiteral("eba_TA:S19"),
                                  QStringLiteral("eba_GA:IE"),
                                  QStringLiteral("eba_GA:qx2007"),
                                  QStringLiteral("eba_GA:IE")});

/// A small register that passes every check: one entity with a branch, two arrangements with one provider (one of
/// them subsequent to the other), an intra-group arrangement, a supply chain of three ranks, one critical function.
Report cleanReport()
{
    Report report;
    report.lei = entity;
    report.referenceDate = QDate(2025, 3, 31);
    report.country = QStringLiteral("DE");
    report.table(T::B0101).rows = {makeRow(T::B0101,
                                           {{"c0010", entity},
                                            {"c0020", u("Example Bank AG")},
                                            {"c0030", u("eba_GA:DE")},
                                            {"c0040", u("eba_CT:x12")},
                                            {"c0050", u("BaFin")},
                                            {"c0060", u("2025-03-31")}})};
    report.table(T::B0102).rows = {makeRow(T::B0102,
                                           {{"c0010", entity},
                                            {"c0020", u("Example Bank AG")},
                                            {"c0030", u("eba_GA:DE")},
                                            {"c0040", u("eba_CT:x12")},
                                            {"c0050", u("eba_RP:x53")},
                                            {"c0060", entity},
                                            {"c0070", u("2025-03-01")},
                                            {"c0080", u("2024-01-01")},
                                            {"c0090", u("9999-12-31")},
                                            {"c0100", u("eba_CU:EUR")},
                                            {"c0110", u("1000000000")}})};
    report.table(T::B0103).rows = {makeRow(
        T::B0103,
        {{"c0010", u("BR-AT-1")}, {"c0020", entity}, {"c0030", u("Example Bank Wien")}, {"c0040", u("eba_GA:AT")}})};
    report.table(T::B0201).rows = {
        makeRow(T::B0201,
                {{"c0010", u("C-1")}, {"c0020", u("eba_CO:x1")}, {"c0040", u("eba_CU:EUR")}, {"c0050", u("120000")}}),
        makeRow(T::B0201,
                {{"c0010", u("C-2")},
                 {"c0020", u("eba_CO:x3")},
                 {"c0030", u("C-1")},
                 {"c0040", u("eba_CU:EUR")},
                 {"c0050", u("30000")}}),
        makeRow(T::B0201,
                {{"c0010", u("C-3")}, {"c0020", u("eba_CO:x1")}, {"c0040", u("eba_CU:EUR")}, {"c0050", u("5000")}}),
    };
    report.table(T::B0202).rows = {
        makeRow(T::B0202,
                {{"c0010", u("C-1")},
                 {"c0020", entity},
                 {"c0030", provider},
                 {"c0040", lei},
                 {"c0050", u("F1")},
                 {"c0060", u("eba_TA:S17")},
                 {"c0070", u("2023-01-01")},
                 {"c0080", u("2027-12-31")},
                 {"c0100", u("90")},
                 {"c0110", u("180")},
                 {"c0120", u("eba_GA:IE")},
                 {"c0130", u("eba_GA:IE")},
                 {"c0140", u("eba_BT:x28")},
                 {"c0150", u("eba_GA:IE")},
                 {"c0160", u("eba_GA:DE")},
                 {"c0170", u("eba_ZZ:x793")},
                 {"c0180", u("eba_ZZ:x796")}},
                {u("roi_arrangement"), u("C-1")}),
        makeRow(T::B0202,
                {{"c0010", u("C-2")},
                 {"c0020", entity},
                 {"c0030", provider},
                 {"c0040", lei},
                 {"c0050", u("F1")},
                 {"c0060", u("eba_TA:S19")},
                 {"c0070", u("2024-01-01")},
                 {"c0080", u("2026-12-31")},
                 {"c0100", u("30")},
                 {"c0110", u("90")},
                 {"c0120", u("eba_GA:IE")},
                 {"c0130", u("eba_GA:IE")},
                 {"c0140", u("eba_BT:x29")},
                 {"c0150", u("eba_GA:qx2007")},
                 {"c0160", u("eba_GA:IE")},
                 {"c0170", u("eba_ZZ:x791")},
                 {"c0180", u("eba_ZZ:x795")}},
                {u("roi_arrangement"), u("C-2")}),
    };
    report.table(T::B0203).rows = {makeRow(T::B0203, {{"c0010", u("C-3")}, {"c0020", u("C-1")}, {"c0030", u("true")}})};
    report.table(T::B0301).rows = {
        makeRow(T::B0301, {{"c0010", u("C-1")}, {"c0020", entity}, {"c0030", u("true")}}),
        makeRow(T::B0301, {{"c0010", u("C-2")}, {"c0020", entity}, {"c0030", u("true")}}),
    };
    report.table(T::B0302).rows = {
        makeRow(T::B0302, {{"c0010", u("C-1")}, {"c0020", provider}, {"c0030", lei}}),
        makeRow(T::B0302, {{"c0010", u("C-2")}, {"c0020", provider}, {"c0030", lei}}),
    };
    report.table(T::B0303).rows = {makeRow(T::B0303, {{"c0010", u("C-3")}, {"c0020", entity}, {"c0031", u("true")}})};
    report.table(T::B0401).rows = {
        makeRow(T::B0401,
                {{"c0010", u("C-1")}, {"c0020", entity}, {"c0030", u("eba_ZZ:x839")}, {"c0040", u("Not Applicable")}}),
        makeRow(T::B0401,
                {{"c0010", u("C-1")}, {"c0020", entity}, {"c0030", u("eba_ZZ:x838")}, {"c0040", u("BR-AT-1")}}),
    };
    const auto providerRow = [&](const QString &code, const QString &type, const QString &name, const char *country) {
        return makeRow(T::B0501,
                       {{"c0010", code},
                        {"c0020", type},
                        {"c0050", name},
                        {"c0060", name},
                        {"c0070", u("eba_CT:x212")},
                        {"c0080", u(country)},
                        {"c0110", code},
                        {"c0120", type}});
    };
    report.table(T::B0501).rows = {
        providerRow(provider, lei, u("Cloud Provider Ltd"), "eba_GA:IE"),
        providerRow(subcontractor, lei, u("Sub Hosting GmbH"), "eba_GA:DE"),
        providerRow(vatProvider, vat, u("Datacenter KG"), "eba_GA:DE"),
    };
    set(report, T::B0501, 0, "c0090", u("eba_CU:EUR"));
    set(report, T::B0501, 0, "c0100", u("150000"));
    const auto chainRow = [&](const QString &who, const QString &type, int rank, const QString &to) {
        return makeRow(T::B0502,
                       {{"c0010", u("C-1")},
                        {"c0020", u("eba_TA:S17")},
                        {"c0030", who},
                        {"c0040", type},
                        {"c0050", QString::number(rank)},
                        {"c0060", to},
                        {"c0070", lei}});
    };
    report.table(T::B0502).rows = {
        chainRow(provider, lei, 1, provider),
        chainRow(subcontractor, lei, 2, provider),
        chainRow(vatProvider, vat, 3, subcontractor),
    };
    report.table(T::B0601).rows = {makeRow(T::B0601,
                                           {{"c0010", u("F1")},
                                            {"c0020", u("eba_TA:x28")},
                                            {"c0030", u("Payments")},
                                            {"c0040", entity},
                                            {"c0050", u("eba_BT:x28")},
                                            {"c0060", u("Core banking")},
                                            {"c0070", u("2025-01-15")},
                                            {"c0080", u("4")},
                                            {"c0090", u("1")},
                                            {"c0100", u("eba_ZZ:x793")}})};
    report.table(T::B0701).rows = {
        makeRow(T::B0701,
                {{"c0010", u("C-1")},
                 {"c0020", provider},
                 {"c0030", lei},
                 {"c0040", u("eba_TA:S17")},
                 {"c0050", u("eba_ZZ:x960")},
                 {"c0060", u("eba_ZZ:x963")},
                 {"c0070", u("2024-06-01")},
                 {"c0080", u("eba_BT:x28")},
                 {"c0090", u("eba_ZZ:x966")},
                 {"c0100", u("eba_ZZ:x793")},
                 {"c0110", u("eba_BT:x28")},
                 {"c0120", u("Other Cloud")}}),
        makeRow(T::B0701,
                {{"c0010", u("C-2")},
                 {"c0020", provider},
                 {"c0030", lei},
                 {"c0040", u("eba_TA:S19")},
                 {"c0050", u("eba_ZZ:x962")},
                 {"c0070", u("2024-06-01")},
                 {"c0080", u("eba_BT:x28")},
                 {"c0090", u("eba_ZZ:x798")},
                 {"c0100", u("eba_ZZ:x792")},
                 {"c0110", u("eba_BT:x29")}}),
    };
    Row definitions = makeRow(T::B9901, {});
    for (qsizetype i = 0; i < definitions.values.size(); ++i)
        definitions.values[i] = QStringLiteral("Definition %1").arg(i + 1);
    report.table(T::B9901).rows = {definitions};
    return report;
}

/// What a case expects of one problem.
struct Expected {
    QString rule;
    Severity severity;
    T table;
    int row;
    QString rowKey;
    QString column;
};

QString describe(const QString &rule, Severity severity, T table, int row, const QString &rowKey, const QString &column)
{
    static const char *severities[] = {"Blocking", "Error", "Warning"};
    return QStringLiteral("%1 %2 %3 row %4 [%5] %6")
        .arg(rule, QLatin1String(severities[int(severity)]), QLatin1String(templateOf(table).code))
        .arg(row)
        .arg(rowKey, column);
}

QStringList describe(const std::vector<Problem> &problems)
{
    QStringList result;
    for (const Problem &p : problems)
        result.append(describe(p.rule, p.severity, p.table, p.row, p.rowKey, p.column));
    return result;
}

QStringList describe(const QList<Expected> &expected)
{
    QStringList result;
    for (const Expected &e : expected)
        result.append(describe(e.rule, e.severity, e.table, e.row, e.rowKey, e.column));
    return result;
}

using Mutation = std::function<void(Report &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(QList<Expected>)

class tst_RoiChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkDigitHelper();
    void cleanReportPasses();
    void breakOneThing_data();
    void breakOneThing();
    void messageNamesTemplateRowAndColumn();
    void dpmRuleTable();
    void deactivatedRulesWouldFire();
    void cancelAndProgress();
    void hundredThousandRows();
};

void tst_RoiChecks::checkDigitHelper()
{
    QVERIFY(Codes::isLei(entity));
    QVERIFY(Codes::isLei(provider));
    QVERIFY(Codes::isLei(subcontractor));
    QVERIFY(Codes::isLei(unknownEntity));
    QCOMPARE(withCheckDigits(entity.left(18)), entity);
    QCOMPARE(withCheckDigits(provider.left(18)), provider);
}

void tst_RoiChecks::cleanReportPasses()
{
    const std::vector<Problem> problems = checkReport(cleanReport());
    QVERIFY2(problems.empty(), qPrintable(describe(problems).join(QLatin1Char('\n'))));
}

void tst_RoiChecks::breakOneThing_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QList<Expected>>("expected");
    const Severity B = Severity::Blocking;
    const Severity E = Severity::Error;
    const Severity W = Severity::Warning;
    const QString bank = key({u("C-1"), entity});

    // The technical checks.
    QTest::newRow("805 key column empty")
        << Mutation([](Report &r) { set(r, T::B0202, 0, "c0050", {}); })
        << QList<Expected>{
               {u("805"),
                B,
                T::B0202,
                0,
                key({u("C-1"), entity, provider, {}, u("eba_TA:S17"), u("eba_GA:IE"), u("eba_GA:IE"), u("eba_GA:DE")}),
                u("c0050")}};
    QTest::newRow("805 country key empty")
        << Mutation([](Report &r) { set(r, T::B0202, 1, "c0130", {}); })
        << QList<Expected>{
               {u("805"),
                B,
                T::B0202,
                1,
                key({u("C-2"), entity, provider, u("F1"), u("eba_TA:S19"), {}, u("eba_GA:qx2007"), u("eba_GA:IE")}),
                u("c0130")}};
    QTest::newRow("806 duplicate key") << Mutation([](Report &r) {
        r.table(T::B0301).rows.push_back(r.table(T::B0301).rows[0]);
    }) << QList<Expected>{{u("806"), B, T::B0301, 2, bank, u("c0010")}};
    QTest::newRow("807 R4 entity not in B_01.02")
        << Mutation([](Report &r) { set(r, T::B0401, 0, "c0020", unknownEntity); })
        << QList<Expected>{{u("807"), B, T::B0401, 0, key({u("C-1"), unknownEntity, u("Not Applicable")}), u("c0020")}};
    QTest::newRow("807 R7 function and entity not in B_06.01")
        << Mutation([](Report &r) { set(r, T::B0202, 0, "c0050", u("F9")); })
        << QList<Expected>{{u("807"),
                            B,
                            T::B0202,
                            0,
                            key({u("C-1"),
                                 entity,
                                 provider,
                                 u("F9"),
                                 u("eba_TA:S17"),
                                 u("eba_GA:IE"),
                                 u("eba_GA:IE"),
                                 u("eba_GA:DE")}),
                            u("c0050")}};
    QTest::newRow("807 R17 contract and provider not in B_03.02")
        << Mutation([](Report &r) { removeRow(r, T::B0302, 1); })
        << QList<Expected>{{u("807"), B, T::B0202, 1, arrangement1, u("c0010")}};
    QTest::newRow("807 R18 ultimate parent not in B_05.01")
        << Mutation([](Report &r) { set(r, T::B0501, 2, "c0110", u("DE000000000")); })
        << QList<Expected>{{u("807"), B, T::B0501, 2, vatProvider, u("c0110")}};
    QTest::newRow("807 skipped for an empty reference")
        << Mutation([](Report &r) { set(r, T::B0102, 0, "c0060", {}); })
        << QList<Expected>{{u("e23676_e"), E, T::B0102, 0, entity, u("c0060")},
                           {u("v8862_m"), E, T::B0102, 0, entity, u("c0060")}};
    QTest::newRow("808 rows while not reported") << Mutation([](Report &r) { r.table(T::B0203).reported = false; })
                                                 << QList<Expected>{{u("808"), B, T::B0203, -1, {}, {}}};
    QTest::newRow("808 reported without rows") << Mutation([](Report &r) { r.table(T::B9901).rows.clear(); })
                                               << QList<Expected>{{u("808"), B, T::B9901, -1, {}, {}}};
    QTest::newRow("not reported and empty") << Mutation([](Report &r) {
        r.table(T::B0203).rows.clear();
        r.table(T::B0203).reported = false;
    }) << QList<Expected>{};

    // The EBA's DPM rules, one of each kind.
    QTest::newRow("e23677_e and v8875_m: filled")
        << Mutation([](Report &r) { set(r, T::B0101, 0, "c0050", {}); })
        << QList<Expected>{{u("e23677_e"), E, T::B0101, 0, entity, u("c0050")},
                           {u("v8875_m"), E, T::B0101, 0, entity, u("c0050")}};
    QTest::newRow("v22912_m and v8805_m: if subsequent then filled")
        << Mutation([](Report &r) { set(r, T::B0201, 1, "c0030", {}); })
        << QList<Expected>{{u("v22912_m"), E, T::B0201, 1, u("C-2"), u("c0030")},
                           {u("v8805_m"), E, T::B0201, 1, u("C-2"), u("c0030")}};
    QTest::newRow("v22913_s: not negative") << Mutation([](Report &r) { set(r, T::B0102, 0, "c0110", u("-5")); })
                                            << QList<Expected>{{u("v22913_s"), E, T::B0102, 0, entity, u("c0110")}};
    QTest::newRow("v23716_s: not negative") << Mutation([](Report &r) { set(r, T::B0201, 2, "c0050", u("-1")); })
                                            << QList<Expected>{{u("v23716_s"), E, T::B0201, 2, u("C-3"), u("c0050")}};
    QTest::newRow("v8803_m: if filled then filled")
        << Mutation([](Report &r) { set(r, T::B0102, 0, "c0100", {}); })
        << QList<Expected>{{u("v8803_m"), E, T::B0102, 0, entity, u("c0100")}};
    QTest::newRow("v8804_m: unless non-financial then filled") << Mutation([](Report &r) {
        set(r, T::B0102, 0, "c0100", {});
        set(r, T::B0102, 0, "c0110", {});
    }) << QList<Expected>{{u("v8804_m"), E, T::B0102, 0, entity, u("c0110")}};
    QTest::newRow("v8826_m: pattern") << Mutation([](Report &r) { set(r, T::B0102, 0, "c0060", u("not-an-lei")); })
                                      << QList<Expected>{{u("807"), B, T::B0102, 0, entity, u("c0060")},
                                                         {u("lei"), E, T::B0102, 0, entity, u("c0060")},
                                                         {u("v8826_m"), E, T::B0102, 0, entity, u("c0060")}};
    QTest::newRow("v8825_m: if poorly substitutable then filled")
        << Mutation([](Report &r) { set(r, T::B0701, 0, "c0060", {}); })
        << QList<Expected>{{u("v8825_m"), E, T::B0701, 0, key({u("C-1"), provider, u("eba_TA:S17")}), u("c0060")}};
    QTest::newRow("e23675_e and v8856_m: row completeness")
        << Mutation([](Report &r) { set(r, T::B0103, 0, "c0040", {}); })
        << QList<Expected>{{u("e23675_e"), E, T::B0103, 0, key({u("BR-AT-1"), entity}), u("c0040")},
                           {u("v8856_m"), E, T::B0103, 0, key({u("BR-AT-1"), entity}), u("c0040")}};
    QTest::newRow("e23680_e and v8869_m: B_02.02 type of code")
        << Mutation([](Report &r) { set(r, T::B0202, 0, "c0040", {}); })
        << QList<Expected>{{u("e23680_e"), E, T::B0202, 0, arrangement0, u("c0040")},
                           {u("v8869_m"), E, T::B0202, 0, arrangement0, u("c0040")}};
    QTest::newRow("v8890_m: key shaped like an LEI")
        << Mutation([](Report &r) { set(r, T::B0101, 0, "c0010", u("5493001kjtiigc8y1r12")); })
        << QList<Expected>{{u("lei"), E, T::B0101, 0, u("5493001kjtiigc8y1r12"), u("c0010")},
                           {u("v8890_m"), E, T::B0101, 0, u("5493001kjtiigc8y1r12"), u("c0010")}};
    QTest::newRow("v8816_m deactivated: end date equal to start date") << Mutation([](Report &r) {
        set(r, T::B0202, 0, "c0080", u("2023-01-01"));
        set(r, T::B0202, 0, "c0090", u("eba_CO:x4"));
    }) << QList<Expected>{};
    QTest::newRow("v8887_m and e23681_e deactivated: reintegration empty")
        << Mutation([](Report &r) { set(r, T::B0701, 0, "c0090", {}); }) << QList<Expected>{};

    // Our own checks.
    QTest::newRow("lei check digits") << Mutation([](Report &r) {
        set(r, T::B0101, 0, "c0010", u("5493001KJTIIGC8Y1R13"));
    }) << QList<Expected>{{u("lei"), E, T::B0101, 0, u("5493001KJTIIGC8Y1R13"), u("c0010")}};
    QTest::newRow("lei of a provider code typed LEI")
        << Mutation([](Report &r) { set(r, T::B0501, 2, "c0020", lei); })
        << QList<Expected>{{u("lei"), E, T::B0501, 2, vatProvider, u("c0010")}};
    QTest::newRow("code not in its list") << Mutation([](Report &r) { set(r, T::B0202, 0, "c0170", u("eba_ZZ:x999")); })
                                          << QList<Expected>{{u("code"), E, T::B0202, 0, arrangement0, u("c0170")}};
    QTest::newRow("code: currency") << Mutation([](Report &r) { set(r, T::B0201, 0, "c0040", u("eba_CU:XXX")); })
                                    << QList<Expected>{{u("code"), E, T::B0201, 0, u("C-1"), u("c0040")}};
    QTest::newRow("code: link not true") << Mutation([](Report &r) { set(r, T::B0301, 0, "c0030", u("yes")); })
                                         << QList<Expected>{{u("code"), E, T::B0301, 0, bank, u("c0030")}};
    QTest::newRow("code: non-financial type in B_01.01")
        << Mutation([](Report &r) { set(r, T::B0101, 0, "c0040", u("eba_CT:x318")); })
        << QList<Expected>{{u("code"), E, T::B0101, 0, entity, u("c0040")}};
    QTest::newRow("qx2007 outside its three columns")
        << Mutation([](Report &r) {
               set(r, T::B0101, 0, "c0030", u("eba_GA:qx2007"));
               set(r, T::B0202, 0, "c0120", u("eba_GA:qx2007"));
           })
        << QList<Expected>{{u("code"), E, T::B0101, 0, entity, u("c0030")},
                           {u("code"), E, T::B0202, 0, arrangement0, u("c0120")}};
    QTest::newRow("date") << Mutation([](Report &r) { set(r, T::B0601, 0, "c0070", u("15.01.2025")); })
                          << QList<Expected>{{u("date"), E, T::B0601, 0, key({u("F1"), entity}), u("c0070")}};
    QTest::newRow("number") << Mutation([](Report &r) { set(r, T::B0202, 0, "c0100", u("90.5")); })
                            << QList<Expected>{{u("number"), E, T::B0202, 0, arrangement0, u("c0100")}};
    QTest::newRow("date-order") << Mutation([](Report &r) { set(r, T::B0202, 0, "c0070", u("2028-01-01")); })
                                << QList<Expected>{{u("date-order"), E, T::B0202, 0, arrangement0, u("c0080")}};
    QTest::newRow("terminated without reason")
        << Mutation([](Report &r) { set(r, T::B0202, 0, "c0080", u("2024-12-31")); })
        << QList<Expected>{{u("terminated"), W, T::B0202, 0, arrangement0, u("c0090")}};
    QTest::newRow("conditional: location of data not stored")
        << Mutation([](Report &r) { set(r, T::B0202, 1, "c0150", u("eba_GA:DE")); })
        << QList<Expected>{{u("conditional"),
                            E,
                            T::B0202,
                            1,
                            key({u("C-2"),
                                 entity,
                                 provider,
                                 u("F1"),
                                 u("eba_TA:S19"),
                                 u("eba_GA:IE"),
                                 u("eba_GA:DE"),
                                 u("eba_GA:IE")}),
                            u("c0150")}};
    QTest::newRow("conditional: overarching reference of a standalone arrangement")
        << Mutation([](Report &r) { set(r, T::B0201, 0, "c0030", u("C-3")); })
        << QList<Expected>{{u("conditional"), E, T::B0201, 0, u("C-1"), u("c0030")}};
    QTest::newRow("conditional: branch code of a non-branch")
        << Mutation([](Report &r) { set(r, T::B0401, 0, "c0040", u("BR-X")); })
        << QList<Expected>{{u("conditional"), E, T::B0401, 0, key({u("C-1"), entity, u("BR-X")}), u("c0040")}};
    QTest::newRow("conditional: currency without assets") << Mutation([](Report &r) {
        set(r, T::B0102, 0, "c0040", u("eba_CT:x317"));
        set(r, T::B0102, 0, "c0110", {});
    }) << QList<Expected>{{u("conditional"), E, T::B0102, 0, entity, u("c0100")}};
    QTest::newRow("rank 1 missing") << Mutation([](Report &r) { removeRow(r, T::B0502, 0); })
                                    << QList<Expected>{
                                           {u("rank"),
                                            E,
                                            T::B0502,
                                            0,
                                            key({u("C-1"), u("eba_TA:S17"), subcontractor, u("2"), provider}),
                                            u("c0050")},
                                           {u("rank"),
                                            E,
                                            T::B0502,
                                            0,
                                            key({u("C-1"), u("eba_TA:S17"), subcontractor, u("2"), provider}),
                                            u("c0060")}};
    QTest::newRow("rank 3 after a gap") << Mutation([](Report &r) { removeRow(r, T::B0502, 1); })
                                        << QList<Expected>{
                                               {u("rank"),
                                                E,
                                                T::B0502,
                                                1,
                                                key({u("C-1"), u("eba_TA:S17"), vatProvider, u("3"), subcontractor}),
                                                u("c0060")}};
    QTest::newRow("rank 1 provider not in B_02.02")
        << Mutation([](Report &r) {
               set(r, T::B0502, 0, "c0030", subcontractor);
               set(r, T::B0502, 0, "c0060", subcontractor);
           })
        << QList<Expected>{{u("rank"),
                            E,
                            T::B0502,
                            0,
                            key({u("C-1"), u("eba_TA:S17"), subcontractor, u("1"), subcontractor}),
                            u("c0030")},
                           {u("rank"),
                            E,
                            T::B0502,
                            1,
                            key({u("C-1"), u("eba_TA:S17"), subcontractor, u("2"), provider}),
                            u("c0060")}};
    QTest::newRow("rank 1 recipient not its own code")
        << Mutation([](Report &r) { set(r, T::B0502, 0, "c0060", subcontractor); })
        << QList<Expected>{{u("rank"),
                            W,
                            T::B0502,
                            0,
                            key({u("C-1"), u("eba_TA:S17"), provider, u("1"), subcontractor}),
                            u("c0060")}};
    QTest::newRow("coverage: service of a critical function not assessed")
        << Mutation([](Report &r) { removeRow(r, T::B0701, 1); })
        << QList<Expected>{{u("coverage"), E, T::B0202, 1, arrangement1, {}}};
    QTest::newRow("coverage: critical function without services") << Mutation([](Report &r) {
        Row function = r.table(T::B0601).rows[0];
        function.values[0] = u("F2");
        r.table(T::B0601).rows.push_back(function);
    }) << QList<Expected>{{u("coverage"), E, T::B0601, 1, key({u("F2"), entity}), {}}};
}

void tst_RoiChecks::breakOneThing()
{
    QFETCH(Mutation, mutation);
    QFETCH(QList<Expected>, expected);
    Report report = cleanReport();
    mutation(report);
    const std::vector<Problem> problems = checkReport(report);
    const QStringList actual = describe(problems);
    const QStringList wanted = describe(expected);
    QVERIFY2(actual == wanted,
             qPrintable(QStringLiteral("got:\n  %1\nexpected:\n  %2")
                            .arg(actual.join(QLatin1String("\n  ")), wanted.join(QLatin1String("\n  ")))));
    for (const Problem &problem : problems) {
        QVERIFY2(problem.message.contains(QLatin1String(templateOf(problem.table).code)), qPrintable(problem.message));
        QVERIFY2(problem.column.isEmpty() || problem.message.contains(problem.column), qPrintable(problem.message));
    }
}

void tst_RoiChecks::messageNamesTemplateRowAndColumn()
{
    Report report = cleanReport();
    set(report, T::B0202, 0, "c0070", QStringLiteral("2028-01-01"));
    const std::vector<Problem> problems = checkReport(report);
    QCOMPARE(problems.size(), std::size_t(1));
    const Problem &problem = problems.front();
    QCOMPARE(problem.message,
             QStringLiteral("B_02.02 row %1: the end date (c0080) lies before the start date (c0070). Correct one of "
                            "them.")
                 .arg(arrangement0));
    QCOMPARE(problem.source, (Source{QStringLiteral("roi_arrangement"), QStringLiteral("C-1")}));

    set(report, T::B0202, 0, "c0070", QStringLiteral("2023-01-01"));
    report.table(T::B0203).reported = false;
    const std::vector<Problem> indicator = checkReport(report);
    QCOMPARE(indicator.size(), std::size_t(1));
    QVERIFY2(indicator.front().message.startsWith(QLatin1String("B_02.03: ")), qPrintable(indicator.front().message));
    QCOMPARE(indicator.front().source, Source{});
}

void tst_RoiChecks::dpmRuleTable()
{
    const std::span<const DpmRule> rules = dpmRules();
    QCOMPARE(rules.size(), std::size_t(71));
    QSet<QString> ids;
    QSet<QString> deactivated;
    int unconfirmed = 0;
    for (const DpmRule &rule : rules) {
        const QString id = QString::fromLatin1(rule.id);
        QVERIFY2(!ids.contains(id), rule.id);
        ids.insert(id);
        if (rule.deactivated)
            deactivated.insert(id);
        unconfirmed += rule.confirmed ? 0 : 1;
        QCOMPARE(dpmRule(id), &rule);
        const Template &templ = templateOf(rule.table);
        const QString expression = QString::fromLatin1(rule.expression);
        QVERIFY2(expression.contains(QLatin1String("tB_") + QLatin1String(templ.code + 2)), rule.id);
        QVERIFY2(!rule.columns.empty(), rule.id);
        // Each column is named in the text, unless the text gives a range ("{c0020-0090}"), all ("{c*}") or the key
        // dimension ("[get ERI]").
        const QRegularExpressionMatch range
            = QRegularExpression(QStringLiteral("\\{c(\\d{4})-(\\d{4})\\}")).match(expression);
        for (const char *code : rule.columns) {
            const QString c = QString::fromLatin1(code);
            QVERIFY2(templ.column(c) >= 0, rule.id);
            const bool inRange = range.hasMatch() && c.mid(1) >= range.captured(1) && c.mid(1) <= range.captured(2);
            QVERIFY2(expression.contains(c) || inRange || expression.contains(QLatin1String("{c*}"))
                         || expression.contains(QLatin1String("[get ")),
                     rule.id);
        }
        for (const char *code : rule.when) {
            QVERIFY2(templ.column(QString::fromLatin1(code)) >= 0, rule.id);
            QVERIFY2(expression.contains(QLatin1String(code)), rule.id);
        }
        for (const char *value : rule.whenValues)
            QVERIFY2(expression.contains(QLatin1Char('[') + QLatin1String(value) + QLatin1Char(']')), rule.id);
        for (const char *value : rule.values)
            QVERIFY2(expression.contains(QLatin1Char('[') + QLatin1String(value) + QLatin1Char(']')), rule.id);
        QVERIFY2((rule.kind == DpmRuleKind::IfThenFilled) == (rule.condition != DpmCondition::Always)
                     || rule.kind == DpmRuleKind::Pattern || rule.kind == DpmRuleKind::InSet,
                 rule.id);
        QVERIFY2((rule.kind == DpmRuleKind::Pattern) == (rule.pattern != nullptr), rule.id);
    }
    QCOMPARE(unconfirmed, 8);
    const QSet<QString> expectedDeactivated{QStringLiteral("e23681_e"),
                                            QStringLiteral("v8816_m"),
                                            QStringLiteral("v8817_m"),
                                            QStringLiteral("v8818_m"),
                                            QStringLiteral("v8821_m"),
                                            QStringLiteral("v8823_m"),
                                            QStringLiteral("v8824_m"),
                                            QStringLiteral("v8887_m"),
                                            QStringLiteral("key-lei-B_02.02"),
                                            QStringLiteral("key-lei-B_03.01"),
                                            QStringLiteral("key-lei-B_03.03"),
                                            QStringLiteral("key-lei-B_04.01"),
                                            QStringLiteral("key-lei-B_06.01")};
    QCOMPARE(deactivated, expectedDeactivated);
    QVERIFY(!dpmRule(u"v9999_m"));
}

void tst_RoiChecks::deactivatedRulesWouldFire()
{
    // The evaluation of the kinds only deactivated rules use: a value in a set, a comparison of two columns.
    Report report = cleanReport();
    set(report, T::B0202, 0, "c0080", QStringLiteral("2023-01-01"));
    const std::vector<DpmRule> rules{*dpmRule(u"v8816_m"), *dpmRule(u"v8817_m"), *dpmRule(u"v8887_m")};
    const std::vector<Problem> problems = checkDpmRules(report, rules);
    QStringList got;
    for (const Problem &p : problems)
        got.append(p.rule + QLatin1Char(' ') + QLatin1String(templateOf(p.table).code) + QLatin1Char(' ')
                   + QString::number(p.row) + QLatin1Char(' ') + p.column);
    QCOMPARE(got, (QStringList{QStringLiteral("v8816_m B_02.02 0 c0080"), QStringLiteral("v8817_m B_05.01 2 c0020")}));
    // And checkReport() leaves them out.
    set(report, T::B0202, 0, "c0090", QStringLiteral("eba_CO:x4"));
    QVERIFY(checkReport(report).empty());
}

void tst_RoiChecks::cancelAndProgress()
{
    const Report report = cleanReport();
    double last = -1;
    bool rising = true;
    Feedback feedback([&](double percent) {
        rising = rising && percent >= last;
        last = percent;
    });
    QVERIFY(checkReport(report, &feedback).empty());
    QVERIFY(rising);
    QCOMPARE(last, 100.0);

    Report broken = cleanReport();
    set(broken, T::B0202, 0, "c0050", {});
    Feedback canceled;
    canceled.cancel();
    QVERIFY(checkReport(broken, &canceled).empty());
}

void tst_RoiChecks::hundredThousandRows()
{
    // 10,000 arrangements with one provider, each supporting 10 functions: 100,000 rows of B_02.02.
    Report report;
    report.referenceDate = QDate(2025, 3, 31);
    for (int i = 0; i < templateCount; ++i)
        report.tables[std::size_t(i)].reported = false;
    const auto use = [&](T id) -> std::vector<Row> & {
        report.table(id).reported = true;
        return report.table(id).rows;
    };
    const QString eur = QStringLiteral("eba_CU:EUR");
    use(T::B0102).push_back(makeRow(T::B0102,
                                    {{"c0010", entity},
                                     {"c0020", QStringLiteral("Example Bank AG")},
                                     {"c0030", QStringLiteral("eba_GA:DE")},
                                     {"c0040", QStringLiteral("eba_CT:x12")},
                                     {"c0050", QStringLiteral("eba_RP:x53")},
                                     {"c0060", entity},
                                     {"c0070", QStringLiteral("2025-03-01")},
                                     {"c0080", QStringLiteral("2024-01-01")},
                                     {"c0090", QStringLiteral("9999-12-31")},
                                     {"c0100", eur},
                                     {"c0110", QStringLiteral("1000")}}));
    use(T::B0501).push_back(makeRow(T::B0501,
                                    {{"c0010", provider},
                                     {"c0020", lei},
                                     {"c0050", QStringLiteral("Cloud Provider Ltd")},
                                     {"c0060", QStringLiteral("Cloud Provider Ltd")},
                                     {"c0070", QStringLiteral("eba_CT:x212")},
                                     {"c0080", QStringLiteral("eba_GA:IE")},
                                     {"c0110", provider},
                                     {"c0120", lei}}));
    for (int f = 0; f < 10; ++f) {
        use(T::B0601).push_back(makeRow(T::B0601,
                                        {{"c0010", QStringLiteral("F%1").arg(f)},
                                         {"c0020", QStringLiteral("eba_TA:x28")},
                                         {"c0030", QStringLiteral("Function %1").arg(f)},
                                         {"c0040", entity},
                                         {"c0050", QStringLiteral("eba_BT:x29")},
                                         {"c0070", QStringLiteral("2025-01-15")},
                                         {"c0080", QStringLiteral("4")},
                                         {"c0090", QStringLiteral("1")},
                                         {"c0100", QStringLiteral("eba_ZZ:x791")}}));
    }
    auto &arrangements = use(T::B0202);
    arrangements.reserve(100000);
    for (int c = 0; c < 10000; ++c) {
        const QString contract = QStringLiteral("C-%1").arg(c);
        use(T::B0201).push_back(makeRow(T::B0201,
                                        {{"c0010", contract},
                                         {"c0020", QStringLiteral("eba_CO:x1")},
                                         {"c0040", eur},
                                         {"c0050", QStringLiteral("1000")}}));
        use(T::B0302).push_back(makeRow(T::B0302, {{"c0010", contract}, {"c0020", provider}, {"c0030", lei}}));
        for (int f = 0; f < 10; ++f) {
            arrangements.push_back(makeRow(T::B0202,
                                           {{"c0010", contract},
                                            {"c0020", entity},
                                            {"c0030", provider},
                                            {"c0040", lei},
                                            {"c0050", QStringLiteral("F%1").arg(f)},
                                            {"c0060", QStringLiteral("eba_TA:S%1").arg(f + 1, 2, 10, QLatin1Char('0'))},
                                            {"c0070", QStringLiteral("2023-01-01")},
                                            {"c0080", QStringLiteral("2027-12-31")},
                                            {"c0100", QStringLiteral("90")},
                                            {"c0110", QStringLiteral("180")},
                                            {"c0120", QStringLiteral("eba_GA:IE")},
                                            {"c0130", QStringLiteral("eba_GA:IE")},
                                            {"c0140", QStringLiteral("eba_BT:x28")},
                                            {"c0150", QStringLiteral("eba_GA:IE")},
                                            {"c0160", QStringLiteral("eba_GA:IE")},
                                            {"c0170", QStringLiteral("eba_ZZ:x792")},
                                            {"c0180", QStringLiteral("eba_ZZ:x795")}}));
        }
    }
    QCOMPARE(arrangements.size(), std::size_t(100000));
    QElapsedTimer timer;
    timer.start();
    const std::vector<Problem> problems = checkReport(report);
    const qint64 elapsed = timer.elapsed();
    qInfo("checkReport: %zu rows of B_02.02 (%zu rows in all) in %lld ms, %zu problems",
          arrangements.size(),
          arrangements.size() + 20011,
          elapsed,
          problems.size());
    QVERIFY2(problems.empty(), qPrintable(describe(problems).mid(0, 5).join(QLatin1Char('\n'))));

    // One broken row among them is found, and only it.
    set(report, T::B0202, 54321, "c0080", QStringLiteral("2022-12-31"));
    set(report, T::B0202, 54321, "c0090", QStringLiteral("eba_CO:x4"));
    const std::vector<Problem> one = checkReport(report);
    QCOMPARE(describe(one),
             QStringList{describe(QStringLiteral("date-order"),
                                  Severity::Error,
                                  T::B0202,
                                  54321,
                                  rowKey(templateOf(T::B0202), report.table(T::B0202).rows[54321]),
                                  QStringLiteral("c0080"))});
}

QTEST_GUILESS_MAIN(tst_RoiChecks)
#include "tst_roichecks.moc"

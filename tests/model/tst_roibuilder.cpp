// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The register of information built from the map (issue 18): the demo group's templates, the supply chain from the
// dependencies, the functions each service supports, and where each value comes from.
#include "model/exchange/demoregister.h"
#include "model/roi/builder.h"
#include "model/roi/checks.h"
#include "model/roi/package.h"
#include "model/roi/reader.h"
#include "model/roi/records.h"
#include "model/roi/supplychain.h"
#include "testutil.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::roi;
using namespace bulwark::test;

namespace {
const QDate today(2026, 11, 30);
const QString bank = QStringLiteral("529900DEMOBANKAG0131");

/// The rows of a table whose column `code` holds `value`.
std::vector<const Row *> rowsWhere(const Report &report, TemplateId id, const char *code, const QString &value)
{
    const Template &t = templateOf(id);
    const int column = t.column(QString::fromLatin1(code));
    std::vector<const Row *> rows;
    for (const Row &row : report.table(id).rows) {
        if (row.value(column) == value)
            rows.push_back(&row);
    }
    return rows;
}

QString cell(const Row &row, TemplateId id, const char *code)
{
    return row.value(templateOf(id).column(QString::fromLatin1(code)));
}
} // namespace

class tst_RoiBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoGroup();
    void demoPassesEveryCheck();
    void packageRoundTrip();
    void arrangements();
    void functionsAndServices();
    void supplyChain();
    void assessments();
    void sources();
    void sameRegisterSameReport();
    void notesForWhatTheTemplatesCannotSay();
    void readBackIntoAnEmptyRegister();
    void readingNamesTheCell();

private:
    QTemporaryDir m_dir;
    RegisterData m_demo;
    Report m_report;
    std::vector<BuildNote> m_notes;
};

void tst_RoiBuilder::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.bulwark"));
    auto created = DemoRegister::create(path, today);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    auto service = openService(path);
    QVERIFY(service);
    m_demo = service->snapshot();
    BuildResult built = Builder::build(m_demo, {QDate(2026, 12, 31), Consolidation::Consolidated, today});
    m_report = std::move(built.report);
    m_notes = std::move(built.notes);
    for (const BuildNote &note : m_notes)
        qWarning() << note.message;
    QVERIFY(m_notes.empty());
}

void tst_RoiBuilder::demoGroup()
{
    QCOMPARE(m_report.lei, bank);
    QCOMPARE(m_report.country, QStringLiteral("DE"));
    QCOMPARE(m_report.table(TemplateId::B0101).rows.size(), 1u);
    const Row &b0101 = m_report.table(TemplateId::B0101).rows.front();
    QCOMPARE(b0101.values,
             QStringList({bank,
                          QStringLiteral("Demo Bank AG"),
                          QStringLiteral("eba_GA:DE"),
                          QStringLiteral("eba_CT:x12"),
                          QStringLiteral("BaFin"),
                          QStringLiteral("2026-11-30")}));
    QCOMPARE(m_report.table(TemplateId::B0102).rows.size(), 3u);
    // The ultimate parent names itself as parent; an entity not deleted has the open end date.
    const auto parent = rowsWhere(m_report, TemplateId::B0102, "c0010", bank);
    QCOMPARE(parent.size(), 1u);
    QCOMPARE(cell(*parent[0], TemplateId::B0102, "c0060"), bank);
    QCOMPARE(cell(*parent[0], TemplateId::B0102, "c0050"), QStringLiteral("eba_RP:x53"));
    QCOMPARE(cell(*parent[0], TemplateId::B0102, "c0090"), QStringLiteral("9999-12-31"));
    const auto it = rowsWhere(m_report, TemplateId::B0102, "c0040", QStringLiteral("eba_CT:x317"));
    QCOMPARE(it.size(), 1u);
    QCOMPARE(m_report.table(TemplateId::B0103).rows.size(), 1u);
    for (const Table &t : m_report.tables)
        QCOMPARE(t.reported, !t.rows.empty());
}

void tst_RoiBuilder::demoPassesEveryCheck()
{
    // Every blocking check, every active EBA rule and every check of ours: not one problem, not even a warning.
    const std::vector<Problem> problems = checkReport(m_report);
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.rule + QLatin1Char(' ') + p.message;
    QVERIFY2(problems.empty(), qPrintable(lines.join(u'\n')));
}

void tst_RoiBuilder::packageRoundTrip()
{
    // Built -> package -> read -> into an empty register -> built -> package: the same bytes.
    const QDateTime stamp(QDate(2027, 1, 15), QTime(9, 30, 0, 125), Qt::UTC);
    auto first = writePackage(m_report, stamp);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    auto read = readPackage(*first, packageName(m_report, stamp) + QStringLiteral(".zip"));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    auto changes = ReportReader::changes(*read, {});
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
    auto service = openService(m_dir.filePath(QStringLiteral("roundtrip.bulwark")));
    QVERIFY(service);
    QVERIFY(service->apply(changes->changes));
    BuildResult again = Builder::build(service->snapshot(), {QDate(2026, 12, 31), Consolidation::Consolidated, today});
    again.report.country = read->country;
    auto second = writePackage(again.report, stamp);
    QVERIFY(second);
    QCOMPARE(second->size(), first->size());
    QVERIFY(*second == *first);
}

void tst_RoiBuilder::arrangements()
{
    QCOMPARE(m_report.table(TemplateId::B0201).rows.size(), 19u);
    const auto subsequent = rowsWhere(m_report, TemplateId::B0201, "c0020", QStringLiteral("eba_CO:x3"));
    QCOMPARE(subsequent.size(), 2u);
    for (const Row *row : subsequent)
        QCOMPARE(cell(*row, TemplateId::B0201, "c0030"), QStringLiteral("C-NWC-2021"));
    // The intra-group arrangement relies on the external one, and the IT subsidiary signs as provider.
    QCOMPARE(m_report.table(TemplateId::B0203).rows.size(), 1u);
    QCOMPARE(m_report.table(TemplateId::B0203).rows.front().values,
             QStringList({QStringLiteral("C-DIT-2023"), QStringLiteral("C-BLP-2022"), QStringLiteral("true")}));
    QCOMPARE(m_report.table(TemplateId::B0303).rows.size(), 1u);
    QCOMPARE(
        m_report.table(TemplateId::B0303).rows.front().values,
        QStringList({QStringLiteral("C-DIT-2023"), QStringLiteral("529900DEMOITSERV0397"), QStringLiteral("true")}));
    // Signed by the bank (and by Demo Invest for market data; by the IT subsidiary for Bluepeak).
    QCOMPARE(m_report.table(TemplateId::B0301).rows.size(), 20u);
    QCOMPARE(rowsWhere(m_report, TemplateId::B0301, "c0020", QStringLiteral("529900DEMOITSERV0397")).size(), 1u);
    QCOMPARE(m_report.table(TemplateId::B0302).rows.size(), 19u);
    // The terminated contract: its end date and reason in every B_02.02 row.
    const auto ended = rowsWhere(m_report, TemplateId::B0202, "c0010", QStringLiteral("C-PST-2016"));
    QVERIFY(!ended.empty());
    for (const Row *row : ended) {
        QCOMPARE(cell(*row, TemplateId::B0202, "c0080"), QStringLiteral("2026-07-30"));
        QCOMPARE(cell(*row, TemplateId::B0202, "c0090"), QStringLiteral("eba_CO:x4"));
    }
    // The Vienna branch uses the SD-WAN contract.
    const auto branch = rowsWhere(m_report, TemplateId::B0401, "c0040", QStringLiteral("DEMOBANK-WIEN"));
    QCOMPARE(branch.size(), 1u);
    QCOMPARE(cell(*branch[0], TemplateId::B0401, "c0010"), QStringLiteral("C-TLK-2018"));
    QCOMPARE(cell(*branch[0], TemplateId::B0401, "c0030"), QStringLiteral("eba_ZZ:x838"));
}

void tst_RoiBuilder::functionsAndServices()
{
    QCOMPARE(m_report.table(TemplateId::B0601).rows.size(), 12u);
    // Every critical function is supported by at least one arrangement.
    for (const Element &e : m_demo.elements) {
        if (e.isFunction() && e.isCritical())
            QVERIFY2(!rowsWhere(m_report, TemplateId::B0202, "c0050", e.key).empty(), qPrintable(e.key));
    }
    // Securities brokerage belongs to Demo Invest: its rows name that entity.
    const auto securities = rowsWhere(m_report, TemplateId::B0202, "c0050", QStringLiteral("F-SEC"));
    QVERIFY(!securities.empty());
    for (const Row *row : securities)
        QCOMPARE(cell(*row, TemplateId::B0202, "c0020"), QStringLiteral("529900DEMOINVEST0250"));
    // Card payments rest on Helix (through the authorisation switch), with the data in Luxembourg.
    bool helix = false;
    for (const Row *row : rowsWhere(m_report, TemplateId::B0202, "c0050", QStringLiteral("F-CARD"))) {
        if (cell(*row, TemplateId::B0202, "c0010") == u"C-HLX-2019") {
            helix = true;
            QCOMPARE(cell(*row, TemplateId::B0202, "c0150"), QStringLiteral("eba_GA:LU"));
        }
    }
    QVERIFY(helix);
    // A service that stores no data: the location of data at rest is "not applicable".
    for (const Row *row : rowsWhere(m_report, TemplateId::B0202, "c0010", QStringLiteral("C-BLP-2022")))
        QCOMPARE(cell(*row, TemplateId::B0202, "c0150"), QStringLiteral("eba_GA:qx2007"));
    // Recovery objectives in whole hours: F-CARD tolerates 120 minutes (2 h), loses at most 5 minutes (1 h).
    const auto card = rowsWhere(m_report, TemplateId::B0601, "c0010", QStringLiteral("F-CARD"));
    QCOMPARE(card.size(), 1u);
    QCOMPARE(cell(*card[0], TemplateId::B0601, "c0080"), QStringLiteral("2"));
    QCOMPARE(cell(*card[0], TemplateId::B0601, "c0090"), QStringLiteral("1"));
    QCOMPARE(cell(*card[0], TemplateId::B0601, "c0050"), QStringLiteral("eba_BT:x28"));
}

void tst_RoiBuilder::supplyChain()
{
    const TemplateId t = TemplateId::B0502;
    const auto helix = rowsWhere(m_report, t, "c0010", QStringLiteral("C-HLX-2019"));
    QSet<QString> chain;
    for (const Row *row : helix)
        chain << cell(*row, t, "c0050") + QLatin1Char(':') + cell(*row, t, "c0030") + QLatin1Char('<')
                + cell(*row, t, "c0060");
    const QString hlx = QStringLiteral("222100K6QL2V4MLHWQ08");
    const QString nwc = QStringLiteral("5493001KJTIIGC8Y1R12");
    const QString rmc = QStringLiteral("529900HNOAA1KXQJUQ27");
    QCOMPARE(chain,
             QSet<QString>({QStringLiteral("1:%1<%1").arg(hlx),
                            QStringLiteral("2:%1<%2").arg(nwc, hlx),
                            QStringLiteral("3:%1<%2").arg(rmc, nwc)}));
    // Helix's two service types each get the chain.
    QCOMPARE(helix.size(), 6u);
    // Northwind is a sub-contractor under two direct providers (Helix and Sentinel): fourth-party concentration.
    QSet<QString> recipients;
    for (const Row &row : m_report.table(t).rows) {
        if (cell(row, t, "c0030") == nwc && cell(row, t, "c0050") == u"2")
            recipients << cell(row, t, "c0060");
    }
    QCOMPARE(recipients.size(), 2);
    const std::vector<Subcontractor> subs = subcontractors(m_report);
    // Rhein-Main Colocation under Northwind (rank 2), Helix and Sentinel (rank 3); Northwind under Helix and
    // Sentinel.
    QCOMPARE(subcontractorConcentrationCount(subs), 2);
    QCOMPARE(subs.size(), 3u); // and Bluepeak under the IT subsidiary alone
    QCOMPARE(subs[0].code, rmc);
    QCOMPARE(subs[0].directProviders, QStringList({hlx, nwc, QStringLiteral("635400MMGYK7HLRQL843")}));
    QCOMPARE(subs[1].code, nwc);
    QCOMPARE(subs[1].name, QStringLiteral("Northwind Cloud SE"));
    QCOMPARE(subs[1].directProviders, QStringList({hlx, QStringLiteral("635400MMGYK7HLRQL843")}));
    QCOMPARE(subs[1].arrangements, QStringList({QStringLiteral("C-HLX-2019"), QStringLiteral("C-SNT-2021")}));
    QVERIFY(!subs[2].isConcentration());
    // The intra-group arrangement: Bluepeak at rank 2 under the IT subsidiary.
    QCOMPARE(rowsWhere(m_report, t, "c0010", QStringLiteral("C-DIT-2023")).size(), 2u);
    // Every provider in a chain (and every direct one) is in B_05.01.
    QSet<QString> providers;
    for (const Row &row : m_report.table(TemplateId::B0501).rows)
        providers << row.value(0);
    for (const Row &row : m_report.table(t).rows)
        QVERIFY(providers.contains(cell(row, t, "c0030")));
    QCOMPARE(providers.size(), 16);
}

void tst_RoiBuilder::assessments()
{
    const TemplateId t = TemplateId::B0701;
    // One row per (arrangement, provider, service type) of B_02.02.
    QSet<QString> combos;
    for (const Row &row : m_report.table(TemplateId::B0202).rows)
        combos << row.value(0) + QLatin1Char('|') + row.value(2) + QLatin1Char('|') + row.value(5);
    QCOMPARE(m_report.table(t).rows.size(), std::size_t(combos.size()));
    // Meridian: not substitutable (from the map), no exit plan (from the map), no real alternative.
    const auto meridian = rowsWhere(m_report, t, "c0010", QStringLiteral("C-MRD-2018"));
    QCOMPARE(meridian.size(), 1u);
    QCOMPARE(cell(*meridian[0], t, "c0050"), QStringLiteral("eba_ZZ:x959"));
    QCOMPARE(cell(*meridian[0], t, "c0060"), QStringLiteral("eba_ZZ:x963"));
    QCOMPARE(cell(*meridian[0], t, "c0080"), QStringLiteral("eba_BT:x29"));
}

void tst_RoiBuilder::sources()
{
    // Each value says where to fix it: the arrangement's dates in the arrangement, the locations in the service.
    const TemplateId t = TemplateId::B0202;
    const Row &row = *rowsWhere(m_report, t, "c0010", QStringLiteral("C-MRD-2018")).front();
    const Template &tpl = templateOf(t);
    QCOMPARE(row.sources[std::size_t(tpl.column(u"c0070"))],
             (Source{QStringLiteral("roi_arrangement"), QStringLiteral("C-MRD-2018")}));
    QCOMPARE(row.sources[std::size_t(tpl.column(u"c0130"))],
             (Source{QStringLiteral("roi_service"), QStringLiteral("SVC-MRD-NET")}));
    QCOMPARE(row.sources[std::size_t(tpl.column(u"c0050"))].table, QStringLiteral("roi_function"));
}

void tst_RoiBuilder::sameRegisterSameReport()
{
    const BuildResult again = Builder::build(m_demo, {QDate(2026, 12, 31), Consolidation::Consolidated, today});
    for (int i = 0; i < templateCount; ++i) {
        const auto &a = m_report.tables[std::size_t(i)].rows;
        const auto &b = again.report.tables[std::size_t(i)].rows;
        QCOMPARE(a.size(), b.size());
        for (std::size_t r = 0; r < a.size(); ++r)
            QCOMPARE(a[r].values, b[r].values);
    }
}

void tst_RoiBuilder::notesForWhatTheTemplatesCannotSay()
{
    RegisterData data = m_demo;
    for (Record &r : data.records) {
        if (r.type == &entityType()) {
            Entity e = TableType<Entity>::value(r);
            e.reporting.reset();
            r = entityType().record(e);
        } else if (r.type == &serviceTermsType()) {
            ServiceTerms s = TableType<ServiceTerms>::value(r);
            if (s.element == u"SVC-ORB-FEED") {
                s.arrangements = {QStringLiteral("C-NONE")};
                r = serviceTermsType().record(s);
            }
        }
    }
    const BuildResult built = Builder::build(data, {QDate(2026, 12, 31), Consolidation::Individual, {}});
    QStringList messages;
    for (const BuildNote &n : built.notes)
        messages << n.message;
    QVERIFY2(messages.join(u'\n').contains(u"No entity in scope is marked"), qPrintable(messages.join(u'\n')));
    QVERIFY(messages.join(u'\n').contains(u"SVC-ORB-FEED names arrangement C-NONE, which does not exist"));
    QVERIFY(built.report.table(TemplateId::B0101).rows.empty());
    QVERIFY(built.report.lei.isEmpty());
}

void tst_RoiBuilder::readBackIntoAnEmptyRegister()
{
    // Exported, read into an empty register and built again: the same rows, in the same order.
    auto changes = ReportReader::changes(m_report, {});
    QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
    auto service = openService(m_dir.filePath(QStringLiteral("read.bulwark")));
    QVERIFY(service);
    QVERIFY(changes->notes.isEmpty());
    auto applied = service->apply(changes->changes);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    const BuildResult again
        = Builder::build(service->snapshot(), {QDate(2026, 12, 31), Consolidation::Consolidated, today});
    QVERIFY(again.notes.empty());
    QCOMPARE(again.report.lei, m_report.lei);
    for (int i = 0; i < templateCount; ++i) {
        const auto &a = m_report.tables[std::size_t(i)].rows;
        const auto &b = again.report.tables[std::size_t(i)].rows;
        QCOMPARE(b.size(), a.size());
        for (std::size_t r = 0; r < a.size(); ++r)
            QCOMPARE(b[r].values, a[r].values);
    }
}

void tst_RoiBuilder::readingNamesTheCell()
{
    Report broken = m_report;
    Row &row = broken.table(TemplateId::B0202).rows[2];
    row.values[templateOf(TemplateId::B0202).column(u"c0060")] = QStringLiteral("eba_TA:S99");
    auto changes = ReportReader::changes(broken, {});
    QVERIFY(!changes);
    QVERIFY2(changes.error().message.startsWith(u"B_02.02 row 3, c0060: 'eba_TA:S99' is not a value of the list"),
             qPrintable(changes.error().message));
    // A reference to a row that is not there is left out with a note; the rest is read.
    broken = m_report;
    broken.table(TemplateId::B0302).rows[0].values[1] = QStringLiteral("NOSUCHPROVIDER");
    changes = ReportReader::changes(broken, {});
    QVERIFY(changes);
    QCOMPARE(changes->notes,
             QStringList{QStringLiteral("B_03.02 row 1, c0020: the provider NOSUCHPROVIDER is not in B_05.01; the "
                                        "arrangement keeps no provider")});
}

QTEST_GUILESS_MAIN(tst_RoiBuilder)
#include "tst_roibuilder.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/analysis/graphsnapshot.h"
#include "model/store/snapshotreader.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bulwark;
using namespace bulwark::test;
using analysis::GraphSnapshot;

/// The snapshot read from a file (store::SnapshotReader, issue 11) must be the snapshot of the same register built
/// from its values (GraphSnapshot::fromRegister): every column, every edge, every group.
class tst_SnapshotReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fileMatchesValues();
    void cancelStops();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RegisterService> m_service;
};

void tst_SnapshotReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = openService(m_dir.filePath(QStringLiteral("snapshot.bulwark")));
    QVERIFY(m_service);
    ChangeSet c = smallRegister();
    Element standard = element(QStringLiteral("G"), ElementKind::Function, QStringLiteral("Reporting"));
    standard.criticality = Criticality::Standard;
    standard.rtoMin = 60;
    standard.rpoMin = 0;
    standard.mtdlMin = 1440;
    c.add(standard);
    Element tagged = element(QStringLiteral("HSM"), ElementKind::Infrastructure);
    tagged.tags = QStringList{QStringLiteral("crypto"), QStringLiteral("core")};
    tagged.country = QStringLiteral("DE");
    tagged.region = QStringLiteral("eu-central-1");
    tagged.availability = 0.999;
    c.add(tagged);
    c.add(dependency(QStringLiteral("G"), QStringLiteral("HSM"), Strength::Soft));
    c.add(dependency(QStringLiteral("APP"), QStringLiteral("HSM")));
    const auto applied = m_service->apply(c, Actor::current());
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
}

void tst_SnapshotReader::fileMatchesValues()
{
    const auto loaded = store::loadSnapshot(m_service->database());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const GraphSnapshot &file = **loaded;
    const auto fromValues = GraphSnapshot::fromRegister(m_service->snapshot());
    const GraphSnapshot &values = *fromValues;

    QCOMPARE(file.size(), 7);
    QCOMPARE(file.size(), values.size());
    QCOMPARE(file.dependencyCount(), values.dependencyCount());
    QCOMPARE(file.groupCount(), values.groupCount());
    for (int v = 0; v < file.size(); ++v) {
        QCOMPARE(file.key(v), values.key(v));
        QCOMPARE(file.name(v), values.name(v));
        QCOMPARE(file.kind(v), values.kind(v));
        QCOMPARE(file.isCritical(v), values.isCritical(v));
        QCOMPARE(file.rtoMin(v), values.rtoMin(v));
        QCOMPARE(file.rpoMin(v), values.rpoMin(v));
        QCOMPARE(file.mtdMin(v), values.mtdMin(v));
        QCOMPARE(file.mtdlMin(v), values.mtdlMin(v));
        QCOMPARE(file.availability(v), values.availability(v));
        QCOMPARE(file.country(v), values.country(v));
        QCOMPARE(file.region(v), values.region(v));
        QCOMPARE(file.tags(v), values.tags(v));
        QCOMPARE(file.outEnd(v) - file.outBegin(v), values.outEnd(v) - values.outBegin(v));
        for (int e = file.outBegin(v); e < file.outEnd(v); ++e) {
            QCOMPARE(file.target(e), values.target(e));
            QCOMPARE(file.isHard(e), values.isHard(e));
            QCOMPARE(file.edgeGroup(e), values.edgeGroup(e));
        }
        QCOMPARE(file.inEnd(v) - file.inBegin(v), values.inEnd(v) - values.inBegin(v));
        for (int i = file.inBegin(v); i < file.inEnd(v); ++i)
            QCOMPARE(file.source(i), values.source(i));
    }
    for (int g = 0; g < file.groupCount(); ++g) {
        QCOMPARE(file.groupOwner(g), values.groupOwner(g));
        QCOMPARE(file.groupName(g), values.groupName(g));
        QCOMPARE(file.groupMinUp(g), values.groupMinUp(g));
        QCOMPARE(file.groupFailoverMin(g), values.groupFailoverMin(g));
        QCOMPARE(file.groupSize(g), values.groupSize(g));
    }
    // The values that the SQL compares (criticality, strength) and the list it splits (tags) came through.
    QVERIFY(file.isCritical(file.indexOf(QStringLiteral("F"))));
    QVERIFY(!file.isCritical(file.indexOf(QStringLiteral("G"))));
    QCOMPARE(file.tags(file.indexOf(QStringLiteral("HSM"))),
             (QStringList{QStringLiteral("crypto"), QStringLiteral("core")}));
    QVERIFY(file.tags(file.indexOf(QStringLiteral("APP"))).isEmpty());
    const int g = file.indexOf(QStringLiteral("G"));
    QCOMPARE(file.outEnd(g) - file.outBegin(g), 1);
    QVERIFY(!file.isHard(file.outBegin(g)));
}

void tst_SnapshotReader::cancelStops()
{
    Feedback feedback;
    feedback.cancel();
    const auto loaded = store::loadSnapshot(m_service->database(), &feedback);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, Error::Code::Canceled);
}

QTEST_GUILESS_MAIN(tst_SnapshotReader)
#include "tst_snapshotreader.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Redundancy that is not (issue 16): the common causes of a redundancy group, by hand and against one propagation
// per element.
#include "graphbuilder.h"
#include "model/analysis/spofanalysis.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::analysis;
using namespace bulwark::test;

class tst_CommonCauses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void randomAgainstBruteForce();
    void reportSharedRegionsAndOrder();

private:
    static QString text(const GraphSnapshot &s, const std::vector<GroupCause> &causes, bool withNearest);
};

QString tst_CommonCauses::text(const GraphSnapshot &s, const std::vector<GroupCause> &causes, bool withNearest)
{
    QStringList list;
    for (const GroupCause &c : causes) {
        QStringList lost;
        for (const int m : c.membersLost)
            lost << s.key(m);
        list << s.key(c.element) + (withNearest && c.nearest ? QStringLiteral("*") : QString()) + u':'
                + lost.join(u',');
    }
    return list.join(u' ');
}

void tst_CommonCauses::cases_data()
{
    QTest::addColumn<QString>("elements");
    QTest::addColumn<QString>("dependencies");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<QString>("common");  // of APP's group, "*" = nearest
    QTest::addColumn<QString>("members"); // member causes
    // The examples of docs/semantics.md, "Redundancy that is not".
    QTest::newRow("twoNodesOnOneArray") << "F:function APP N1 N2 SAN DC LOC"
                                        << "F>APP APP>N1@g APP>N2@g N1>SAN N2>SAN SAN>DC DC>LOC"
                                        << "APP@g=1"
                                        << "DC:N1,N2 LOC:N1,N2 SAN*:N1,N2"
                                        << "";
    QTest::newRow("twoOfThreeTakesTwo") << "F:function APP A B C X Y"
                                        << "F>APP APP>A@g APP>B@g APP>C@g A>X B>X C>Y"
                                        << "APP@g=2"
                                        << "X*:A,B"
                                        << "";
    QTest::newRow("softMember") << "F:function APP A B P"
                                << "F>APP APP>A@g APP>B~@g A>P B>P"
                                << "APP@g=1"
                                << "P*:A,B"
                                << "";
    QTest::newRow("noSpare") << "F:function APP A B P Q"
                             << "F>APP APP>A@g APP>B@g A>P B>Q"
                             << "APP@g=2"
                             << "P*:A Q*:B"
                             << "A:A B:B";
    QTest::newRow("memberNeedsMember") << "F:function APP A B P"
                                       << "F>APP APP>A@g APP>B@g A>B B>P"
                                       << "APP@g=1"
                                       << "P*:A,B"
                                       << "B:A,B";
    QTest::newRow("cycleThroughOwner") << "F:function APP A B P X"
                                       << "F>APP APP>A@g APP>B@g A>APP A>P B>P APP>X"
                                       << "APP@g=1"
                                       << "P*:A,B"
                                       << "";
    QTest::newRow("twoWaysDownOneDirect") << "F:function APP A B P Q"
                                          << "F>APP APP>A@g APP>B@g A>P B>P P>Q A>Q B>Q"
                                          << "APP@g=1"
                                          << "P*:A,B Q*:A,B"
                                          << "";
    QTest::newRow("noCause") << "F:function APP A B P Q"
                             << "F>APP APP>A@g APP>B@g A>P B>Q"
                             << "APP@g=1"
                             << ""
                             << "";
}

void tst_CommonCauses::cases()
{
    QFETCH(QString, elements);
    QFETCH(QString, dependencies);
    QFETCH(QString, groups);
    QFETCH(QString, common);
    QFETCH(QString, members);
    const auto snapshot = GraphSnapshot::fromRegister(registerFrom(elements, dependencies, groups));
    const SpofAnalysis analysis(*snapshot);
    SpofAnalysis::Workspace workspace(*snapshot);
    QCOMPARE(snapshot->groupCount(), 1);
    const GroupCauses causes = analysis.commonCauses(0, workspace);
    QCOMPARE(text(*snapshot, causes.common, true), common);
    QCOMPARE(text(*snapshot, causes.members, false), members);
    const GroupCauses reference = SpofAnalysis::commonCausesBruteForce(*snapshot, 0);
    QCOMPARE(text(*snapshot, reference.common, false), text(*snapshot, causes.common, false));
    QCOMPARE(text(*snapshot, reference.members, false), members);
}

void tst_CommonCauses::randomAgainstBruteForce()
{
    int groups = 0, withCauses = 0, withMemberCauses = 0;
    for (quint32 seed = 1; seed <= 400; ++seed) {
        const int n = 10 + int(seed % 51);
        const auto snapshot = GraphSnapshot::fromRegister(randomRegisterWithProviders(seed, n));
        const SpofAnalysis analysis(*snapshot);
        SpofAnalysis::Workspace workspace(*snapshot);
        for (int g = 0; g < snapshot->groupCount(); ++g) {
            const GroupCauses fast = analysis.commonCauses(g, workspace);
            const GroupCauses reference = SpofAnalysis::commonCausesBruteForce(*snapshot, g);
            const QString a = text(*snapshot, fast.common, false) + u'|' + text(*snapshot, fast.members, false);
            const QString b
                = text(*snapshot, reference.common, false) + u'|' + text(*snapshot, reference.members, false);
            if (a != b)
                QFAIL(qPrintable(QStringLiteral("seed %1 (n %2), group %3@%4: commonCauses [%5], brute force [%6]")
                                     .arg(seed)
                                     .arg(n)
                                     .arg(snapshot->key(snapshot->groupOwner(g)), snapshot->groupName(g), a, b)));
            // A common cause takes the owner down alone; every cause reached first from a member is nearest, so a
            // group with causes has a nearest one.
            const std::vector<int> ownerSpofs = analysis.spofsOf(snapshot->groupOwner(g));
            bool anyNearest = false;
            for (const GroupCause &c : fast.common) {
                QVERIFY(std::binary_search(ownerSpofs.begin(), ownerSpofs.end(), c.element));
                anyNearest = anyNearest || c.nearest;
            }
            QVERIFY(fast.common.empty() || anyNearest);
            ++groups;
            withCauses += fast.common.empty() ? 0 : 1;
            withMemberCauses += fast.members.empty() ? 0 : 1;
        }
    }
    qInfo("%d groups compared, %d with common causes, %d with member causes", groups, withCauses, withMemberCauses);
    QVERIFY(withCauses > groups / 5);
    QVERIFY(withMemberCauses > 0);
}

void tst_CommonCauses::reportSharedRegionsAndOrder()
{
    RegisterData data = registerFrom(QStringLiteral("F:function APP B N1 N2 N3 N4 P"),
                                     QStringLiteral("F>APP APP>N1@z APP>N2@z APP>N3@a APP>N4@a B>N1@g B>P@g N3>P"),
                                     QStringLiteral("APP@z=1 APP@a=1 B@g=1"));
    for (Element &e : data.elements) {
        if (e.key == u"N1" || e.key == u"N2") {
            e.region = QStringLiteral("eu-west");
            e.country = QStringLiteral("IE");
        } else if (e.key == u"N3") {
            e.region = QStringLiteral("eu-west");
            e.country = QStringLiteral("DE");
        } else if (e.key == u"N4") {
            e.region = QStringLiteral("eu-central");
            e.country = QStringLiteral("DE");
        }
    }
    const auto snapshot = GraphSnapshot::fromRegister(data);
    const SpofAnalysis analysis(*snapshot);
    const auto report = redundancyReport(*snapshot, analysis);
    QCOMPARE(report.size(), std::size_t(3));
    // sorted by (owner key, group name)
    QCOMPARE(snapshot->key(report[0].owner) + u'@' + snapshot->groupName(report[0].group), QStringLiteral("APP@a"));
    QCOMPARE(snapshot->key(report[1].owner) + u'@' + snapshot->groupName(report[1].group), QStringLiteral("APP@z"));
    QCOMPARE(snapshot->key(report[2].owner) + u'@' + snapshot->groupName(report[2].group), QStringLiteral("B@g"));
    QCOMPARE(report[0].sharedRegions, QStringList());
    QCOMPARE(report[0].sharedCountries, QStringList{QStringLiteral("DE")});
    QCOMPARE(report[1].sharedRegions, QStringList{QStringLiteral("eu-west")});
    QCOMPARE(report[1].sharedCountries, QStringList{QStringLiteral("IE")});
    QVERIFY(report[1].servesCritical);
    QVERIFY(!report[2].servesCritical); // B is needed by no critical function
    QVERIFY(!report[0].noSpare);
    QCOMPARE(falseRedundancyCount(report), 0);
    // P takes N3 down, but APP@a keeps N4: not a cause. A second dependant of P in the group makes it one.
    data.dependencies.push_back({QStringLiteral("N4"), QStringLiteral("P"), Strength::Hard, {}, {}});
    const auto shared = GraphSnapshot::fromRegister(data);
    const SpofAnalysis sharedAnalysis(*shared);
    const auto second = redundancyReport(*shared, sharedAnalysis, nullptr, shared->indexOf(QStringLiteral("APP")));
    QCOMPARE(second.size(), std::size_t(2));
    QCOMPARE(second[0].commonCauses.size(), std::size_t(1));
    QCOMPARE(shared->key(second[0].commonCauses[0].element), QStringLiteral("P"));
    QCOMPARE(falseRedundancyCount(second), 1);
}

QTEST_GUILESS_MAIN(tst_CommonCauses)
#include "tst_commoncauses.moc"

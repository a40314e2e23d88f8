// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"
#include "model/analysis/failureset.h"
#include "model/analysis/impact.h"
#include "model/analysis/spofanalysis.h"
#include "model/analysis/verdict.h"

#include <QTest>

using namespace bulwark;
using namespace bulwark::analysis;
using bulwark::test::registerFrom;

Q_DECLARE_METATYPE(bulwark::analysis::Verdict)

/// The meaning of a result, decided once in the model (issue 11): verdicts against impact tolerances with every
/// level, the margin rule, unknown, the share thresholds, failure sets and the SPOF ranking.
class tst_Verdict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void againstTolerance_data();
    void againstTolerance();
    void downtimeAndDataLoss_data();
    void downtimeAndDataLoss();
    void unknownIsCountedNotWithin();
    void worstAcrossScenarios();
    void shareThresholds_data();
    void shareThresholds();
    void wordsForEveryLevel();
    void failureSet();
    void failureTitle();
    void spofRanking();
    void elementStates();
};

void tst_Verdict::againstTolerance_data()
{
    QTest::addColumn<int>("actual");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<double>("marginShare");
    QTest::addColumn<Verdict>("expected");
    const int unknown = Propagator::unknownRecovery;
    QTest::newRow("wellWithin") << 30 << 240 << 0.5 << Verdict::Within;
    QTest::newRow("exactlyHalfIsWithin") << 120 << 240 << 0.5 << Verdict::Within;
    QTest::newRow("aboveHalfHasLittleMargin") << 121 << 240 << 0.5 << Verdict::LittleMargin;
    QTest::newRow("atToleranceHasLittleMargin") << 240 << 240 << 0.5 << Verdict::LittleMargin;
    QTest::newRow("aboveToleranceIsBreach") << 241 << 240 << 0.5 << Verdict::Breach;
    QTest::newRow("noOutage") << 0 << 240 << 0.5 << Verdict::Within;
    QTest::newRow("zeroTolerance") << 0 << 0 << 0.5 << Verdict::Within;
    QTest::newRow("zeroToleranceBreached") << 1 << 0 << 0.5 << Verdict::Breach;
    QTest::newRow("unknownRecovery") << unknown << 240 << 0.5 << Verdict::Unknown;
    QTest::newRow("noToleranceRecorded") << 30 << -1 << 0.5 << Verdict::Unknown;
    QTest::newRow("noToleranceNoOutage") << 0 << -1 << 0.5 << Verdict::Unknown; // never "within" when unrecorded
    QTest::newRow("marginOff") << 239 << 240 << 1.0 << Verdict::Within;
    QTest::newRow("marginQuarter") << 61 << 240 << 0.25 << Verdict::LittleMargin;
}

void tst_Verdict::againstTolerance()
{
    QFETCH(int, actual);
    QFETCH(int, tolerance);
    QFETCH(double, marginShare);
    QFETCH(Verdict, expected);
    VerdictOptions options;
    options.littleMarginShare = marginShare;
    QCOMPARE(judgeAgainstTolerance(actual, tolerance, options), expected);
    // The command line's three-valued answer follows the level.
    const std::optional<bool> answer = withinTolerance(expected);
    QCOMPARE(answer.has_value(), expected != Verdict::Unknown);
    if (answer)
        QCOMPARE(*answer, expected != Verdict::Breach);
}

void tst_Verdict::downtimeAndDataLoss_data()
{
    QTest::addColumn<int>("recovery");
    QTest::addColumn<int>("mtd");
    QTest::addColumn<int>("dataLoss");
    QTest::addColumn<int>("mtdl");
    QTest::addColumn<Verdict>("downtime");
    QTest::addColumn<Verdict>("loss");
    QTest::addColumn<Verdict>("overall");
    const int unknown = Propagator::unknownRecovery;
    // Issue 11: the demo's F-TREAS when DS-DWH fails: no outage against 8 h, but 24 h of data against 15 min.
    QTest::newRow("issue11_dataLossBreachWithoutOutage")
        << 0 << 480 << 1440 << 15 << Verdict::Within << Verdict::Breach << Verdict::Breach;
    QTest::newRow("bothWithin") << 30 << 240 << 15 << 60 << Verdict::Within << Verdict::Within << Verdict::Within;
    QTest::newRow("downtimeBreach") << 480 << 120 << 0 << 5 << Verdict::Breach << Verdict::Within << Verdict::Breach;
    QTest::newRow("littleMarginOnDataLoss")
        << 30 << 240 << 45 << 60 << Verdict::Within << Verdict::LittleMargin << Verdict::LittleMargin;
    QTest::newRow("unknownRpo") << 30 << 240 << unknown << 60 << Verdict::Within << Verdict::Unknown
                                << Verdict::Unknown;
    QTest::newRow("noDataLossTolerance") << 30 << 240 << 0 << -1 << Verdict::Within << Verdict::Unknown
                                         << Verdict::Unknown;
    QTest::newRow("unknownBeatsLittleMargin")
        << unknown << 240 << 45 << 60 << Verdict::Unknown << Verdict::LittleMargin << Verdict::Unknown;
    QTest::newRow("breachBeatsUnknown") << 300 << 240 << unknown << 60 << Verdict::Breach << Verdict::Unknown
                                        << Verdict::Breach;
}

void tst_Verdict::downtimeAndDataLoss()
{
    QFETCH(int, recovery);
    QFETCH(int, mtd);
    QFETCH(int, dataLoss);
    QFETCH(int, mtdl);
    QFETCH(Verdict, downtime);
    QFETCH(Verdict, loss);
    QFETCH(Verdict, overall);
    FunctionImpact f;
    f.recoveryMin = recovery;
    f.toleranceMin = mtd;
    f.dataLossMin = dataLoss;
    f.dataLossToleranceMin = mtdl;
    const FunctionVerdict v = judge(f);
    QCOMPARE(v.downtime, downtime);
    QCOMPARE(v.dataLoss, loss);
    QCOMPARE(v.overall, overall);
}

void tst_Verdict::unknownIsCountedNotWithin()
{
    // F1 (critical, 4 h) needs APP (RTO 60); F2 (critical) needs NORTO, which has no RTO; F3 is not critical.
    RegisterData data = registerFrom(QStringLiteral("F1:function:240 F2:function:240 F3:function:240 APP:app:60 "
                                                    "NORTO HOST:app:600"),
                                     QStringLiteral("F1>APP F2>NORTO F3>APP APP>HOST NORTO>HOST"));
    for (Element &e : data.elements) {
        if (e.isFunction())
            e.mtdlMin = 60;
        if (e.key == u"F3")
            e.criticality = Criticality::Standard;
    }
    const auto snapshot = GraphSnapshot::fromRegister(data);
    const int failed[] = {snapshot->indexOf(QStringLiteral("NORTO")), snapshot->indexOf(QStringLiteral("APP"))};
    const ImpactResult result = analyseImpact(*snapshot, failed);
    QCOMPARE(result.functions.size(), std::size_t(3));
    const VerdictCounts counts = countCriticalVerdicts(*snapshot, result);
    QCOMPARE(counts.unknown, 1); // F2: its recovery waits for an element without RTO
    QCOMPARE(counts.within, 1);  // F1: 60 min of 240
    QCOMPARE(counts.total(), 2); // F3 is not critical
    QCOMPARE(counts.breach, 0);
    VerdictOptions strict;
    strict.littleMarginShare = 0.2; // 60 > 0.2 x 240
    QCOMPARE(countCriticalVerdicts(*snapshot, result, strict).littleMargin, 1);
}

void tst_Verdict::worstAcrossScenarios()
{
    const RegisterData data = registerFrom(QStringLiteral("F:function:120 G:function:120 A:app:60 B:app:600 C"),
                                           QStringLiteral("F>A F>B G>C"));
    const auto s = GraphSnapshot::fromRegister(data);
    const int failA[] = {s->indexOf(QStringLiteral("A"))};
    const int failB[] = {s->indexOf(QStringLiteral("B"))};
    const ImpactResult a = analyseImpact(*s, failA); // F: no data-loss tolerance recorded, so unknown
    const ImpactResult b = analyseImpact(*s, failB); // F back after 600 of 120: breach
    const ImpactResult *impacts[] = {&a, nullptr, &b, &b};
    const std::vector<WorstVerdict> worst = worstVerdicts(*s, impacts);
    const WorstVerdict &f = worst[std::size_t(s->indexOf(QStringLiteral("F")))];
    QCOMPARE(f.verdict, Verdict::Breach);
    QCOMPARE(f.impact, 2); // the first impact with the worst verdict names it
    const WorstVerdict &g = worst[std::size_t(s->indexOf(QStringLiteral("G")))];
    QCOMPARE(g.verdict, Verdict::NotAffected);
    QCOMPARE(g.impact, -1);
    QVERIFY(worse(Verdict::Unknown, Verdict::LittleMargin) == Verdict::Unknown);
    QVERIFY(worse(Verdict::Within, Verdict::NotAffected) == Verdict::Within);
}

void tst_Verdict::shareThresholds_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("warning");
    QTest::addColumn<double>("alarm");
    QTest::addColumn<int>("expected");
    QTest::newRow("half") << 0.5 << 0.5 << 0.75 << int(ShareLevel::Normal);
    QTest::newRow("aboveHalf") << 0.51 << 0.5 << 0.75 << int(ShareLevel::Warning);
    QTest::newRow("threeQuarters") << 0.75 << 0.5 << 0.75 << int(ShareLevel::Warning);
    QTest::newRow("aboveThreeQuarters") << 0.76 << 0.5 << 0.75 << int(ShareLevel::Alarm);
    QTest::newRow("customWarning") << 0.3 << 0.25 << 0.9 << int(ShareLevel::Warning);
}

void tst_Verdict::shareThresholds()
{
    QFETCH(double, share);
    QFETCH(double, warning);
    QFETCH(double, alarm);
    QFETCH(int, expected);
    VerdictOptions options;
    options.concentrationWarningShare = warning;
    options.concentrationAlarmShare = alarm;
    QCOMPARE(int(shareLevel(share, options)), expected);
    QCOMPARE(VerdictOptions{}.concentrationWarningShare, 0.5);
    QCOMPARE(VerdictOptions{}.concentrationAlarmShare, 0.75);
    QCOMPARE(VerdictOptions{}.littleMarginShare, 0.5);
}

void tst_Verdict::wordsForEveryLevel()
{
    QSet<QString> texts, words;
    for (const Verdict v :
         {Verdict::Breach, Verdict::Unknown, Verdict::LittleMargin, Verdict::Within, Verdict::NotAffected}) {
        texts.insert(Verdicts::text(v));
        words.insert(Verdicts::word(v));
    }
    QCOMPARE(texts.size(), 5);
    QCOMPARE(words.size(), 5);
    // The command line's words of old stay.
    QCOMPARE(Verdicts::word(Verdict::Breach), QStringLiteral("BREACH"));
    QCOMPARE(Verdicts::word(Verdict::Unknown), QStringLiteral("unknown"));
    QCOMPARE(Verdicts::word(Verdict::Within), QStringLiteral("within"));
    QCOMPARE(Verdicts::text(Verdict::Breach), QStringLiteral("Beyond tolerance"));
}

void tst_Verdict::failureSet()
{
    RegisterData data = registerFrom(QStringLiteral("F:function APP1 APP2 DB"), QStringLiteral("F>APP1 F>APP2"));
    data.elements[1].tags = {QStringLiteral("cloud")};
    data.elements[2].region = QStringLiteral("eu-central-1");
    data.elements[2].tags = {QStringLiteral("cloud"), QStringLiteral("crypto")};
    const auto s = GraphSnapshot::fromRegister(data);

    QCOMPARE(FailureSets::resolve(*s, {}).error().code, Error::Code::Invalid);
    const auto tagOnly = FailureSets::resolve(*s, FailureSpec{{}, {}, {}, QStringLiteral("cloud")});
    QVERIFY(tagOnly);
    QCOMPARE(tagOnly->size(), std::size_t(2));
    const auto mixed = FailureSets::resolve(
        *s, FailureSpec{{QStringLiteral("DB"), QStringLiteral("APP2")}, QStringLiteral("eu-central-1"), {}, {}});
    QVERIFY(mixed);
    QCOMPARE(*mixed, (std::vector<int>{s->indexOf(QStringLiteral("APP2")), s->indexOf(QStringLiteral("DB"))}));
    const auto unknown = FailureSets::resolve(*s, FailureSpec{{QStringLiteral("APP3")}, {}, {}, {}});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("APP3")), qPrintable(unknown.error().message));
    const auto nothing = FailureSets::resolve(*s, FailureSpec{{}, {}, QStringLiteral("DE"), {}});
    QVERIFY(!nothing);
    QCOMPARE(nothing.error().code, Error::Code::NotFound);
    // A saved scenario means the same.
    Scenario scenario;
    scenario.tag = QStringLiteral("crypto");
    QCOMPARE(*FailureSets::resolve(*s, FailureSpec::of(scenario)),
             std::vector<int>{s->indexOf(QStringLiteral("APP2"))});
}

void tst_Verdict::failureTitle()
{
    const auto s = GraphSnapshot::fromRegister(registerFrom(QStringLiteral("A B C D E F"), QString()));
    const std::vector<int> two{0, 1}, all{0, 1, 2, 3, 4, 5};
    QCOMPARE(FailureSets::title(*s, two), QStringLiteral("A, B"));
    QCOMPARE(FailureSets::title(*s, all), QStringLiteral("A, B, C, D and 2 more"));
}

void tst_Verdict::spofRanking()
{
    // X stops F1 and F2, Y stops F1 only; Z is a SPOF of a function that is not critical.
    RegisterData data = registerFrom(QStringLiteral("F1:function F2:function F3:function X Y Z"),
                                     QStringLiteral("F1>X F2>X F1>Y F3>Z"));
    data.elements[2].criticality = Criticality::Standard;
    const auto s = GraphSnapshot::fromRegister(data);
    const SpofAnalysis spofs(*s);
    const std::vector<SpofRank> ranking = rankSpofs(*s, spofs);
    QCOMPARE(ranking.size(), std::size_t(2));
    QCOMPARE(s->key(ranking[0].element), QStringLiteral("X"));
    QCOMPARE(ranking[0].functions.size(), std::size_t(2));
    QCOMPARE(s->key(ranking[1].element), QStringLiteral("Y"));
    Feedback canceled;
    canceled.cancel();
    QVERIFY(rankSpofs(*s, spofs, &canceled).empty());
}

void tst_Verdict::elementStates()
{
    const auto s
        = GraphSnapshot::fromRegister(registerFrom(QStringLiteral("F:function A B"), QStringLiteral("F>A~ A>B")));
    const int failed[] = {s->indexOf(QStringLiteral("B"))};
    const std::vector<State> states = analyseImpact(*s, failed).elementStates(s->size());
    QCOMPARE(states[std::size_t(s->indexOf(QStringLiteral("B")))], State::Down);
    QCOMPARE(states[std::size_t(s->indexOf(QStringLiteral("A")))], State::Down);
    QCOMPARE(states[std::size_t(s->indexOf(QStringLiteral("F")))], State::Degraded);
}

QTEST_GUILESS_MAIN(tst_Verdict)
#include "tst_verdict.moc"

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"
#include "model/analysis/availability.h"

#include <QRandomGenerator>
#include <QTest>

using namespace bulwark;
using namespace bulwark::analysis;
using namespace bulwark::test;

/// Monte Carlo availability against exact values on series/parallel registers.
class tst_Availability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactMatchesFormula_data();
    void exactMatchesFormula();
    void monteCarloWithinInterval_data();
    void monteCarloWithinInterval();
    void sameSeedSameResult();
    void sameAsGeneralPropagation();
};

namespace {

std::shared_ptr<const GraphSnapshot> build(const QString &elements,
                                           const QString &dependencies,
                                           const QString &groups,
                                           const QHash<QString, double> &availability)
{
    RegisterData data = registerFrom(elements, dependencies, groups);
    for (Element &e : data.elements) {
        if (availability.contains(e.key))
            e.availability = availability.value(e.key);
    }
    return GraphSnapshot::fromRegister(data);
}

} // namespace

void tst_Availability::exactMatchesFormula_data()
{
    QTest::addColumn<QString>("elements");
    QTest::addColumn<QString>("dependencies");
    QTest::addColumn<QString>("groups");
    QTest::addColumn<double>("expected");
    const double a = 0.99, b = 0.95, c = 0.9;
    // F needs A needs B (series): a * b
    QTest::newRow("series") << "F:function A B"
                            << "F>A A>B"
                            << "" << a * b;
    // F needs A; A needs B or C (1 of 2): a * (1 - (1-b)(1-c))
    QTest::newRow("parallel") << "F:function A B C"
                              << "F>A A>B@g A>C@g"
                              << "A@g=1/0" << a * (1 - (1 - b) * (1 - c));
    // 2 of 3 with b, b, b: a * (b^3 + 3 b^2 (1-b))
    QTest::newRow("twoOfThree") << "F:function A B C D"
                                << "F>A A>B@g A>C@g A>D@g"
                                << "A@g=2/0" << a * (b * b * b + 3 * b * b * (1 - b));
    // A soft dependency never takes F down: a
    QTest::newRow("softIgnored") << "F:function A B"
                                 << "F>A A>B~"
                                 << "" << a;
}

void tst_Availability::exactMatchesFormula()
{
    QFETCH(QString, elements);
    QFETCH(QString, dependencies);
    QFETCH(QString, groups);
    QFETCH(double, expected);
    const auto s = build(elements,
                         dependencies,
                         groups,
                         {{QStringLiteral("A"), 0.99},
                          {QStringLiteral("B"), 0.95},
                          {QStringLiteral("C"), elements.contains(u" D") ? 0.95 : 0.9},
                          {QStringLiteral("D"), 0.95}});
    const double exact = exactAvailability(*s, s->indexOf(QStringLiteral("F")));
    QVERIFY2(qAbs(exact - expected) < 1e-12,
             qPrintable(QStringLiteral("%1 vs %2").arg(exact, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void tst_Availability::monteCarloWithinInterval_data()
{
    exactMatchesFormula_data();
}

void tst_Availability::monteCarloWithinInterval()
{
    QFETCH(QString, elements);
    QFETCH(QString, dependencies);
    QFETCH(QString, groups);
    QFETCH(double, expected);
    const auto s = build(elements,
                         dependencies,
                         groups,
                         {{QStringLiteral("A"), 0.99},
                          {QStringLiteral("B"), 0.95},
                          {QStringLiteral("C"), elements.contains(u" D") ? 0.95 : 0.9},
                          {QStringLiteral("D"), 0.95}});
    const int f = s->indexOf(QStringLiteral("F"));
    const int functions[] = {f};
    AvailabilityOptions options;
    options.trials = 200000;
    options.seed = 42;
    const auto result = estimateAvailability(*s, functions, options);
    QCOMPARE(result.size(), std::size_t(1));
    const AvailabilityEstimate &e = result.front();
    QVERIFY2(e.low <= expected && expected <= e.high,
             qPrintable(QStringLiteral("exact %1 outside [%2, %3] (estimate %4)")
                            .arg(expected)
                            .arg(e.low)
                            .arg(e.high)
                            .arg(e.availability)));
    QVERIFY(e.high - e.low < 0.01);
}

void tst_Availability::sameSeedSameResult()
{
    const auto s = GraphSnapshot::fromRegister([] {
        RegisterData data = randomRegister(5, 300, 3);
        for (Element &e : data.elements)
            e.availability = 0.97;
        return data;
    }());
    std::vector<int> functions;
    for (int v = 0; v < s->size(); ++v) {
        if (s->isFunction(v))
            functions.push_back(v);
    }
    AvailabilityOptions one{5000, 7, 1};
    AvailabilityOptions four{5000, 7, 4};
    AvailabilityOptions other{5000, 8, 2};
    const auto a = estimateAvailability(*s, functions, one);
    const auto b = estimateAvailability(*s, functions, four);
    const auto c = estimateAvailability(*s, functions, other);
    bool differs = false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].downTrials, b[i].downTrials);
        differs = differs || a[i].downTrials != c[i].downTrials;
    }
    QVERIFY(differs); // another seed gives other draws
}

/// The down-only pass inside the down-closure counts exactly the trials the general propagation counts, trial for
/// trial (same seed, so the same failures), on random registers with groups, soft members and cycles.
void tst_Availability::sameAsGeneralPropagation()
{
    int downSeen = 0;
    for (quint32 seed = 1; seed <= 60; ++seed) {
        const auto s = GraphSnapshot::fromRegister([seed] {
            RegisterData data = randomRegister(seed, 40 + int(seed % 5) * 20, 2 + int(seed % 3));
            QRandomGenerator random(seed);
            for (Element &e : data.elements) {
                if (random.bounded(4))
                    e.availability = 0.8 + 0.2 * random.generateDouble();
            }
            return data;
        }());
        std::vector<int> chosen; // functions, and some other elements (they can fail themselves)
        for (int v = 0; v < s->size(); ++v) {
            if (s->isFunction(v) || v % 11 == 0)
                chosen.push_back(v);
        }
        AvailabilityOptions fast{700, seed, 2};
        AvailabilityOptions reference = fast;
        reference.reference = true;
        const auto a = estimateAvailability(*s, chosen, fast);
        const auto b = estimateAvailability(*s, chosen, reference);
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].element, b[i].element);
            QCOMPARE(a[i].downTrials, b[i].downTrials);
            downSeen += a[i].downTrials;
        }
    }
    QVERIFY(downSeen > 1000); // the registers must actually take elements down
}

QTEST_GUILESS_MAIN(tst_Availability)
#include "tst_availability.moc"

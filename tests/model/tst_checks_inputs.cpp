// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The checks on providers, tests and reviews (checks_thirdparty.cpp, checks_testing.cpp), each passing and failing on
// a small register built as values, with the exact subjects of its findings; dates at the interval's boundary; the
// LEI checksum on real LEIs and broken ones. The rules are in docs/assessment.md ("Checks on providers, tests and
// reviews").
#include "model/analysis/graphsnapshot.h"
#include "model/assessment/check.h"
#include "model/register/validation.h"
#include "testutil.h"

#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(bulwark::assessment::ResilienceTest)
Q_DECLARE_METATYPE(bulwark::assessment::RiskAcceptance)
Q_DECLARE_METATYPE(bulwark::assessment::LegacySystem)

using namespace bulwark;
using namespace bulwark::assessment;
using namespace bulwark::test;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 11, 30);

Element function(const QString &key, const QString &name, bool critical)
{
    Element e = element(key, ElementKind::Function, name);
    e.criticality = critical ? Criticality::Critical : Criticality::Standard;
    return e;
}

/// Critical functions F (Payments) and H (Cards), standard function G (Reporting):
///   F > APP (application) > DB (data store);  APP > PRV (provider);  APP > DC (facility) > LOC (location)
///   H > NET (network) > PRV2 (provider)
///   G > REP (application) > PRV3 (provider);  INF (infrastructure) needed by nothing
/// Providers of critical functions: PRV, PRV2. Systems supporting critical functions: APP, DB, NET.
RegisterData baseRegister()
{
    RegisterData d;
    d.elements = {
        function(u"F"_s, u"Payments"_s, true),
        function(u"H"_s, u"Cards"_s, true),
        function(u"G"_s, u"Reporting"_s, false),
        element(u"APP"_s, ElementKind::Application, u"Core banking"_s),
        element(u"DB"_s, ElementKind::DataStore, u"Ledger"_s),
        element(u"DC"_s, ElementKind::Facility),
        element(u"LOC"_s, ElementKind::Location),
        element(u"NET"_s, ElementKind::Network, u"Card network"_s),
        element(u"REP"_s, ElementKind::Application),
        element(u"INF"_s, ElementKind::Infrastructure),
        element(u"PRV"_s, ElementKind::Provider, u"Cloud Co"_s),
        element(u"PRV2"_s, ElementKind::Provider, u"Card Processor"_s),
        element(u"PRV3"_s, ElementKind::Provider, u"Report Co"_s),
    };
    d.dependencies = {
        dependency(u"F"_s, u"APP"_s),
        dependency(u"APP"_s, u"DB"_s),
        dependency(u"APP"_s, u"PRV"_s, Strength::Soft),
        dependency(u"APP"_s, u"DC"_s),
        dependency(u"DC"_s, u"LOC"_s),
        dependency(u"H"_s, u"NET"_s),
        dependency(u"NET"_s, u"PRV2"_s),
        dependency(u"G"_s, u"REP"_s),
        dependency(u"REP"_s, u"PRV3"_s),
    };
    return d;
}

Element &elementOf(RegisterData &d, const QString &key)
{
    for (Element &e : d.elements) {
        if (e.key == key)
            return e;
    }
    qFatal("no element %s", qPrintable(key));
}

/// Both providers with what provider-lei, -substitutability and -exit-plan want.
RegisterData goodProviders()
{
    RegisterData d = baseRegister();
    elementOf(d, u"PRV"_s).lei = u"7LTWFZYICNSX8D621K86"_s;
    elementOf(d, u"PRV2"_s).lei = u"529900T8BM49AURSDO55"_s;
    elementOf(d, u"PRV"_s).substitutability = Substitutability::Low;
    elementOf(d, u"PRV2"_s).substitutability = Substitutability::None;
    elementOf(d, u"PRV2"_s).exitPlan = true;
    return d;
}

ExitPlan exitPlan(const QString &provider, QDate tested, QDate reviewed)
{
    ExitPlan p;
    p.provider = provider;
    p.document = u"EXIT-"_s + provider;
    p.tested = tested;
    p.reviewed = reviewed;
    return p;
}

ResilienceTest testOf(const QString &key, TestType type, QDate date, const QStringList &scope)
{
    ResilienceTest t;
    t.key = key;
    t.type = type;
    t.date = date;
    t.scope = scope;
    return t;
}

RiskAcceptance acceptance(const QString &key, const QString &check, QDate review)
{
    RiskAcceptance a;
    a.key = key;
    a.check = check;
    a.subjects = {u"F"_s, u"APP"_s};
    a.reason = u"Second data centre in 2027"_s;
    a.approver = u"cro"_s;
    a.accepted = QDate(2025, 1, 15);
    a.review = review;
    return a;
}

LegacySystem legacy(const QString &element, QDate endOfSupport, QDate riskAssessed)
{
    LegacySystem l;
    l.element = element;
    l.endOfSupport = endOfSupport;
    l.riskAssessed = riskAssessed;
    return l;
}

Setting setting(const QString &key, const QString &value)
{
    return {key, value};
}

/// What a check returned, with the subjects and messages of its findings, and what is wrong with its form.
struct Run {
    CheckStatus status = CheckStatus::Pass;
    QList<QStringList> subjects;
    QStringList messages;
    QString malformed; ///< empty when every finding has the check's id and severity, a message, and they are sorted
};

Run run(const char *id,
        RegisterData data,
        const Thresholds &thresholds = {},
        const QStringList &scope = {},
        QDate day = today)
{
    data.sort();
    const auto snapshot = analysis::GraphSnapshot::fromRegister(data);
    const CheckContext context(data, snapshot, day, thresholds, nullptr, scope);
    const CheckInfo *info = findCheck(QString::fromLatin1(id));
    Run r;
    if (!info) {
        r.malformed = u"no check "_s + QLatin1StringView(id);
        return r;
    }
    const CheckOutcome outcome = info->run(context);
    r.status = outcome.status;
    for (const Finding &f : outcome.findings) {
        r.subjects << f.subjects;
        r.messages << f.message;
        if (f.check != QLatin1StringView(id) || f.severity != info->severity || f.message.isEmpty())
            r.malformed = u"finding of %1 with check %2, severity %3, message '%4'"_s.arg(
                QLatin1StringView(id), f.check, token(f.severity), f.message);
    }
    if (!std::is_sorted(r.subjects.begin(), r.subjects.end()))
        r.malformed = u"findings not sorted by subjects"_s;
    if ((outcome.status == CheckStatus::Fail) != !outcome.findings.empty())
        r.malformed = u"status %1 with %2 finding(s)"_s.arg(token(outcome.status)).arg(outcome.findings.size());
    return r;
}

QList<QStringList> subjects(const QString &text)
{
    // "A|B C" -> [[A], [B, C]]; "" -> []; "-" -> [[]] (one finding without subjects)
    QList<QStringList> list;
    if (text == u"-")
        return {QStringList()};
    for (const QString &finding : text.split(u'|', Qt::SkipEmptyParts))
        list << finding.split(u' ', Qt::SkipEmptyParts);
    return list;
}

/// ISO 7064 MOD 97-10 as ISO 17442 uses it, computed here apart from Validation: letters to 10..35, the number
/// taken 9 digits at a time.
int mod97(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        digits += c.isDigit() ? QString(c) : QString::number(c.unicode() - u'A' + 10);
    qint64 remainder = 0;
    for (qsizetype i = 0; i < digits.size(); i += 9) {
        const QString chunk = digits.mid(i, 9);
        qint64 scale = 1;
        for (qsizetype k = 0; k < chunk.size(); ++k)
            scale *= 10;
        remainder = (remainder * scale + chunk.toLongLong()) % 97;
    }
    return int(remainder);
}

QString checkDigits(const QString &first18)
{
    return u"%1"_s.arg(98 - mod97(first18 + u"00"_s), 2, 10, QLatin1Char('0'));
}

} // namespace

class tst_ChecksInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void supportingElementsOnly();
    void leiChecksum_data();
    void leiChecksum();
    void providerLei();
    void providerSubstitutability();
    void providerExitPlan_data();
    void providerExitPlan();
    void exitPlanTested_data();
    void exitPlanTested();
    void cifSystemsTested_data();
    void cifSystemsTested();
    void bcpTested_data();
    void bcpTested();
    void tlptDue_data();
    void tlptDue();
    void riskAcceptanceReview_data();
    void riskAcceptanceReview();
    void legacyRiskAssessment_data();
    void legacyRiskAssessment();
    void periodicReviews_data();
    void periodicReviews();
    void notApplicableWithoutCriticalFunctions();
};

/// Only providers and systems in the closure of a critical function in scope count: PRV3 and REP serve a standard
/// function, INF nothing, DC is a facility; a scope of H leaves PRV and APP out.
void tst_ChecksInputs::supportingElementsOnly()
{
    const RegisterData bare = baseRegister(); // no LEI, no rating, no exit plan, no test anywhere
    Run r = run("provider-lei", bare);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.subjects, subjects(u"PRV|PRV2"_s));
    QCOMPARE(r.messages.first(), u"Provider PRV (Cloud Co), needed by critical function F (Payments), has no LEI."_s);
    r = run("cif-systems-tested", bare);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.subjects, subjects(u"APP|DB|NET"_s));
    QCOMPARE(r.messages.last(),
             u"System NET (Card network), needed by critical function H (Cards), has never been tested."_s);

    r = run("provider-substitutability", bare, {}, {u"H"_s});
    QCOMPARE(r.subjects, subjects(u"PRV2"_s));
    r = run("cif-systems-tested", bare, {}, {u"H"_s, u"G"_s});
    QCOMPARE(r.subjects, subjects(u"NET"_s));

    // A provider under two critical functions names both.
    RegisterData shared = baseRegister();
    shared.dependencies.push_back(dependency(u"H"_s, u"APP"_s));
    r = run("provider-substitutability", shared);
    QCOMPARE(r.messages.first(),
             u"Provider PRV (Cloud Co), needed by critical functions F (Payments), H (Cards), has no substitutability "
             "rating."_s);
}

void tst_ChecksInputs::leiChecksum_data()
{
    QTest::addColumn<QString>("lei");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason"); // in the finding's message when not valid
    // Published LEIs; the test computes their check digits itself below.
    QTest::newRow("deutscheBank") << u"7LTWFZYICNSX8D621K86"_s << true << QString();
    QTest::newRow("gleif") << u"506700GE1G29325QX363"_s << true << QString();
    QTest::newRow("bundesbank") << u"529900T8BM49AURSDO55"_s << true << QString();
    QTest::newRow("jaguarLandRover") << u"213800WSGIIZCXF1P572"_s << true << QString();
    QTest::newRow("bbc") << u"5493000IBP32UQZ0KL24"_s << true << QString();
    QTest::newRow("geFinancing") << u"54930084UKLVMY22DS16"_s << true << QString();
    QTest::newRow("demoCloudProvider") << u"5493001KJTIIGC8Y1R12"_s << true << QString();
    // Broken ones.
    QTest::newRow("checkDigitsSwapped") << u"7LTWFZYICNSX8D621K68"_s << false << u"check digits do not match"_s;
    QTest::newRow("charactersSwapped") << u"7LTWFZYICNSX8D612K86"_s << false << u"check digits do not match"_s;
    QTest::newRow("oneCharacterChanged") << u"7LTWFZYICNSX8D621K87"_s << false << u"check digits do not match"_s;
    QTest::newRow("tooShort") << u"7LTWFZYICNSX8D621K8"_s << false << u"19 characters, not 20"_s;
    QTest::newRow("tooLong") << u"7LTWFZYICNSX8D621K860"_s << false << u"21 characters, not 20"_s;
    QTest::newRow("lowerCase") << u"7ltwfzyicnsx8d621k86"_s << false << u"only capital letters"_s;
    QTest::newRow("space") << u"7LTWFZYICNSX 8D621K8"_s << false << u"only capital letters"_s;
    QTest::newRow("letterInCheckDigits") << u"7LTWFZYICNSX8D621K8X"_s << false << u"last two characters"_s;
}

/// Validation::isValidLei (the one place the codebase validates an LEI) agrees with the check digits computed here,
/// and provider-lei reports an invalid LEI with the reason.
void tst_ChecksInputs::leiChecksum()
{
    QFETCH(QString, lei);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    if (valid) {
        QCOMPARE(checkDigits(lei.left(18)), lei.right(2));
        QCOMPARE(mod97(lei), 1);
    }
    QCOMPARE(Validation::isValidLei(lei), valid);

    RegisterData d = goodProviders();
    elementOf(d, u"PRV2"_s).lei = lei;
    const Run r = run("provider-lei", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, valid ? CheckStatus::Pass : CheckStatus::Fail);
    QCOMPARE(r.subjects, subjects(valid ? QString() : u"PRV2"_s));
    if (!valid) {
        QVERIFY2(r.messages.first().contains(u"'"_s + lei + u"', which is not valid"_s),
                 qPrintable(r.messages.first()));
        QVERIFY2(r.messages.first().contains(reason), qPrintable(r.messages.first()));
    }
}

void tst_ChecksInputs::providerLei()
{
    Run r = run("provider-lei", goodProviders());
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, CheckStatus::Pass);

    RegisterData d = goodProviders();
    elementOf(d, u"PRV"_s).lei.clear();
    elementOf(d, u"PRV2"_s).lei = u"529900T8BM49AURSDO56"_s;
    elementOf(d, u"PRV3"_s).lei = u"NOT-AN-LEI"_s; // serves no critical function
    r = run("provider-lei", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.subjects, subjects(u"PRV|PRV2"_s));
    QVERIFY(r.messages[0].endsWith(u"has no LEI."_s));
    QCOMPARE(r.messages[1],
             u"Provider PRV2 (Card Processor), needed by critical function H (Cards), has the LEI "
             "'529900T8BM49AURSDO56', which is not valid: its check digits do not match the first 18 characters "
             "(ISO 7064 MOD 97-10)."_s);
}

void tst_ChecksInputs::providerSubstitutability()
{
    Run r = run("provider-substitutability", goodProviders());
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, CheckStatus::Pass);

    RegisterData d = goodProviders();
    elementOf(d, u"PRV2"_s).substitutability.reset();
    r = run("provider-substitutability", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.subjects, subjects(u"PRV2"_s));
    QCOMPARE(r.messages.first(),
             u"Provider PRV2 (Card Processor), needed by critical function H (Cards), has no substitutability "
             "rating."_s);
}

void tst_ChecksInputs::providerExitPlan_data()
{
    QTest::addColumn<int>("marked"); // PRV's exitPlan: -1 unset, 0 false, 1 true
    QTest::addColumn<bool>("onRecord");
    QTest::addColumn<QString>("expected"); // words of PRV's finding, or empty for none
    QTest::newRow("recordOnly") << -1 << true << QString();
    QTest::newRow("markedAndRecord") << 1 << true << QString();
    QTest::newRow("nothing") << -1 << false << u"has no exit plan."_s;
    QTest::newRow("markedWithoutRecord") << 1 << false << u"but no exit plan is on record"_s;
    QTest::newRow("markedNo") << 0 << false << u"is marked as having no exit plan."_s;
    QTest::newRow("markedNoButRecord") << 0 << true << u"correct one of them"_s;
}

void tst_ChecksInputs::providerExitPlan()
{
    QFETCH(int, marked);
    QFETCH(bool, onRecord);
    QFETCH(QString, expected);
    RegisterData d = goodProviders(); // PRV2: marked, with a plan on record
    d.records.push_back(exitPlanType().record(exitPlan(u"PRV2"_s, QDate(2026, 5, 1), QDate(2026, 5, 1))));
    if (marked >= 0)
        elementOf(d, u"PRV"_s).exitPlan = marked == 1;
    if (onRecord)
        d.records.push_back(exitPlanType().record(exitPlan(u"PRV"_s, QDate(2026, 5, 1), QDate(2026, 5, 1))));
    const Run r = run("provider-exit-plan", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, expected.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail);
    QCOMPARE(r.subjects, subjects(expected.isEmpty() ? QString() : u"PRV"_s));
    if (!expected.isEmpty()) {
        QVERIFY2(
            r.messages.first().startsWith(u"Provider PRV (Cloud Co), needed by critical function F (Payments), "_s),
            qPrintable(r.messages.first()));
        QVERIFY2(r.messages.first().contains(expected), qPrintable(r.messages.first()));
    }
}

void tst_ChecksInputs::exitPlanTested_data()
{
    QTest::addColumn<QDate>("tested");
    QTest::addColumn<QDate>("reviewed");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("expected"); // PRV's finding, or empty for none
    const QDate recent(2026, 1, 15);
    QTest::newRow("recent") << recent << recent << 12 << QString();
    QTest::newRow("exactlyTwelveMonths") << QDate(2025, 11, 30) << QDate(2025, 11, 30) << 12 << QString();
    QTest::newRow("oneDayMore") << QDate(2025, 11, 29) << recent << 12
                                << u"The exit plan for provider PRV (Cloud Co), needed by critical function F "
                                   "(Payments): it was last tested on 2025-11-29, more than 12 months ago."_s;
    QTest::newRow("neverReviewed") << recent << QDate() << 12
                                   << u"The exit plan for provider PRV (Cloud Co), needed by critical function F "
                                      "(Payments): it has never been reviewed."_s;
    QTest::newRow("neitherTestedNorReviewed")
        << QDate() << QDate(2024, 3, 1) << 12
        << u"The exit plan for provider PRV (Cloud Co), needed by critical function F (Payments): it has never been "
           "tested; it was last reviewed on 2024-03-01, more than 12 months ago."_s;
    QTest::newRow("testDateAfterToday") << QDate(2026, 12, 1) << recent << 12
                                        << u"The exit plan for provider PRV (Cloud Co), needed by critical function F "
                                           "(Payments): its test date 2026-12-01 is after today."_s;
    QTest::newRow("oneMonth") << QDate(2026, 10, 29) << QDate(2026, 11, 1) << 1
                              << u"The exit plan for provider PRV (Cloud Co), needed by critical function F "
                                 "(Payments): it was last tested on 2026-10-29, more than 1 month ago."_s;
    QTest::newRow("shorterInterval") << recent << QDate(2026, 6, 1) << 6
                                     << u"The exit plan for provider PRV (Cloud Co), needed by critical function F "
                                        "(Payments): it was last tested on 2026-01-15, more than 6 months ago."_s;
}

void tst_ChecksInputs::exitPlanTested()
{
    QFETCH(QDate, tested);
    QFETCH(QDate, reviewed);
    QFETCH(int, months);
    QFETCH(QString, expected);
    RegisterData d = goodProviders();
    d.records.push_back(exitPlanType().record(exitPlan(u"PRV"_s, tested, reviewed)));
    d.records.push_back(exitPlanType().record(exitPlan(u"PRV3"_s, QDate(), QDate()))); // no critical function
    Thresholds thresholds;
    thresholds.reviewIntervalMonths = months;
    const Run r = run("exit-plan-tested", d, thresholds);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, expected.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail);
    QCOMPARE(r.subjects, subjects(expected.isEmpty() ? QString() : u"PRV"_s));
    if (!expected.isEmpty())
        QCOMPARE(r.messages.first(), expected);
}

void tst_ChecksInputs::cifSystemsTested_data()
{
    QTest::addColumn<QList<ResilienceTest>>("tests");
    QTest::addColumn<QString>("expected"); // subjects
    QTest::addColumn<QString>("message");  // of the last finding, or empty
    using T = TestType;
    QTest::newRow("functionInScopeCoversItsClosure")
        << QList<ResilienceTest>{testOf(u"T-1"_s, T::PenetrationTest, QDate(2026, 3, 1), {u"F"_s}),
                                 testOf(u"T-2"_s, T::ScenarioBasedTest, QDate(2025, 11, 30), {u"NET"_s})}
        << QString() << QString();
    QTest::newRow("criticalFunctionH") << QList<ResilienceTest>{testOf(
        u"T-1"_s, T::Tlpt, QDate(2026, 3, 1), {u"H"_s, u"APP"_s, u"DB"_s})}
                                       << QString() << QString();
    QTest::newRow("systemsByName")
        << QList<ResilienceTest>{testOf(u"T-1"_s, T::VulnerabilityAssessment, QDate(2026, 3, 1), {u"APP"_s}),
                                 testOf(u"T-2"_s, T::ScenarioBasedTest, QDate(2025, 11, 29), {u"NET"_s}),
                                 testOf(u"BCP-1"_s, T::BusinessContinuityTest, QDate(2026, 6, 1), {u"DB"_s}),
                                 testOf(u"T-3"_s, T::PerformanceTest, QDate(2026, 12, 5), {u"DB"_s})}
        << u"DB|NET"_s
        << u"System NET (Card network), needed by critical function H (Cards), was last tested on 2025-11-29 (test "
           "T-2), more than 12 months ago."_s;
    QTest::newRow("latestCounts")
        << QList<ResilienceTest>{testOf(u"T-1"_s, T::EndToEndTest, QDate(2026, 3, 1), {u"F"_s, u"H"_s}),
                                 testOf(u"T-0"_s, T::EndToEndTest, QDate(2023, 3, 1), {u"F"_s, u"H"_s})}
        << QString() << QString();
    QTest::newRow("standardFunctionDoesNotCoverOthers")
        << QList<ResilienceTest>{testOf(u"T-1"_s, T::EndToEndTest, QDate(2026, 3, 1), {u"G"_s, u"F"_s, u"GONE"_s})}
        << u"NET"_s << u"System NET (Card network), needed by critical function H (Cards), has never been tested."_s;
}

void tst_ChecksInputs::cifSystemsTested()
{
    QFETCH(QList<ResilienceTest>, tests);
    QFETCH(QString, expected);
    QFETCH(QString, message);
    RegisterData d = baseRegister();
    for (const ResilienceTest &t : tests)
        d.records.push_back(resilienceTestType().record(t));
    const Run r = run("cif-systems-tested", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, expected.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail);
    QCOMPARE(r.subjects, subjects(expected));
    if (!message.isEmpty())
        QCOMPARE(r.messages.last(), message);
}

void tst_ChecksInputs::bcpTested_data()
{
    QTest::addColumn<QList<ResilienceTest>>("tests");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("messages");
    using T = TestType;
    QTest::newRow("bothTested") << QList<ResilienceTest>{testOf(
        u"BCP-1"_s, T::BusinessContinuityTest, QDate(2026, 1, 1), {u"F"_s, u"H"_s})}
                                << QString() << QStringList();
    QTest::newRow("exactlyTwelveMonths") << QList<ResilienceTest>{testOf(
        u"BCP-1"_s, T::BusinessContinuityTest, QDate(2025, 11, 30), {u"F"_s, u"H"_s})}
                                         << QString() << QStringList();
    QTest::newRow("oldAndMissing")
        << QList<ResilienceTest>{testOf(u"BCP-1"_s, T::BusinessContinuityTest, QDate(2025, 11, 29), {u"F"_s}),
                                 testOf(u"T-1"_s, T::PenetrationTest, QDate(2026, 5, 1), {u"H"_s}),
                                 testOf(u"BCP-2"_s, T::BusinessContinuityTest, QDate(2026, 5, 1), {u"NET"_s})}
        << u"F|H"_s
        << QStringList{u"The continuity plan of critical function F (Payments) was last tested on 2025-11-29 (test "
                       "BCP-1), more than 12 months ago."_s,
                       u"Critical function H (Cards) has no business continuity test on record."_s};
}

void tst_ChecksInputs::bcpTested()
{
    QFETCH(QList<ResilienceTest>, tests);
    QFETCH(QString, expected);
    QFETCH(QStringList, messages);
    RegisterData d = baseRegister();
    for (const ResilienceTest &t : tests)
        d.records.push_back(resilienceTestType().record(t));
    const Run r = run("bcp-tested", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, expected.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail);
    QCOMPARE(r.subjects, subjects(expected));
    QCOMPARE(r.messages, messages);
}

void tst_ChecksInputs::tlptDue_data()
{
    QTest::addColumn<QString>("designated"); // the setting's value; "(none)": not set
    QTest::addColumn<QList<ResilienceTest>>("tests");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("message");
    using T = TestType;
    const QList<ResilienceTest> old{testOf(u"TLPT-1"_s, T::Tlpt, QDate(2023, 11, 29), {u"F"_s}),
                                    testOf(u"PT-1"_s, T::PenetrationTest, QDate(2026, 6, 1), {u"F"_s})};
    const int na = int(CheckStatus::NotApplicable), pass = int(CheckStatus::Pass), fail = int(CheckStatus::Fail);
    QTest::newRow("notSet") << u"(none)"_s << old << na << QString() << QString();
    QTest::newRow("notDesignated") << u"no"_s << old << na << QString() << QString();
    QTest::newRow("overdue") << u"yes"_s << old << fail << u"TLPT-1"_s
                             << u"The last threat-led penetration test, TLPT-1 on 2023-11-29, is more than 36 months "
                                "old: the next was due by 2026-11-29."_s;
    QTest::newRow("exactlyThirtySixMonths")
        << u"yes"_s << QList<ResilienceTest>{testOf(u"TLPT-1"_s, T::Tlpt, QDate(2023, 11, 30), {})} << pass << QString()
        << QString();
    QTest::newRow("latestCounts") << u"Yes"_s
                                  << QList<ResilienceTest>{testOf(u"TLPT-1"_s, T::Tlpt, QDate(2020, 5, 1), {}),
                                                           testOf(u"TLPT-2"_s, T::Tlpt, QDate(2025, 5, 1), {})}
                                  << pass << QString() << QString();
    QTest::newRow("none") << u"yes"_s
                          << QList<ResilienceTest>{testOf(u"PT-1"_s, T::PenetrationTest, QDate(2026, 6, 1), {u"F"_s}),
                                                   testOf(u"TLPT-9"_s, T::Tlpt, QDate(2027, 1, 10), {})}
                          << fail << u"-"_s
                          << u"The entity is designated for threat-led penetration testing (tlpt_designated = yes), "
                             "but no TLPT is on record: one is due now."_s;
}

void tst_ChecksInputs::tlptDue()
{
    QFETCH(QString, designated);
    QFETCH(QList<ResilienceTest>, tests);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QFETCH(QString, message);
    RegisterData d = baseRegister();
    if (designated != u"(none)")
        d.records.push_back(settingType().record(setting(u"tlpt_designated"_s, designated)));
    for (const ResilienceTest &t : tests)
        d.records.push_back(resilienceTestType().record(t));
    const Run r = run("tlpt-due", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.subjects, subjects(expected));
    if (!message.isEmpty())
        QCOMPARE(r.messages.first(), message);
}

void tst_ChecksInputs::riskAcceptanceReview_data()
{
    QTest::addColumn<QList<RiskAcceptance>>("acceptances");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("messages");
    const int na = int(CheckStatus::NotApplicable), pass = int(CheckStatus::Pass), fail = int(CheckStatus::Fail);
    QTest::newRow("none") << QList<RiskAcceptance>() << na << QString() << QStringList();
    QTest::newRow("reviewDueToday") << QList<RiskAcceptance>{acceptance(u"RA-1"_s, u"cif-no-spof"_s, today)} << pass
                                    << QString() << QStringList();
    RiskAcceptance noSubjects = acceptance(u"RA-5"_s, u"periodic-reviews"_s, QDate(2026, 1, 1));
    noSubjects.subjects.clear();
    QTest::newRow("withoutSubjects") << QList<RiskAcceptance>{noSubjects} << fail << u"RA-5"_s
                                     << QStringList{u"Risk acceptance RA-5 (check periodic-reviews; approved by cro): "
                                                    "its review was due on 2026-01-01."_s};
    QTest::newRow("overdueAndUnknownCheck")
        << QList<RiskAcceptance>{acceptance(u"RA-2"_s, u"no-such-check"_s, QDate(2027, 6, 1)),
                                 acceptance(u"RA-1"_s, u"cif-no-spof"_s, QDate(2026, 11, 29)),
                                 acceptance(u"RA-3"_s, u"spof"_s, QDate(2026, 1, 31)),
                                 acceptance(u"RA-4"_s, u"cif-no-spof"_s, QDate(2027, 1, 31))}
        << fail << u"RA-1|RA-2|RA-3"_s
        << QStringList{
               u"Risk acceptance RA-1 (check cif-no-spof on F, APP; approved by cro): its review was due on "
               "2026-11-29."_s,
               u"Risk acceptance RA-2 (check no-such-check on F, APP; approved by cro): it names the check "
               "'no-such-check', which Bulwark does not know."_s,
               u"Risk acceptance RA-3 (check spof on F, APP; approved by cro): its review was due on 2026-01-31; "
               "it names the check 'spof', which Bulwark does not know."_s};
}

void tst_ChecksInputs::riskAcceptanceReview()
{
    QFETCH(QList<RiskAcceptance>, acceptances);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QFETCH(QStringList, messages);
    RegisterData d = baseRegister();
    for (const RiskAcceptance &a : acceptances)
        d.records.push_back(riskAcceptanceType().record(a));
    const Run r = run("risk-acceptance-review", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.subjects, subjects(expected));
    QCOMPARE(r.messages, messages);
}

void tst_ChecksInputs::legacyRiskAssessment_data()
{
    QTest::addColumn<QList<LegacySystem>>("systems");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("messages");
    const int na = int(CheckStatus::NotApplicable), pass = int(CheckStatus::Pass), fail = int(CheckStatus::Fail);
    QTest::newRow("none") << QList<LegacySystem>() << na << QString() << QStringList();
    QTest::newRow("supportEndsLater") << QList<LegacySystem>{legacy(u"INF"_s, QDate(2027, 6, 1), QDate())} << na
                                      << QString() << QStringList();
    QTest::newRow("exactlyTwelveMonths") << QList<LegacySystem>{legacy(
                                                                    u"INF"_s, QDate(2020, 1, 1), QDate(2025, 11, 30)),
                                                                legacy(u"REP"_s, today, QDate(2026, 2, 1))}
                                         << pass << QString() << QStringList();
    QTest::newRow("oldNeverAndUndated")
        << QList<LegacySystem>{legacy(u"INF"_s, QDate(2020, 1, 1), QDate(2025, 11, 29)),
                               legacy(u"DB"_s, today, QDate()),
                               legacy(u"REP"_s, QDate(), QDate()),
                               legacy(u"APP"_s, QDate(2028, 1, 1), QDate())}
        << fail << u"DB|INF|REP"_s
        << QStringList{
               u"Legacy system DB (Ledger), out of support since 2026-11-30, has no risk assessment on record."_s,
               u"Legacy system INF, out of support since 2020-01-01, was last risk-assessed on 2025-11-29, "
               "more than 12 months ago."_s,
               u"Legacy system REP has no risk assessment on record."_s};
}

void tst_ChecksInputs::legacyRiskAssessment()
{
    QFETCH(QList<LegacySystem>, systems);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QFETCH(QStringList, messages);
    RegisterData d = baseRegister();
    for (const LegacySystem &l : systems)
        d.records.push_back(legacySystemType().record(l));
    const Run r = run("legacy-risk-assessment", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(int(r.status), status);
    QCOMPARE(r.subjects, subjects(expected));
    QCOMPARE(r.messages, messages);
}

void tst_ChecksInputs::periodicReviews_data()
{
    QTest::addColumn<QStringList>("values"); // framework, classification, report; "(none)": not set
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("allRecent") << QStringList{u"2026-06-01"_s, u"2025-11-30"_s, u"2026-11-30"_s} << QString()
                               << QStringList();
    QTest::newRow("noneSet")
        << QStringList{u"(none)"_s, u"(none)"_s, u"(none)"_s}
        << u"function_classification_reviewed|ict_risk_framework_reviewed|management_body_ict_report"_s
        << QStringList{u"The review of the classification of functions and assets (DORA Art 8(1)) "
                       "is not on record (setting function_classification_reviewed)."_s,
                       u"The review of the ICT risk management framework (DORA Art 6(5)) is not "
                       "on record (setting ict_risk_framework_reviewed)."_s,
                       u"The report on ICT risk to the management body (DORA Art 13(5)) is not on "
                       "record (setting management_body_ict_report)."_s};
    QTest::newRow("oldUnreadableFuture")
        << QStringList{u"2025-11-29"_s, u"30.11.2026"_s, u"2026-12-01"_s}
        << u"function_classification_reviewed|ict_risk_framework_reviewed|management_body_ict_report"_s
        << QStringList{u"The review of the classification of functions and assets (DORA Art 8(1)): the setting "
                       "function_classification_reviewed is '30.11.2026', which is not a date (YYYY-MM-DD)."_s,
                       u"The review of the ICT risk management framework (DORA Art 6(5)) was last done on 2025-11-29 "
                       "(setting ict_risk_framework_reviewed), more than 12 months ago."_s,
                       u"The report on ICT risk to the management body (DORA Art 13(5)) is dated 2026-12-01 (setting "
                       "management_body_ict_report), which is after today."_s};
    QTest::newRow("shortDate") << QStringList{u"2026-6-1"_s, u"2026-06-01"_s, u"2026-06-01"_s}
                               << u"ict_risk_framework_reviewed"_s
                               << QStringList{u"The review of the ICT risk management framework (DORA Art 6(5)): the "
                                              "setting ict_risk_framework_reviewed is '2026-6-1', which is not a date "
                                              "(YYYY-MM-DD)."_s};
}

void tst_ChecksInputs::periodicReviews()
{
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    QFETCH(QStringList, messages);
    const QStringList keys{
        u"ict_risk_framework_reviewed"_s, u"function_classification_reviewed"_s, u"management_body_ict_report"_s};
    RegisterData d = baseRegister();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (values[i] != u"(none)")
            d.records.push_back(settingType().record(setting(keys[i], values[i])));
    }
    const Run r = run("periodic-reviews", d);
    QCOMPARE(r.malformed, QString());
    QCOMPARE(r.status, expected.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail);
    QCOMPARE(r.subjects, subjects(expected));
    QCOMPARE(r.messages, messages);
}

/// Without a critical function in scope, the checks of providers, systems and continuity plans have nothing to check;
/// those of register-wide records (TLPT, acceptances, legacy systems, periodic reviews) still run.
void tst_ChecksInputs::notApplicableWithoutCriticalFunctions()
{
    RegisterData d = baseRegister();
    elementOf(d, u"F"_s).criticality = Criticality::Standard;
    elementOf(d, u"H"_s).criticality = Criticality::Standard;
    d.records.push_back(exitPlanType().record(exitPlan(u"PRV"_s, QDate(), QDate())));
    for (const char *id : {"provider-lei",
                           "provider-substitutability",
                           "provider-exit-plan",
                           "exit-plan-tested",
                           "cif-systems-tested",
                           "bcp-tested"}) {
        const Run r = run(id, d);
        QCOMPARE(r.malformed, QString());
        QVERIFY2(r.status == CheckStatus::NotApplicable, id);
    }
    // A scope of the standard function G alone: the same.
    QCOMPARE(run("provider-lei", baseRegister(), {}, {u"G"_s}).status, CheckStatus::NotApplicable);
    QCOMPARE(run("periodic-reviews", d).status, CheckStatus::Fail);
    d.records.push_back(legacySystemType().record(legacy(u"INF"_s, QDate(2020, 1, 1), QDate(2026, 1, 1))));
    QCOMPARE(run("legacy-risk-assessment", d).status, CheckStatus::Pass);
}

QTEST_GUILESS_MAIN(tst_ChecksInputs)
#include "tst_checks_inputs.moc"

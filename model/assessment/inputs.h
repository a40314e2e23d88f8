// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/entitytype.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace bulwark::assessment {

/// The kinds of resilience test that DORA Art 25(1) lists, plus TLPT (Art 26) and the tests of business continuity
/// and response and recovery plans (Art 11(6)). Tokens in docs/assessment.md.
enum class TestType {
    VulnerabilityAssessment,
    OpenSourceAnalysis,
    NetworkSecurityAssessment,
    GapAnalysis,
    PhysicalSecurityReview,
    Questionnaire,
    SourceCodeReview,
    ScenarioBasedTest,
    CompatibilityTest,
    PerformanceTest,
    EndToEndTest,
    PenetrationTest,
    Tlpt,
    BusinessContinuityTest,
};
inline constexpr int testTypeCount = 14;

enum class TestResult { Passed, PassedWithFindings, Failed };
enum class Tester { Internal, External };

/// A resilience test that was carried out: when, what it covered (element keys: functions, systems, providers) and
/// how it went.
struct ResilienceTest {
    QString key;
    TestType type = TestType::VulnerabilityAssessment;
    QDate date;
    QStringList scope; ///< element keys
    TestResult result = TestResult::Passed;
    std::optional<Tester> tester;
    QString findings;
    bool operator==(const ResilienceTest &other) const = default;
};

/// The exit plan for leaving a provider (DORA Art 28(8)): one per provider, with when it was last tested and reviewed.
struct ExitPlan {
    QString provider; ///< element key of the provider (the key of the plan)
    QString document; ///< where the plan is (title or reference)
    QDate tested;
    QDate reviewed;
    QString alternative; ///< the alternative provider or the way back in-house
    bool operator==(const ExitPlan &other) const = default;
};

/// A system at or past the end of its support (DORA Art 3(3)), which needs a yearly risk assessment (Art 8(7)).
struct LegacySystem {
    QString element; ///< element key (the key of the value)
    QDate endOfSupport;
    QDate riskAssessed; ///< the last specific risk assessment
    QString notes;
    bool operator==(const LegacySystem &other) const = default;
};

/// A finding whose risk is accepted: the check and its subjects (the finding's identity), why, who approved it, and
/// when the acceptance is to be reviewed (RTS 2024/1774 Art 3: at least yearly).
struct RiskAcceptance {
    QString key;
    QString check;        ///< the check's id
    QStringList subjects; ///< the finding's subjects, as the check names them
    QString reason;
    QString approver;
    QDate accepted;
    QDate review;
    /// Whether it still covers its finding on `today`: until and including its review date (the one rule of run.cpp
    /// and of every face that lists acceptances).
    bool isCurrent(const QDate &today) const { return review.isValid() && review >= today; }
    bool operator==(const RiskAcceptance &other) const = default;
};

/// A register-wide setting (key and text value). Known keys: docs/assessment.md ("Settings").
struct Setting {
    QString key;
    QString value;
    bool operator==(const Setting &other) const = default;
};

const TableType<ResilienceTest> &resilienceTestType();
const TableType<ExitPlan> &exitPlanType();
const TableType<LegacySystem> &legacySystemType();
const TableType<RiskAcceptance> &riskAcceptanceType();
const TableType<Setting> &settingType();

QString token(TestType type);
QString displayName(TestType type);
std::optional<TestType> testTypeFromToken(QStringView token);
QString token(TestResult result);
QString displayName(TestResult result);
std::optional<TestResult> testResultFromToken(QStringView token);
QString token(Tester tester);
QString displayName(Tester tester);
std::optional<Tester> testerFromToken(QStringView token);

} // namespace bulwark::assessment

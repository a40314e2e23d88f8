// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/analysis/graphsnapshot.h"
#include "model/analysis/verdict.h"
#include "model/assessment/inputs.h"
#include "model/feedback.h"
#include "model/register/changeset.h"
#include "model/register/registerdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace bulwark::analysis {
class SpofAnalysis;
struct ConcentrationResult;
} // namespace bulwark::analysis

namespace bulwark::roi {
struct BuildResult;
} // namespace bulwark::roi

namespace bulwark::assessment {

/// How much a finding matters, least first. Tokens: "low", "medium", "high", "critical".
enum class Severity { Low, Medium, High, Critical };
QString token(Severity severity);
QString displayName(Severity severity);
std::optional<Severity> severityFromToken(QStringView token);

/// One thing a check found: its identity is the check's id plus its subjects, in the order the check names them
/// (a single point of failure: [function key, element key]; a cycle: its element keys, sorted).
struct Finding {
    QString check; ///< the check's id
    Severity severity = Severity::Medium;
    QStringList subjects; ///< element keys (or other register keys the message names)
    QString message;      ///< names the elements, in words a risk officer reads
    /// Optional: a change that would resolve the finding (applied in the GUI as one undoable command), and what it
    /// does in a few words ("Remove 'GONE' from the scope of test T-1").
    std::optional<ChangeSet> fix;
    QString fixText;
    QString acceptedBy; ///< the risk acceptance that covers it (set by the run, not by the check), or empty

    bool operator==(const Finding &other) const
    {
        return check == other.check && severity == other.severity && subjects == other.subjects
            && message == other.message && acceptedBy == other.acceptedBy;
    }
};

enum class CheckStatus { Pass, Fail, NotApplicable };
QString token(CheckStatus status); ///< "pass", "fail", "not_applicable"

/// What one check returned: NotApplicable when there was nothing to check (no critical function, no provider, an
/// entity not designated for TLPT); Fail when it has findings not covered by an acceptance.
struct CheckOutcome {
    CheckStatus status = CheckStatus::Pass;
    std::vector<Finding> findings; ///< sorted by subjects
};

/// The intervals and thresholds the checks use, with the defaults of docs/assessment.md. The concentration shares
/// are the Dashboard's (VerdictOptions), so that a concentration the Dashboard shows red is a finding here.
struct Thresholds {
    analysis::VerdictOptions verdict;
    int testIntervalMonths = 12;   ///< tests of systems supporting critical functions, BCP tests (Art 24(6), 11(6))
    int tlptIntervalMonths = 36;   ///< TLPT for designated entities (Art 26(1))
    int reviewIntervalMonths = 12; ///< exit plans, legacy risk assessments, periodic reviews (section 7 of DORA.md)
};

/// The registered tables (their tokens) whose values the checks read through CheckContext::records() and
/// CheckContext::registerOfInformation(): the assessment's inputs (inputs.h) and the register of information's tables
/// (model/roi/records.h). A reader that only runs the checks need not load the others (the stored findings, results,
/// actions and evidence of earlier assessments, which can be far larger than the map).
QSet<QString> tablesTheChecksRead();

/// What every check reads: the register's values and its graph snapshot, today's date, the thresholds, and lookups
/// built once. A check is a pure function of it. Built on any thread; the checks of one context run one after another
/// (the lookups built on first use are not locked).
class CheckContext
{
    Q_DECLARE_TR_FUNCTIONS(CheckContext)
public:
    /// `data` must be sorted (RegisterData::sort) and `snapshot` built from the same register. `scope`: the function
    /// keys an assessment covers (empty: all); only critical functions among them are checked.
    CheckContext(const RegisterData &data,
                 std::shared_ptr<const analysis::GraphSnapshot> snapshot,
                 QDate today,
                 Thresholds thresholds = {},
                 Feedback *feedback = nullptr,
                 const QStringList &scope = {});
    ~CheckContext();
    Q_DISABLE_COPY_MOVE(CheckContext)

    const RegisterData &data() const { return m_data; }
    const analysis::GraphSnapshot &snapshot() const { return *m_snapshot; }
    QDate today() const { return m_today; }
    const Thresholds &thresholds() const { return m_thresholds; }
    /// May be null; a long check polls isCanceled() and returns early (the run then reports "canceled").
    Feedback *feedback() const { return m_feedback; }

    /// The element with `key`, or nullptr.
    const Element *element(const QString &key) const;
    /// The critical or important functions in scope, as snapshot indices in key order.
    const std::vector<int> &criticalFunctions() const { return m_criticalFunctions; }
    /// The values of a registered table (the assessment's inputs), sorted by key.
    template<typename T>
    std::vector<const T *> records(const TableType<T> &type) const
    {
        std::vector<const T *> list;
        for (const Record &r : m_data.records) {
            if (r.type == &type)
                list.push_back(&TableType<T>::value(r));
        }
        return list;
    }
    /// A setting's value, or empty.
    QString setting(const QString &key) const { return m_settings.value(key); }
    /// Everything each element needs, directly or through others (its dependency closure, itself excluded), as
    /// sorted snapshot indices; computed on first use for the critical functions and kept.
    const std::vector<int> &closureOf(int element) const;
    /// The single points of failure analysis of the whole register, built on first use and shared by the checks.
    const analysis::SpofAnalysis &spofs() const;
    /// The concentration analysis of the whole register (what the Dashboard shows), built on first use and shared.
    const analysis::ConcentrationResult &concentration() const;
    /// Whether `date` is older than `months` before today (an invalid date counts as older).
    bool isOlderThan(const QDate &date, int months) const;
    /// The reference date of the register of information the checks look at: 31 December of the year before today
    /// (the yearly filing's refPeriod).
    QDate roiReferenceDate() const { return QDate(m_today.year() - 1, 12, 31); }
    /// The register of information built from the register (roi::Builder) for roiReferenceDate(), reported today,
    /// built on first use and shared by the checks.
    const roi::BuildResult &registerOfInformation() const;

private:
    const RegisterData &m_data;
    std::shared_ptr<const analysis::GraphSnapshot> m_snapshot;
    QDate m_today;
    Thresholds m_thresholds;
    Feedback *m_feedback;
    QHash<QString, const Element *> m_elements;
    QHash<QString, QString> m_settings;
    std::vector<int> m_criticalFunctions;
    mutable QHash<int, std::vector<int>> m_closures;
    mutable std::unique_ptr<analysis::SpofAnalysis> m_spofs;
    mutable std::unique_ptr<analysis::ConcentrationResult> m_concentration;
    mutable std::unique_ptr<roi::BuildResult> m_roi;
};

/// One automated check: its id (stable, used in findings, catalogues and risk acceptances), title, DORA reference,
/// the severity of its findings, and the pure function that runs it.
struct CheckInfo {
    const char *id;
    const char *title;     ///< translated in the "Checks" context
    const char *reference; ///< e.g. "DORA Art 8(1); RTS 2024/1774 Art 4(2)(b)"
    Severity severity;
    CheckOutcome (*run)(const CheckContext &context);
};

/// Every check, in one explicit list (checklist.cpp), in the order reports show them.
const std::vector<CheckInfo> &checkList();
/// The check with `id`, or nullptr.
const CheckInfo *findCheck(QStringView id);

} // namespace bulwark::assessment

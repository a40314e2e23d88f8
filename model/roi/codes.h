// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>

/// The DORA register of information (Commission Implementing Regulation (EU) 2024/2956, "RoI"): its value lists
/// with their EBA codes and every fact about the supervisor's format that Bulwark relies on, in one place
/// (model/roi/codes.cpp), so that a fact found wrong is corrected once. docs/roi.md lists them for people.
namespace bulwark::roi {

/// One value of a closed list: the token Bulwark stores (English, never translated), the EBA code the package
/// writes (a DPM QName such as "eba_CO:x1") and a label for people (QT_TRANSLATE_NOOP("Roi", ...)).
struct Code {
    const char *token;
    const char *eba;
    const char *label;
};

/// The closed lists of the RoI. Each knows which columns use it (docs/roi.md).
enum class CodeList {
    EntityType,         ///< LIST0101040: B_01.01.0040, B_01.02.0040
    Hierarchy,          ///< LIST0102050: B_01.02.0050
    ArrangementType,    ///< LIST0201020: B_02.01.0020
    TerminationReason,  ///< LIST0202090: B_02.02.0090
    ServiceType,        ///< ROI Annex III: B_02.02.0060, B_05.02.0020, B_07.01.0040
    YesNo,              ///< B_02.02.0140, B_07.01.0080
    Sensitiveness,      ///< B_02.02.0170
    Reliance,           ///< B_02.02.0180
    EntityNature,       ///< B_04.01.0030
    PersonType,         ///< B_05.01.0070
    Criticality,        ///< B_06.01.0050
    Impact,             ///< B_06.01.0100, B_07.01.0100
    Substitutability,   ///< B_07.01.0050
    SubstitutionReason, ///< B_07.01.0060
    Reintegration,      ///< B_07.01.0090
    Alternatives,       ///< B_07.01.0110
    IdentifierType,     ///< the code-type columns (B_02.02.0040, B_03.02.0030, B_05.01.0020 ...)
};
inline constexpr int codeListCount = 17;

class Codes
{
    Q_DECLARE_TR_FUNCTIONS(Roi)
public:
    /// The values of a list, in the order the EBA lists them.
    static std::span<const Code> list(CodeList list);
    /// The list's name for people.
    static QString listName(CodeList list);
    /// The value with this stored token, or nullptr.
    static const Code *byToken(CodeList list, QStringView token);
    /// The value with this EBA code ("eba_CO:x1"), or nullptr.
    static const Code *byEba(CodeList list, QStringView eba);
    static QString label(const Code &code);
    /// The label of a stored token, or the token itself when the list does not hold it.
    static QString label(CodeList list, QStringView token);
    /// The stored tokens of a list, for messages ("standalone, overarching, subsequent").
    static QStringList tokens(CodeList list);

    /// ISO 3166-1 alpha-2: whether `code` is an assigned country code; written as "eba_GA:" + code.
    static bool isCountry(QStringView code);
    /// ISO 4217: whether `code` is an active currency code; written as "eba_CU:" + code.
    static bool isCurrency(QStringView code);
    /// ISO 17442: 20 characters (18 upper-case letters or digits and two check digits) whose ISO 7064 MOD 97-10
    /// value is 1.
    static bool isLei(QStringView lei);
    /// The licensed activities of B_06.01.0020 (LIST0601020) are written as their EBA code ("eba_TA:x28"): whether
    /// `code` is one of the 131 the taxonomy allows.
    static bool isLicensedActivity(QStringView code);
};

/// A fact about the supervisor's format that Bulwark relies on, with whether it is confirmed and where it comes from
/// (../shared/DORA.md section 4, the EBA's sample package). docs/roi.md shows this table.
struct Fact {
    const char *id;
    const char *value;
    bool confirmed;
    const char *source;
};

namespace facts {
/// Every fact, in one table (model/roi/codes.cpp).
std::span<const Fact> all();
/// The value of one fact by id (an assertion fails for an unknown id).
QString value(const char *id);
} // namespace facts

} // namespace bulwark::roi

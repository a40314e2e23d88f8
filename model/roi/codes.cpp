// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every value list and every format fact of the register of information in one file: a code found wrong is
// corrected here and nowhere else. Codes from ../shared/DORA.md section 4.4 (EBA DPM 4.0) and the EBA's sample
// package; the labels are Bulwark's own words. docs/roi.md shows the same tables for people.
#include "model/roi/codes.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <array>

namespace bulwark::roi {

namespace {

// clang-format off
constexpr std::array<Code, 24> entityTypes{{
    {"credit_institution", "eba_CT:x12", QT_TRANSLATE_NOOP("Roi", "Credit institution")},
    {"investment_firm", "eba_CT:x599", QT_TRANSLATE_NOOP("Roi", "Investment firm")},
    {"payment_institution", "eba_CT:x300", QT_TRANSLATE_NOOP("Roi", "Payment institution")},
    {"account_information_service_provider", "eba_CT:x301", QT_TRANSLATE_NOOP("Roi", "Account information service provider")},
    {"electronic_money_institution", "eba_CT:x302", QT_TRANSLATE_NOOP("Roi", "Electronic money institution")},
    {"crypto_asset_service_provider", "eba_CT:x303", QT_TRANSLATE_NOOP("Roi", "Crypto-asset service provider")},
    {"central_securities_depository", "eba_CT:x304", QT_TRANSLATE_NOOP("Roi", "Central securities depository")},
    {"trading_venue", "eba_CT:x305", QT_TRANSLATE_NOOP("Roi", "Trading venue")},
    {"trade_repository", "eba_CT:x306", QT_TRANSLATE_NOOP("Roi", "Trade repository")},
    {"alternative_investment_fund_manager", "eba_CT:x307", QT_TRANSLATE_NOOP("Roi", "Manager of alternative investment funds")},
    {"data_reporting_service_provider", "eba_CT:x308", QT_TRANSLATE_NOOP("Roi", "Data reporting service provider")},
    {"insurance_undertaking", "eba_CT:x309", QT_TRANSLATE_NOOP("Roi", "Insurance or reinsurance undertaking")},
    {"asset_referenced_token_issuer", "eba_CT:x310", QT_TRANSLATE_NOOP("Roi", "Issuer of asset-referenced tokens")},
    {"occupational_retirement_provision", "eba_CT:x311", QT_TRANSLATE_NOOP("Roi", "Institution for occupational retirement provision")},
    {"credit_rating_agency", "eba_CT:x312", QT_TRANSLATE_NOOP("Roi", "Credit rating agency")},
    {"critical_benchmark_administrator", "eba_CT:x313", QT_TRANSLATE_NOOP("Roi", "Administrator of critical benchmarks")},
    {"crowdfunding_service_provider", "eba_CT:x314", QT_TRANSLATE_NOOP("Roi", "Crowdfunding service provider")},
    {"securitisation_repository", "eba_CT:x315", QT_TRANSLATE_NOOP("Roi", "Securitisation repository")},
    {"other_financial_entity", "eba_CT:x316", QT_TRANSLATE_NOOP("Roi", "Other financial entity")},
    {"insurance_intermediary", "eba_CT:x320", QT_TRANSLATE_NOOP("Roi", "Insurance, reinsurance or ancillary insurance intermediary")},
    {"central_counterparty", "eba_CT:x643", QT_TRANSLATE_NOOP("Roi", "Central counterparty")},
    {"management_company", "eba_CT:x639", QT_TRANSLATE_NOOP("Roi", "Management company")},
    {"intra_group_ict_provider", "eba_CT:x317", QT_TRANSLATE_NOOP("Roi", "Non-financial entity: intra-group ICT service provider")},
    {"other_non_financial_entity", "eba_CT:x318", QT_TRANSLATE_NOOP("Roi", "Non-financial entity: other")},
}};
constexpr std::array<Code, 5> hierarchies{{
    {"ultimate_parent", "eba_RP:x53", QT_TRANSLATE_NOOP("Roi", "Ultimate parent undertaking")},
    {"parent", "eba_RP:x551", QT_TRANSLATE_NOOP("Roi", "Parent undertaking other than the ultimate parent")},
    {"subsidiary", "eba_RP:x56", QT_TRANSLATE_NOOP("Roi", "Subsidiary")},
    {"not_in_group", "eba_RP:x21", QT_TRANSLATE_NOOP("Roi", "Not part of the group")},
    {"outsourcing", "eba_RP:x210", QT_TRANSLATE_NOOP("Roi", "Other (outsourcing relation)")},
}};
constexpr std::array<Code, 3> arrangementTypes{{
    {"standalone", "eba_CO:x1", QT_TRANSLATE_NOOP("Roi", "Standalone arrangement")},
    {"overarching", "eba_CO:x2", QT_TRANSLATE_NOOP("Roi", "Overarching arrangement")},
    {"subsequent", "eba_CO:x3", QT_TRANSLATE_NOOP("Roi", "Subsequent or associated arrangement")},
}};
constexpr std::array<Code, 6> terminationReasons{{
    {"expired", "eba_CO:x4", QT_TRANSLATE_NOOP("Roi", "Expired and not renewed")},
    {"provider_breach", "eba_CO:x5", QT_TRANSLATE_NOOP("Roi", "The provider broke the law or the contract")},
    {"impediments", "eba_CO:x6", QT_TRANSLATE_NOOP("Roi", "Impediments that alter the supported function")},
    {"security_weakness", "eba_CO:x7", QT_TRANSLATE_NOOP("Roi", "Weaknesses in the provider's data security")},
    {"authority_request", "eba_CO:x8", QT_TRANSLATE_NOOP("Roi", "Asked for by the competent authority")},
    {"other", "eba_CO:x9", QT_TRANSLATE_NOOP("Roi", "Other reason")},
}};
constexpr std::array<Code, 19> serviceTypes{{
    {"S01", "eba_TA:S01", QT_TRANSLATE_NOOP("Roi", "ICT project management")},
    {"S02", "eba_TA:S02", QT_TRANSLATE_NOOP("Roi", "ICT development")},
    {"S03", "eba_TA:S03", QT_TRANSLATE_NOOP("Roi", "Help desk and first-level support")},
    {"S04", "eba_TA:S04", QT_TRANSLATE_NOOP("Roi", "ICT security management")},
    {"S05", "eba_TA:S05", QT_TRANSLATE_NOOP("Roi", "Provision of data")},
    {"S06", "eba_TA:S06", QT_TRANSLATE_NOOP("Roi", "Data analysis")},
    {"S07", "eba_TA:S07", QT_TRANSLATE_NOOP("Roi", "ICT facilities and hosting (not cloud)")},
    {"S08", "eba_TA:S08", QT_TRANSLATE_NOOP("Roi", "Computation (not cloud)")},
    {"S09", "eba_TA:S09", QT_TRANSLATE_NOOP("Roi", "Data storage (not cloud)")},
    {"S10", "eba_TA:S10", QT_TRANSLATE_NOOP("Roi", "Telecommunications carrier")},
    {"S11", "eba_TA:S11", QT_TRANSLATE_NOOP("Roi", "Network infrastructure")},
    {"S12", "eba_TA:S12", QT_TRANSLATE_NOOP("Roi", "Hardware and physical devices")},
    {"S13", "eba_TA:S13", QT_TRANSLATE_NOOP("Roi", "Software licensing (not SaaS)")},
    {"S14", "eba_TA:S14", QT_TRANSLATE_NOOP("Roi", "ICT operation management")},
    {"S15", "eba_TA:S15", QT_TRANSLATE_NOOP("Roi", "ICT consulting")},
    {"S16", "eba_TA:S16", QT_TRANSLATE_NOOP("Roi", "ICT risk management")},
    {"S17", "eba_TA:S17", QT_TRANSLATE_NOOP("Roi", "Cloud: infrastructure as a service")},
    {"S18", "eba_TA:S18", QT_TRANSLATE_NOOP("Roi", "Cloud: platform as a service")},
    {"S19", "eba_TA:S19", QT_TRANSLATE_NOOP("Roi", "Cloud: software as a service")},
}};
constexpr std::array<Code, 2> yesNo{{
    {"yes", "eba_BT:x28", QT_TRANSLATE_NOOP("Roi", "Yes")},
    {"no", "eba_BT:x29", QT_TRANSLATE_NOOP("Roi", "No")},
}};
constexpr std::array<Code, 3> sensitiveness{{
    {"low", "eba_ZZ:x791", QT_TRANSLATE_NOOP("Roi", "Low")},
    {"medium", "eba_ZZ:x792", QT_TRANSLATE_NOOP("Roi", "Medium")},
    {"high", "eba_ZZ:x793", QT_TRANSLATE_NOOP("Roi", "High")},
}};
constexpr std::array<Code, 4> reliance{{
    {"not_significant", "eba_ZZ:x794", QT_TRANSLATE_NOOP("Roi", "Not significant")},
    {"low", "eba_ZZ:x795", QT_TRANSLATE_NOOP("Roi", "Low")},
    {"material", "eba_ZZ:x796", QT_TRANSLATE_NOOP("Roi", "Material")},
    {"full", "eba_ZZ:x797", QT_TRANSLATE_NOOP("Roi", "Full")},
}};
constexpr std::array<Code, 2> entityNatures{{
    {"branch", "eba_ZZ:x838", QT_TRANSLATE_NOOP("Roi", "Branch")},
    {"not_branch", "eba_ZZ:x839", QT_TRANSLATE_NOOP("Roi", "Not a branch")},
}};
constexpr std::array<Code, 2> personTypes{{
    {"legal_person", "eba_CT:x212", QT_TRANSLATE_NOOP("Roi", "Legal person")},
    {"individual", "eba_CT:x213", QT_TRANSLATE_NOOP("Roi", "Individual acting in a business capacity")},
}};
constexpr std::array<Code, 3> criticality{{
    {"yes", "eba_BT:x28", QT_TRANSLATE_NOOP("Roi", "Critical or important")},
    {"no", "eba_BT:x29", QT_TRANSLATE_NOOP("Roi", "Not critical or important")},
    {"not_assessed", "eba_BT:x21", QT_TRANSLATE_NOOP("Roi", "Assessment not performed")},
}};
constexpr std::array<Code, 4> impacts{{
    {"low", "eba_ZZ:x791", QT_TRANSLATE_NOOP("Roi", "Low")},
    {"medium", "eba_ZZ:x792", QT_TRANSLATE_NOOP("Roi", "Medium")},
    {"high", "eba_ZZ:x793", QT_TRANSLATE_NOOP("Roi", "High")},
    {"not_assessed", "eba_ZZ:x799", QT_TRANSLATE_NOOP("Roi", "Not assessed")},
}};
constexpr std::array<Code, 4> substitutability{{
    {"not_substitutable", "eba_ZZ:x959", QT_TRANSLATE_NOOP("Roi", "Not substitutable")},
    {"highly_complex", "eba_ZZ:x960", QT_TRANSLATE_NOOP("Roi", "Substitutable with great difficulty")},
    {"medium", "eba_ZZ:x961", QT_TRANSLATE_NOOP("Roi", "Substitutable with medium difficulty")},
    {"easy", "eba_ZZ:x962", QT_TRANSLATE_NOOP("Roi", "Easily substitutable")},
}};
constexpr std::array<Code, 3> substitutionReasons{{
    {"no_alternatives", "eba_ZZ:x963", QT_TRANSLATE_NOOP("Roi", "No real alternative")},
    {"migration_difficulties", "eba_ZZ:x964", QT_TRANSLATE_NOOP("Roi", "Migrating or taking it back in-house is hard")},
    {"both", "eba_ZZ:x965", QT_TRANSLATE_NOOP("Roi", "Both")},
}};
constexpr std::array<Code, 4> reintegration{{
    {"easy", "eba_ZZ:x798", QT_TRANSLATE_NOOP("Roi", "Easy")},
    {"difficult", "eba_ZZ:x966", QT_TRANSLATE_NOOP("Roi", "Difficult")},
    {"highly_complex", "eba_ZZ:x967", QT_TRANSLATE_NOOP("Roi", "Highly complex")},
    {"not_applicable", "eba_ZZ:x0", QT_TRANSLATE_NOOP("Roi", "Not applicable")},
}};
constexpr std::array<Code, 3> alternatives{{
    {"yes", "eba_BT:x28", QT_TRANSLATE_NOOP("Roi", "Yes")},
    {"no", "eba_BT:x29", QT_TRANSLATE_NOOP("Roi", "No")},
    {"not_assessed", "eba_BT:x21", QT_TRANSLATE_NOOP("Roi", "Assessment not performed")},
}};
constexpr std::array<Code, 6> identifierTypes{{
    {"lei", "eba_qCO:qx2000", QT_TRANSLATE_NOOP("Roi", "LEI")},
    {"national", "eba_qCO:qx2001", QT_TRANSLATE_NOOP("Roi", "National identifier")},
    {"euid", "eba_qCO:qx2002", QT_TRANSLATE_NOOP("Roi", "EUID")},
    {"crn", "eba_qCO:qx2003", QT_TRANSLATE_NOOP("Roi", "Company registration number")},
    {"vat", "eba_qCO:qx2004", QT_TRANSLATE_NOOP("Roi", "VAT number")},
    {"passport", "eba_qCO:qx2005", QT_TRANSLATE_NOOP("Roi", "Passport number")},
}};

struct ListInfo {
    std::span<const Code> codes;
    const char *name;
};
const std::array<ListInfo, codeListCount> lists{{
    {entityTypes, QT_TRANSLATE_NOOP("Roi", "Type of entity")},
    {hierarchies, QT_TRANSLATE_NOOP("Roi", "Hierarchy in the group")},
    {arrangementTypes, QT_TRANSLATE_NOOP("Roi", "Type of contractual arrangement")},
    {terminationReasons, QT_TRANSLATE_NOOP("Roi", "Reason for termination")},
    {serviceTypes, QT_TRANSLATE_NOOP("Roi", "Type of ICT services")},
    {yesNo, QT_TRANSLATE_NOOP("Roi", "Yes or no")},
    {sensitiveness, QT_TRANSLATE_NOOP("Roi", "Sensitiveness of the data")},
    {reliance, QT_TRANSLATE_NOOP("Roi", "Level of reliance")},
    {entityNatures, QT_TRANSLATE_NOOP("Roi", "Nature of the entity")},
    {personTypes, QT_TRANSLATE_NOOP("Roi", "Type of person")},
    {criticality, QT_TRANSLATE_NOOP("Roi", "Criticality or importance")},
    {impacts, QT_TRANSLATE_NOOP("Roi", "Impact of discontinuing")},
    {substitutability, QT_TRANSLATE_NOOP("Roi", "Substitutability")},
    {substitutionReasons, QT_TRANSLATE_NOOP("Roi", "Reason for poor substitutability")},
    {reintegration, QT_TRANSLATE_NOOP("Roi", "Possibility of reintegration")},
    {alternatives, QT_TRANSLATE_NOOP("Roi", "Alternative providers identified")},
    {identifierTypes, QT_TRANSLATE_NOOP("Roi", "Type of identification code")},
}};

// ISO 3166-1 alpha-2, the assigned codes.
constexpr const char countries[]
    = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
      "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO "
      "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE "
      "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO "
      "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW "
      "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM "
      "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";
// ISO 4217, the active codes (funds and precious metals left out).
constexpr const char currencies[]
    = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD "
      "CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP "
      "GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP "
      "LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN "
      "PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS "
      "TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW "
      "ZWG ZWL";

// The licensed activities B_06.01.0020 allows (LIST0601020): the AllowedValue list of the EBA DORA 4.0 taxonomy's
// tab/b_06.01/b_06.01.json, each written as "eba_TA:" + code.
constexpr const char licensedActivities[]
    = "qx277 qx278 x104 x133 x134 x136 x137 x138 x139 x140 x141 x143 x144 x146 x147 x162 x163 x164 x165 x166 "
      "x167 x168 x169 x170 x171 x172 x173 x174 x175 x176 x177 x178 x179 x180 x181 x182 x183 x184 x185 x186 x187 "
      "x188 x189 x190 x191 x192 x193 x194 x195 x196 x197 x198 x199 x200 x201 x202 x203 x204 x205 x206 x207 x208 "
      "x209 x210 x211 x212 x213 x214 x215 x216 x217 x218 x219 x220 x221 x222 x223 x224 x225 x226 x227 x228 x229 "
      "x230 x231 x232 x233 x234 x235 x236 x237 x238 x239 x240 x241 x242 x243 x244 x245 x246 x247 x248 x249 x250 "
      "x251 x252 x253 x254 x255 x256 x257 x258 x259 x260 x261 x262 x263 x264 x265 x266 x267 x268 x269 x270 x271 "
      "x272 x273 x274 x275 x276 x28";

constexpr std::array<Fact, 18> factTable{{
    {"module", "http://www.eba.europa.eu/eu/fr/xbrl/crr/fws/dora/4.0/mod/dora.json", true,
     "reports/report.json of the EBA's sample package (taxonomy 4.0)"},
    {"report_package_type", "https://xbrl.org/report-package/2023", true, "META-INF/reportPackage.json of the sample"},
    {"xbrl_csv_type", "https://xbrl.org/2021/xbrl-csv", true, "reports/report.json of the sample"},
    {"file_module", "DORA010100", true, "the sample's file name"},
    {"file_framework", "DORA", true, "the sample's file name"},
    {"entity_scheme", "rs:", true, "parameters.csv of the sample (entityID rs:<LEI>.<CON|IND>)"},
    {"base_currency", "iso4217:EUR", true, "parameters.csv of the sample"},
    {"decimals_integer", "0", true, "parameters.csv of the sample"},
    {"decimals_monetary", "-3", true, "parameters.csv of the sample"},
    {"timestamp_format", "yyyyMMddHHmmsszzz", true, "the sample's file name (17 digits, milliseconds last)"},
    {"line_end", "\r\n", true, "the sample's CSV files end their lines with CR LF"},
    {"link_value", "true", true, "B_02.03.0030, B_03.01.0030 and B_03.03.0031 in the sample"},
    {"not_applicable_country", "eba_GA:qx2007", false,
     "DORA.md 4.4 (EBA Q&A 2024_7285 as quoted by a secondary source): allowed only in B_02.02.0130/0150/0160"},
    {"open_end_date", "9999-12-31", false,
     "common practice of RoI tools for an arrangement without end date (B_02.02.0080) and an entity not deleted "
     "(B_01.02.0090), both of which the EBA's existence rules require"},
    {"b0601_layout", "0010-0100", false, "DORA.md 4.3: the EBA taxonomy layout; a corrigendum history is unconfirmed"},
    {"identifier_type_codes", "qx2000-qx2005", false, "DORA.md 4.4 and 8: EBA value list, not read in the taxonomy"},
    {"b9901_columns", "c0010-c0190", false, "the sample's header; the meaning of the columns is unconfirmed"},
    {"reference_date", "31 December of the year before the filing (2025: 31 March)", false,
     "DORA.md 4.1, from a secondary source citing EBA Q&A 2025_7387"},
}};
// clang-format on

const QSet<QString> &wordSet(const char *text)
{
    // One set per list, built on first use.
    static QHash<const char *, QSet<QString>> sets;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    auto it = sets.find(text);
    if (it == sets.end()) {
        QSet<QString> set;
        for (const QString &word : QString::fromLatin1(text).split(QLatin1Char(' ')))
            set.insert(word);
        it = sets.insert(text, set);
    }
    return *it;
}

} // namespace

std::span<const Code> Codes::list(CodeList list)
{
    return lists[std::size_t(list)].codes;
}

QString Codes::listName(CodeList list)
{
    return tr(lists[std::size_t(list)].name);
}

const Code *Codes::byToken(CodeList list, QStringView token)
{
    for (const Code &code : Codes::list(list)) {
        if (token == QLatin1StringView(code.token))
            return &code;
    }
    return nullptr;
}

const Code *Codes::byEba(CodeList list, QStringView eba)
{
    for (const Code &code : Codes::list(list)) {
        if (eba == QLatin1StringView(code.eba))
            return &code;
    }
    return nullptr;
}

QString Codes::label(const Code &code)
{
    return tr(code.label);
}

QString Codes::label(CodeList list, QStringView token)
{
    const Code *code = byToken(list, token);
    return code ? label(*code) : token.toString();
}

QStringList Codes::tokens(CodeList list)
{
    QStringList result;
    for (const Code &code : Codes::list(list))
        result.append(QString::fromLatin1(code.token));
    return result;
}

bool Codes::isCountry(QStringView code)
{
    return code.size() == 2 && wordSet(countries).contains(code.toString());
}

bool Codes::isCurrency(QStringView code)
{
    return code.size() == 3 && wordSet(currencies).contains(code.toString());
}

bool Codes::isLei(QStringView lei)
{
    if (lei.size() != 20)
        return false;
    int remainder = 0;
    for (int i = 0; i < 20; ++i) {
        const QChar c = lei[i];
        int value = 0;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            value = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z') && i < 18)
            value = c.unicode() - 'A' + 10;
        else
            return false; // lower case, other characters, or a letter among the check digits
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

bool Codes::isLicensedActivity(QStringView code)
{
    static const QLatin1StringView prefix("eba_TA:");
    return code.startsWith(prefix) && wordSet(licensedActivities).contains(code.mid(prefix.size()).toString());
}

namespace facts {

std::span<const Fact> all()
{
    return factTable;
}

QString value(const char *id)
{
    for (const Fact &fact : factTable) {
        if (qstrcmp(fact.id, id) == 0)
            return QString::fromUtf8(fact.value);
    }
    Q_ASSERT_X(false, "roi::facts::value", id);
    return {};
}

} // namespace facts

} // namespace bulwark::roi

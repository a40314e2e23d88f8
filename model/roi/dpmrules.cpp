// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The EBA's DPM validation rules for the DORA module as data, and their evaluation over a Report. Ids and DPM-XL
// expressions as the EBA publishes them (identifiers and code, quoted as found in the sources docs/roi.md names; the
// text of each comes from the rule list "updated 10 March 2025", the 8 key rules from the list of 5 February 2025).
// dpmrules.h says which are confirmed.
#include "model/roi/dpmrules.h"

#include "model/roi/checksupport.h"

#include <QRegularExpression>
#include <QSet>

namespace bulwark::roi {

namespace {

using T = TemplateId;
using K = DpmRuleKind;
using C = DpmCondition;

constexpr const char *leiPattern = "^[A-Z0-9]{18}[0-9]{2}$";

// clang-format off
const std::vector<DpmRule> &ruleTable()
{
    static const std::vector<DpmRule> all{
    {.id = "e23674_e", .table = T::B0501, .kind = K::Filled,
     .columns = {"c0020", "c0050", "c0060", "c0070", "c0080", "c0110"},
     .expression =
        "with {tB_05.01, default: null, interval: false}: not ( isnull ({(c0020, c0050, c0060, c0070, "
        "c0080, c0110)}) )"},
    {.id = "e23675_e", .table = T::B0103, .kind = K::Filled, .columns = {"c0030", "c0040"},
     .expression =
        "with {tB_01.03, default: null, interval: false}: not ( isnull ({c*}) )"},
    {.id = "e23676_e", .table = T::B0102, .kind = K::Filled,
     .columns = {"c0020", "c0030", "c0040", "c0050", "c0060", "c0070", "c0080", "c0090"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: not ( isnull ({c0020-0090}) )"},
    {.id = "e23677_e", .table = T::B0101, .kind = K::Filled,
     .columns = {"c0020", "c0030", "c0040", "c0050", "c0060"},
     .expression =
        "with {tB_01.01, default: null, interval: false}: not ( isnull ({c*}) )"},
    {.id = "e23680_e", .table = T::B0202, .kind = K::Filled, .columns = {"c0040", "c0070", "c0080"},
     .expression =
        "with {tB_02.02, default: null, interval: false}: not ( isnull ({c0040-0080}) )"},
    {.id = "e23681_e", .table = T::B0701, .kind = K::Filled,
     .columns = {"c0050", "c0070", "c0080", "c0090", "c0100", "c0110"},
     .deactivated = true,
     .expression =
        "with {tB_07.01, default: null, interval: false}: not ( isnull ({(c0050, c0070, c0080, c0090, "
        "c0100, c0110)}) )"},
    {.id = "e23682_e", .table = T::B0601, .kind = K::Filled,
     .columns = {"c0020", "c0030", "c0050", "c0070", "c0080", "c0090", "c0100"},
     .expression =
        "with {tB_06.01, default: null, interval: false}: not ( isnull ({(c0020, c0030, c0050, c0070, "
        "c0080, c0090, c0100)}) )"},
    {.id = "e23683_e", .table = T::B0401, .kind = K::Filled, .columns = {"c0030"},
     .expression =
        "with {tB_04.01, default: null, interval: false}: not ( isnull ({c0030}) )"},
    {.id = "e23792_e", .table = T::B0201, .kind = K::Filled, .columns = {"c0020", "c0040", "c0050"},
     .expression =
        "with {tB_02.01, default: null, interval: false}: not ( isnull ({(c0020, c0040, c0050)}) )"},
    {.id = "v22912_m", .table = T::B0201, .kind = K::IfThenFilled, .columns = {"c0030"},
     .condition = C::Equals, .when = {"c0020"}, .whenValues = {"eba_CO:x3"},
     .expression =
        "with {tB_02.01, default: null, interval: false}: if ( {c0020} = [eba_CO:x3] ) then ( not ( "
        "isnull ({c0030}) ) ) endif"},
    {.id = "v22913_s", .table = T::B0102, .kind = K::NotNegative, .columns = {"c0110"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: {c0110} >= 0"},
    {.id = "v23716_s", .table = T::B0201, .kind = K::NotNegative, .columns = {"c0050"},
     .expression =
        "with {tB_02.01, default: null, interval: false}: {c0050} >= 0"},
    {.id = "v8803_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0100"},
     .condition = C::AnyFilled, .when = {"c0110"},
     .expression =
        "with {tB_01.02, default: 0, interval: false}: if (not (isnull ({c0110}))) then (not (isnull "
        "({c0100}))) endif"},
    {.id = "v8804_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0110"},
     .condition = C::NotEquals, .when = {"c0040"}, .whenValues = {"eba_CT:x318", "eba_CT:x317"},
     .expression =
        "with {tB_01.02, default: 0, interval: false}: if({c0040} != [eba_CT:x318] and {c0040} != "
        "[eba_CT:x317]) then (not (isnull ({c0110}))) endif"},
    {.id = "v8805_m", .table = T::B0201, .kind = K::IfThenFilled, .columns = {"c0030"},
     .condition = C::Equals, .when = {"c0020"}, .whenValues = {"eba_CO:x3"},
     .expression =
        "with {tB_02.01, default: 0, interval: false}: if({c0020} = [eba_CO:x3]) then (not (isnull "
        "({c0030}))) endif"},
    {.id = "v8816_m", .table = T::B0202, .kind = K::Greater, .columns = {"c0080", "c0070"},
     .deactivated = true,
     .expression =
        "with {tB_02.02, default: 0, interval: false}: {c0080} > {c0070}"},
    {.id = "v8817_m", .table = T::B0501, .kind = K::InSet, .columns = {"c0020"},
     .condition = C::Equals, .when = {"c0070"}, .whenValues = {"eba_CT:x212"},
     .values = {"eba_qCO:qx2000", "eba_qCO:qx2002"}, .deactivated = true,
     .expression =
        "with {tB_05.01, default: 0, interval: false}: if ({c0070} = [eba_CT:x212]) then ({c0020} in "
        "{[eba_qCO:qx2000], [eba_qCO:qx2002]}) endif"},
    {.id = "v8818_m", .table = T::B0501, .kind = K::InSet, .columns = {"c0040"},
     .condition = C::Equals, .when = {"c0070"}, .whenValues = {"eba_CT:x212"},
     .values = {"eba_qCO:qx2000", "eba_qCO:qx2002"}, .deactivated = true,
     .expression =
        "with {tB_05.01, default: 0, interval: false}: if ({c0070} = [eba_CT:x212]) then ({c0040} in "
        "{[eba_qCO:qx2000], [eba_qCO:qx2002]}) endif"},
    {.id = "v8821_m", .table = T::B0501, .kind = K::Pattern, .columns = {"c0030"},
     .condition = C::Equals, .when = {"c0020"}, .whenValues = {"eba_qCO:qx2000"},
     .pattern = leiPattern, .deactivated = true,
     .expression =
        "with {tB_05.01, default: 0, interval: false}: if({c0020} = [eba_qCO:qx2000]) then ( "
        "(match({c0030}, \"^[A-Z0-9]{18}[0-9]{2}$\"))) endif"},
    {.id = "v8823_m", .table = T::B0501, .kind = K::IfThenFilled, .columns = {"c0040"},
     .condition = C::AnyFilled, .when = {"c0030"},
     .deactivated = true,
     .expression =
        "with {tB_05.01, default: 0, interval: false}: if({c0030} != \"null\") then ({c0040} != \"null\") "
        "endif"},
    {.id = "v8824_m", .table = T::B0501, .kind = K::IfThenFilled, .columns = {"c0090"},
     .condition = C::AnyFilled, .when = {"c0100"},
     .deactivated = true,
     .expression =
        "with {tB_05.01, default: 0, interval: false}: if({c0100} != \"null\") then ({c0090} != \"null\") "
        "endif"},
    {.id = "v8825_m", .table = T::B0701, .kind = K::IfThenFilled, .columns = {"c0060"},
     .condition = C::Equals, .when = {"c0050"}, .whenValues = {"eba_ZZ:x959", "eba_ZZ:x960"},
     .expression =
        "with {tB_07.01, default: 0, interval: false}: if {c0050} = [eba_ZZ:x959] or {c0050} = "
        "[eba_ZZ:x960] then (not (isnull ({c0060}))) endif"},
    {.id = "v8826_m", .table = T::B0102, .kind = K::Pattern, .columns = {"c0060"},
     .pattern = leiPattern,
     .expression =
        "match({tB_01.02, c0060}, \"^[A-Z0-9]{18}[0-9]{2}$\")"},
    {.id = "v8850_m", .table = T::B0501, .kind = K::IfThenFilled, .columns = {"c0020"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0050", "c0060", "c0070", "c0080", "c0090", "c0100", "c0110", "c0120"},
     .expression =
        "with {tB_05.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) or not (( isnull ({c0120}) )) then ( ( not ( isnull "
        "({c0020}) ) )) endif"},
    {.id = "v8851_m", .table = T::B0501, .kind = K::IfThenFilled, .columns = {"c0050"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0020", "c0060", "c0070", "c0080", "c0090", "c0100", "c0110", "c0120"},
     .expression =
        "with {tB_05.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0020}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) or not (( isnull ({c0120}) )) then ( ( not ( isnull "
        "({c0050}) ) )) endif"},
    {.id = "v8852_m", .table = T::B0501, .kind = K::IfThenFilled, .columns = {"c0060"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0050", "c0020", "c0070", "c0080", "c0090", "c0100", "c0110", "c0120"},
     .expression =
        "with {tB_05.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0020}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) or not (( isnull ({c0120}) )) then ( ( not ( isnull "
        "({c0060}) ) )) endif"},
    {.id = "v8853_m", .table = T::B0501, .kind = K::IfThenFilled, .columns = {"c0070"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0050", "c0060", "c0020", "c0080", "c0090", "c0100", "c0110", "c0120"},
     .expression =
        "with {tB_05.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0020}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) or not (( isnull ({c0120}) )) then ( ( not ( isnull "
        "({c0070}) ) )) endif"},
    {.id = "v8854_m", .table = T::B0501, .kind = K::IfThenFilled, .columns = {"c0080"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0050", "c0060", "c0070", "c0020", "c0090", "c0100", "c0110", "c0120"},
     .expression =
        "with {tB_05.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0020}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) or not (( isnull ({c0120}) )) then ( ( not ( isnull "
        "({c0080}) ) )) endif"},
    {.id = "v8855_m", .table = T::B0501, .kind = K::IfThenFilled, .columns = {"c0110"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0050", "c0060", "c0070", "c0080", "c0090", "c0100", "c0020", "c0120"},
     .expression =
        "with {tB_05.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0020}) )) or not (( isnull ({c0120}) )) then ( ( not ( isnull "
        "({c0110}) ) )) endif"},
    {.id = "v8856_m", .table = T::B0103, .kind = K::IfThenFilled, .columns = {"c0040"},
     .condition = C::AnyFilled, .when = {"c0030"},
     .expression =
        "with {tB_01.03, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) then ( ( not ( "
        "isnull ({c0040}) ) )) endif"},
    {.id = "v8857_m", .table = T::B0103, .kind = K::IfThenFilled, .columns = {"c0030"},
     .condition = C::AnyFilled, .when = {"c0040"},
     .expression =
        "with {tB_01.03, default: null, interval: false}: if ( not ( isnull ({c0040}) ) ) then ( ( not ( "
        "isnull ({c0030}) ) )) endif"},
    {.id = "v8858_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0020"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0050", "c0060", "c0070", "c0080", "c0090", "c0100", "c0110"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) then ( ( not ( isnull ({c0020}) ) )) endif"},
    {.id = "v8859_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0030"},
     .condition = C::AnyFilled,
     .when = {"c0020", "c0040", "c0050", "c0060", "c0070", "c0080", "c0090", "c0100", "c0110"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: if ( not ( isnull ({c0020}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) then ( ( not ( isnull ({c0030}) ) )) endif"},
    {.id = "v8860_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0040"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0020", "c0050", "c0060", "c0070", "c0080", "c0090", "c0100", "c0110"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0020}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) then ( ( not ( isnull ({c0040}) ) )) endif"},
    {.id = "v8861_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0050"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0020", "c0060", "c0070", "c0080", "c0090", "c0100", "c0110"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0020}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) then ( ( not ( isnull ({c0050}) ) )) endif"},
    {.id = "v8862_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0060"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0020", "c0050", "c0070", "c0080", "c0090", "c0100", "c0110"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0020}) )) or not (( isnull ({c0050}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) then ( ( not ( isnull ({c0060}) ) )) endif"},
    {.id = "v8863_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0070"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0050", "c0060", "c0020", "c0080", "c0090", "c0100", "c0110"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0020}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) then ( ( not ( isnull ({c0070}) ) )) endif"},
    {.id = "v8864_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0080"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0050", "c0060", "c0070", "c0020", "c0090", "c0100", "c0110"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0020}) )) or not (( isnull ({c0090}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) then ( ( not ( isnull ({c0080}) ) )) endif"},
    {.id = "v8865_m", .table = T::B0102, .kind = K::IfThenFilled, .columns = {"c0090"},
     .condition = C::AnyFilled,
     .when = {"c0030", "c0040", "c0050", "c0060", "c0070", "c0080", "c0020", "c0100", "c0110"},
     .expression =
        "with {tB_01.02, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull "
        "({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull ({c0020}) )) or not (( isnull "
        "({c0100}) )) or not (( isnull ({c0110}) )) then ( ( not ( isnull ({c0090}) ) )) endif"},
    {.id = "v8866_m", .table = T::B0201, .kind = K::IfThenFilled, .columns = {"c0050"},
     .condition = C::AnyFilled, .when = {"c0020", "c0030", "c0040"},
     .expression =
        "with {tB_02.01, default: null, interval: false}: if ( not ( isnull ({c0020}) ) ) or not (( "
        "isnull ({c0030}) )) or not (( isnull ({c0040}) )) then ( ( not ( isnull ({c0050}) ) )) endif"},
    {.id = "v8867_m", .table = T::B0201, .kind = K::IfThenFilled, .columns = {"c0040"},
     .condition = C::AnyFilled, .when = {"c0020", "c0030", "c0050"},
     .expression =
        "with {tB_02.01, default: null, interval: false}: if ( not ( isnull ({c0020}) ) ) or not (( "
        "isnull ({c0030}) )) or not (( isnull ({c0050}) )) then ( ( not ( isnull ({c0040}) ) )) endif"},
    {.id = "v8868_m", .table = T::B0201, .kind = K::IfThenFilled, .columns = {"c0020"},
     .condition = C::AnyFilled, .when = {"c0050", "c0030", "c0040"},
     .expression =
        "with {tB_02.01, default: null, interval: false}: if ( not ( isnull ({c0050}) ) ) or not (( "
        "isnull ({c0030}) )) or not (( isnull ({c0040}) )) then ( ( not ( isnull ({c0020}) ) )) endif"},
    {.id = "v8869_m", .table = T::B0202, .kind = K::IfThenFilled, .columns = {"c0040"},
     .condition = C::AnyFilled,
     .when = {"c0070", "c0080", "c0090", "c0100", "c0110", "c0120", "c0140", "c0170", "c0180"},
     .expression =
        "with {tB_02.02, default: null, interval: false}: if ( not ( isnull ({c0070}) ) ) or not (( "
        "isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull ({c0100}) )) or not (( isnull "
        "({c0110}) )) or not (( isnull ({c0120}) )) or not (( isnull ({c0140}) )) or not (( isnull "
        "({c0170}) )) or not (( isnull ({c0180}) )) then ( ( not ( isnull ({c0040}) ) )) endif"},
    {.id = "v8870_m", .table = T::B0202, .kind = K::IfThenFilled, .columns = {"c0070"},
     .condition = C::AnyFilled,
     .when = {"c0040", "c0080", "c0090", "c0100", "c0110", "c0120", "c0140", "c0170", "c0180"},
     .expression =
        "with {tB_02.02, default: null, interval: false}: if ( not ( isnull ({c0040}) ) ) or not (( "
        "isnull ({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull ({c0100}) )) or not (( isnull "
        "({c0110}) )) or not (( isnull ({c0120}) )) or not (( isnull ({c0140}) )) or not (( isnull "
        "({c0170}) )) or not (( isnull ({c0180}) )) then ( ( not ( isnull ({c0070}) ) )) endif"},
    {.id = "v8871_m", .table = T::B0202, .kind = K::IfThenFilled, .columns = {"c0080"},
     .condition = C::AnyFilled,
     .when = {"c0070", "c0040", "c0090", "c0100", "c0110", "c0120", "c0140", "c0170", "c0180"},
     .expression =
        "with {tB_02.02, default: null, interval: false}: if ( not ( isnull ({c0070}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0090}) )) or not (( isnull ({c0100}) )) or not (( isnull "
        "({c0110}) )) or not (( isnull ({c0120}) )) or not (( isnull ({c0140}) )) or not (( isnull "
        "({c0170}) )) or not (( isnull ({c0180}) )) then ( ( not ( isnull ({c0080}) ) )) endif"},
    {.id = "v8872_m", .table = T::B0101, .kind = K::IfThenFilled, .columns = {"c0020"},
     .condition = C::AnyFilled, .when = {"c0030", "c0040", "c0050", "c0060"},
     .expression =
        "with {tB_01.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) then ( ( not ( "
        "isnull ({c0020}) ) )) endif"},
    {.id = "v8873_m", .table = T::B0101, .kind = K::IfThenFilled, .columns = {"c0030"},
     .condition = C::AnyFilled, .when = {"c0020", "c0040", "c0050", "c0060"},
     .expression =
        "with {tB_01.01, default: null, interval: false}: if ( not ( isnull ({c0020}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) then ( ( not ( "
        "isnull ({c0030}) ) )) endif"},
    {.id = "v8874_m", .table = T::B0101, .kind = K::IfThenFilled, .columns = {"c0040"},
     .condition = C::AnyFilled, .when = {"c0030", "c0020", "c0050", "c0060"},
     .expression =
        "with {tB_01.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0020}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0060}) )) then ( ( not ( "
        "isnull ({c0040}) ) )) endif"},
    {.id = "v8875_m", .table = T::B0101, .kind = K::IfThenFilled, .columns = {"c0050"},
     .condition = C::AnyFilled, .when = {"c0030", "c0040", "c0020", "c0060"},
     .expression =
        "with {tB_01.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0020}) )) or not (( isnull ({c0060}) )) then ( ( not ( "
        "isnull ({c0050}) ) )) endif"},
    {.id = "v8876_m", .table = T::B0101, .kind = K::IfThenFilled, .columns = {"c0060"},
     .condition = C::AnyFilled, .when = {"c0030", "c0040", "c0050", "c0020"},
     .expression =
        "with {tB_01.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0040}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0020}) )) then ( ( not ( "
        "isnull ({c0060}) ) )) endif"},
    {.id = "v8877_m", .table = T::B0601, .kind = K::IfThenFilled, .columns = {"c0020"},
     .condition = C::AnyFilled, .when = {"c0030", "c0050", "c0060", "c0070", "c0080", "c0090", "c0100"},
     .expression =
        "with {tB_06.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull "
        "({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull ({c0100}) )) then ( ( not ( isnull "
        "({c0020}) ) )) endif"},
    {.id = "v8878_m", .table = T::B0601, .kind = K::IfThenFilled, .columns = {"c0030"},
     .condition = C::AnyFilled, .when = {"c0020", "c0050", "c0060", "c0070", "c0080", "c0090", "c0100"},
     .expression =
        "with {tB_06.01, default: null, interval: false}: if ( not ( isnull ({c0020}) ) ) or not (( "
        "isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull "
        "({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull ({c0100}) )) then ( ( not ( isnull "
        "({c0030}) ) )) endif"},
    {.id = "v8879_m", .table = T::B0601, .kind = K::IfThenFilled, .columns = {"c0050"},
     .condition = C::AnyFilled, .when = {"c0030", "c0020", "c0060", "c0070", "c0080", "c0090", "c0100"},
     .expression =
        "with {tB_06.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0020}) )) or not (( isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull "
        "({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull ({c0100}) )) then ( ( not ( isnull "
        "({c0050}) ) )) endif"},
    {.id = "v8880_m", .table = T::B0601, .kind = K::IfThenFilled, .columns = {"c0070"},
     .condition = C::AnyFilled, .when = {"c0030", "c0050", "c0060", "c0020", "c0080", "c0090", "c0100"},
     .expression =
        "with {tB_06.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull ({c0020}) )) or not (( isnull "
        "({c0080}) )) or not (( isnull ({c0090}) )) or not (( isnull ({c0100}) )) then ( ( not ( isnull "
        "({c0070}) ) )) endif"},
    {.id = "v8881_m", .table = T::B0601, .kind = K::IfThenFilled, .columns = {"c0080"},
     .condition = C::AnyFilled, .when = {"c0030", "c0050", "c0060", "c0070", "c0020", "c0090", "c0100"},
     .expression =
        "with {tB_06.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull "
        "({c0020}) )) or not (( isnull ({c0090}) )) or not (( isnull ({c0100}) )) then ( ( not ( isnull "
        "({c0080}) ) )) endif"},
    {.id = "v8882_m", .table = T::B0601, .kind = K::IfThenFilled, .columns = {"c0090"},
     .condition = C::AnyFilled, .when = {"c0030", "c0050", "c0060", "c0070", "c0080", "c0020", "c0100"},
     .expression =
        "with {tB_06.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull "
        "({c0080}) )) or not (( isnull ({c0020}) )) or not (( isnull ({c0100}) )) then ( ( not ( isnull "
        "({c0090}) ) )) endif"},
    {.id = "v8883_m", .table = T::B0601, .kind = K::IfThenFilled, .columns = {"c0100"},
     .condition = C::AnyFilled, .when = {"c0030", "c0050", "c0060", "c0070", "c0080", "c0020", "c0020"},
     .expression =
        "with {tB_06.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0050}) )) or not (( isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull "
        "({c0080}) )) or not (( isnull ({c0020}) )) or not (( isnull ({c0020}) )) then ( ( not ( isnull "
        "({c0100}) ) )) endif"},
    {.id = "v8884_m", .table = T::B0701, .kind = K::IfThenFilled, .columns = {"c0050"},
     .condition = C::AnyFilled, .when = {"c0030", "c0060", "c0070", "c0080", "c0090", "c0100", "c0110", "c0120"},
     .expression =
        "with {tB_07.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull "
        "({c0090}) )) or not (( isnull ({c0100}) )) or not (( isnull ({c0110}) )) or not (( isnull "
        "({c0120}) )) then ( ( not ( isnull ({c0050}) ) )) endif"},
    {.id = "v8885_m", .table = T::B0701, .kind = K::IfThenFilled, .columns = {"c0070"},
     .condition = C::AnyFilled, .when = {"c0030", "c0060", "c0050", "c0080", "c0090", "c0100", "c0110", "c0120"},
     .expression =
        "with {tB_07.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0060}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0080}) )) or not (( isnull "
        "({c0090}) )) or not (( isnull ({c0100}) )) or not (( isnull ({c0110}) )) or not (( isnull "
        "({c0120}) )) then ( ( not ( isnull ({c0070}) ) )) endif"},
    {.id = "v8886_m", .table = T::B0701, .kind = K::IfThenFilled, .columns = {"c0080"},
     .condition = C::AnyFilled, .when = {"c0030", "c0060", "c0070", "c0050", "c0090", "c0100", "c0110", "c0120"},
     .expression =
        "with {tB_07.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull ({c0050}) )) or not (( isnull "
        "({c0090}) )) or not (( isnull ({c0100}) )) or not (( isnull ({c0110}) )) or not (( isnull "
        "({c0120}) )) then ( ( not ( isnull ({c0080}) ) )) endif"},
    {.id = "v8887_m", .table = T::B0701, .kind = K::IfThenFilled, .columns = {"c0090"},
     .condition = C::AnyFilled, .when = {"c0030", "c0060", "c0070", "c0080", "c0050", "c0100", "c0110", "c0120"},
     .deactivated = true,
     .expression =
        "with {tB_07.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull "
        "({c0050}) )) or not (( isnull ({c0100}) )) or not (( isnull ({c0110}) )) or not (( isnull "
        "({c0120}) )) then ( ( not ( isnull ({c0090}) ) )) endif"},
    {.id = "v88889_m", .table = T::B0701, .kind = K::IfThenFilled, .columns = {"c0110"},
     .condition = C::AnyFilled, .when = {"c0030", "c0060", "c0070", "c0080", "c0090", "c0100", "c0050", "c0120"},
     .expression =
        "with {tB_07.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull "
        "({c0090}) )) or not (( isnull ({c0100}) )) or not (( isnull ({c0050}) )) or not (( isnull "
        "({c0120}) )) then ( ( not ( isnull ({c0110}) ) )) endif"},
    {.id = "v8888_m", .table = T::B0701, .kind = K::IfThenFilled, .columns = {"c0100"},
     .condition = C::AnyFilled, .when = {"c0030", "c0060", "c0070", "c0080", "c0090", "c0050", "c0110", "c0120"},
     .expression =
        "with {tB_07.01, default: null, interval: false}: if ( not ( isnull ({c0030}) ) ) or not (( "
        "isnull ({c0060}) )) or not (( isnull ({c0070}) )) or not (( isnull ({c0080}) )) or not (( isnull "
        "({c0090}) )) or not (( isnull ({c0050}) )) or not (( isnull ({c0110}) )) or not (( isnull "
        "({c0120}) )) then ( ( not ( isnull ({c0100}) ) )) endif"},
    {.id = "v8890_m", .table = T::B0101, .kind = K::Pattern, .columns = {"c0010"},
     .condition = C::AnyFilled, .when = {"c0020"},
     .pattern = leiPattern, .confirmed = false,
     .expression =
        "match({tB_01.01, c0020}[get ERI], \"^[A-Z0-9]{18}[0-9]{2}$\")"},
    {.id = "v8891_m", .table = T::B0102, .kind = K::Pattern, .columns = {"c0010"},
     .condition = C::AnyFilled, .when = {"c0020"},
     .pattern = leiPattern, .confirmed = false,
     .expression =
        "match({tB_01.02, c0020}[get ESI], \"^[A-Z0-9]{18}[0-9]{2}$\")"},
    {.id = "v8892_m", .table = T::B0103, .kind = K::Pattern, .columns = {"c0020"},
     .condition = C::AnyFilled, .when = {"c0030"},
     .pattern = leiPattern, .confirmed = false,
     .expression =
        "match({tB_01.03, c0030}[get LHH], \"^[A-Z0-9]{18}[0-9]{2}$\")"},
    {.id = "key-lei-B_02.02", .table = T::B0202, .kind = K::Pattern, .columns = {"c0020"},
     .condition = C::AnyFilled, .when = {"c0040"},
     .pattern = leiPattern, .deactivated = true, .confirmed = false,
     .expression =
        "match({tB_02.02, c0040}[get LES], \"^[A-Z0-9]{18}[0-9]{2}$\")"},
    {.id = "key-lei-B_03.01", .table = T::B0301, .kind = K::Pattern, .columns = {"c0020"},
     .condition = C::AnyFilled, .when = {"c0030"},
     .pattern = leiPattern, .deactivated = true, .confirmed = false,
     .expression =
        "match({tB_03.01, c0030}[get LEA], \"^[A-Z0-9]{18}[0-9]{2}$\")"},
    {.id = "key-lei-B_03.03", .table = T::B0303, .kind = K::Pattern, .columns = {"c0020"},
     .condition = C::AnyFilled, .when = {"c0031"},
     .pattern = leiPattern, .deactivated = true, .confirmed = false,
     .expression =
        "match({tB_03.03, c0031}[get LEB], \"^[A-Z0-9]{18}[0-9]{2}$\")"},
    {.id = "key-lei-B_04.01", .table = T::B0401, .kind = K::Pattern, .columns = {"c0020"},
     .condition = C::AnyFilled, .when = {"c0030"},
     .pattern = leiPattern, .deactivated = true, .confirmed = false,
     .expression =
        "match({tB_04.01, c0030}[get LES], \"^[A-Z0-9]{18}[0-9]{2}$\")"},
    {.id = "key-lei-B_06.01", .table = T::B0601, .kind = K::Pattern, .columns = {"c0040"},
     .condition = C::AnyFilled, .when = {"c0020"},
     .pattern = leiPattern, .deactivated = true, .confirmed = false,
     .expression =
        "match({tB_06.01, c0020}[get LES], \"^[A-Z0-9]{18}[0-9]{2}$\")"},
    };
    return all;
}
// clang-format on

/// A rule with its columns found in its template.
struct Compiled {
    const DpmRule *rule = nullptr;
    const Template *templ = nullptr;
    std::vector<int> columns;
    std::vector<int> when;
    QSet<QString> whenValues;
    QSet<QString> values;
    QRegularExpression pattern;
};

std::vector<int> indexes(const Template &templ, const std::vector<const char *> &codes)
{
    std::vector<int> result;
    for (const char *code : codes) {
        const int column = templ.column(QString::fromLatin1(code));
        Q_ASSERT_X(column >= 0, "roi::dpmRules", code);
        if (column >= 0)
            result.push_back(column);
    }
    return result;
}

QSet<QString> stringSet(const std::vector<const char *> &values)
{
    QSet<QString> result;
    for (const char *value : values)
        result.insert(QString::fromLatin1(value));
    return result;
}

Compiled compile(const DpmRule &rule)
{
    Compiled compiled;
    compiled.rule = &rule;
    compiled.templ = &templateOf(rule.table);
    compiled.columns = indexes(*compiled.templ, rule.columns);
    compiled.when = indexes(*compiled.templ, rule.when);
    compiled.whenValues = stringSet(rule.whenValues);
    compiled.values = stringSet(rule.values);
    if (rule.pattern)
        compiled.pattern.setPattern(QString::fromLatin1(rule.pattern));
    return compiled;
}

class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(Roi)
    using Words = support::Words;

public:
    explicit Evaluator(const Compiled &rule) : m_rule(rule), m_templ(*rule.templ) { }

    void run(const Table &table, std::vector<Problem> &out) const
    {
        for (std::size_t i = 0; i < table.rows.size(); ++i) {
            const Row &row = table.rows[i];
            int because = -1;
            if (applies(row, &because))
                check(row, int(i), because, out);
        }
    }

private:
    /// Whether the rule's condition holds for the row; `because` is the column that made it hold.
    bool applies(const Row &row, int *because) const
    {
        switch (m_rule.rule->condition) {
            case DpmCondition::Always: return true;
            case DpmCondition::AnyFilled:
                for (const int column : m_rule.when) {
                    if (!support::cell(row, column).isEmpty()) {
                        *because = column;
                        return true;
                    }
                }
                return false;
            case DpmCondition::Equals:
            case DpmCondition::NotEquals: {
                if (m_rule.when.empty())
                    return false;
                *because = m_rule.when.front();
                const bool in = m_rule.whenValues.contains(support::cell(row, *because));
                return m_rule.rule->condition == DpmCondition::Equals ? in : !in;
            }
        }
        return false;
    }

    void check(const Row &row, int index, int because, std::vector<Problem> &out) const
    {
        const DpmRule &rule = *m_rule.rule;
        switch (rule.kind) {
            case DpmRuleKind::Filled:
            case DpmRuleKind::IfThenFilled:
                for (const int column : m_rule.columns) {
                    if (support::cell(row, column).isEmpty())
                        add(row, index, column, emptyMessage(row, index, column, because), out);
                }
                return;
            case DpmRuleKind::NotNegative:
                for (const int column : m_rule.columns) {
                    bool ok = false;
                    const QString &value = support::cell(row, column);
                    if (!value.isEmpty() && value.toDouble(&ok) < 0 && ok) {
                        add(row,
                            index,
                            column,
                            tr("%1 row %2: %3 is negative (%4). Write zero or a positive number (EBA rule %5).")
                                .arg(code(), label(row, index), Words::column(m_templ, column), value, id()),
                            out);
                    }
                }
                return;
            case DpmRuleKind::Pattern:
                for (const int column : m_rule.columns) {
                    const QString &value = support::cell(row, column);
                    if (value.isEmpty() || m_rule.pattern.match(value).hasMatch())
                        continue;
                    const QString message = qstrcmp(rule.pattern, leiPattern) == 0
                        ? tr("%1 row %2: %3 \"%4\" is not shaped like an LEI (18 capital letters or digits, then 2 "
                             "digits). Correct it (EBA rule %5).")
                              .arg(code(), label(row, index), Words::column(m_templ, column), value, id())
                        : tr("%1 row %2: %3 \"%4\" does not have the form %5 (EBA rule %6).")
                              .arg(code(),
                                   label(row, index),
                                   Words::column(m_templ, column),
                                   value,
                                   QString::fromLatin1(rule.pattern),
                                   id());
                    add(row, index, column, message, out);
                }
                return;
            case DpmRuleKind::InSet:
                for (const int column : m_rule.columns) {
                    const QString &value = support::cell(row, column);
                    if (value.isEmpty() || m_rule.values.contains(value))
                        continue;
                    QStringList allowed;
                    for (const char *v : rule.values)
                        allowed.append(Words::value(m_templ, column, QString::fromLatin1(v)));
                    add(row,
                        index,
                        column,
                        tr("%1 row %2: %3 is %4, but must be one of: %5 (EBA rule %6).")
                            .arg(code(),
                                 label(row, index),
                                 Words::column(m_templ, column),
                                 Words::value(m_templ, column, value),
                                 allowed.join(QLatin1String(", ")),
                                 id()),
                        out);
                }
                return;
            case DpmRuleKind::Greater: {
                if (m_rule.columns.size() != 2)
                    return;
                const int greater = m_rule.columns[0];
                const int lesser = m_rule.columns[1];
                if (!isGreater(support::cell(row, greater), support::cell(row, lesser))) {
                    add(row,
                        index,
                        greater,
                        tr("%1 row %2: %3 must be later than (or greater than) %4 (EBA rule %5).")
                            .arg(code(),
                                 label(row, index),
                                 Words::column(m_templ, greater),
                                 Words::column(m_templ, lesser),
                                 id()),
                        out);
                }
                return;
            }
        }
    }

    /// False only when both values are dates, or both numbers, and the first is not greater.
    static bool isGreater(const QString &a, const QString &b)
    {
        if (a.isEmpty() || b.isEmpty())
            return true;
        const QDate da = QDate::fromString(a, Qt::ISODate);
        const QDate db = QDate::fromString(b, Qt::ISODate);
        if (da.isValid() && db.isValid())
            return da > db;
        bool okA = false;
        bool okB = false;
        const double na = a.toDouble(&okA);
        const double nb = b.toDouble(&okB);
        return !(okA && okB) || na > nb;
    }

    QString emptyMessage(const Row &row, int index, int column, int because) const
    {
        const QString what = Words::column(m_templ, column);
        switch (m_rule.rule->condition) {
            case DpmCondition::Always: break;
            case DpmCondition::AnyFilled:
                return tr("%1 row %2: %3 is empty while %4 is filled. Fill it in (EBA rule %5).")
                    .arg(code(), label(row, index), what, Words::column(m_templ, because), id());
            case DpmCondition::Equals:
            case DpmCondition::NotEquals:
                return tr("%1 row %2: %3 is empty while %4 is %5. Fill it in (EBA rule %6).")
                    .arg(code(),
                         label(row, index),
                         what,
                         Words::column(m_templ, because),
                         Words::value(m_templ, because, support::cell(row, because)),
                         id());
        }
        return tr("%1 row %2: %3 is empty. Fill it in (EBA rule %4).").arg(code(), label(row, index), what, id());
    }

    void add(const Row &row, int index, int column, const QString &message, std::vector<Problem> &out) const
    {
        out.push_back(support::rowProblem(m_rule.rule->id, Severity::Error, m_templ, row, index, column, message));
    }

    QString code() const { return QString::fromLatin1(m_templ.code); }
    QString id() const { return QString::fromLatin1(m_rule.rule->id); }
    QString label(const Row &row, int index) const { return Words::row(m_templ, row, index); }

    const Compiled &m_rule;
    const Template &m_templ;
};

} // namespace

std::span<const DpmRule> dpmRules()
{
    return ruleTable();
}

const DpmRule *dpmRule(QStringView id)
{
    for (const DpmRule &rule : ruleTable()) {
        if (id == QLatin1StringView(rule.id))
            return &rule;
    }
    return nullptr;
}

std::vector<Problem> checkDpmRules(const Report &report, std::span<const DpmRule> rules, Feedback *feedback)
{
    std::vector<Problem> problems;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (feedback) {
            if (feedback->isCanceled())
                break;
            feedback->setProgress(100.0 * double(i) / double(rules.size()));
        }
        const Compiled compiled = compile(rules[i]);
        Evaluator(compiled).run(report.table(rules[i].table), problems);
    }
    if (feedback && !feedback->isCanceled())
        feedback->setProgress(100.0);
    return problems;
}

} // namespace bulwark::roi

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/roi/records.h"

#include "model/register/fieldkinds.h"
#include "model/roi/codes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bulwark::roi {

namespace {

using namespace fieldkinds;

/// A token of one of the register of information's closed lists (codes.cpp), stored as text; an empty text clears
/// it. The form offers the list's labels.
template<typename T>
Field<T> codeField(const char *token, QString T::*m, CodeList list, const FieldInfo &info)
{
    auto f = textField(token, m, info);
    f.type = FieldType::Choice;
    f.choices = [list] {
        QList<std::pair<QString, QString>> choices;
        for (const Code &code : Codes::list(list))
            choices.append({QString::fromLatin1(code.token), Codes::label(code)});
        return choices;
    };
    const QString field = f.token;
    const auto check = [list, field](const QString &text) -> Result<void> {
        if (text.isEmpty() || Codes::byToken(list, text))
            return {};
        return fieldError(QCoreApplication::translate("Roi", "'%1' is not one of: %2")
                              .arg(shorten(text), Codes::tokens(list).join(QLatin1String(", "))),
                          field);
    };
    const auto setText = f.setText;
    f.setText = [setText, check](T &v, const QString &text) -> Result<void> {
        if (auto r = check(text.trimmed()); !r)
            return r;
        return setText(v, text.trimmed());
    };
    const auto readJson = f.readJson;
    f.readJson = [readJson, check, m](T &v, const QJsonValue &json) -> Result<void> {
        if (auto r = readJson(v, json); !r)
            return r;
        return check(v.*m);
    };
    return f;
}

Result<void> invalid(const QString &message, const char *field)
{
    return makeError(Error::Code::Invalid, message, QString::fromLatin1(field));
}

Result<void> checkCountry(const QString &code, const char *field)
{
    if (code.isEmpty() || Codes::isCountry(code))
        return {};
    return invalid(QCoreApplication::translate("Roi",
                                               "'%1' is not an ISO 3166-1 country code (two capital letters, "
                                               "e.g. DE)")
                       .arg(code.left(20)),
                   field);
}

Result<void> checkCurrency(const QString &code, const char *field)
{
    if (code.isEmpty() || Codes::isCurrency(code))
        return {};
    return invalid(
        QCoreApplication::translate("Roi", "'%1' is not an ISO 4217 currency code (e.g. EUR)").arg(code.left(20)),
        field);
}

Result<void> checkAmount(const QString &amount, const char *field)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,2})?$"));
    if (amount.isEmpty() || pattern.match(amount).hasMatch())
        return {};
    return invalid(QCoreApplication::translate("Roi",
                                               "'%1' is not an amount: digits, optionally a point and up to "
                                               "two decimals (e.g. 125000 or 99.50)")
                       .arg(amount.left(30)),
                   field);
}

Result<void> checkKeys(const QStringList &keys, const char *field)
{
    for (const QString &key : keys) {
        if (auto r = entitytype::checkKey(key, QString::fromLatin1(field)); !r)
            return r;
    }
    return {};
}

/// Runs each check in order and gives the first failure.
template<typename... Checks>
Result<void> firstProblem(Checks &&...checks)
{
    Result<void> result;
    ((result ? void(result = checks()) : void()), ...);
    return result;
}

} // namespace

// clang-format off
const TableType<Entity> &entityType()
{
    static const TableType<Entity> type(
        QStringLiteral("roi_entity"), QT_TRANSLATE_NOOP("EntityType", "entity in scope"),
        FieldTable<Entity>({
            textField("lei", &Entity::lei,
                {.label = QT_TRANSLATE_NOOP("Fields", "&LEI"), .column = QT_TRANSLATE_NOOP("Fields", "LEI"),
                 .required = true}),
            textField("name", &Entity::name,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Name"), .column = QT_TRANSLATE_NOOP("Fields", "Name"),
                 .required = true}),
            textField("country", &Entity::country,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Country"), .column = QT_TRANSLATE_NOOP("Fields", "Country")}),
            codeField("type", &Entity::type, CodeList::EntityType,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Type of entity"), .column = QT_TRANSLATE_NOOP("Fields", "Type")}),
            codeField("hierarchy", &Entity::hierarchy, CodeList::Hierarchy,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Hierarchy in the group"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Hierarchy")}),
            textField("parent", &Entity::parent,
                {.label = QT_TRANSLATE_NOOP("Fields", "LEI of the direct &parent"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Parent")}),
            dateField("updated", &Entity::updated,
                {.label = QT_TRANSLATE_NOOP("Fields", "Last &updated"), .column = QT_TRANSLATE_NOOP("Fields", "Updated")}),
            dateField("integrated", &Entity::integrated,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Integrated into the register"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Integrated")}),
            dateField("deleted", &Entity::deleted,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Deleted from the register"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Deleted")}),
            textField("currency", &Entity::currency,
                {.label = QT_TRANSLATE_NOOP("Fields", "Curr&ency"), .column = QT_TRANSLATE_NOOP("Fields", "Currency")}),
            textField("total_assets", &Entity::totalAssets,
                {.label = QT_TRANSLATE_NOOP("Fields", "Total &assets"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Total assets")}),
            yesNoField("reporting", &Entity::reporting,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Maintains the register"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Reporting")}),
            textField("authority", &Entity::authority,
                {.label = QT_TRANSLATE_NOOP("Fields", "C&ompetent authority"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Authority")}),
        }),
        QStringLiteral("lei"),
        {"SELECT lei, name, country, type, hierarchy, parent, updated, integrated, deleted, currency, total_assets, "
         "reporting, authority FROM roi_entity ORDER BY lei",
         "INSERT INTO roi_entity (lei, name, country, type, hierarchy, parent, updated, integrated, deleted, currency, "
         "total_assets, reporting, authority) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
         "UPDATE roi_entity SET name = ?2, country = ?3, type = ?4, hierarchy = ?5, parent = ?6, updated = ?7, "
         "integrated = ?8, deleted = ?9, currency = ?10, total_assets = ?11, reporting = ?12, authority = ?13 "
         "WHERE lei = ?1",
         "DELETE FROM roi_entity WHERE lei = ?1"},
        {},
        [](const Entity &e) -> Result<void> {
            return firstProblem([&] { return checkCountry(e.country, "country"); },
                                [&] { return checkCurrency(e.currency, "currency"); },
                                [&] { return checkAmount(e.totalAssets, "total_assets"); });
        });
    return type;
}

const TableType<Branch> &branchType()
{
    static const TableType<Branch> type(
        QStringLiteral("roi_branch"), QT_TRANSLATE_NOOP("EntityType", "branch"),
        FieldTable<Branch>({
            textField("code", &Branch::code,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Code"), .column = QT_TRANSLATE_NOOP("Fields", "Code"),
                 .required = true}),
            textField("head_office", &Branch::headOffice,
                {.label = QT_TRANSLATE_NOOP("Fields", "LEI of the &head office"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Head office"), .required = true}),
            textField("name", &Branch::name,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Name"), .column = QT_TRANSLATE_NOOP("Fields", "Name")}),
            textField("country", &Branch::country,
                {.label = QT_TRANSLATE_NOOP("Fields", "C&ountry"), .column = QT_TRANSLATE_NOOP("Fields", "Country")}),
        }),
        QStringLiteral("code"),
        {"SELECT code, head_office, name, country FROM roi_branch ORDER BY code",
         "INSERT INTO roi_branch (code, head_office, name, country) VALUES (?1, ?2, ?3, ?4)",
         "UPDATE roi_branch SET head_office = ?2, name = ?3, country = ?4 WHERE code = ?1",
         "DELETE FROM roi_branch WHERE code = ?1"},
        {},
        [](const Branch &b) -> Result<void> { return checkCountry(b.country, "country"); });
    return type;
}

const TableType<Arrangement> &arrangementType()
{
    static const TableType<Arrangement> type(
        QStringLiteral("roi_arrangement"), QT_TRANSLATE_NOOP("EntityType", "contractual arrangement"),
        FieldTable<Arrangement>({
            textField("reference", &Arrangement::reference,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Reference"), .column = QT_TRANSLATE_NOOP("Fields", "Reference"),
                 .required = true}),
            codeField("type", &Arrangement::type, CodeList::ArrangementType,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Type"), .column = QT_TRANSLATE_NOOP("Fields", "Type")}),
            textField("overarching", &Arrangement::overarching,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Overarching arrangement"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Overarching")}),
            textField("provider", &Arrangement::provider,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Provider"), .column = QT_TRANSLATE_NOOP("Fields", "Provider")}),
            textField("currency", &Arrangement::currency,
                {.label = QT_TRANSLATE_NOOP("Fields", "C&urrency"), .column = QT_TRANSLATE_NOOP("Fields", "Currency")}),
            textField("annual_cost", &Arrangement::annualCost,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Annual cost"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Annual cost")}),
            dateField("start", &Arrangement::start,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Start"), .column = QT_TRANSLATE_NOOP("Fields", "Start")}),
            dateField("end", &Arrangement::end,
                {.label = QT_TRANSLATE_NOOP("Fields", "&End"), .column = QT_TRANSLATE_NOOP("Fields", "End")}),
            codeField("termination", &Arrangement::termination, CodeList::TerminationReason,
                {.label = QT_TRANSLATE_NOOP("Fields", "Reason for ter&mination"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Termination")}),
            optionalWholeNumberField("notice_entity", &Arrangement::noticeEntity,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Notice period for us (days)"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Notice (us)")}),
            optionalWholeNumberField("notice_provider", &Arrangement::noticeProvider,
                {.label = QT_TRANSLATE_NOOP("Fields", "Notice period for the pro&vider (days)"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Notice (provider)")}),
            textField("governing_law", &Arrangement::governingLaw,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Governing law (country)"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Governing law")}),
            listField("signing", &Arrangement::signing,
                {.label = QT_TRANSLATE_NOOP("Fields", "S&igned by (LEIs)"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "LEIs, separated by ;"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Signed by")}),
            listField("relies_on", &Arrangement::reliesOn,
                {.label = QT_TRANSLATE_NOOP("Fields", "Re&lies on arrangements"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "references, separated by ;"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Relies on")}),
            listField("branches", &Arrangement::branches,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Branches using it"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "branch codes, separated by ;"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Branches")}),
        }),
        QStringLiteral("reference"),
        {"SELECT reference, type, overarching, provider, currency, annual_cost, start, end_date, termination, "
         "notice_entity, notice_provider, governing_law, signing, relies_on, branches FROM roi_arrangement "
         "ORDER BY reference",
         "INSERT INTO roi_arrangement (reference, type, overarching, provider, currency, annual_cost, start, end_date, "
         "termination, notice_entity, notice_provider, governing_law, signing, relies_on, branches) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
         "UPDATE roi_arrangement SET type = ?2, overarching = ?3, provider = ?4, currency = ?5, annual_cost = ?6, "
         "start = ?7, end_date = ?8, termination = ?9, notice_entity = ?10, notice_provider = ?11, "
         "governing_law = ?12, signing = ?13, relies_on = ?14, branches = ?15 WHERE reference = ?1",
         "DELETE FROM roi_arrangement WHERE reference = ?1"},
        {QStringLiteral("provider")},
        [](const Arrangement &a) -> Result<void> {
            return firstProblem(
                [&] { return a.overarching.isEmpty() ? Result<void>() : entitytype::checkKey(a.overarching, QStringLiteral("overarching")); },
                [&] { return checkCurrency(a.currency, "currency"); },
                [&] { return checkAmount(a.annualCost, "annual_cost"); },
                [&] { return checkCountry(a.governingLaw, "governing_law"); },
                [&] { return checkKeys(a.reliesOn, "relies_on"); },
                [&]() -> Result<void> {
                    if (a.start.isValid() && a.end.isValid() && a.end < a.start)
                        return invalid(QCoreApplication::translate("Roi", "must not be before the start"), "end");
                    return {};
                },
                [&]() -> Result<void> {
                    for (const auto &[days, field] : {std::pair{a.noticeEntity, "notice_entity"},
                                                      std::pair{a.noticeProvider, "notice_provider"}}) {
                        if (days && *days < 0)
                            return invalid(QCoreApplication::translate("Roi", "must not be negative"), field);
                    }
                    return {};
                });
        });
    return type;
}

const TableType<ServiceTerms> &serviceTermsType()
{
    static const TableType<ServiceTerms> type(
        QStringLiteral("roi_service"), QT_TRANSLATE_NOOP("EntityType", "ICT service terms"),
        FieldTable<ServiceTerms>({
            textField("element", &ServiceTerms::element,
                {.label = QT_TRANSLATE_NOOP("Fields", "&ICT service"), .column = QT_TRANSLATE_NOOP("Fields", "Service"),
                 .required = true}),
            listField("arrangements", &ServiceTerms::arrangements,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Arrangements"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "references, separated by ;"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Arrangements")}),
            codeField("type", &ServiceTerms::type, CodeList::ServiceType,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Type of ICT service"), .column = QT_TRANSLATE_NOOP("Fields", "Type")}),
            textField("provided_in", &ServiceTerms::providedIn,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Provided in (country)"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Provided in")}),
            yesNoField("stores_data", &ServiceTerms::storesData,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Stores data"), .column = QT_TRANSLATE_NOOP("Fields", "Stores data")}),
            textField("stored_in", &ServiceTerms::storedIn,
                {.label = QT_TRANSLATE_NOOP("Fields", "Data at r&est in (country)"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Stored in")}),
            textField("processed_in", &ServiceTerms::processedIn,
                {.label = QT_TRANSLATE_NOOP("Fields", "Data pro&cessed in (country)"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Processed in")}),
            codeField("sensitiveness", &ServiceTerms::sensitiveness, CodeList::Sensitiveness,
                {.label = QT_TRANSLATE_NOOP("Fields", "Se&nsitiveness of the data"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Sensitiveness")}),
            codeField("reliance", &ServiceTerms::reliance, CodeList::Reliance,
                {.label = QT_TRANSLATE_NOOP("Fields", "Re&liance"), .column = QT_TRANSLATE_NOOP("Fields", "Reliance")}),
            codeField("substitutability", &ServiceTerms::substitutability, CodeList::Substitutability,
                {.label = QT_TRANSLATE_NOOP("Fields", "Su&bstitutability"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Substitutability")}),
            codeField("substitution_reason", &ServiceTerms::substitutionReason, CodeList::SubstitutionReason,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Why it is hard to replace"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Reason")}),
            dateField("last_audit", &ServiceTerms::lastAudit,
                {.label = QT_TRANSLATE_NOOP("Fields", "Last a&udit of the provider"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Last audit")}),
            codeField("reintegration", &ServiceTerms::reintegration, CodeList::Reintegration,
                {.label = QT_TRANSLATE_NOOP("Fields", "Reinte&gration in-house"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Reintegration")}),
            codeField("impact", &ServiceTerms::impact, CodeList::Impact,
                {.label = QT_TRANSLATE_NOOP("Fields", "Impact of &discontinuing"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Impact")}),
            codeField("alternatives", &ServiceTerms::alternatives, CodeList::Alternatives,
                {.label = QT_TRANSLATE_NOOP("Fields", "Alternati&ves identified"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Alternatives")}),
            textField("alternative_names", &ServiceTerms::alternativeNames,
                {.label = QT_TRANSLATE_NOOP("Fields", "Names of alternative pr&oviders")}),
        }),
        QStringLiteral("element"),
        {"SELECT element, arrangements, type, provided_in, stores_data, stored_in, processed_in, sensitiveness, "
         "reliance, substitutability, substitution_reason, last_audit, reintegration, impact, alternatives, "
         "alternative_names FROM roi_service ORDER BY element",
         "INSERT INTO roi_service (element, arrangements, type, provided_in, stores_data, stored_in, processed_in, "
         "sensitiveness, reliance, substitutability, substitution_reason, last_audit, reintegration, impact, "
         "alternatives, alternative_names) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
         "?16)",
         "UPDATE roi_service SET arrangements = ?2, type = ?3, provided_in = ?4, stores_data = ?5, stored_in = ?6, "
         "processed_in = ?7, sensitiveness = ?8, reliance = ?9, substitutability = ?10, substitution_reason = ?11, "
         "last_audit = ?12, reintegration = ?13, impact = ?14, alternatives = ?15, alternative_names = ?16 "
         "WHERE element = ?1",
         "DELETE FROM roi_service WHERE element = ?1"},
        {QStringLiteral("element")},
        [](const ServiceTerms &s) -> Result<void> {
            return firstProblem(
                [&] { return checkKeys(s.arrangements, "arrangements"); },
                [&] { return checkCountry(s.providedIn, "provided_in"); },
                [&] { return checkCountry(s.storedIn, "stored_in"); },
                [&] { return checkCountry(s.processedIn, "processed_in"); });
        });
    return type;
}

const TableType<FunctionTerms> &functionTermsType()
{
    static const TableType<FunctionTerms> type(
        QStringLiteral("roi_function"), QT_TRANSLATE_NOOP("EntityType", "function terms"),
        FieldTable<FunctionTerms>({
            textField("element", &FunctionTerms::element,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Function"), .column = QT_TRANSLATE_NOOP("Fields", "Function"),
                 .required = true}),
            textField("identifier", &FunctionTerms::identifier,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Identifier reported"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Identifier")}),
            textField("activity", &FunctionTerms::activity,
                {.label = QT_TRANSLATE_NOOP("Fields", "Licensed &activity (EBA code)"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "e.g. eba_TA:x28"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Activity")}),
            textField("entity", &FunctionTerms::entity,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Entity (LEI)"), .column = QT_TRANSLATE_NOOP("Fields", "Entity")}),
            textField("reasons", &FunctionTerms::reasons,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Reasons for its criticality")}, FieldType::LongText),
            dateField("assessed", &FunctionTerms::assessed,
                {.label = QT_TRANSLATE_NOOP("Fields", "Criticality last a&ssessed"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Assessed")}),
            codeField("impact", &FunctionTerms::impact, CodeList::Impact,
                {.label = QT_TRANSLATE_NOOP("Fields", "Impact of &discontinuing"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Impact")}),
        }),
        QStringLiteral("element"),
        {"SELECT element, identifier, activity, entity, reasons, assessed, impact FROM roi_function ORDER BY element",
         "INSERT INTO roi_function (element, identifier, activity, entity, reasons, assessed, impact) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
         "UPDATE roi_function SET identifier = ?2, activity = ?3, entity = ?4, reasons = ?5, assessed = ?6, "
         "impact = ?7 WHERE element = ?1",
         "DELETE FROM roi_function WHERE element = ?1"},
        {QStringLiteral("element")},
        [](const FunctionTerms &f) -> Result<void> {
            if (!f.activity.isEmpty() && !Codes::isLicensedActivity(f.activity))
                return invalid(QCoreApplication::translate("Roi", "'%1' is not a licensed activity's EBA code "
                                                                  "(e.g. eba_TA:x162 for taking deposits)")
                                   .arg(f.activity.left(30)),
                               "activity");
            if (f.reasons.size() > 300)
                return invalid(QCoreApplication::translate("Roi", "must be at most 300 characters"), "reasons");
            return {};
        });
    return type;
}

const TableType<ProviderTerms> &providerTermsType()
{
    static const TableType<ProviderTerms> type(
        QStringLiteral("roi_provider"), QT_TRANSLATE_NOOP("EntityType", "provider terms"),
        FieldTable<ProviderTerms>({
            textField("element", &ProviderTerms::element,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Provider"), .column = QT_TRANSLATE_NOOP("Fields", "Provider"),
                 .required = true}),
            codeField("code_type", &ProviderTerms::codeType, CodeList::IdentifierType,
                {.label = QT_TRANSLATE_NOOP("Fields", "Type of &code"), .column = QT_TRANSLATE_NOOP("Fields", "Code type")}),
            textField("code", &ProviderTerms::code,
                {.label = QT_TRANSLATE_NOOP("Fields", "Identification c&ode"), .column = QT_TRANSLATE_NOOP("Fields", "Code")}),
            textField("additional_code", &ProviderTerms::additionalCode,
                {.label = QT_TRANSLATE_NOOP("Fields", "A&dditional code"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Additional code")}),
            codeField("additional_type", &ProviderTerms::additionalType, CodeList::IdentifierType,
                {.label = QT_TRANSLATE_NOOP("Fields", "Type of the additional code"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Additional type")}),
            textField("latin_name", &ProviderTerms::latinName,
                {.label = QT_TRANSLATE_NOOP("Fields", "Name in &Latin letters"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Latin name")}),
            codeField("person_type", &ProviderTerms::personType, CodeList::PersonType,
                {.label = QT_TRANSLATE_NOOP("Fields", "Type of p&erson"), .column = QT_TRANSLATE_NOOP("Fields", "Person")}),
            textField("currency", &ProviderTerms::currency,
                {.label = QT_TRANSLATE_NOOP("Fields", "C&urrency"), .column = QT_TRANSLATE_NOOP("Fields", "Currency")}),
            textField("annual_cost", &ProviderTerms::annualCost,
                {.label = QT_TRANSLATE_NOOP("Fields", "Total &annual cost"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Annual cost")}),
            textField("parent", &ProviderTerms::parent,
                {.label = QT_TRANSLATE_NOOP("Fields", "Ultimate pa&rent (provider)"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Parent")}),
            textField("entity", &ProviderTerms::entity,
                {.label = QT_TRANSLATE_NOOP("Fields", "Group en&tity (LEI)"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Group entity")}),
        }),
        QStringLiteral("element"),
        {"SELECT element, code_type, code, additional_code, additional_type, latin_name, person_type, currency, "
         "annual_cost, parent, entity FROM roi_provider ORDER BY element",
         "INSERT INTO roi_provider (element, code_type, code, additional_code, additional_type, latin_name, "
         "person_type, currency, annual_cost, parent, entity) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
         "UPDATE roi_provider SET code_type = ?2, code = ?3, additional_code = ?4, additional_type = ?5, "
         "latin_name = ?6, person_type = ?7, currency = ?8, annual_cost = ?9, parent = ?10, entity = ?11 "
         "WHERE element = ?1",
         "DELETE FROM roi_provider WHERE element = ?1"},
        {QStringLiteral("element"), QStringLiteral("parent")},
        [](const ProviderTerms &p) -> Result<void> {
            return firstProblem([&] { return checkCurrency(p.currency, "currency"); },
                                [&] { return checkAmount(p.annualCost, "annual_cost"); });
        });
    return type;
}

const TableType<Definition> &definitionType()
{
    static const TableType<Definition> type(
        QStringLiteral("roi_definition"), QT_TRANSLATE_NOOP("EntityType", "definition"),
        FieldTable<Definition>({
            textField("column", &Definition::column,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Column"), .column = QT_TRANSLATE_NOOP("Fields", "Column"),
                 .required = true}),
            textField("text", &Definition::text,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Definition")}, FieldType::LongText),
        }),
        QStringLiteral("column"),
        {"SELECT column_code, text FROM roi_definition ORDER BY column_code",
         "INSERT INTO roi_definition (column_code, text) VALUES (?1, ?2)",
         "UPDATE roi_definition SET text = ?2 WHERE column_code = ?1",
         "DELETE FROM roi_definition WHERE column_code = ?1"},
        {},
        [](const Definition &d) -> Result<void> {
            static const QRegularExpression pattern(QStringLiteral("^c0(0[1-9]|1[0-9])0$"));
            if (!pattern.match(d.column).hasMatch())
                return invalid(QCoreApplication::translate("Roi", "must be a column of B_99.01, c0010 to c0190"),
                               "column");
            return {};
        });
    return type;
}
// clang-format on

} // namespace bulwark::roi

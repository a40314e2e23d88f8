// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/roi/reader.h"

#include "model/register/validation.h"
#include "model/roi/builder.h"
#include "model/roi/records.h"

#include <QHash>
#include <QSet>

#include <map>

namespace bulwark::roi {

namespace {

/// A value read from one cell, or the message that names the cell.
class Cells
{
public:
    Cells(const Report &report, TemplateId id) : m_report(report), m_template(templateOf(id)) { }

    const std::vector<Row> &rows() const { return m_report.table(m_template.id).rows; }
    QString text(const Row &row, const char *code) const
    {
        const int column = m_template.column(QString::fromLatin1(code));
        return column >= 0 ? row.value(column).trimmed() : QString();
    }

    Error error(std::size_t row, const char *code, const QString &what) const
    {
        return makeError(Error::Code::Invalid,
                         ReportReader::tr("%1 row %2, %3: %4")
                             .arg(QLatin1StringView(m_template.code))
                             .arg(row + 1)
                             .arg(QLatin1StringView(code), what));
    }

    Result<QString> token(std::size_t i, const char *code, CodeList list) const
    {
        const QString value = text(rows()[i], code);
        if (value.isEmpty())
            return QString();
        const QString token = written::tokenOf(list, value);
        if (token.isEmpty())
            return error(
                i,
                code,
                ReportReader::tr("'%1' is not a value of the list \"%2\"").arg(value.left(40), Codes::listName(list)));
        return token;
    }

    Result<QString> country(std::size_t i, const char *code) const
    {
        const QString value = text(rows()[i], code);
        if (value.isEmpty() || value == facts::value("not_applicable_country"))
            return QString();
        const QString iso = written::countryOf(value);
        if (!Codes::isCountry(iso))
            return error(
                i, code, ReportReader::tr("'%1' is not a country (eba_GA: and an ISO code)").arg(value.left(40)));
        return iso;
    }

    Result<QString> currency(std::size_t i, const char *code) const
    {
        const QString value = text(rows()[i], code);
        if (value.isEmpty())
            return QString();
        const QString iso = written::currencyOf(value);
        if (!Codes::isCurrency(iso))
            return error(
                i, code, ReportReader::tr("'%1' is not a currency (eba_CU: and an ISO code)").arg(value.left(40)));
        return iso;
    }

    /// A date; the open end (9999-12-31) and an empty cell are no date.
    Result<QDate> date(std::size_t i, const char *code) const
    {
        const QString value = text(rows()[i], code);
        if (value.isEmpty() || value == facts::value("open_end_date"))
            return QDate();
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid() || value.size() != 10)
            return error(i, code, ReportReader::tr("'%1' is not a date (YYYY-MM-DD)").arg(value.left(40)));
        return d;
    }

    Result<std::optional<int>> number(std::size_t i, const char *code) const
    {
        const QString value = text(rows()[i], code);
        if (value.isEmpty())
            return std::optional<int>();
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0)
            return error(i, code, ReportReader::tr("'%1' is not a whole number").arg(value.left(40)));
        return std::optional<int>(n);
    }

    Result<QString> amount(std::size_t i, const char *code) const
    {
        const QString value = text(rows()[i], code);
        static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,2})?$"));
        if (!value.isEmpty() && !pattern.match(value).hasMatch())
            return error(i, code, ReportReader::tr("'%1' is not an amount").arg(value.left(40)));
        return value;
    }

private:
    const Report &m_report;
    const Template &m_template;
};

/// An element key made of `text` (the characters a key may not hold become '-'), unique among `taken`.
QString keyFor(const QString &prefix, const QString &text, QSet<QString> &taken)
{
    QString key;
    for (const QChar c : prefix + text)
        key += (c.isLetterOrNumber() && c.unicode() < 128) || QStringLiteral("-_.:/").contains(c) ? c
                                                                                                  : QLatin1Char('-');
    key = key.left(60);
    QString candidate = key;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = key + QLatin1Char('-') + QString::number(n);
    taken.insert(candidate);
    return candidate;
}

#define TRY(var, expr)                                                                                                 \
    auto var##_ = (expr);                                                                                              \
    if (!var##_)                                                                                                       \
        return var##_.error();                                                                                         \
    auto var = std::move(*var##_)

struct Reading {
    struct Pending {
        std::size_t row;
        ProviderTerms terms;
        QString parentCode;
    };
    const Report &report;
    const RegisterData &existing;
    ChangeSet changes;
    QSet<QString> keys;                     ///< element keys in use
    QHash<QString, QString> providerOfCode; ///< B_05.01 code -> element key
    QHash<QString, const Element *> existingOf;
    QHash<QString, QString> functionOf; ///< "identifier|LEI" -> element key
    QString reporting;

    Reading(const Report &r, const RegisterData &e) : report(r), existing(e)
    {
        for (const Element &element : existing.elements) {
            keys.insert(element.key);
            existingOf.insert(element.key, &element);
        }
    }

    Result<void> run()
    {
        if (auto r = entities(); !r)
            return r;
        if (auto r = branches(); !r)
            return r;
        if (auto r = providers(); !r)
            return r;
        if (auto r = functions(); !r)
            return r;
        if (auto r = arrangements(); !r)
            return r;
        if (auto r = services(); !r)
            return r;
        if (auto r = chains(); !r)
            return r;
        definitions();
        return {};
    }

    Result<void> entities()
    {
        const Cells b0101(report, TemplateId::B0101);
        QString authority;
        if (!b0101.rows().empty()) {
            reporting = b0101.text(b0101.rows().front(), "c0010");
            authority = b0101.text(b0101.rows().front(), "c0050");
        }
        const Cells c(report, TemplateId::B0102);
        for (std::size_t i = 0; i < c.rows().size(); ++i) {
            const Row &row = c.rows()[i];
            Entity e;
            e.lei = c.text(row, "c0010");
            if (e.lei.isEmpty())
                return c.error(i, "c0010", ReportReader::tr("the LEI of the entity is empty"));
            e.name = c.text(row, "c0020");
            TRY(country, c.country(i, "c0030"));
            TRY(type, c.token(i, "c0040", CodeList::EntityType));
            TRY(hierarchy, c.token(i, "c0050", CodeList::Hierarchy));
            TRY(updated, c.date(i, "c0070"));
            TRY(integrated, c.date(i, "c0080"));
            TRY(deleted, c.date(i, "c0090"));
            TRY(currency, c.currency(i, "c0100"));
            TRY(assets, c.amount(i, "c0110"));
            e.country = country;
            e.type = type;
            e.hierarchy = hierarchy;
            const QString parent = c.text(row, "c0060");
            e.parent = parent == e.lei ? QString() : parent;
            e.updated = updated;
            e.integrated = integrated;
            e.deleted = deleted;
            e.currency = currency;
            e.totalAssets = assets;
            e.reporting = e.lei == reporting;
            if (e.lei == reporting)
                e.authority = authority;
            if (e.name.isEmpty())
                e.name = e.lei;
            changes.add(entityType().record(std::move(e)));
        }
        return {};
    }

    Result<void> branches()
    {
        const Cells c(report, TemplateId::B0103);
        for (std::size_t i = 0; i < c.rows().size(); ++i) {
            const Row &row = c.rows()[i];
            TRY(country, c.country(i, "c0040"));
            changes.add(
                branchType().record({c.text(row, "c0010"), c.text(row, "c0020"), c.text(row, "c0030"), country}));
        }
        return {};
    }

    Result<void> providers()
    {
        const Cells c(report, TemplateId::B0501);
        QHash<QString, QString> leiOwner; // LEI -> existing provider element
        for (const Element &e : existing.elements) {
            if (e.kind == ElementKind::Provider && !e.lei.isEmpty())
                leiOwner.insert(e.lei, e.key);
        }
        QHash<QString, QString> intraGroup; // provider code -> entity LEI (B_03.03 through B_03.02)
        {
            QHash<QString, QString> providerOfContract;
            const Cells signers(report, TemplateId::B0302);
            for (const Row &row : signers.rows())
                providerOfContract.insert(signers.text(row, "c0010"), signers.text(row, "c0020"));
            const Cells group(report, TemplateId::B0303);
            for (const Row &row : group.rows())
                intraGroup.insert(providerOfContract.value(group.text(row, "c0010")), group.text(row, "c0020"));
        }
        std::vector<Pending> pending;
        for (std::size_t i = 0; i < c.rows().size(); ++i) {
            const Row &row = c.rows()[i];
            const QString code = c.text(row, "c0010");
            if (code.isEmpty())
                return c.error(i, "c0010", ReportReader::tr("the provider's identification code is empty"));
            TRY(type, c.token(i, "c0020", CodeList::IdentifierType));
            TRY(additionalType, c.token(i, "c0040", CodeList::IdentifierType));
            TRY(person, c.token(i, "c0070", CodeList::PersonType));
            TRY(country, c.country(i, "c0080"));
            TRY(currency, c.currency(i, "c0090"));
            TRY(cost, c.amount(i, "c0100"));
            // An LEI the map can hold (check digits valid) goes to the element; any other code, an LEI with wrong check
            // digits included, stays in the provider's terms as written, for the checks to name.
            const bool isLei = type == u"lei" && Codes::isLei(code);
            QString key = isLei ? leiOwner.value(code) : QString();
            if (key.isEmpty()) {
                key = keyFor(QStringLiteral("PRV-"), code, keys);
                Element e;
                e.key = key;
                e.kind = ElementKind::Provider;
                e.name = c.text(row, "c0050").isEmpty() ? code : c.text(row, "c0050");
                e.country = country;
                if (isLei)
                    e.lei = code;
                m_newProviders.insert(key, e);
            }
            providerOfCode.insert(code, key);
            ProviderTerms t;
            t.element = key;
            if (!isLei) {
                t.code = code;
                t.codeType = type;
            }
            t.additionalCode = c.text(row, "c0030");
            t.additionalType = additionalType;
            t.latinName = c.text(row, "c0060");
            t.personType = person == u"legal_person" ? QString() : person;
            t.currency = currency;
            t.annualCost = cost;
            t.entity = intraGroup.value(code);
            pending.push_back({i, std::move(t), c.text(row, "c0110")});
        }
        for (Pending &p : pending) {
            const QString code = providerOfCode.key(p.terms.element);
            if (!p.parentCode.isEmpty() && p.parentCode != code) {
                const QString parent = providerOfCode.value(p.parentCode);
                if (parent.isEmpty())
                    note(c,
                         p.row,
                         "c0110",
                         ReportReader::tr("the ultimate parent %1 is not a provider of B_05.01; left out")
                             .arg(p.parentCode));
                p.terms.parent = parent;
            }
        }
        m_providerTerms = std::move(pending);
        return {};
    }

    Result<void> functions()
    {
        const Cells c(report, TemplateId::B0601);
        for (std::size_t i = 0; i < c.rows().size(); ++i) {
            const Row &row = c.rows()[i];
            const QString identifier = c.text(row, "c0010");
            const QString lei = c.text(row, "c0040");
            if (identifier.isEmpty())
                return c.error(i, "c0010", ReportReader::tr("the function identifier is empty"));
            TRY(criticality, c.token(i, "c0050", CodeList::Criticality));
            TRY(assessed, c.date(i, "c0070"));
            TRY(rto, c.number(i, "c0080"));
            TRY(rpo, c.number(i, "c0090"));
            TRY(impact, c.token(i, "c0100", CodeList::Impact));
            QString key;
            if (const Element *e = existingOf.value(identifier);
                e && e->isFunction() && !m_usedFunctions.contains(identifier))
                key = identifier;
            else
                key = keyFor(QString(), identifier, keys);
            m_usedFunctions.insert(key);
            functionOf.insert(identifier + QLatin1Char('|') + lei, key);
            if (!existingOf.contains(key)) {
                Element e;
                e.key = key;
                e.kind = ElementKind::Function;
                e.name = c.text(row, "c0030").isEmpty() ? identifier : c.text(row, "c0030");
                if (criticality == u"yes")
                    e.criticality = Criticality::Critical;
                else if (criticality == u"no")
                    e.criticality = Criticality::Standard;
                if (rto)
                    e.rtoMin = *rto * 60;
                if (rpo)
                    e.rpoMin = *rpo * 60;
                changes.add(e);
            }
            FunctionTerms t;
            t.element = key;
            t.identifier = identifier == key ? QString() : identifier;
            t.activity = c.text(row, "c0020");
            t.entity = lei;
            t.reasons = c.text(row, "c0060");
            t.assessed = assessed;
            t.impact = impact;
            changes.add(functionTermsType().record(std::move(t)));
        }
        return {};
    }

    Result<void> arrangements()
    {
        const Cells c(report, TemplateId::B0201);
        std::map<QString, Arrangement> list;
        for (std::size_t i = 0; i < c.rows().size(); ++i) {
            const Row &row = c.rows()[i];
            Arrangement a;
            a.reference = c.text(row, "c0010");
            if (a.reference.isEmpty())
                return c.error(i, "c0010", ReportReader::tr("the contractual arrangement's reference is empty"));
            if (auto r = Validation::validateKey(a.reference, QStringLiteral("c0010")); !r)
                return c.error(i, "c0010", r.error().message);
            TRY(type, c.token(i, "c0020", CodeList::ArrangementType));
            TRY(currency, c.currency(i, "c0040"));
            TRY(cost, c.amount(i, "c0050"));
            a.type = type;
            a.overarching = c.text(row, "c0030");
            a.currency = currency;
            a.annualCost = cost;
            list.emplace(a.reference, std::move(a));
        }
        // The provider that signed (B_03.02), the entities that signed (B_03.01), what an intra-group arrangement
        // relies on (B_02.03), the branches using it (B_04.01), and the contract-wide columns of B_02.02.
        const Cells signers(report, TemplateId::B0302);
        for (std::size_t i = 0; i < signers.rows().size(); ++i) {
            const Row &row = signers.rows()[i];
            const auto it = list.find(signers.text(row, "c0010"));
            if (it == list.end())
                continue;
            const QString key = providerOfCode.value(signers.text(row, "c0020"));
            if (key.isEmpty())
                note(signers,
                     i,
                     "c0020",
                     ReportReader::tr("the provider %1 is not in B_05.01; the arrangement keeps no provider")
                         .arg(signers.text(row, "c0020")));
            else
                it->second.provider = key;
        }
        const Cells entities(report, TemplateId::B0301);
        for (const Row &row : entities.rows()) {
            if (const auto it = list.find(entities.text(row, "c0010")); it != list.end())
                it->second.signing.append(entities.text(row, "c0020"));
        }
        const Cells links(report, TemplateId::B0203);
        for (const Row &row : links.rows()) {
            if (const auto it = list.find(links.text(row, "c0010")); it != list.end())
                it->second.reliesOn.append(links.text(row, "c0020"));
        }
        const Cells users(report, TemplateId::B0401);
        for (std::size_t i = 0; i < users.rows().size(); ++i) {
            TRY(nature, users.token(i, "c0030", CodeList::EntityNature));
            if (nature != u"branch")
                continue;
            if (const auto it = list.find(users.text(users.rows()[i], "c0010")); it != list.end())
                it->second.branches.append(users.text(users.rows()[i], "c0040"));
        }
        const Cells specific(report, TemplateId::B0202);
        QSet<QString> seen;
        for (std::size_t i = 0; i < specific.rows().size(); ++i) {
            const Row &row = specific.rows()[i];
            const auto it = list.find(specific.text(row, "c0010"));
            if (it == list.end())
                continue; // noted with the row's services below
            if (seen.contains(it->first))
                continue;
            seen.insert(it->first);
            Arrangement &a = it->second;
            TRY(start, specific.date(i, "c0070"));
            TRY(end, specific.date(i, "c0080"));
            TRY(termination, specific.token(i, "c0090", CodeList::TerminationReason));
            TRY(noticeEntity, specific.number(i, "c0100"));
            TRY(noticeProvider, specific.number(i, "c0110"));
            TRY(law, specific.country(i, "c0120"));
            a.start = start;
            a.end = end;
            a.termination = termination;
            a.noticeEntity = noticeEntity;
            a.noticeProvider = noticeProvider;
            a.governingLaw = law;
        }
        for (auto &[reference, a] : list) {
            m_arrangements.insert(reference);
            if (a.signing == QStringList{reporting})
                a.signing.clear();
            changes.add(arrangementType().record(std::move(a)));
        }
        return {};
    }

    Result<void> services()
    {
        // One ICT service per (arrangement, provider, type and the columns of its terms): B_02.02 rows that differ
        // only in the function or the entity share it.
        const Cells c(report, TemplateId::B0202);
        const Cells assessment(report, TemplateId::B0701);
        QHash<QString, std::size_t> assessmentOf; // "contract|provider|type" -> B_07.01 row
        for (std::size_t i = 0; i < assessment.rows().size(); ++i) {
            const Row &row = assessment.rows()[i];
            assessmentOf.insert(assessment.text(row, "c0010") + QLatin1Char('|') + assessment.text(row, "c0020")
                                    + QLatin1Char('|') + assessment.text(row, "c0040"),
                                i);
        }
        QHash<QString, QString> serviceOf; // terms -> element key
        QSet<QString> needs;
        for (std::size_t i = 0; i < c.rows().size(); ++i) {
            const Row &row = c.rows()[i];
            const QString contract = c.text(row, "c0010");
            const QString providerCode = c.text(row, "c0030");
            const QString provider = providerOfCode.value(providerCode);
            const QString function = functionOf.value(c.text(row, "c0050") + QLatin1Char('|') + c.text(row, "c0020"));
            if (!m_arrangements.contains(contract)) {
                note(c,
                     i,
                     "c0010",
                     ReportReader::tr("the arrangement %1 is not in B_02.01; row left out").arg(contract));
                continue;
            }
            if (provider.isEmpty()) {
                note(c,
                     i,
                     "c0030",
                     ReportReader::tr("the provider %1 is not in B_05.01; row left out").arg(providerCode));
                continue;
            }
            if (function.isEmpty()) {
                note(c,
                     i,
                     "c0050",
                     ReportReader::tr("the function %1 of entity %2 is not in B_06.01; row left out")
                         .arg(c.text(row, "c0050"), c.text(row, "c0020")));
                continue;
            }
            TRY(type, c.token(i, "c0060", CodeList::ServiceType));
            TRY(providedIn, c.country(i, "c0130"));
            TRY(stores, c.token(i, "c0140", CodeList::YesNo));
            TRY(storedIn, c.country(i, "c0150"));
            TRY(processedIn, c.country(i, "c0160"));
            TRY(sensitiveness, c.token(i, "c0170", CodeList::Sensitiveness));
            TRY(reliance, c.token(i, "c0180", CodeList::Reliance));
            const QString identity = QStringList{contract,
                                                 providerCode,
                                                 type,
                                                 providedIn,
                                                 stores,
                                                 storedIn,
                                                 processedIn,
                                                 sensitiveness,
                                                 reliance}
                                         .join(QLatin1Char('|'));
            QString key = serviceOf.value(identity);
            if (key.isEmpty()) {
                key = keyFor(QStringLiteral("SVC-"), contract + QLatin1Char('-') + type, keys);
                serviceOf.insert(identity, key);
                Element e;
                e.key = key;
                e.kind = ElementKind::IctService;
                e.name = ReportReader::tr("%1 under %2").arg(Codes::label(CodeList::ServiceType, type), contract);
                changes.add(e);
                changes.add(Dependency{key, provider, Strength::Hard, {}, {}});
                ServiceTerms t;
                t.element = key;
                t.arrangements = {contract};
                t.type = type;
                t.providedIn = providedIn;
                if (!stores.isEmpty())
                    t.storesData = stores == u"yes";
                t.storedIn = storedIn;
                t.processedIn = processedIn;
                t.sensitiveness = sensitiveness;
                t.reliance = reliance;
                const auto found = assessmentOf.constFind(contract + QLatin1Char('|') + providerCode + QLatin1Char('|')
                                                          + written::code(CodeList::ServiceType, type));
                if (found != assessmentOf.constEnd()) {
                    const std::size_t a = *found;
                    TRY(substitutability, assessment.token(a, "c0050", CodeList::Substitutability));
                    TRY(reason, assessment.token(a, "c0060", CodeList::SubstitutionReason));
                    TRY(audit, assessment.date(a, "c0070"));
                    TRY(exitPlan, assessment.token(a, "c0080", CodeList::YesNo));
                    TRY(reintegration, assessment.token(a, "c0090", CodeList::Reintegration));
                    TRY(impact, assessment.token(a, "c0100", CodeList::Impact));
                    TRY(alternatives, assessment.token(a, "c0110", CodeList::Alternatives));
                    t.substitutability = substitutability;
                    t.substitutionReason = reason;
                    t.lastAudit = audit;
                    t.reintegration = reintegration;
                    t.impact = impact;
                    t.alternatives = alternatives;
                    t.alternativeNames = assessment.text(assessment.rows()[a], "c0120");
                    if (auto p = m_newProviders.find(provider); p != m_newProviders.end() && !exitPlan.isEmpty())
                        p->exitPlan = exitPlan == u"yes";
                }
                changes.add(serviceTermsType().record(std::move(t)));
            }
            const QString need = function + QLatin1Char('>') + key;
            if (!needs.contains(need)) {
                needs.insert(need);
                const bool hard = reliance != u"low" && reliance != u"not_significant";
                changes.add(Dependency{function, key, hard ? Strength::Hard : Strength::Soft, {}, {}});
            }
        }
        return {};
    }

    Result<void> chains()
    {
        // Rank n + 1 under a recipient at rank n: the recipient needs its sub-contractor (soft: the chain says who
        // serves whom, not how a failure travels).
        const Cells c(report, TemplateId::B0502);
        QSet<QString> links;
        for (std::size_t i = 0; i < c.rows().size(); ++i) {
            const Row &row = c.rows()[i];
            TRY(rank, c.number(i, "c0050"));
            if (!rank || *rank <= 1)
                continue;
            const QString sub = providerOfCode.value(c.text(row, "c0030"));
            const QString recipient = providerOfCode.value(c.text(row, "c0060"));
            if (sub.isEmpty()) {
                note(c,
                     i,
                     "c0030",
                     ReportReader::tr("the provider %1 is not in B_05.01; row left out").arg(c.text(row, "c0030")));
                continue;
            }
            if (recipient.isEmpty()) {
                note(c,
                     i,
                     "c0060",
                     ReportReader::tr("the recipient %1 is not in B_05.01; row left out").arg(c.text(row, "c0060")));
                continue;
            }
            if (sub != recipient && !links.contains(recipient + QLatin1Char('>') + sub)) {
                links.insert(recipient + QLatin1Char('>') + sub);
                changes.add(Dependency{recipient, sub, Strength::Soft, {}, {}});
            }
        }
        for (const Element &e : std::as_const(m_newProviders))
            changes.add(e);
        for (Pending &p : m_providerTerms)
            changes.add(providerTermsType().record(std::move(p.terms)));
        return {};
    }

    void definitions()
    {
        const Cells c(report, TemplateId::B9901);
        if (c.rows().empty())
            return;
        const Row &row = c.rows().front();
        for (const Column &column : templateOf(TemplateId::B9901).columns) {
            const QString text = c.text(row, column.code);
            if (!text.isEmpty())
                changes.add(definitionType().record({QString::fromLatin1(column.code), text}));
        }
    }

    /// A reference the register cannot hold: said to the user, the rest is read.
    void note(const Cells &cells, std::size_t row, const char *code, const QString &what)
    {
        notes.append(cells.error(row, code, what).message);
    }

    QStringList notes;
    QSet<QString> m_arrangements;
    QHash<QString, Element> m_newProviders;
    std::vector<Pending> m_providerTerms;
    QSet<QString> m_usedFunctions;
};

#undef TRY

} // namespace

Result<ReadResult> ReportReader::changes(const Report &report, const RegisterData &existing)
{
    Reading reading(report, existing);
    if (auto r = reading.run(); !r)
        return r.error();
    return ReadResult{std::move(reading.changes), std::move(reading.notes)};
}

} // namespace bulwark::roi

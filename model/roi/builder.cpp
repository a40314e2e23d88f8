// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/roi/builder.h"

#include "model/assessment/inputs.h"
#include "model/roi/records.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace bulwark::roi {

namespace {

const QString elementTable = QStringLiteral("element");
const QString trueValue = QStringLiteral("true");

QString substitutabilityOf(std::optional<Substitutability> s)
{
    if (!s)
        return {};
    switch (*s) {
        case Substitutability::None: return QStringLiteral("not_substitutable");
        case Substitutability::Low: return QStringLiteral("highly_complex");
        case Substitutability::Medium: return QStringLiteral("medium");
        case Substitutability::High: return QStringLiteral("easy");
    }
    return {};
}

/// The register's values, indexed for the build.
struct Index {
    std::vector<const Element *> elements;
    QHash<QString, int> elementOf;
    std::vector<std::vector<int>> needs; ///< dependencies of each element (any strength)
    std::vector<const Entity *> entities;
    std::vector<const Branch *> branches;
    std::vector<const Arrangement *> arrangements;
    QHash<QString, const Arrangement *> arrangementOf;
    QHash<QString, const ServiceTerms *> serviceOf;
    QHash<QString, const FunctionTerms *> functionOf;
    QHash<QString, const ProviderTerms *> providerOf;
    QSet<QString> exitPlans;
    std::vector<const Definition *> definitions;

    explicit Index(const RegisterData &data)
    {
        elements.reserve(data.elements.size());
        for (const Element &e : data.elements)
            elements.push_back(&e);
        std::sort(elements.begin(), elements.end(), [](const Element *a, const Element *b) { return a->key < b->key; });
        elementOf.reserve(qsizetype(elements.size()));
        for (std::size_t i = 0; i < elements.size(); ++i)
            elementOf.insert(elements[i]->key, int(i));
        needs.resize(elements.size());
        for (const Dependency &d : data.dependencies) {
            const int from = elementOf.value(d.from, -1);
            const int to = elementOf.value(d.to, -1);
            if (from >= 0 && to >= 0)
                needs[std::size_t(from)].push_back(to);
        }
        for (auto &list : needs)
            std::sort(list.begin(), list.end());
        for (const Record &r : data.records) {
            if (r.type == &entityType())
                entities.push_back(&TableType<Entity>::value(r));
            else if (r.type == &branchType())
                branches.push_back(&TableType<Branch>::value(r));
            else if (r.type == &arrangementType())
                arrangements.push_back(&TableType<Arrangement>::value(r));
            else if (r.type == &serviceTermsType()) {
                const auto &s = TableType<ServiceTerms>::value(r);
                serviceOf.insert(s.element, &s);
            } else if (r.type == &functionTermsType()) {
                const auto &f = TableType<FunctionTerms>::value(r);
                functionOf.insert(f.element, &f);
            } else if (r.type == &providerTermsType()) {
                const auto &p = TableType<ProviderTerms>::value(r);
                providerOf.insert(p.element, &p);
            } else if (r.type == &assessment::exitPlanType())
                exitPlans.insert(TableType<assessment::ExitPlan>::value(r).provider);
            else if (r.type == &definitionType())
                definitions.push_back(&TableType<Definition>::value(r));
        }
        std::sort(entities.begin(), entities.end(), [](auto *a, auto *b) { return a->lei < b->lei; });
        std::sort(branches.begin(), branches.end(), [](auto *a, auto *b) { return a->code < b->code; });
        std::sort(
            arrangements.begin(), arrangements.end(), [](auto *a, auto *b) { return a->reference < b->reference; });
        for (const Arrangement *a : arrangements)
            arrangementOf.insert(a->reference, a);
        std::sort(definitions.begin(), definitions.end(), [](auto *a, auto *b) { return a->column < b->column; });
    }

    const Element *element(const QString &key) const
    {
        const int i = elementOf.value(key, -1);
        return i >= 0 ? elements[std::size_t(i)] : nullptr;
    }
};

/// How a provider is identified in the templates.
struct ProviderCode {
    QString code;
    QString type; ///< written (eba_qCO:...)
};

class Build
{
public:
    Build(const RegisterData &data, const BuildOptions &options, Feedback *feedback)
        : m_index(data),
          m_options(options),
          m_feedback(feedback)
    { }

    BuildResult run()
    {
        m_result.report.referenceDate = m_options.referenceDate;
        m_result.report.consolidation = m_options.consolidation;
        entities();
        branches();
        arrangements();
        if (!functionRows()) {
            m_result.notes.push_back(
                {Builder::tr("The build was stopped: the register of information is incomplete."), {}});
            return std::move(m_result);
        }
        contractTables();
        supplyChains();
        providerRows();
        functions();
        assessments();
        definitions();
        for (Table &t : m_result.report.tables)
            t.reported = !t.rows.empty();
        return std::move(m_result);
    }

private:
    Row &add(TemplateId id, std::initializer_list<std::pair<QString, Source>> cells)
    {
        Table &table = m_result.report.table(id);
        Row &row = table.rows.emplace_back();
        row.values.reserve(qsizetype(cells.size()));
        row.sources.reserve(cells.size());
        for (const auto &[value, source] : cells) {
            row.values.append(value);
            row.sources.push_back(source);
        }
        Q_ASSERT(row.values.size() == qsizetype(templateOf(id).columns.size()));
        return row;
    }

    void note(const QString &message, Source source) { m_result.notes.push_back({message, std::move(source)}); }

    QString reportingLei() const { return m_reporting ? m_reporting->lei : QString(); }

    void entities()
    {
        for (const Entity *e : m_index.entities) {
            if (e->reporting.value_or(false)) {
                if (m_reporting)
                    note(Builder::tr("Both %1 and %2 are marked as maintaining the register; %1 is used.")
                             .arg(m_reporting->lei, e->lei),
                         {QStringLiteral("roi_entity"), e->lei});
                else
                    m_reporting = e;
            }
        }
        if (!m_reporting) {
            note(Builder::tr("No entity in scope is marked as the one maintaining the register (B_01.01): mark one "
                             "with reporting = true."),
                 {});
        } else {
            const Entity &e = *m_reporting;
            const Source s{QStringLiteral("roi_entity"), e.lei};
            const QDate reported
                = m_options.reportingDate.isValid() ? m_options.reportingDate : m_options.referenceDate;
            add(TemplateId::B0101,
                {{e.lei, s},
                 {e.name, s},
                 {written::country(e.country), s},
                 {written::code(CodeList::EntityType, e.type), s},
                 {e.authority, s},
                 {written::date(reported), s}});
            m_result.report.lei = e.lei;
            m_result.report.country = e.country;
        }
        for (const Entity *e : m_index.entities) {
            const Source s{QStringLiteral("roi_entity"), e->lei};
            add(TemplateId::B0102,
                {{e->lei, s},
                 {e->name, s},
                 {written::country(e->country), s},
                 {written::code(CodeList::EntityType, e->type), s},
                 {written::code(CodeList::Hierarchy, e->hierarchy), s},
                 {e->parent.isEmpty() ? e->lei : e->parent, s},
                 {written::date(e->updated), s},
                 {written::date(e->integrated), s},
                 {e->deleted.isValid() ? written::date(e->deleted) : openEnd(), s},
                 {written::currency(e->currency), s},
                 {e->totalAssets, s}});
        }
    }

    void branches()
    {
        for (const Branch *b : m_index.branches) {
            const Source s{QStringLiteral("roi_branch"), b->code};
            add(TemplateId::B0103, {{b->code, s}, {b->headOffice, s}, {b->name, s}, {written::country(b->country), s}});
        }
    }

    void arrangements()
    {
        for (const Arrangement *a : m_index.arrangements) {
            const Source s{QStringLiteral("roi_arrangement"), a->reference};
            add(TemplateId::B0201,
                {{a->reference, s},
                 {written::code(CodeList::ArrangementType, a->type), s},
                 {a->overarching, s},
                 {written::currency(a->currency), s},
                 {a->annualCost, s}});
            if (!a->provider.isEmpty() && !m_index.element(a->provider))
                note(Builder::tr("Arrangement %1 names the provider %2, which is not in the map.")
                         .arg(a->reference, a->provider),
                     s);
        }
    }

    ProviderCode codeOf(const QString &providerKey)
    {
        const auto it = m_codes.constFind(providerKey);
        if (it != m_codes.constEnd())
            return *it;
        ProviderCode code;
        const ProviderTerms *terms = m_index.providerOf.value(providerKey);
        const Element *e = m_index.element(providerKey);
        QString type = terms ? terms->codeType : QString();
        if (terms && !terms->code.isEmpty())
            code.code = terms->code;
        else if (terms && !terms->entity.isEmpty() && (type.isEmpty() || type == u"lei"))
            code.code = terms->entity;
        else if (e)
            code.code = e->lei;
        if (type.isEmpty() && !code.code.isEmpty())
            type = QStringLiteral("lei");
        code.type = written::code(CodeList::IdentifierType, type);
        m_codes.insert(providerKey, code);
        return code;
    }

    Source providerSource(const QString &key) const
    {
        return m_index.providerOf.contains(key) ? Source{QStringLiteral("roi_provider"), key}
                                                : Source{elementTable, key};
    }

    /// The functions each ICT service supports: one downward search per function, not below providers.
    bool functionRows()
    {
        std::vector<int> stamp(m_index.elements.size(), -1);
        std::vector<int> stack;
        std::vector<int> services;
        int done = 0;
        const int functionCount = int(std::count_if(
            m_index.elements.begin(), m_index.elements.end(), [](const Element *e) { return e->isFunction(); }));
        struct Key {
            QString arrangement, entity, provider, function, type, providedIn, storedIn, processedIn;
            bool operator<(const Key &o) const
            {
                return std::tie(arrangement, entity, provider, function, type, providedIn, storedIn, processedIn)
                    < std::tie(o.arrangement,
                               o.entity,
                               o.provider,
                               o.function,
                               o.type,
                               o.providedIn,
                               o.storedIn,
                               o.processedIn);
            }
        };
        // Only elements from which a service with terms can be reached matter: one search upwards from those
        // services marks them (not through providers, below which the functions' searches do not go), so that each
        // function's search stays within them instead of walking all infrastructure beneath it.
        std::vector<char> leads(m_index.elements.size(), 0);
        {
            std::vector<std::vector<int>> neededBy(m_index.elements.size());
            for (std::size_t v = 0; v < m_index.needs.size(); ++v) {
                for (const int d : m_index.needs[v])
                    neededBy[std::size_t(d)].push_back(int(v));
            }
            for (std::size_t v = 0; v < m_index.elements.size(); ++v) {
                const Element &e = *m_index.elements[v];
                if (e.kind == ElementKind::IctService && m_index.serviceOf.contains(e.key)) {
                    leads[v] = 1;
                    stack.push_back(int(v));
                }
            }
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                for (const int u : neededBy[std::size_t(v)]) {
                    if (!leads[std::size_t(u)] && m_index.elements[std::size_t(u)]->kind != ElementKind::Provider) {
                        leads[std::size_t(u)] = 1;
                        stack.push_back(u);
                    }
                }
            }
        }
        std::map<Key, std::pair<int, int>> rows; // key -> (function, service), the first service by key wins
        for (int f = 0; f < int(m_index.elements.size()); ++f) {
            const Element &function = *m_index.elements[std::size_t(f)];
            if (!function.isFunction())
                continue;
            if (m_feedback && (++done & 0xf) == 0) {
                if (m_feedback->isCanceled())
                    return false;
                m_feedback->setProgress(80.0 * done / std::max(1, functionCount));
            }
            services.clear();
            stack.assign(1, f);
            stamp[std::size_t(f)] = f;
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                const Element &e = *m_index.elements[std::size_t(v)];
                if (v != f && e.kind == ElementKind::Provider)
                    continue;
                if (e.kind == ElementKind::IctService && m_index.serviceOf.contains(e.key))
                    services.push_back(v);
                for (const int d : m_index.needs[std::size_t(v)]) {
                    if (stamp[std::size_t(d)] != f && leads[std::size_t(d)]) {
                        stamp[std::size_t(d)] = f;
                        stack.push_back(d);
                    }
                }
            }
            std::sort(services.begin(), services.end());
            const FunctionTerms *terms = m_index.functionOf.value(function.key);
            const QString entity = terms && !terms->entity.isEmpty() ? terms->entity : reportingLei();
            const QString identifier = terms && !terms->identifier.isEmpty() ? terms->identifier : function.key;
            for (const int s : services) {
                const ServiceTerms &service = *m_index.serviceOf.value(m_index.elements[std::size_t(s)]->key);
                if (service.arrangements.isEmpty() && m_noted.insert(service.element).second)
                    note(Builder::tr("ICT service %1 has no contractual arrangement.").arg(service.element),
                         {QStringLiteral("roi_service"), service.element});
                for (const QString &reference : service.arrangements) {
                    const Arrangement *a = m_index.arrangementOf.value(reference);
                    if (!a) {
                        if (m_noted.insert(service.element + QLatin1Char('>') + reference).second)
                            note(Builder::tr("ICT service %1 names arrangement %2, which does not exist.")
                                     .arg(service.element, reference),
                                 {QStringLiteral("roi_service"), service.element});
                        continue;
                    }
                    const bool stores = service.storesData.value_or(false);
                    Key key{a->reference,
                            entity,
                            codeOf(a->provider).code,
                            identifier,
                            written::code(CodeList::ServiceType, service.type),
                            countryOrNotApplicable(service.providedIn),
                            stores ? countryOrNotApplicable(service.storedIn) : notApplicableCountry(),
                            countryOrNotApplicable(service.processedIn)};
                    rows.try_emplace(std::move(key), f, s);
                }
            }
        }
        for (const auto &[key, origin] : rows) {
            const Element &function = *m_index.elements[std::size_t(origin.first)];
            const ServiceTerms &service = *m_index.serviceOf.value(m_index.elements[std::size_t(origin.second)]->key);
            const Arrangement &a = *m_index.arrangementOf.value(key.arrangement);
            const Source as{QStringLiteral("roi_arrangement"), a.reference};
            const Source ss{QStringLiteral("roi_service"), service.element};
            const Source fs = m_index.functionOf.contains(function.key)
                ? Source{QStringLiteral("roi_function"), function.key}
                : Source{elementTable, function.key};
            const Source ps = providerSource(a.provider);
            add(TemplateId::B0202,
                {{key.arrangement, as},
                 {key.entity, fs},
                 {key.provider, ps},
                 {codeOf(a.provider).type, ps},
                 {key.function, fs},
                 {key.type, ss},
                 {written::date(a.start), as},
                 {a.end.isValid() ? written::date(a.end) : openEnd(), as},
                 {written::code(CodeList::TerminationReason, a.termination), as},
                 {a.noticeEntity ? QString::number(*a.noticeEntity) : QString(), as},
                 {a.noticeProvider ? QString::number(*a.noticeProvider) : QString(), as},
                 {written::country(a.governingLaw), as},
                 {key.providedIn, ss},
                 {service.storesData ? written::code(CodeList::YesNo,
                                                     *service.storesData ? QStringLiteral("yes") : QStringLiteral("no"))
                                     : QString(),
                  ss},
                 {key.storedIn, ss},
                 {key.processedIn, ss},
                 {written::code(CodeList::Sensitiveness, service.sensitiveness), ss},
                 {written::code(CodeList::Reliance, service.reliance), ss}});
            m_usedFunctions.insert(function.key);
            m_entitiesOf[a.reference].insert(key.entity);
            m_typesOf[a.reference].insert(key.type);
            m_assessed.try_emplace({a.reference, key.provider, key.type}, &service);
        }
        return true;
    }

    static QString openEnd() { return facts::value("open_end_date"); }
    static QString notApplicableCountry() { return facts::value("not_applicable_country"); }
    static QString countryOrNotApplicable(const QString &iso)
    {
        return iso.isEmpty() ? notApplicableCountry() : written::country(iso);
    }

    void contractTables()
    {
        QHash<QString, const Branch *> branchOf;
        for (const Branch *b : m_index.branches)
            branchOf.insert(b->code, b);
        for (const Arrangement *a : m_index.arrangements) {
            const Source s{QStringLiteral("roi_arrangement"), a->reference};
            for (const QString &other : a->reliesOn)
                add(TemplateId::B0203, {{a->reference, s}, {other, s}, {trueValue, s}});
            QStringList signing = a->signing;
            if (signing.isEmpty() && m_reporting)
                signing.append(m_reporting->lei);
            for (const QString &lei : signing)
                add(TemplateId::B0301, {{a->reference, s}, {lei, s}, {trueValue, s}});
            if (!a->provider.isEmpty()) {
                const ProviderCode code = codeOf(a->provider);
                const Source ps = providerSource(a->provider);
                add(TemplateId::B0302, {{a->reference, s}, {code.code, ps}, {code.type, ps}});
                if (const ProviderTerms *terms = m_index.providerOf.value(a->provider);
                    terms && !terms->entity.isEmpty())
                    add(TemplateId::B0303, {{a->reference, s}, {terms->entity, ps}, {trueValue, s}});
                m_direct.insert(a->provider);
            }
            std::set<QString> users = m_entitiesOf[a->reference];
            if (users.empty())
                users.insert(signing.begin(), signing.end());
            for (const QString &lei : users)
                add(TemplateId::B0401,
                    {{a->reference, s},
                     {lei, s},
                     {written::code(CodeList::EntityNature, QStringLiteral("not_branch")), s},
                     {Builder::notApplicable(), s}});
            for (const QString &code : a->branches) {
                const Branch *b = branchOf.value(code);
                const Source bs = b ? Source{QStringLiteral("roi_branch"), code} : s;
                add(TemplateId::B0401,
                    {{a->reference, s},
                     {b ? b->headOffice : QString(), bs},
                     {written::code(CodeList::EntityNature, QStringLiteral("branch")), s},
                     {code, s}});
            }
        }
    }

    /// The providers X depends on through elements that are not providers (its sub-contractors), by key.
    const std::vector<int> &subcontractorsOf(int provider)
    {
        auto it = m_subcontractors.find(provider);
        if (it != m_subcontractors.end())
            return it->second;
        std::vector<int> result;
        std::vector<int> stack{provider};
        QSet<int> seen{provider};
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (const int d : m_index.needs[std::size_t(v)]) {
                if (seen.contains(d))
                    continue;
                seen.insert(d);
                const Element &e = *m_index.elements[std::size_t(d)];
                if (e.kind == ElementKind::Provider)
                    result.push_back(d);
                else if (e.kind != ElementKind::Function)
                    stack.push_back(d);
            }
        }
        // In the order of their codes, so that the rows do not depend on how the map names the providers.
        std::sort(result.begin(), result.end(), [this](int a, int b) {
            return std::pair(codeOf(m_index.elements[std::size_t(a)]->key).code, a)
                < std::pair(codeOf(m_index.elements[std::size_t(b)]->key).code, b);
        });
        return m_subcontractors.emplace(provider, std::move(result)).first->second;
    }

    void supplyChains()
    {
        for (const Arrangement *a : m_index.arrangements) {
            const int direct = m_index.elementOf.value(a->provider, -1);
            if (direct < 0 || !m_typesOf.contains(a->reference))
                continue;
            const Source s{QStringLiteral("roi_arrangement"), a->reference};
            // Ranks: breadth first from the direct provider; each provider is expanded once, at its first rank.
            struct Link {
                int provider, rank, recipient;
            };
            std::vector<Link> links{{direct, 1, direct}};
            QSet<int> expanded{direct};
            for (std::size_t i = 0; i < links.size(); ++i) {
                const Link link = links[i];
                if (link.rank > 1 && expanded.contains(link.provider))
                    continue;
                expanded.insert(link.provider);
                for (const int sub : subcontractorsOf(link.provider)) {
                    if (sub != direct)
                        links.push_back({sub, link.rank + 1, link.provider});
                }
            }
            for (const QString &type : m_typesOf[a->reference]) {
                for (const Link &link : links) {
                    const QString key = m_index.elements[std::size_t(link.provider)]->key;
                    const QString recipientKey = m_index.elements[std::size_t(link.recipient)]->key;
                    const ProviderCode code = codeOf(key);
                    const ProviderCode recipient = codeOf(recipientKey);
                    m_chain.insert(key);
                    add(TemplateId::B0502,
                        {{a->reference, s},
                         {type, s},
                         {code.code, providerSource(key)},
                         {code.type, providerSource(key)},
                         {QString::number(link.rank), {elementTable, key}},
                         {recipient.code, providerSource(recipientKey)},
                         {recipient.type, providerSource(recipientKey)}});
                }
            }
        }
    }

    /// Direct providers, the sub-contractors of their chains and their ultimate parents.
    void providerRows()
    {
        std::set<QString> keys(m_direct.begin(), m_direct.end());
        keys.insert(m_chain.begin(), m_chain.end());
        for (const QString &key : std::set<QString>(keys)) {
            if (const ProviderTerms *t = m_index.providerOf.value(key); t && !t->parent.isEmpty())
                keys.insert(t->parent);
        }
        QHash<QString, std::pair<QString, QStringList>> costs; // provider -> (currency, amounts) of its arrangements
        for (const Arrangement *a : m_index.arrangements) {
            auto &[currency, amounts] = costs[a->provider];
            if (a->annualCost.isEmpty())
                continue;
            if (amounts.isEmpty() || currency == a->currency) {
                currency = a->currency;
                amounts.append(a->annualCost);
            } else {
                currency = QStringLiteral("?");
            }
        }
        // In the order of their codes (then keys), as the package lists them.
        std::vector<std::pair<QString, QString>> ordered;
        for (const QString &key : keys)
            ordered.emplace_back(codeOf(key).code, key);
        std::sort(ordered.begin(), ordered.end());
        for (const auto &[unused, key] : ordered) {
            const Element *e = m_index.element(key);
            const ProviderTerms *t = m_index.providerOf.value(key);
            const ProviderCode code = codeOf(key);
            const ProviderCode parent = codeOf(t && !t->parent.isEmpty() ? t->parent : key);
            const Source ps = providerSource(key);
            const Source es{elementTable, key};
            QString currency = t ? t->currency : QString();
            QString cost = t ? t->annualCost : QString();
            if (cost.isEmpty() && m_direct.contains(key)) {
                const auto &[c, amounts] = costs.value(key);
                if (!amounts.isEmpty() && c != u"?") {
                    currency = c;
                    cost = sum(amounts);
                }
            }
            if (!e)
                note(Builder::tr("Provider %1 is not in the map.").arg(key), ps);
            add(TemplateId::B0501,
                {{code.code, ps},
                 {code.type, ps},
                 {t ? t->additionalCode : QString(), ps},
                 {t ? written::code(CodeList::IdentifierType, t->additionalType) : QString(), ps},
                 {e ? e->name : QString(), es},
                 // The EBA's e23674_e wants it in every row: the name itself when it is written in Latin letters.
                 {t && !t->latinName.isEmpty() ? t->latinName : (e ? e->name : QString()),
                  t && !t->latinName.isEmpty() ? ps : es},
                 {written::code(CodeList::PersonType,
                                t && !t->personType.isEmpty() ? t->personType : QStringLiteral("legal_person")),
                  ps},
                 {e ? written::country(e->country) : QString(), es},
                 {written::currency(currency), ps},
                 {cost, ps},
                 {parent.code, ps},
                 {parent.type, ps}});
        }
    }

    /// The sum of decimal amounts with at most two decimals, exactly.
    static QString sum(const QStringList &amounts)
    {
        qint64 cents = 0;
        for (const QString &amount : amounts) {
            const qsizetype dot = amount.indexOf(QLatin1Char('.'));
            const QString whole = dot < 0 ? amount : amount.left(dot);
            QString fraction = dot < 0 ? QString() : amount.mid(dot + 1);
            fraction = (fraction + QStringLiteral("00")).left(2);
            cents += whole.toLongLong() * 100 + fraction.toLongLong();
        }
        QString text = QString::number(cents / 100);
        if (cents % 100)
            text += QLatin1Char('.') + QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
        return text;
    }

    void functions()
    {
        struct FunctionRow {
            QString identifier;
            QString entity;
            const Element *element;
        };
        std::vector<FunctionRow> list;
        for (const Element *e : m_index.elements) {
            if (!e->isFunction())
                continue;
            const FunctionTerms *t = m_index.functionOf.value(e->key);
            list.push_back({t && !t->identifier.isEmpty() ? t->identifier : e->key,
                            t && !t->entity.isEmpty() ? t->entity : reportingLei(),
                            e});
        }
        std::sort(list.begin(), list.end(), [](const FunctionRow &a, const FunctionRow &b) {
            return std::tie(a.identifier, a.entity) < std::tie(b.identifier, b.entity);
        });
        for (const FunctionRow &row : list) {
            const Element &e = *row.element;
            const FunctionTerms *t = m_index.functionOf.value(e.key);
            const Source ts = t ? Source{QStringLiteral("roi_function"), e.key} : Source{elementTable, e.key};
            const Source es{elementTable, e.key};
            const QString criticality = e.criticality ? (e.isCritical() ? QStringLiteral("yes") : QStringLiteral("no"))
                                                      : QStringLiteral("not_assessed");
            const std::optional<int> rto = e.rtoMin ? e.rtoMin : e.mtdMin;
            const std::optional<int> rpo = e.rpoMin ? e.rpoMin : e.mtdlMin;
            add(TemplateId::B0601,
                {{row.identifier, ts},
                 {t ? t->activity : QString(), ts},
                 {e.name, es},
                 {row.entity, ts},
                 {written::code(CodeList::Criticality, criticality), es},
                 {t ? t->reasons : QString(), ts},
                 {t ? written::date(t->assessed) : QString(), ts},
                 {rto ? QString::number(Builder::hoursOf(*rto)) : QString(), es},
                 {rpo ? QString::number(Builder::hoursOf(*rpo)) : QString(), es},
                 {t ? written::code(CodeList::Impact, t->impact) : QString(), ts}});
        }
    }

    void assessments()
    {
        for (const auto &[key, service] : m_assessed) {
            const auto &[reference, providerCode, type] = key;
            const Arrangement &a = *m_index.arrangementOf.value(reference);
            const Element *provider = m_index.element(a.provider);
            const Source ss{QStringLiteral("roi_service"), service->element};
            const Source es{elementTable, a.provider};
            QString substitutability = service->substitutability;
            Source substitutabilitySource = ss;
            if (substitutability.isEmpty() && provider) {
                substitutability = substitutabilityOf(provider->substitutability);
                substitutabilitySource = es;
            }
            QString exitPlan;
            if (provider && provider->exitPlan)
                exitPlan = *provider->exitPlan ? QStringLiteral("yes") : QStringLiteral("no");
            else if (m_index.exitPlans.contains(a.provider))
                exitPlan = QStringLiteral("yes");
            const ProviderCode code = codeOf(a.provider);
            add(TemplateId::B0701,
                {{reference, {QStringLiteral("roi_arrangement"), reference}},
                 {providerCode, providerSource(a.provider)},
                 {code.type, providerSource(a.provider)},
                 {type, ss},
                 {written::code(CodeList::Substitutability, substitutability), substitutabilitySource},
                 {written::code(CodeList::SubstitutionReason, service->substitutionReason), ss},
                 {written::date(service->lastAudit), ss},
                 {written::code(CodeList::YesNo, exitPlan), es},
                 {written::code(CodeList::Reintegration, service->reintegration), ss},
                 {written::code(CodeList::Impact, service->impact), ss},
                 {written::code(CodeList::Alternatives, service->alternatives), ss},
                 {service->alternativeNames, ss}});
        }
    }

    void definitions()
    {
        if (m_index.definitions.empty())
            return;
        const Template &t = templateOf(TemplateId::B9901);
        Table &table = m_result.report.table(TemplateId::B9901);
        Row &row = table.rows.emplace_back();
        row.values.resize(qsizetype(t.columns.size()));
        row.sources.resize(t.columns.size());
        for (const Definition *d : m_index.definitions) {
            const int column = t.column(d->column);
            if (column < 0)
                continue;
            row.values[column] = d->text;
            row.sources[std::size_t(column)] = {QStringLiteral("roi_definition"), d->column};
        }
    }

    const Index m_index;
    const BuildOptions m_options;
    Feedback *m_feedback;
    BuildResult m_result;
    const Entity *m_reporting = nullptr;
    QHash<QString, ProviderCode> m_codes;
    std::set<QString> m_noted;
    QSet<QString> m_usedFunctions;
    QHash<QString, std::set<QString>> m_entitiesOf;
    QHash<QString, std::set<QString>> m_typesOf;
    std::map<std::tuple<QString, QString, QString>, const ServiceTerms *> m_assessed;
    std::set<QString> m_direct;
    std::set<QString> m_chain;
    std::map<int, std::vector<int>> m_subcontractors;
};

} // namespace

QSet<QString> Builder::tablesRead()
{
    QSet<QString> tokens{assessment::exitPlanType().token()};
    for (const EntityType *type : std::initializer_list<const EntityType *>{&entityType(),
                                                                            &branchType(),
                                                                            &arrangementType(),
                                                                            &serviceTermsType(),
                                                                            &functionTermsType(),
                                                                            &providerTermsType(),
                                                                            &definitionType()})
        tokens.insert(type->token());
    return tokens;
}

BuildResult Builder::build(const RegisterData &data, const BuildOptions &options, Feedback *feedback)
{
    return Build(data, options, feedback).run();
}

} // namespace bulwark::roi

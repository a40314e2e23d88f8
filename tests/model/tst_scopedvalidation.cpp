// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: a write opened with only the rows its validation consults (RegisterService::openScoped) must answer as
// the whole register does: the same verdict, the same error, the same rows and audit entries written.
#include "model/assessment/inputs.h"
#include "model/store/auditlog.h"
#include "model/store/registerqueries.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace bulwark;
using namespace bulwark::test;

namespace {

QString key(int i)
{
    return QStringLiteral("E%1").arg(i, 2, 10, QLatin1Char('0'));
}

QString describe(const Result<ChangeSummary> &r)
{
    if (!r)
        return QStringLiteral("error %1 field '%2' line %3: %4")
            .arg(int(r.error().code))
            .arg(r.error().field)
            .arg(r.error().line)
            .arg(r.error().message);
    auto counts = [](const ChangeCounts &c) {
        return QStringLiteral("+%1 ~%2 =%3 -%4").arg(c.added).arg(c.changed).arg(c.unchanged).arg(c.removed);
    };
    return QStringLiteral("ok elements %1 deps %2 groups %3 scenarios %4 added [%5] changed [%6] removed [%7]")
        .arg(counts(r->elements),
             counts(r->dependencies),
             counts(r->groups),
             counts(r->scenarios),
             r->addedElements.join(u','),
             r->changedElements.join(u','),
             r->removedElements.join(u','));
}

/// The audit trail without what depends on the moment (time, hashes).
QStringList auditTrail(const QString &path)
{
    auto service = RegisterService::open(path, store::Database::OpenMode::ReadOnly);
    if (!service)
        return {service.error().toString()};
    auto entries = store::AuditLog::entries((*service)->database(), {}, 0);
    if (!entries)
        return {entries.error().toString()};
    QStringList lines;
    for (const store::AuditEntry &e : *entries)
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(e.seq)
                     .arg(e.batch)
                     .arg(int(e.action))
                     .arg(e.entityToken(), e.entityKey, e.reason)
                     .arg(QString::fromUtf8(e.before), QString::fromUtf8(e.after));
    return lines;
}

RegisterData snapshotOf(const QString &path)
{
    auto service = RegisterService::open(path, store::Database::OpenMode::ReadOnly);
    return service ? (*service)->snapshot() : RegisterData();
}

} // namespace

class tst_ScopedValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameVerdictAndSameRegister_data();
    void sameVerdictAndSameRegister();
    void partialStateRefusesSnapshots();
    void changeOutsideTheScopeIsRefused();
    void overtakenWriteReadsItsRowsAgain();
    void queriesAnswerAsTheLoadedRegister();

private:
    /// A random register of `n` elements (dependencies with cycles, groups with random quorum, a scenario, legacy
    /// systems naming elements).
    static ChangeSet randomRegister(QRandomGenerator &random, int n);
    /// A random change of the register `service` holds (often invalid on purpose).
    static ChangeSet randomChange(QRandomGenerator &random, const RegisterService &service, int n);
    QTemporaryDir m_dir;
};

ChangeSet tst_ScopedValidation::randomRegister(QRandomGenerator &random, int n)
{
    ChangeSet c;
    for (int i = 0; i < n; ++i)
        c.add(element(key(i), ElementKind(random.bounded(3))));
    QSet<QString> linked;
    for (int i = 0; i < 2 * n; ++i) {
        const int a = int(random.bounded(n)), b = int(random.bounded(n)); // cycles and self-loops allowed
        if (linked.contains(dependencyId(key(a), key(b))))
            continue;
        linked.insert(dependencyId(key(a), key(b)));
        c.add(dependency(key(a), key(b), random.bounded(3) ? Strength::Hard : Strength::Soft));
    }
    // Groups: an owner, 1..4 members drawn from its dependencies, k in 1..members.
    for (int g = 0; g < n / 3; ++g) {
        const QString owner = key(int(random.bounded(n)));
        const QString name = QStringLiteral("g%1").arg(g);
        int members = 0;
        for (auto &item : c.dependencies) {
            if (item.value.from == owner && item.value.group.isEmpty() && members < 4 && random.bounded(2)) {
                item.value.group = name;
                ++members;
            }
        }
        if (members > 0)
            c.add(group(owner, name, 1 + int(random.bounded(members))));
    }
    Scenario sc;
    sc.name = QStringLiteral("S1");
    sc.fail = {key(0), key(n - 1)};
    c.add(sc);
    for (int i = 0; i < n; i += 4) {
        assessment::LegacySystem legacy;
        legacy.element = key(i);
        legacy.notes = QStringLiteral("old");
        c.add(assessment::legacySystemType().record(legacy));
    }
    return c;
}

ChangeSet tst_ScopedValidation::randomChange(QRandomGenerator &random, const RegisterService &service, int n)
{
    using Mode = ChangeSet::Mode;
    ChangeSet c;
    auto anyKey = [&] { return key(int(random.bounded(n + 2))); }; // now and then one that does not exist
    const std::vector<RedundancyGroup> groups = [&] {
        std::vector<RedundancyGroup> list;
        for (const RedundancyGroup &g : service.groups())
            list.push_back(g);
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return groupId(a.element, a.name) < groupId(b.element, b.name);
        });
        return list;
    }();
    const int steps = 1 + int(random.bounded(3));
    for (int s = 0; s < steps; ++s) {
        switch (random.bounded(10)) {
            case 0: { // add an element (an existing key is a conflict)
                Element e = element(anyKey());
                c.add(e, random.bounded(2) ? Mode::Insert : Mode::Upsert);
                break;
            }
            case 1: { // change an element
                const QString k = anyKey();
                Element e = service.element(k) ? *service.element(k) : element(k);
                e.rtoMin = int(random.bounded(100));
                if (random.bounded(5) == 0)
                    e.name.clear(); // invalid
                c.add(e, Mode::Update);
                break;
            }
            case 2: // remove elements with their dependants and groups
                c.removeElements << anyKey();
                if (random.bounded(3) == 0)
                    c.removeElements << anyKey();
                break;
            case 3: { // link, sometimes into a group, sometimes a new group with k > members
                Dependency d = dependency(anyKey(), anyKey(), random.bounded(2) ? Strength::Hard : Strength::Soft);
                if (random.bounded(2)) {
                    const auto &owned = service.groupsOf(d.from);
                    if (!owned.empty() && random.bounded(2)) {
                        d.group = owned[random.bounded(int(owned.size()))].name;
                    } else {
                        d.group = QStringLiteral("new");
                        c.add(group(d.from, d.group, 1 + int(random.bounded(3))));
                    }
                }
                c.add(d, random.bounded(2) ? Mode::Insert : Mode::Upsert);
                break;
            }
            case 4: { // unlink: a group member (perhaps its last), or one that does not exist
                const QString from = anyKey();
                const auto out = service.dependenciesOf(from);
                if (!out.empty() && random.bounded(4))
                    c.removeDependencies.emplace_back(from, out[random.bounded(int(out.size()))].to);
                else
                    c.removeDependencies.emplace_back(from, anyKey());
                break;
            }
            case 5: // empty a group: take out every member
                if (!groups.empty()) {
                    const RedundancyGroup &g = groups[random.bounded(int(groups.size()))];
                    for (const Dependency &d : service.dependenciesOf(g.element)) {
                        if (d.group == g.name)
                            c.removeDependencies.emplace_back(d.from, d.to);
                    }
                }
                break;
            case 6: // change a group's quorum, perhaps above its members
                if (!groups.empty()) {
                    RedundancyGroup g = groups[random.bounded(int(groups.size()))];
                    g.minUp = 1 + int(random.bounded(5));
                    c.add(g, Mode::Update);
                }
                break;
            case 7: // remove a group (refused while it has members)
                if (!groups.empty()) {
                    const RedundancyGroup &g = groups[random.bounded(int(groups.size()))];
                    c.removeGroups.emplace_back(g.element, g.name);
                } else {
                    c.removeGroups.emplace_back(anyKey(), QStringLiteral("none"));
                }
                break;
            case 8: { // move a member to another group or out of its group
                const QString from = anyKey();
                const auto out = service.dependenciesOf(from);
                if (!out.empty()) {
                    Dependency d = out[random.bounded(int(out.size()))];
                    d.group = d.group.isEmpty() ? QStringLiteral("g0") : QString();
                    c.add(d, Mode::Update);
                }
                break;
            }
            default: { // a scenario failing elements that may not exist
                Scenario sc;
                sc.name = QStringLiteral("S%1").arg(random.bounded(3));
                sc.fail = {anyKey()};
                c.add(sc, random.bounded(2) ? Mode::Insert : Mode::Upsert);
                break;
            }
        }
    }
    c.reason = QStringLiteral("random");
    return c;
}

void tst_ScopedValidation::sameVerdictAndSameRegister_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 30; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void tst_ScopedValidation::sameVerdictAndSameRegister()
{
    QFETCH(int, seed);
    QRandomGenerator random(quint32(seed) * 7919u);
    const int n = 6 + int(random.bounded(20));
    const QString full = m_dir.filePath(QStringLiteral("full-%1.bulwark").arg(seed));
    const QString scoped = m_dir.filePath(QStringLiteral("scoped-%1.bulwark").arg(seed));
    const ChangeSet start = randomRegister(random, n);
    for (const QString &path : {full, scoped}) {
        auto service = openService(path);
        QVERIFY(service);
        auto r = service->apply(start);
        QVERIFY2(r, qPrintable(describe(r)));
    }
    int applied = 0, refused = 0;
    for (int round = 0; round < 20; ++round) {
        auto whole = RegisterService::open(full, store::Database::OpenMode::OpenExisting);
        QVERIFY(whole);
        const ChangeSet changes = randomChange(random, **whole, n);
        auto part = RegisterService::openScoped(scoped, changes);
        QVERIFY2(part, qPrintable(part ? QString() : part.error().toString()));
        QVERIFY((*part)->isPartial());
        // The verdict and the summary of a dry run, then of the write itself.
        const QString wholeDry = describe((*whole)->apply(changes, Actor::current(), true));
        const QString partDry = describe((*part)->apply(changes, Actor::current(), true));
        QCOMPARE(partDry, wholeDry);
        const QString wholeWrite = describe((*whole)->apply(changes));
        const QString partWrite = describe((*part)->apply(changes));
        QCOMPARE(partWrite, wholeWrite);
        (wholeWrite.startsWith(u"ok") ? applied : refused)++;
        whole->reset();
        part->reset();
        QCOMPARE(snapshotOf(scoped), snapshotOf(full));
    }
    QCOMPARE(auditTrail(scoped), auditTrail(full));
    QVERIFY2(applied > 0 && refused > 0,
             qPrintable(QStringLiteral("%1 applied, %2 refused").arg(applied).arg(refused)));
}

void tst_ScopedValidation::partialStateRefusesSnapshots()
{
    const QString path = m_dir.filePath(QStringLiteral("partial.bulwark"));
    {
        auto service = openService(path);
        QVERIFY(service);
        QVERIFY(service->apply(smallRegister()));
    }
    ChangeSet changes;
    changes.removeElements << QStringLiteral("DC1");
    auto part = RegisterService::openScoped(path, changes);
    QVERIFY(part);
    QVERIFY((*part)->isPartial());
    QVERIFY(!(*part)->element(QStringLiteral("F"))); // not read: F is not next to the change
    QVERIFY((*part)->element(QStringLiteral("APP")));
    const auto exported = (*part)->snapshotWithContents();
    QVERIFY(!exported);
    QCOMPARE(exported.error().code, Error::Code::Unsupported);
    // The whole register is not partial, and a change of registered tables is opened whole.
    auto whole = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
    QVERIFY(whole && !(*whole)->isPartial());
    ChangeSet records;
    assessment::LegacySystem legacy;
    legacy.element = QStringLiteral("APP");
    records.add(assessment::legacySystemType().record(legacy));
    auto opened = RegisterService::openScoped(path, records);
    QVERIFY(opened && !(*opened)->isPartial());
}

void tst_ScopedValidation::changeOutsideTheScopeIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("outside.bulwark"));
    {
        auto service = openService(path);
        QVERIFY(service);
        QVERIFY(service->apply(smallRegister()));
    }
    ChangeSet scope;
    scope.removeDependencies.emplace_back(QStringLiteral("APP"), QStringLiteral("MON"));
    auto part = RegisterService::openScoped(path, scope);
    QVERIFY(part);
    ChangeSet other;
    other.removeElements << QStringLiteral("F");
    const auto r = (*part)->apply(other);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Unsupported);
    QVERIFY((*part)->apply(scope));
}

void tst_ScopedValidation::overtakenWriteReadsItsRowsAgain()
{
    // Another program writes between the scoped read and the write: the same rows are read again and the change is
    // checked again (applied when it still fits, refused as a conflict when the other program changed its values).
    const QString path = m_dir.filePath(QStringLiteral("overtaken.bulwark"));
    {
        auto service = openService(path);
        QVERIFY(service);
        QVERIFY(service->apply(smallRegister()));
    }
    ChangeSet unlink;
    unlink.removeDependencies.emplace_back(QStringLiteral("APP"), QStringLiteral("DC1"));
    auto part = RegisterService::openScoped(path, unlink);
    QVERIFY(part);
    {
        auto other = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
        QVERIFY(other);
        ChangeSet elsewhere; // APP's group keeps one member, DC1
        elsewhere.removeDependencies.emplace_back(QStringLiteral("APP"), QStringLiteral("DC2"));
        QVERIFY((*other)->apply(elsewhere));
    }
    // APP's group "dc" lost DC2 meanwhile: removing DC1 now empties it, so the group goes with it.
    auto r = (*part)->apply(unlink);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->groups.removed, 1);
    QVERIFY(!(*part)->group(QStringLiteral("APP"), QStringLiteral("dc")));
    const RegisterData after = snapshotOf(path);
    QVERIFY(std::none_of(
        after.groups.begin(), after.groups.end(), [](const RedundancyGroup &g) { return g.element == u"APP"; }));

    // A change of a value another program changed meanwhile is refused.
    Element app = element(QStringLiteral("APP"));
    app.rtoMin = 5;
    ChangeSet set;
    set.add(app, ChangeSet::Mode::Update);
    auto setter = RegisterService::openScoped(path, set);
    QVERIFY(setter);
    {
        auto other = RegisterService::open(path, store::Database::OpenMode::OpenExisting);
        QVERIFY(other);
        Element changed = *(*other)->element(QStringLiteral("APP"));
        changed.rtoMin = 7;
        ChangeSet c;
        c.add(changed, ChangeSet::Mode::Update);
        QVERIFY((*other)->apply(c));
    }
    const auto refused = (*setter)->apply(set);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(snapshotOf(path).elements[0].key, QStringLiteral("APP"));
    QCOMPARE(*snapshotOf(path).elements[0].rtoMin, 7);
}

void tst_ScopedValidation::queriesAnswerAsTheLoadedRegister()
{
    // The two read views (show and list): the same answers on random registers.
    for (int seed = 1; seed <= 10; ++seed) {
        QRandomGenerator random(quint32(seed) * 104729u);
        const int n = 6 + int(random.bounded(20));
        const QString path = m_dir.filePath(QStringLiteral("views-%1.bulwark").arg(seed));
        {
            auto service = openService(path);
            QVERIFY(service);
            QVERIFY(service->apply(randomRegister(random, n)));
        }
        auto service = RegisterService::open(path, store::Database::OpenMode::ReadOnly);
        QVERIFY(service);
        auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
        QVERIFY(db);
        const ServiceReadView loaded(**service);
        const store::QueryReadView queried(std::move(*db));
        for (int i = 0; i < n + 2; ++i) {
            const QString k = key(i);
            QCOMPARE(*queried.element(k), *loaded.element(k));
            QCOMPARE(*queried.dependenciesOf(k), *loaded.dependenciesOf(k));
            QCOMPARE(*queried.dependentsOf(k), *loaded.dependentsOf(k));
            QCOMPARE(*queried.groupsOf(k), *loaded.groupsOf(k));
            QCOMPARE(*queried.dependencies(k), *loaded.dependencies(k));
            QCOMPARE(*queried.groups(k), *loaded.groups(k));
        }
        QCOMPARE(*queried.dependencies({}), *loaded.dependencies({}));
        QCOMPARE(*queried.groups({}), *loaded.groups({}));
        for (int kind = 0; kind < 4; ++kind) {
            ElementFilter filter;
            if (kind < 3)
                filter.kind = ElementKind(kind);
            QCOMPARE(*queried.elements(filter), *loaded.elements(filter));
        }
    }
}

QTEST_GUILESS_MAIN(tst_ScopedValidation)
#include "tst_scopedvalidation.moc"

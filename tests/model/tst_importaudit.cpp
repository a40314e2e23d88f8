// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the import's speed-ups (the JSON file read an item at a time with shared key texts, plan steps that point
// into the change set, the register merged into memory in one pass, or left to the file) must not change a single
// value, audit entry or hash. Each is checked against what is computed here independently, on random registers.
#include "model/exchange/jsonformat.h"
#include "model/exchange/textchecks.h"
#include "model/register/registercodec.h"
#include "model/store/auditlog.h"
#include "model/store/sha256.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace bulwark;
using namespace bulwark::test;

class tst_ImportAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readingItemByItemKeepsEveryValue();
    void importWritesTheAuditEntriesOfEachValue_data();
    void importWritesTheAuditEntriesOfEachValue();
    void registerLeftToTheFileIsReadBeforeTheNextWrite();
    void preparedPlanOfAnotherChangeSetIsNotTrusted();
    void sha256EqualsQtsOwn();
};

namespace {

/// A random register: keys in no order, texts with non-ASCII letters, tags, attributes, groups and cycles.
RegisterData randomRegister(QRandomGenerator &random, int elements)
{
    RegisterData data;
    QStringList keys;
    while (keys.size() < elements) {
        const QString key = QStringLiteral("K%1").arg(random.bounded(100000));
        if (!keys.contains(key))
            keys << key;
    }
    const ElementKind kinds[] = {ElementKind::Function,
                                 ElementKind::Application,
                                 ElementKind::DataStore,
                                 ElementKind::Infrastructure,
                                 ElementKind::Provider,
                                 ElementKind::Location};
    for (const QString &key : std::as_const(keys)) {
        Element e
            = element(key, kinds[random.bounded(6)], QStringLiteral("Größe %1 – %2").arg(key).arg(random.bounded(9)));
        if (e.kind == ElementKind::Function) {
            e.criticality = random.bounded(2) ? Criticality::Critical : Criticality::Standard;
            e.mtdMin = 60 + int(random.bounded(600));
        }
        if (random.bounded(2))
            e.rtoMin = int(random.bounded(1000));
        if (random.bounded(3) == 0)
            e.tags = QStringList{QStringLiteral("t%1").arg(random.bounded(4)), QStringLiteral("ü")};
        if (random.bounded(4) == 0)
            e.attributes.insert(QStringLiteral("x_note"), QStringLiteral("n%1").arg(random.bounded(50)));
        e.owner = QStringLiteral("Team %1").arg(random.bounded(5));
        data.elements.push_back(e);
    }
    std::map<std::pair<QString, QString>, bool> seen;
    for (int i = 0; i < elements * 3; ++i) {
        const QString &from = keys[random.bounded(elements)];
        const QString &to = keys[random.bounded(elements)];
        if (from == to || seen.count({from, to}))
            continue;
        seen[{from, to}] = true;
        data.dependencies.push_back(dependency(from, to, random.bounded(4) ? Strength::Hard : Strength::Soft));
    }
    // A group on some elements with at least one hard member.
    std::map<QString, int> members;
    for (Dependency &d : data.dependencies) {
        if (d.strength == Strength::Hard && random.bounded(3) == 0) {
            d.group = QStringLiteral("pool");
            ++members[d.from];
        }
    }
    for (const auto &[owner, count] : members)
        data.groups.push_back(group(owner, QStringLiteral("pool"), 1 + int(random.bounded(count)), 5));
    return data;
}

/// The register changed at random: some values changed, some new, the rest as they were.
RegisterData changedRegister(QRandomGenerator &random, RegisterData data)
{
    for (Element &e : data.elements) {
        if (random.bounded(4) == 0)
            e.name += QStringLiteral(" (neu)");
        if (random.bounded(5) == 0)
            e.rtoMin = int(random.bounded(1000));
    }
    for (Dependency &d : data.dependencies) {
        if (d.group.isEmpty() && random.bounded(5) == 0)
            d.strength = d.strength == Strength::Hard ? Strength::Soft : Strength::Hard;
    }
    for (RedundancyGroup &g : data.groups) {
        if (random.bounded(3) == 0)
            g.failoverMin += 7;
    }
    return data;
}

ChangeSet parsed(const RegisterData &data)
{
    auto changes = exchange::JsonFormat::parse(exchange::JsonFormat::write(data), QStringLiteral("test.json"));
    if (!changes)
        qWarning() << changes.error().toString();
    return changes ? *changes : ChangeSet();
}

/// An entry's hash as the trail documents it (AllColumns), computed here with Qt's own SHA-256.
QByteArray expectedHash(const store::AuditEntry &e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&](const QByteArray &part, bool present = true) {
        if (!present) {
            hash.addData(QByteArrayView("~"));
            return;
        }
        hash.addData(QByteArray::number(part.size()) + ':' + part);
    };
    hash.addData(QByteArrayView("bulwark-audit-2\n"));
    add(e.prevHash);
    add(QByteArray::number(e.seq));
    add(QByteArray::number(e.batch));
    add(e.at.toUtf8());
    add(e.actor.toUtf8());
    add(e.claimedActor.toUtf8(), !e.claimedActor.isEmpty());
    add(store::AuditLog::token(e.action).toUtf8());
    add(e.entityToken().toUtf8());
    add(e.entityKey.toUtf8());
    add(e.subject.toUtf8());
    add(e.object.toUtf8(), !e.object.isEmpty());
    add(e.before, !e.before.isEmpty());
    add(e.after, !e.after.isEmpty());
    if (!e.actorName.isEmpty() || !e.reason.isEmpty() || e.reverts != 0) {
        hash.addData(QByteArrayView("+"));
        add(e.actorName.toUtf8(), !e.actorName.isEmpty());
        add(e.reason.toUtf8(), !e.reason.isEmpty());
        add(QByteArray::number(e.reverts), e.reverts != 0);
    }
    return hash.result().toHex();
}

/// What one audit entry says, without the time and the chain: "action entity key | before | after | subject object".
QString describe(store::AuditAction action,
                 const QString &entity,
                 const QString &key,
                 const QByteArray &before,
                 const QByteArray &after)
{
    return store::AuditLog::token(action) + u' ' + entity + u' ' + key + QStringLiteral(" | ")
        + QString::fromUtf8(before) + QStringLiteral(" | ") + QString::fromUtf8(after);
}

/// The entries an import of `changes` into a register holding `before` must write, in order (elements, groups,
/// dependencies, each in the order of the file; an unchanged value writes none).
QStringList expectedEntries(const ChangeSet &changes, const RegisterData &before)
{
    QStringList list;
    auto add = [&](const auto &items, const auto &old, const QString &entity, auto id) {
        for (const auto &item : items) {
            const auto it
                = std::find_if(old.begin(), old.end(), [&](const auto &v) { return id(v) == id(item.value); });
            if (it == old.end())
                list << describe(
                    store::AuditAction::Add, entity, id(item.value), {}, RegisterCodec::toJson(item.value));
            else if (!(*it == item.value))
                list << describe(store::AuditAction::Change,
                                 entity,
                                 id(item.value),
                                 RegisterCodec::toJson(*it),
                                 RegisterCodec::toJson(item.value));
        }
    };
    add(changes.elements, before.elements, QStringLiteral("element"), [](const Element &e) { return e.key; });
    add(changes.groups, before.groups, QStringLiteral("group"), [](const RedundancyGroup &g) {
        return groupId(g.element, g.name);
    });
    add(changes.dependencies, before.dependencies, QStringLiteral("dependency"), [](const Dependency &d) {
        return dependencyId(d.from, d.to);
    });
    return list;
}

/// The entries of `batch` as described above; checks each entry's hash and link on the way.
QStringList writtenEntries(const store::Database &db, qint64 batch)
{
    auto entries = store::AuditLog::batchEntries(db, batch);
    if (!entries)
        return {QStringLiteral("error: ") + entries.error().toString()};
    QStringList list;
    QByteArray previous;
    for (const store::AuditEntry &e : std::as_const(*entries)) {
        if (e.hash != expectedHash(e))
            return {QStringLiteral("entry %1 has another hash than its columns give").arg(e.seq)};
        if (!previous.isEmpty() && e.prevHash != previous)
            return {QStringLiteral("entry %1 does not follow the one before it").arg(e.seq)};
        previous = e.hash;
        const auto [subject, object] = store::AuditLog::subjectAndObject(e.entity, e.entityKey);
        if (e.subject != subject || e.object != object)
            return {QStringLiteral("entry %1 names another subject").arg(e.seq)};
        list << describe(e.action, e.entityToken(), e.entityKey, e.before, e.after);
    }
    return list;
}

void compareWithFile(const RegisterService &service)
{
    auto fresh = openService(service.path());
    QVERIFY(fresh);
    QCOMPARE(service.elements(), fresh->elements());
    QCOMPARE(service.dependencies(), fresh->dependencies());
    QCOMPARE(service.groups(), fresh->groups());
    QCOMPARE(service.sortedKeys(), fresh->sortedKeys());
    for (const QString &key : fresh->sortedKeys()) {
        QCOMPARE(service.dependenciesOf(key), fresh->dependenciesOf(key));
        QCOMPARE(service.dependentsOf(key), fresh->dependentsOf(key));
    }
    QCOMPARE(service.auditHead().seq, fresh->auditHead().seq);
    QCOMPARE(service.auditHead().hash, fresh->auditHead().hash);
}

void verifyIntact(const RegisterService &service)
{
    auto verified = store::AuditLog::verify(service.database());
    QVERIFY(verified);
    QVERIFY(verified->chainIntact);
    QCOMPARE(verified->mismatchCount, 0);
}

} // namespace

void tst_ImportAudit::readingItemByItemKeepsEveryValue()
{
    QRandomGenerator random(16001);
    for (int round = 0; round < 5; ++round) {
        RegisterData data = randomRegister(random, 30 + round * 20);
        data.sort();
        const QByteArray bytes = exchange::JsonFormat::write(data);
        auto changes = exchange::JsonFormat::parse(bytes, QStringLiteral("r.json"));
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
        QCOMPARE(changes->elements.size(), data.elements.size());
        QCOMPARE(changes->dependencies.size(), data.dependencies.size());
        QCOMPARE(changes->groups.size(), data.groups.size());
        // Each value as written, on the line its text starts on (found here by its bytes).
        auto check = [&](const auto &items, const auto &values) {
            for (std::size_t i = 0; i < values.size(); ++i) {
                QCOMPARE(items[i].value, values[i]);
                QCOMPARE(items[i].origin.file, QStringLiteral("r.json"));
                const qsizetype at = bytes.indexOf(RegisterCodec::toJson(values[i]));
                QVERIFY(at > 0);
                QCOMPARE(items[i].origin.line, exchange::TextChecks::lineOf(bytes, at));
            }
        };
        check(changes->elements, data.elements);
        check(changes->dependencies, data.dependencies);
        check(changes->groups, data.groups);
    }
    // A bad item among good ones is named with its line, and the others are still read (every problem at once).
    const QByteArray bad
        = "{\n  \"format\": \"bulwark-register\",\n  \"version\": 1,\n  \"elements\": [\n"
          "    {\"key\": \"A\", \"name\": \"A\", \"kind\": \"application\"},\n    5,\n"
          "    {\"key\": \"B\", \"name\": \"B\", \"kind\": \"nonsense\"}\n  ],\n  \"dependencies\": []\n}\n";
    auto refused = exchange::JsonFormat::parse(bad, QStringLiteral("bad.json"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("item 2 of \"elements\" must be an object")),
             qPrintable(refused.error().toString()));
    QVERIFY2(refused.error().toString().contains(QStringLiteral("kind")), qPrintable(refused.error().toString()));
}

void tst_ImportAudit::importWritesTheAuditEntriesOfEachValue_data()
{
    QTest::addColumn<bool>("keepsRegister");
    QTest::addColumn<bool>("prepared");
    QTest::newRow("kept in memory") << true << false;
    QTest::newRow("left to the file") << false << false;
    QTest::newRow("prepared on a worker") << true << true;
}

void tst_ImportAudit::importWritesTheAuditEntriesOfEachValue()
{
    QFETCH(bool, keepsRegister);
    QFETCH(bool, prepared);
    QTemporaryDir dir;
    QRandomGenerator random(16002);
    for (int round = 0; round < 4; ++round) {
        const RegisterData first = randomRegister(random, 40 + 10 * round);
        RegisterData second = changedRegister(random, first);
        // The second file also brings new elements, with dependencies into the register that is there.
        const RegisterData extra = randomRegister(random, 15);
        for (const Element &e : extra.elements) {
            if (std::none_of(
                    second.elements.begin(), second.elements.end(), [&](const Element &o) { return o.key == e.key; }))
                second.elements.push_back(e);
        }
        second.dependencies.push_back(dependency(second.elements.back().key, second.elements.front().key));

        const QString path = dir.filePath(QStringLiteral("r%1.bulwark").arg(round));
        auto service = openService(path);
        QVERIFY(service);
        service->setKeepsRegisterAfterWrite(keepsRegister);
        RegisterData held; // what the register holds before each import
        for (const RegisterData *file : {&first, static_cast<const RegisterData *>(&second)}) {
            const ChangeSet changes = parsed(*file);
            QVERIFY(!changes.elements.empty());
            const QStringList expected = expectedEntries(changes, held);
            Result<ChangeSummary> summary = makeError(Error::Code::Invalid, QString());
            if (prepared) {
                auto plan = service->prepare(changes);
                QVERIFY(plan && service->isCurrent(*plan));
                summary = service->apply(changes, Actor::current(), false, nullptr, &*plan);
            } else {
                summary = service->apply(changes);
            }
            QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
            QCOMPARE(writtenEntries(service->database(), summary->batch), expected);
            if (keepsRegister)
                compareWithFile(*service);
            else
                QCOMPARE(service->elementCount(), 0);
            verifyIntact(*service);
            held = openService(path)->snapshot();
        }
    }
}

void tst_ImportAudit::registerLeftToTheFileIsReadBeforeTheNextWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("left.bulwark"));
    auto service = openService(path);
    QVERIFY(service);
    service->setKeepsRegisterAfterWrite(false);
    QVERIFY(service->apply(smallRegister()));
    QCOMPARE(service->elementCount(), 0);
    QVERIFY(!service->prepare(smallRegister())); // nothing to validate against: refused, not wrong
    // The next write reads the register again first: an element that exists is refused as a duplicate, a change of
    // one is written as a change.
    ChangeSet duplicate;
    duplicate.add(smallRegister().elements.front().value, ChangeSet::Mode::Insert);
    QVERIFY(!service->apply(duplicate));
    ChangeSet change;
    Element renamed = smallRegister().elements.front().value;
    renamed.name = QStringLiteral("Renamed");
    change.add(renamed, ChangeSet::Mode::Update);
    auto written = service->apply(change);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written->elements.changed, 1);
    verifyIntact(*service);
    auto fresh = openService(path);
    QCOMPARE(fresh->element(renamed.key)->name, QStringLiteral("Renamed"));
}

void tst_ImportAudit::preparedPlanOfAnotherChangeSetIsNotTrusted()
{
    QTemporaryDir dir;
    auto service = openService(dir.filePath(QStringLiteral("p.bulwark")));
    QVERIFY(service);
    ChangeSet small;
    small.add(element(QStringLiteral("A")));
    auto plan = service->prepare(small);
    QVERIFY(plan && service->isCurrent(*plan));
    // A plan names values by their place in the change set it was made from: given a longer change set, apply()
    // validates that one instead, and writes all of it.
    ChangeSet larger = small;
    larger.add(element(QStringLiteral("B")));
    auto written = service->apply(larger, Actor::current(), false, nullptr, &*plan);
    QVERIFY(written);
    QCOMPARE(written->elements.added, 2);
    QVERIFY(service->element(QStringLiteral("B")));
    verifyIntact(*service);
}

void tst_ImportAudit::sha256EqualsQtsOwn()
{
    QRandomGenerator random(16003);
    // Every length across the padding's edges (55, 56, 63, 64 bytes ...), fed in one piece and in random pieces.
    for (int length = 0; length < 300; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        store::Sha256 whole;
        whole.addData(bytes);
        QCOMPARE(whole.resultHex(), expected);
        store::Sha256 pieces;
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype take = std::min<qsizetype>(bytes.size() - at, 1 + random.bounded(70));
            pieces.addData(QByteArrayView(bytes.constData() + at, take));
            at += take;
        }
        QCOMPARE(pieces.resultHex(), expected);
    }
    QByteArray large(1 << 20, 'x');
    store::Sha256 big;
    big.addData(large);
    QCOMPARE(big.resultHex(), QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex());
}

QTEST_GUILESS_MAIN(tst_ImportAudit)
#include "tst_importaudit.moc"

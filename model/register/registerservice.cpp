// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/register/registerservice.h"

#include "model/exchange/safeoutput.h"
#include "model/logging.h"
#include "model/register/registercodec.h"
#include "model/register/registerrule.h"
#include "model/register/validation.h"
#include "model/store/auditlog.h"
#include "model/store/registerqueries.h"
#include "model/store/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bulwark {

Actor Actor::current()
{
    // The account comes from the process's effective user id, which the environment cannot change; $USER is only
    // a claim, kept when it names someone else (e.g. after su without a login shell, or when set by hand).
    // The passwd entry also gives the full name (the GECOS field's first part), which the trail keeps beside the
    // login; an account the system cannot name is recorded by its uid, never as "unknown" (issue 12).
    Actor actor;
    const uid_t uid = ::geteuid();
    const long suggested = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(std::size_t(suggested > 0 ? suggested : 16384));
    struct passwd entry { };
    struct passwd *found = nullptr;
    int status = 0;
    while ((status = ::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found)) == ERANGE
           && buffer.size() < (std::size_t(1) << 20))
        buffer.resize(buffer.size() * 2);
    if (status == 0 && found && found->pw_name && *found->pw_name) {
        actor.user = QString::fromLocal8Bit(found->pw_name);
        const QString gecos = found->pw_gecos ? QString::fromLocal8Bit(found->pw_gecos) : QString();
        const QString name = gecos.section(QLatin1Char(','), 0, 0).trimmed();
        if (!name.isEmpty() && name != actor.user)
            actor.name = name;
    } else {
        actor.user = QStringLiteral("uid %1").arg(uid);
    }
    for (const char *name : {"USER", "LOGNAME"}) {
        const QString claimed = qEnvironmentVariable(name);
        if (!claimed.isEmpty()) {
            if (claimed != actor.user)
                actor.claimed = claimed;
            break;
        }
    }
    return actor;
}

namespace {

/// A write of this many values or more gets a page cache of largeWriteCacheKib for its transaction (192 MiB: a
/// 1,000,000-element import stays under 2 GB with the change set read from its file; 256 MiB took it to 2,052 MB).
constexpr std::size_t largeWrite = 100000;
constexpr int largeWriteCacheKib = 192 * 1024;

Error located(Error error, const Origin &origin)
{
    if (error.file.isEmpty())
        error.file = origin.file;
    if (error.line == 0)
        error.line = origin.line;
    return error;
}

Error invalid(const QString &message,
              const QString &field,
              const Origin &origin,
              Error::Code code = Error::Code::Invalid)
{
    return located(makeError(code, message, field), origin);
}

QString where(const Origin &origin)
{
    if (origin.line > 0)
        return RegisterService::tr("line %1").arg(origin.line);
    return RegisterService::tr("earlier in the same change");
}

} // namespace

/// The validated change, in the order it is written.
struct RegisterService::Plan {
    enum class Op { Add, Change, Remove };
    template<typename T>
    struct Step {
        Op op;
        T value;    ///< the new value (for Remove: the old one)
        T previous; ///< the old value (for Add: unused)
    };
    /// A step of the three large lists: the new value stays in the change set (item: its index there), so that an
    /// import of millions of values does not hold them twice.
    template<typename T>
    struct ItemStep {
        Op op;
        quint32 item;                    ///< index into the change set's list
        std::shared_ptr<const T> before; ///< the old value (Change), else null
    };
    template<typename T>
    static quint32 indexOf(const std::vector<ChangeSet::Item<T>> &list, const ChangeSet::Item<T> &item)
    {
        return quint32(&item - list.data());
    }
    std::vector<ItemStep<Element>> elements;
    std::vector<ItemStep<RedundancyGroup>> groups;
    std::vector<ItemStep<Dependency>> dependencies;
    std::vector<Dependency> removedDependencies;
    std::vector<RedundancyGroup> removedGroups;
    std::vector<Element> removedElements;
    std::vector<Step<Scenario>> scenarios;
    std::vector<Scenario> removedScenarios;
    std::vector<Step<Record>> records; ///< registered tables
    std::vector<Record> removedRecords;
    QStringList newContents; ///< SHA-256 of the stored content to write (ChangeSet::contents not yet stored)
    ChangeSummary summary;
    /// The lengths of the change set's lists it was made from (prepare()): a change set of other lengths is not the
    /// one it indexes.
    std::array<std::size_t, 3> sizes{};
    static std::array<std::size_t, 3> sizesOf(const ChangeSet &changes)
    {
        return {changes.elements.size(), changes.groups.size(), changes.dependencies.size()};
    }
    /// Room for the steps of `changes`, so that the lists are not copied while they grow.
    void reserve(const ChangeSet &changes)
    {
        elements.reserve(changes.elements.size());
        groups.reserve(changes.groups.size());
        dependencies.reserve(changes.dependencies.size());
    }
};

Result<std::unique_ptr<RegisterService>>
RegisterService::open(const QString &path, store::Database::OpenMode mode, Feedback *feedback)
{
    auto db = store::Database::open(path, mode);
    if (!db)
        return db.error();
    auto stored = store::RegisterStore::load(**db, feedback);
    if (!stored)
        return stored.error();
    return std::make_unique<RegisterService>(std::move(*db), State::build(std::move(*stored)));
}

namespace {

/// Whether a change set can be validated on a partial state: values of registered tables and stored content are
/// checked against whole tables (the register rules look values up anywhere).
bool scopable(const ChangeSet &changes)
{
    return changes.records.empty() && changes.removeRecords.empty() && changes.contents.isEmpty();
}

/// The element keys a change set names: the rows a scoped state is read around.
QSet<QString> namedKeys(const ChangeSet &changes)
{
    QSet<QString> keys;
    for (const auto &item : changes.elements)
        keys.insert(item.value.key);
    for (const QString &key : changes.removeElements)
        keys.insert(key);
    for (const auto &item : changes.groups)
        keys.insert(item.value.element);
    for (const auto &[element, name] : changes.removeGroups)
        keys.insert(element);
    for (const auto &item : changes.dependencies) {
        keys.insert(item.value.from);
        keys.insert(item.value.to);
    }
    for (const auto &[from, to] : changes.removeDependencies) {
        keys.insert(from);
        keys.insert(to);
    }
    for (const auto &item : changes.scenarios) {
        for (const QString &key : item.value.fail)
            keys.insert(key);
    }
    return keys;
}

} // namespace

Result<std::unique_ptr<RegisterService>>
RegisterService::openScoped(const QString &path, const ChangeSet &changes, store::Database::OpenMode mode)
{
    if (!scopable(changes))
        return open(path, mode);
    auto db = store::Database::open(path, mode);
    if (!db)
        return db.error();
    auto state = State::loadScoped(**db, changes);
    if (!state)
        return state.error();
    auto service = std::make_unique<RegisterService>(std::move(*db), std::move(*state));
    service->m_scope = std::make_shared<const ChangeSet>(changes);
    return service;
}

Result<RegisterService::State> RegisterService::State::loadScoped(const store::Database &db, const ChangeSet &changes)
{
    State state;
    state.partial = true;
    const store::ReadTransaction consistent(db.connection()); // one state across the queries
    store::RegisterQueries queries(db);
    QSet<QString> tried;
    std::vector<QString> loaded; // in the order read
    auto loadElement = [&](const QString &key) -> Result<void> {
        if (tried.contains(key))
            return {};
        tried.insert(key);
        auto row = queries.element(key);
        if (!row)
            return row.error();
        if (!*row)
            return {};
        state.elementIds.insert(key, (*row)->id);
        state.elements.insert(key, std::move((*row)->element));
        state.sortedKeys.append(key);
        loaded.push_back(key);
        auto groups = queries.groupsOf(key);
        if (!groups)
            return groups.error();
        for (auto &g : *groups) {
            const QString id = groupId(key, g.group.name);
            state.groupIds.insert(id, g.id);
            state.groupNames.insert(key, g.group.name);
            state.groups.insert(id, std::move(g.group));
        }
        return {};
    };
    auto addDependency = [&](Dependency &&d) {
        const QString id = dependencyId(d.from, d.to);
        if (state.dependencies.contains(id))
            return;
        state.needs.insert(d.from, d.to);
        state.neededBy.insert(d.to, d.from);
        state.dependencies.insert(id, std::move(d));
    };
    auto addAll = [&](Result<std::vector<Dependency>> list, bool loadEnds) -> Result<void> {
        if (!list)
            return list.error();
        for (Dependency &d : *list) {
            if (loadEnds) {
                if (auto r = loadElement(d.from); !r)
                    return r;
                if (auto r = loadElement(d.to); !r)
                    return r;
            }
            addDependency(std::move(d));
        }
        return {};
    };
    QStringList keys = namedKeys(changes).values();
    keys.sort(); // a stable reading order
    for (const QString &key : std::as_const(keys)) {
        if (auto r = loadElement(key); !r)
            return r.error();
    }
    // A removed element takes its dependencies both ways along; the elements at their other ends are written to.
    for (const QString &key : changes.removeElements) {
        if (!state.elements.contains(key))
            continue;
        if (auto r = addAll(queries.dependenciesOf(key), true); !r)
            return r.error();
        if (auto r = addAll(queries.dependentsOf(key), true); !r)
            return r.error();
    }
    // Every dependency out of an element the change names (the dependencies it names among them), and out of every
    // loaded group owner: the members of the groups the change may touch.
    for (const QString &key : loaded) {
        if (keys.contains(key) || state.groupNames.contains(key)) {
            if (auto r = addAll(queries.dependenciesOf(key), false); !r)
                return r.error();
        }
    }
    auto scenarios = queries.scenarios();
    if (!scenarios)
        return scenarios.error();
    for (Scenario &sc : *scenarios) {
        const QString name = sc.name;
        state.scenarios.insert(name, std::move(sc));
    }
    // Values of registered tables that name a removed element (they stay, as in the whole register).
    for (const QString &key : changes.removeElements) {
        for (const EntityType *type : EntityRegistry::types()) {
            if (type->elementFields().isEmpty())
                continue;
            auto records = queries.recordsReferencing(*type, key);
            if (!records)
                return records.error();
            for (Record &r : *records) {
                const QString recordKey = r.key();
                state.records[type->token()].insert(recordKey, std::move(r));
            }
        }
    }
    auto head = queries.auditHead();
    if (!head)
        return head.error();
    state.audit = *head;
    std::sort(state.sortedKeys.begin(), state.sortedKeys.end());
    return state;
}

namespace {

/// A register file written under a temporary name beside its target (the same file system, so the rename that
/// publishes it is atomic), created empty with mode 0600. Unless published, it is removed with SQLite's files beside
/// it when this goes out of scope.
class TemporaryRegister
{
public:
    TemporaryRegister() = default;
    TemporaryRegister(const TemporaryRegister &) = delete;
    TemporaryRegister &operator=(const TemporaryRegister &) = delete;
    ~TemporaryRegister()
    {
        if (!m_path.isEmpty())
            for (const auto *suffix : {u"", u"-wal", u"-shm", u"-journal"})
                QFile::remove(m_path + QString::fromUtf16(suffix));
    }

    /// Creates the empty file beside `target` (`shown`: its name for the user's message).
    Result<void> create(const QFileInfo &target, const QString &shown)
    {
        QTemporaryFile file(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                            + QStringLiteral(".XXXXXX.new"));
        file.setAutoRemove(false);
        if (!file.open())
            return makeError(Error::Code::Io,
                             RegisterService::tr("%1 cannot be created: %2").arg(shown, file.errorString()));
        m_path = file.fileName();
        return {};
    }
    const QString &path() const { return m_path; }
    /// It was renamed to its target: nothing to remove any more.
    void published() { m_path.clear(); }

private:
    QString m_path;
};

} // namespace

Result<ChangeSummary> RegisterService::create(const QString &path, const Filler &fill)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (auto r = store::Database::checkFile(path, store::Database::OpenMode::CreateIfMissing); !r)
        return r.error();
    const QFileInfo target(path);
    if (target.exists() && target.size() > 0)
        return makeError(Error::Code::Conflict, tr("%1 already exists; choose another file name.").arg(shown));

    TemporaryRegister temporary;
    if (auto created = temporary.create(target, shown); !created)
        return created.error();

    ChangeSummary summary;
    {
        auto service = open(temporary.path(), store::Database::OpenMode::CreateIfMissing);
        if (!service)
            return service.error();
        if (fill) {
            auto filled = fill(**service);
            if (!filled)
                return filled.error();
            summary = *filled;
        }
        // Everything must be in the file itself before it is published: a checkpoint that cannot finish (a full
        // disk) would otherwise leave the data in the temporary name's WAL and publish a file without it.
        if (auto checkpointed = (*service)->database().checkpointAll(tr("writing the new register")); !checkpointed)
            return checkpointed.error();
    } // closed
    if (QFileInfo(temporary.path() + QStringLiteral("-wal")).size() > 0)
        return makeError(Error::Code::Io,
                         tr("%1 cannot be created: the new register could not be completed on the disk (is it full?). "
                            "Nothing was created.")
                             .arg(shown));

    // Publish without replacing whatever another program may have created at `path` meanwhile.
    const QByteArray from = QFile::encodeName(temporary.path());
    const QByteArray to = QFile::encodeName(path);
    int result = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    if (result != 0 && errno == EINVAL) { // a file system without RENAME_NOREPLACE: link() refuses to replace too
        result = ::link(from.constData(), to.constData());
        if (result == 0)
            ::unlink(from.constData());
    }
    if (result != 0 && errno == EEXIST) {
        struct stat st { };
        if (::stat(to.constData(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0)
            result = ::rename(from.constData(), to.constData()); // an empty file is not a register: replace it
        else
            return makeError(Error::Code::Conflict,
                             tr("Another program created %1 while this register was being written; it was left as it "
                                "is and nothing was written there.")
                                 .arg(shown));
    }
    if (result != 0)
        return makeError(Error::Code::Io,
                         tr("%1 cannot be created: %2.").arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
    temporary.published();
    exchange::SafeOutput::syncFolder(target.absolutePath()); // published already: a failure here changes nothing
    return summary;
}

RegisterService::State RegisterService::State::build(store::StoredRegister &&stored)
{
    State state;
    state.audit = stored.audit;
    state.elementIds = std::move(stored.elementIds);
    state.groupIds = std::move(stored.groupIds);
    state.elements.reserve(qsizetype(stored.data.elements.size()));
    state.sortedKeys.reserve(qsizetype(stored.data.elements.size()));
    for (Element &e : stored.data.elements) {
        const QString key = e.key;
        state.sortedKeys.append(key);
        state.elements.insert(key, std::move(e));
    }
    std::sort(state.sortedKeys.begin(), state.sortedKeys.end());
    state.dependencies.reserve(qsizetype(stored.data.dependencies.size()));
    state.needs.reserve(qsizetype(stored.data.dependencies.size()));
    state.neededBy.reserve(qsizetype(stored.data.dependencies.size()));
    for (Dependency &d : stored.data.dependencies) {
        const QString id = dependencyId(d.from, d.to);
        state.needs.insert(d.from, d.to);
        state.neededBy.insert(d.to, d.from);
        state.dependencies.insert(id, std::move(d));
    }
    for (RedundancyGroup &g : stored.data.groups) {
        const QString id = groupId(g.element, g.name);
        state.groupNames.insert(g.element, g.name);
        state.groups.insert(id, std::move(g));
    }
    for (Scenario &s : stored.data.scenarios) {
        const QString name = s.name;
        state.scenarios.insert(name, std::move(s));
    }
    for (Record &r : stored.data.records) {
        const QString key = r.key();
        state.records[r.type->token()].insert(key, std::move(r));
    }
    state.contents = std::move(stored.contents);
    return state;
}

RegisterService::RegisterService(std::unique_ptr<store::Database> database, State state, QObject *parent)
    : QObject(parent),
      m_db(std::move(database)),
      m_state(std::move(state))
{ }

RegisterService::~RegisterService() = default;

const Element *RegisterService::element(const QString &key) const
{
    const auto it = m_state.elements.constFind(key);
    return it == m_state.elements.constEnd() ? nullptr : &*it;
}

const RedundancyGroup *RegisterService::group(const QString &element, const QString &name) const
{
    const auto it = m_state.groups.constFind(groupId(element, name));
    return it == m_state.groups.constEnd() ? nullptr : &*it;
}

const Dependency *RegisterService::dependency(const QString &from, const QString &to) const
{
    const auto it = m_state.dependencies.constFind(dependencyId(from, to));
    return it == m_state.dependencies.constEnd() ? nullptr : &*it;
}

std::vector<Dependency> RegisterService::dependenciesOf(const QString &key) const
{
    std::vector<Dependency> list;
    for (auto it = m_state.needs.constFind(key); it != m_state.needs.constEnd() && it.key() == key; ++it) {
        if (const Dependency *d = dependency(key, it.value()))
            list.push_back(*d);
    }
    std::sort(list.begin(), list.end(), [](const Dependency &a, const Dependency &b) { return a.to < b.to; });
    return list;
}

std::vector<Dependency> RegisterService::dependentsOf(const QString &key) const
{
    std::vector<Dependency> list;
    for (auto it = m_state.neededBy.constFind(key); it != m_state.neededBy.constEnd() && it.key() == key; ++it) {
        if (const Dependency *d = dependency(it.value(), key))
            list.push_back(*d);
    }
    std::sort(list.begin(), list.end(), [](const Dependency &a, const Dependency &b) { return a.from < b.from; });
    return list;
}

std::vector<RedundancyGroup> RegisterService::groupsOf(const QString &key) const
{
    std::vector<RedundancyGroup> list;
    for (auto it = m_state.groupNames.constFind(key); it != m_state.groupNames.constEnd() && it.key() == key; ++it) {
        if (const RedundancyGroup *g = group(key, it.value()))
            list.push_back(*g);
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return list;
}

ChangeSet RegisterService::inverse(const ChangeSet &forward) const
{
    using Mode = ChangeSet::Mode;
    ChangeSet back;
    QSet<QString> newElements, restoredElements;
    for (const auto &item : forward.elements) {
        if (const Element *old = element(item.value.key)) {
            if (!restoredElements.contains(old->key)) {
                restoredElements.insert(old->key);
                back.add(*old, Mode::Update);
            }
        } else if (!newElements.contains(item.value.key)) {
            newElements.insert(item.value.key);
            back.removeElements << item.value.key; // takes its dependencies and groups along
        }
    }
    auto isNew = [&](const QString &key) { return newElements.contains(key); };
    QSet<QString> restoredGroups;
    auto restoreGroup = [&](const QString &owner, const QString &name) {
        const QString id = groupId(owner, name);
        if (restoredGroups.contains(id))
            return;
        if (const RedundancyGroup *g = group(owner, name)) {
            restoredGroups.insert(id);
            back.add(*g, Mode::Upsert);
        }
    };
    QSet<QString> newGroupIds;
    std::vector<std::pair<QString, QString>> newGroups;
    for (const auto &item : forward.groups) {
        const RedundancyGroup &g = item.value;
        if (group(g.element, g.name))
            restoreGroup(g.element, g.name);
        else if (!isNew(g.element) && !newGroupIds.contains(groupId(g.element, g.name))) {
            newGroupIds.insert(groupId(g.element, g.name));
            newGroups.emplace_back(g.element, g.name);
        }
    }
    QSet<QString> seenDependencies;
    auto restoreDependency = [&](const Dependency &d) {
        const QString id = dependencyId(d.from, d.to);
        if (seenDependencies.contains(id))
            return;
        seenDependencies.insert(id);
        // Its group may be emptied (and so removed) by the forward change: put the group back first.
        if (!d.group.isEmpty())
            restoreGroup(d.from, d.group);
        back.add(d, Mode::Upsert);
    };
    for (const auto &item : forward.dependencies) {
        const Dependency &d = item.value;
        if (const Dependency *old = dependency(d.from, d.to))
            restoreDependency(*old);
        else if (!isNew(d.from) && !isNew(d.to))
            back.removeDependencies.emplace_back(d.from, d.to);
        // A dependency that leaves a group may empty it: the group comes back with its old members.
        if (const Dependency *old = dependency(d.from, d.to); old && !old->group.isEmpty() && old->group != d.group)
            restoreGroup(old->from, old->group);
    }
    for (const auto &[from, to] : forward.removeDependencies) {
        if (const Dependency *old = dependency(from, to))
            restoreDependency(*old);
    }
    for (const auto &[owner, name] : forward.removeGroups)
        restoreGroup(owner, name);
    for (const QString &key : forward.removeElements) {
        const Element *e = element(key);
        if (!e || restoredElements.contains(key))
            continue;
        restoredElements.insert(key);
        back.add(*e, Mode::Upsert);
        for (const RedundancyGroup &g : groupsOf(key))
            restoreGroup(g.element, g.name);
        for (const auto &list : {dependenciesOf(key), dependentsOf(key)}) {
            for (const Dependency &d : list)
                restoreDependency(d);
        }
    }
    // Groups the forward change creates go last: by then the undo has taken their members out again.
    back.removeGroups.insert(back.removeGroups.end(), newGroups.begin(), newGroups.end());
    QSet<QString> scenarioNames;
    auto restoreScenario = [&](const QString &name) {
        if (scenarioNames.contains(name))
            return;
        scenarioNames.insert(name);
        if (const auto it = m_state.scenarios.constFind(name); it != m_state.scenarios.constEnd())
            back.add(*it, Mode::Upsert);
        else
            back.removeScenarios << name;
    };
    for (const auto &item : forward.scenarios)
        restoreScenario(item.value.name);
    for (const QString &name : forward.removeScenarios)
        restoreScenario(name);
    // Registered tables: the value as it is now, or its removal if it does not exist yet.
    QSet<QString> recordIds;
    auto restoreRecord = [&](const EntityType *type, const QString &key) {
        if (!type || recordIds.contains(type->token() + u':' + key))
            return;
        recordIds.insert(type->token() + u':' + key);
        const auto table = m_state.records.constFind(type->token());
        const auto it
            = table == m_state.records.constEnd() ? QHash<QString, Record>::const_iterator() : table->constFind(key);
        if (table != m_state.records.constEnd() && it != table->constEnd())
            back.add(*it, Mode::Upsert);
        else
            back.removeRecords.emplace_back(type, key);
    };
    for (const auto &item : forward.records)
        restoreRecord(item.value.type, item.value.key());
    for (const auto &[type, key] : forward.removeRecords)
        restoreRecord(type, key);
    return back;
}

RegisterData RegisterService::snapshot() const
{
    RegisterData data;
    Q_ASSERT_X(!m_state.partial, "RegisterService::snapshot", "a partial register (openScoped) has no snapshot");
    if (m_state.partial) {
        qCWarning(lcRegister) << "snapshot() of a partial register: empty";
        return data;
    }
    data.elements.reserve(std::size_t(m_state.elements.size()));
    for (const Element &e : m_state.elements)
        data.elements.push_back(e);
    data.dependencies.reserve(std::size_t(m_state.dependencies.size()));
    for (const Dependency &d : m_state.dependencies)
        data.dependencies.push_back(d);
    for (const RedundancyGroup &g : m_state.groups)
        data.groups.push_back(g);
    for (const Scenario &s : m_state.scenarios)
        data.scenarios.push_back(s);
    for (const auto &table : m_state.records) {
        for (const Record &r : table)
            data.records.push_back(r);
    }
    data.sort();
    return data;
}

Result<QByteArray> RegisterService::content(const QString &sha256) const
{
    return store::RegisterStore::content(*m_db, sha256);
}

Result<RegisterData> RegisterService::snapshotWithContents() const
{
    if (m_state.partial)
        return makeError(Error::Code::Unsupported,
                         tr("Only part of the register was read for this change; it cannot be exported."));
    RegisterData data = snapshot();
    auto contents = store::RegisterStore::contents(*m_db);
    if (!contents)
        return contents.error();
    // Only the content a value names: bytes left behind by an undone addition are not exported.
    QSet<QString> named;
    for (const Record &r : data.records) {
        for (const QString &sha256 : r.type->contentReferences(r.value))
            named.insert(sha256);
    }
    for (auto &[sha256, bytes] : *contents) {
        if (named.contains(sha256))
            data.contents.emplace(sha256, std::move(bytes));
    }
    return data;
}

Result<void> RegisterService::validate(const ChangeSet &changes, Plan &plan, const Actor &actor) const
{
    using Mode = ChangeSet::Mode;
    const Origin none;

    // Elements: each on its own, then identity and mode.
    QHash<QString, const ChangeSet::Item<Element> *> newElements;
    newElements.reserve(qsizetype(changes.elements.size()));
    for (const auto &item : changes.elements) {
        if (auto r = Validation::validateElement(item.value); !r)
            return located(r.error(), item.origin);
        const QString &key = item.value.key;
        if (const auto *first = newElements.value(key))
            return invalid(tr("element '%1' appears twice (also at %2)").arg(key, where(first->origin)),
                           QStringLiteral("key"),
                           item.origin,
                           Error::Code::Conflict);
        const bool exists = m_state.elements.contains(key);
        if (item.mode == Mode::Insert && exists)
            return invalid(
                tr("element '%1' already exists").arg(key), QStringLiteral("key"), item.origin, Error::Code::Conflict);
        if (item.mode == Mode::Update && !exists)
            return invalid(
                tr("there is no element '%1'").arg(key), QStringLiteral("key"), item.origin, Error::Code::NotFound);
        newElements.insert(key, &item);
    }
    QSet<QString> removedElements;
    for (const QString &key : changes.removeElements) {
        if (!m_state.elements.contains(key))
            return invalid(tr("there is no element '%1'").arg(key), QStringLiteral("key"), none, Error::Code::NotFound);
        if (newElements.contains(key))
            return invalid(tr("element '%1' is both removed and changed in the same change").arg(key),
                           QStringLiteral("key"),
                           none,
                           Error::Code::Conflict);
        removedElements.insert(key);
    }
    auto existsAfter = [&](const QString &key) {
        return newElements.contains(key) || (m_state.elements.contains(key) && !removedElements.contains(key));
    };

    // Groups.
    QHash<QString, const ChangeSet::Item<RedundancyGroup> *> newGroups;
    for (const auto &item : changes.groups) {
        const RedundancyGroup &g = item.value;
        if (auto r = Validation::validateGroup(g); !r)
            return located(r.error(), item.origin);
        if (!existsAfter(g.element))
            return invalid(tr("there is no element '%1' to own group '%2'").arg(g.element, g.name),
                           QStringLiteral("element"),
                           item.origin,
                           Error::Code::NotFound);
        const QString id = groupId(g.element, g.name);
        if (const auto *first = newGroups.value(id))
            return invalid(
                tr("group '%1' of '%2' appears twice (also at %3)").arg(g.name, g.element, where(first->origin)),
                QStringLiteral("name"),
                item.origin,
                Error::Code::Conflict);
        const bool exists = m_state.groups.contains(id) && !removedElements.contains(g.element);
        if (item.mode == Mode::Insert && exists)
            return invalid(tr("element '%1' already has a group '%2'").arg(g.element, g.name),
                           QStringLiteral("name"),
                           item.origin,
                           Error::Code::Conflict);
        if (item.mode == Mode::Update && !exists)
            return invalid(tr("element '%1' has no group '%2'").arg(g.element, g.name),
                           QStringLiteral("name"),
                           item.origin,
                           Error::Code::NotFound);
        newGroups.insert(id, &item);
    }
    QSet<QString> removedGroups;
    QSet<QString> explicitlyRemovedGroups;
    for (const auto &[element, name] : changes.removeGroups) {
        const QString id = groupId(element, name);
        if (!m_state.groups.contains(id))
            return invalid(tr("element '%1' has no group '%2'").arg(element, name),
                           QStringLiteral("name"),
                           none,
                           Error::Code::NotFound);
        if (newGroups.contains(id))
            return invalid(tr("group '%1' of '%2' is both removed and changed in the same change").arg(name, element),
                           QStringLiteral("name"),
                           none,
                           Error::Code::Conflict);
        removedGroups.insert(id);
        explicitlyRemovedGroups.insert(id);
    }
    for (const QString &key : std::as_const(removedElements)) { // the groups of each removed element (its own list)
        for (auto it = m_state.groupNames.constFind(key); it != m_state.groupNames.constEnd() && it.key() == key; ++it)
            removedGroups.insert(groupId(key, it.value()));
    }
    auto groupAfter = [&](const QString &id) -> const RedundancyGroup * {
        if (const auto *item = newGroups.value(id))
            return &item->value;
        if (removedGroups.contains(id))
            return nullptr;
        const auto it = m_state.groups.constFind(id);
        return it == m_state.groups.constEnd() ? nullptr : &*it;
    };

    // Dependencies.
    QHash<QString, const ChangeSet::Item<Dependency> *> newDependencies;
    newDependencies.reserve(qsizetype(changes.dependencies.size()));
    for (const auto &item : changes.dependencies) {
        const Dependency &d = item.value;
        if (auto r = Validation::validateDependency(d); !r)
            return located(r.error(), item.origin);
        if (!existsAfter(d.from))
            return invalid(
                tr("there is no element '%1'").arg(d.from), QStringLiteral("from"), item.origin, Error::Code::NotFound);
        if (!existsAfter(d.to))
            return invalid(
                tr("there is no element '%1'").arg(d.to), QStringLiteral("to"), item.origin, Error::Code::NotFound);
        if (!d.group.isEmpty() && !groupAfter(groupId(d.from, d.group)))
            return invalid(
                tr("element '%1' has no redundancy group '%2'; define it in the groups").arg(d.from, d.group),
                QStringLiteral("group"),
                item.origin,
                Error::Code::NotFound);
        const QString id = dependencyId(d.from, d.to);
        if (const auto *first = newDependencies.value(id))
            return invalid(
                tr("the dependency %1 -> %2 appears twice (also at %3)").arg(d.from, d.to, where(first->origin)),
                QStringLiteral("to"),
                item.origin,
                Error::Code::Conflict);
        const bool exists
            = m_state.dependencies.contains(id) && !removedElements.contains(d.from) && !removedElements.contains(d.to);
        if (item.mode == Mode::Insert && exists)
            return invalid(tr("'%1' already depends on '%2'").arg(d.from, d.to),
                           QStringLiteral("to"),
                           item.origin,
                           Error::Code::Conflict);
        if (item.mode == Mode::Update && !exists)
            return invalid(tr("'%1' does not depend on '%2'").arg(d.from, d.to),
                           QStringLiteral("to"),
                           item.origin,
                           Error::Code::NotFound);
        newDependencies.insert(id, &item);
    }
    QSet<QString> removedDependencies;
    for (const auto &[from, to] : changes.removeDependencies) {
        const QString id = dependencyId(from, to);
        if (!m_state.dependencies.contains(id))
            return invalid(
                tr("'%1' does not depend on '%2'").arg(from, to), QStringLiteral("to"), none, Error::Code::NotFound);
        if (newDependencies.contains(id))
            return invalid(tr("the dependency %1 -> %2 is both removed and changed in the same change").arg(from, to),
                           QStringLiteral("to"),
                           none,
                           Error::Code::Conflict);
        removedDependencies.insert(id);
    }
    for (const QString &key : std::as_const(removedElements)) {
        for (auto it = m_state.needs.constFind(key); it != m_state.needs.constEnd() && it.key() == key; ++it)
            removedDependencies.insert(dependencyId(key, it.value()));
        for (auto it = m_state.neededBy.constFind(key); it != m_state.neededBy.constEnd() && it.key() == key; ++it)
            removedDependencies.insert(dependencyId(it.value(), key));
    }

    // Redundancy groups: k between 1 and the number of members, counted on the register as it will be.
    QSet<QString> touchedGroups = removedGroups;
    for (auto it = newGroups.constBegin(); it != newGroups.constEnd(); ++it)
        touchedGroups.insert(it.key());
    for (const auto *item : std::as_const(newDependencies)) {
        if (!item->value.group.isEmpty())
            touchedGroups.insert(groupId(item->value.from, item->value.group));
        if (const Dependency *old = dependency(item->value.from, item->value.to); old && !old->group.isEmpty())
            touchedGroups.insert(groupId(old->from, old->group));
    }
    for (const QString &id : std::as_const(removedDependencies)) {
        const Dependency &old = m_state.dependencies[id];
        if (!old.group.isEmpty())
            touchedGroups.insert(groupId(old.from, old.group));
    }
    QSet<QString> emptiedGroups; // existing groups that lose their last member: removed with it
    if (!touchedGroups.isEmpty()) {
        QHash<QString, qsizetype> members;
        QHash<QString, Origin> memberOrigin;
        // The members that stay, counted over the dependencies of each touched group's owner (not the whole
        // register: a group's members are dependencies of its owner). Keys cannot hold '#' (Validation::isValidKey).
        QSet<QString> owners;
        for (const QString &id : std::as_const(touchedGroups))
            owners.insert(id.left(id.indexOf(u'#')));
        for (const QString &owner : std::as_const(owners)) {
            for (auto it = m_state.needs.constFind(owner); it != m_state.needs.constEnd() && it.key() == owner; ++it) {
                const QString id = dependencyId(owner, it.value());
                const auto d = m_state.dependencies.constFind(id);
                if (d != m_state.dependencies.constEnd() && !d->group.isEmpty() && !removedDependencies.contains(id)
                    && !newDependencies.contains(id))
                    ++members[groupId(owner, d->group)];
            }
        }
        for (const auto *item : std::as_const(newDependencies)) {
            if (!item->value.group.isEmpty()) {
                const QString id = groupId(item->value.from, item->value.group);
                ++members[id];
                memberOrigin.insert(id, item->origin);
            }
        }
        QStringList touchedInOrder = touchedGroups.values();
        touchedInOrder.sort(); // the first problem reported does not depend on hashing
        for (const QString &id : std::as_const(touchedInOrder)) {
            const qsizetype count = members.value(id);
            if (removedGroups.contains(id)) {
                if (count > 0 && explicitlyRemovedGroups.contains(id)) {
                    const RedundancyGroup &g = m_state.groups[id];
                    return invalid(tr("group '%1' of '%2' still has %Ln member(s); take them out of the group first",
                                      nullptr,
                                      int(count))
                                       .arg(g.name, g.element),
                                   QStringLiteral("name"),
                                   none,
                                   Error::Code::Conflict);
                }
                continue;
            }
            const RedundancyGroup *g = groupAfter(id);
            if (!g)
                continue;
            const auto *item = newGroups.value(id);
            const Origin origin = item ? item->origin : memberOrigin.value(id);
            if (count == 0) {
                if (item)
                    return invalid(tr("group '%1' of '%2' has no members: give at least %Ln dependency of '%2' the "
                                      "group '%1'",
                                      nullptr,
                                      g->minUp)
                                       .arg(g->name, g->element),
                                   QStringLiteral("min_up"),
                                   origin);
                emptiedGroups.insert(id);
            } else if (count < g->minUp) {
                return invalid(tr("group '%1' of '%2' needs %3 up but has only %Ln member(s)", nullptr, int(count))
                                   .arg(g->name, g->element)
                                   .arg(tr("%Ln member(s)", nullptr, g->minUp)),
                               QStringLiteral("min_up"),
                               origin);
            }
        }
    }
    removedGroups.unite(emptiedGroups);

    // Scenarios: the elements they fail must exist when they are saved (a later removal leaves them to report).
    QHash<QString, const ChangeSet::Item<Scenario> *> newScenarios;
    for (const auto &item : changes.scenarios) {
        const Scenario &sc = item.value;
        if (auto r = Validation::validateScenario(sc); !r)
            return located(r.error(), item.origin);
        for (const QString &key : sc.fail) {
            if (!existsAfter(key))
                return invalid(tr("scenario '%1' fails '%2', but there is no element '%2'").arg(sc.name, key),
                               QStringLiteral("fail"),
                               item.origin,
                               Error::Code::NotFound);
        }
        if (const auto *first = newScenarios.value(sc.name))
            return invalid(tr("scenario '%1' appears twice (also at %2)").arg(sc.name, where(first->origin)),
                           QStringLiteral("name"),
                           item.origin,
                           Error::Code::Conflict);
        const bool exists = m_state.scenarios.contains(sc.name);
        if (item.mode == Mode::Insert && exists)
            return invalid(tr("scenario '%1' already exists").arg(sc.name),
                           QStringLiteral("name"),
                           item.origin,
                           Error::Code::Conflict);
        if (item.mode == Mode::Update && !exists)
            return invalid(tr("there is no scenario '%1'").arg(sc.name),
                           QStringLiteral("name"),
                           item.origin,
                           Error::Code::NotFound);
        newScenarios.insert(sc.name, &item);
    }
    for (const QString &name : changes.removeScenarios) {
        if (!m_state.scenarios.contains(name))
            return invalid(
                tr("there is no scenario '%1'").arg(name), QStringLiteral("name"), none, Error::Code::NotFound);
        if (newScenarios.contains(name))
            return invalid(tr("scenario '%1' is both removed and changed in the same change").arg(name),
                           QStringLiteral("name"),
                           none,
                           Error::Code::Conflict);
    }

    // Registered tables: the value's own rules, the elements it names must exist when it is saved (as scenarios),
    // one value per key in a change, and the mode.
    auto recordExists = [this](const EntityType *type, const QString &key) {
        const auto table = m_state.records.constFind(type->token());
        return table != m_state.records.constEnd() && table->contains(key);
    };
    QHash<QString, const ChangeSet::Item<Record> *> newRecords;
    for (const auto &item : changes.records) {
        const Record &r = item.value;
        if (!r.type || !EntityRegistry::types().contains(r.type))
            return invalid(tr("a value of a table that is not registered"), QString(), item.origin);
        if (auto v = r.type->validate(r.value); !v)
            return located(v.error(), item.origin);
        const QString key = r.key();
        for (const auto &[field, element] : r.type->elementReferences(r.value)) {
            if (!existsAfter(element))
                return invalid(tr("%1 '%2' names '%3', but there is no element '%3'").arg(r.type->name(), key, element),
                               field,
                               item.origin,
                               Error::Code::NotFound);
        }
        const QString id = r.type->token() + u':' + key;
        if (const auto *first = newRecords.value(id))
            return invalid(tr("%1 '%2' appears twice (also at %3)").arg(r.type->name(), key, where(first->origin)),
                           r.type->keyField(),
                           item.origin,
                           Error::Code::Conflict);
        const bool exists = recordExists(r.type, key);
        if (item.mode == Mode::Insert && exists)
            return invalid(tr("%1 '%2' already exists").arg(r.type->name(), key),
                           r.type->keyField(),
                           item.origin,
                           Error::Code::Conflict);
        if (item.mode == Mode::Update && !exists)
            return invalid(tr("there is no %1 '%2'").arg(r.type->name(), key),
                           r.type->keyField(),
                           item.origin,
                           Error::Code::NotFound);
        newRecords.insert(id, &item);
    }
    for (const auto &[type, key] : changes.removeRecords) {
        if (!type || !recordExists(type, key))
            return invalid(tr("there is no %1 '%2'").arg(type ? type->name() : QString(), key),
                           type ? type->keyField() : QString(),
                           none,
                           Error::Code::NotFound);
        if (newRecords.contains(type->token() + u':' + key))
            return invalid(tr("%1 '%2' is both removed and changed in the same change").arg(type->name(), key),
                           type->keyField(),
                           none,
                           Error::Code::Conflict);
    }

    // Stored content: each hash is the SHA-256 of its bytes, and every content a value names is in the change or
    // already in the register.
    for (auto it = changes.contents.constBegin(); it != changes.contents.constEnd(); ++it) {
        const QString actual
            = QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex());
        if (actual != it.key())
            return invalid(
                tr("stored content %1 does not match its SHA-256 (its bytes hash to %2)").arg(it.key(), actual),
                QStringLiteral("sha256"),
                none,
                Error::Code::Invalid);
    }
    for (const auto &item : changes.records) {
        for (const QString &sha256 : item.value.type->contentReferences(item.value.value)) {
            if (!changes.contents.contains(sha256) && !m_state.contents.contains(sha256))
                return invalid(tr("%1 '%2' names stored content %3, which is neither in the change nor in the register")
                                   .arg(item.value.type->name(), item.value.key(), sha256),
                               QStringLiteral("sha256"),
                               item.origin,
                               Error::Code::NotFound);
        }
    }

    // Register rules (a frozen assessment, four eyes): asked once with every change of a registered table.
    if (!changes.records.empty() || !changes.removeRecords.empty()) {
        class Lookup : public RecordLookup
        {
        public:
            explicit Lookup(const State &state) : m_state(state) { }
            const Record *find(const EntityType &type, const QString &key) const override
            {
                const auto table = m_state.records.constFind(type.token());
                if (table == m_state.records.constEnd())
                    return nullptr;
                const auto it = table->constFind(key);
                return it == table->constEnd() ? nullptr : &*it;
            }

        private:
            const State &m_state;
        };
        const Lookup lookup(m_state);
        std::vector<RecordChange> recordChanges;
        recordChanges.reserve(changes.records.size() + changes.removeRecords.size());
        for (const auto &item : changes.records) {
            const Record *before = lookup.find(*item.value.type, item.value.key());
            if (!before || !(*before == item.value)) // a value written again unchanged is no change (an import)
                recordChanges.push_back({item.value.type, item.value.key(), before, &item.value});
        }
        for (const auto &[type, key] : changes.removeRecords)
            recordChanges.push_back({type, key, lookup.find(*type, key), nullptr});
        for (const RegisterRule &rule : shippedRules()) {
            if (auto r = rule(recordChanges, lookup, actor); !r)
                return r;
        }
    }

    // The plan, in write order, with counts.
    ChangeSummary &s = plan.summary;
    for (const QString &id : std::as_const(removedDependencies))
        plan.removedDependencies.push_back(m_state.dependencies[id]);
    for (const auto &item : changes.elements) {
        const auto it = m_state.elements.constFind(item.value.key);
        if (it == m_state.elements.constEnd()) {
            plan.elements.push_back({Plan::Op::Add, Plan::indexOf(changes.elements, item), {}});
            ++s.elements.added;
            s.addedElements << item.value.key;
        } else if (*it == item.value) {
            ++s.elements.unchanged;
        } else {
            plan.elements.push_back(
                {Plan::Op::Change, Plan::indexOf(changes.elements, item), std::make_shared<const Element>(*it)});
            ++s.elements.changed;
            s.changedElements << item.value.key;
        }
    }
    for (const auto &item : changes.groups) {
        const auto it = m_state.groups.constFind(groupId(item.value.element, item.value.name));
        if (it == m_state.groups.constEnd()) {
            plan.groups.push_back({Plan::Op::Add, Plan::indexOf(changes.groups, item), {}});
            ++s.groups.added;
        } else if (*it == item.value) {
            ++s.groups.unchanged;
        } else {
            plan.groups.push_back(
                {Plan::Op::Change, Plan::indexOf(changes.groups, item), std::make_shared<const RedundancyGroup>(*it)});
            ++s.groups.changed;
        }
    }
    for (const auto &item : changes.dependencies) {
        const auto it = m_state.dependencies.constFind(dependencyId(item.value.from, item.value.to));
        if (it == m_state.dependencies.constEnd()) {
            plan.dependencies.push_back({Plan::Op::Add, Plan::indexOf(changes.dependencies, item), {}});
            ++s.dependencies.added;
        } else if (*it == item.value) {
            ++s.dependencies.unchanged;
        } else {
            plan.dependencies.push_back(
                {Plan::Op::Change, Plan::indexOf(changes.dependencies, item), std::make_shared<const Dependency>(*it)});
            ++s.dependencies.changed;
        }
    }
    for (const auto &item : changes.scenarios) {
        Scenario sc = item.value;
        sc.fail.sort();
        sc.fail.removeDuplicates();
        const auto it = m_state.scenarios.constFind(sc.name);
        if (it == m_state.scenarios.constEnd()) {
            plan.scenarios.push_back({Plan::Op::Add, sc, {}});
            ++s.scenarios.added;
        } else if (*it == sc) {
            ++s.scenarios.unchanged;
        } else {
            plan.scenarios.push_back({Plan::Op::Change, sc, *it});
            ++s.scenarios.changed;
        }
    }
    for (const QString &name : changes.removeScenarios)
        plan.removedScenarios.push_back(m_state.scenarios[name]);
    s.scenarios.removed = qsizetype(plan.removedScenarios.size());
    for (const auto &item : changes.records) {
        const Record &r = item.value;
        ChangeCounts &counts = s.records[r.type->token()];
        const auto table = m_state.records.constFind(r.type->token());
        const auto it = table == m_state.records.constEnd() ? QHash<QString, Record>::const_iterator()
                                                            : table->constFind(r.key());
        if (table == m_state.records.constEnd() || it == table->constEnd()) {
            plan.records.push_back({Plan::Op::Add, r, {}});
            ++counts.added;
        } else if (*it == r) {
            ++counts.unchanged;
        } else {
            plan.records.push_back({Plan::Op::Change, r, *it});
            ++counts.changed;
        }
    }
    for (const auto &[type, key] : changes.removeRecords) {
        plan.removedRecords.push_back(m_state.records[type->token()][key]);
        ++s.records[type->token()].removed;
    }
    for (auto it = changes.contents.constBegin(); it != changes.contents.constEnd(); ++it) {
        if (!m_state.contents.contains(it.key()))
            plan.newContents << it.key();
    }
    plan.newContents.sort();
    for (const QString &id : std::as_const(removedGroups))
        plan.removedGroups.push_back(m_state.groups[id]);
    for (const QString &key : std::as_const(removedElements)) {
        plan.removedElements.push_back(m_state.elements[key]);
        s.removedElements << key;
    }
    s.dependencies.removed = qsizetype(plan.removedDependencies.size());
    s.groups.removed = qsizetype(plan.removedGroups.size());
    s.elements.removed = qsizetype(plan.removedElements.size());
    // Stable order for messages, audit entries and tests.
    std::sort(plan.removedDependencies.begin(), plan.removedDependencies.end(), [](const auto &a, const auto &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    std::sort(plan.removedGroups.begin(), plan.removedGroups.end(), [](const auto &a, const auto &b) {
        return a.element != b.element ? a.element < b.element : a.name < b.name;
    });
    std::sort(plan.removedElements.begin(), plan.removedElements.end(), [](const auto &a, const auto &b) {
        return a.key < b.key;
    });
    s.removedElements.sort();
    return {};
}

Result<RegisterService::PreparedChange> RegisterService::prepare(const ChangeSet &changes) const
{
    if (m_stale)
        return makeError(Error::Code::Conflict,
                         tr("The register was written and is not held in memory any more; open it again."));
    auto plan = std::make_shared<Plan>();
    plan->reserve(changes);
    if (auto r = validate(changes, *plan, Actor::current()); !r)
        return r.error();
    plan->sizes = Plan::sizesOf(changes);
    PreparedChange prepared;
    prepared.head = m_state.audit;
    prepared.summary = plan->summary;
    prepared.summary.dryRun = true;
    prepared.plan = std::move(plan);
    return prepared;
}

bool RegisterService::fitsScope(const ChangeSet &changes) const
{
    if (!m_scope)
        return true;
    if (!scopable(changes))
        return false;
    const QSet<QString> scope = namedKeys(*m_scope);
    const QSet<QString> keys = namedKeys(changes);
    const QSet<QString> removedScope(m_scope->removeElements.begin(), m_scope->removeElements.end());
    const QSet<QString> removed(changes.removeElements.begin(), changes.removeElements.end());
    return scope.contains(keys) && removedScope.contains(removed);
}

bool RegisterService::isCurrent(const PreparedChange &prepared) const
{
    return prepared.plan && prepared.head.seq == m_state.audit.seq && prepared.head.hash == m_state.audit.hash;
}

Result<ChangeSummary> RegisterService::apply(
    const ChangeSet &changes, const Actor &actor, bool dryRun, Feedback *feedback, const PreparedChange *prepared)
{
    Plan plan;
    QElapsedTimer timer;
    timer.start();
    // From here until the write is done the caller may process events (a large write's progress dialog): the window
    // must not read the register again or replace the service meanwhile.
    if (m_writing) // reached from the events a large write processes while it runs (the service is on the stack)
        return makeError(Error::Code::Conflict,
                         tr("Another change is still being written to the register; try again when it is done."));
    if (m_scope && !fitsScope(changes))
        return makeError(Error::Code::Unsupported,
                         tr("This change names rows that were not read for it; open the whole register to make it."));
    m_writing = true;
    const auto writingEnds = qScopeGuard([this] { m_writing = false; });
    if (m_stale) { // an earlier write left the register to the file: read it again
        auto stored = store::RegisterStore::load(*m_db, feedback);
        if (!stored)
            return stored.error();
        m_state = State::build(std::move(*stored));
        m_stale = false;
    }
    // A prepared plan names the values of the change set it was made from by their place in its lists.
    if (prepared && isCurrent(*prepared) && prepared->plan->sizes == Plan::sizesOf(changes)) {
        plan = *prepared->plan; // validated against this very register state (on a worker)
    } else {
        plan.reserve(changes);
        if (auto r = runAside(feedback, [&] { return validate(changes, plan, actor); }); !r) {
            // A large change is validated on a helper thread (it only reads the register, which nothing changes
            // meanwhile) so that the window repaints; 20,000 elements take about 25 ms.
            return r.error();
        }
    }
    qCDebug(lcRegister) << "validated in" << timer.elapsed() << "ms";
    if (feedback) { // a large change: its progress shows (and the window repaints) before the first row is written
        if (feedback->isCanceled())
            return makeError(Error::Code::Canceled, tr("The change was canceled; nothing was written."));
        feedback->setProgress(0);
    }
    plan.summary.dryRun = dryRun;
    if (dryRun || plan.summary.isEmpty())
        return plan.summary;
    if (m_db->isReadOnly())
        return makeError(Error::Code::Io,
                         tr("%1 was opened read-only; nothing was written.").arg(QDir::toNativeSeparators(path())));
    // Issue 12: a register file deleted or replaced while open still takes writes through the connection, and they
    // vanish with it when the program ends. Refused before anything is written.
    if (auto r = m_db->checkFileIdentity(); !r) {
        Q_EMIT writeFailed(r.error());
        return r.error();
    }
    if (auto r = write(changes, plan, actor, feedback); !r) {
        if (r.error().code != Error::Code::Canceled) // a cancel is the user's choice, not a failure
            Q_EMIT writeFailed(r.error());
        return r.error();
    }
    Q_EMIT changed(plan.summary);
    return plan.summary;
}

Result<void> RegisterService::saveCopy(const QString &target) const
{
    const QString shown = QDir::toNativeSeparators(target);
    const QFileInfo info(target);
    if (info.exists() && QFileInfo(path()).exists()
        && info.canonicalFilePath() == QFileInfo(path()).canonicalFilePath())
        return makeError(Error::Code::Conflict,
                         tr("%1 is the register file itself; choose another file name.").arg(shown));
    if (info.isDir())
        return makeError(Error::Code::Unsupported, tr("%1 is a folder, not a register file.").arg(shown));
    // SQLite fills the empty temporary file, then it is renamed.
    TemporaryRegister temporary;
    if (auto created = temporary.create(info, shown); !created)
        return created;
    if (auto r = m_db->copyInto(temporary.path()); !r)
        return r;
    const QByteArray from = QFile::encodeName(temporary.path());
    if (const int fd = ::open(from.constData(), O_RDONLY); fd >= 0) {
        const int synced = ::fsync(fd);
        const int error = errno;
        ::close(fd);
        if (synced != 0)
            return makeError(Error::Code::Io,
                             tr("%1 cannot be written: %2.").arg(shown, QString::fromLocal8Bit(std::strerror(error))));
    }
    // A register replaced at `target` goes with SQLite's files beside it, which belong to the old contents.
    if (info.exists()) {
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
    }
    if (::rename(from.constData(), QFile::encodeName(target).constData()) != 0)
        return makeError(Error::Code::Io,
                         tr("%1 cannot be written: %2.").arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
    temporary.published();
    exchange::SafeOutput::syncFolder(info.absolutePath());
    return {};
}

qint64 RegisterService::dataVersion() const
{
    return m_db->dataVersion();
}

Result<std::optional<RegisterService::State>> RegisterService::catchUp()
{
    auto last = store::RegisterStore::auditHead(*m_db);
    if (!last)
        return last.error();
    auto recorded = store::AuditLog::storedHead(*m_db);
    if (!recorded)
        return recorded.error();
    // The register records where its trail ends. Appending after a trail whose newest entries were cut would hide the
    // cut for ever, so a write is refused until the register is checked.
    if ((recorded->present && (recorded->hash != last->hash || recorded->count != last->seq))
        || (!recorded->present && last->seq > 0))
        return makeError(Error::Code::Tampered,
                         tr("The audit trail does not end where the register recorded it: entries were removed or "
                            "replaced outside Bulwark. Nothing was written. Run 'bulwark verify' and restore the "
                            "register from a backup."));
    if (last->seq == m_state.audit.seq && last->hash == m_state.audit.hash)
        return std::optional<State>();
    // Another program wrote since the register was read: read it again, inside this transaction (which holds the
    // write lock, so nothing changes while it is read).
    qCInfo(lcRegister) << "the register was changed by another program; reading it again";
    if (m_scope) { // a partial state: the same rows again
        auto scoped = State::loadScoped(*m_db, *m_scope);
        if (!scoped)
            return scoped.error();
        std::optional<State> before(std::move(m_state));
        m_state = std::move(*scoped);
        return before;
    }
    auto stored = store::RegisterStore::load(*m_db);
    if (!stored)
        return stored.error();
    std::optional<State> before(std::move(m_state));
    m_state = State::build(std::move(*stored));
    return before;
}

QStringList RegisterService::conflicts(const ChangeSet &changes, const State &before) const
{
    // A change set carries whole values built from what the caller read: written over a value another program has
    // changed since, it would silently undo that change. So every value it touches must be as it was read.
    QStringList found;
    auto differs = [](const auto &was, const auto &now, const QString &id) {
        const auto a = was.constFind(id);
        const auto b = now.constFind(id);
        if ((a == was.constEnd()) != (b == now.constEnd()))
            return true;
        return a != was.constEnd() && !(*a == *b);
    };
    auto check = [&](const auto &was, const auto &now, const QString &id, const QString &shown) {
        if (differs(was, now, id) && !found.contains(shown))
            found << shown;
    };
    for (const auto &item : changes.elements)
        check(before.elements, m_state.elements, item.value.key, item.value.key);
    for (const QString &key : changes.removeElements)
        check(before.elements, m_state.elements, key, key);
    for (const auto &item : changes.dependencies) {
        const QString id = dependencyId(item.value.from, item.value.to);
        check(before.dependencies,
              m_state.dependencies,
              id,
              tr("the dependency %1 -> %2").arg(item.value.from, item.value.to));
    }
    for (const auto &[from, to] : changes.removeDependencies)
        check(before.dependencies,
              m_state.dependencies,
              dependencyId(from, to),
              tr("the dependency %1 -> %2").arg(from, to));
    for (const auto &item : changes.groups) {
        const QString id = groupId(item.value.element, item.value.name);
        check(before.groups, m_state.groups, id, tr("the group %1 of %2").arg(item.value.name, item.value.element));
    }
    for (const auto &[element, name] : changes.removeGroups)
        check(before.groups, m_state.groups, groupId(element, name), tr("the group %1 of %2").arg(name, element));
    for (const auto &item : changes.scenarios)
        check(before.scenarios, m_state.scenarios, item.value.name, tr("the scenario %1").arg(item.value.name));
    for (const QString &name : changes.removeScenarios)
        check(before.scenarios, m_state.scenarios, name, tr("the scenario %1").arg(name));
    auto checkRecord = [&](const EntityType *type, const QString &key) {
        if (type)
            check(before.records.value(type->token()),
                  m_state.records.value(type->token()),
                  key,
                  tr("the %1 %2").arg(type->name(), key));
    };
    for (const auto &item : changes.records)
        checkRecord(item.value.type, item.value.key());
    for (const auto &[type, key] : changes.removeRecords)
        checkRecord(type, key);
    return found;
}

Result<bool> RegisterService::isOutdated()
{
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    auto last = store::RegisterStore::auditHead(*m_db);
    if (!last)
        return last.error();
    return last->seq != m_state.audit.seq || last->hash != m_state.audit.hash;
}

void RegisterService::updateState(State &state,
                                  Plan &plan,
                                  const ChangeSet &changes,
                                  const QHash<QString, qint64> &newElementIds,
                                  const QHash<QString, qint64> &newGroupIds)
{
    for (const Dependency &d : plan.removedDependencies) {
        state.dependencies.remove(dependencyId(d.from, d.to));
        state.needs.remove(d.from, d.to);
        state.neededBy.remove(d.to, d.from);
    }
    auto added = [](const auto &steps) {
        return qsizetype(
            std::count_if(steps.cbegin(), steps.cend(), [](const auto &step) { return step.op == Plan::Op::Add; }));
    };
    // The values are copied from the change set (their texts are shared, not copied).
    QStringList addedKeys;
    addedKeys.reserve(added(plan.elements));
    state.elements.reserve(state.elements.size() + addedKeys.capacity());
    for (const auto &step : plan.elements) {
        const Element &value = changes.elements[step.item].value;
        if (step.op == Plan::Op::Add)
            addedKeys.append(value.key);
        state.elements.insert(value.key, value);
    }
    // The new keys (none of them is in the register yet) go into the sorted keys in one merge.
    std::sort(addedKeys.begin(), addedKeys.end());
    const qsizetype kept = state.sortedKeys.size();
    state.sortedKeys.append(addedKeys);
    std::inplace_merge(state.sortedKeys.begin(), state.sortedKeys.begin() + kept, state.sortedKeys.end());
    state.elementIds.reserve(state.elementIds.size() + newElementIds.size());
    for (auto it = newElementIds.constBegin(); it != newElementIds.constEnd(); ++it)
        state.elementIds.insert(it.key(), it.value());
    for (const auto &step : plan.groups) {
        const RedundancyGroup &value = changes.groups[step.item].value;
        const QString id = groupId(value.element, value.name);
        if (!state.groups.contains(id))
            state.groupNames.insert(value.element, value.name);
        state.groups.insert(id, value);
    }
    for (auto it = newGroupIds.constBegin(); it != newGroupIds.constEnd(); ++it)
        state.groupIds.insert(it.key(), it.value());
    if (const qsizetype more = added(plan.dependencies); more > 0) {
        state.dependencies.reserve(state.dependencies.size() + more);
        state.needs.reserve(state.needs.size() + more);
        state.neededBy.reserve(state.neededBy.size() + more);
    }
    for (const auto &step : plan.dependencies) {
        const Dependency &value = changes.dependencies[step.item].value;
        const QString id = dependencyId(value.from, value.to);
        if (step.op == Plan::Op::Add) { // not in the register yet
            state.needs.insert(value.from, value.to);
            state.neededBy.insert(value.to, value.from);
        }
        state.dependencies.insert(id, value);
    }
    for (const RedundancyGroup &g : plan.removedGroups) {
        state.groupNames.remove(g.element, g.name);
        state.groups.remove(groupId(g.element, g.name));
        state.groupIds.remove(groupId(g.element, g.name));
    }
    for (const Element &e : plan.removedElements) {
        state.elements.remove(e.key);
        state.elementIds.remove(e.key);
        const auto slot = std::lower_bound(state.sortedKeys.begin(), state.sortedKeys.end(), e.key);
        if (slot != state.sortedKeys.end() && *slot == e.key)
            state.sortedKeys.erase(slot);
    }
    for (auto &step : plan.scenarios) {
        const QString name = step.value.name;
        state.scenarios.insert(name, std::move(step.value));
    }
    for (const Scenario &sc : plan.removedScenarios)
        state.scenarios.remove(sc.name);
    for (auto &step : plan.records) {
        const QString key = step.value.key();
        state.records[step.value.type->token()].insert(key, std::move(step.value));
    }
    for (const Record &removed : plan.removedRecords)
        state.records[removed.type->token()].remove(removed.key());
    for (const QString &sha256 : std::as_const(plan.newContents))
        state.contents.insert(sha256);
}

Result<void> RegisterService::write(const ChangeSet &changes, Plan &plan, const Actor &actor, Feedback *feedback)
{
    store::Transaction transaction(m_db->connection());
    if (auto r = transaction.begin(); !r)
        return r;
    // The write lock is held from here on. What the plan was checked against may be out of date if another program
    // wrote meanwhile: then the register is read again and the change checked again against it (once; nobody else
    // can write now).
    auto caughtUp = catchUp();
    if (!caughtUp)
        return caughtUp.error();
    if (*caughtUp) {
        QTimer::singleShot(0, this, [this] { Q_EMIT reloaded(); });
        if (const QStringList changed = conflicts(changes, **caughtUp); !changed.isEmpty()) {
            const int shown = 5;
            QString list = changed.mid(0, shown).join(QStringLiteral(", "));
            if (changed.size() > shown)
                list += tr(" and %Ln more", nullptr, int(changed.size() - shown));
            return makeError(
                Error::Code::Conflict,
                tr("The register was changed by another program since it was read, and that program changed "
                   "what this change would overwrite: %1. Nothing was written; look at it again and retry.")
                    .arg(list));
        }
        plan = Plan();
        if (auto r = validate(changes, plan, actor); !r) {
            Error error = r.error();
            error.message = tr("The register was changed by another program since it was read, and this change no "
                               "longer fits it: %1 Nothing was written; look at the register again and retry.")
                                .arg(error.message);
            return error;
        }
        if (plan.summary.isEmpty())
            return {};
    }
    // A large change (an import) touches far more pages than the page cache holds (64 MB): SQLite would write pages
    // out to the WAL and read them back while the indexes grow. It gets a larger cache for this transaction only.
    const std::size_t steps = plan.elements.size() + plan.groups.size() + plan.dependencies.size();
    const bool large = steps >= largeWrite;
    if (large)
        (void)m_db->execute(QStringLiteral("PRAGMA cache_size = -%1").arg(largeWriteCacheKib), QString());
    const auto cacheBack = qScopeGuard([this, large] {
        if (large)
            (void)m_db->execute(QStringLiteral("PRAGMA cache_size = -65536"), QString());
    });
    // A large write that removes no element or group and at least doubles the trail (an import into a new or small
    // register): the secondary indexes and the triggers of those tables are dropped now and made again just before
    // the commit, in this transaction. SQLite builds an index by sorting, far faster than millions of inserts at
    // random places of B-trees larger than the page cache, and no trigger runs once per row (issue 16: a
    // 1,000,000-element import). Their SQL is read from the file and run again as it was; a rollback (error, cancel,
    // crash) restores them with everything else. What the triggers would have done (drop the stored analysis
    // snapshot) is done once here.
    QStringList rebuiltIndexes;
    if (large && plan.removedElements.empty() && plan.removedGroups.empty() && qint64(steps) >= m_state.audit.seq) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND "
                                   "sql IS NOT NULL AND tbl_name IN ('element', 'dependency', 'redundancy_group', "
                                   "'audit_entry') ORDER BY type, name")))
            return store::Database::databaseError(tr("writing the register"), q.lastError().text());
        QStringList drops;
        while (q.next()) {
            drops << QStringLiteral("DROP %1 \"%2\"").arg(q.value(0).toString().toUpper(), q.value(1).toString());
            rebuiltIndexes << q.value(2).toString();
        }
        q.finish();
        if (m_db->schemaVersion() >= 9)
            drops << QStringLiteral("DELETE FROM graph_snapshot");
        for (const QString &sql : std::as_const(drops)) {
            if (auto r = m_db->execute(sql, tr("writing the register")); !r)
                return r;
        }
    }
    store::RegisterWriter writer(*m_db);
    store::AuditLog audit(*m_db);
    if (auto r = writer.prepare(); !r)
        return r;
    if (auto r = audit.prepare(); !r)
        return r;

    QElapsedTimer timer;
    timer.start();
    // An undo: the entries of the batch it undoes, by entity and key, so that each of its entries names the one it
    // reverts.
    auto entityKey = [](store::AuditEntity entity, const QString &registered, const QString &key) {
        return (entity == store::AuditEntity::Registered ? registered : store::AuditLog::token(entity)) + QChar(0x1f)
            + key;
    };
    QHash<QString, qint64> reverted;
    qint64 firstReverted = 0;
    if (changes.undoOfBatch > 0) {
        // A batch this service wrote is found by its range of sequence numbers, not by a scan of the whole trail
        // (the trail has no index on batch; at 100,000 entries the scan stalled every undo in the window).
        const auto range = m_batchSeqs.value(changes.undoOfBatch);
        auto undone = runAside(feedback, [this, &changes, &range] {
            return store::AuditLog::batchSubjects(*m_db, changes.undoOfBatch, range.first, range.second);
        });
        if (!undone)
            return undone.error();
        reverted.reserve(undone->size());
        for (const auto &[subject, seq] : std::as_const(*undone)) {
            firstReverted = firstReverted == 0 ? seq : firstReverted;
            reverted.insert(subject, seq);
        }
    }
    store::AuditHead head = m_state.audit;
    const qint64 batch = head.batch + 1;
    head.batch = batch;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // `registered`: the token of a registered table (entity Registered).
    auto record = [&](Plan::Op op,
                      store::AuditEntity entity,
                      const QString &key,
                      QByteArray before,
                      QByteArray after,
                      const QString &registered = {}) -> Result<void> {
        store::AuditEntry entry;
        entry.batch = batch;
        entry.at = at;
        entry.actor = actor.user;
        entry.claimedActor = actor.claimed;
        entry.actorName = actor.name;
        entry.reason = changes.reason;
        if (changes.undoOfBatch > 0)
            entry.reverts = reverted.value(entityKey(entity, registered, key), firstReverted);
        entry.action = op == Plan::Op::Add ? store::AuditAction::Add
            : op == Plan::Op::Change       ? store::AuditAction::Change
                                           : store::AuditAction::Remove;
        entry.entity = entity;
        entry.registeredEntity = registered;
        entry.entityKey = key;
        entry.before = std::move(before);
        entry.after = std::move(after);
        return audit.append(entry, head);
    };
    // Progress, and a way out: a cancel returns an error, and the transaction rolls back when it goes out of scope.
    const qint64 total
        = qint64(plan.removedDependencies.size() + plan.elements.size() + plan.groups.size() + plan.dependencies.size()
                 + plan.removedGroups.size() + plan.removedElements.size() + plan.scenarios.size()
                 + plan.removedScenarios.size() + plan.records.size() + plan.removedRecords.size());
    qint64 done = 0;
    auto tick = [&]() -> Result<void> {
        if (!feedback || ++done % 256 != 0)
            return {};
        feedback->keepAlive(); // the window repaints between progress steps too (1 % of a large import is 6,000 rows)
        if (feedback->isCanceled())
            return makeError(Error::Code::Canceled, tr("The change was canceled; nothing was written."));
        feedback->setProgress(100.0 * double(done) / double(std::max<qint64>(1, total)));
        return {};
    };
    const auto elementEntity = store::AuditEntity::Element;
    const auto dependencyEntity = store::AuditEntity::Dependency;
    const auto groupEntity = store::AuditEntity::Group;
    const auto scenarioEntity = store::AuditEntity::Scenario;

    // Ids as they will be after the commit; copied into the service only once the commit succeeds.
    QHash<QString, qint64> newElementIds;
    QHash<QString, qint64> newGroupIds;
    auto elementId = [&](const QString &key) {
        // One look-up where one finds it (ten million of them in a 1,000,000-element import).
        const auto added = newElementIds.constFind(key);
        return added != newElementIds.cend() ? *added : m_state.elementIds.value(key);
    };
    auto groupRowId = [&](const QString &element, const QString &name) -> std::optional<qint64> {
        if (name.isEmpty())
            return std::nullopt;
        const QString id = groupId(element, name);
        return newGroupIds.value(id, m_state.groupIds.value(id));
    };

    for (const Dependency &d : plan.removedDependencies) {
        if (auto r = tick(); !r)
            return r;
        if (auto r = writer.deleteDependency(elementId(d.from), elementId(d.to)); !r)
            return r;
        if (auto r
            = record(Plan::Op::Remove, dependencyEntity, dependencyId(d.from, d.to), RegisterCodec::toJson(d), {});
            !r)
            return r;
    }
    for (const auto &step : plan.elements) {
        if (auto r = tick(); !r)
            return r;
        const Element &value = changes.elements[step.item].value;
        if (step.op == Plan::Op::Add) {
            auto id = writer.insertElement(value);
            if (!id)
                return id.error();
            newElementIds.insert(value.key, *id);
            if (auto r = record(step.op, elementEntity, value.key, {}, RegisterCodec::toJson(value)); !r)
                return r;
        } else {
            if (auto r = writer.updateElement(m_state.elementIds.value(value.key), value); !r)
                return r;
            if (auto r = record(step.op,
                                elementEntity,
                                value.key,
                                RegisterCodec::toJson(*step.before),
                                RegisterCodec::toJson(value));
                !r)
                return r;
        }
    }
    for (const auto &step : plan.groups) {
        if (auto r = tick(); !r)
            return r;
        const RedundancyGroup &value = changes.groups[step.item].value;
        const QString id = groupId(value.element, value.name);
        if (step.op == Plan::Op::Add) {
            auto rowId = writer.insertGroup(elementId(value.element), value);
            if (!rowId)
                return rowId.error();
            newGroupIds.insert(id, *rowId);
            if (auto r = record(step.op, groupEntity, id, {}, RegisterCodec::toJson(value)); !r)
                return r;
        } else {
            if (auto r = writer.updateGroup(m_state.groupIds.value(id), value); !r)
                return r;
            if (auto r
                = record(step.op, groupEntity, id, RegisterCodec::toJson(*step.before), RegisterCodec::toJson(value));
                !r)
                return r;
        }
    }
    for (const auto &step : plan.dependencies) {
        if (auto r = tick(); !r)
            return r;
        const Dependency &d = changes.dependencies[step.item].value;
        const qint64 from = elementId(d.from);
        const qint64 to = elementId(d.to);
        const auto group = groupRowId(d.from, d.group);
        if (step.op == Plan::Op::Add) {
            if (auto r = writer.insertDependency(from, to, d, group); !r)
                return r;
            if (auto r = record(step.op, dependencyEntity, dependencyId(d.from, d.to), {}, RegisterCodec::toJson(d));
                !r)
                return r;
        } else {
            if (auto r = writer.updateDependency(from, to, d, group); !r)
                return r;
            if (auto r = record(step.op,
                                dependencyEntity,
                                dependencyId(d.from, d.to),
                                RegisterCodec::toJson(*step.before),
                                RegisterCodec::toJson(d));
                !r)
                return r;
        }
    }
    for (const RedundancyGroup &g : plan.removedGroups) {
        if (auto r = tick(); !r)
            return r;
        const QString id = groupId(g.element, g.name);
        if (auto r = writer.deleteGroup(m_state.groupIds.value(id)); !r)
            return r;
        if (auto r = record(Plan::Op::Remove, groupEntity, id, RegisterCodec::toJson(g), {}); !r)
            return r;
    }
    for (const Element &e : plan.removedElements) {
        if (auto r = tick(); !r)
            return r;
        if (auto r = writer.deleteElement(m_state.elementIds.value(e.key)); !r)
            return r;
        if (auto r = record(Plan::Op::Remove, elementEntity, e.key, RegisterCodec::toJson(e), {}); !r)
            return r;
    }
    for (const auto &step : plan.scenarios) {
        if (auto r = tick(); !r)
            return r;
        if (auto r = step.op == Plan::Op::Add ? writer.insertScenario(step.value) : writer.updateScenario(step.value);
            !r)
            return r;
        if (auto r = record(step.op,
                            scenarioEntity,
                            step.value.name,
                            step.op == Plan::Op::Add ? QByteArray() : RegisterCodec::toJson(step.previous),
                            RegisterCodec::toJson(step.value));
            !r)
            return r;
    }
    for (const Scenario &sc : plan.removedScenarios) {
        if (auto r = tick(); !r)
            return r;
        if (auto r = writer.deleteScenario(sc.name); !r)
            return r;
        if (auto r = record(Plan::Op::Remove, scenarioEntity, sc.name, RegisterCodec::toJson(sc), {}); !r)
            return r;
    }
    // Stored content first (not audited: the values that name it carry its hash), then the values naming it.
    for (const QString &sha256 : std::as_const(plan.newContents)) {
        if (auto r = writer.insertContent(sha256, changes.contents.value(sha256)); !r)
            return r;
    }
    // Registered tables, through their own statements; audited under their own token.
    for (const auto &step : plan.records) {
        if (auto r = tick(); !r)
            return r;
        if (auto r = step.op == Plan::Op::Add ? writer.insertRecord(step.value) : writer.updateRecord(step.value); !r)
            return r;
        if (auto r = record(step.op,
                            store::AuditEntity::Registered,
                            step.value.key(),
                            step.op == Plan::Op::Add ? QByteArray() : step.previous.toJson(),
                            step.value.toJson(),
                            step.value.type->token());
            !r)
            return r;
    }
    for (const Record &removed : plan.removedRecords) {
        if (auto r = tick(); !r)
            return r;
        if (auto r = writer.deleteRecord(*removed.type, removed.key()); !r)
            return r;
        if (auto r = record(Plan::Op::Remove,
                            store::AuditEntity::Registered,
                            removed.key(),
                            removed.toJson(),
                            {},
                            removed.type->token());
            !r)
            return r;
    }
    if (auto r = audit.storeHead(head); !r)
        return r;
    qCDebug(lcRegister) << "rows and audit entries written in" << timer.restart() << "ms";
    if (!rebuiltIndexes.isEmpty()) {
        const auto built = runAside(feedback, [&]() -> Result<void> {
            // SQLite's own statements: this may run on a helper thread while the window keeps painting.
            const QString operation = tr("writing the register");
            for (const QString &sql : std::as_const(rebuiltIndexes)) {
                auto statement = store::SqliteStatement::prepare(*m_db, sql.toUtf8().constData(), operation);
                if (!statement)
                    return statement.error();
                if (auto r = statement->run(operation); !r)
                    return r;
            }
            return {};
        });
        if (!built)
            return built;
        qCDebug(lcRegister) << "indexes and triggers made again in" << timer.restart() << "ms";
    }
    // The commit of a large change takes a while by itself: the window repaints (and Cancel is seen) just before it.
    if (feedback) {
        if (feedback->isCanceled())
            return makeError(Error::Code::Canceled, tr("The change was canceled; nothing was written."));
        feedback->setProgress(99.9); // 100 would close a progress dialog that resets at its maximum
    }
    if (auto r = transaction.commit(feedback); !r)
        return r;
    qCDebug(lcRegister) << "committed in" << timer.restart() << "ms";

    // Committed: bring the in-memory register up to date.
    m_batchSeqs.insert(batch, {m_state.audit.seq + 1, head.seq});
    m_state.audit = head;
    m_dataVersion = dataVersion();
    plan.summary.batch = batch;
    if (!m_keepsRegister) { // the register is left to the file (read again before the next write)
        m_state = State();
        m_state.audit = head;
        m_stale = true;
    } else if (feedback && feedback->keepsAlive()) {
        // A large change (a 100,000-element import) takes hundreds of milliseconds to bring into memory. It is done
        // on a helper thread to a copy that shares its data with the register until it is changed, while the window
        // keeps painting from the register as it was; the copy then takes its place, and the old state is freed on
        // the helper thread too.
        State next = m_state;
        next = runAside(feedback, [&next, &plan, &changes, &newElementIds, &newGroupIds]() mutable {
            updateState(next, plan, changes, newElementIds, newGroupIds);
            return std::move(next);
        });
        std::swap(m_state, next);
        runAside(feedback, [old = std::move(next)]() mutable { State gone = std::move(old); });
    } else {
        updateState(m_state, plan, changes, newElementIds, newGroupIds);
    }
    qCDebug(lcRegister) << "memory updated in" << timer.elapsed() << "ms; batch" << batch << "has" << head.seq
                        << "audit entries in total";
    return {};
}

} // namespace bulwark

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/feedback.h"
#include "model/register/registerdata.h"
#include "model/result.h"
#include "model/store/database.h"
#include "model/store/registerstore.h"
#include "model/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace bulwark::store {

/// What an audit entry did. Stored as "add", "change", "remove" (AuditLog::token).
enum class AuditAction { Add, Change, Remove };

/// What an audit entry is about. Stored as "element", "dependency", "group", "scenario"; a table registered later
/// (EntityRegistry) is Registered, with its token in AuditEntry::registeredEntity.
enum class AuditEntity { Element, Dependency, Group, Scenario, Registered };

/// One entry of the audit trail: who changed what, when, with the value before and after (canonical JSON, or
/// empty for "did not exist").
struct AuditEntry {
    qint64 seq = 0;
    qint64 batch = 0;     ///< entries written by one change set share a batch number
    QString at;           ///< UTC, ISO 8601 with milliseconds
    QString actor;        ///< operating-system account
    QString claimedActor; ///< a different name the environment claimed ($USER), or empty
    QString actorName;    ///< the account's full name (passwd), or empty (schema v5)
    QString reason;       ///< why the change was made, as given with it, or empty (schema v5)
    qint64 reverts = 0;   ///< the entry this one undoes (an undo in the window), or 0 (schema v5)
    AuditAction action = AuditAction::Add;
    AuditEntity entity = AuditEntity::Element;
    QString registeredEntity; ///< the stored token when entity is Registered (a registered table, or an unknown one)
    QString entityKey;
    QString subject; ///< the element the entry is about (a dependency's "from", a group's element)
    QString object;  ///< a dependency's "to"; empty otherwise
    QByteArray before;
    QByteArray after;
    QByteArray prevHash;
    QByteArray hash;

    /// The entity's token as stored ("element", ..., or the registered table's token).
    QString entityToken() const;
};

/// One field an audited change changed: its value before and after (undefined when absent).
struct AuditFieldChange {
    QString field;
    QJsonValue before;
    QJsonValue after;
    bool operator==(const AuditFieldChange &other) const = default;
};

/// One thing wrong with the chain: the entry (sequence number) and what is wrong, for the user.
struct AuditProblem {
    qint64 seq = 0;
    QString text;
};

/// The result of re-checking the chain and replaying it against the register.
struct AuditVerification {
    static constexpr int maxListed = 10; ///< problems and mismatches listed in full; the rest are counted

    qint64 entries = 0;
    bool chainIntact = true;
    qint64 problemCount = 0;      ///< every bad entry or link, and a cut or wiped trail
    QList<AuditProblem> problems; ///< the first maxListed of them, in order of the trail
    qint64 firstBadSeq() const { return problems.isEmpty() ? 0 : problems.first().seq; }
    qint64 mismatchCount = 0;    ///< entities whose stored value differs from the trail's last value
    QStringList stateMismatches; ///< the first maxListed of them, sorted
    bool isIntact() const { return chainIntact && mismatchCount == 0; }
};

/// Appends to and reads the hash-chained audit trail.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static const QByteArray &genesisHash();
    /// How an entry's hash is computed. Entries before the register's meta.audit_full_hash_from use Format::Fields
    /// (the fields of schema v1); from it on Format::AllColumns (every column, each length-prefixed).
    enum class HashFormat { Fields, AllColumns };
    /// SHA-256 (hex) over the previous hash and the entry's fields in `format`, but the hash itself.
    static QByteArray computeHash(const AuditEntry &entry, HashFormat format = HashFormat::AllColumns);
    /// An entry's columns as the file holds them (UTF-8), for hashing without converting them (verify()).
    struct StoredEntry {
        qint64 seq = 0, batch = 0, reverts = 0;
        QByteArrayView at, actor, claimedActor, action, entity, entityKey, subject, object, before, after, prevHash,
            actorName, reason;
    };
    /// The same digest from the stored columns.
    static QByteArray computeHash(const StoredEntry &entry, HashFormat format);
    /// Who made an entry, for people: the account with its full name, and a differing claimed name as such
    /// ("Alice Example (alice)", "root (claims alice)").
    static QString actorText(const AuditEntry &entry);
    /// The element an entry is about and a dependency's other end, derived from its entity key.
    static std::pair<QString, QString> subjectAndObject(AuditEntity entity, const QString &entityKey);

    /// The stored tokens of actions and entities (never translated; they are hashed).
    static QString token(AuditAction action);
    static QString token(AuditEntity entity);
    static std::optional<AuditAction> actionFromToken(QStringView token);
    /// The entity of a stored token; another token is AuditEntity::Registered.
    static AuditEntity entityFromToken(QStringView token);

    /// The fields that differ between an entry's before and after values (both canonical JSON objects; an empty
    /// one is "did not exist"), sorted by field name. An add lists every field, a remove too.
    static QList<AuditFieldChange> changes(const AuditEntry &entry);
    static QList<AuditFieldChange> changes(const QByteArray &before, const QByteArray &after);
    /// A value of a change for people: "-" for absent, lists joined by ", ", true/false as yes/no.
    static QString valueText(const QJsonValue &value);
    /// "rto_min: 240 → 60; owner: A → B" for a change, by the fields' tokens.
    static QString changeText(const QList<AuditFieldChange> &changes);
    /// The same for people, each field by its label (model/register/fields.*): "RTO (minutes): 240 → 60; Owner: A →
    /// B". A field without a label (an unknown attribute, a registered table's) keeps its token.
    static QString readableChangeText(const AuditEntry &entry);
    /// A field of an entity for people: its label without the accelerator ("Max. tolerable downtime (min)"), else its
    /// token.
    static QString fieldLabel(AuditEntity entity, const QString &field);
    /// Where the trail ends according to the register's meta table, and the first entry of the full hash.
    struct StoredHead {
        bool present = false; ///< the register has recorded a head (it has had at least one entry)
        QByteArray hash;
        qint64 count = 0;
        qint64 fullHashFrom = 1;
        bool fullHashRecorded = false; ///< meta.audit_full_hash_from is there (always, from schema v3 on)
    };
    [[nodiscard]] static Result<StoredHead> storedHead(const Database &db);

    explicit AuditLog(const Database &db) : m_db(db) { }
    /// Prepares the insert; call inside the write transaction.
    [[nodiscard]] Result<void> prepare();
    /// Fills seq, prevHash and hash from `head`, writes the entry and advances `head`.
    [[nodiscard]] Result<void> append(AuditEntry &entry, AuditHead &head);
    /// Records the new head in the meta table, so that removing the newest entries is detectable.
    [[nodiscard]] Result<void> storeHead(const AuditHead &head);

    /// Entries, newest first; `entityKey` filters to one element (its own entries and its dependencies' and
    /// groups'), `limit` 0 means all.
    [[nodiscard]] static Result<QList<AuditEntry>> entries(const Database &db, const QString &entityKey, int limit);
    /// The entry with sequence number `seq`, or none.
    [[nodiscard]] static Result<std::optional<AuditEntry>> entryAt(const Database &db, qint64 seq);
    /// The entries of one batch (one change set), in order.
    [[nodiscard]] static Result<QList<AuditEntry>> batchEntries(const Database &db, qint64 batch);
    /// What the entries of one batch name, in order: for each, "entity token (a registered table's own token), U+001F,
    /// key" and its sequence number (what an undo of the batch records as reverted). Reads only those columns; when
    /// `firstSeq` and `lastSeq` (both > 0) bound the batch, only that range of the trail is read instead of all of it.
    [[nodiscard]] static Result<QList<std::pair<QString, qint64>>>
    batchSubjects(const Database &db, qint64 batch, qint64 firstSeq = 0, qint64 lastSeq = 0);
    /// Every entry of the trail, newest first, handed to `visit` one at a time without holding the whole trail
    /// (the auditor's view of a 600,000-entry trail). `visit` returns false to stop; the result is then
    /// Error::Code::Canceled.
    [[nodiscard]] static Result<void> forEachEntry(const Database &db,
                                                   const std::function<bool(const AuditEntry &)> &visit);
    /// Recomputes the chain from the first entry (every entry and link, not only the first bad one) and replays it
    /// against the register's tables, as one state of the file: the register is read on a second connection (and
    /// core) while this one reads the trail, and used only when both saw the same audit head; otherwise it is read
    /// again in this connection's read transaction.
    [[nodiscard]] static Result<AuditVerification> verify(const Database &db, Feedback *feedback = nullptr);
    /// The same against a register already read (inside the caller's read transaction).
    [[nodiscard]] static Result<AuditVerification>
    verify(const Database &db, const RegisterData &current, Feedback *feedback = nullptr);

private:
    /// Each entity of a register as "entity token:key" with its canonical JSON.
    using EntityValues = std::vector<std::pair<QByteArray, QByteArray>>;
    static EntityValues entityValues(const RegisterData &data);
    /// The trail's checks, then the replay against `registerSide` (called with the head this connection read).
    [[nodiscard]] static Result<AuditVerification>
    verifyAgainst(const Database &db,
                  const std::function<Result<EntityValues>(const StoredHead &)> &registerSide,
                  Feedback *feedback);

    /// The UTF-8 of a text that is the same in every entry of a batch (time, actor, reason): converted once.
    struct Utf8Memo {
        QString text;
        QByteArray utf8;
        const QByteArray &of(const QString &value)
        {
            if (value != text || (utf8.isEmpty() && !value.isEmpty())) {
                text = value;
                utf8 = value.toUtf8();
            }
            return utf8;
        }
    };

    const Database &m_db;
    qint64 m_fullHashFrom = 1;
    Utf8Memo m_at, m_actor, m_claimedActor, m_actorName, m_reason, m_entity;
    SqliteStatement m_insert;
    SqliteStatement m_meta;
};

} // namespace bulwark::store

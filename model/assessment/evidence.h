// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/register/changeset.h"
#include "model/register/entitytype.h"
#include "model/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace bulwark::store {
class Database;
}

namespace bulwark::assessment {

/// The largest evidence file the register stores (50 MiB): a larger one is refused with a message naming it.
inline constexpr qint64 maxEvidenceBytes = qint64(50) * 1024 * 1024;
/// Evidence whose expiry date is this many days away or fewer is "expiring" (it still counts as valid).
inline constexpr int evidenceExpiringDays = 30;

/// Evidence for an assessment (issue 13): a file stored inside the register, or a link to register elements without
/// a file. A file is kept by its bytes (table evidence_content, keyed by SHA-256), never by a path that can change;
/// this record names them by `sha256` and is what the audit trail records. The key of the table is `key`.
struct Evidence {
    QString key;
    QString title;
    QString fileName;  ///< the original file name, without any folder; empty for a link
    QString mediaType; ///< e.g. "application/pdf" (QMimeDatabase, from the content and the name); empty for a link
    int size = 0;      ///< bytes; 0 for a link
    QString sha256;    ///< lower-case hex of the stored bytes; empty for a link
    QDate effective;   ///< from when it is evidence (optional)
    QDate expires;     ///< until when it is evidence (optional: does not expire)
    QStringList requirements; ///< ids of the catalogue's requirements it supports
    QString assessment;       ///< the assessment it was gathered for (optional)
    QStringList elements;     ///< element keys it is about (a link names at least one)
    QString addedBy;          ///< the operating-system account that added it
    QString notes;

    bool hasFile() const { return !sha256.isEmpty(); }
    /// Expired on `today`: it has an expiry date and that day is past (evidence is valid through its expiry date).
    bool isExpired(QDate today) const { return expires.isValid() && today.isValid() && expires < today; }
    /// Not expired on `today`, but expires within `days` days (on today + days or before).
    bool expiresWithin(QDate today, int days) const
    {
        return expires.isValid() && today.isValid() && !isExpired(today) && expires <= today.addDays(days);
    }
    bool operator==(const Evidence &other) const = default;
};

/// How evidence stands on a day: the one decision every face shows.
enum class EvidenceStatus {
    Valid,    ///< no expiry date, or more than evidenceExpiringDays away
    Expiring, ///< expires within evidenceExpiringDays days
    Expired,  ///< its expiry date is past
    NotYet,   ///< its effective date is still to come
};
EvidenceStatus evidenceStatus(const Evidence &evidence, QDate today);
QString token(EvidenceStatus status); ///< "valid", "expiring", "expired", "not_yet"
QString displayName(EvidenceStatus status);

/// The registered table "evidence". Its rules: a file has a file name without folder, a media type, a size of
/// 1..maxEvidenceBytes and a 64-digit lower-case hex SHA-256; a link has none of these and names at least one
/// element; the expiry date is not before the effective date; requirement ids and element keys are well-formed.
/// The content the record names must be stored with it or already be in the register (the write path checks).
const TableType<Evidence> &evidenceType();

/// SHA-256 of `bytes`, lower-case hex (as stored and shown).
QString sha256Hex(const QByteArray &bytes);
/// The media type of a file from its content and name (QMimeDatabase), e.g. "text/markdown".
QString mediaTypeOf(const QByteArray &bytes, const QString &fileName);

/// What is needed to add an evidence file: its bytes, original name and the record's other fields.
struct EvidenceFile {
    QString key;
    QString title;    ///< empty: the file name
    QString fileName; ///< the original name; a folder part is dropped
    QByteArray bytes;
    QDate effective;
    QDate expires;
    QStringList requirements;
    QString assessment;
    QStringList elements;
    QString notes;
    QString addedBy; ///< empty: Actor::current().user
};

/// The evidence record `file` makes (hash, size, media type computed here), or an error naming the field: an empty
/// or too large file, an expiry date before the effective date. The GUI's drag and drop and the CLI share it.
[[nodiscard]] Result<Evidence> evidenceRecord(const EvidenceFile &file);
/// The change set that adds `file` as new evidence (Mode::Insert): the record and its bytes (ChangeSet::addContent),
/// for RegisterService::apply(), which writes both in one transaction. Undoing it removes the record; the bytes stay
/// (content is immutable and shared by hash; an unreferenced row is harmless and `verify` still checks it).
[[nodiscard]] Result<ChangeSet> addEvidenceChange(const EvidenceFile &file);
/// The change set that adds a link (evidence without a file) to register elements.
[[nodiscard]] Result<ChangeSet> addEvidenceLinkChange(const Evidence &link);

/// The stored bytes are read with RegisterService::content(sha256) (or store::RegisterStore::content()).

/// One problem `bulwark verify` found with stored evidence.
struct EvidenceProblem {
    QString key;      ///< the evidence record's key (empty for a content row no record names)
    QString fileName; ///< its file name
    QString sha256;
    QString text; ///< what is wrong, naming the record and the file
};
/// The evidence check of `bulwark verify`: hashes every stored content row again and checks every evidence record
/// against it: bytes that no longer hash to their key, a record whose content is missing or whose size differs.
struct EvidenceReport {
    qsizetype records = 0;  ///< evidence records checked
    qsizetype contents = 0; ///< content rows hashed
    QList<EvidenceProblem> problems;
    bool isIntact() const { return problems.isEmpty(); }
};
[[nodiscard]] Result<EvidenceReport> verifyEvidence(const store::Database &db);

} // namespace bulwark::assessment

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/assessment/evidence.h"

#include "model/assessment/words.h"
#include "model/register/fieldkinds.h"
#include "model/store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

namespace bulwark::assessment {

namespace {

constexpr std::array<words::Word, 4> statusWords{{
    {"valid", QT_TRANSLATE_NOOP("Assessment", "Valid")},
    {"expiring", QT_TRANSLATE_NOOP("Assessment", "Expiring")},
    {"expired", QT_TRANSLATE_NOOP("Assessment", "Expired")},
    {"not_yet", QT_TRANSLATE_NOOP("Assessment", "Not yet effective")},
}};

/// The texts' translation context, "Assessment" (the one QT_TRANSLATE_NOOP above names), in a form lupdate reads.
struct AssessmentText {
    Q_DECLARE_TR_FUNCTIONS(Assessment)
};

Error fieldError(const QString &message, const QString &field, Error::Code code = Error::Code::Invalid)
{
    return makeError(code, message, field);
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

Result<void> evidenceRule(const Evidence &e)
{
    if (e.hasFile()) {
        if (!isSha256Hex(e.sha256))
            return fieldError(
                AssessmentText::tr("must be a SHA-256 in 64 lower-case hex digits, got '%1'").arg(e.sha256.left(80)),
                QStringLiteral("sha256"));
        if (e.fileName.isEmpty())
            return fieldError(AssessmentText::tr("is required for evidence with a file"), QStringLiteral("file_name"));
        if (e.fileName.contains(u'/') || e.fileName.contains(u'\\'))
            return fieldError(AssessmentText::tr("must be a file name without a folder, got '%1'").arg(e.fileName),
                              QStringLiteral("file_name"));
        if (e.mediaType.isEmpty())
            return fieldError(AssessmentText::tr("is required for evidence with a file"), QStringLiteral("media_type"));
        if (e.size <= 0 || e.size > maxEvidenceBytes)
            return fieldError(
                AssessmentText::tr("must be between 1 and %1 bytes, got %2").arg(maxEvidenceBytes).arg(e.size),
                QStringLiteral("size"));
    } else {
        if (!e.fileName.isEmpty() || !e.mediaType.isEmpty() || e.size != 0)
            return fieldError(
                AssessmentText::tr("evidence without a SHA-256 is a link and has no file name, media type or size"),
                QStringLiteral("sha256"));
        if (e.elements.isEmpty())
            return fieldError(AssessmentText::tr("evidence without a file must name at least one element it links to"),
                              QStringLiteral("elements"));
    }
    if (e.effective.isValid() && e.expires.isValid() && e.expires < e.effective)
        return fieldError(AssessmentText::tr("must not be before the effective date (%1), got %2")
                              .arg(e.effective.toString(Qt::ISODate), e.expires.toString(Qt::ISODate)),
                          QStringLiteral("expires"));
    for (const QString &key : e.elements) {
        if (auto r = entitytype::checkKey(key, QStringLiteral("elements")); !r)
            return r;
    }
    for (const QString &id : e.requirements) {
        if (id.trimmed().isEmpty() || id.trimmed() != id)
            return fieldError(AssessmentText::tr("requirement ids must not be empty or padded with spaces"),
                              QStringLiteral("requirements"));
    }
    if (!e.assessment.isEmpty()) {
        if (auto r = entitytype::checkKey(e.assessment, QStringLiteral("assessment")); !r)
            return r;
    }
    return {};
}

/// The evidence table, which names stored content by hash (the write path checks that it is there).
class EvidenceType : public TableType<Evidence>
{
public:
    using TableType<Evidence>::TableType;
    QStringList contentReferences(const std::any &value) const override
    {
        const Evidence &e = std::any_cast<const Evidence &>(value);
        return e.hasFile() ? QStringList{e.sha256} : QStringList();
    }
};

Error dbError(const QString &operation, const QSqlQuery &q)
{
    return store::Database::databaseError(operation, q.lastError().text());
}

} // namespace

EvidenceStatus evidenceStatus(const Evidence &evidence, QDate today)
{
    if (evidence.isExpired(today))
        return EvidenceStatus::Expired;
    if (evidence.effective.isValid() && today.isValid() && today < evidence.effective)
        return EvidenceStatus::NotYet;
    if (evidence.expiresWithin(today, evidenceExpiringDays))
        return EvidenceStatus::Expiring;
    return EvidenceStatus::Valid;
}

QString token(EvidenceStatus status)
{
    return words::token(statusWords, int(status));
}

QString displayName(EvidenceStatus status)
{
    return words::name(statusWords, int(status));
}

// clang-format off
const TableType<Evidence> &evidenceType()
{
    using namespace fieldkinds;
    static const EvidenceType type(
        QStringLiteral("evidence"), QT_TRANSLATE_NOOP("EntityType", "evidence"),
        FieldTable<Evidence>({
            textField("key", &Evidence::key,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Key"), .column = QT_TRANSLATE_NOOP("Fields", "Key"),
                 .required = true}),
            textField("title", &Evidence::title,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Title"), .column = QT_TRANSLATE_NOOP("Fields", "Title")}),
            textField("file_name", &Evidence::fileName,
                {.column = QT_TRANSLATE_NOOP("Fields", "File")}),
            textField("media_type", &Evidence::mediaType,
                {.column = QT_TRANSLATE_NOOP("Fields", "Media type")}),
            wholeNumberField("size", &Evidence::size,
                {.column = QT_TRANSLATE_NOOP("Fields", "Size"), .unit = QT_TRANSLATE_NOOP("Fields", "bytes")}),
            textField("sha256", &Evidence::sha256,
                {.column = QT_TRANSLATE_NOOP("Fields", "SHA-256")}),
            dateField("effective", &Evidence::effective,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Effective from"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Effective")}),
            dateField("expires", &Evidence::expires,
                {.label = QT_TRANSLATE_NOOP("Fields", "E&xpires"), .column = QT_TRANSLATE_NOOP("Fields", "Expires")}),
            listField("requirements", &Evidence::requirements,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Requirements"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "requirement ids, separated by ;"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Requirements")}),
            textField("assessment", &Evidence::assessment,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Assessment"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Assessment")}),
            listField("elements", &Evidence::elements,
                {.label = QT_TRANSLATE_NOOP("Fields", "E&lements"),
                 .placeholder = QT_TRANSLATE_NOOP("Fields", "element keys, separated by ;"),
                 .column = QT_TRANSLATE_NOOP("Fields", "Elements")}),
            textField("added_by", &Evidence::addedBy,
                {.column = QT_TRANSLATE_NOOP("Fields", "Added by")}),
            textField("notes", &Evidence::notes,
                {.label = QT_TRANSLATE_NOOP("Fields", "&Notes")}, FieldType::LongText),
        }),
        QStringLiteral("key"),
        {"SELECT key, title, file_name, media_type, size, sha256, effective, expires, requirements, assessment, "
         "elements, added_by, notes FROM evidence ORDER BY key",
         "INSERT INTO evidence (key, title, file_name, media_type, size, sha256, effective, expires, requirements, "
         "assessment, elements, added_by, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
         "UPDATE evidence SET title = ?2, file_name = ?3, media_type = ?4, size = ?5, sha256 = ?6, effective = ?7, "
         "expires = ?8, requirements = ?9, assessment = ?10, elements = ?11, added_by = ?12, notes = ?13 "
         "WHERE key = ?1",
         "DELETE FROM evidence WHERE key = ?1"},
        {},
        &evidenceRule);
    return type;
}
// clang-format on

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString mediaTypeOf(const QByteArray &bytes, const QString &fileName)
{
    static const QMimeDatabase mimes;
    const QMimeType byName = mimes.mimeTypeForFileNameAndData(fileName, bytes);
    return byName.isValid() ? byName.name() : QStringLiteral("application/octet-stream");
}

Result<Evidence> evidenceRecord(const EvidenceFile &file)
{
    const QString name = QFileInfo(file.fileName).fileName();
    if (name.isEmpty())
        return fieldError(AssessmentText::tr("an evidence file needs its original file name"),
                          QStringLiteral("file_name"));
    if (file.bytes.isEmpty())
        return fieldError(AssessmentText::tr("%1 is empty: there is nothing to keep as evidence").arg(name),
                          QStringLiteral("size"));
    if (file.bytes.size() > maxEvidenceBytes)
        return fieldError(AssessmentText::tr("%1 has %2 bytes; evidence files may have at most %3 bytes (50 MiB)")
                              .arg(name)
                              .arg(file.bytes.size())
                              .arg(maxEvidenceBytes),
                          QStringLiteral("size"),
                          Error::Code::Invalid);
    Evidence e;
    e.key = file.key;
    e.title = file.title.isEmpty() ? name : file.title;
    e.fileName = name;
    e.mediaType = mediaTypeOf(file.bytes, name);
    e.size = int(file.bytes.size());
    e.sha256 = sha256Hex(file.bytes);
    e.effective = file.effective;
    e.expires = file.expires;
    e.requirements = file.requirements;
    e.assessment = file.assessment;
    e.elements = file.elements;
    e.notes = file.notes;
    e.addedBy = file.addedBy.isEmpty() ? Actor::current().user : file.addedBy;
    if (auto r = evidenceType().validate(std::any(e)); !r)
        return r.error();
    return e;
}

Result<ChangeSet> addEvidenceChange(const EvidenceFile &file)
{
    auto record = evidenceRecord(file);
    if (!record)
        return record.error();
    ChangeSet changes;
    changes.addContent(file.bytes);
    changes.add(evidenceType().record(std::move(*record)), ChangeSet::Mode::Insert);
    return changes;
}

Result<ChangeSet> addEvidenceLinkChange(const Evidence &link)
{
    Evidence e = link;
    e.fileName.clear();
    e.mediaType.clear();
    e.size = 0;
    e.sha256.clear();
    if (e.addedBy.isEmpty())
        e.addedBy = Actor::current().user;
    if (auto r = evidenceType().validate(std::any(e)); !r)
        return r.error();
    ChangeSet changes;
    changes.add(evidenceType().record(std::move(e)), ChangeSet::Mode::Insert);
    return changes;
}

Result<EvidenceReport> verifyEvidence(const store::Database &db)
{
    const QString operation = AssessmentText::tr("checking stored evidence");
    EvidenceReport report;
    // Every content row, hashed again one at a time (a row may hold up to 50 MiB): hash -> size, or -1 when the bytes
    // no longer hash to their key.
    QHash<QString, qint64> sizes;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT sha256, content FROM evidence_content ORDER BY sha256")))
            return dbError(operation, q);
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QByteArray bytes = q.value(1).toByteArray();
            ++report.contents;
            sizes.insert(key, sha256Hex(bytes) == key ? bytes.size() : -1);
        }
    }
    QHash<QString, QStringList> named; // hash -> evidence keys naming it
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(evidenceType().sql().select)))
        return dbError(operation, q);
    while (q.next()) {
        QVariantList row;
        const int columns = q.record().count();
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        const Evidence e = std::any_cast<Evidence>(evidenceType().fromRow(row));
        ++report.records;
        if (!e.hasFile())
            continue;
        named[e.sha256] << e.key;
        const auto it = sizes.constFind(e.sha256);
        QString problem;
        if (it == sizes.constEnd())
            problem = AssessmentText::tr("evidence %1 (%2): its stored content (SHA-256 %3) is missing")
                          .arg(e.key, e.fileName, e.sha256);
        else if (*it < 0)
            problem
                = AssessmentText::tr(
                      "evidence %1 (%2): the stored bytes no longer match their SHA-256 %3 (altered outside Bulwark)")
                      .arg(e.key, e.fileName, e.sha256);
        else if (*it != e.size)
            problem = AssessmentText::tr("evidence %1 (%2): the record says %3 bytes, the stored content has %4")
                          .arg(e.key, e.fileName)
                          .arg(e.size)
                          .arg(*it);
        if (!problem.isEmpty())
            report.problems.append({e.key, e.fileName, e.sha256, problem});
    }
    // Altered content that no record names (left behind by an undo) is still reported.
    for (auto it = sizes.constBegin(); it != sizes.constEnd(); ++it) {
        if (*it < 0 && !named.contains(it.key()))
            report.problems.append(
                {QString(),
                 QString(),
                 it.key(),
                 AssessmentText::tr(
                     "stored content %1: its bytes no longer match their SHA-256 (altered outside Bulwark)")
                     .arg(it.key())});
    }
    return report;
}

} // namespace bulwark::assessment

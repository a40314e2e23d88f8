// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/auditlogdialog.h"

#include "gui/tableexport.h"
#include "model/store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bulwark::gui {

void AuditLogModel::setRows(std::shared_ptr<const std::vector<AuditLogRow>> rows)
{
    beginResetModel();
    m_rows = rows ? std::move(rows) : std::make_shared<std::vector<AuditLogRow>>();
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows->size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditLogRow &r = row(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case Seq: return QString::number(r.seq);
            case When: return r.at;
            case Who: return r.who;
            case Action: return r.action;
            case Entity: return r.entity;
            case Key: return r.key;
            case Change: return r.change;
            case Note: return r.note;
            default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Seq: return tr("#");
        case When: return tr("When (UTC)");
        case Who: return tr("Who");
        case Action: return tr("Action");
        case Entity: return tr("Entity");
        case Key: return tr("Key");
        case Change: return tr("Change");
        case Note: return tr("Reason / undo");
        default: return {};
    }
}

void AuditLogFilterModel::setFilter(const Filter &filter)
{
    // A reset rather than invalidateFilter(): on 600,000 rows an incremental filter change removes rows range by
    // range, and the view's bookkeeping for each range made one keystroke take minutes; a reset filters once.
    beginResetModel();
    m_filter = filter;
    m_from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString();
    m_to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QString();
    endResetModel();
}

bool AuditLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *source = static_cast<const AuditLogModel *>(sourceModel());
    const AuditLogRow &r = source->row(sourceRow);
    if (m_filter.deletedOnly && !r.deleted)
        return false;
    if (!m_filter.actor.isEmpty() && r.who != m_filter.actor)
        return false;
    if (!m_filter.action.isEmpty() && r.action != m_filter.action)
        return false;
    if (!m_filter.entity.isEmpty() && r.entity != m_filter.entity)
        return false;
    const QStringView day = QStringView(r.at).left(10);
    if (!m_from.isEmpty() && day < QStringView(m_from))
        return false;
    if (!m_to.isEmpty() && day > QStringView(m_to))
        return false;
    if (!m_filter.text.isEmpty() && !r.key.contains(m_filter.text, Qt::CaseInsensitive)
        && !r.subject.contains(m_filter.text, Qt::CaseInsensitive)
        && !r.object.contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    return true;
}

namespace {

/// Reads the trail on a worker, read-only, one entry at a time, and makes each entry's texts there.
Result<AuditLogData> readTrail(const QString &path, Feedback &feedback)
{
    auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
    if (!db)
        return db.error();
    qint64 total = 0;
    if (auto head = store::AuditLog::storedHead(**db); head && head->present)
        total = head->count;
    auto rows = std::make_shared<std::vector<AuditLogRow>>();
    rows->reserve(std::size_t(std::max<qint64>(total, 0)));
    // One shared string per actor, action and entity: a trail has few of each.
    QHash<QString, QString> actors, entities;
    QHash<int, QString> actions;
    // Newest first: an element's first entry seen is its last; a removal there means the element is gone.
    QSet<QString> seenElements;
    auto read = store::AuditLog::forEachEntry(**db, [&](const store::AuditEntry &e) {
        if (rows->size() % 4096 == 0) {
            if (feedback.isCanceled())
                return false;
            if (total > 0)
                feedback.setProgress(std::min<double>(100.0, double(rows->size()) * 100.0 / double(total)));
        }
        AuditLogRow row;
        row.seq = e.seq;
        row.at = e.at;
        const QString who = store::AuditLog::actorText(e);
        row.who = actors.contains(who) ? actors.value(who) : actors.insert(who, who).value();
        const int action = int(e.action);
        row.action = actions.contains(action) ? actions.value(action)
                                              : actions.insert(action, store::AuditLog::token(e.action)).value();
        const QString entity = e.entityToken();
        row.entity = entities.contains(entity) ? entities.value(entity) : entities.insert(entity, entity).value();
        row.key = e.entityKey;
        row.subject = e.subject == e.entityKey ? row.key : e.subject;
        row.object = e.object;
        if (e.action == store::AuditAction::Change) {
            row.change = store::AuditLog::readableChangeText(e);
        } else if (e.action == store::AuditAction::Remove) {
            // What was removed, as it was last: "Name: Card HSM; Kind: infrastructure; ..."
            // The name and the kind first; the key has its own column.
            QStringList values, first;
            for (const store::AuditFieldChange &c : store::AuditLog::changes(e)) {
                if (c.field == u"key")
                    continue;
                const QString text = QStringLiteral("%1: %2").arg(store::AuditLog::fieldLabel(e.entity, c.field),
                                                                  store::AuditLog::valueText(c.before));
                (c.field == u"name" || c.field == u"kind" ? first : values) << text;
            }
            std::sort(first.begin(), first.end(), [](const QString &a, const QString &b) { return a > b; });
            row.change = (first + values).join(QStringLiteral("; "));
        }
        QStringList note;
        if (e.reverts > 0)
            note << AuditLogDialog::tr("Undo of entry %1").arg(e.reverts);
        if (!e.reason.isEmpty())
            note << e.reason;
        row.note = note.join(QStringLiteral("; "));
        if (e.entity == store::AuditEntity::Element) {
            row.deleted = e.action == store::AuditAction::Remove && !seenElements.contains(e.entityKey);
            seenElements.insert(e.entityKey);
        }
        rows->push_back(std::move(row));
        return true;
    });
    if (!read)
        return read.error();
    rows->shrink_to_fit();
    AuditLogData data;
    data.rows = std::move(rows);
    data.actors = actors.keys();
    data.actors.sort(Qt::CaseInsensitive);
    data.entities = entities.keys();
    data.entities.sort();
    return data;
}

} // namespace

AuditLogDialog::AuditLogDialog(const QString &path, QWidget *parent)
    : QDialog(parent),
      m_model(new AuditLogModel(this)),
      m_filter(new AuditLogFilterModel(this)),
      m_view(new QTableView(this)),
      m_actor(new QComboBox(this)),
      m_action(new QComboBox(this)),
      m_entity(new QComboBox(this)),
      m_text(new QLineEdit(this)),
      m_useFrom(new QCheckBox(tr("From"), this)),
      m_from(new QDateEdit(this)),
      m_useTo(new QCheckBox(tr("To"), this)),
      m_to(new QDateEdit(this)),
      m_deleted(new QCheckBox(tr("&Deleted elements"), this)),
      m_count(new QLabel(this)),
      m_status(new QLabel(this)),
      m_verify(new QPushButton(tr("&Verify audit trail"), this)),
      m_verifyResult(new QLabel(this)),
      m_goneBar(new QWidget(this)),
      m_goneText(new QLabel(m_goneBar)),
      m_loadJob(new BackgroundJob<AuditLogData>(this)),
      m_verifyJob(new BackgroundJob<AuditLogVerification>(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setModal(false);
    setSizeGripEnabled(true);
    resize(1150, 620);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: a 600,000-row trail must not be measured row by row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditLogModel::Seq, 70);
    m_view->setColumnWidth(AuditLogModel::When, 190);
    m_view->setColumnWidth(AuditLogModel::Who, 120);
    m_view->setColumnWidth(AuditLogModel::Action, 70);
    m_view->setColumnWidth(AuditLogModel::Entity, 90);
    m_view->setColumnWidth(AuditLogModel::Key, 180);
    m_view->setColumnWidth(AuditLogModel::Change, 300);
    installResultTableActions(m_view, QStringLiteral("audit-trail"));

    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_useFrom->setObjectName(QStringLiteral("auditUseFrom"));
    m_useTo->setObjectName(QStringLiteral("auditUseTo"));
    m_deleted->setObjectName(QStringLiteral("auditDeleted"));
    m_deleted->setToolTip(tr("Only elements that were removed and are not in the register any more: who removed "
                             "them, when, and their last values"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_verify->setObjectName(QStringLiteral("verifyAudit"));
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    m_actor->addItem(tr("All users"), QString());
    m_action->addItem(tr("All actions"), QString());
    for (store::AuditAction a : {store::AuditAction::Add, store::AuditAction::Change, store::AuditAction::Remove})
        m_action->addItem(store::AuditLog::token(a), store::AuditLog::token(a));
    m_entity->addItem(tr("All entities"), QString());
    m_text->setPlaceholderText(tr("Element or key"));
    m_text->setClearButtonEnabled(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_actor);
    filters->addWidget(m_action);
    filters->addWidget(m_entity);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addWidget(m_deleted);

    auto *exportButton = new QPushButton(tr("&Export to CSV..."), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_verifyResult, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The register's file was deleted or replaced while open: what the dialog shows, and the way out.
    m_goneText->setObjectName(QStringLiteral("auditFileGone"));
    m_goneText->setWordWrap(true);
    m_goneText->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold"));
    auto *saveCopy = new QPushButton(tr("Save a &Copy..."), m_goneBar);
    saveCopy->setObjectName(QStringLiteral("auditSaveCopy"));
    saveCopy->setToolTip(tr("Save the register as this window holds it, with its audit trail, to a new file"));
    connect(saveCopy, &QPushButton::clicked, this, &AuditLogDialog::saveCopyRequested);
    auto *goneLayout = new QHBoxLayout(m_goneBar);
    goneLayout->setContentsMargins(0, 0, 0, 0);
    goneLayout->addWidget(m_goneText, 1);
    goneLayout->addWidget(saveCopy);
    m_goneBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_goneBar);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_status);
    layout->addLayout(verifyRow);
    layout->addWidget(buttons);

    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    // Typing waits for a pause: each pass over 600,000 rows compares three texts per row (about 0.2 s).
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &AuditLogDialog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    connect(m_useFrom, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        applyFilter();
    });
    connect(m_deleted, &QCheckBox::toggled, this, &AuditLogDialog::applyFilter);
    connect(m_useTo, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditLogDialog::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditLogDialog::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditLogDialog::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AuditLogDialog::updateCount);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);

    if (!path.isEmpty())
        load(path);
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::loadHeldCopy(const QString &registerPath, const QString &copyPath)
{
    load(copyPath);
    m_path = registerPath;
    setWindowTitle(tr("Audit Trail - %1").arg(QFileInfo(registerPath).fileName()));
    m_goneText->setText(tr("The file %1 was deleted or replaced while it was open. This is the audit trail as this "
                           "window holds it; save a copy to keep it.")
                            .arg(QDir::toNativeSeparators(registerPath)));
    m_goneBar->show();
}

void AuditLogDialog::showFileGone(const QString &registerPath, const QString &reason)
{
    m_loadJob->discard();
    m_verifyJob->discard();
    m_path = registerPath;
    m_readPath.clear();
    setWindowTitle(tr("Audit Trail - %1").arg(QFileInfo(registerPath).fileName()));
    m_model->setRows({});
    m_verify->setEnabled(false);
    m_verifyResult->clear();
    m_status->setText(reason);
    m_goneText->setText(tr("The file %1 was deleted or replaced while it was open, so its audit trail cannot be "
                           "read from it. Save a copy of the register as this window holds it, trail included.")
                            .arg(QDir::toNativeSeparators(registerPath)));
    m_goneBar->show();
}

void AuditLogDialog::load(const QString &path)
{
    m_path = path;
    m_readPath = path;
    m_goneBar->hide();
    setWindowTitle(tr("Audit Trail - %1").arg(QFileInfo(path).fileName()));
    m_verifyJob->discard();
    m_verify->setEnabled(true);
    m_verifyResult->clear();
    m_status->setText(tr("Reading the audit trail..."));
    m_loadJob->run([path](Feedback &feedback) { return readTrail(path, feedback); },
                   [this](Result<AuditLogData> trail) {
                       if (!trail) {
                           m_model->setRows({});
                           m_status->setText(tr("The audit trail could not be read: %1").arg(trail.error().toString()));
                           Q_EMIT loaded(false);
                           return;
                       }
                       m_status->clear();
                       // Keep the chosen user and entity when they are still there.
                       const QString actor = m_actor->currentData().toString();
                       const QString entity = m_entity->currentData().toString();
                       const QSignalBlocker blockActor(m_actor), blockEntity(m_entity);
                       while (m_actor->count() > 1)
                           m_actor->removeItem(1);
                       for (const QString &a : std::as_const(trail->actors))
                           m_actor->addItem(a, a);
                       while (m_entity->count() > 1)
                           m_entity->removeItem(1);
                       for (const QString &e : std::as_const(trail->entities))
                           m_entity->addItem(e, e);
                       m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
                       m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
                       m_model->setRows(std::move(trail->rows));
                       applyFilter();
                       Q_EMIT loaded(true);
                   },
                   tr("Reading the audit trail..."));
}

void AuditLogDialog::applyFilter()
{
    AuditLogFilterModel::Filter filter;
    filter.actor = m_actor->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.text = m_text->text().trimmed();
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    filter.deletedOnly = m_deleted->isChecked();
    m_filter->setFilter(filter);
    updateCount();
}

void AuditLogDialog::updateCount()
{
    const QLocale locale;
    m_count->setText(
        tr("%1 of %2 entries shown").arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
}

void AuditLogDialog::verify()
{
    const QString path = m_readPath;
    if (path.isEmpty())
        return;
    m_verify->setEnabled(false);
    m_verifyResult->setStyleSheet(QString());
    m_verifyResult->setText(tr("Verifying the audit trail..."));
    m_verifyJob->run(
        [path](Feedback &feedback) -> Result<AuditLogVerification> {
            // Read-only: verifying is evidence work and must not change the file.
            auto db = store::Database::open(path, store::Database::OpenMode::ReadOnly);
            if (!db)
                return db.error();
            auto report = store::AuditLog::verify(**db, &feedback);
            if (!report)
                return report.error();
            AuditLogVerification outcome;
            outcome.report = std::move(*report);
            if (auto stored = store::AuditLog::storedHead(**db); stored && stored->present)
                outcome.headHash = QString::fromLatin1(stored->hash);
            return outcome;
        },
        [this](Result<AuditLogVerification> outcome) {
            m_verify->setEnabled(true);
            showVerification(outcome);
            Q_EMIT verified(outcome && outcome->report.isIntact());
        },
        tr("Verifying the audit trail..."));
}

void AuditLogDialog::showVerification(const Result<AuditLogVerification> &outcome)
{
    const QString red = QStringLiteral("color: #c62828;");
    if (!outcome) {
        m_verifyResult->setStyleSheet(red);
        m_verifyResult->setText(tr("The audit trail could not be verified: %1").arg(outcome.error().toString()));
        return;
    }
    const store::AuditVerification &report = outcome->report;
    if (report.isIntact()) {
        m_verifyResult->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        QString text = tr("Intact: %1 entries, each chained to the one before, and the register matches them.")
                           .arg(QLocale().toString(report.entries));
        if (!outcome->headHash.isEmpty())
            text += QLatin1Char(' ') + tr("Head hash %1.").arg(outcome->headHash);
        m_verifyResult->setText(text);
        return;
    }
    // The problems as the model words them, as 'bulwark verify' lists them.
    QStringList lines;
    for (const store::AuditProblem &p : std::as_const(report.problems))
        lines << tr("Tampered: %1").arg(p.text);
    if (report.problemCount > report.problems.size())
        lines << tr("Tampered: ... and %Ln more problem(s) in the trail.",
                    nullptr,
                    int(report.problemCount - report.problems.size()));
    for (const QString &mismatch : std::as_const(report.stateMismatches))
        lines << tr("Mismatch: %1").arg(mismatch);
    if (report.mismatchCount > report.stateMismatches.size())
        lines << tr("Mismatch: ... and %Ln more value(s) that differ from the trail.",
                    nullptr,
                    int(report.mismatchCount - report.stateMismatches.size()));
    lines << tr("Not intact: %1 checked, %2 in the trail, %3 that differ from it.")
                 .arg(tr("%Ln entries", nullptr, int(report.entries)),
                      tr("%Ln problem(s)", nullptr, int(report.problemCount)),
                      tr("%Ln value(s)", nullptr, int(report.mismatchCount)));
    m_verifyResult->setStyleSheet(red);
    m_verifyResult->setText(lines.join(QLatin1Char('\n')));
}

void AuditLogDialog::exportCsv()
{
    const QString proposed = QDir(QFileInfo(m_path).absolutePath())
                                 .filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral("-audit.csv"));
    const QString file
        = QFileDialog::getSaveFileName(this, tr("Export Audit Trail"), proposed, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (auto written = exportTableCsv(m_view, file); !written)
        QMessageBox::warning(this, tr("Export Audit Trail"), written.error().toString());
}

} // namespace bulwark::gui

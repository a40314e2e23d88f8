// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "model/store/auditlog.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDialog>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace bulwark::gui {

/// One audit entry as the auditor's view shows it: the texts are made on the worker that reads the trail
/// (AuditLog::actorText, AuditLog::changeText), so that showing 600,000 entries costs the GUI thread nothing.
struct AuditLogRow {
    qint64 seq = 0;
    QString at; ///< UTC, ISO 8601 as stored
    QString who;
    QString action; ///< the stored token: add, change, remove
    QString entity; ///< the stored token: element, dependency, group, scenario, ...
    QString key;
    QString subject; ///< the element the entry is about (filtered by the element/key text too)
    QString object;
    QString change;       ///< "RTO (minutes): 240 → 60; Owner: A → B" (labels); a removal: the last values
    QString note;         ///< "Undo of entry 12", the reason given with the change, or both
    bool deleted = false; ///< the removal of an element that is not in the register any more (its last entry)
};

/// What the worker hands over: every entry of the trail, newest first, and the actors and entities seen.
struct AuditLogData {
    std::shared_ptr<const std::vector<AuditLogRow>> rows;
    QStringList actors;
    QStringList entities;
};

/// What "Verify audit trail" hands over: the model's verification and the head hash the register records.
struct AuditLogVerification {
    store::AuditVerification report;
    QString headHash; ///< empty when the register records none
};

/// The rows of the trail (read-only, in the order read: newest first).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, When, Who, Action, Entity, Key, Change, Note, ColumnCount };
    explicit AuditLogModel(QObject *parent = nullptr) : QAbstractTableModel(parent) { }
    void setRows(std::shared_ptr<const std::vector<AuditLogRow>> rows);
    const AuditLogRow &row(int index) const { return (*m_rows)[std::size_t(index)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const std::vector<AuditLogRow>> m_rows = std::make_shared<std::vector<AuditLogRow>>();
};

/// The dialog's filters, applied in the proxy to the rows read once (user, action, entity, element/key text,
/// date range in UTC days; an empty or null value does not filter).
class AuditLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    struct Filter {
        QString actor;
        QString action;
        QString entity;
        QString text;             ///< part of the key, the subject or the object, case-insensitive
        QDate from;               ///< first day shown (UTC)
        QDate to;                 ///< last day shown (UTC)
        bool deletedOnly = false; ///< only the removals of elements that are gone (the history of deleted elements)
    };
    explicit AuditLogFilterModel(QObject *parent = nullptr) : QSortFilterProxyModel(parent) { }
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter;
    QString m_from; ///< "yyyy-MM-dd", compared with the first ten characters of the ISO time
    QString m_to;
};

/// The auditor's view (issue 12): the whole register's audit trail, newest first, read on a worker from the
/// register file (read-only), filtered by user, action, entity, element/key and date, exported to CSV as shown,
/// and "Verify audit trail" (AuditLog::verify on a worker) with its result. Non-modal.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    /// Reads the trail of `path` at once (an empty path: nothing until load or loadHeldCopy).
    explicit AuditLogDialog(const QString &path, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    /// Reads the trail of `path` again (another register, or after changes).
    void load(const QString &path);
    /// The open register's file was deleted or replaced (issue 12): shows the trail as the window holds it, read from
    /// `copyPath` (a copy the caller made through the open connection), says so, and offers Save a Copy.
    void loadHeldCopy(const QString &registerPath, const QString &copyPath);
    /// The file is gone and no copy could be read: says so and offers Save a Copy; shows no entries.
    void showFileGone(const QString &registerPath, const QString &reason);
    /// The notice shown while the register's file is gone (hidden otherwise).
    QLabel *fileGoneNotice() const { return m_goneText; }
    /// Runs AuditLog::verify on a worker; verified() says when it is done.
    void verify();
    QString path() const { return m_path; }

    AuditLogModel *model() const { return m_model; }
    AuditLogFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    /// The trail was read (ok) or could not be (the error is shown in the dialog).
    void loaded(bool ok);
    /// Verification ended: intact, or not (or it failed to run: intact false).
    void verified(bool intact);
    /// "Save a Copy..." in the notice that the register's file is gone.
    void saveCopyRequested();

private:
    void applyFilter();
    void updateCount();
    void showVerification(const Result<AuditLogVerification> &outcome);
    void exportCsv();

    QString m_path;     ///< the register, as the user knows it
    QString m_readPath; ///< where the workers read its trail: the register, or a copy of what the window holds
    AuditLogModel *m_model;
    AuditLogFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_actor;
    QComboBox *m_action;
    QComboBox *m_entity;
    QLineEdit *m_text;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QCheckBox *m_deleted;
    QLabel *m_count;
    QLabel *m_status;
    QPushButton *m_verify;
    QLabel *m_verifyResult;
    QWidget *m_goneBar;
    QLabel *m_goneText;
    BackgroundJob<AuditLogData> *m_loadJob;
    BackgroundJob<AuditLogVerification> *m_verifyJob;
};

} // namespace bulwark::gui

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "model/exchange/importer.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace bulwark::gui {

/// A plan as the workers hand it over (shared: the change set of a large file is not copied on the way).
using ImportPlanPtr = std::shared_ptr<exchange::ImportPlan>;

/// The import preview (issue 12): what an import will change before it is written. Counts, then per key every field
/// that changes (before -> after), with cleared fields and redundancy-group changes marked by a warning; the "Keep
/// fields the file leaves out" choice (on by default), which recomputes the plan on a worker; Import and Cancel.
/// The dialog does not write: on Import (accepted()) the window applies plan().changes as one undoable step.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// Works out the plan on a worker thread (never touches widgets or the window's register connection).
    using Planner = std::function<Result<ImportPlanPtr>(const exchange::ImportOptions &options, Feedback &feedback)>;
    /// The planner every caller uses: opens `registerPath` read-only on the calling (worker) thread and runs
    /// exchange::Importer::plan on `file`.
    static Result<ImportPlanPtr> planImport(const QString &registerPath,
                                            const QString &file,
                                            const exchange::ImportOptions &options,
                                            Feedback &feedback);

    /// At most this many values are listed (flagged ones first); the rest are counted in a last row.
    static constexpr int listLimit = 2000;
    /// Roles of the tree's items, for tests and tools.
    enum Role {
        FlagRole = Qt::UserRole + 1, ///< "cleared", "group" or empty
        FieldRole,                   ///< a field row's token
    };

    /// `plan` must not be null; `options` are those it was worked out with.
    ImportDialog(const QString &file,
                 ImportPlanPtr plan,
                 const exchange::ImportOptions &options,
                 Planner planner,
                 QWidget *parent);

    const exchange::ImportPlan &plan() const { return *m_plan; }
    /// Takes the plan out (the window applies it after Import).
    exchange::ImportPlan takePlan() { return std::move(*m_plan); }
    bool keepOmitted() const;
    /// The options of the plan shown (keep omitted; for a map from another tool its key prefix and mapping file).
    exchange::ImportOptions options() const;
    /// A map from another tool: its key prefix and mapping file can be changed here; what it noticed is listed.
    bool isGraph() const { return m_graph; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QLineEdit *mappingEdit() const { return m_mapping; }
    QTreeWidget *notesTree() const { return m_notes; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isComputing() const { return m_job->isRunning(); }

    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *keepOmittedCheck() const { return m_keepOmitted; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *warningLabel() const { return m_warning; }
    QPushButton *importButton() const { return m_importButton; }

Q_SIGNALS:
    /// A recomputed plan is shown (after the keep-omitted choice changed), or its computation failed.
    void planShown();

private:
    void recompute();
    void showPlan(const exchange::ImportPlan &plan);
    void setComputing(bool computing);

    QString m_file;
    ImportPlanPtr m_plan;
    Planner m_planner;
    BackgroundJob<ImportPlanPtr> *m_job;
    QLabel *m_summary;
    QLabel *m_warningIcon;
    QLabel *m_warning;
    void showNotes(const exchange::ImportPlan &plan);
    void chooseMapping();

    QTreeWidget *m_tree;
    QTreeWidget *m_notes;
    QTabWidget *m_tabs;
    QCheckBox *m_keepOmitted;
    QWidget *m_graphRow;
    QLineEdit *m_prefix;
    QLineEdit *m_mapping;
    bool m_graph = false;
    exchange::ImportOptions m_options;
    QProgressBar *m_progress;
    QToolButton *m_stop;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace bulwark::gui

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/importdialog.h"

#include "model/register/registerservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bulwark::gui {

using exchange::DiffEntry;

Result<ImportPlanPtr> ImportDialog::planImport(const QString &registerPath,
                                               const QString &file,
                                               const exchange::ImportOptions &options,
                                               Feedback &feedback)
{
    // A connection of this worker thread only: the plan validates by a dry run, which reads the whole register.
    auto service = RegisterService::open(registerPath, store::Database::OpenMode::ReadOnly);
    if (!service)
        return service.error();
    auto plan = exchange::Importer::plan(**service, file, options, &feedback);
    if (!plan)
        return plan.error();
    return std::make_shared<exchange::ImportPlan>(std::move(*plan));
}

ImportDialog::ImportDialog(
    const QString &file, ImportPlanPtr plan, const exchange::ImportOptions &options, Planner planner, QWidget *parent)
    : QDialog(parent),
      m_file(file),
      m_plan(std::move(plan)),
      m_planner(std::move(planner)),
      m_job(new BackgroundJob<ImportPlanPtr>(this)),
      m_options(options)
{
    const bool keepOmitted = options.keepOmitted;
    const auto format = exchange::FormatRegistry::find(m_plan->report.format);
    m_graph = format && format->isGraph();
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(file).fileName()));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *warningRow = new QHBoxLayout;
    m_warningIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_warningIcon->setAlignment(Qt::AlignTop);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("importWarning"));
    m_warning->setWordWrap(true);
    warningRow->addWidget(m_warningIcon);
    warningRow->addWidget(m_warning, 1);
    layout->addLayout(warningRow);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("importDiff"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Key / field"), tr("Change"), tr("Before"), tr("After")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 320);
    m_tree->setColumnWidth(1, 200);
    m_tree->setColumnWidth(2, 230);
    // A map from another tool also lists what it has that is not imported (references to nothing, kinds left out).
    m_notes = new QTreeWidget(this);
    m_notes->setObjectName(QStringLiteral("importNotes"));
    m_notes->setColumnCount(3);
    m_notes->setHeaderLabels({tr("Line"), tr("Reference"), tr("Note")});
    m_notes->setRootIsDecorated(false);
    m_notes->setUniformRowHeights(true);
    m_notes->setAlternatingRowColors(true);
    m_notes->header()->setStretchLastSection(true);
    m_notes->setColumnWidth(0, 70);
    m_notes->setColumnWidth(1, 300);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_tabs->addTab(m_tree, tr("&Changes"));
    m_tabs->addTab(m_notes, tr("&Notes"));
    m_tabs->setTabVisible(1, m_graph);
    layout->addWidget(m_tabs, 1);

    // A map from another tool: its keys' prefix and a mapping file, each change working the plan out again.
    m_graphRow = new QWidget(this);
    auto *graphRow = new QHBoxLayout(m_graphRow);
    graphRow->setContentsMargins(0, 0, 0, 0);
    m_prefix = new QLineEdit(m_graphRow);
    m_prefix->setObjectName(QStringLiteral("importPrefix"));
    m_prefix->setText(options.prefix.value_or(format ? format->defaultPrefix : QString()));
    m_prefix->setMaximumWidth(140);
    m_prefix->setToolTip(tr("Put before every key of this file, so that its elements stay apart from others."));
    auto *prefixLabel = new QLabel(tr("Key &prefix:"), m_graphRow);
    prefixLabel->setBuddy(m_prefix);
    m_mapping = new QLineEdit(m_graphRow);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setReadOnly(true);
    m_mapping->setPlaceholderText(tr("none"));
    m_mapping->setText(QDir::toNativeSeparators(options.mappingPath));
    m_mapping->setToolTip(tr("A mapping file sets kinds, criticality, owners and tags, and links to register "
                             "elements by pattern (docs/exchange.md)."));
    auto *mappingLabel = new QLabel(tr("&Mapping file:"), m_graphRow);
    mappingLabel->setBuddy(m_mapping);
    auto *choose = new QToolButton(m_graphRow);
    choose->setObjectName(QStringLiteral("chooseMapping"));
    choose->setText(tr("Choose..."));
    auto *clear = new QToolButton(m_graphRow);
    clear->setText(tr("No mapping"));
    graphRow->addWidget(prefixLabel);
    graphRow->addWidget(m_prefix);
    graphRow->addSpacing(16);
    graphRow->addWidget(mappingLabel);
    graphRow->addWidget(m_mapping, 1);
    graphRow->addWidget(choose);
    graphRow->addWidget(clear);
    layout->addWidget(m_graphRow);
    m_graphRow->setVisible(m_graph);
    connect(m_prefix, &QLineEdit::editingFinished, this, [this] {
        if (m_prefix->text() != m_options.prefix.value_or(QString()))
            recompute();
    });
    connect(choose, &QToolButton::clicked, this, [this] { chooseMapping(); });
    connect(clear, &QToolButton::clicked, this, [this] {
        if (m_mapping->text().isEmpty())
            return;
        m_mapping->clear();
        recompute();
    });

    auto *optionsRow = new QHBoxLayout;
    m_keepOmitted = new QCheckBox(tr("&Keep fields the file leaves out"), this);
    m_keepOmitted->setObjectName(QStringLiteral("keepOmitted"));
    m_keepOmitted->setChecked(keepOmitted);
    m_keepOmitted->setToolTip(
        tr("On: a field that the file does not have (a missing JSON key or CSV column, an empty CSV cell) keeps the "
           "register's value.\nOff: the file's values replace the register's whole, and a field it leaves out is "
           "cleared."));
    optionsRow->addWidget(m_keepOmitted);
    // From another tool, fields its file does not have always keep the register's values.
    m_keepOmitted->setVisible(!m_graph);
    optionsRow->addStretch(1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_stop = new QToolButton(this);
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop working out the preview"));
    optionsRow->addWidget(m_progress);
    optionsRow->addWidget(m_stop);
    m_job->bindProgress(m_progress, m_stop);
    layout->addLayout(optionsRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepOmitted, &QCheckBox::toggled, this, [this] { recompute(); });
    connect(m_job, &BackgroundJobBase::runningChanged, this, [this](bool running) { setComputing(running); });

    resize(1000, 560);
    showPlan(*m_plan);
}

bool ImportDialog::keepOmitted() const
{
    return m_keepOmitted->isChecked();
}

exchange::ImportOptions ImportDialog::options() const
{
    exchange::ImportOptions options = m_options;
    options.keepOmitted = m_keepOmitted->isChecked();
    if (m_graph) {
        options.prefix = m_prefix->text().trimmed();
        options.mappingPath = QDir::fromNativeSeparators(m_mapping->text());
    }
    return options;
}

void ImportDialog::chooseMapping()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Mapping File"),
                                                      QFileInfo(m_file).absolutePath(),
                                                      tr("Mapping files (*.yaml *.yml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_mapping->setText(QDir::toNativeSeparators(path));
    recompute();
}

void ImportDialog::showNotes(const exchange::ImportPlan &plan)
{
    m_notes->setUpdatesEnabled(false);
    m_notes->clear();
    const QList<exchange::ImportNote> &notes = plan.report.notes;
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < notes.size() && i < listLimit; ++i) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, notes[i].line > 0 ? QLocale().toString(notes[i].line) : QString());
        item->setText(1, notes[i].reference);
        item->setText(2, notes[i].text);
        item->setToolTip(2, notes[i].text);
        items << item;
    }
    if (notes.size() > listLimit) {
        auto *more = new QTreeWidgetItem;
        more->setText(2, tr("... and %Ln more note(s)", nullptr, int(notes.size() - listLimit)));
        items << more;
    }
    m_notes->addTopLevelItems(items);
    m_notes->setUpdatesEnabled(true);
    m_tabs->setTabText(1, notes.isEmpty() ? tr("&Notes") : tr("&Notes (%1)").arg(QLocale().toString(notes.size())));
}

void ImportDialog::setComputing(bool computing)
{
    m_importButton->setEnabled(!computing && !m_plan->diff.isEmpty());
    m_tree->setEnabled(!computing);
}

void ImportDialog::recompute()
{
    m_options = options();
    m_job->run(
        [planner = m_planner, options = m_options](Feedback &feedback) { return planner(options, feedback); },
        [this](Result<ImportPlanPtr> plan) {
            if (!plan) {
                m_summary->setText(
                    plan.error().code == Error::Code::Canceled
                        ? tr("The preview was stopped. Change the choice below to work it out again.")
                        : tr("The preview could not be worked out: %1").arg(plan.error().toString().toHtmlEscaped()));
                m_warning->hide();
                m_warningIcon->hide();
                // Canceled or failed: what is shown no longer matches the choice, so nothing can be imported.
                m_plan = std::make_shared<exchange::ImportPlan>();
                m_tree->clear();
                m_notes->clear();
                m_importButton->setEnabled(false);
                Q_EMIT planShown();
                return;
            }
            m_plan = std::move(*plan);
            showPlan(*m_plan);
            setComputing(false);
            Q_EMIT planShown();
        },
        tr("Working out what the import changes..."));
}

namespace {

QString countsText(const QString &what, const ChangeCounts &counts)
{
    const QLocale locale;
    QStringList parts;
    parts << ImportDialog::tr("%1 new").arg(locale.toString(counts.added))
          << ImportDialog::tr("%1 changed").arg(locale.toString(counts.changed))
          << ImportDialog::tr("%1 unchanged").arg(locale.toString(counts.unchanged));
    if (counts.removed > 0)
        parts << ImportDialog::tr("%1 removed").arg(locale.toString(counts.removed));
    return QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>").arg(what, parts.join(QStringLiteral(", ")));
}

QString subjectText(DiffEntry::Subject subject, DiffEntry::Action action)
{
    using S = DiffEntry::Subject;
    using A = DiffEntry::Action;
    switch (subject) {
        case S::Element:
            return action == A::Add   ? ImportDialog::tr("new element")
                : action == A::Change ? ImportDialog::tr("changed element")
                                      : ImportDialog::tr("removed element");
        case S::Dependency:
            return action == A::Add   ? ImportDialog::tr("new dependency")
                : action == A::Change ? ImportDialog::tr("changed dependency")
                                      : ImportDialog::tr("removed dependency");
        case S::Group:
            return action == A::Add   ? ImportDialog::tr("new group")
                : action == A::Change ? ImportDialog::tr("changed group")
                                      : ImportDialog::tr("removed group");
    }
    return {};
}

/// Flagged entries first (what needs a look), then other changes, removals, and the new values last.
int rank(const DiffEntry &entry)
{
    if (entry.isWarning())
        return 0;
    switch (entry.action) {
        case DiffEntry::Action::Change: return 1;
        case DiffEntry::Action::Remove: return 2;
        case DiffEntry::Action::Add: return 3;
    }
    return 3;
}

} // namespace

void ImportDialog::showPlan(const exchange::ImportPlan &plan)
{
    const exchange::ImportDiff &diff = plan.diff;
    const QString name = QFileInfo(m_file).fileName().toHtmlEscaped();
    QString text = diff.isEmpty()
        ? tr("<b>%1</b> matches the register: the import changes nothing.").arg(name)
        : tr("Importing <b>%1</b> changes the register as listed below. It is one step: Edit &gt; Undo takes it back.")
              .arg(name);
    if (m_graph && plan.report.format != exchange::Format::Auto)
        text += QStringLiteral("<br>")
            + tr("Read as %1 (%2).")
                  .arg(plan.report.formatName.toHtmlEscaped(),
                       plan.report.detection.isEmpty() ? tr("as chosen") : plan.report.detection.toHtmlEscaped());
    if (!plan.report.notes.isEmpty())
        text += QStringLiteral(" ")
            + tr("%Ln note(s) about what the file has that is not imported: see Notes.",
                 nullptr,
                 int(plan.report.notes.size()));
    text += QStringLiteral("<table>") + countsText(tr("Elements:"), diff.elements)
        + countsText(tr("Dependencies:"), diff.dependencies) + countsText(tr("Groups:"), diff.groups)
        + QStringLiteral("</table>");
    m_summary->setText(text);

    QStringList warnings;
    if (diff.clearedFields > 0)
        warnings << tr("%Ln field(s) that have a value now will be cleared.", nullptr, int(diff.clearedFields));
    if (diff.groupChanges > 0)
        warnings << tr("%Ln dependency(ies) will leave, join or change a redundancy group; leaving one can create a "
                       "single point of failure.",
                       nullptr,
                       int(diff.groupChanges));
    if (!warnings.isEmpty())
        warnings << tr("They are marked below.");
    showNotes(plan);
    m_warning->setText(warnings.join(u' '));
    m_warning->setVisible(!warnings.isEmpty());
    m_warningIcon->setVisible(!warnings.isEmpty());

    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    std::vector<const DiffEntry *> order;
    order.reserve(diff.entries.size());
    for (const DiffEntry &entry : diff.entries)
        order.push_back(&entry);
    std::stable_sort(
        order.begin(), order.end(), [](const DiffEntry *a, const DiffEntry *b) { return rank(*a) < rank(*b); });
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QFont bold = m_tree->font();
    bold.setBold(true);
    QList<QTreeWidgetItem *> items;
    const qsizetype shown = std::min<qsizetype>(qsizetype(order.size()), listLimit);
    for (qsizetype i = 0; i < shown; ++i) {
        const DiffEntry &entry = *order[std::size_t(i)];
        auto *item = new QTreeWidgetItem;
        item->setText(0, entry.name.isEmpty() ? entry.key : tr("%1  %2").arg(entry.key, entry.name));
        item->setText(1,
                      entry.line > 0 ? tr("%1, line %2").arg(subjectText(entry.subject, entry.action)).arg(entry.line)
                                     : subjectText(entry.subject, entry.action));
        item->setData(0, FieldRole, entry.key);
        if (entry.isWarning()) {
            item->setIcon(0, warningIcon);
            item->setData(0, FlagRole, entry.groupChange ? QStringLiteral("group") : QStringLiteral("cleared"));
            item->setFont(0, bold);
        }
        for (const exchange::FieldChange &field : entry.fields) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, field.label);
            child->setData(0, FieldRole, field.field);
            // As the tables show the values ("1 h", "99.95 %"); the raw value, as in the file, in the tooltip.
            child->setText(2, field.shownBefore);
            child->setText(3, field.cleared ? tr("(cleared)") : field.shownAfter);
            child->setToolTip(2, field.before);
            child->setToolTip(3, field.after);
            const bool group = entry.groupChange && field.field == u"group";
            if (field.cleared || group) {
                child->setIcon(0, warningIcon);
                child->setText(1, group ? tr("group changes") : tr("cleared"));
                child->setData(0, FlagRole, group ? QStringLiteral("group") : QStringLiteral("cleared"));
                child->setFont(1, bold);
            } else {
                child->setText(1, field.before.isEmpty() ? tr("set") : tr("changed"));
            }
        }
        if (entry.groupChange) {
            auto *note = new QTreeWidgetItem(item);
            note->setText(0, entry.groupChangeText());
            note->setIcon(0, warningIcon);
            note->setData(0, FlagRole, QStringLiteral("group"));
            note->setToolTip(0, entry.groupChangeText());
        }
        items << item;
    }
    if (qsizetype(order.size()) > shown) {
        auto *more = new QTreeWidgetItem;
        more->setText(
            0,
            tr("... and %1 more (all of them are imported)").arg(QLocale().toString(qsizetype(order.size()) - shown)));
        more->setFlags(Qt::ItemIsEnabled);
        items << more;
    }
    m_tree->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->childCount() > 0 && (item->data(0, FlagRole).isValid() || items.size() <= 50))
            item->setExpanded(true);
        if (item->childCount() > 0) {
            for (int c = 0; c < item->childCount(); ++c) {
                if (item->child(c)->columnCount() > 0 && item->child(c)->text(1).isEmpty())
                    item->child(c)->setFirstColumnSpanned(true); // the group-change note
            }
        }
    }
    m_tree->setUpdatesEnabled(true);
    m_importButton->setEnabled(!diff.isEmpty() && !m_job->isRunning());
}

} // namespace bulwark::gui

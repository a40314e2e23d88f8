// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/comparisondialog.h"

#include "gui/assessmentpage.h"
#include "gui/fitcolumns.h"
#include "gui/models/requirementtreemodel.h"
#include "gui/models/resulttablemodel.h"
#include "gui/tableexport.h"
#include "gui/theme.h"
#include "model/register/registerservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bulwark::gui {
namespace {

using namespace assessment;

QColor trendColour(Trend trend)
{
    switch (trend) {
        case Trend::Improved: return theme::green;
        case Trend::Worsened: return theme::red;
        case Trend::Unchanged: return {};
    }
    return {};
}

std::vector<ResultTableModel::Row> findingRows(const std::vector<FindingValue> &findings)
{
    std::vector<ResultTableModel::Row> rows;
    for (const FindingValue &f : findings) {
        rows.push_back(ResultTableModel::Row{f.key,
                                             {{displayName(f.severity), int(f.severity)},
                                              {f.subjects.join(QStringLiteral(", ")), {}},
                                              {f.message, {}},
                                              {displayName(f.status), int(f.status)},
                                              {f.check, {}},
                                              {f.firstSeen.toString(Qt::ISODate), {}},
                                              {f.lastSeen.toString(Qt::ISODate), {}},
                                              {f.key, {}}},
                                             {}});
    }
    return rows;
}

QTableView *tableFor(ResultTableModel *model, QWidget *parent, const QString &exportName)
{
    QTableView *view = ResultTableModel::createView(model, parent);
    installResultTableActions(view, exportName);
    return view;
}

} // namespace

ComparisonDialog::ComparisonDialog(RegisterService &service,
                                   const Catalogue &catalogue,
                                   const QString &key,
                                   QWidget *parent)
    : QDialog(parent),
      m_service(&service),
      m_catalogue(catalogue),
      m_key(key),
      m_requirements(
          new ResultTableModel({tr("Requirement"), tr("Title"), tr("Before"), tr("After"), tr("Change")}, this)),
      m_chapters(new ResultTableModel({tr("Chapter"), tr("Before"), tr("After")}, this)),
      m_newFindings(new ResultTableModel({tr("Severity"),
                                          tr("Elements"),
                                          tr("Message"),
                                          tr("Status"),
                                          tr("Check"),
                                          tr("First seen"),
                                          tr("Last seen"),
                                          tr("Finding")},
                                         this)),
      m_goneFindings(new ResultTableModel({tr("Severity"),
                                           tr("Elements"),
                                           tr("Message"),
                                           tr("Status"),
                                           tr("Check"),
                                           tr("First seen"),
                                           tr("Last seen"),
                                           tr("Finding")},
                                          this))
{
    setObjectName(QStringLiteral("comparisonDialog"));
    setWindowTitle(tr("Compare Assessment %1").arg(key));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Compare %1 &with:").arg(key), this);
    m_other = new QComboBox(this);
    m_other->setObjectName(QStringLiteral("comparisonOther"));
    label->setBuddy(m_other);
    row->addWidget(label);
    row->addWidget(m_other, 1);
    layout->addLayout(row);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("comparisonVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    layout->addWidget(m_verdict);
    m_scores = new QLabel(this);
    m_scores->setObjectName(QStringLiteral("comparisonScores"));
    m_scores->setWordWrap(true);
    m_scores->setTextFormat(Qt::RichText);
    layout->addWidget(m_scores);

    m_tabs = new QTabWidget(this);
    auto *requirements = tableFor(m_requirements, m_tabs, QStringLiteral("assessment-comparison-requirements"));
    auto *chapters = tableFor(m_chapters, m_tabs, QStringLiteral("assessment-comparison-chapters"));
    auto *added = tableFor(m_newFindings, m_tabs, QStringLiteral("assessment-comparison-new-findings"));
    auto *gone = tableFor(m_goneFindings, m_tabs, QStringLiteral("assessment-comparison-gone-findings"));
    m_tabs->addTab(requirements, tr("Requirements"));
    m_tabs->addTab(chapters, tr("Chapters"));
    m_tabs->addTab(added, tr("New findings"));
    m_tabs->addTab(gone, tr("No longer seen"));
    layout->addWidget(m_tabs, 1);
    for (QTableView *view : {added, gone}) {
        view->setProperty(maxColumnWidthProperty, 360);
        connect(view, &QTableView::doubleClicked, this, [this, view](const QModelIndex &index) {
            const auto *model = static_cast<ResultTableModel *>(view->model());
            const QString elements = model->row(index.row()).cells[1].text;
            if (!elements.isEmpty())
                Q_EMIT showElement(elements.section(QStringLiteral(", "), 0, 0));
        });
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The others, newest first; the default is the latest one dated before this one.
    const auto records = service.records(assessmentType());
    const auto self = records.constFind(key);
    const QDate date = self != records.constEnd() ? assessedOn(TableType<Assessment>::value(*self)) : QDate();
    std::vector<Assessment> others;
    for (const Record &r : records) {
        const Assessment &a = TableType<Assessment>::value(r);
        if (a.key != key)
            others.push_back(a);
    }
    std::sort(others.begin(), others.end(), [](const Assessment &a, const Assessment &b) {
        return std::pair(assessedOn(a), a.key) > std::pair(assessedOn(b), b.key);
    });
    int chosen = -1;
    for (const Assessment &a : others) {
        m_other->addItem(
            tr("%1: %2 (%3, %4)").arg(a.key, a.title, displayName(a.status), assessedOn(a).toString(Qt::ISODate)),
            a.key);
        if (chosen < 0 && date.isValid() && assessedOn(a).isValid() && assessedOn(a) <= date)
            chosen = m_other->count() - 1;
    }
    connect(m_other, &QComboBox::currentIndexChanged, this, [this] { compareWith(m_other->currentData().toString()); });
    resize(900, 600);
    if (m_other->count() == 0) {
        m_verdict->setText(tr("There is no other assessment in the register to compare with."));
        return;
    }
    m_other->setCurrentIndex(std::max(0, chosen));
    compareWith(m_other->currentData().toString());
}

void ComparisonDialog::compareWith(const QString &other)
{
    if (!m_service)
        return;
    const auto records = m_service->records(assessmentType());
    if (!records.contains(other) || !records.contains(m_key))
        return;
    Assessment first = TableType<Assessment>::value(records.value(other));
    Assessment second = TableType<Assessment>::value(records.value(m_key));
    // The earlier one is "before" (compareAssessments' direction).
    if (std::pair(assessedOn(second), second.key) < std::pair(assessedOn(first), first.key))
        std::swap(first, second);
    m_comparison = compareAssessments(
        first, second, m_catalogue, m_service->records(requirementResultType()), m_service->records(findingType()));
    const AssessmentComparison &c = m_comparison;
    QString verdict = tr("%1 &rarr; %2: %3 (%4)")
                          .arg(c.before.key.toHtmlEscaped(),
                               c.after.key.toHtmlEscaped(),
                               resultBadge(displayName(c.verdict), trendColour(c.verdict)),
                               c.verdictReason.toHtmlEscaped());
    if (c.catalogueDiffers)
        verdict += QStringLiteral("<br>")
            + tr("The two were assessed against different catalogues or catalogue versions.").toHtmlEscaped();
    m_verdict->setText(verdict);
    m_scores->setText(tr("Overall score %1 &rarr; %2. %Ln requirement(s) changed; %L3 new finding(s), %L4 no longer "
                         "seen.",
                         nullptr,
                         int(c.changed.size()))
                          .arg(RequirementTreeModel::scoreText(c.scoreBefore.overall),
                               RequirementTreeModel::scoreText(c.scoreAfter.overall))
                          .arg(c.newFindings.size())
                          .arg(c.goneFindings.size()));

    std::vector<ResultTableModel::Row> rows;
    for (const RequirementChange &change : c.changed) {
        const Requirement *r = m_catalogue.find(change.requirement);
        rows.push_back(ResultTableModel::Row{change.requirement,
                                             {{change.requirement, {}},
                                              {r ? r->title : QString(), {}},
                                              {displayName(change.before), int(change.before)},
                                              {displayName(change.after), int(change.after)},
                                              {displayName(change.trend), int(change.trend)}},
                                             trendColour(change.trend)});
    }
    for (const auto &[list, text] : {std::pair{&c.onlyBefore, tr("only in %1").arg(c.before.key)},
                                     std::pair{&c.onlyAfter, tr("only in %1").arg(c.after.key)}}) {
        for (const QString &id : *list) {
            const Requirement *r = m_catalogue.find(id);
            rows.push_back(
                ResultTableModel::Row{id, {{id, {}}, {r ? r->title : QString(), {}}, {}, {}, {text, {}}}, {}});
        }
    }
    m_requirements->setRows(std::move(rows));
    std::vector<ResultTableModel::Row> chapters;
    for (const QString &chapter : m_catalogue.chapters) {
        const double before = c.scoreBefore.byChapter.value(chapter, -1);
        const double after = c.scoreAfter.byChapter.value(chapter, -1);
        const QString title = m_catalogue.chapterTitles.value(chapter);
        chapters.push_back(ResultTableModel::Row{chapter,
                                                 {{title.isEmpty() ? chapter : tr("%1: %2").arg(chapter, title), {}},
                                                  {RequirementTreeModel::scoreText(before), before},
                                                  {RequirementTreeModel::scoreText(after), after}},
                                                 after > before       ? theme::green
                                                     : after < before ? theme::red
                                                                      : QColor()});
    }
    m_chapters->setRows(std::move(chapters));
    m_newFindings->setRows(findingRows(c.newFindings));
    m_goneFindings->setRows(findingRows(c.goneFindings));
    m_tabs->setTabText(0, tr("Requirements (%L1)").arg(m_requirements->rowCount()));
    m_tabs->setTabText(2, tr("New findings (%L1)").arg(c.newFindings.size()));
    m_tabs->setTabText(3, tr("No longer seen (%L1)").arg(c.goneFindings.size()));
    for (QTableView *view : findChildren<QTableView *>())
        fitColumns(view, 300);
}

} // namespace bulwark::gui

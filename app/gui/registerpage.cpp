// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerpage.h"

#include "commands/registercommand.h"
#include "elementeditor.h"
#include "models/elementfilterproxymodel.h"
#include "models/elementtablemodel.h"
#include "models/relationtablemodel.h"
#include "register/registerservice.h"
#include "register/vocabulary.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bulwark::gui {
namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Fitting columns looks at the visible rows and 100 more, not 1,000 (the default) of 100,000.
    view->horizontalHeader()->setResizeContentsPrecision(100);
    return view;
}

QSortFilterProxyModel *sorted(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(RelationTableModel::SortRole);
    return proxy;
}

} // namespace

RegisterPage::RegisterPage(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_model(new ElementTableModel(this))
    , m_proxy(new ElementFilterProxyModel(this))
    , m_dependencyModel(new RelationTableModel(RelationTableModel::Kind::Dependencies, this))
    , m_groupModel(new RelationTableModel(RelationTableModel::Kind::Groups, this))
    , m_neighbourModel(new RelationTableModel(RelationTableModel::Kind::Dependencies, this))
{
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    auto *filterBar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search key, name, owner or tag (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (int k = 0; k < elementKindCount; ++k)
        m_kind->addItem(Vocabulary::pluralName(ElementKind(k)), k);
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_kind);
    filterBar->addWidget(m_count);
    layout->addLayout(filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_tabs = new QTabWidget(m_splitter);
    m_elementView = makeTable(m_proxy, m_tabs);
    m_elementView->setObjectName(QStringLiteral("elementTable"));
    m_elementView->sortByColumn(int(ElementTableModel::Column::Key), Qt::AscendingOrder);
    m_dependencyView = makeTable(sorted(m_dependencyModel, this), m_tabs);
    m_groupView = makeTable(sorted(m_groupModel, this), m_tabs);
    m_tabs->addTab(m_elementView, tr("&Elements"));
    m_tabs->addTab(m_dependencyView, tr("&Dependencies"));
    m_tabs->addTab(m_groupView, tr("Redundancy &groups"));
    // The whole register's dependencies (500,000 at bank scale) are gathered only while their tab is shown.
    m_dependencyModel->setActive(false);
    m_groupModel->setActive(false);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_dependencyModel->setActive(m_tabs->currentWidget() == m_dependencyView);
        m_groupModel->setActive(m_tabs->currentWidget() == m_groupView);
        if (m_tabs->currentWidget() == m_dependencyView)
            m_dependencyView->resizeColumnsToContents();
    });

    auto *side = new QWidget(m_splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    m_editor = new ElementEditor(side);
    sideLayout->addWidget(m_editor, 3);
    auto *neighbourLabel = new QLabel(tr("Dependencies of the selected element"), side);
    neighbourLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    sideLayout->addWidget(neighbourLabel);
    m_neighbourView = makeTable(sorted(m_neighbourModel, this), side);
    sideLayout->addWidget(m_neighbourView, 1);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({720, 440});
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ElementFilterProxyModel::setText);
    connect(m_search, &QLineEdit::textChanged, this, &RegisterPage::updateCount);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_proxy->setKind(kind < 0 ? std::nullopt : std::optional<ElementKind>(ElementKind(kind)));
        updateCount();
    });
    connect(m_elementView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegisterPage::currentElementChanged);
    connect(m_editor, &ElementEditor::elementAdded, this, &RegisterPage::selectElement);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RegisterPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegisterPage::updateCount);
    setupActions();
    updateCount();
}

void RegisterPage::setupActions()
{
    m_newElement = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Element"), this);
    m_newElement->setObjectName(QStringLiteral("element_new"));
    m_newElement->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newElement->setStatusTip(tr("Add an element of the kind shown in the filter (an application if all kinds are shown)"));
    connect(m_newElement, &QAction::triggered, this, &RegisterPage::newElement);

    m_deleteElements = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Element"), this);
    m_deleteElements->setObjectName(QStringLiteral("element_delete"));
    m_deleteElements->setShortcut(QKeySequence::Delete);
    m_deleteElements->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteElements->setStatusTip(tr("Remove the selected elements with their dependencies"));
    connect(m_deleteElements, &QAction::triggered, this, &RegisterPage::deleteSelectedElements);
    m_elementView->addAction(m_deleteElements);

    m_find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("edit_find"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setStatusTip(tr("Search the register"));
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void RegisterPage::setService(RegisterService *service)
{
    m_service = service;
    m_model->setService(service);
    m_dependencyModel->setService(service);
    m_groupModel->setService(service);
    m_neighbourModel->setService(service);
    m_neighbourModel->setElement(QStringLiteral("\x01")); // nothing until a selection
    m_editor->setService(service, m_undoStack);
    m_newElement->setEnabled(service != nullptr);
    m_deleteElements->setEnabled(service != nullptr);
    m_elementView->resizeColumnsToContents();
    m_elementView->setColumnWidth(int(ElementTableModel::Column::Name),
                                  std::min(m_elementView->columnWidth(int(ElementTableModel::Column::Name)), 320));
    updateCount();
    if (service && m_proxy->rowCount() > 0)
        m_elementView->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RegisterPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n element(s)", nullptr, total) : tr("%1 of %2 elements").arg(shown).arg(total));
}

void RegisterPage::currentElementChanged()
{
    const QModelIndex current = m_elementView->selectionModel()->currentIndex();
    const QString key = current.isValid() ? current.data(ElementTableModel::KeyRole).toString() : QString();
    m_editor->setElement(key);
    m_neighbourModel->setElement(key.isEmpty() ? QStringLiteral("\x01") : key);
    m_neighbourView->resizeColumnsToContents();
    Q_EMIT elementSelected(key);
}

void RegisterPage::selectElement(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: clear the filters so it can be shown
        m_search->clear();
        m_kind->setCurrentIndex(0);
    }
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    m_tabs->setCurrentWidget(m_elementView);
    m_elementView->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_elementView->scrollTo(shown);
}

void RegisterPage::filterKind(int kind)
{
    m_search->clear();
    m_tabs->setCurrentWidget(m_elementView);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

QStringList RegisterPage::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &index : m_elementView->selectionModel()->selectedRows())
        keys << index.data(ElementTableModel::KeyRole).toString();
    return keys;
}

void RegisterPage::newElement()
{
    if (!m_service)
        return;
    const int kind = m_kind->currentData().toInt();
    m_editor->startNewElement(kind < 0 ? ElementKind::Application : ElementKind(kind));
}

void RegisterPage::deleteSelectedElements()
{
    const QStringList keys = selectedKeys();
    if (!m_service || keys.isEmpty())
        return;
    // Preview what goes with them before asking.
    ChangeSet preview;
    preview.removeElements = keys;
    auto summary = m_service->apply(preview, Actor::current(), true);
    if (!summary) {
        QMessageBox::warning(this, tr("Cannot Delete"), summary.error().message);
        return;
    }
    QStringList dependents;
    for (const QString &key : keys) {
        for (const Dependency &d : m_service->dependentsOf(key)) {
            if (!keys.contains(d.from))
                dependents << d.from;
        }
    }
    dependents.removeDuplicates();
    QString text = keys.size() == 1 ? tr("Delete %1?").arg(keys.first()) : tr("Delete %n elements?", nullptr, int(keys.size()));
    QString details = tr("%n dependency(ies) and %1 redundancy group(s) go with them.", nullptr,
                         int(summary->dependencies.removed))
                          .arg(summary->groups.removed);
    if (!dependents.isEmpty())
        details += u' '
            + tr("These elements depend on them and lose that dependency: %1.")
                  .arg(dependents.mid(0, 12).join(QStringLiteral(", ")) + (dependents.size() > 12 ? QStringLiteral(", ...") : QString()));
    QMessageBox box(QMessageBox::Question, tr("Delete Elements"), text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(details + u' ' + tr("You can undo this."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_undoStack->push(RegisterCommand::removeElements(m_service, keys).release());
}

} // namespace bulwark::gui

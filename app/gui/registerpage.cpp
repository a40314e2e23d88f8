// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/registerpage.h"

#include "gui/backgroundjob.h"
#include "gui/commands/registercommand.h"
#include "gui/elementeditor.h"
#include "gui/fitcolumns.h"
#include "gui/functionpage.h"
#include "gui/icons.h"
#include "gui/models/elementfilterproxymodel.h"
#include "gui/models/elementtablemodel.h"
#include "gui/models/relationtablemodel.h"
#include "gui/models/resulttablemodel.h"
#include "gui/relationdialogs.h"
#include "gui/settings.h"
#include "model/register/registerservice.h"
#include "model/register/vocabulary.h"
#include "model/store/auditlog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace bulwark::gui {
namespace {

/// The element table's columns as Settings names them (ElementTableModel::Column order).
constexpr std::array<const char16_t *, std::size_t(ElementTableModel::Column::Count)> elementColumnTokens{
    u"key", u"name", u"kind", u"criticality", u"owner", u"rto", u"rpo", u"mtd", u"availability", u"tags"};

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
    : QWidget(parent),
      m_undoStack(undoStack),
      m_model(new ElementTableModel(this)),
      m_proxy(new ElementFilterProxyModel(this)),
      m_dependencyModel(
          new RelationTableModel(RelationTableModel::Kind::Dependencies, RelationTableModel::Scope::Register, this)),
      m_groupModel(new RelationTableModel(RelationTableModel::Kind::Groups, RelationTableModel::Scope::Register, this)),
      m_neighbourModel(
          new RelationTableModel(RelationTableModel::Kind::Dependencies, RelationTableModel::Scope::Element, this)),
      m_neededByModel(
          new RelationTableModel(RelationTableModel::Kind::Dependencies, RelationTableModel::Scope::Element, this)),
      m_elementGroupModel(
          new RelationTableModel(RelationTableModel::Kind::Groups, RelationTableModel::Scope::Element, this)),
      m_historyModel(new ResultTableModel({tr("When (UTC)"), tr("Who"), tr("Action"), tr("What"), tr("Change")}, this))
{
    m_filterValuesJob = new BackgroundJob<std::pair<QStringList, QStringList>>(this);
    // The dependency pane separates what the element needs from what needs it (issue 12).
    m_neighbourModel->setDirection(RelationTableModel::Direction::Needs);
    m_neededByModel->setDirection(RelationTableModel::Direction::NeededBy);
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
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->addItem(tr("Any owner"), QString());
    m_owner->setToolTip(tr("Show only the elements of one owner"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->addItem(tr("Any tag"), QString());
    m_tag->setToolTip(tr("Show only the elements with one tag"));
    m_criticality = new QComboBox(this);
    m_criticality->setObjectName(QStringLiteral("criticalityFilter"));
    m_criticality->addItem(tr("Any criticality"), -1);
    m_criticality->addItem(Vocabulary::displayName(Criticality::Critical), int(Criticality::Critical));
    m_criticality->addItem(Vocabulary::displayName(Criticality::Standard), int(Criticality::Standard));
    m_criticality->setToolTip(tr("Show only business functions of this criticality"));
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_kind);
    filterBar->addWidget(m_owner);
    filterBar->addWidget(m_tag);
    filterBar->addWidget(m_criticality);
    filterBar->addWidget(m_count);
    layout->addLayout(filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_tabs = new QTabWidget(m_splitter);
    m_elementView = makeTable(m_proxy, m_tabs);
    m_elementView->setObjectName(QStringLiteral("elementTable"));
    m_elementView->sortByColumn(int(ElementTableModel::Column::Key), Qt::AscendingOrder);
    // 1280x720 (issue 12): ten columns do not fit beside the form. Wide cells elide (the tooltip has the text), and
    // the less used columns are hidden by default; the header's context menu shows or hides each, remembered.
    m_elementView->setProperty(maxColumnWidthProperty, 105);
    {
        QHeaderView *header = m_elementView->horizontalHeader();
        // The name takes the width the other columns leave, so that nothing scrolls sideways.
        header->setStretchLastSection(false);
        header->setSectionResizeMode(int(ElementTableModel::Column::Name), QHeaderView::Stretch);
        header->setContextMenuPolicy(Qt::ActionsContextMenu);
        const QStringList hidden = Settings().hiddenElementColumns();
        for (int column = 1; column < int(ElementTableModel::Column::Count); ++column) {
            const QString token = QString::fromUtf16(elementColumnTokens[std::size_t(column)]);
            auto *action = new QAction(m_proxy->headerData(column, Qt::Horizontal).toString(), header);
            action->setObjectName(QStringLiteral("elementColumn_") + token);
            action->setCheckable(true);
            action->setChecked(!hidden.contains(token));
            action->setStatusTip(tr("Show or hide this column of the element table"));
            connect(action, &QAction::toggled, this, [this, token](bool shown) {
                QStringList hiddenNow = Settings().hiddenElementColumns();
                hiddenNow.removeAll(token);
                if (!shown)
                    hiddenNow << token;
                Settings().setHiddenElementColumns(hiddenNow);
                applyHiddenColumns();
            });
            header->addAction(action);
        }
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegisterPage::applyHiddenColumns);
        applyHiddenColumns();
    }
    // The whole register's tables sort themselves (on a worker when large); the element's few rows go through a proxy.
    m_dependencyView = makeTable(m_dependencyModel, m_tabs);
    m_groupView = makeTable(m_groupModel, m_tabs);
    m_tabs->addTab(m_elementView, tr("&Elements"));
    m_dependencyView->setObjectName(QStringLiteral("allDependencyTable"));
    connect(m_dependencyModel, &RelationTableModel::loaded, this, [this] {
        if (m_tabs->currentWidget() == m_dependencyView && !m_dependencyView->property("bulwarkFitted").toBool()) {
            fitColumns(m_dependencyView); // once: later reloads keep the reader's column widths
            m_dependencyView->setProperty("bulwarkFitted", m_dependencyModel->rowCount() > 0);
        }
    });
    m_groupView->setObjectName(QStringLiteral("allGroupTable"));
    // The whole register's dependencies and groups edit like the selected element's: double-click, Delete.
    connect(m_dependencyView, &QTableView::doubleClicked, this, [this] {
        if (const Dependency *d = dependencyIn(m_dependencyView, m_dependencyModel))
            editDependencyValue(*d);
    });
    connect(m_groupView, &QTableView::doubleClicked, this, [this] {
        if (const RedundancyGroup *g = groupIn(m_groupView, m_groupModel))
            editGroupValue(*g);
    });
    for (QTableView *view : {m_dependencyView, m_groupView}) {
        auto *remove = new QAction(tr("&Remove"), view);
        remove->setShortcut(QKeySequence::Delete);
        remove->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(remove);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        connect(remove, &QAction::triggered, this, [this, view] {
            if (view == m_dependencyView) {
                if (const Dependency *d = dependencyIn(m_dependencyView, m_dependencyModel))
                    removeDependencyValue(*d);
            } else if (const RedundancyGroup *g = groupIn(m_groupView, m_groupModel)) {
                removeGroupValue(*g);
            }
        });
    }
    m_tabs->addTab(m_dependencyView, tr("&Dependencies"));
    m_tabs->addTab(m_groupView, tr("Redundancy &groups"));
    // The whole register's dependencies (500,000 at bank scale) are gathered only while their tab is shown.
    m_dependencyModel->setActive(false);
    m_groupModel->setActive(false);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_dependencyModel->setActive(m_tabs->currentWidget() == m_dependencyView);
        m_groupModel->setActive(m_tabs->currentWidget() == m_groupView);
    });

    auto *side = new QWidget(m_splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    m_editor = new ElementEditor(side);
    // The form and the tabs below it share the height evenly (the form scrolls), and the user can move the line.
    auto *sideSplitter = new QSplitter(Qt::Vertical, side);
    sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    sideSplitter->setChildrenCollapsible(false);
    sideSplitter->addWidget(m_editor);
    sideLayout->addWidget(sideSplitter, 1);
    // Below the form: what the element needs and what needs it, its redundancy groups, its history.
    m_sideTabs = new QTabWidget(side);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    auto tabWithButtons =
        [this](QWidget *content, std::initializer_list<QTableView *> views, std::initializer_list<QAction *> actions) {
            auto *page = new QWidget(m_sideTabs);
            auto *pageLayout = new QVBoxLayout(page);
            pageLayout->setContentsMargins(0, 4, 0, 0);
            content->setParent(page);
            pageLayout->addWidget(content, 1);
            auto *buttons = new QHBoxLayout;
            for (QAction *action : actions) {
                auto *button = new QToolButton(page);
                button->setDefaultAction(action);
                button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                buttons->addWidget(button);
                for (QTableView *view : views)
                    view->addAction(action);
            }
            buttons->addStretch(1);
            pageLayout->addLayout(buttons);
            for (QTableView *view : views)
                view->setContextMenuPolicy(Qt::ActionsContextMenu);
            return page;
        };
    m_neighbourView = makeTable(sorted(m_neighbourModel, this), side);
    m_neighbourView->setObjectName(QStringLiteral("neighbourTable"));
    m_neededByView = makeTable(sorted(m_neededByModel, this), side);
    m_neededByView->setObjectName(QStringLiteral("neededByTable"));
    // Each list names the other end only: the selected element is the same in every row.
    m_neighbourView->hideColumn(0);
    m_neededByView->hideColumn(1);
    // The other end ("KEY  name") takes the width the side panel has; strength and group take what they need, so
    // that nothing scrolls sideways at 1280 pixels.
    for (auto [view, other] : {std::pair{m_neighbourView, 1}, std::pair{m_neededByView, 0}}) {
        QHeaderView *header = view->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(other, QHeaderView::Stretch);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    auto *dependencyLists = new QWidget(side);
    auto *listsLayout = new QVBoxLayout(dependencyLists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->setSpacing(2);
    m_needsLabel = new QLabel(dependencyLists);
    m_needsLabel->setObjectName(QStringLiteral("needsLabel"));
    m_needsLabel->setBuddy(m_neighbourView);
    m_neededByLabel = new QLabel(dependencyLists);
    m_neededByLabel->setObjectName(QStringLiteral("neededByLabel"));
    m_neededByLabel->setBuddy(m_neededByView);
    listsLayout->addWidget(m_needsLabel);
    listsLayout->addWidget(m_neighbourView, 1);
    listsLayout->addSpacing(4);
    listsLayout->addWidget(m_neededByLabel);
    listsLayout->addWidget(m_neededByView, 1);
    connect(m_neighbourModel, &RelationTableModel::loaded, this, &RegisterPage::updateRelationCounts);
    connect(m_neededByModel, &RelationTableModel::loaded, this, &RegisterPage::updateRelationCounts);
    m_elementGroupView = makeTable(sorted(m_elementGroupModel, this), side);
    m_elementGroupView->setObjectName(QStringLiteral("elementGroupTable"));
    m_historyView = ResultTableModel::createView(m_historyModel, side);
    m_historyView->setObjectName(QStringLiteral("historyTable"));
    m_historyView->sortByColumn(0, Qt::DescendingOrder);
    setupActions();
    m_sideTabs->addTab(tabWithButtons(dependencyLists,
                                      {m_neighbourView, m_neededByView},
                                      {m_addDependency, m_editDependency, m_removeDependency}),
                       tr("De&pendencies"));
    m_sideTabs->addTab(
        tabWithButtons(m_elementGroupView, {m_elementGroupView}, {m_addGroup, m_editGroup, m_removeGroup}),
        tr("Gro&ups"));
    m_sideTabs->addTab(m_historyView, tr("&History"));
    sideSplitter->addWidget(m_sideTabs);
    sideSplitter->setStretchFactor(0, 1);
    sideSplitter->setStretchFactor(1, 1);
    sideSplitter->setSizes({300, 300});
    connect(m_sideTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_sideTabs->currentWidget() == m_historyView && m_historyStale)
            refreshHistory();
    });
    connect(m_neighbourView, &QTableView::doubleClicked, this, &RegisterPage::editDependency);
    connect(m_neededByView, &QTableView::doubleClicked, this, &RegisterPage::editDependency);
    connect(m_elementGroupView, &QTableView::doubleClicked, this, &RegisterPage::editGroup);
    // One dependency at a time is chosen for Edit and Remove: a selection in one list clears the other's.
    for (auto [view, other] :
         {std::pair{m_neighbourView, m_neededByView}, std::pair{m_neededByView, m_neighbourView}}) {
        connect(
            view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view = view, other = other] {
                if (view->selectionModel()->hasSelection())
                    other->clearSelection();
                updateRelationActions();
            });
    }
    connect(m_elementGroupView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &RegisterPage::updateRelationActions);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({720, 440}); // the table's six default columns fit beside the form at 1280x720
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ElementFilterProxyModel::setText);
    // The search filters the tab in view (issue 12): the whole register's dependencies and groups by their elements'
    // keys or names (and the group's name), as the elements by key, name, owner or tag.
    for (RelationTableModel *model : {m_dependencyModel, m_groupModel})
        connect(m_search, &QLineEdit::textChanged, model, &RelationTableModel::setFilterText);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_search->setPlaceholderText(m_tabs->currentWidget() == m_elementView
                                         ? tr("Search key, name, owner or tag (Ctrl+F)")
                                         : tr("Search an element's key or name, or a group (Ctrl+F)"));
    });
    connect(m_search, &QLineEdit::textChanged, this, &RegisterPage::updateCount);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_proxy->setKind(kind < 0 ? std::nullopt : std::optional<ElementKind>(ElementKind(kind)));
        updateCount();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOwner(m_owner->currentData().toString());
        updateCount();
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTag(m_tag->currentData().toString());
        updateCount();
    });
    connect(m_criticality, &QComboBox::currentIndexChanged, this, [this] {
        const int c = m_criticality->currentData().toInt();
        m_proxy->setCriticality(c < 0 ? std::nullopt : std::optional<Criticality>(Criticality(c)));
        updateCount();
    });
    connect(m_elementView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RegisterPage::currentElementChanged);
    connect(m_editor, &ElementEditor::elementAdded, this, [this](const QString &key) {
        if (!m_confirming) // added by Apply while leaving the form for another row: that row is shown next
            selectElement(key);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RegisterPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegisterPage::updateCount);
    // A new filter shows new rows (a reset): keep the current element and the selection where they are still shown.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = selectedKeys();
        m_keptCurrent = !currentKey().isEmpty() ? currentKey() : !m_shownKey.isEmpty() ? m_shownKey : m_hiddenKey;
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelectionModel *selection = m_elementView->selectionModel();
        auto shown = [this](const QString &key) {
            const int row = m_model->rowOf(key);
            return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        };
        if (m_keptSelection.size() <= 1000) {
            QItemSelection kept;
            for (const QString &key : std::as_const(m_keptSelection)) {
                if (const QModelIndex index = shown(key); index.isValid())
                    kept.select(index, index);
            }
            selection->select(kept, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        if (const QModelIndex current = shown(m_keptCurrent); current.isValid()) {
            m_hiddenKey.clear();
            selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        } else if (!m_shownKey.isEmpty() && !m_editor->hasUnsavedEdits()) {
            // The element the panel showed is filtered away: the panel follows the table and shows nothing (issue
            // 12), until the filter shows it again. Edits not applied yet keep the form as it is.
            m_hiddenKey = m_shownKey;
            showElement(QString());
        }
        m_keptSelection.clear();
    });
    updateCount();
    updateRelationActions();
}

void RegisterPage::setupActions()
{
    m_newElement = new QAction(icon("add"), tr("&New Element"), this);
    m_newElement->setObjectName(QStringLiteral("element_new"));
    m_newElement->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newElement->setStatusTip(
        tr("Add an element of the kind shown in the filter (an application if all kinds are shown)"));
    connect(m_newElement, &QAction::triggered, this, &RegisterPage::newElement);

    m_deleteElements = new QAction(icon("delete"), tr("&Delete Element"), this);
    m_deleteElements->setObjectName(QStringLiteral("element_delete"));
    m_deleteElements->setShortcut(QKeySequence::Delete);
    m_deleteElements->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteElements->setStatusTip(tr("Remove the selected elements with their dependencies"));
    connect(m_deleteElements, &QAction::triggered, this, &RegisterPage::deleteSelectedElements);

    m_bulkEdit = new QAction(icon("edit"), tr("Edit &Selected..."), this);
    m_bulkEdit->setObjectName(QStringLiteral("element_bulk_edit"));
    m_bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_bulkEdit->setStatusTip(tr("Change owner, tags, criticality, RTO or RPO of every selected element at once"));
    connect(m_bulkEdit, &QAction::triggered, this, &RegisterPage::bulkEditSelected);
    m_elementView->addAction(m_bulkEdit);
    m_elementView->addAction(m_deleteElements);
    addOpenFunctionPageAction(
        m_elementView,
        [this] { return currentKey(); },
        [this](const QString &key) { Q_EMIT functionPageRequested(key); });

    auto action = [this](const QString &text, const QString &name, const QString &tip, void (RegisterPage::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setStatusTip(tip);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addDependency = action(tr("&Add..."),
                             QStringLiteral("dependency_add"),
                             tr("Record something the selected element needs"),
                             &RegisterPage::addDependency);
    m_editDependency = action(tr("&Edit..."),
                              QStringLiteral("dependency_edit"),
                              tr("Change the strength or group of the selected dependency"),
                              &RegisterPage::editDependency);
    m_removeDependency = action(tr("&Remove"),
                                QStringLiteral("dependency_remove"),
                                tr("Remove the selected dependency"),
                                &RegisterPage::removeDependency);
    m_addGroup = action(tr("&New..."),
                        QStringLiteral("group_add"),
                        tr("Make some of the selected element's dependencies back each other up"),
                        &RegisterPage::addGroup);
    m_editGroup = action(tr("&Edit..."),
                         QStringLiteral("group_edit"),
                         tr("Change the selected redundancy group"),
                         &RegisterPage::editGroup);
    m_removeGroup = action(tr("&Remove"),
                           QStringLiteral("group_remove"),
                           tr("Dissolve the selected redundancy group (its members stay as plain dependencies)"),
                           &RegisterPage::removeGroup);

    m_addDependency->setIcon(icon("link"));
    m_editDependency->setIcon(icon("edit"));
    m_removeDependency->setIcon(icon("delete"));
    m_addGroup->setIcon(icon("group"));
    m_editGroup->setIcon(icon("edit"));
    m_removeGroup->setIcon(icon("delete"));
}

void RegisterPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegisterPage::setService(RegisterService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_shownKey.clear();
    m_keptCurrent.clear();
    m_model->setService(service);
    m_dependencyModel->setService(service);
    m_groupModel->setService(service);
    m_neighbourModel->setService(service);
    m_neighbourModel->setElement(QString()); // nothing until a selection
    m_neededByModel->setService(service);
    m_neededByModel->setElement(QString());
    m_hiddenKey.clear();
    m_elementGroupModel->setService(service);
    m_elementGroupModel->setElement(QString());
    m_historyModel->setRows({});
    m_historyStale = true;
    if (service) {
        connect(service, &RegisterService::changed, this, [this] {
            m_historyStale = true;
            if (m_sideTabs->currentWidget() == m_historyView)
                refreshHistory();
            refreshFilterValues();
            updateRelationActions();
        });
    }
    refreshFilterValues();
    m_editor->setService(service, m_undoStack);
    m_newElement->setEnabled(service != nullptr);
    m_deleteElements->setEnabled(service != nullptr);
    fitColumns(m_elementView, 180); // Name is column 1
    applyHiddenColumns();
    updateCount();
    if (service && m_proxy->rowCount() > 0)
        m_elementView->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RegisterPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%Ln element(s)", nullptr, total)
                                    : tr("%1 of %2 elements").arg(shown).arg(total));
}

void RegisterPage::currentElementChanged()
{
    if (m_confirming)
        return;
    const QModelIndex current = m_elementView->selectionModel()->currentIndex();
    const QString key = current.isValid() ? current.data(ElementTableModel::KeyRole).toString() : QString();
    // The same element again (its row came back after a filter): keep the form as it is, edits included.
    if (!key.isEmpty() && key == m_shownKey && !m_editor->isNewElement())
        return;
    // Edits not applied are never dropped silently (issue 12): Apply, Discard, or Cancel, which keeps the row.
    // (An element that was just removed, by Delete or Undo, has nothing left to apply to.)
    const bool gone = !m_editor->isNewElement() && m_service && !m_service->element(m_shownKey);
    if (!gone && m_editor->hasUnsavedEdits()) {
        const QString previous = m_shownKey;
        m_confirming = true;
        const bool leave = m_editor->confirmLeave();
        m_confirming = false;
        if (!leave) {
            restoreCurrent(m_editor->isNewElement() ? QString() : previous);
            return;
        }
    }
    m_hiddenKey.clear();
    showElement(key);
}

void RegisterPage::restoreCurrent(const QString &key)
{
    const QScopedValueRollback<bool> quiet(m_confirming, true);
    QItemSelectionModel *selection = m_elementView->selectionModel();
    const int row = key.isEmpty() ? -1 : m_model->rowOf(key);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_elementView->scrollTo(index);
    } else {
        selection->clearSelection();
        selection->clearCurrentIndex();
    }
}

void RegisterPage::updateRelationCounts()
{
    m_needsLabel->setText(tr("<b>Needs</b> (%1): what this element depends on").arg(m_neighbourModel->rowCount()));
    m_neededByLabel->setText(
        tr("<b>Needed by</b> (%1): what depends on this element").arg(m_neededByModel->rowCount()));
}

void RegisterPage::showElement(const QString &key)
{
    m_shownKey = key;
    m_editor->setElement(key);
    m_neighbourModel->setElement(key);
    m_neededByModel->setElement(key);
    for (QTableView *view : {m_neighbourView, m_neededByView, m_elementGroupView})
        view->scrollToTop();
    m_elementGroupModel->setElement(key);
    m_historyStale = true;
    if (m_sideTabs->currentWidget() == m_historyView)
        refreshHistory();
    updateRelationActions();
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
    m_elementView->selectionModel()->setCurrentIndex(shown,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
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
    {
        const QScopedValueRollback<bool> asking(m_confirming, true);
        if (!m_editor->confirmLeave())
            return;
    }
    // The panel follows: a new element has no dependencies, groups or history yet, and no row in the table.
    restoreCurrent(QString());
    showElement(QString());
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
    QString text
        = keys.size() == 1 ? tr("Delete %1?").arg(keys.first()) : tr("Delete %Ln elements?", nullptr, int(keys.size()));
    QString details = tr("%1 and %2 go with them.")
                          .arg(tr("%Ln dependency(ies)", nullptr, int(summary->dependencies.removed)),
                               tr("%Ln redundancy group(s)", nullptr, int(summary->groups.removed)));
    if (!dependents.isEmpty())
        details += u' '
            + tr("These elements depend on them and lose that dependency: %1.")
                  .arg(dependents.mid(0, 12).join(QStringLiteral(", "))
                       + (dependents.size() > 12 ? QStringLiteral(", ...") : QString()));
    QMessageBox box(QMessageBox::Question, tr("Delete Elements"), text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(details + u' ' + tr("You can undo this."));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_undoStack->push(RegisterCommand::removeElements(m_service, keys).release());
}

QString RegisterPage::currentKey() const
{
    const QModelIndex current = m_elementView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ElementTableModel::KeyRole).toString() : QString();
}

void RegisterPage::applyHiddenColumns()
{
    const QStringList hidden = Settings().hiddenElementColumns();
    for (int column = 1; column < int(ElementTableModel::Column::Count); ++column) {
        const bool hide = hidden.contains(QString::fromUtf16(elementColumnTokens[std::size_t(column)]));
        const bool wasHidden = m_elementView->isColumnHidden(column);
        m_elementView->setColumnHidden(column, hide);
        if (wasHidden && !hide && m_elementView->isVisible()) {
            m_elementView->resizeColumnToContents(column);
            m_elementView->setColumnWidth(column, std::min(m_elementView->columnWidth(column), 105));
        }
    }
}

const Dependency *RegisterPage::dependencyIn(const QTableView *view, const RelationTableModel *model) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model());
    return model->dependencyAt(proxy ? proxy->mapToSource(rows.first()).row() : rows.first().row());
}

const RedundancyGroup *RegisterPage::groupIn(const QTableView *view, const RelationTableModel *model) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(view->model());
    return model->groupAt(proxy ? proxy->mapToSource(rows.first()).row() : rows.first().row());
}

const Dependency *RegisterPage::currentDependency() const
{
    if (const Dependency *d = dependencyIn(m_neighbourView, m_neighbourModel))
        return d;
    return dependencyIn(m_neededByView, m_neededByModel);
}

const RedundancyGroup *RegisterPage::currentGroup() const
{
    return groupIn(m_elementGroupView, m_elementGroupModel);
}

void RegisterPage::updateRelationActions()
{
    const bool element = m_service && !currentKey().isEmpty() && currentKey() == m_shownKey;
    m_addDependency->setEnabled(element);
    m_addGroup->setEnabled(element);
    m_editDependency->setEnabled(currentDependency() != nullptr);
    m_removeDependency->setEnabled(currentDependency() != nullptr);
    m_editGroup->setEnabled(currentGroup() != nullptr);
    m_removeGroup->setEnabled(currentGroup() != nullptr);
    m_bulkEdit->setEnabled(m_service != nullptr);
}

bool RegisterPage::runDialog(ChangeDialog *dialog)
{
    std::unique_ptr<ChangeDialog> owned(dialog);
    if (execDialog(dialog) != QDialog::Accepted)
        return false;
    ChangeSet changes = dialog->changes();
    if (changes.isEmpty())
        return false;
    m_undoStack->push(RegisterCommand::change(m_service, std::move(changes), dialog->summary()).release());
    return true;
}

void RegisterPage::addDependency()
{
    const QString key = currentKey();
    if (m_service && !key.isEmpty())
        runDialog(new DependencyDialog(m_service, key, nullptr, this));
}

void RegisterPage::editDependency()
{
    if (const Dependency *d = currentDependency())
        editDependencyValue(*d);
}

void RegisterPage::editDependencyValue(Dependency d) // a copy: the models reload while the dialog is open
{
    if (m_service)
        runDialog(new DependencyDialog(m_service, d.from, &d, this));
}

void RegisterPage::removeDependency()
{
    if (const Dependency *d = currentDependency())
        removeDependencyValue(*d);
}

void RegisterPage::removeDependencyValue(const Dependency &d)
{
    if (!m_service)
        return;
    ChangeSet c;
    c.removeDependencies.emplace_back(d.from, d.to);
    const QString text = tr("Unlink %1 -> %2").arg(d.from, d.to);
    m_undoStack->push(RegisterCommand::change(m_service, std::move(c), text).release());
}

void RegisterPage::addGroup()
{
    const QString key = currentKey();
    if (m_service && !key.isEmpty())
        runDialog(new GroupDialog(m_service, key, nullptr, this));
}

void RegisterPage::editGroup()
{
    if (const RedundancyGroup *g = currentGroup())
        editGroupValue(*g);
}

void RegisterPage::editGroupValue(RedundancyGroup g)
{
    if (m_service)
        runDialog(new GroupDialog(m_service, g.element, &g, this));
}

void RegisterPage::removeGroup()
{
    if (const RedundancyGroup *g = currentGroup())
        removeGroupValue(*g);
}

void RegisterPage::removeGroupValue(const RedundancyGroup &g)
{
    if (!m_service)
        return;
    // A group goes once it has no members: its members become plain dependencies, then it is removed.
    ChangeSet c;
    for (Dependency d : m_service->dependenciesOf(g.element)) {
        if (d.group == g.name) {
            d.group.clear();
            c.add(d, ChangeSet::Mode::Update);
        }
    }
    c.removeGroups.emplace_back(g.element, g.name);
    const QString text = tr("Dissolve group %1 of %2").arg(g.name, g.element);
    m_undoStack->push(RegisterCommand::change(m_service, std::move(c), text).release());
}

void RegisterPage::bulkEditSelected()
{
    const QStringList keys = selectedKeys();
    if (m_service && !keys.isEmpty())
        runDialog(new BulkEditDialog(m_service, keys, this));
}

void RegisterPage::refreshHistory()
{
    m_historyStale = false;
    const QString key = currentKey();
    if (!m_service || key.isEmpty()) {
        m_historyModel->setRows({});
        return;
    }
    // One indexed query for this element's entries (its own, its dependencies' and its groups'), newest first.
    constexpr int limit = 500;
    auto entries = store::AuditLog::entries(m_service->database(), key, limit);
    std::vector<ResultTableModel::Row> rows;
    if (entries) {
        for (const store::AuditEntry &e : *entries) {
            QString what = e.entity == store::AuditEntity::Dependency
                ? tr("dependency %1").arg(QString(e.entityKey).replace(u'>', QStringLiteral(" → ")))
                : e.entity == store::AuditEntity::Group ? tr("group %1").arg(e.entityKey)
                                                        : e.entityKey;
            QString change = e.action == store::AuditAction::Add ? tr("added")
                : e.action == store::AuditAction::Remove         ? tr("removed")
                                                                 : store::AuditLog::readableChangeText(e);
            if (e.reverts > 0)
                change += QLatin1Char(' ') + tr("(undo of entry %1)").arg(e.reverts);
            if (!e.reason.isEmpty())
                change += QLatin1Char(' ') + tr("(reason: %1)").arg(e.reason);
            rows.push_back(ResultTableModel::Row{e.entityKey,
                                                 {{e.at.left(19).replace(u'T', u' '), e.seq},
                                                  {store::AuditLog::actorText(e), {}},
                                                  {store::AuditLog::token(e.action), {}},
                                                  {what, {}},
                                                  {change, {}}},
                                                 {}});
        }
    }
    m_historyModel->setRows(std::move(rows));
    fitColumns(m_historyView);
}

void RegisterPage::refreshFilterValues()
{
    // Owners and tags of 100,000 elements are gathered on a worker from a shared copy of the register; a newer
    // refresh replaces one still running.
    if (!m_service) {
        m_filterValuesJob->discard();
        return;
    }
    const QHash<QString, Element> elements = m_service->elements();
    m_filterValuesJob->run(
        [elements](Feedback &feedback) -> Result<std::pair<QStringList, QStringList>> {
            QSet<QString> owners, tags;
            int seen = 0;
            for (const Element &e : elements) {
                if (++seen % 8192 == 0 && feedback.isCanceled())
                    return makeError(Error::Code::Canceled, tr("Replaced by a newer request."));
                if (!e.owner.isEmpty())
                    owners.insert(e.owner);
                for (const QString &t : e.tags)
                    tags.insert(t);
            }
            QStringList o(owners.begin(), owners.end()), t(tags.begin(), tags.end());
            o.sort(Qt::CaseInsensitive);
            t.sort(Qt::CaseInsensitive);
            return std::make_pair(o, t);
        },
        [this](Result<std::pair<QStringList, QStringList>> values) {
            if (!values)
                return;
            auto fill = [](QComboBox *box, const QStringList &list) {
                const QString current = box->currentData().toString();
                const QSignalBlocker blocker(box);
                while (box->count() > 1)
                    box->removeItem(1);
                for (const QString &v : list)
                    box->addItem(v, v);
                box->setCurrentIndex(std::max(0, box->findData(current)));
            };
            fill(m_owner, values->first);
            fill(m_tag, values->second);
        });
}

} // namespace bulwark::gui

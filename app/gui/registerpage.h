// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace bulwark {
class RegisterService;
struct Dependency;
struct RedundancyGroup;
}

namespace bulwark::gui {

template<typename T>
class BackgroundJob;
class ChangeDialog;
class ElementEditor;
class ElementFilterProxyModel;
class ElementTableModel;
class RelationTableModel;
class ResultTableModel;

/// The Register page: elements, dependencies and groups as sortable, filterable tables, and a form for the
/// selected element. Every edit is an undoable command on the window's undo stack.
class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    RegisterPage(QUndoStack *undoStack, QWidget *parent = nullptr);
    void setService(RegisterService *service);

    QTableView *elementView() const { return m_elementView; }
    ElementEditor *editor() const { return m_editor; }
    ElementFilterProxyModel *elementProxy() const { return m_proxy; }
    ElementTableModel *elementModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QSplitter *splitter() const { return m_splitter; }

    /// Actions this page offers to the window's menus and tool bar.
    QAction *newElementAction() const { return m_newElement; }
    QAction *deleteElementsAction() const { return m_deleteElements; }
    /// Puts the keyboard in the search field (Edit > Find, Ctrl+F, while this page is shown).
    void focusSearch();

    void selectElement(const QString &key);
    /// The side panel's tabs: dependencies and groups of the selected element, and its history.
    QTabWidget *sideTabs() const { return m_sideTabs; }
    /// What the selected element needs (its outgoing dependencies).
    QTableView *neighbourView() const { return m_neighbourView; }
    /// What needs the selected element (its incoming dependencies), in a list of its own under the first.
    QTableView *neededByView() const { return m_neededByView; }
    QTableView *elementGroupView() const { return m_elementGroupView; }
    QTableView *allDependencyView() const { return m_dependencyView; }
    QTabWidget *tabs() const { return m_tabs; }
    ResultTableModel *historyModel() const { return m_historyModel; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *criticalityFilter() const { return m_criticality; }
    QAction *bulkEditAction() const { return m_bulkEdit; }
    QAction *addDependencyAction() const { return m_addDependency; }
    QAction *addGroupAction() const { return m_addGroup; }
    /// The dialogs open through these hooks so that tests can fill them in; the default shows them modally.
    std::function<int(QDialog *)> execDialog = [](QDialog *dialog) { return dialog->exec(); };
    /// Shows only elements of `kind` (-1: all kinds).
    void filterKind(int kind);
    QStringList selectedKeys() const;

public Q_SLOTS:
    void newElement();
    void deleteSelectedElements();
    /// Changes owner, tags, criticality, RTO or RPO of every selected element in one undoable step.
    void bulkEditSelected();
    void addDependency();
    void editDependency();
    void removeDependency();
    void addGroup();
    void editGroup();
    void removeGroup();

Q_SIGNALS:
    /// The current element changed (empty key: none).
    void elementSelected(const QString &key);
    /// "Open Function Page" on a business function (issue 12).
    void functionPageRequested(const QString &key);

private:
    void setupActions();
    void updateCount();
    /// Hides the element table's columns Settings::hiddenElementColumns names, shows the others.
    void applyHiddenColumns();
    void currentElementChanged();
    /// Shows `key` in the form and the side tabs (empty: nothing).
    void showElement(const QString &key);
    /// Puts the element table's current row back on `key` (or none) without asking about the form again.
    void restoreCurrent(const QString &key);
    void updateRelationCounts();
    QString currentKey() const;
    const Dependency *currentDependency() const;
    const RedundancyGroup *currentGroup() const;
    const Dependency *dependencyIn(const QTableView *view, const RelationTableModel *model) const;
    const RedundancyGroup *groupIn(const QTableView *view, const RelationTableModel *model) const;
    void editDependencyValue(Dependency d);
    void removeDependencyValue(const Dependency &d);
    void editGroupValue(RedundancyGroup g);
    void removeGroupValue(const RedundancyGroup &g);
    bool runDialog(ChangeDialog *dialog);
    void refreshHistory();
    void refreshFilterValues();
    void updateRelationActions();

    QPointer<RegisterService> m_service;
    QUndoStack *m_undoStack;
    ElementTableModel *m_model;
    ElementFilterProxyModel *m_proxy;
    RelationTableModel *m_dependencyModel;
    RelationTableModel *m_groupModel;
    RelationTableModel *m_neighbourModel;
    RelationTableModel *m_neededByModel;
    RelationTableModel *m_elementGroupModel;
    ResultTableModel *m_historyModel;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_owner;
    QComboBox *m_tag;
    QComboBox *m_criticality;
    QLabel *m_count;
    QTabWidget *m_tabs;
    QTableView *m_elementView;
    QTableView *m_dependencyView;
    QTableView *m_groupView;
    QTableView *m_neighbourView;
    QTableView *m_neededByView;
    QLabel *m_needsLabel = nullptr;
    QLabel *m_neededByLabel = nullptr;
    QTableView *m_elementGroupView;
    QTableView *m_historyView;
    QTabWidget *m_sideTabs;
    ElementEditor *m_editor;
    QSplitter *m_splitter;
    QAction *m_newElement = nullptr;
    QAction *m_deleteElements = nullptr;
    QAction *m_bulkEdit = nullptr;
    QAction *m_addDependency = nullptr;
    QAction *m_editDependency = nullptr;
    QAction *m_removeDependency = nullptr;
    QAction *m_addGroup = nullptr;
    QAction *m_editGroup = nullptr;
    QAction *m_removeGroup = nullptr;
    bool m_historyStale = true;
    QString m_shownKey;        ///< the element the form and side tabs show
    QString m_keptCurrent;     ///< across a reset of the filtered rows
    QString m_hiddenKey;       ///< the element a filter hid (its form was cleared); shown again when the filter allows
    bool m_confirming = false; ///< the form's Apply/Discard/Cancel question is open, or the row is being put back
    QStringList m_keptSelection;
    /// Owners and tags for the filter boxes, gathered on a worker.
    BackgroundJob<std::pair<QStringList, QStringList>> *m_filterValuesJob = nullptr;
};

} // namespace bulwark::gui

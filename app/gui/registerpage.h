// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

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
}

namespace bulwark::gui {

class ElementEditor;
class ElementFilterProxyModel;
class ElementTableModel;
class RelationTableModel;

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
    QAction *findAction() const { return m_find; }

    void selectElement(const QString &key);
    /// Shows only elements of `kind` (-1: all kinds).
    void filterKind(int kind);
    QStringList selectedKeys() const;

public Q_SLOTS:
    void newElement();
    void deleteSelectedElements();

Q_SIGNALS:
    /// The current element changed (empty key: none).
    void elementSelected(const QString &key);

private:
    void setupActions();
    void updateCount();
    void currentElementChanged();

    QPointer<RegisterService> m_service;
    QUndoStack *m_undoStack;
    ElementTableModel *m_model;
    ElementFilterProxyModel *m_proxy;
    RelationTableModel *m_dependencyModel;
    RelationTableModel *m_groupModel;
    RelationTableModel *m_neighbourModel;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QLabel *m_count;
    QTabWidget *m_tabs;
    QTableView *m_elementView;
    QTableView *m_dependencyView;
    QTableView *m_groupView;
    QTableView *m_neighbourView;
    ElementEditor *m_editor;
    QSplitter *m_splitter;
    QAction *m_newElement = nullptr;
    QAction *m_deleteElements = nullptr;
    QAction *m_find = nullptr;
};

} // namespace bulwark::gui

// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/backgroundjob.h"
#include "reports/document.h"
#include "reports/pdfrenderer.h"
#include "reports/reportrequest.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QWidget>

#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

namespace bulwark {
struct ChangeSummary;
class RegisterService;
} // namespace bulwark

namespace bulwark::gui {

/// The pages of a report as images, one under the other, each as wide as the view (fit width). Only the pages in view
/// (and a few around) are painted, one at a time on a worker, so a 90-page report costs the GUI thread nothing but the
/// drawing of finished images; a page not painted yet shows as a blank sheet with its number.
class PagePreview : public QAbstractScrollArea
{
    Q_OBJECT
public:
    /// How large a page is shown: as wide as the view, or whole in the view's height.
    enum class Fit { Width, Page };
    explicit PagePreview(QWidget *parent = nullptr);
    void setFit(Fit fit);
    Fit fit() const { return m_fit; }
    /// Shows `pages` (null: none, with `text` in their place, e.g. "Building the preview...").
    void setPages(std::shared_ptr<const reports::PdfPages> pages, const QString &text = {});
    int pageCount() const { return m_pages ? m_pages->count() : 0; }
    /// Whether page `index` has its image at the current width.
    bool isPainted(int index) const;
    /// Scrolls page `index` (0-based) to the top of the view.
    void showPage(int index);

Q_SIGNALS:
    /// Page `index` got its image (on the GUI thread).
    void pagePainted(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    int pageWidth() const;
    int pageLeft() const;
    int pageHeight() const;
    int pageTop(int index) const;
    /// The pages in view, first and last (-1, -1 when none).
    std::pair<int, int> visiblePages() const;
    void updateScrollBar();
    /// Paints the first page in view that lacks its image at the current width, on a worker.
    void paintMissing();

    std::shared_ptr<const reports::PdfPages> m_pages;
    QString m_text;
    Fit m_fit = Fit::Width;
    struct Painted {
        QImage image;
        int width = 0; ///< the page width in device-independent pixels it was painted for
    };
    std::map<int, Painted> m_images;
    BackgroundJob<QImage> *m_job;
    int m_painting = -1; ///< the page on the worker
    QTimer *m_paintTimer;
};

/// The Reports page: a report of a kind (audit, scenario, register extract) with its options, a preview of its pages
/// and export to PDF, HTML or CSV, through the same Reports::build/write as `bulwark report`. Both the preview and the
/// export read the register on a worker (a connection of their own) and can be canceled; a message says what the
/// model refused.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    /// The register to report on (null: none). Not owned.
    void setService(RegisterService *service);

    /// The request the options describe.
    reports::ReportRequest request() const;
    reports::ReportFormat format() const;
    reports::PdfSettings pdfSettings() const;
    /// Chooses the kind (and the formats it offers).
    void setKind(reports::ReportKind kind);
    void setFormat(reports::ReportFormat format);

    /// Builds the document and lays out its pages on a worker; previewReady() follows.
    void refreshPreview();
    /// Asks for a file (a folder for CSV) and exports to it.
    void exportReport();
    /// Builds (or takes the preview's document when it is current) and writes the report to `path` on a worker;
    /// exported() follows.
    void exportTo(const QString &path);
    /// Opens the file with the desktop's viewer after a successful export.
    void setOpenWhenDone(bool open);
    bool isBusy() const;

    PagePreview *preview() const { return m_preview; }
    QLabel *messageLabel() const { return m_message; }
    QListWidget *scenarioList() const { return m_scenarios; }
    QComboBox *assessmentCombo() const { return m_assessment; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    /// The preview was built (`ok`) or refused / canceled (the message says why).
    void previewReady(bool ok);
    /// The report was written to `path` (`ok`), or not.
    void exported(bool ok, const QString &path);
    /// A short note for the window's status bar ("Exported to ...").
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void registerChanged(const ChangeSummary &summary);
    void kindChosen();
    void formatChosen();
    /// An option changed: the preview is out of date; it is built again shortly when the page is shown.
    void optionsChanged();
    void fillAssessments();
    void fillScenarios();
    /// A reason the options cannot make a report (no scenario checked), or empty.
    QString refusal() const;
    void showMessage(const QString &text, bool error);
    void updateButtons();
    QString suggestedName() const;

    RegisterService *m_service = nullptr;
    QComboBox *m_kind;
    QLabel *m_assessmentLabel;
    QComboBox *m_assessment;
    QLabel *m_scenariosLabel;
    QListWidget *m_scenarios;
    QDateEdit *m_date;
    QLineEdit *m_classification;
    QLineEdit *m_entity;
    QComboBox *m_language;
    QComboBox *m_format;
    QLabel *m_paperLabel;
    QComboBox *m_paper;
    QPushButton *m_previewButton;
    QPushButton *m_export;
    QCheckBox *m_openWhenDone;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_message;
    QLabel *m_pagesLabel;
    QComboBox *m_zoom;
    PagePreview *m_preview;
    QTimer *m_previewTimer;

    struct Built {
        std::shared_ptr<const reports::Document> document;
        std::shared_ptr<const reports::PdfPages> pages;
    };
    BackgroundJob<Built> *m_previewJob;
    BackgroundJob<QString> *m_exportJob;
    /// Counts option and register changes: the preview's document serves an export only when it was built from the
    /// options and the register as they are now.
    quint64 m_version = 0;
    quint64 m_builtVersion = 0;
    std::shared_ptr<const reports::Document> m_document;
    bool m_previewStale = true;
};

} // namespace bulwark::gui

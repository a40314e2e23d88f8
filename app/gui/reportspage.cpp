// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/reportspage.h"

#include "gui/icons.h"
#include "gui/stalenotice.h"
#include "gui/theme.h"
#include "model/assessment/summary.h"
#include "model/assessment/workflow.h"
#include "model/feedback.h"
#include "model/i18n/language.h"
#include "model/register/registerservice.h"
#include "model/store/database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPaintEvent>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace bulwark::gui {

using reports::ReportFormat;
using reports::ReportKind;
using reports::Reports;

namespace {

constexpr int pageGap = 16; ///< pixels between pages and around them

/// Images kept beyond the pages in view, before and after: scrolling back a little shows them at once, and memory stays
/// bounded (an A4 page 800 pixels wide is 4.5 MB).
constexpr int keptAround = 3;

QString formatTitle(ReportFormat format)
{
    switch (format) {
        case ReportFormat::Pdf: return ReportsPage::tr("PDF");
        case ReportFormat::Html: return ReportsPage::tr("HTML (one file)");
        case ReportFormat::Csv: return ReportsPage::tr("CSV (a folder, one file per table)");
    }
    return {};
}

/// A step of a longer piece of work: its progress 0-100 is shown as `from`-`to` of the whole, and it stops when the
/// whole is canceled.
class StepFeedback : public Feedback
{
public:
    StepFeedback(Feedback &whole, double from, double to)
        : Feedback([&whole, from, to](double percent) { whole.setProgress(from + (to - from) * percent / 100.0); }),
          m_whole(whole)
    { }
    bool isCanceled() const override { return m_whole.isCanceled() || Feedback::isCanceled(); }

private:
    Feedback &m_whole;
};

} // namespace

PagePreview::PagePreview(QWidget *parent)
    : QAbstractScrollArea(parent),
      m_job(new BackgroundJob<QImage>(this)),
      m_paintTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportPreview"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setAutoFillBackground(false); // painted with the palette of the moment (the theme may change)
    m_paintTimer->setSingleShot(true);
    m_paintTimer->setInterval(30); // a resize or a scroll settles before pages are painted for it
    connect(m_paintTimer, &QTimer::timeout, this, &PagePreview::paintMissing);
}

void PagePreview::setPages(std::shared_ptr<const reports::PdfPages> pages, const QString &text)
{
    m_job->discard();
    m_painting = -1;
    m_pages = std::move(pages);
    m_text = text;
    m_images.clear();
    verticalScrollBar()->setValue(0);
    updateScrollBar();
    viewport()->update();
    m_paintTimer->start();
}

bool PagePreview::isPainted(int index) const
{
    const auto it = m_images.find(index);
    return it != m_images.end() && it->second.width == pageWidth();
}

void PagePreview::showPage(int index)
{
    verticalScrollBar()->setValue(pageTop(index) - pageGap);
}

void PagePreview::setFit(Fit fit)
{
    if (fit == m_fit)
        return;
    const int first = visiblePages().first;
    m_fit = fit;
    updateScrollBar();
    if (first >= 0)
        showPage(first);
    viewport()->update();
    m_paintTimer->start();
}

int PagePreview::pageWidth() const
{
    const int width = std::max(120, viewport()->width() - 2 * pageGap);
    if (m_fit == Fit::Width || !m_pages || m_pages->pageSize().isEmpty())
        return width;
    const QSizeF size = m_pages->pageSize();
    const int height = std::max(120, viewport()->height() - 2 * pageGap);
    return std::min(width, qRound(height * size.width() / size.height()));
}

int PagePreview::pageLeft() const
{
    return std::max(pageGap, (viewport()->width() - pageWidth()) / 2);
}

int PagePreview::pageHeight() const
{
    if (!m_pages || m_pages->pageSize().isEmpty())
        return 0;
    const QSizeF size = m_pages->pageSize();
    return qRound(pageWidth() * size.height() / size.width());
}

int PagePreview::pageTop(int index) const
{
    return pageGap + index * (pageHeight() + pageGap);
}

std::pair<int, int> PagePreview::visiblePages() const
{
    const int count = pageCount();
    const int step = pageHeight() + pageGap;
    if (count == 0 || step <= 0)
        return {-1, -1};
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const int first = std::clamp((top - pageGap) / step, 0, count - 1);
    const int last = std::clamp((bottom - pageGap) / step, 0, count - 1);
    return {first, last};
}

void PagePreview::updateScrollBar()
{
    const int total = pageCount() > 0 ? pageTop(pageCount()) : 0;
    verticalScrollBar()->setRange(0, std::max(0, total - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(std::max(20, pageHeight() / 20));
}

void PagePreview::resizeEvent(QResizeEvent *event)
{
    // Keep the page at the top of the view in place when the width (and so every page's height) changes.
    const auto [first, last] = visiblePages();
    const int offset = first >= 0 ? verticalScrollBar()->value() - pageTop(first) : 0;
    const double fraction = pageHeight() > 0 ? double(offset) / pageHeight() : 0;
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
    if (first >= 0)
        verticalScrollBar()->setValue(pageTop(first) + qRound(fraction * pageHeight()));
    m_paintTimer->start();
}

void PagePreview::scrollContentsBy(int, int)
{
    viewport()->update();
    m_paintTimer->start();
}

void PagePreview::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Mid)); // the desk the sheets lie on
    if (!m_pages || m_pages->count() == 0) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(viewport()->rect().adjusted(pageGap, pageGap, -pageGap, -pageGap),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         m_text);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int width = pageWidth();
    const int height = pageHeight();
    const int scroll = verticalScrollBar()->value();
    const auto [first, last] = visiblePages();
    for (int index = first; index >= 0 && index <= last; ++index) {
        const QRect rect(pageLeft(), pageTop(index) - scroll, width, height);
        if (!rect.intersects(event->rect()))
            continue;
        painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60)); // a sheet's shadow
        const auto it = m_images.find(index);
        if (it != m_images.end()) {
            painter.drawImage(rect, it->second.image); // scaled while the one for this width is painted
        } else {
            painter.fillRect(rect, Qt::white);
            painter.setPen(Qt::gray);
            painter.drawText(rect, Qt::AlignCenter, tr("Page %1").arg(index + 1));
        }
    }
}

void PagePreview::paintMissing()
{
    if (!m_pages || m_painting >= 0)
        return;
    const auto [first, last] = visiblePages();
    if (first < 0)
        return;
    // Forget the images far from the view.
    std::erase_if(m_images, [first = first, last = last](const auto &entry) {
        return entry.first < first - keptAround || entry.first > last + keptAround;
    });
    int index = -1;
    for (int i = first; i <= last && index < 0; ++i)
        index = isPainted(i) ? -1 : i;
    // Then the next page below, so that scrolling on finds it ready.
    if (index < 0 && last + 1 < pageCount() && !isPainted(last + 1))
        index = last + 1;
    if (index < 0)
        return;
    const int width = pageWidth();
    const qreal ratio = devicePixelRatioF();
    const qreal dpi = 72.0 * width * ratio / m_pages->pageSize().width();
    m_painting = index;
    auto pages = m_pages;
    m_job->run([pages, index, dpi](Feedback &) -> Result<QImage> { return pages->page(index, dpi); },
               [this, index, width, ratio](Result<QImage> image) {
                   m_painting = -1;
                   if (image && !image->isNull()) {
                       image->setDevicePixelRatio(ratio);
                       m_images[index] = {std::move(*image), width};
                       viewport()->update();
                       Q_EMIT pagePainted(index);
                   }
                   m_paintTimer->start();
               });
}

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent),
      m_previewTimer(new QTimer(this)),
      m_previewJob(new BackgroundJob<Built>(this)),
      m_exportJob(new BackgroundJob<QString>(this))
{
    setObjectName(QStringLiteral("reportsPage"));

    // The options, on the left.
    auto *options = new QWidget(this);
    options->setObjectName(QStringLiteral("reportOptions"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_kind = new QComboBox(options);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (const ReportKind kind : {ReportKind::Audit, ReportKind::Scenario, ReportKind::Register})
        m_kind->addItem(Reports::kindTitle(kind), int(kind));
    m_kind->setToolTip(tr("What the report is about"));
    form->addRow(tr("&Report:"), m_kind);

    m_assessment = new QComboBox(options);
    m_assessment->setObjectName(QStringLiteral("reportAssessment"));
    m_assessment->setToolTip(tr("The stored assessment the audit report is about"));
    m_assessment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assessment->setMinimumContentsLength(16);
    m_assessmentLabel = new QLabel(tr("&Assessment:"), options);
    m_assessmentLabel->setBuddy(m_assessment);
    form->addRow(m_assessmentLabel, m_assessment);

    m_scenarios = new QListWidget(options);
    m_scenarios->setObjectName(QStringLiteral("reportScenarios"));
    m_scenarios->setToolTip(tr("The saved failure scenarios to report on (Space checks one)"));
    m_scenariosLabel = new QLabel(tr("S&cenarios:"), options);
    m_scenariosLabel->setBuddy(m_scenarios);
    form->addRow(m_scenariosLabel, m_scenarios);

    m_date = new QDateEdit(QDate::currentDate(), options);
    m_date->setObjectName(QStringLiteral("reportDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("The report's date, and the day from which overdue actions and expired evidence count"));
    form->addRow(tr("&Date:"), m_date);

    m_classification = new QLineEdit(options);
    m_classification->setObjectName(QStringLiteral("reportClassification"));
    m_classification->setPlaceholderText(tr("e.g. Confidential"));
    m_classification->setToolTip(tr("A label on the cover and on every page, e.g. Confidential; empty: none"));
    form->addRow(tr("C&lassification:"), m_classification);

    m_entity = new QLineEdit(options);
    m_entity->setObjectName(QStringLiteral("reportEntity"));
    m_entity->setToolTip(tr("The entity's name in every page header; empty: the register's file name"));
    form->addRow(tr("&Entity:"), m_entity);

    // A German supervisor may want German, a group's head office English: the window's language is only the default.
    m_language = new QComboBox(options);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString &code : i18n::languages())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(i18n::language())));
    m_language->setToolTip(tr("The language the report is written in"));
    form->addRow(tr("&Language:"), m_language);

    m_format = new QComboBox(options);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->setToolTip(tr("The file to write"));
    form->addRow(tr("&Format:"), m_format);

    m_paper = new QComboBox(options);
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4"), int(reports::PdfSettings::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(reports::PdfSettings::Paper::Letter));
    m_paper->setToolTip(tr("The paper size of the PDF (and of the preview)"));
    m_paperLabel = new QLabel(tr("&Paper:"), options);
    m_paperLabel->setBuddy(m_paper);
    form->addRow(m_paperLabel, m_paper);

    m_previewButton = new QPushButton(icon("run"), tr("Pre&view"), options);
    m_previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    m_previewButton->setToolTip(tr("Build the report and show its pages (Ctrl+R)"));
    m_export = new QPushButton(icon("export"), tr("E&xport..."), options);
    m_export->setObjectName(QStringLiteral("reportExport"));
    m_export->setToolTip(tr("Write the report to a file (Ctrl+Shift+S)"));
    m_export->setDefault(true);
    m_openWhenDone = new QCheckBox(tr("&Open the file when done"), options);
    m_openWhenDone->setObjectName(QStringLiteral("reportOpenWhenDone"));
    m_openWhenDone->setToolTip(tr("Open the exported report with the desktop's viewer"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_export);
    buttons->addStretch(1);

    m_progress = new QProgressBar(options);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel = new QToolButton(options);
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    m_cancel->setIcon(icon("stop"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop building or writing the report"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->hide();
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);

    m_message = new QLabel(options);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction); // the Open link by keyboard too
    m_message->setOpenExternalLinks(false);
    m_message->hide();
    connect(
        m_message, &QLabel::linkActivated, this, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(12, 12, 12, 12);
    auto *heading = new QLabel(tr("Reports"), options);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(
        tr("The same reports as <tt>bulwark report</tt>: choose one, look at its pages, export it."), options);
    intro->setWordWrap(true);
    optionsLayout->addWidget(heading);
    optionsLayout->addWidget(intro);
    optionsLayout->addSpacing(6);
    optionsLayout->addLayout(form);
    optionsLayout->addSpacing(6);
    optionsLayout->addLayout(buttons);
    optionsLayout->addWidget(m_openWhenDone);
    optionsLayout->addLayout(progress);
    optionsLayout->addWidget(m_message);
    optionsLayout->addStretch(1);
    options->setFixedWidth(340);

    // The preview, on the right.
    m_pagesLabel = new QLabel(this);
    m_pagesLabel->setObjectName(QStringLiteral("reportPages"));
    m_preview = new PagePreview(this);
    m_zoom = new QComboBox(this);
    m_zoom->setObjectName(QStringLiteral("reportZoom"));
    m_zoom->addItem(tr("Fit width"), int(PagePreview::Fit::Width));
    m_zoom->addItem(tr("Whole page"), int(PagePreview::Fit::Page));
    m_zoom->setToolTip(tr("How large the pages are shown"));
    auto *zoomLabel = new QLabel(tr("&Zoom:"), this);
    zoomLabel->setBuddy(m_zoom);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] {
        m_preview->setFit(PagePreview::Fit(m_zoom->currentData().toInt()));
    });
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(m_pagesLabel, 1);
    previewHeader->addWidget(zoomLabel);
    previewHeader->addSpacing(4);
    previewHeader->addWidget(m_zoom);
    m_preview->setToolTip(tr("The report's pages as printed (PDF); HTML and CSV hold the same content"));
    auto *previewLayout = new QVBoxLayout;
    previewLayout->setContentsMargins(0, 12, 12, 12);
    previewLayout->addLayout(previewHeader);
    previewLayout->addWidget(m_preview, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(options);
    layout->addLayout(previewLayout, 1);

    setTabOrder(m_kind, m_assessment);
    setTabOrder(m_assessment, m_scenarios);
    setTabOrder(m_scenarios, m_date);
    setTabOrder(m_date, m_classification);
    setTabOrder(m_classification, m_entity);
    setTabOrder(m_entity, m_language);
    setTabOrder(m_language, m_format);
    setTabOrder(m_format, m_paper);
    setTabOrder(m_paper, m_previewButton);
    setTabOrder(m_previewButton, m_export);
    setTabOrder(m_export, m_openWhenDone);
    setTabOrder(m_openWhenDone, m_zoom);
    setTabOrder(m_zoom, m_preview);

    // Keys: the pages' "run" key builds the preview; Export has its own.
    auto *previewShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    previewShortcut->setWhatsThis(tr("Preview the report"));
    connect(previewShortcut, &QShortcut::activated, this, &ReportsPage::refreshPreview);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    exportShortcut->setWhatsThis(tr("Export the report"));
    connect(exportShortcut, &QShortcut::activated, this, [this] {
        if (m_export->isEnabled())
            exportReport();
    });

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400); // typing a classification builds once, not per key
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (m_service && m_previewStale && !isHiddenInShownWindow(this) && isVisible())
            refreshPreview();
    });

    m_previewJob->bindProgress(m_progress, m_cancel);
    m_exportJob->bindProgress(m_progress, m_cancel);
    connect(m_previewJob, &BackgroundJobBase::runningChanged, this, &ReportsPage::updateButtons);
    connect(m_exportJob, &BackgroundJobBase::runningChanged, this, &ReportsPage::updateButtons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::kindChosen);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportsPage::formatChosen);
    connect(m_assessment, &QComboBox::currentIndexChanged, this, [this] {
        m_assessment->setToolTip(m_assessment->currentText()); // the combo may be narrower than the title
        optionsChanged();
    });
    connect(m_scenarios, &QListWidget::itemChanged, this, &ReportsPage::optionsChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportsPage::optionsChanged);
    connect(m_classification, &QLineEdit::textChanged, this, &ReportsPage::optionsChanged);
    connect(m_entity, &QLineEdit::textChanged, this, &ReportsPage::optionsChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportsPage::optionsChanged);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportsPage::optionsChanged);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::refreshPreview);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportReport);

    kindChosen();
    setService(nullptr);
}

ReportsPage::~ReportsPage() = default; // the jobs cancel and wait for their workers

void ReportsPage::setService(RegisterService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_previewJob->discard();
    m_exportJob->discard();
    m_service = service;
    m_document.reset();
    ++m_version;
    m_previewStale = true;
    m_message->hide();
    if (service)
        connect(service, &RegisterService::changed, this, &ReportsPage::registerChanged);
    m_entity->setPlaceholderText(service ? QFileInfo(service->path()).fileName() : QString());
    fillAssessments();
    fillScenarios();
    m_preview->setPages(nullptr, service ? tr("The preview is built when the page is shown.") : QString());
    m_pagesLabel->clear();
    setEnabled(service != nullptr);
    updateButtons();
    if (service && isVisible() && !isHiddenInShownWindow(this))
        m_previewTimer->start();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_service && m_previewStale && !m_previewJob->isRunning())
        m_previewTimer->start();
}

void ReportsPage::registerChanged(const ChangeSummary &)
{
    fillAssessments();
    fillScenarios();
    optionsChanged();
}

void ReportsPage::kindChosen()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    const bool audit = kind == ReportKind::Audit;
    const bool scenario = kind == ReportKind::Scenario;
    m_assessmentLabel->setVisible(audit);
    m_assessment->setVisible(audit);
    m_scenariosLabel->setVisible(scenario);
    m_scenarios->setVisible(scenario);
    // The formats the kind can be written in, keeping the one chosen where it can.
    const auto chosen = m_format->currentData();
    {
        const QSignalBlocker blocker(m_format);
        m_format->clear();
        for (const ReportFormat format : Reports::formats(kind))
            m_format->addItem(formatTitle(format), int(format));
        m_format->setCurrentIndex(std::max(0, m_format->findData(chosen)));
    }
    formatChosen();
}

void ReportsPage::formatChosen()
{
    const bool pdf = format() == ReportFormat::Pdf;
    m_paper->setEnabled(pdf);
    m_paperLabel->setEnabled(pdf);
    optionsChanged();
}

void ReportsPage::optionsChanged()
{
    ++m_version;
    m_previewStale = true;
    if (m_service)
        m_previewTimer->start();
}

void ReportsPage::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportsPage::setFormat(ReportFormat format)
{
    const int index = m_format->findData(int(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ReportsPage::setOpenWhenDone(bool open)
{
    m_openWhenDone->setChecked(open);
}

bool ReportsPage::isBusy() const
{
    return m_previewJob->isRunning() || m_exportJob->isRunning();
}

void ReportsPage::fillAssessments()
{
    using namespace assessment;
    const QString current = m_assessment->currentData().toString();
    const QSignalBlocker blocker(m_assessment);
    m_assessment->clear();
    if (!m_service)
        return;
    const auto records = m_service->records(assessmentType());
    QStringList keys = records.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const Assessment &a = TableType<Assessment>::value(*records.constFind(key));
        m_assessment->addItem(tr("%1: %2 (%3)").arg(a.key, a.title, displayName(a.status)), a.key);
    }
    if (keys.isEmpty()) {
        m_assessment->addItem(tr("No stored assessment"), QString());
        m_assessment->setEnabled(false);
        return;
    }
    m_assessment->setEnabled(true);
    // The one chosen before, else the latest (as `bulwark report audit` without --assessment).
    int index = m_assessment->findData(current);
    if (index < 0) {
        const auto latest = latestAssessment(records);
        index = latest ? m_assessment->findData(latest->key) : 0;
    }
    m_assessment->setCurrentIndex(std::max(0, index));
    m_assessment->setToolTip(m_assessment->currentText());
}

void ReportsPage::fillScenarios()
{
    QHash<QString, bool> checked;
    for (int row = 0; row < m_scenarios->count(); ++row)
        checked.insert(m_scenarios->item(row)->data(Qt::UserRole).toString(),
                       m_scenarios->item(row)->checkState() == Qt::Checked);
    const QSignalBlocker blocker(m_scenarios);
    m_scenarios->clear();
    if (!m_service)
        return;
    QStringList names = m_service->scenarios().keys();
    names.sort(Qt::CaseInsensitive);
    for (const QString &name : std::as_const(names)) {
        const Scenario &scenario = m_service->scenarios().value(name);
        auto *item = new QListWidgetItem(name, m_scenarios);
        item->setData(Qt::UserRole, name);
        item->setToolTip(scenario.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.value(name, true) ? Qt::Checked : Qt::Unchecked); // new ones: checked
    }
    // As tall as its rows, up to eight; a scroll bar beyond.
    const int rows = std::clamp(int(m_scenarios->count()), 2, 8);
    const int rowHeight
        = m_scenarios->count() > 0 ? m_scenarios->sizeHintForRow(0) : m_scenarios->fontMetrics().height();
    m_scenarios->setFixedHeight(rows * rowHeight + 2 * m_scenarios->frameWidth() + 4);
}

reports::ReportRequest ReportsPage::request() const
{
    reports::ReportRequest request;
    request.kind = ReportKind(m_kind->currentData().toInt());
    if (request.kind == ReportKind::Audit)
        request.assessment = m_assessment->currentData().toString();
    if (request.kind == ReportKind::Scenario) {
        for (int row = 0; row < m_scenarios->count(); ++row) {
            if (m_scenarios->item(row)->checkState() == Qt::Checked)
                request.scenarios << m_scenarios->item(row)->data(Qt::UserRole).toString();
        }
    }
    request.date = m_date->date();
    request.classification = m_classification->text().trimmed();
    request.entity = m_entity->text().trimmed();
    request.language = m_language->currentData().toString();
    return request;
}

ReportFormat ReportsPage::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

reports::PdfSettings ReportsPage::pdfSettings() const
{
    reports::PdfSettings settings;
    settings.paper = reports::PdfSettings::Paper(m_paper->currentData().toInt());
    return settings;
}

QString ReportsPage::refusal() const
{
    if (!m_service)
        return tr("No register is open.");
    if (ReportKind(m_kind->currentData().toInt()) != ReportKind::Scenario)
        return {};
    // An empty list would mean "every saved scenario" to Reports::build; here nothing checked means none.
    if (m_scenarios->count() == 0)
        return tr("No failure scenario is saved in this register: save one on the Impact page first.");
    if (request().scenarios.isEmpty())
        return tr("Check at least one scenario.");
    return {};
}

void ReportsPage::refreshPreview()
{
    m_previewTimer->stop();
    if (!m_service || m_exportJob->isRunning())
        return;
    m_previewStale = false;
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        m_previewJob->discard();
        m_document.reset();
        m_preview->setPages(nullptr, refused);
        m_pagesLabel->clear();
        showMessage(refused, true);
        Q_EMIT previewReady(false);
        return;
    }
    m_message->hide();
    const QString path = m_service->path();
    const reports::ReportRequest request = this->request();
    const reports::PdfSettings pdf = pdfSettings();
    const quint64 version = m_version;
    m_preview->setPages(nullptr, tr("Building the preview..."));
    m_pagesLabel->setText(tr("Building the preview..."));
    m_previewJob->run(
        [path, request, pdf](Feedback &feedback) -> Result<Built> {
            // A connection of its own, as the window's other workers: the GUI's service stays on the GUI thread.
            StepFeedback reading(feedback, 0, 30);
            auto service = RegisterService::open(path, store::Database::OpenMode::ReadOnly, &reading);
            if (!service)
                return service.error();
            if (feedback.isCanceled())
                return makeError(Error::Code::Canceled, tr("The preview was canceled."));
            StepFeedback building(feedback, 30, 60);
            auto document = Reports::build(**service, request, &building);
            if (!document)
                return document.error();
            Built built;
            built.document = std::make_shared<const reports::Document>(std::move(*document));
            StepFeedback layingOut(feedback, 60, 140); // layOutPages reports 0-50 (the layout half of a PDF)
            auto pages = reports::PdfRenderer::layOutPages(*built.document, pdf, &layingOut);
            if (!pages)
                return pages.error();
            built.pages = std::move(*pages);
            return built;
        },
        [this, version](Result<Built> built) {
            if (!built) {
                const bool canceled = built.error().code == Error::Code::Canceled;
                const QString text = canceled ? tr("The preview was canceled.") : built.error().message;
                m_document.reset();
                m_previewStale = true; // built again when asked or when an option changes
                m_preview->setPages(nullptr, text);
                m_pagesLabel->clear();
                showMessage(text, !canceled);
                Q_EMIT previewReady(false);
                return;
            }
            m_document = built->document;
            m_builtVersion = version;
            const int count = built->pages->count();
            m_pagesLabel->setText(
                tr("%1 on %2 paper. Pages: %L3").arg(m_document->title, m_paper->currentText()).arg(count));
            m_preview->setPages(built->pages);
            Q_EMIT previewReady(true);
        },
        tr("Building the report..."));
    updateButtons();
}

QString ReportsPage::suggestedName() const
{
    const reports::ReportRequest r = request();
    QString name = QStringLiteral("%1-%2").arg(Reports::kindName(r.kind), r.date.toString(Qt::ISODate));
    switch (format()) {
        case ReportFormat::Pdf: name += QStringLiteral(".pdf"); break;
        case ReportFormat::Html: name += QStringLiteral(".html"); break;
        case ReportFormat::Csv: name += QStringLiteral("-tables"); break;
    }
    const QString folder = m_service ? QFileInfo(m_service->path()).absolutePath() : QDir::homePath();
    return QDir(folder).filePath(name);
}

void ReportsPage::exportReport()
{
    if (!m_service)
        return;
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        showMessage(refused, true);
        return;
    }
    QString path;
    switch (format()) {
        case ReportFormat::Pdf:
            path = QFileDialog::getSaveFileName(
                this, tr("Export the Report as PDF"), suggestedName(), tr("PDF documents (*.pdf)"));
            break;
        case ReportFormat::Html:
            path = QFileDialog::getSaveFileName(
                this, tr("Export the Report as HTML"), suggestedName(), tr("HTML files (*.html *.htm)"));
            break;
        case ReportFormat::Csv:
            // A new or empty folder (or an earlier export's): the model refuses one that holds other files.
            path = QFileDialog::getExistingDirectory(this,
                                                     tr("Choose a New or Empty Folder for the Report's CSV Tables"),
                                                     QFileInfo(suggestedName()).path());
            break;
    }
    if (!path.isEmpty())
        exportTo(path);
}

void ReportsPage::exportTo(const QString &path)
{
    if (!m_service || m_exportJob->isRunning())
        return;
    const QString refused = refusal();
    if (!refused.isEmpty()) {
        showMessage(refused, true);
        Q_EMIT exported(false, path);
        return;
    }
    m_previewTimer->stop();
    m_previewJob->discard(); // one job at a time on the page's progress bar
    m_message->hide();
    // The preview's document when it was built from these options and this register; else built again.
    const std::shared_ptr<const reports::Document> document
        = m_document && m_builtVersion == m_version ? m_document : nullptr;
    const QString registerPath = m_service->path();
    const reports::ReportRequest request = this->request();
    const reports::ReportFormat format = this->format();
    const reports::PdfSettings pdf = pdfSettings();
    m_exportJob->run(
        [document, registerPath, request, format, pdf, path](Feedback &feedback) -> Result<QString> {
            std::shared_ptr<const reports::Document> doc = document;
            if (!doc) {
                StepFeedback reading(feedback, 0, 20);
                auto service = RegisterService::open(registerPath, store::Database::OpenMode::ReadOnly, &reading);
                if (!service)
                    return service.error();
                StepFeedback building(feedback, 20, 40);
                auto built = Reports::build(**service, request, &building);
                if (!built)
                    return built.error();
                doc = std::make_shared<const reports::Document>(std::move(*built));
            }
            if (feedback.isCanceled())
                return makeError(Error::Code::Canceled, tr("The export was canceled."));
            StepFeedback writing(feedback, document ? 0 : 40, 100);
            const Result<void> written = Reports::write(*doc, format, path, pdf, &writing);
            if (!written)
                return written.error();
            return path;
        },
        [this, path](Result<QString> written) {
            if (!written) {
                const bool canceled = written.error().code == Error::Code::Canceled;
                showMessage(canceled ? tr("The export was canceled; nothing was written.") : written.error().message,
                            !canceled);
                Q_EMIT exported(false, path);
                updateButtons();
                if (m_previewStale)
                    m_previewTimer->start();
                return;
            }
            const QString shown = QDir::toNativeSeparators(*written);
            const QUrl url = QUrl::fromLocalFile(*written);
            showMessage(tr("Exported to %1. <a href=\"%2\">Open</a>")
                            .arg(shown.toHtmlEscaped(), url.toString(QUrl::FullyEncoded).toHtmlEscaped()),
                        false);
            Q_EMIT statusMessage(tr("Exported the report to %1").arg(shown));
            Q_EMIT exported(true, *written);
            if (m_openWhenDone->isChecked())
                QDesktopServices::openUrl(url);
            updateButtons();
            if (m_previewStale)
                m_previewTimer->start();
        },
        tr("Writing the report..."));
    updateButtons();
}

void ReportsPage::showMessage(const QString &text, bool error)
{
    if (error) {
        m_message->setTextFormat(Qt::PlainText);
        m_message->setText(tr("Not done: %1").arg(text));
    } else {
        m_message->setTextFormat(Qt::RichText);
        m_message->setText(text);
    }
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, theme::problemText());
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

void ReportsPage::updateButtons()
{
    const bool exporting = m_exportJob->isRunning();
    m_previewButton->setEnabled(m_service && !exporting);
    m_export->setEnabled(m_service && !exporting);
}

} // namespace bulwark::gui

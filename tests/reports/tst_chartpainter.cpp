// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The chart painters shared by the Dashboard and the reports (issue 14): bars where the values say, words beside
// them in the text layer, clicks mapped to the right bar, "No data" rather than nothing, the same bytes twice.
#include "reports/charts/chartpainter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

using namespace bulwark;
using namespace bulwark::reports;

class tst_ChartPainter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void barsWhereTheValuesSay_data();
    void barsWhereTheValuesSay();
    void labelsAreText();
    void thresholdsAreDrawnAndLabelled();
    void hitTestFindsTheBar();
    void emptyChartSaysNoData_data();
    void emptyChartSaysNoData();
    void sameBytesTwice();
    void splitChart();
    void scoreChartShowsUnscoredChaptersInWords();
    void restyledKeepsTheChart();
};

namespace {

const QColor first(0xff, 0x00, 0x00);
const QColor second(0x00, 0x00, 0xff);

BarChart twoBars(double a, double b, double maximum = 100)
{
    BarChart chart;
    chart.maximum = maximum;
    chart.unit = QStringLiteral("%");
    chart.bars = {ChartBar{QStringLiteral("PRV-CLOUD"), a, {}, Tone::Neutral, first, {}},
                  ChartBar{QStringLiteral("PRV-NET"), b, {}, Tone::Neutral, second, {}}};
    return chart;
}

QImage render(const FigurePainter &painter, const QSize &size = {480, 200})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QByteArray svg(const FigurePainter &painter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(painter.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), painter.size()));
    generator.setResolution(72);
    {
        QPainter p(&generator);
        painter.paint(p, QRectF(QPointF(0, 0), painter.size()));
    }
    return bytes;
}

/// The longest horizontal run of `colour` in the image: its row, first and last column (-1 when absent).
struct Run {
    int row = -1;
    int left = -1;
    int right = -1;
    int width() const { return left < 0 ? 0 : right - left + 1; }
};

Run longestRun(const QImage &image, const QColor &colour)
{
    Run best;
    for (int y = 0; y < image.height(); ++y) {
        int start = -1;
        for (int x = 0; x <= image.width(); ++x) {
            const bool match = x < image.width() && image.pixelColor(x, y) == colour;
            if (match && start < 0)
                start = x;
            if (!match && start >= 0) {
                if (x - start > best.width())
                    best = Run{y, start, x - 1};
                start = -1;
            }
        }
    }
    return best;
}

int inkPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).lightness() < 160 ? 1 : 0;
    }
    return count;
}

} // namespace

void tst_ChartPainter::barsWhereTheValuesSay_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::newRow("quarterAndFull") << 25.0 << 100.0;
    QTest::newRow("halfAndTenth") << 50.0 << 10.0;
    QTest::newRow("equal") << 60.0 << 60.0;
}

void tst_ChartPainter::barsWhereTheValuesSay()
{
    QFETCH(double, a);
    QFETCH(double, b);
    const BarChartPainter painter(twoBars(a, b));
    const QImage image = render(painter);
    const Run runA = longestRun(image, first);
    const Run runB = longestRun(image, second);
    QVERIFY2(runA.width() > 10 && runB.width() > 10, "both bars are drawn");
    QVERIFY2(runA.row < runB.row, "the first bar is above the second");
    QVERIFY2(std::abs(runA.left - runB.left) <= 1, "the bars start on the same axis");
    // Lengths in proportion to the values (within a pixel and a half of anti-aliasing).
    const double expected = runA.width() * b / a;
    QVERIFY2(
        std::abs(runB.width() - expected) <= 1.5 * std::max(1.0, b / a),
        qPrintable(QStringLiteral("%1 px for %2, %3 px for %4").arg(runA.width()).arg(a).arg(runB.width()).arg(b)));
}

void tst_ChartPainter::labelsAreText()
{
    BarChart chart = twoBars(80, 40);
    chart.title = QStringLiteral("Provider concentration");
    chart.bars[0].valueText = QStringLiteral("80 %, alarm");
    const QByteArray bytes = svg(BarChartPainter(chart));
    for (const char *word : {"Provider concentration", "PRV-CLOUD", "PRV-NET", "80 %, alarm", "40 %", "100 %"})
        QVERIFY2(bytes.contains(word), word);
}

void tst_ChartPainter::thresholdsAreDrawnAndLabelled()
{
    BarChart chart = twoBars(80, 40);
    chart.thresholds
        = {{50, QStringLiteral("warning 50 %"), Tone::Warning}, {75, QStringLiteral("alarm 75 %"), Tone::Bad}};
    ChartStyle style = ChartStyle::print();
    style.warning = QColor(0x00, 0xc0, 0x00);
    const BarChartPainter painter(chart, style);
    QVERIFY(svg(painter).contains("warning 50 %"));
    QVERIFY(svg(painter).contains("alarm 75 %"));
    // The warning line: a column of its colour, at half of the 80 % bar's length from the axis times 50/80.
    const QImage image = render(painter);
    const Run bar = longestRun(image, first);
    const int x = bar.left + int(std::lround(bar.width() * 50.0 / 80.0));
    int found = 0;
    for (int dx = -2; dx <= 2; ++dx) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x + dx, y);
            found += c.green() > 150 && c.red() < 120 && c.blue() < 120 ? 1 : 0;
        }
    }
    QVERIFY2(found >= 8, qPrintable(QString::number(found)));
}

void tst_ChartPainter::hitTestFindsTheBar()
{
    const BarChartPainter painter(twoBars(30, 90));
    const QRectF target(0, 0, 480, 200);
    const QImage image = render(painter, target.size().toSize());
    const Run runA = longestRun(image, first);
    const Run runB = longestRun(image, second);
    QCOMPARE(painter.hitTest(QPointF(runA.left + runA.width() / 2, runA.row), target), 0);
    QCOMPARE(painter.hitTest(QPointF(runB.left + runB.width() / 2, runB.row), target), 1);
    // The whole row counts (the label, past the bar's end), nothing outside the rows.
    QCOMPARE(painter.hitTest(QPointF(20, runA.row), target), 0);
    QCOMPARE(painter.hitTest(QPointF(470, runB.row), target), 1);
    QCOMPARE(painter.hitTest(QPointF(240, 199), target), -1);
    QCOMPARE(painter.hitTest(QPointF(500, runA.row), target), -1);
    QCOMPARE(painter.toolTip(1), QStringLiteral("PRV-NET: 90 %"));
    QCOMPARE(painter.toolTip(2), QString());
}

void tst_ChartPainter::emptyChartSaysNoData_data()
{
    QTest::addColumn<int>("bars");
    QTest::newRow("noBars") << 0;
    QTest::newRow("allZero") << 3;
}

void tst_ChartPainter::emptyChartSaysNoData()
{
    QFETCH(int, bars);
    BarChart chart;
    for (int i = 0; i < bars; ++i)
        chart.bars.push_back(ChartBar{QStringLiteral("Kind %1").arg(i), 0, {}, Tone::Neutral, {}, {}});
    const BarChartPainter painter(chart);
    QVERIFY(painter.isEmpty());
    QVERIFY(svg(painter).contains("No data"));
    QVERIFY2(inkPixels(render(painter)) > 20, "something is painted");
    QCOMPARE(painter.hitTest(QPointF(240, 100), QRectF(0, 0, 480, 200)), -1);
    chart.emptyText = QStringLiteral("No provider is recorded.");
    QVERIFY(svg(BarChartPainter(chart)).contains("No provider is recorded."));

    SplitChart split;
    split.parts = {{QStringLiteral("With"), Tone::Bad, {}}, {QStringLiteral("Without"), Tone::Good, {}}};
    if (bars > 0)
        split.rows = {{QString(), {0, 0}}};
    QVERIFY(svg(SplitChartPainter(split)).contains("No data"));
}

void tst_ChartPainter::sameBytesTwice()
{
    BarChart chart = twoBars(33.3, 66.7);
    chart.thresholds = {{50, QStringLiteral("warning 50 %"), Tone::Warning}};
    const QByteArray once = svg(BarChartPainter(chart));
    QVERIFY(!once.isEmpty());
    QCOMPARE(svg(BarChartPainter(chart)), once);
    SplitChart split;
    split.parts = {{QStringLiteral("With"), Tone::Bad, {}}, {QStringLiteral("Without"), Tone::Good, {}}};
    split.rows = {{QString(), {3, 4}}};
    QCOMPARE(svg(SplitChartPainter(split)), svg(SplitChartPainter(split)));
}

void tst_ChartPainter::splitChart()
{
    SplitChart split;
    split.title = QStringLiteral("Single points of failure");
    split.parts = {{QStringLiteral("With at least one"), Tone::Neutral, first},
                   {QStringLiteral("Without"), Tone::Neutral, second}};
    split.rows = {{QString(), {1, 3}}};
    const SplitChartPainter painter(split);
    const QByteArray bytes = svg(painter);
    QVERIFY(bytes.contains("With at least one: 1 (25 %)"));
    QVERIFY(bytes.contains("Without: 3 (75 %)"));
    const QRectF target(0, 0, 480, 160);
    const QImage image = render(painter, target.size().toSize());
    const Run a = longestRun(image, first);
    const Run b = longestRun(image, second);
    // One bar, split 1 : 3, the parts side by side.
    QVERIFY2(std::abs(b.width() - 3 * a.width()) <= 3,
             qPrintable(QStringLiteral("%1 %2").arg(a.width()).arg(b.width())));
    QVERIFY(std::abs(a.right + 1 - b.left) <= 2);
    QCOMPARE(painter.hitTest(QPointF(a.left + a.width() / 2, a.row), target), 0);
    QCOMPARE(painter.hitTest(QPointF(b.left + b.width() / 2, b.row), target), 1);
    QCOMPARE(painter.toolTip(1), QStringLiteral("Without: 3 (75 %)"));
}

void tst_ChartPainter::scoreChartShowsUnscoredChaptersInWords()
{
    const BarChart chart
        = scoreChart({{QStringLiteral("II ICT risk management"), 62.5, QStringLiteral("62.5 %"), Tone::Warning},
                      {QStringLiteral("III Incidents"), -1, QStringLiteral("not scored"), Tone::Neutral},
                      {QStringLiteral("IV Testing"), 0, QStringLiteral("0.0 %"), Tone::Bad}});
    QCOMPARE(chart.maximum, 100.0);
    const BarChartPainter painter(chart);
    QVERIFY2(!painter.isEmpty(), "a chapter scored 0 % is data");
    const QByteArray bytes = svg(painter);
    for (const char *word : {"II ICT risk management", "62.5 %", "not scored", "0.0 %", "100 %"})
        QVERIFY2(bytes.contains(word), word);
}

void tst_ChartPainter::restyledKeepsTheChart()
{
    ChartStyle dark = ChartStyle::print();
    dark.background = QColor(0x1f, 0x22, 0x26);
    dark.text = QColor(0xe6, 0xe8, 0xeb);
    const BarChartPainter painter(twoBars(25, 50));
    const auto restyled = painter.withStyle(dark);
    QCOMPARE(restyled->style(), dark);
    QCOMPARE(static_cast<const BarChartPainter &>(*restyled).chart(), painter.chart());
    QCOMPARE(render(*restyled).pixelColor(1, 1), dark.background);
    QCOMPARE(render(painter).pixelColor(1, 1), QColor(Qt::white));
}

QTEST_MAIN(tst_ChartPainter)
#include "tst_chartpainter.moc"

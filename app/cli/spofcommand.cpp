// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "cli/output.h"
#include "model/analysis/spofanalysis.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace bulwark::cli {

QString SpofCommand::summary() const
{
    return Context::tr("Find single points of failure of business functions (exit 1 if a critical one has any).");
}

QString SpofCommand::arguments() const
{
    return {};
}

QStringList SpofCommand::examples() const
{
    return {QStringLiteral("bulwark spof --db bank.bulwark"),
            QStringLiteral("bulwark spof --db bank.bulwark --function F-PAY --json"),
            QStringLiteral("bulwark spof --db bank.bulwark --pairs --function F-PAY --limit 20")};
}

void SpofCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("function"),
                      Context::tr("Only this function (default: every function)."),
                      QStringLiteral("KEY")});
    parser.addOption(
        {QStringLiteral("pairs"),
         Context::tr("Also find the double failures: pairs of elements, neither a single point of failure, "
                     "whose failure together puts the function down.")});
    parser.addOption({QStringLiteral("limit"),
                      Context::tr("With --pairs: list at most N pairs per function (the count stays exact; text "
                                  "output lists 1000 by default)."),
                      QStringLiteral("N")});
}

namespace {

/// A JSON string literal for `text`, as QJsonDocument writes it.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/// spof --pairs: the SPOFs as without it, plus "pair_count" and "pairs" per function. The JSON is written one
/// function at a time (each function's object on one line), so that millions of pairs are never one document.
int runPairs(Context &context, const analysis::GraphSnapshot &s, const std::vector<int> &functions)
{
    std::size_t limit = context.json() ? analysis::SpofAnalysis::noLimit : 1000;
    if (context.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const qlonglong n = context.parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || n < 0)
            return context.fail(Context::tr("--limit must be a whole number of 0 or more, got '%1'")
                                    .arg(context.parser.value(QStringLiteral("limit"))));
        limit = std::size_t(n);
    }
    const analysis::SpofAnalysis analysis(s);
    analysis::SpofAnalysis::Workspace workspace(s);
    std::vector<QByteArray> keys(std::size_t(s.size()));
    const auto key = [&](int v) -> const QByteArray & {
        QByteArray &k = keys[std::size_t(v)];
        if (k.isEmpty())
            k = quoted(s.key(v));
        return k;
    };
    bool criticalWithSpof = false;
    bool first = true;
    if (context.json())
        context.writeRaw("{\"functions\": [\n");
    analysis::pairsOfFunctions(s, analysis, functions, limit, [&](analysis::FailurePairs &&pairs) {
        const int f = pairs.function;
        const std::vector<int> spofs = analysis.spofsOf(f, workspace);
        criticalWithSpof = criticalWithSpof || (s.isCritical(f) && !spofs.empty());
        if (context.json()) {
            QByteArray line = first ? QByteArray() : QByteArray(",\n");
            first = false;
            line += "{\"key\": " + key(f) + ", \"spofs\": [";
            for (std::size_t i = 0; i < spofs.size(); ++i)
                line += (i ? ", " : "") + key(spofs[i]);
            line += "], \"pair_count\": " + QByteArray::number(qulonglong(pairs.count)) + ", \"pairs\": [";
            for (std::size_t i = 0; i < pairs.pairs.size(); ++i) {
                line += (i ? ", [" : "[") + key(pairs.pairs[i].first) + ", " + key(pairs.pairs[i].second) + "]";
                if (line.size() > (1 << 20)) { // write large answers as they grow
                    context.writeRaw(line);
                    line.clear();
                }
            }
            line += "]}";
            context.writeRaw(line);
            return;
        }
        QString text
            = QStringLiteral("%1%2  %3\n").arg(s.key(f), s.isCritical(f) ? QStringLiteral(" *") : QString(), s.name(f));
        if (spofs.empty()) {
            text += Context::tr("    no single point of failure\n");
        } else {
            text += Context::tr("    %Ln single point(s) of failure:\n", nullptr, int(spofs.size()));
            QList<QStringList> rows;
            for (const int v : spofs)
                rows.append({QStringLiteral("      ") + s.key(v), s.name(v)});
            text += Output::table(rows);
        }
        if (pairs.count == 0) {
            text += Context::tr("    no double failure\n");
        } else {
            text += Context::tr("    double failures: %1 (pairs that fail it together):\n").arg(pairs.count);
            QList<QStringList> rows;
            for (const auto &[a, b] : pairs.pairs)
                rows.append({QStringLiteral("      ") + s.key(a), s.key(b)});
            text += Output::table(rows);
            if (pairs.pairs.size() < pairs.count)
                text += Context::tr("      ... and %1 more (--limit N lists more)\n")
                            .arg(pairs.count - pairs.pairs.size());
        }
        context.out << text;
    });
    if (context.json())
        context.writeRaw("\n]}\n");
    else
        context.out << Context::tr("* critical or important function") << "\n";
    return criticalWithSpof ? Findings : Ok;
}

} // namespace

int SpofCommand::run(Context &context) const
{
    auto snapshot = context.openSnapshot();
    if (!snapshot)
        return context.fail(snapshot.error());
    const analysis::GraphSnapshot &s = **snapshot;
    auto chosen = context.chosenFunctions(s);
    if (!chosen)
        return context.fail(chosen.error());
    const std::vector<int> &functions = *chosen;
    if (context.parser.isSet(QStringLiteral("pairs")))
        return runPairs(context, s, functions);
    if (context.parser.isSet(QStringLiteral("limit")))
        return context.fail(Context::tr("--limit needs --pairs"));
    const analysis::SpofAnalysis analysis(s);
    analysis::SpofAnalysis::Workspace workspace(s);
    bool criticalWithSpof = false;
    if (context.json()) {
        // Streamed in QJsonDocument's indented layout, one function at a time: the answer for every function of a
        // large register is never one document in memory.
        std::vector<QByteArray> keys(std::size_t(s.size()));
        const auto key = [&](int v) -> const QByteArray & {
            QByteArray &k = keys[std::size_t(v)];
            if (k.isEmpty())
                k = quoted(s.key(v));
            return k;
        };
        QByteArray buffer = functions.empty() ? QByteArray("{\n    \"functions\": [\n    ]\n}\n")
                                              : QByteArray("{\n    \"functions\": [\n");
        for (std::size_t i = 0; i < functions.size(); ++i) {
            const int f = functions[i];
            const std::vector<int> spofs = analysis.spofsOf(f, workspace);
            criticalWithSpof = criticalWithSpof || (s.isCritical(f) && !spofs.empty());
            buffer += "        {\n            \"key\": " + key(f) + ",\n            \"spofs\": [";
            if (spofs.empty()) {
                buffer += "\n            ]\n";
            } else {
                for (std::size_t j = 0; j < spofs.size(); ++j)
                    buffer += (j ? ",\n                " : "\n                ") + key(spofs[j]);
                buffer += "\n            ]\n";
            }
            buffer += i + 1 < functions.size() ? "        },\n" : "        }\n    ]\n}\n";
            if (buffer.size() > (1 << 20) || i + 1 == functions.size()) {
                context.writeRaw(buffer);
                buffer.clear();
            }
        }
        if (!buffer.isEmpty())
            context.writeRaw(buffer);
        return criticalWithSpof ? Findings : Ok;
    }
    for (const int f : functions) {
        const std::vector<int> spofs = analysis.spofsOf(f, workspace);
        criticalWithSpof = criticalWithSpof || (s.isCritical(f) && !spofs.empty());
        QString text
            = QStringLiteral("%1%2  %3\n").arg(s.key(f), s.isCritical(f) ? QStringLiteral(" *") : QString(), s.name(f));
        if (spofs.empty()) {
            text += Context::tr("    no single point of failure\n");
        } else {
            text += Context::tr("    %Ln single point(s) of failure:\n", nullptr, int(spofs.size()));
            QList<QStringList> rows;
            for (const int v : spofs)
                rows.append({QStringLiteral("      ") + s.key(v), s.name(v)});
            text += Output::table(rows);
        }
        context.out << text;
    }
    context.out << Context::tr("* critical or important function") << "\n";
    return criticalWithSpof ? Findings : Ok;
}

} // namespace bulwark::cli

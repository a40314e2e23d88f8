// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "installer/commandhelp.h"

#include "cli/command.h"

#include <QRegularExpression>
#include <QTextStream>

namespace bulwark::installer {

namespace {

QString helpOf(const QStringList &arguments)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    cli::runCommandLine(arguments, o, e);
    o.flush();
    return out;
}

} // namespace

void CommandHelp::parseHelp(const QString &help, QList<OptionHelp> &options, QList<OptionHelp> &positional)
{
    // QCommandLineParser's layout: a block title, then "  NAMES  DESCRIPTION" with the description wrapped onto
    // lines indented to its column; a blank line ends the block.
    static const QRegularExpression entry(QStringLiteral("^  (\\S.*?)(?: {2,}(\\S.*))?$"));
    static const QRegularExpression value(QStringLiteral(" <([^>]+)>$"));
    QList<OptionHelp> *block = nullptr;
    for (const QString &line : help.split(u'\n')) {
        if (line == u"Options:") {
            block = &options;
            continue;
        }
        if (line == u"Arguments:") {
            block = &positional;
            continue;
        }
        if (!block || line.trimmed().isEmpty()) {
            block = nullptr;
            continue;
        }
        if (line.startsWith(QStringLiteral("   ")) && !block->isEmpty()) { // a wrapped description
            QString &d = block->last().description;
            d += (d.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
            continue;
        }
        const auto m = entry.match(line);
        if (!m.hasMatch())
            continue;
        OptionHelp o;
        for (QString name : m.captured(1).split(QStringLiteral(", "))) {
            if (const auto v = value.match(name); v.hasMatch()) {
                o.value = v.captured(1);
                name.chop(v.capturedLength());
            }
            o.names << name;
        }
        o.description = m.captured(2);
        block->append(o);
    }
}

QList<CommandHelp> CommandHelp::all()
{
    QList<CommandHelp> list;
    for (const auto &command : cli::allCommands()) {
        CommandHelp c;
        c.name = command->name();
        c.summary = command->summary();
        c.arguments = command->arguments();
        c.examples = command->examples();
        parseHelp(helpOf({QStringLiteral("bulwark"), c.name, QStringLiteral("--help")}), c.options, c.positional);
        list << c;
    }
    return list;
}

GeneralHelp GeneralHelp::read()
{
    const QString help = helpOf({QStringLiteral("bulwark"), QStringLiteral("--help")});
    GeneralHelp g;
    g.tagline = help.section(u'\n', 0, 0).section(QStringLiteral(": "), 1);
    if (g.tagline.endsWith(u'.'))
        g.tagline.chop(1);
    const qsizetype at = help.indexOf(QStringLiteral("Exit codes:"));
    if (at >= 0)
        g.exitCodes = help.mid(at).simplified();
    return g;
}

} // namespace bulwark::installer

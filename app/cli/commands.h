// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace bulwark::cli {

/// bulwark init: see initcommand.cpp and docs/cli.md.
class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool hasJsonOutput() const override { return false; }
    int run(Context &context) const override;
};

/// bulwark demo: see democommand.cpp and docs/cli.md.
class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool hasJsonOutput() const override { return false; }
    int run(Context &context) const override;
};

/// bulwark import: see importcommand.cpp and docs/cli.md.
class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark report: see reportcommand.cpp and docs/cli.md.
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    bool hasJsonOutput() const override { return false; }
    bool needsGraphics() const override { return true; } // fonts for PDF pages and SVG figures
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark export: see exportcommand.cpp and docs/cli.md.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    bool hasJsonOutput() const override { return false; }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark list: see listcommand.cpp and docs/cli.md.
class ListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark show: see showcommand.cpp and docs/cli.md.
class ShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark add: see addcommand.cpp and docs/cli.md.
class AddCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark set: see setcommand.cpp and docs/cli.md.
class SetCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark remove: see removecommand.cpp and docs/cli.md.
class RemoveCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("remove"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark link: see linkcommand.cpp and docs/cli.md.
class LinkCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("link"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark unlink: see unlinkcommand.cpp and docs/cli.md.
class UnlinkCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("unlink"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark group: see groupcommand.cpp and docs/cli.md.
class GroupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("group"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark verify: see verifycommand.cpp and docs/cli.md.
class VerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark log: see logcommand.cpp and docs/cli.md.
class LogCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("log"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark impact: see impactcommand.cpp and docs/cli.md.
class ImpactCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("impact"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark spof: see spofcommand.cpp and docs/cli.md.
class SpofCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("spof"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark redundancy: see redundancycommand.cpp and docs/cli.md.
class RedundancyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("redundancy"); }
    QString summary() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark assess: see assesscommand.cpp and docs/cli.md.
class AssessCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("assess"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark roi: see roicommand.cpp and docs/cli.md.
class RoiCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("roi"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark cycles: see cyclescommand.cpp and docs/cli.md.
class CyclesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("cycles"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark recovery: see recoverycommand.cpp and docs/cli.md.
class RecoveryCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("recovery"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark concentration: see concentrationcommand.cpp and docs/cli.md.
class ConcentrationCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("concentration"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark availability: see availabilitycommand.cpp and docs/cli.md.
class AvailabilityCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("availability"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark map: see mapcommand.cpp and docs/cli.md.
class MapCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("map"); }
    bool needsGraphics() const override { return true; }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

/// bulwark scenario: see scenariocommand.cpp and docs/cli.md.
class ScenarioCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("scenario"); }
    QString summary() const override;
    QString arguments() const override;
    QStringList examples() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(Context &context) const override;
};

} // namespace bulwark::cli

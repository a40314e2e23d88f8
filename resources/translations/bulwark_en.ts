<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-FileCopyrightText: 2026 Bulwark contributors -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- English plural forms only ("1 day", "2 days"): Qt's "%n item(s)" texts need a translation in English too.
     Every other text is the source text. A "%n" text of the contexts below is added here when it is written. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Vocabulary</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::MainWindow</name>
    <message numerus="yes">
        <source>%1  |  %Ln element(s)</source>
        <translation>
            <numerusform>%1  |  %Ln element</numerusform>
            <numerusform>%1  |  %Ln elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln dependency(ies)</source>
        <translation>
            <numerusform>, %Ln dependency</numerusform>
            <numerusform>, %Ln dependencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ImpactPage</name>
    <message numerus="yes">
        <source>%Ln function(s) affected, %L1 of them critical or important: %L2 beyond tolerance, %L3 unknown (a recovery time, RPO or tolerance not recorded), %L4 within with little margin.</source>
        <translation>
            <numerusform>%Ln function affected, %L1 of them critical or important: %L2 beyond tolerance, %L3 unknown (a recovery time, RPO or tolerance not recorded), %L4 within with little margin.</numerusform>
            <numerusform>%Ln functions affected, %L1 of them critical or important: %L2 beyond tolerance, %L3 unknown (a recovery time, RPO or tolerance not recorded), %L4 within with little margin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: %Ln element(s) down, %L1 degraded.</source>
        <translation>
            <numerusform>Blast radius: %Ln element down, %L1 degraded.</numerusform>
            <numerusform>Blast radius: %Ln elements down, %L1 degraded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::DashboardPage</name>
    <message numerus="yes">
        <source>%Ln element(s).</source>
        <translation>
            <numerusform>%Ln element.</numerusform>
            <numerusform>%Ln elements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the %Ln saved scenario(s), %L1 critical or important function(s) would be beyond tolerance in at least one, and %L2 unknown (a recovery time, RPO or tolerance not recorded).</source>
        <translation>
            <numerusform>In the %Ln saved scenario, %L1 critical or important function(s) would be beyond tolerance, and %L2 unknown (a recovery time, RPO or tolerance not recorded).</numerusform>
            <numerusform>In the %Ln saved scenarios, %L1 critical or important function(s) would be beyond tolerance in at least one, and %L2 unknown (a recovery time, RPO or tolerance not recorded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln circular dependency(ies).</source>
        <translation>
            <numerusform>%Ln circular dependency.</numerusform>
            <numerusform>%Ln circular dependencies.</numerusform>
        </translation>
    </message>
</context>
</TS>

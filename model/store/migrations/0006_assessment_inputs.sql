-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v6: what the resilience assessment checks besides the map (issue 13): resilience tests, exit plans of
-- providers, legacy systems and their risk assessments, accepted risks, and register-wide settings. Each is a
-- registered table (model/assessment/inputs.cpp): written through the one write path and audited under its token.
-- Element keys are text (as scenarios keep them), checked by the write path when a value is saved.

CREATE TABLE resilience_test (
    key       TEXT PRIMARY KEY,
    type      TEXT NOT NULL,
    date      TEXT NOT NULL,
    scope     TEXT NOT NULL DEFAULT '',
    result    TEXT NOT NULL,
    tester    TEXT,
    findings  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE exit_plan (
    provider    TEXT PRIMARY KEY,
    document    TEXT NOT NULL DEFAULT '',
    tested      TEXT,
    reviewed    TEXT,
    alternative TEXT NOT NULL DEFAULT ''
);

CREATE TABLE legacy_system (
    element        TEXT PRIMARY KEY,
    end_of_support TEXT,
    risk_assessed  TEXT,
    notes          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE risk_acceptance (
    key      TEXT PRIMARY KEY,
    check_id TEXT NOT NULL,
    subjects TEXT NOT NULL DEFAULT '',
    reason   TEXT NOT NULL,
    approver TEXT NOT NULL,
    accepted TEXT NOT NULL,
    review   TEXT NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL DEFAULT ''
);

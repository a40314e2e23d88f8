-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v7: the assessment workflow (issue 13): assessments with their sign-off, each requirement's result, findings
-- (register-wide, identified by check and subjects so that they keep their history across runs) and remediation
-- actions. Registered tables (model/assessment/workflow.cpp); the freeze and four-eyes rules are register rules
-- (model/shippedtables.cpp), so every write path obeys them.

CREATE TABLE assessment (
    key               TEXT PRIMARY KEY,
    title             TEXT NOT NULL,
    catalogue         TEXT NOT NULL,
    catalogue_version TEXT NOT NULL,
    scope             TEXT NOT NULL DEFAULT '',
    period_start      TEXT,
    period_end        TEXT,
    preparer          TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL,
    submitted_by      TEXT NOT NULL DEFAULT '',
    submitted_at      TEXT,
    approved_by       TEXT NOT NULL DEFAULT '',
    approved_at       TEXT,
    register_seq      INTEGER,
    register_hash     TEXT NOT NULL DEFAULT '',
    results_hash      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE requirement_result (
    key         TEXT PRIMARY KEY,
    assessment  TEXT NOT NULL,
    requirement TEXT NOT NULL,
    result      TEXT NOT NULL,
    judgement   TEXT,
    notes       TEXT NOT NULL DEFAULT ''
);

CREATE INDEX requirement_result_assessment ON requirement_result (assessment);

CREATE TABLE finding (
    key        TEXT PRIMARY KEY,
    check_id   TEXT NOT NULL DEFAULT '',
    subjects   TEXT NOT NULL DEFAULT '',
    severity   TEXT NOT NULL,
    message    TEXT NOT NULL,
    status     TEXT NOT NULL,
    owner      TEXT NOT NULL DEFAULT '',
    first_seen TEXT,
    last_seen  TEXT
);

CREATE TABLE remediation_action (
    key      TEXT PRIMARY KEY,
    title    TEXT NOT NULL,
    owner    TEXT NOT NULL DEFAULT '',
    due      TEXT,
    status   TEXT NOT NULL,
    findings TEXT NOT NULL DEFAULT ''
);

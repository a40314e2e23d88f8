-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v10: the DORA register of information (issue 18): entities in scope, branches, contractual arrangements,
-- and what the register needs about ICT services, functions and providers beyond the map. Each is a registered
-- table (model/roi/records.cpp): written through the one write path and audited under its token. Element keys and
-- references are text, checked by the write path and by the register of information's checks (docs/roi.md).

CREATE TABLE roi_entity (
    lei          TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    country      TEXT NOT NULL DEFAULT '',
    type         TEXT NOT NULL DEFAULT '',
    hierarchy    TEXT NOT NULL DEFAULT '',
    parent       TEXT NOT NULL DEFAULT '',
    updated      TEXT,
    integrated   TEXT,
    deleted      TEXT,
    currency     TEXT NOT NULL DEFAULT '',
    total_assets TEXT NOT NULL DEFAULT '',
    reporting    INTEGER,
    authority    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE roi_branch (
    code        TEXT PRIMARY KEY,
    head_office TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE roi_arrangement (
    reference       TEXT PRIMARY KEY,
    type            TEXT NOT NULL DEFAULT '',
    overarching     TEXT NOT NULL DEFAULT '',
    provider        TEXT NOT NULL DEFAULT '',
    currency        TEXT NOT NULL DEFAULT '',
    annual_cost     TEXT NOT NULL DEFAULT '',
    start           TEXT,
    end_date        TEXT,
    termination     TEXT NOT NULL DEFAULT '',
    notice_entity   INTEGER,
    notice_provider INTEGER,
    governing_law   TEXT NOT NULL DEFAULT '',
    signing         TEXT NOT NULL DEFAULT '',
    relies_on       TEXT NOT NULL DEFAULT '',
    branches        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE roi_service (
    element             TEXT PRIMARY KEY,
    arrangements        TEXT NOT NULL DEFAULT '',
    type                TEXT NOT NULL DEFAULT '',
    provided_in         TEXT NOT NULL DEFAULT '',
    stores_data         INTEGER,
    stored_in           TEXT NOT NULL DEFAULT '',
    processed_in        TEXT NOT NULL DEFAULT '',
    sensitiveness       TEXT NOT NULL DEFAULT '',
    reliance            TEXT NOT NULL DEFAULT '',
    substitutability    TEXT NOT NULL DEFAULT '',
    substitution_reason TEXT NOT NULL DEFAULT '',
    last_audit          TEXT,
    reintegration       TEXT NOT NULL DEFAULT '',
    impact              TEXT NOT NULL DEFAULT '',
    alternatives        TEXT NOT NULL DEFAULT '',
    alternative_names   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE roi_function (
    element    TEXT PRIMARY KEY,
    identifier TEXT NOT NULL DEFAULT '',
    activity   TEXT NOT NULL DEFAULT '',
    entity     TEXT NOT NULL DEFAULT '',
    reasons    TEXT NOT NULL DEFAULT '',
    assessed   TEXT,
    impact     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE roi_provider (
    element         TEXT PRIMARY KEY,
    code_type       TEXT NOT NULL DEFAULT '',
    code            TEXT NOT NULL DEFAULT '',
    additional_code TEXT NOT NULL DEFAULT '',
    additional_type TEXT NOT NULL DEFAULT '',
    latin_name      TEXT NOT NULL DEFAULT '',
    person_type     TEXT NOT NULL DEFAULT '',
    currency        TEXT NOT NULL DEFAULT '',
    annual_cost     TEXT NOT NULL DEFAULT '',
    parent          TEXT NOT NULL DEFAULT '',
    entity          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE roi_definition (
    column_code TEXT PRIMARY KEY,
    text        TEXT NOT NULL DEFAULT ''
);

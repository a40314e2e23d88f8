-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v1: the register (elements, redundancy groups, dependencies) and the audit trail.
-- Never edit this file once merged; add a new numbered migration instead.

CREATE TABLE element (
    id               INTEGER PRIMARY KEY,
    key              TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('function', 'application', 'data_store', 'infrastructure',
                                                   'network', 'facility', 'ict_service', 'provider', 'location')),
    owner            TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL DEFAULT '',
    tags             TEXT NOT NULL DEFAULT '',
    availability     REAL CHECK (availability IS NULL OR (availability >= 0 AND availability <= 1)),
    rto_min          INTEGER CHECK (rto_min IS NULL OR rto_min >= 0),
    rpo_min          INTEGER CHECK (rpo_min IS NULL OR rpo_min >= 0),
    criticality      TEXT CHECK (criticality IS NULL OR criticality IN ('critical', 'standard')),
    mtd_min          INTEGER CHECK (mtd_min IS NULL OR mtd_min >= 0),
    mtdl_min         INTEGER CHECK (mtdl_min IS NULL OR mtdl_min >= 0),
    lei              TEXT NOT NULL DEFAULT '',
    country          TEXT NOT NULL DEFAULT '',
    region           TEXT NOT NULL DEFAULT '',
    substitutability TEXT CHECK (substitutability IS NULL OR substitutability IN ('none', 'low', 'medium', 'high')),
    exit_plan        INTEGER CHECK (exit_plan IS NULL OR exit_plan IN (0, 1)),
    attributes       TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX element_kind ON element (kind);

CREATE TABLE redundancy_group (
    id           INTEGER PRIMARY KEY,
    element_id   INTEGER NOT NULL REFERENCES element (id),
    name         TEXT NOT NULL,
    min_up       INTEGER NOT NULL CHECK (min_up >= 1),
    failover_min INTEGER NOT NULL DEFAULT 0 CHECK (failover_min >= 0),
    attributes   TEXT NOT NULL DEFAULT '{}',
    UNIQUE (element_id, name)
);

CREATE TABLE dependency (
    id         INTEGER PRIMARY KEY,
    from_id    INTEGER NOT NULL REFERENCES element (id),
    to_id      INTEGER NOT NULL REFERENCES element (id),
    strength   TEXT NOT NULL CHECK (strength IN ('hard', 'soft')),
    group_id   INTEGER REFERENCES redundancy_group (id),
    attributes TEXT NOT NULL DEFAULT '{}',
    UNIQUE (from_id, to_id)
);

CREATE INDEX dependency_to ON dependency (to_id);
CREATE INDEX dependency_group ON dependency (group_id);

-- Append-only. Each entry's hash is SHA-256 over the previous entry's hash and this entry's fields, so an edit,
-- deletion or insertion made outside Bulwark breaks the chain. meta.audit_head holds the newest hash.
CREATE TABLE audit_entry (
    seq        INTEGER PRIMARY KEY,
    batch      INTEGER NOT NULL,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('add', 'change', 'remove')),
    entity     TEXT NOT NULL CHECK (entity IN ('element', 'dependency', 'group')),
    entity_key TEXT NOT NULL,
    subject    TEXT NOT NULL,
    object     TEXT,
    before     TEXT,
    after      TEXT,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);

-- subject: the element an entry is about (a dependency's "from", a group's element); object: a dependency's "to".
CREATE INDEX audit_entry_subject ON audit_entry (subject);
CREATE INDEX audit_entry_object ON audit_entry (object);

CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

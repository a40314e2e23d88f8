-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v2: saved failure scenarios, audited like every other part of the register.

CREATE TABLE scenario (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    fail        TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    tag         TEXT NOT NULL DEFAULT ''
);

-- The audit trail learns the entity 'scenario'. SQLite cannot change a CHECK constraint in place, so the table is
-- rebuilt with the same rows; the hash chain does not depend on the table and stays valid.
CREATE TABLE audit_entry_v2 (
    seq        INTEGER PRIMARY KEY,
    batch      INTEGER NOT NULL,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('add', 'change', 'remove')),
    entity     TEXT NOT NULL CHECK (entity IN ('element', 'dependency', 'group', 'scenario')),
    entity_key TEXT NOT NULL,
    subject    TEXT NOT NULL,
    object     TEXT,
    before     TEXT,
    after      TEXT,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);

INSERT INTO audit_entry_v2 (seq, batch, at, actor, action, entity, entity_key, subject, object, before, after, prev_hash,
                            hash)
    SELECT seq, batch, at, actor, action, entity, entity_key, subject, object, before, after, prev_hash, hash
    FROM audit_entry;

DROP TABLE audit_entry;

ALTER TABLE audit_entry_v2 RENAME TO audit_entry;

CREATE INDEX audit_entry_subject ON audit_entry (subject);
CREATE INDEX audit_entry_object ON audit_entry (object);

-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v4: the audit trail's entity is any registered table's token (EntityRegistry), not a fixed list. A new
-- register table then needs only its own table, not another copy of the audit trail (schema v2 copied it to learn
-- 'scenario'). The application writes only registered tokens; 'bulwark verify' replays every token it finds.
-- The rows are copied as they are: the hash chain does not depend on the table and stays valid.
CREATE TABLE audit_entry_v4 (
    seq           INTEGER PRIMARY KEY,
    batch         INTEGER NOT NULL,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('add', 'change', 'remove')),
    entity        TEXT NOT NULL CHECK (entity <> ''),
    entity_key    TEXT NOT NULL,
    subject       TEXT NOT NULL,
    object        TEXT,
    before        TEXT,
    after         TEXT,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL,
    claimed_actor TEXT
);

INSERT INTO audit_entry_v4 (seq, batch, at, actor, action, entity, entity_key, subject, object, before, after, prev_hash,
                            hash, claimed_actor)
    SELECT seq, batch, at, actor, action, entity, entity_key, subject, object, before, after, prev_hash, hash,
           claimed_actor
    FROM audit_entry;

DROP TABLE audit_entry;

ALTER TABLE audit_entry_v4 RENAME TO audit_entry;

CREATE INDEX audit_entry_subject ON audit_entry (subject);
CREATE INDEX audit_entry_object ON audit_entry (object);

-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v9: the analysis snapshot persisted in the register (issue 16), a cache keyed by the audit trail's head.
-- At most one row. It is used only while format, audit_seq and audit_hash equal the current ones (the last
-- audit_entry and meta.audit_head), payload_sha256 matches and the payload's counts and ranges check out
-- (store::loadSnapshot); otherwise the snapshot is built from the tables and the row written again later. The
-- triggers drop the row on any write to the tables the snapshot reads, so that a change made outside Bulwark (which
-- leaves the audit head alone) cannot leave a stale row behind. `bulwark verify` checks that the triggers are these
-- and that a stored row equals a snapshot rebuilt from the tables. The snapshot is a cache: whoever can forge it can
-- forge the tables too.

CREATE TABLE graph_snapshot (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    format           INTEGER NOT NULL,
    audit_seq        INTEGER NOT NULL,
    audit_hash       TEXT NOT NULL,
    element_count    INTEGER NOT NULL,
    dependency_count INTEGER NOT NULL,
    group_count      INTEGER NOT NULL,
    payload_sha256   BLOB NOT NULL,
    payload          BLOB NOT NULL
);

CREATE TRIGGER graph_snapshot_element_insert AFTER INSERT ON element WHEN EXISTS (SELECT 1 FROM graph_snapshot) BEGIN DELETE FROM graph_snapshot; END;
CREATE TRIGGER graph_snapshot_element_update AFTER UPDATE ON element WHEN EXISTS (SELECT 1 FROM graph_snapshot) BEGIN DELETE FROM graph_snapshot; END;
CREATE TRIGGER graph_snapshot_element_delete AFTER DELETE ON element WHEN EXISTS (SELECT 1 FROM graph_snapshot) BEGIN DELETE FROM graph_snapshot; END;
CREATE TRIGGER graph_snapshot_dependency_insert AFTER INSERT ON dependency WHEN EXISTS (SELECT 1 FROM graph_snapshot) BEGIN DELETE FROM graph_snapshot; END;
CREATE TRIGGER graph_snapshot_dependency_update AFTER UPDATE ON dependency WHEN EXISTS (SELECT 1 FROM graph_snapshot) BEGIN DELETE FROM graph_snapshot; END;
CREATE TRIGGER graph_snapshot_dependency_delete AFTER DELETE ON dependency WHEN EXISTS (SELECT 1 FROM graph_snapshot) BEGIN DELETE FROM graph_snapshot; END;
CREATE TRIGGER graph_snapshot_redundancy_group_insert AFTER INSERT ON redundancy_group WHEN EXISTS (SELECT 1 FROM graph_snapshot) BEGIN DELETE FROM graph_snapshot; END;
CREATE TRIGGER graph_snapshot_redundancy_group_update AFTER UPDATE ON redundancy_group WHEN EXISTS (SELECT 1 FROM graph_snapshot) BEGIN DELETE FROM graph_snapshot; END;
CREATE TRIGGER graph_snapshot_redundancy_group_delete AFTER DELETE ON redundancy_group WHEN EXISTS (SELECT 1 FROM graph_snapshot) BEGIN DELETE FROM graph_snapshot; END;

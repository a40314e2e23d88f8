-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v3: every column of an audit entry comes under its hash, and a claimed user name is kept apart from the
-- operating-system account that made the change.
--
-- Entries written before this step keep their hashes (nothing is re-hashed: that would erase the evidence the
-- chain is for). From the next entry on, the hash covers every column (subject, object and claimed_actor too);
-- meta.audit_full_hash_from names that first entry. verify checks subject and object of the older entries against
-- their entity key instead.

ALTER TABLE audit_entry ADD COLUMN claimed_actor TEXT;

INSERT INTO meta (name, value)
    SELECT 'audit_full_hash_from', CAST(coalesce(max(seq), 0) + 1 AS TEXT) FROM audit_entry;

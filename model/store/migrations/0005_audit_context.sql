-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v5: an audit entry can say why (an optional reason given with the change), which entry it undoes (an undo
-- in the window records the sequence number of the entry it reverts) and the account's full name (from the passwd
-- entry of the process's effective user id, beside the login in actor).
--
-- Nothing is re-hashed: the columns are empty in older entries, and an entry's hash covers them only when one is
-- set (docs/register.md, "What the hash covers"), so every older hash stays valid.

ALTER TABLE audit_entry ADD COLUMN actor_name TEXT;

ALTER TABLE audit_entry ADD COLUMN reason TEXT;

ALTER TABLE audit_entry ADD COLUMN reverts INTEGER;

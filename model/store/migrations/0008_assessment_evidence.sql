-- SPDX-FileCopyrightText: 2026 Bulwark contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema v8: assessment evidence (issue 13). `evidence` is a registered table (model/assessment/evidence.cpp): the
-- record of a file (original name, media type, size, SHA-256, effective and expiry dates, the requirements and
-- elements it supports), written through the one write path and audited. The bytes live in `evidence_content`, keyed
-- by their SHA-256 and written in the same transaction as the record that names them; they are never audited (the
-- audited record carries the hash, which identifies them) and never change (the same hash is the same bytes).
-- `bulwark verify` hashes every row again. Evidence without a file (a link to register elements) has sha256 ''.

CREATE TABLE evidence (
    key          TEXT PRIMARY KEY,
    title        TEXT NOT NULL DEFAULT '',
    file_name    TEXT NOT NULL DEFAULT '',
    media_type   TEXT NOT NULL DEFAULT '',
    size         INTEGER NOT NULL DEFAULT 0,
    sha256       TEXT NOT NULL DEFAULT '',
    effective    TEXT,
    expires      TEXT,
    requirements TEXT NOT NULL DEFAULT '',
    assessment   TEXT NOT NULL DEFAULT '',
    elements     TEXT NOT NULL DEFAULT '',
    added_by     TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE evidence_content (
    sha256  TEXT PRIMARY KEY,
    content BLOB NOT NULL
);

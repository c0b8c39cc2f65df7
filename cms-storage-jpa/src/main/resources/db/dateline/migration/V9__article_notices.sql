-- Dateline correction notices: one script for H2 and PostgreSQL (placeholders: see V1).
--
-- An article's notices (corrections, updates, clarifications, editor's notes: kind, time, text) as
-- one JSON array beside its other JSON columns; null when it has none, so that rows written before
-- this version need no rewrite. Related news needs no schema change: the editors' picks live in
-- the refs column, and automatic matches walk dateline_article_ref's listing index.

alter table dateline_article add column notices ${json_type};

-- Dateline import sources: one script for H2 and PostgreSQL (placeholders: see V1).
--
-- One row per item a tenant imported from an outside sender (a ninjs uri): the sender's version
-- last imported and the article it became. Importers read it to make a repeated import a no-op and
-- to let only a newer version change the article. The primary key leads with tenant_id like every
-- other key, so two tenants may import the same item independently.

create table dateline_import_source (
  tenant_id       varchar(63) ${binary_collation} not null,
  source_uri      varchar(1000) ${binary_collation} not null,
  source_version  bigint not null,
  article_id      uuid not null,
  imported_at     timestamp(6) with time zone not null,
  constraint pk_dateline_import_source primary key (tenant_id, source_uri)
);

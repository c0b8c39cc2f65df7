-- Dateline directory entries of the kinds applications define (io.dateline.cms.DirectoryKind): one
-- script for H2 and PostgreSQL (placeholders: see V1).
--
-- Every application-defined kind shares this one table, told apart by kind, so adding a kind needs
-- no migration. A kind's own fields are text attributes in one JSON object. The built-in authors,
-- tags, sections and locations stay in dateline_directory_entry with their dedicated columns, since
-- articles refer to them. The unique key (tenant, kind, slug) also serves the listing by slug.

create table dateline_entry (
  tenant_id   varchar(63) ${binary_collation} not null,
  id          uuid not null,
  kind        varchar(32) ${binary_collation} not null,
  slug        varchar(120) ${binary_collation} not null,
  name        ${json_type} not null,
  attributes  ${json_type} not null,
  constraint pk_dateline_entry primary key (tenant_id, id),
  constraint uk_dateline_entry_slug unique (tenant_id, kind, slug)
);

-- Dateline image assets: one script for H2 and PostgreSQL (placeholders: see V1).
--
-- One row per stored image of a tenant: where its original's bytes are in the blob store, what
-- was read from them (media type, dimensions, size, SHA-256), and the editors' text and rights.
-- alt and caption hold text per language as JSON, like every other localized column. The primary
-- key leads with tenant_id like every other key.

create table dateline_image (
  tenant_id      varchar(63) ${binary_collation} not null,
  id             uuid not null,
  storage_key    varchar(500) not null,
  media_type     varchar(100) not null,
  width          integer not null,
  height         integer not null,
  byte_size      bigint not null,
  content_hash   varchar(64) not null,
  alt            ${json_type} not null,
  caption        ${json_type} not null,
  credit         varchar(300),
  copyright      varchar(500),
  licence        varchar(2000),
  focal_x        double precision not null,
  focal_y        double precision not null,
  created_at     timestamp(6) with time zone not null,
  constraint pk_dateline_image primary key (tenant_id, id)
);

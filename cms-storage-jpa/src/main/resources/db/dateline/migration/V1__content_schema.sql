-- Dateline content schema: one script for H2 and PostgreSQL.
-- Placeholders (filled by DatelineMigrations from the database's product name):
--   ${json_type}         json on H2, jsonb on PostgreSQL
--   ${binary_collation}  COLLATE "C" on PostgreSQL so that slugs and tenant ids sort by code point,
--                        the order Java's String.compareTo and the in-memory store use; empty on H2,
--                        whose default comparison already is by code point.
-- Every table carries tenant_id, and every primary key, unique key and index leads with it, so a
-- tenant-sharded PostgreSQL can distribute every table by that column.

create table dateline_tenant (
  tenant_id          varchar(63) ${binary_collation} not null,
  name               varchar(200) not null,
  publication_name   varchar(200) not null,
  default_locale     varchar(35) not null,
  supported_locales  ${json_type} not null,
  time_zone          varchar(64) not null,
  base_url           varchar(2000) not null,
  constraint pk_dateline_tenant primary key (tenant_id)
);

-- Authors, tags, sections and locations share one table (discriminated by kind), so everything a
-- page of articles refers to is loaded with one statement.
create table dateline_directory_entry (
  tenant_id      varchar(63) ${binary_collation} not null,
  id             uuid not null,
  kind           varchar(16) not null,
  slug           varchar(120) ${binary_collation} not null,
  name           ${json_type} not null,
  bio            ${json_type},
  email          varchar(320),
  image_url      varchar(2000),
  tag_kind       varchar(16),
  location_kind  varchar(16),
  latitude       double precision,
  longitude      double precision,
  parent_id      uuid,
  sort_position  integer,
  constraint pk_dateline_directory_entry primary key (tenant_id, id),
  constraint uk_dateline_directory_entry_slug unique (tenant_id, kind, slug)
);

create table dateline_article (
  tenant_id           varchar(63) ${binary_collation} not null,
  id                  uuid not null,
  slug                varchar(120) ${binary_collation} not null,
  language_tag        varchar(35) not null,
  language_code       varchar(8) not null,
  translation_key     uuid not null,
  headline            varchar(300) not null,
  lead_text           varchar(2000) not null,
  body                ${json_type} not null,
  refs                ${json_type} not null,
  dateline_id         uuid,
  sources             ${json_type} not null,
  featured_image      ${json_type},
  seo                 ${json_type} not null,
  is_exclusive        boolean not null,
  status              varchar(16) not null,
  publish_at          timestamp(6) with time zone,
  first_published_at  timestamp(6) with time zone,
  created_at          timestamp(6) with time zone not null,
  updated_at          timestamp(6) with time zone not null,
  version             bigint not null,
  constraint pk_dateline_article primary key (tenant_id, id),
  constraint uk_dateline_article_slug unique (tenant_id, slug)
);

-- Keyset listings: equality columns first, then the (publish_at, id) sort key.
create index ix_dateline_article_latest
  on dateline_article (tenant_id, status, publish_at desc, id desc);
create index ix_dateline_article_language
  on dateline_article (tenant_id, language_code, status, publish_at desc, id desc);
create index ix_dateline_article_exclusive
  on dateline_article (tenant_id, is_exclusive, status, publish_at desc, id desc);
create index ix_dateline_article_translation
  on dateline_article (tenant_id, translation_key);

-- One row per (article, referenced author/section/tag/location), carrying the article's status and
-- publish time so that a listing by reference walks one index in order and stops after a page.
create table dateline_article_ref (
  tenant_id   varchar(63) ${binary_collation} not null,
  article_id  uuid not null,
  ref_kind    varchar(16) not null,
  ref_id      uuid not null,
  status      varchar(16) not null,
  publish_at  timestamp(6) with time zone,
  constraint pk_dateline_article_ref primary key (tenant_id, article_id, ref_kind, ref_id),
  constraint fk_dateline_article_ref_article foreign key (tenant_id, article_id)
    references dateline_article (tenant_id, id) on delete cascade
);

create index ix_dateline_article_ref_listing
  on dateline_article_ref (tenant_id, ref_kind, ref_id, status, publish_at desc, article_id desc);

-- View counts: an all-time total per article and per-day buckets (UTC days).
create table dateline_view_total (
  tenant_id   varchar(63) ${binary_collation} not null,
  article_id  uuid not null,
  views       bigint not null,
  constraint pk_dateline_view_total primary key (tenant_id, article_id)
);

create index ix_dateline_view_total_top on dateline_view_total (tenant_id, views desc, article_id);

create table dateline_view_daily (
  tenant_id   varchar(63) ${binary_collation} not null,
  article_id  uuid not null,
  view_day    date not null,
  views       bigint not null,
  constraint pk_dateline_view_daily primary key (tenant_id, article_id, view_day)
);

create index ix_dateline_view_daily_range on dateline_view_daily (tenant_id, view_day, article_id, views);

-- Applied view batches, one row per tenant a batch touched: makes a retried batch a no-op.
create table dateline_view_batch (
  tenant_id   varchar(63) ${binary_collation} not null,
  batch_id    uuid not null,
  applied_at  timestamp(6) with time zone not null,
  constraint pk_dateline_view_batch primary key (tenant_id, batch_id)
);

-- Dateline article revisions and timed changes: one script for H2 and PostgreSQL (placeholders: see
-- V1).
--
-- dateline_revision keeps every stored state of an article: its number (1, 2, 3, ... per article),
-- who made the change, when and why, and the whole article as JSON. It is written in the same
-- transaction as the article change it records.
--
-- dateline_timed_change holds changes that wait for their time: a prepared update (its content the
-- article state to apply) or an expiry (no content). At most one of each kind per article. The
-- scheduler removes a row in the same transaction as the article update it makes, so only one node
-- can carry it out.
--
-- Both tables lead every key with tenant_id and go with their article (on delete cascade).

create table dateline_revision (
  tenant_id        varchar(63) ${binary_collation} not null,
  article_id       uuid not null,
  revision_number  integer not null,
  created_at       timestamp(6) with time zone not null,
  actor_id         varchar(200) not null,
  actor_name       varchar(200) not null,
  summary          varchar(500),
  content          ${json_type} not null,
  constraint pk_dateline_revision primary key (tenant_id, article_id, revision_number),
  constraint fk_dateline_revision_article foreign key (tenant_id, article_id)
    references dateline_article (tenant_id, id) on delete cascade
);

create table dateline_timed_change (
  tenant_id    varchar(63) ${binary_collation} not null,
  id           uuid not null,
  article_id   uuid not null,
  is_expiry    boolean not null,
  due_at       timestamp(6) with time zone not null,
  created_at   timestamp(6) with time zone not null,
  actor_id     varchar(200) not null,
  actor_name   varchar(200) not null,
  summary      varchar(500),
  content      ${json_type},
  constraint pk_dateline_timed_change primary key (tenant_id, id),
  constraint uk_dateline_timed_change_kind unique (tenant_id, article_id, is_expiry),
  constraint fk_dateline_timed_change_article foreign key (tenant_id, article_id)
    references dateline_article (tenant_id, id) on delete cascade
);

-- The scheduler's question, "what is due", per tenant in time order.
create index ix_dateline_timed_change_due on dateline_timed_change (tenant_id, due_at, id);

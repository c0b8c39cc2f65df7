-- Dateline slug history: one script for H2 and PostgreSQL (placeholders: see V1).
--
-- One row per former slug of an article, section, tag, author or location: the object the old
-- slug now leads to, so that the site can answer its old URL with a redirect. The key is the
-- tenant, the kind and the old slug (slugs are unique per tenant and kind); the newest record of a
-- slug replaces an older one. No foreign key: a record may outlive its target (the site then finds
-- nothing), and the history never reserves a slug for new content.

create table dateline_slug_history (
  tenant_id    varchar(63) ${binary_collation} not null,
  kind         varchar(16) not null,
  old_slug     varchar(120) ${binary_collation} not null,
  target_id    uuid not null,
  constraint pk_dateline_slug_history primary key (tenant_id, kind, old_slug)
);

create index ix_dateline_slug_history_target on dateline_slug_history (tenant_id, kind, target_id);

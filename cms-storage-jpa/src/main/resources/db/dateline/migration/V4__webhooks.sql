-- Dateline webhooks: one script for H2 and PostgreSQL (placeholders: see V1).
--
-- dateline_webhook holds each tenant's subscriptions with their delivery state. The delivery
-- engine of every node claims a subscription's lease (lease_owner, lease_until) with one
-- conditional UPDATE before it sends anything, and records progress (position, failure_run,
-- retry_at) only while it holds the lease, so one node at a time delivers a subscription.
-- kinds is the comma-separated list of subscribed ChangeKind names.
--
-- dateline_webhook_delivery is the delivery log: one row per attempt, keyed by an id that grows
-- with time, read newest first by keyset. Rows older than the retention are deleted through the
-- attempted_at index.

create table dateline_webhook (
  tenant_id    varchar(63) ${binary_collation} not null,
  id           uuid not null,
  url          varchar(2000) not null,
  secret       varchar(200) not null,
  kinds        varchar(1000) not null,
  enabled      boolean not null,
  failure_run  integer not null,
  position     bigint not null,
  retry_at     timestamp(6) with time zone,
  lease_owner  varchar(200),
  lease_until  timestamp(6) with time zone,
  constraint pk_dateline_webhook primary key (tenant_id, id)
);

create table dateline_webhook_delivery (
  tenant_id     varchar(63) ${binary_collation} not null,
  webhook_id    uuid not null,
  id            bigint not null,
  message_id    varchar(200) not null,
  position      bigint not null,
  kind          varchar(32) not null,
  subject_id    varchar(63) not null,
  attempted_at  timestamp(6) with time zone not null,
  attempt       integer not null,
  status_code   integer,
  succeeded     boolean not null,
  error         varchar(1000),
  duration_ms   bigint not null,
  constraint pk_dateline_webhook_delivery primary key (tenant_id, webhook_id, id),
  constraint fk_dateline_webhook_delivery_webhook foreign key (tenant_id, webhook_id)
    references dateline_webhook (tenant_id, id) on delete cascade
);

create index ix_dateline_webhook_delivery_attempted
  on dateline_webhook_delivery (tenant_id, attempted_at);

-- Dateline change feed: one script for H2 and PostgreSQL (placeholders: see V1).
--
-- Every write transaction ends with two statements: it increments the single row of
-- dateline_change_head and inserts its change with the new value. The UPDATE locks the head row
-- until the transaction commits, so the next writer waits, reads the committed value and takes the
-- next position: positions are handed out in commit order, and a reader that has seen position p
-- never finds a smaller position appearing later (which a plain sequence would allow: two
-- transactions take 10 and 11 and 11 commits first). The price is that writes serialize on the
-- head row for the short moment between their last statement and their commit.

create table dateline_change (
  tenant_id    varchar(63) ${binary_collation} not null,
  position     bigint not null,
  kind         varchar(32) not null,
  subject_id   varchar(63) not null,
  recorded_at  timestamp(6) with time zone not null,
  constraint pk_dateline_change primary key (tenant_id, position)
);

-- The read of every tenant's changes walks this index in position order.
create unique index ux_dateline_change_position on dateline_change (position);

-- Exactly one row (id = 1): the last position handed out. It holds no tenant's data; on a
-- tenant-sharded PostgreSQL it is a reference table.
create table dateline_change_head (
  id        integer not null,
  position  bigint not null,
  constraint pk_dateline_change_head primary key (id),
  constraint ck_dateline_change_head_single check (id = 1)
);

insert into dateline_change_head (id, position) values (1, 0);

-- Dateline view batch retention: one script for H2 and PostgreSQL.
--
-- dateline_view_batch remembers the id of every applied view batch so that a retried batch is a
-- no-op. ViewCountStore.forgetBatchIds deletes the rows applied before a cut-off (the ViewCounter
-- asks about once an hour, keeping 7 days by default); this index lets that delete find the old
-- rows without scanning the table.

create index ix_dateline_view_batch_applied on dateline_view_batch (applied_at);

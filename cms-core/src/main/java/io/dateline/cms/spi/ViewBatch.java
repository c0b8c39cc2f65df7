package io.dateline.cms.spi;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A batch of view increments flushed together. The id makes retries safe: a store applies a batch
 * id at most once, so a flush that timed out after the database committed is not counted twice when
 * it is sent again. Stores remember applied ids for a retention period ({@link
 * ViewCountStore#forgetBatchIds(java.time.Duration)}, 7 days by default in {@link
 * io.dateline.cms.views.ViewCounter}); a retry inside it is ignored.
 *
 * @param id unique per batch; a retry reuses it
 * @param increments the increments; may name many articles of many tenants
 * @since 0.1.0
 */
public record ViewBatch(UUID id, List<ViewIncrement> increments) {
  /** Copies the increments. */
  public ViewBatch {
    Objects.requireNonNull(id, "id");
    increments = List.copyOf(Objects.requireNonNull(increments, "increments"));
  }
}

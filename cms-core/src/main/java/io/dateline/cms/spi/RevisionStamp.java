package io.dateline.cms.spi;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who made a change, when and why: what a {@link RevisionRepository} stores beside the article's
 * state in each revision.
 *
 * @param at when the change was made
 * @param actorId the actor's id ({@code io.dateline.cms.Actor#id()})
 * @param actorName the actor's display name
 * @param summary the editor's note, or {@code null}
 * @since 0.1.0
 */
public record RevisionStamp(
    Instant at, String actorId, String actorName, @Nullable String summary) {
  /** Rejects missing parts. */
  public RevisionStamp {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(actorName, "actorName");
  }
}

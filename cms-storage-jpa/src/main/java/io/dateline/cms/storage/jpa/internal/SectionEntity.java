package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A section's row in {@code dateline_directory_entry}.
 *
 * @since 0.1.0
 */
@Entity(name = "SectionEntity")
@DiscriminatorValue("SECTION")
public class SectionEntity extends DirectoryEntryEntity {
  @Column(name = "parent_id")
  @Nullable UUID parentId;

  @Column(name = "sort_position")
  Integer position;

  /** For Hibernate. */
  protected SectionEntity() {}
}

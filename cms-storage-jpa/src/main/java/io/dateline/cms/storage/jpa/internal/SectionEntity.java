package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.UUID;

/** A section's row in {@code dateline_directory_entry}. */
@Entity(name = "SectionEntity")
@DiscriminatorValue("SECTION")
public class SectionEntity extends DirectoryEntryEntity {
  @Column(name = "parent_id")
  UUID parentId;

  @Column(name = "sort_position")
  Integer position;

  /** For Hibernate. */
  protected SectionEntity() {}
}

package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * A tag's row in {@code dateline_directory_entry}.
 *
 * @since 0.1.0
 */
@Entity(name = "TagEntity")
@DiscriminatorValue("TAG")
public class TagEntity extends DirectoryEntryEntity {
  @Column(name = "tag_kind", length = 16)
  String tagKind;

  /** For Hibernate. */
  protected TagEntity() {}
}

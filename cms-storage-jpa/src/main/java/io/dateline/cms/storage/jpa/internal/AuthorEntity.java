package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An author's row in {@code dateline_directory_entry}.
 *
 * @since 0.1.0
 */
@Entity(name = "AuthorEntity")
@DiscriminatorValue("AUTHOR")
public class AuthorEntity extends DirectoryEntryEntity {
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "bio")
  String bio;

  @Column(name = "email", length = 320)
  @Nullable String email;

  @Column(name = "image_url", length = 2000)
  @Nullable String imageUrl;

  @Column(name = "photo_id")
  @Nullable UUID photoId;

  /** For Hibernate. */
  protected AuthorEntity() {}
}

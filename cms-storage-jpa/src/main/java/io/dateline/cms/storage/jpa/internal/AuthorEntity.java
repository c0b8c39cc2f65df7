package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An author's row in {@code dateline_directory_entry}. */
@Entity(name = "AuthorEntity")
@DiscriminatorValue("AUTHOR")
public class AuthorEntity extends DirectoryEntryEntity {
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "bio")
  String bio;

  @Column(name = "email", length = 320)
  String email;

  @Column(name = "image_url", length = 2000)
  String imageUrl;

  /** For Hibernate. */
  protected AuthorEntity() {}
}

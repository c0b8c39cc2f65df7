package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/**
 * A location's row in {@code dateline_directory_entry}.
 *
 * @since 0.1.0
 */
@Entity(name = "LocationEntity")
@DiscriminatorValue("LOCATION")
public class LocationEntity extends DirectoryEntryEntity {
  @Column(name = "location_kind", length = 16)
  String locationKind;

  @Column(name = "latitude")
  @Nullable Double latitude;

  @Column(name = "longitude")
  @Nullable Double longitude;

  /** For Hibernate. */
  protected LocationEntity() {}
}

package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A location's row in {@code dateline_directory_entry}. */
@Entity(name = "LocationEntity")
@DiscriminatorValue("LOCATION")
public class LocationEntity extends DirectoryEntryEntity {
  @Column(name = "location_kind", length = 16)
  String locationKind;

  @Column(name = "latitude")
  Double latitude;

  @Column(name = "longitude")
  Double longitude;

  /** For Hibernate. */
  protected LocationEntity() {}
}

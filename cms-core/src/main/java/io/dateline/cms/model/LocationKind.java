package io.dateline.cms.model;

/**
 * The size of a place.
 *
 * @since 0.1.0
 */
public enum LocationKind {
  /** A city, town or village. */
  CITY,
  /** An administrative region, province or state. */
  REGION,
  /** A country. */
  COUNTRY
}

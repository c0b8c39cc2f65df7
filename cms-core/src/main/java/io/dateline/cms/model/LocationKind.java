package io.dateline.cms.model;

/** The size of a place. */
public enum LocationKind {
  /** A city, town or village. */
  CITY,
  /** An administrative region, province or state. */
  REGION,
  /** A country. */
  COUNTRY
}

package io.dateline.cms.model;

/**
 * What a tag names. Places are not tags: they are {@link Location}s.
 *
 * @since 0.1.0
 */
public enum TagKind {
  /** A subject such as "Elections". */
  TOPIC,
  /** A person such as "Joe Biden". */
  PERSON,
  /** A company, party, agency or other body. */
  ORGANISATION,
  /** A named event such as "Eurovision 2026". */
  EVENT
}

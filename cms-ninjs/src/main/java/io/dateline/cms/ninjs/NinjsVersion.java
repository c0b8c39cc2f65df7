package io.dateline.cms.ninjs;

/**
 * The ninjs versions Dateline writes. Their field names differ: 2.x is lower case, 3.x camel case.
 */
public enum NinjsVersion {
  /** ninjs 2.2: lower-case field names ({@code versioncreated}, {@code contenttype}). */
  V2_2("2.2", "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#"),
  /** ninjs 3.1: camel-case field names ({@code versionCreated}, {@code contentType}). */
  V3_1("3.1", "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#");

  private final String number;
  private final String schema;

  NinjsVersion(String number, String schema) {
    this.number = number;
    this.schema = schema;
  }

  /**
   * The version as ninjs writes it in {@code standard.version}.
   *
   * @return {@code 2.2} or {@code 3.1}
   */
  public String number() {
    return number;
  }

  /**
   * The identifier of the version's official JSON Schema, as written in {@code standard.schema}.
   *
   * @return the schema's {@code $id}
   */
  public String schemaId() {
    return schema;
  }

  /**
   * Whether this is a 3.x version, whose field names are camel case.
   *
   * @return {@code true} for 3.x
   */
  public boolean camelCase() {
    return this == V3_1;
  }
}

package io.dateline.cms.ninjs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/**
 * The official IPTC ninjs schemas (copied with their MIT licence into src/test/resources/ninjs) in
 * the networknt validator, with format assertions on, so that {@code date-time} and {@code uri}
 * values are checked too. The schemas are registered under their own {@code $id}s, so nothing is
 * fetched over the network.
 */
final class NinjsSchemas {
  private static final String V2 = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";
  private static final String V3 = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                  .schemas(
                      Map.of(
                          V2, Newsroom.resource("ninjs/ninjs-schema_2.2.json"),
                          V3, Newsroom.resource("ninjs/ninjs-schema_3.1.json"))));

  private static final Schema SCHEMA_2 = REGISTRY.getSchema(SchemaLocation.of(V2));
  private static final Schema SCHEMA_3 = REGISTRY.getSchema(SchemaLocation.of(V3));

  private NinjsSchemas() {}

  /**
   * Validates a document against the schema of a version.
   *
   * @return the errors; empty when valid
   */
  static List<String> errors(String document, NinjsVersion version) {
    Schema schema = version == NinjsVersion.V2_2 ? SCHEMA_2 : SCHEMA_3;
    return schema.validate(document, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}

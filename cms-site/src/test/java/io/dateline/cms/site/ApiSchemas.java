package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The content API's published JSON Schemas ({@code docs/content-api/*.schema.json}, draft 2020-12),
 * loaded from the repository's docs so that the tests check the very files readers get.
 */
final class ApiSchemas {
  static final String BASE = "https://dateline.io/schemas/content-api/v1/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SchemaRegistry registry;

  private ApiSchemas() {}

  private static synchronized SchemaRegistry registry() {
    if (registry == null) {
      Map<String, String> byId = new HashMap<>();
      // Surefire runs in the module's directory; the schemas live in the repository's docs.
      try (Stream<Path> files = Files.list(Path.of("..", "docs", "content-api"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          String id = JSON.readTree(text).path("$id").asText();
          assertThat(id).as("$id of " + file).isEqualTo(BASE + file.getFileName());
          byId.put(id, text);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(byId).hasSizeGreaterThanOrEqualTo(8);
      registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12, b -> b.schemas(byId));
    }
    return registry;
  }

  /**
   * Asserts that a JSON document is valid against one of the schemas.
   *
   * @param schemaFile such as {@code article.schema.json}
   * @param json the document
   * @return the parsed document, for further assertions
   */
  static JsonNode assertValid(String schemaFile, String json) {
    Schema schema = registry().getSchema(SchemaLocation.of(BASE + schemaFile));
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertThat(errors).as(schemaFile + " errors for " + json).isEmpty();
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validation errors of a document, for tests that show the schema rejects bad ones. */
  static List<Error> errors(String schemaFile, String json) {
    return registry()
        .getSchema(SchemaLocation.of(BASE + schemaFile))
        .validate(json, InputFormat.JSON);
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

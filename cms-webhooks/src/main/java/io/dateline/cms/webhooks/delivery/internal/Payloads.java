package io.dateline.cms.webhooks.delivery.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Writes the JSON body of a webhook request with Jackson's streaming generator. */
public final class Payloads {
  private static final JsonFactory JSON = new JsonFactory();

  private Payloads() {}

  /**
   * The event type of a change kind: the subject and the verb, lower case, dot-separated ({@code
   * ARTICLE_PUBLISHED} is {@code article.published}).
   *
   * @param kind the kind
   * @return the type
   */
  public static String type(ChangeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
  }

  /**
   * The body for one change: {@code {"type", "timestamp", "data": {tenant, position, kind, subject,
   * id}}}. Thin on purpose: the receiver fetches the current state of the object (for example
   * through the content API), so a retried or late delivery never carries stale content.
   *
   * @param change the change
   * @return UTF-8 JSON
   */
  public static byte[] of(Change change) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("type", type(change.kind()));
      json.writeStringField("timestamp", change.time().toString());
      json.writeObjectFieldStart("data");
      json.writeStringField("tenant", change.tenantId().value());
      json.writeNumberField("position", change.position());
      json.writeStringField("kind", change.kind().name());
      json.writeStringField("subject", change.kind().subject().name().toLowerCase(Locale.ROOT));
      json.writeStringField("id", change.subjectId());
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }
}

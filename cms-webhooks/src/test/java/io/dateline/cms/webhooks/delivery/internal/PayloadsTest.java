package io.dateline.cms.webhooks.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Webhook payloads")
class PayloadsTest {
  @Test
  @DisplayName("carry type, timestamp and the change's tenant, position, kind, subject and id")
  void fields() throws Exception {
    Change change =
        new Change(
            42,
            TenantId.of("unn"),
            ChangeKind.ARTICLE_PUBLISHED,
            "0190a6f2-7c1e-7000-8000-00000000abcd",
            Instant.parse("2026-03-01T10:00:00.5Z"));

    JsonNode json = new ObjectMapper().readTree(Payloads.of(change));

    assertThat(json.get("type").asText()).isEqualTo("article.published");
    assertThat(json.get("timestamp").asText()).isEqualTo("2026-03-01T10:00:00.500Z");
    JsonNode data = json.get("data");
    assertThat(data.get("tenant").asText()).isEqualTo("unn");
    assertThat(data.get("position").asLong()).isEqualTo(42);
    assertThat(data.get("kind").asText()).isEqualTo("ARTICLE_PUBLISHED");
    assertThat(data.get("subject").asText()).isEqualTo("article");
    assertThat(data.get("id").asText()).isEqualTo("0190a6f2-7c1e-7000-8000-00000000abcd");
    assertThat(Payloads.type(ChangeKind.TENANT_SAVED)).isEqualTo("tenant.saved");
    assertThat(Payloads.type(ChangeKind.LOCATION_DELETED)).isEqualTo("location.deleted");
  }
}

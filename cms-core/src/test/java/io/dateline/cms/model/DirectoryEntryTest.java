package io.dateline.cms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A directory entry and its id")
class DirectoryEntryTest {
  private static final TenantId UNN = TenantId.of("unn");
  private static final LocalizedText NAME = LocalizedText.of("uk", "Назва");

  private static DirectoryEntry entry(String kind, String slug, Map<String, String> attributes) {
    return new DirectoryEntry(UNN, EntryId.random(), kind, slug, NAME, attributes);
  }

  @Test
  @DisplayName("keeps an immutable copy of its attributes, in key order")
  void copiesAttributes() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("website", "https://mil.gov.ua/");
    given.put("founded", "1991");
    DirectoryEntry entry = entry("organisation", "mou", given);
    given.put("later", "x");

    assertThat(entry.attributes().keySet()).containsExactly("founded", "website");
    assertThat(entry.attribute("founded")).isEqualTo("1991");
    assertThat(entry.attribute("missing")).isNull();
    assertThatThrownBy(() -> entry.attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("names the part and rule it refuses")
  void refusesBadParts() {
    assertThatThrownBy(() -> entry("Org", "mou", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("kind:")
        .hasMessageContaining("rule Pattern");
    assertThatThrownBy(() -> entry("organisation", "Not Slug", Map.of()))
        .hasMessageStartingWith("slug:")
        .hasMessageContaining("rule Slug");
    assertThatThrownBy(
            () ->
                new DirectoryEntry(
                    UNN, EntryId.random(), "org", "s", LocalizedText.empty(), Map.of()))
        .hasMessageStartingWith("name:")
        .hasMessageContaining("rule NotEmpty");
    assertThatThrownBy(() -> entry("organisation", "mou", Map.of("1st", "x")))
        .hasMessageStartingWith("attributes[1st]:")
        .hasMessageContaining("rule Pattern");
    assertThatThrownBy(
            () ->
                entry(
                    "organisation",
                    "mou",
                    Map.of("text", "x".repeat(DirectoryEntry.MAX_ATTRIBUTE_VALUE + 1))))
        .hasMessageStartingWith("attributes[text]:")
        .hasMessageContaining("rule Size");
    assertThatThrownBy(() -> entry("organisation", "mou", Map.of("text", "a\u0000b")))
        .hasMessageContaining("rule WellFormedText");
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i <= DirectoryEntry.MAX_ATTRIBUTES; i++) {
      many.put("k" + i, "v");
    }
    assertThatThrownBy(() -> entry("organisation", "mou", many))
        .hasMessageStartingWith("attributes:")
        .hasMessageContaining("rule Size");
    assertThat(entry("organisation", "mou", Map.of("text", "x".repeat(2000))).attributes())
        .hasSize(1);
  }

  @Test
  @DisplayName("ids are version-7 UUIDs, parse their text form and compare as unsigned numbers")
  void ids() {
    EntryId first = EntryId.random();
    assertThat(first.value().version()).isEqualTo(7);
    assertThat(first).isNotEqualTo(EntryId.random());
    assertThat(EntryId.parse(first.toString())).isEqualTo(first);
    assertThat(EntryId.of(first.value())).isEqualTo(first);
    assertThat(EntryId.of(new UUID(-1L, 0))).isGreaterThan(EntryId.of(new UUID(Long.MAX_VALUE, 0)));
    assertThatThrownBy(() -> EntryId.parse("nope")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EntryId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("entry id must not be null");
  }
}

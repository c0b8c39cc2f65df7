package io.dateline.cms.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.TenantId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TagDraft's builder")
class TagDraftTest {
  private static final LocalizedText BIDEN = LocalizedText.of("uk", "Джо Байден");

  @Test
  @DisplayName("builds the same draft as the constructor, with or without an explicit slug")
  void builds() {
    assertThat(TagDraft.builder(TagKind.PERSON, BIDEN).build())
        .isEqualTo(TagDraft.of(TagKind.PERSON, BIDEN));
    assertThat(TagDraft.builder(TagKind.PERSON, BIDEN).slug("joe-biden").build())
        .isEqualTo(new TagDraft(TagKind.PERSON, "joe-biden", BIDEN));
  }

  @Test
  @DisplayName("adds a name in another language, keeping the first as the fallback")
  void addsLanguages() {
    TagDraft draft =
        TagDraft.builder(TagKind.PERSON, BIDEN).name(Locale.ENGLISH, "Joe Biden").build();

    assertThat(draft.name()).isEqualTo(LocalizedText.of("uk", "Джо Байден", "en", "Joe Biden"));
  }

  @Test
  @DisplayName("starts from a stored tag with its kind, slug and name, to change one of them")
  void fromTag() {
    Tag tag = new Tag(TenantId.of("unn"), TagId.random(), TagKind.PERSON, "dzho-baiden", BIDEN);

    TagDraft draft = TagDraft.from(tag).kind(TagKind.TOPIC).build();

    assertThat(draft).isEqualTo(new TagDraft(TagKind.TOPIC, "dzho-baiden", BIDEN));
  }
}

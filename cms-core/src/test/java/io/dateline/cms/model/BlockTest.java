package io.dateline.cms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Blocks and spans")
class BlockTest {

  @Test
  @DisplayName("name their kinds with the stable storage names")
  void kinds() {
    Image image = Image.of(URI.create("https://p.example/a.jpg"), "alt");
    assertThat(
            List.of(
                Block.Paragraph.of("p"),
                Block.Heading.of("h"),
                Block.Quote.of("q", null),
                new Block.ListBlock(false, List.of(List.of(Span.text("i")))),
                new Block.ImageBlock(image),
                Block.GalleryBlock.of(image, image),
                new Block.Embed(URI.create("https://youtube.example/v"), "youtube", null),
                new Block.Divider(),
                new Block.RawHtml("<b>x</b>")))
        .extracting(Block::kind)
        .containsExactly(
            "paragraph",
            "heading",
            "quote",
            "list",
            "image",
            "gallery",
            "embed",
            "divider",
            "html");
  }

  @Test
  @DisplayName("copy their spans into unmodifiable lists")
  void copies() {
    List<Span> spans = new ArrayList<>(List.of(Span.text("a")));
    Block.Paragraph paragraph = new Block.Paragraph(spans);
    spans.add(Span.text("b"));

    assertThat(paragraph.content()).hasSize(1);
    assertThatThrownBy(() -> paragraph.content().add(Span.text("c")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Block.Heading.of("Деталі").level()).isEqualTo(2);
  }

  @Test
  @DisplayName("keep null elements instead of failing, so validation can name them")
  void keepNulls() {
    assertThat(Block.Paragraph.of(Span.text("a"), null).content())
        .containsExactly(Span.text("a"), null);
    assertThat(new Block.Quote(Arrays.asList(null, Span.text("b")), null).content()).hasSize(2);
    assertThat(
            new Block.ListBlock(true, Arrays.asList(null, Arrays.asList(Span.text("c"), null)))
                .items())
        .containsExactly(null, Arrays.asList(Span.text("c"), null));
    assertThat(new Block.Paragraph(null).content()).isNull();
    Image image = Image.of(URI.create("https://p.example/a.jpg"), "alt");
    assertThat(new Block.GalleryBlock(Arrays.asList(image, null), null).images())
        .containsExactly(image, null);
    assertThat(new Block.GalleryBlock(null, null).images()).isNull();
  }

  @Test
  @DisplayName("spans copy their marks and treat null marks as none")
  void spanMarks() {
    Set<Mark> marks = EnumSet.of(Mark.BOLD);
    Span span = new Span("x", marks, null);
    marks.add(Mark.ITALIC);

    assertThat(span.marks()).containsExactly(Mark.BOLD);
    assertThat(new Span("x", null, null).marks()).isEmpty();
    assertThat(Span.marked("x", Mark.BOLD, Mark.CODE).marks())
        .containsExactlyInAnyOrder(Mark.BOLD, Mark.CODE);
    assertThat(Span.link("x", "/a").link()).isEqualTo("/a");
  }

  @Test
  @DisplayName("spans keep a null mark for validation to report")
  void spanNullMark() {
    Span span = new Span("x", new HashSet<>(Arrays.asList(Mark.BOLD, null)), null);

    assertThat(span.marks()).containsExactlyInAnyOrder(Mark.BOLD, null);
  }
}

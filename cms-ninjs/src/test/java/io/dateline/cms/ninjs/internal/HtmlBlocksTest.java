package io.dateline.cms.ninjs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Span;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("HTML to body blocks")
class HtmlBlocksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>ok</p><script>alert(1)</script>",
        "<p onclick=\"alert(1)\">ok</p>",
        "<p><a href=\"JaVaScRiPt:alert(1)\">ok</a></p>",
        "<p><a href=\"&#106;avascript:alert(1)\">ok</a></p>",
        "<img src=\"javascript:alert(1)\" alt=\"ok\">",
        "<figure><img src=\"data:image/png;base64,AAAA\" onerror=\"alert(1)\"><figcaption>ok</figcaption></figure>",
        "<svg onload=\"alert(1)\"><p>ok</p></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe><p>ok</p>",
        "<style>p { background: url(javascript:alert(1)) }</style><p>ok</p>",
        "<blockquote onmouseover=\"alert(1)\"><p>ok</p><footer><a href=\"javascript:alert(1)\">x</a></footer></blockquote>",
        "<table><tr><td onclick=\"alert(1)\">ok</td></tr></table>",
        "<div><object data=\"javascript:alert(1)\"></object><p>ok</p></div>"
      })
  @DisplayName("keeps no script, handler or script URL of hostile markup")
  void hostileMarkup(String html) {
    List<Block> blocks = HtmlBlocks.toBlocks(html);

    assertThat(blocks.toString())
        .doesNotContainIgnoringCase("alert")
        .doesNotContainIgnoringCase("javascript")
        .doesNotContain("data:");
  }

  @Test
  @DisplayName("maps structure: headings from h1 become level 2, figures images, hr dividers")
  void structure() {
    List<Block> blocks =
        HtmlBlocks.toBlocks(
            "<h1>Title</h1>loose <b>text</b><br>next<hr>"
                + "<figure><img src=\"https://x.example/a.jpg\" alt=\"A\"><figcaption> Cap </figcaption></figure>"
                + "<p>one<img src=\"https://x.example/b.jpg\" alt=\"B\">two</p>"
                + "<p><s>gone</s> <del>old</del> <sup>2</sup></p>");

    assertThat(blocks)
        .containsExactly(
            new Block.Heading(2, "Title"),
            Block.Paragraph.of(Span.text("loose "), Span.marked("text", Mark.BOLD)),
            Block.Paragraph.of("next"),
            new Block.Divider(),
            new Block.ImageBlock(
                new Image(URI.create("https://x.example/a.jpg"), "A", "Cap", null, 0, 0)),
            Block.Paragraph.of("one"),
            new Block.ImageBlock(Image.of(URI.create("https://x.example/b.jpg"), "B")),
            Block.Paragraph.of("two"),
            Block.Paragraph.of(
                Span.marked("gone", Mark.STRIKE),
                Span.text(" "),
                Span.marked("old", Mark.STRIKE),
                Span.text(" "),
                Span.marked("2", Mark.SUPERSCRIPT)));
  }

  @Test
  @DisplayName("writes blocks back as HTML that reads as the same blocks")
  void roundTrip() {
    List<Block> blocks =
        List.of(
            Block.Paragraph.of(
                Span.text("a "),
                new Span(
                    "b",
                    java.util.EnumSet.of(Mark.BOLD, Mark.ITALIC),
                    "https://x.example/?q=1&r=2"),
                Span.text(" <c> & \"d\"\nline")),
            Block.Quote.of("said", "Someone"),
            new Block.ListBlock(false, List.of(List.of(Span.marked("i", Mark.CODE)))),
            new Block.Heading(4, "H"),
            new Block.Divider());

    assertThat(HtmlBlocks.toBlocks(BodyHtml.write(blocks))).isEqualTo(blocks);
  }

  @Test
  @DisplayName("a gallery goes out as nested figures and comes back as the same gallery")
  void galleryRoundTrip() {
    List<Block> blocks =
        List.of(
            new Block.GalleryBlock(
                List.of(
                    new Image(URI.create("https://x.example/a.jpg"), "A", "First", null, 640, 480),
                    Image.of(URI.create("https://x.example/b.jpg"), "B")),
                "Both"),
            Block.GalleryBlock.of(
                Image.of(URI.create("https://x.example/c.jpg"), "C"),
                Image.of(URI.create("https://x.example/d.jpg"), "D")));

    String html = BodyHtml.write(blocks);

    assertThat(html).startsWith("<figure class=\"gallery\"><figure><img");
    assertThat(HtmlBlocks.toBlocks(html)).isEqualTo(blocks);
  }

  @Test
  @DisplayName("a figure with several pictures is a gallery; with one, an image")
  void galleryFigures() {
    assertThat(
            HtmlBlocks.toBlocks(
                "<figure><img src=\"https://x.example/a.jpg\" alt=\"A\">"
                    + "<img src=\"javascript:alert(1)\" alt=\"X\">"
                    + "<img src=\"https://x.example/b.jpg\" alt=\"B\">"
                    + "<figcaption>Both</figcaption></figure>"
                    + "<figure><img src=\"https://x.example/c.jpg\" alt=\"C\">"
                    + "<img src=\"javascript:alert(1)\" alt=\"X\"></figure>"))
        .containsExactly(
            new Block.GalleryBlock(
                List.of(
                    Image.of(URI.create("https://x.example/a.jpg"), "A"),
                    Image.of(URI.create("https://x.example/b.jpg"), "B")),
                "Both"),
            new Block.ImageBlock(Image.of(URI.create("https://x.example/c.jpg"), "C")));
  }

  @Test
  @DisplayName("empty or content-free markup gives no blocks")
  void empty() {
    assertThat(HtmlBlocks.toBlocks("")).isEmpty();
    assertThat(HtmlBlocks.toBlocks("  <p> </p><div></div><script>x()</script>")).isEmpty();
  }
}

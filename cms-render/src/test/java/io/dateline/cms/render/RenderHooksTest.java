package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.spi.BlockContext;
import io.dateline.cms.render.spi.BlockRenderer;
import io.dateline.cms.render.spi.HtmlOutput;
import io.dateline.cms.render.spi.RenderListener;
import io.dateline.cms.render.spi.UrlStrategy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Rendering hooks")
class RenderHooksTest {

  private static Document render(DatelineRenderer renderer, Article article) {
    ArticleView view =
        renderer
            .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
            .locale(Locale.ENGLISH)
            .build();
    return Jsoup.parse(renderer.articlePage(view));
  }

  /** Inserts an ad slot after the third paragraph, the example from the design. */
  static final class AdSlots implements RenderListener {
    @Override
    public void afterBlock(Block block, BlockContext context, HtmlOutput out) {
      if (block instanceof Block.Paragraph && context.ordinal() == 3) {
        out.open("div", "class", "ad-slot", "data-slot", "in-article").close("div");
      }
    }
  }

  @Nested
  @DisplayName("a render listener")
  class Listeners {
    @Test
    @DisplayName("inserts an ad slot after the third paragraph")
    void adSlot() {
      DatelineRenderer renderer = DatelineRenderer.builder().listener(new AdSlots()).build();
      Document doc = render(renderer, SampleNews.article().build());
      Element slot = doc.selectFirst("div.body div.ad-slot");
      assertThat(slot).isNotNull();
      assertThat(doc.select("div.ad-slot")).hasSize(1);
      // The reference body: p, p, p, h2, p, ... -> the slot follows the third paragraph.
      assertThat(slot.previousElementSibling().text())
          .isEqualTo("Observers expect a second round before the end of the year.");
      assertThat(slot.nextElementSibling().tagName()).isEqualTo("h2");
    }

    @Test
    @DisplayName("sees every block with its position, between body start and end")
    void order() {
      List<String> calls = new ArrayList<>();
      RenderListener recorder =
          new RenderListener() {
            @Override
            public void beforeBody(ArticleView article, HtmlOutput out) {
              calls.add("start");
            }

            @Override
            public void beforeBlock(Block block, BlockContext context, HtmlOutput out) {
              calls.add(block.kind() + "#" + context.ordinal() + "@" + context.index());
            }

            @Override
            public void afterBody(ArticleView article, HtmlOutput out) {
              calls.add("end");
            }
          };
      render(DatelineRenderer.builder().listener(recorder).build(), SampleNews.article().build());
      assertThat(calls)
          .containsExactly(
              "start",
              "paragraph#1@0",
              "paragraph#2@1",
              "paragraph#3@2",
              "heading#1@3",
              "paragraph#4@4",
              "quote#1@5",
              "list#1@6",
              "heading#2@7",
              "paragraph#5@8",
              "end");
    }
  }

  @Nested
  @DisplayName("a block renderer")
  class BlockRenderers {
    @Test
    @DisplayName("replaces the theme's rendering of its block kind")
    void replaces() {
      BlockRenderer<Block.Quote> pullQuotes =
          new BlockRenderer<>() {
            @Override
            public Class<Block.Quote> blockType() {
              return Block.Quote.class;
            }

            @Override
            public void render(Block.Quote block, BlockContext context, HtmlOutput out) {
              out.open("aside", "class", "pull-quote").spans(block.content()).close("aside");
            }
          };
      Document doc =
          render(
              DatelineRenderer.builder().blockRenderer(pullQuotes).build(),
              SampleNews.article().build());
      assertThat(doc.select("figure.quote")).isEmpty();
      assertThat(doc.selectFirst("div.body aside.pull-quote").text())
          .isEqualTo("We are closer than we have been at any point this year.");
    }

    @Test
    @DisplayName("added for one embed provider leaves other embeds to the theme")
    void narrower() {
      BlockRenderer<Block.Embed> video =
          new BlockRenderer<>() {
            @Override
            public Class<Block.Embed> blockType() {
              return Block.Embed.class;
            }

            @Override
            public boolean handles(Block.Embed block) {
              return "video".equals(block.provider());
            }

            @Override
            public void render(Block.Embed block, BlockContext context, HtmlOutput out) {
              out.open("div", "class", "player", "data-src", block.url().toString()).close("div");
            }
          };
      Article article =
          SampleNews.article()
              .body(
                  List.of(
                      new Block.Embed(URI.create("https://video.example/v/1"), "video", "Clip"),
                      new Block.Embed(URI.create("https://posts.example/p/2"), "posts", "Post")))
              .build();
      Document doc = render(DatelineRenderer.builder().blockRenderer(video).build(), article);
      assertThat(doc.select("div.player").eachAttr("data-src"))
          .containsExactly("https://video.example/v/1");
      assertThat(doc.select("figure.embed a").eachAttr("href"))
          .containsExactly("https://posts.example/p/2");
    }

    @Test
    @DisplayName("cannot write script, event handlers or script URLs through the output")
    void outputRefusesScript() {
      List<Throwable> refused = new ArrayList<>();
      BlockRenderer<Block.Divider> naughty =
          new BlockRenderer<>() {
            @Override
            public Class<Block.Divider> blockType() {
              return Block.Divider.class;
            }

            @Override
            public void render(Block.Divider block, BlockContext context, HtmlOutput out) {
              for (Runnable attempt :
                  List.<Runnable>of(
                      () -> out.open("script"),
                      () -> out.open("div", "onclick", "alert(1)"),
                      () -> out.open("div", "style", "x"),
                      () -> out.open("DIV"),
                      () -> out.open("a", "href"))) {
                try {
                  attempt.run();
                } catch (IllegalArgumentException e) {
                  refused.add(e);
                }
              }
              out.open("a", "href", "javascript:alert(1)", "class", "kept").text("<b>").close("a");
            }
          };
      Document doc =
          render(
              DatelineRenderer.builder().blockRenderer(naughty).build(),
              SampleNews.article().body(List.of(new Block.Divider())).build());
      assertThat(refused).hasSize(5);
      Element link = doc.selectFirst("div.body a.kept");
      assertThat(link.hasAttr("href")).isFalse();
      assertThat(link.text()).isEqualTo("<b>");
    }
  }

  @Nested
  @DisplayName("a head contributor")
  class HeadContributors {
    @Test
    @DisplayName("adds tags and a trusted script to the head, escaped and checked")
    void contributes() {
      DatelineRenderer renderer =
          DatelineRenderer.builder()
              .headContributor(
                  (page, head) ->
                      head.meta("google-site-verification", "abc\"<x>")
                          .property("fb:app_id", "42")
                          .link("preconnect", "https://cdn.unn.example")
                          .link("preconnect", "javascript:alert(1)")
                          .script("https://stats.unn.example/s.js")
                          .script("data:text/javascript,alert(1)"))
              .build();
      Document doc = render(renderer, SampleNews.article().build());
      assertThat(doc.selectFirst("head meta[name=google-site-verification]").attr("content"))
          .isEqualTo("abc\"<x>");
      assertThat(doc.selectFirst("head meta[property=fb:app_id]").attr("content")).isEqualTo("42");
      assertThat(doc.select("head link[rel=preconnect]").eachAttr("href"))
          .containsExactly("https://cdn.unn.example");
      assertThat(doc.select("head script[src]").eachAttr("src"))
          .containsExactly("https://stats.unn.example/s.js");
    }

    @Test
    @DisplayName("knows which kind of page it contributes to")
    void pageInfo() {
      List<PageKind> kinds = new ArrayList<>();
      DatelineRenderer renderer =
          DatelineRenderer.builder()
              .headContributor((page, head) -> kinds.add(page.kind()))
              .build();
      render(renderer, SampleNews.article().build());
      renderer.listingPage(
          renderer
              .listing(
                  SampleNews.TENANT,
                  ListingSubject.of(SampleNews.POLITICS),
                  SampleNews.listing(SampleNews.headlines(1), null))
              .build());
      assertThat(kinds).containsExactly(PageKind.ARTICLE, PageKind.SECTION);
    }
  }

  @Nested
  @DisplayName("a URL strategy")
  class UrlStrategies {
    /** Puts everything of one tenant under /stories/ on another host. */
    static class Stories implements UrlStrategy {
      private final UrlStrategy standard = UrlStrategy.standard();

      @Override
      public String home(Tenant tenant, Locale language) {
        return "https://stories.example/";
      }

      @Override
      public String article(Tenant tenant, Article article) {
        return "https://stories.example/stories/" + article.slug();
      }

      @Override
      public String section(Tenant tenant, Section section, Locale language) {
        return standard.section(tenant, section, language);
      }

      @Override
      public String tag(Tenant tenant, Tag tag, Locale language) {
        return standard.tag(tenant, tag, language);
      }

      @Override
      public String author(Tenant tenant, Author author, Locale language) {
        return standard.author(tenant, author, language);
      }

      @Override
      public String location(Tenant tenant, Location location, Locale language) {
        return standard.location(tenant, location, language);
      }

      @Override
      public String feed(Tenant tenant, FeedScope scope, FeedFormat format) {
        return standard.feed(tenant, scope, format);
      }

      @Override
      public String sitemap(Tenant tenant) {
        return standard.sitemap(tenant);
      }

      @Override
      public String sitemapPart(Tenant tenant, int part) {
        return standard.sitemapPart(tenant, part);
      }

      @Override
      public String newsSitemap(Tenant tenant) {
        return standard.newsSitemap(tenant);
      }

      @Override
      public String newsSitemapPart(Tenant tenant, int part) {
        return standard.newsSitemapPart(tenant, part);
      }
    }

    @Test
    @DisplayName("is installed per tenant, others keep the default")
    void perTenant() {
      DatelineRenderer renderer =
          DatelineRenderer.builder().urlStrategy(SampleNews.TENANT_ID, new Stories()).build();
      Document doc = render(renderer, SampleNews.article().build());
      assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo("https://stories.example/stories/minister-calls-geneva-talks-important");

      Tenant other =
          Tenant.builder(
                  io.dateline.cms.model.TenantId.of("city"),
                  "City",
                  Locale.ENGLISH,
                  java.time.ZoneId.of("UTC"),
                  URI.create("https://city.example"))
              .publicationName("City News")
              .supportedLocales(java.util.Set.of(Locale.ENGLISH))
              .build();
      assertThat(renderer.urls(other).article(other, SampleNews.article().build()))
          .isEqualTo("https://city.example/news/minister-calls-geneva-talks-important");
    }

    @Test
    @DisplayName("that returns a script URL for a page is refused with a clear error")
    void unsafe() {
      UrlStrategy evil =
          new Stories() {
            @Override
            public String article(Tenant tenant, Article article) {
              return "javascript:alert(1)";
            }
          };
      DatelineRenderer renderer = DatelineRenderer.builder().urlStrategy(evil).build();
      assertThatThrownBy(() -> render(renderer, SampleNews.article().build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("article URL");
    }
  }
}

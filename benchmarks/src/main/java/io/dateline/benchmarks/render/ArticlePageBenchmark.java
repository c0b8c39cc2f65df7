package io.dateline.benchmarks.render;

import io.dateline.cms.render.ArticleView;
import io.dateline.cms.render.DatelineRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Renders the same article page three ways from the same view model: Dateline's jte theme,
 * Thymeleaf, and a hand-written StringBuilder. A fourth benchmark adds building the view model,
 * which a node without a page cache pays on every request. {@code datelineBytes} renders the same
 * page to the UTF-8 bytes a server sends, without an intermediate string.
 *
 * <p>Warm-up: 10 iterations of 3 s. Thymeleaf's time per page settles only after about 5,000 to
 * 10,000 pages (see {@link ArticlePageCpuTime}, which checks it), about 10 to 20 s of rendering at
 * its speed; the earlier 2 or 3 warm-up iterations measured it half warmed up. The same warm-up
 * applies to every variant.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ArticlePageBenchmark}, or the engines
 * alternated fork by fork with their ratios side by side: {@link ArticlePageRounds}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ArticlePageBenchmark {
  private ReferenceArticle sample;
  private DatelineRenderer renderer;
  private ArticleView view;
  private ThymeleafArticlePage thymeleaf;

  /** Builds the view model once and checks that the three pages say the same things. */
  @Setup
  public void setUp() {
    sample = new ReferenceArticle();
    renderer = DatelineRenderer.builder().build();
    view = buildView();
    thymeleaf = new ThymeleafArticlePage();
    List<String> pages =
        List.of(
            renderer.articlePage(view),
            thymeleaf.render(view),
            HandWrittenArticlePage.render(view),
            new String(renderer.articlePageBytes(view), StandardCharsets.UTF_8));
    if (!pages.get(0).equals(pages.get(3))) {
      throw new IllegalStateException("the byte and String outputs of the theme differ");
    }
    for (String page : pages) {
      for (String expected :
          List.of(
              "<h1 class=\"headline\">",
              "30,138 views",
              "Paragraph 12:",
              "application/ld+json",
              "og:image:alt",
              "Most read story number 4",
              "UNN reports citing")) {
        if (!page.contains(expected)) {
          throw new IllegalStateException("a variant lacks '" + expected + "':\n" + page);
        }
      }
    }
  }

  private ArticleView buildView() {
    return renderer
        .article(ReferenceArticle.TENANT, sample.article, sample.references)
        .viewCount(30_138)
        .translations(List.of(sample.translation))
        .locale(Locale.ENGLISH)
        .mostRead(
            renderer.mostRead(
                ReferenceArticle.TENANT, sample.mostRead, sample.views, Locale.ENGLISH, 5))
        .build();
  }

  /** Dateline's theme: jte templates, block renderers, JSON-LD through Jackson. */
  @Benchmark
  public String dateline() {
    return renderer.articlePage(view);
  }

  /** Dateline's theme rendered to UTF-8 bytes, as a server sends the page. */
  @Benchmark
  public byte[] datelineBytes() {
    return renderer.articlePageBytes(view);
  }

  /** Dateline's theme including building the view model (ICU formatting, URLs, references). */
  @Benchmark
  public String datelineWithViewModel() {
    return renderer.articlePage(buildView());
  }

  /** Thymeleaf over the same view model. */
  @Benchmark
  public String thymeleaf() {
    return thymeleaf.render(view);
  }

  /** One StringBuilder, hand-written escaping. */
  @Benchmark
  public String stringBuilder() {
    return HandWrittenArticlePage.render(view);
  }
}

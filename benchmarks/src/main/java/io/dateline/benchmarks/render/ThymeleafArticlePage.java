package io.dateline.benchmarks.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.cms.model.Mark;
import io.dateline.cms.render.ArticleView;
import io.dateline.cms.render.LinkView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * What a Spring user would otherwise write: a Thymeleaf template over the same view model, with
 * JSON-LD from Jackson's ObjectMapper. Templates are parsed once and cached, as in production.
 */
final class ThymeleafArticlePage {
  private final TemplateEngine engine = new TemplateEngine();
  private final ObjectMapper mapper = new ObjectMapper();

  ThymeleafArticlePage() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("io/dateline/benchmarks/render/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  String render(ArticleView v) {
    Context context = new Context(v.locale());
    context.setVariable("v", v);
    context.setVariable("bold", Mark.BOLD);
    context.setVariable("jsonLd", jsonLd(v));
    return engine.process("article", context);
  }

  private String jsonLd(ArticleView v) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "NewsArticle");
    ld.put("headline", v.title());
    ld.put("description", v.description());
    ld.put("datePublished", v.published().iso());
    ld.put("dateModified", v.modified().iso());
    List<Map<String, Object>> authors = new ArrayList<>();
    for (LinkView a : v.authors()) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("@type", "Person");
      person.put("name", a.text());
      person.put("url", a.url());
      authors.add(person);
    }
    ld.put("author", authors);
    ld.put(
        "publisher",
        Map.of(
            "@type", "NewsMediaOrganization",
            "name", v.tenant().publicationName(),
            "url", v.homeUrl()));
    ld.put("image", List.of(v.image().url()));
    ld.put("articleSection", v.sections().stream().map(LinkView::text).toList());
    List<String> keywords = new ArrayList<>();
    v.tags().forEach(t -> keywords.add(t.text()));
    v.places().forEach(p -> keywords.add(p.text()));
    ld.put("keywords", keywords);
    ld.put("inLanguage", v.language());
    ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", v.canonicalUrl()));
    ld.put("url", v.canonicalUrl());
    try {
      // The usual idiom for JSON inside a script element.
      return mapper.writeValueAsString(ld).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

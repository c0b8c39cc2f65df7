package io.dateline.cms.search.lucene;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** A tenant with Ukrainian and English editions, written through the API. */
final class Newsroom {
  static final Locale UK = Locale.forLanguageTag("uk");

  final Tenant tenant;
  final TenantContent content;

  Newsroom(Dateline cms) {
    String id = "t" + UUID.randomUUID().toString().substring(0, 8);
    tenant =
        cms.saveTenant(
            Tenant.builder(
                    TenantId.of(id),
                    "News " + id,
                    UK,
                    ZoneId.of("Europe/Kyiv"),
                    URI.create("https://news.example/" + id + "/"))
                .publicationName("NW")
                .supportedLocales(Set.of(UK, Locale.ENGLISH))
                .build());
    content = cms.tenant(tenant.id());
  }

  TenantId id() {
    return tenant.id();
  }

  Article draft(Locale language, String headline, String body) {
    return content
        .articles()
        .create(
            ArticleDraft.builder(language, headline)
                .lead("")
                .body(Block.Paragraph.of(body))
                .build());
  }

  Article publish(Locale language, String headline, String body) {
    return content.articles().publish(draft(language, headline, body).id());
  }
}

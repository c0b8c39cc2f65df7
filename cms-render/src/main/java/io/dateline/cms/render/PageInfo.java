package io.dateline.cms.render;

import io.dateline.cms.model.Tenant;
import java.util.Locale;

/**
 * What is being rendered, for head contributors.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of page; never {@code null}
 * @param tenant the tenant; never {@code null}
 * @param locale the page's locale; never {@code null}
 * @param url the page's canonical URL; never {@code null}
 * @param article the article view on an article page, else {@code null}
 * @param listing the listing view on a listing page, else {@code null}
 */
public record PageInfo(
    PageKind kind,
    Tenant tenant,
    Locale locale,
    String url,
    ArticleView article,
    ListingView listing) {}

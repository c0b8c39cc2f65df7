package io.dateline.cms.render;

import io.dateline.cms.model.Tenant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What is being rendered, for head contributors.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of page; never {@code null}
 * @param tenant the tenant; {@code null} only on the {@linkplain PageKind#TENANTS tenant index} and
 *     on an {@linkplain PageKind#ERROR error page} for a request that matched no tenant
 * @param locale the page's locale; never {@code null}
 * @param url the page's canonical URL; {@code null} on error pages (they are served at whatever URL
 *     failed) and on the tenant index (the renderer does not know where it is mounted)
 * @param article the article view on an article page, else {@code null}
 * @param listing the listing view on a listing page, else {@code null}
 * @since 0.1.0
 */
public record PageInfo(
    PageKind kind,
    @Nullable Tenant tenant,
    Locale locale,
    @Nullable String url,
    @Nullable ArticleView article,
    @Nullable ListingView listing) {}

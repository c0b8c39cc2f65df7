package io.dateline.cms.render;

/**
 * A {@code <meta>} element of the page head.
 *
 * <p>Immutable and thread-safe.
 *
 * @param property {@code true} for {@code <meta property>} (OpenGraph), {@code false} for {@code
 *     <meta name>} (description, Twitter)
 * @param key the property or name, such as {@code og:title}
 * @param content the value, plain text
 * @since 0.1.0
 */
public record MetaTag(boolean property, String key, String content) {}

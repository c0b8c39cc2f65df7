/**
 * Hooks that applications implement to change how Dateline renders: a {@link
 * io.dateline.cms.render.spi.BlockRenderer} per block kind, {@link
 * io.dateline.cms.render.spi.HeadContributor}s for the page head, a {@link
 * io.dateline.cms.render.spi.UrlStrategy} per tenant, {@link
 * io.dateline.cms.render.spi.RenderListener}s around the body, and a {@link
 * io.dateline.cms.render.spi.Theme} that turns page models into HTML.
 *
 * <p>Hooks are installed explicitly on {@code DatelineRenderer.builder()}; nothing is discovered
 * from the class path. New methods are added to these interfaces as defaults, so existing
 * implementations keep compiling.
 */
@NullMarked
package io.dateline.cms.render.spi;

import org.jspecify.annotations.NullMarked;

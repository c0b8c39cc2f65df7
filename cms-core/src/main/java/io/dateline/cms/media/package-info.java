/**
 * Images as content: a tenant's image assets with their text (alt text per language, caption,
 * credit, rights) and focal point, and the crop ratios the library renders. Assets are stored
 * through {@link io.dateline.cms.spi.ImageRepository}; their bytes live in a {@link
 * io.dateline.cms.spi.BlobStore} and their rendition URLs come from {@link
 * io.dateline.cms.spi.RenditionUrls}.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.media;

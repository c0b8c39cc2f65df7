/**
 * The embedded defaults for image bytes and renditions: {@link
 * io.dateline.cms.media.embedded.FileSystemBlobStore} keeps originals in files, and {@link
 * io.dateline.cms.media.embedded.SiteRenditionUrls} points pages at the renditions that {@code
 * cms-site} resizes and serves itself. Applications replace either through {@link
 * io.dateline.cms.Dateline.Builder#blobStore} and their renderer's settings.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.media.embedded;

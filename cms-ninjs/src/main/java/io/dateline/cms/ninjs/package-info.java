/**
 * IPTC ninjs ("News in JSON") for Dateline: {@link io.dateline.cms.ninjs.NinjsExporter} writes any
 * article as a ninjs 2.2 or 3.1 text item, and {@link io.dateline.cms.ninjs.NinjsImporter} reads
 * ninjs 2.x and 3.x text items into drafts, idempotently by the item's {@code uri} and {@code
 * version}. Documents that break a rule fail with {@link
 * io.dateline.cms.ninjs.InvalidNinjsException}, which names the JSON path of each problem. The
 * mapping in both directions is described in {@code docs/ninjs.md}.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.ninjs;

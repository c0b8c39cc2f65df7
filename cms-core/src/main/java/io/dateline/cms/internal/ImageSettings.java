package io.dateline.cms.internal;

import io.dateline.cms.spi.BlobStore;

/**
 * Where image originals go and the limits an upload is checked against, as configured on {@code
 * Dateline.Builder}.
 *
 * @param blobStore where originals are stored
 * @param maxBytes the largest file accepted, in bytes
 * @param maxPixels the most pixels (width × height) accepted
 */
public record ImageSettings(BlobStore blobStore, long maxBytes, long maxPixels) {}

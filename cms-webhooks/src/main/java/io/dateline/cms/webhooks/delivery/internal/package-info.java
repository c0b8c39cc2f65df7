/**
 * The delivery engine, payload writer and outbound address guard behind {@link
 * io.dateline.cms.webhooks.delivery.Webhooks}. Internal: may change at any time.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.webhooks.delivery.internal;

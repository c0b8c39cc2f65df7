/**
 * Webhook subscriptions and their delivery log, as values: what a tenant subscribes to and what
 * happened to each delivery attempt. They are stored through {@link
 * io.dateline.cms.spi.WebhookRepository}; the delivery engine that reads the change feed and sends
 * the signed requests lives in the {@code cms-webhooks} module.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.webhooks;

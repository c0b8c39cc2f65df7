/**
 * Webhook delivery from the change feed: {@link io.dateline.cms.webhooks.delivery.Webhooks} manages
 * each tenant's subscriptions and runs the delivery engine of a node; {@link
 * io.dateline.cms.webhooks.delivery.WebhookSigner} and {@link
 * io.dateline.cms.webhooks.delivery.WebhookVerifier} sign and verify requests as the Standard
 * Webhooks specification describes.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.webhooks.delivery;

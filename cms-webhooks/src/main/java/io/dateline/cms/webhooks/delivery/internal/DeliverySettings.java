package io.dateline.cms.webhooks.delivery.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * The settings of one node's delivery engine, checked by the public builder.
 *
 * @param nodeId this node's lease owner name
 * @param pollInterval how often the engine looks for work without a local signal
 * @param batchSize changes read from the feed at a time per subscription
 * @param workers subscriptions delivered at once
 * @param maxFailures failed attempts in a row that disable a subscription
 * @param initialBackoff the wait after the first failure
 * @param maxBackoff the longest wait
 * @param connectTimeout the TCP and TLS connect time-out
 * @param requestTimeout the time-out for the response headers
 * @param leaseDuration how long a claim on a subscription lasts without renewal
 * @param logRetention how long delivery log entries are kept
 * @param guard which addresses may be reached
 * @param clock the time of signatures, retries and leases
 */
public record DeliverySettings(
    String nodeId,
    Duration pollInterval,
    int batchSize,
    int workers,
    int maxFailures,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration leaseDuration,
    Duration logRetention,
    AddressGuard guard,
    Clock clock) {}

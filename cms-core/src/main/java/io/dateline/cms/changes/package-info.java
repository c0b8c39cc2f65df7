/**
 * The change feed: an ordered, durable record of every content change, read from a position the
 * reader keeps. Caches on every node, webhooks and search indexes follow it.
 */
@NullMarked
package io.dateline.cms.changes;

import org.jspecify.annotations.NullMarked;

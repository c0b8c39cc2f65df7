/**
 * Implementation details of view counting: the per-node buffer, the unsent batches and the visitor
 * window. Nothing here is API: it may change in any release without notice. Depend on {@code
 * io.dateline.cms.views} instead.
 */
@NullMarked
package io.dateline.cms.views.internal;

import org.jspecify.annotations.NullMarked;

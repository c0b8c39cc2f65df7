/**
 * Implementation details of Dateline's core. Nothing here is API: it may change in any release
 * without notice. Depend on {@code io.dateline.cms} and {@code io.dateline.cms.spi} instead.
 */
@NullMarked
package io.dateline.cms.internal;

import org.jspecify.annotations.NullMarked;

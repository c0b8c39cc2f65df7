/**
 * Dateline's API: the {@link io.dateline.cms.Dateline} entry point, tenant-scoped services and the
 * exceptions they throw.
 */
@NullMarked
package io.dateline.cms;

import org.jspecify.annotations.NullMarked;

/**
 * Dateline's API: the {@link io.dateline.cms.Dateline} entry point, tenant-scoped services and the
 * exceptions they throw.
 */
package io.dateline.cms;

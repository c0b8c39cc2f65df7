/** Events about stored changes and the listeners that receive them. */
@NullMarked
package io.dateline.cms.event;

import org.jspecify.annotations.NullMarked;

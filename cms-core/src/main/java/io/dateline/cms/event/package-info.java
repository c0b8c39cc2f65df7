/** Events about stored changes and the listeners that receive them. */
package io.dateline.cms.event;

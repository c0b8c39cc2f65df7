/**
 * The in-memory reference storage: complete, thread-safe, and the yardstick other backends are
 * compared with by the compatibility kit. Content lives as long as the instance; use it for tests,
 * demos and single-node sites that rebuild their content on start.
 */
@NullMarked
package io.dateline.cms.memory;

import org.jspecify.annotations.NullMarked;

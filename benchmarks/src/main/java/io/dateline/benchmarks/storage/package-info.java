/** Benchmarks of the JPA storage: imports, listings and boot time. */
package io.dateline.benchmarks.storage;

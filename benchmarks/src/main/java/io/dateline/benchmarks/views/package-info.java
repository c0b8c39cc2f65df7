/** Benchmarks of the view counter. */
package io.dateline.benchmarks.views;

/** JMH benchmarks of Dateline and the data they share. */
package io.dateline.benchmarks;

/** A Spring Boot application that serves Dateline's news section beside its own pages. */
@NullMarked
package io.dateline.examples.springboot;

import org.jspecify.annotations.NullMarked;

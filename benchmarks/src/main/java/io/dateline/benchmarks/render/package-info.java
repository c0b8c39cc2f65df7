/** Benchmarks of rendering an article page, against hand-written and Thymeleaf baselines. */
package io.dateline.benchmarks.render;

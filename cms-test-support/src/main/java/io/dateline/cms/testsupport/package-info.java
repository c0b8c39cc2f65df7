/**
 * Helpers shared by the tests of Dateline's modules, kept once here instead of once per module: a
 * settable and ticking {@link io.dateline.cms.testsupport.MutableClock}, {@link
 * io.dateline.cms.testsupport.ThreadRace} for tests that race threads, {@link
 * io.dateline.cms.testsupport.TestDatabases} (H2 and one embedded PostgreSQL per test JVM) and
 * {@link io.dateline.cms.testsupport.StatementCounter}, which counts the JDBC statements a piece of
 * code costs.
 *
 * <p>The module {@code cms-test-support} is a test-scoped dependency of the other modules; it is
 * neither published nor listed in the BOM, and nothing here is API. It depends on no Dateline
 * module, so that {@code cms-core}'s tests can use it too.
 */
@NullMarked
package io.dateline.cms.testsupport;

import org.jspecify.annotations.NullMarked;

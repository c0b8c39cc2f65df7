/**
 * Spring Boot auto-configuration for Dateline: {@code Dateline} on the application's {@code
 * DataSource}, the view counter and scheduled publishing configured under {@code dateline.*}, the
 * renderer, the site and its servlet, tenants declared in properties, Micrometer meters and an
 * Actuator health indicator. Every bean backs off when the application defines its own. See
 * docs/spring-boot.md.
 */
@NullMarked
package io.dateline.cms.spring.boot;

import org.jspecify.annotations.NullMarked;

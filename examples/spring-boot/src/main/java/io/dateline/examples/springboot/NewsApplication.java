package io.dateline.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application with a page of its own ({@link HomeController}) and a news section that
 * the Dateline starter wires from {@code application.properties}: storage on the application's
 * DataSource, the tenant, scheduled publishing, view counting and the site under {@code /news}.
 */
@SpringBootApplication
public class NewsApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(NewsApplication.class, args);
  }
}

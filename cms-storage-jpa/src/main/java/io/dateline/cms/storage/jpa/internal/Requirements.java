package io.dateline.cms.storage.jpa.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks, before any Hibernate 7 or Jakarta Persistence 3.2 type is touched, that the classpath has
 * those versions: an application that pins Hibernate 6 would otherwise get a {@link
 * NoClassDefFoundError} from deep inside the storage's bootstrap.
 *
 * <p>This class refers to neither library's types; it reads their versions by reflection and from
 * the jars' manifests.
 *
 * @since 0.1.0
 */
public final class Requirements {
  /** The oldest Hibernate ORM the storage runs on, as major and minor. */
  static final int[] HIBERNATE = {7, 0};

  /** The oldest Jakarta Persistence the storage runs on, as major and minor. */
  static final int[] PERSISTENCE = {3, 2};

  private static final Pattern MAJOR_MINOR = Pattern.compile("^\\s*(\\d+)(?:\\.(\\d+))?");

  private static volatile boolean satisfied;

  private Requirements() {}

  /**
   * Fails unless the classpath has Hibernate ORM 7 and Jakarta Persistence 3.2 or later.
   *
   * @throws IllegalStateException naming the versions found and the versions required
   */
  public static void check() {
    if (satisfied) {
      return;
    }
    Optional<String> problem = problem(hibernateVersion(), persistenceVersion());
    if (problem.isPresent()) {
      throw new IllegalStateException(problem.get());
    }
    satisfied = true;
  }

  /**
   * What is wrong with the given versions, if anything.
   *
   * @param hibernate Hibernate ORM's version ({@code 7.1.2.Final}), or {@code null} when Hibernate
   *     is not on the classpath
   * @param persistence Jakarta Persistence's version ({@code 3.2.0}), or {@code null} when the API
   *     is not on the classpath
   * @return a message saying what was found and what is required, or empty when both fit
   */
  public static Optional<String> problem(@Nullable String hibernate, @Nullable String persistence) {
    boolean hibernateFits = atLeast(hibernate, HIBERNATE);
    boolean persistenceFits = atLeast(persistence, PERSISTENCE);
    if (hibernateFits && persistenceFits) {
      return Optional.empty();
    }
    return Optional.of(
        "Dateline's JPA storage needs Hibernate ORM "
            + HIBERNATE[0]
            + "."
            + HIBERNATE[1]
            + " or later (org.hibernate.orm:hibernate-core) and Jakarta Persistence "
            + PERSISTENCE[0]
            + "."
            + PERSISTENCE[1]
            + " or later (jakarta.persistence:jakarta.persistence-api), but the classpath has"
            + " Hibernate ORM "
            + (hibernate == null ? "(none)" : hibernate)
            + " and Jakarta Persistence "
            + (persistence == null ? "(none)" : persistence)
            + ". Remove the version your build pins, or raise it to those versions.");
  }

  private static boolean atLeast(@Nullable String version, int[] required) {
    if (version == null) {
      return false;
    }
    Matcher m = MAJOR_MINOR.matcher(version);
    if (!m.find()) {
      return false;
    }
    int major = Integer.parseInt(m.group(1));
    int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return major > required[0] || major == required[0] && minor >= required[1];
  }

  /**
   * The version of Hibernate ORM on the classpath.
   *
   * @return the version, or {@code null} when there is none
   */
  static @Nullable String hibernateVersion() {
    try {
      Class<?> version = Class.forName("org.hibernate.Version");
      Object value = version.getMethod("getVersionString").invoke(null);
      return value == null ? "(unknown version)" : value.toString();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  /**
   * The version of Jakarta Persistence on the classpath: the API jar's implementation version, else
   * its specification version, else what the presence of a 3.2 type tells.
   *
   * @return the version, or {@code null} when the API is not on the classpath
   */
  static @Nullable String persistenceVersion() {
    Class<?> api;
    try {
      api = Class.forName("jakarta.persistence.EntityManagerFactory");
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
    Package p = api.getPackage();
    String declared = p == null ? null : p.getImplementationVersion();
    if (declared == null && p != null) {
      declared = p.getSpecificationVersion();
    }
    if (declared != null) {
      return declared;
    }
    try {
      Class.forName("jakarta.persistence.PersistenceConfiguration", false, api.getClassLoader());
      return "3.2 (no version in its manifest)";
    } catch (ClassNotFoundException | LinkageError e) {
      return "3.1 or older (no version in its manifest)";
    }
  }
}

package io.dateline.cms.storage.jpa.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the secrets a JDBC URL may carry (a {@code password=} parameter, H2's {@code ;PASSWORD=}
 * setting, the password of {@code //user:password@host}) out of logs and exception messages.
 *
 * <p>Written here because neither the pool nor the drivers offer it for every form: HikariCP masks
 * only a lower-case {@code password=} parameter in its own debug lines, and Hibernate logs the URL
 * the driver reports, secrets included.
 *
 * @since 0.1.0
 */
public final class JdbcUrls {
  /** What replaces a secret in a redacted URL. */
  public static final String MASK = "****";

  /** Parameter names whose values are secrets, in any case: password, sslpassword, pwd, token. */
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(password|passwd|pwd|secret|token|credential).*");

  /**
   * One {@code name=value} parameter: after {@code ?} or {@code &} (a query, as PostgreSQL's driver
   * reads it) or after {@code ;} (H2's settings). The value runs to the next separator.
   */
  private static final Pattern PARAMETER = Pattern.compile("([?&;])([^=?&;#]*)=([^&;#]*)");

  /** A parameter inside free text (a log line): the value also ends at white space. */
  private static final Pattern PARAMETER_IN_TEXT =
      Pattern.compile("([?&;])([^=?&;#\\s]*)=([^&;#\\s]*)");

  /** The user information of an authority: {@code //user:password@}. */
  private static final Pattern USER_INFO = Pattern.compile("//([^/?#@;:]*):([^/?#@;]*)@");

  private JdbcUrls() {}

  /**
   * The URL with every secret replaced by {@value #MASK}; safe to log.
   *
   * @param url a JDBC URL, or any text holding one; {@code null} gives {@code null}
   * @return the redacted text
   */
  public static @Nullable String redact(@Nullable String url) {
    return redact(url, PARAMETER);
  }

  /**
   * Like {@link #redact}, for text that holds URLs among other words (a log line): a parameter's
   * value also ends at white space.
   *
   * @param text the text; {@code null} gives {@code null}
   * @return the redacted text
   */
  public static @Nullable String redactText(@Nullable String text) {
    return redact(text, PARAMETER_IN_TEXT);
  }

  private static @Nullable String redact(@Nullable String url, Pattern parameter) {
    if (url == null) {
      return null;
    }
    String withoutUserInfo =
        USER_INFO
            .matcher(url)
            .replaceAll(m -> Matcher.quoteReplacement("//" + m.group(1) + ":" + MASK + "@"));
    Matcher m = parameter.matcher(withoutUserInfo);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = isSecret(m.group(2)) ? m.group(1) + m.group(2) + "=" + MASK : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Takes the secrets out of a URL, so that the URL itself can reach the pool, the driver and their
   * logs: secret parameters are removed and returned as connection properties, and {@code
   * //user:password@} becomes the {@code user} and {@code password} properties. Query parameters
   * and user information are percent-decoded, as PostgreSQL's driver decodes them.
   *
   * @param url a JDBC URL
   * @return the URL without secrets and the properties that carry them
   */
  public static Split split(String url) {
    Properties secrets = new Properties();
    String rest = url;
    Matcher userInfo = USER_INFO.matcher(rest);
    if (userInfo.find()) {
      secrets.setProperty("user", decode(userInfo.group(1)));
      secrets.setProperty("password", decode(userInfo.group(2)));
      rest = rest.substring(0, userInfo.start()) + "//" + rest.substring(userInfo.end());
    }
    Matcher m = PARAMETER.matcher(rest);
    StringBuilder out = new StringBuilder();
    boolean queryOpened = false;
    boolean queryDropped = false;
    while (m.find()) {
      String separator = m.group(1);
      String name = m.group(2);
      String value = m.group(3);
      boolean query = !separator.equals(";");
      if (isSecret(name)) {
        secrets.setProperty(name, query ? decode(value) : value);
        queryDropped |= separator.equals("?");
        m.appendReplacement(out, "");
        continue;
      }
      if (query) {
        // The first parameter kept after a dropped "?name=secret" opens the query itself.
        separator = queryOpened || !queryDropped && separator.equals("&") ? separator : "?";
        queryOpened = true;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(separator + name + "=" + value));
    }
    m.appendTail(out);
    return new Split(out.toString(), secrets);
  }

  private static boolean isSecret(String name) {
    return SECRET_NAME.matcher(name).matches();
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }

  /**
   * A URL without its secrets, and the secrets as connection properties.
   *
   * @param url the URL, safe to log
   * @param secrets the properties taken out of it (user and password among them)
   */
  public record Split(String url, Properties secrets) {}
}

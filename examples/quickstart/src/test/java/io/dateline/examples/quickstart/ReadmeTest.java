package io.dateline.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README is what a new user reads first: its quickstart must be this module's source, which the
 * build compiles and {@link QuickstartTest} runs, and its Maven coordinates must be the project's.
 */
@DisplayName("The README")
class ReadmeTest {
  private static final Pattern FENCE =
      Pattern.compile("^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
  private static final Pattern DEPENDENCY =
      Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

  private static Path root;
  private static String readme;

  @BeforeAll
  static void read() throws IOException {
    root = Path.of(System.getProperty("dateline.root", "../..")).toAbsolutePath().normalize();
    readme = Files.readString(root.resolve("README.md")).replace("\r\n", "\n");
  }

  /** The fenced blocks of one language in a section ("## Title" up to the next "## "). */
  private static List<String> blocks(String section, String language) {
    int start = readme.indexOf("\n## " + section + "\n");
    assertThat(start).as("README section '%s'", section).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String text = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(language)) {
        blocks.add(m.group(2));
      }
    }
    return blocks;
  }

  @Test
  @DisplayName("quotes the quickstart verbatim: the whole compiled source file, nothing else")
  void quickstartIsTheCompiledSource() throws IOException {
    Path source =
        root.resolve(
            "examples/quickstart/src/main/java/io/dateline/examples/quickstart/Quickstart.java");
    String compiled = Files.readString(source).replace("\r\n", "\n");

    assertThat(blocks("Quickstart", "java")).containsExactly(compiled);
  }

  @Test
  @DisplayName("gives Maven coordinates that are the project's: the BOM and library modules")
  void coordinates() throws IOException {
    List<String> xml = blocks("Use it in your project", "xml");
    assertThat(xml).isNotEmpty();
    int imports = 0;
    int libraries = 0;
    for (String block : xml) {
      Matcher dependency = DEPENDENCY.matcher(block);
      while (dependency.find()) {
        String text = dependency.group(1);
        assertThat(tag(text, "groupId")).isEqualTo(System.getProperty("dateline.groupId"));
        Path pom = root.resolve(tag(text, "artifactId")).resolve("pom.xml");
        assertThat(pom).exists();
        if (text.contains("<scope>import</scope>")) {
          // The bill of materials, imported in dependencyManagement.
          imports++;
          assertThat(tag(text, "artifactId")).isEqualTo("dateline-bom");
          assertThat(tag(text, "type")).isEqualTo("pom");
          assertThat(tag(text, "version")).isEqualTo(System.getProperty("dateline.version"));
          assertThat(Files.readString(pom)).contains("<packaging>pom</packaging>");
        } else {
          // A library module, its version managed by the BOM (or given, then the project's).
          libraries++;
          if (text.contains("<version>")) {
            assertThat(tag(text, "version")).isEqualTo(System.getProperty("dateline.version"));
          }
          assertThat(Files.readString(pom)).doesNotContain("<packaging>pom</packaging>");
        }
      }
    }
    assertThat(imports).as("imports of the BOM").isEqualTo(1);
    assertThat(libraries).as("library dependencies").isPositive();
    // The prose names the same group and version as the snippet.
    assertThat(readme)
        .contains("`" + System.getProperty("dateline.groupId") + "`")
        .contains("`" + System.getProperty("dateline.version") + "`");
  }

  private static String tag(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
    assertThat(m.find()).as("<%s> in %s", name, xml).isTrue();
    return m.group(1).strip();
  }
}

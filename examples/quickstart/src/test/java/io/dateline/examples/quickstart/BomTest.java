package io.dateline.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * dateline-bom is what an application imports to get Dateline's artifacts at one version. This
 * module imports it (its pom names cms-core and cms-render without versions, so its build fails
 * when the BOM lacks them); this test checks that the BOM lists every published library module of
 * the reactor and nothing else, so that importing it never changes an application's versions of
 * third-party libraries.
 */
@DisplayName("dateline-bom")
class BomTest {
  private static final Path ROOT =
      Path.of(System.getProperty("dateline.root", "../..")).toAbsolutePath().normalize();

  /**
   * Modules of the root pom that are not published libraries; cms-test-support holds helpers for
   * Dateline's own tests.
   */
  private static final List<String> UNPUBLISHED =
      List.of("dateline-bom", "cms-test-support", "examples", "benchmarks");

  @Test
  @DisplayName("manages exactly the published library modules, at the project's version")
  void managesEveryLibraryModule() throws Exception {
    Document bom = parse(ROOT.resolve("dateline-bom/pom.xml"));
    Element project = bom.getDocumentElement();

    List<String> libraries = new ArrayList<>();
    for (Element module :
        elements(child(parse(ROOT.resolve("pom.xml")).getDocumentElement(), "modules"), "module")) {
      if (!UNPUBLISHED.contains(module.getTextContent().strip())) {
        libraries.add(module.getTextContent().strip());
      }
    }
    assertThat(libraries).contains("cms-core", "cms-site");

    List<String> managed = new ArrayList<>();
    for (Element dependency :
        elements(child(child(project, "dependencyManagement"), "dependencies"), "dependency")) {
      assertThat(text(dependency, "groupId")).isEqualTo(System.getProperty("dateline.groupId"));
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      assertThat(child(dependency, "scope"))
          .as("scope of %s", text(dependency, "artifactId"))
          .isNull();
      managed.add(text(dependency, "artifactId"));
    }
    assertThat(managed).containsExactlyInAnyOrderElementsOf(libraries);
  }

  @Test
  @DisplayName("has no parent, so it brings no other dependency management with it")
  void standsAlone() throws Exception {
    Element project = parse(ROOT.resolve("dateline-bom/pom.xml")).getDocumentElement();

    assertThat(child(project, "parent")).isNull();
    assertThat(text(project, "packaging")).isEqualTo("pom");
    assertThat(text(project, "artifactId")).isEqualTo("dateline-bom");
    assertThat(text(project, "groupId")).isEqualTo(System.getProperty("dateline.groupId"));
    assertThat(text(project, "version")).isEqualTo(System.getProperty("dateline.version"));
    assertThat(child(project, "dependencies")).isNull();
  }

  private static Document parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  /** The first child element of that name, or null. */
  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static List<Element> elements(Element parent, String name) {
    assertThat(parent).isNotNull();
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    assertThat(element).as("<%s> in <%s>", name, parent.getTagName()).isNotNull();
    return element.getTextContent().strip();
  }
}

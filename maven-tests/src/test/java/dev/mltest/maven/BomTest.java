package dev.mltest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The BOM stands alone (no parent), so its versions must be kept equal to the build's by hand. */
class BomTest {

  @Test
  void bomManagesTheJUnitAndTheVersionThatThisBuildUses() throws Exception {
    Path root = BuildSettings.current().reactorRoot();
    Document parent = read(root.resolve("pom.xml"));
    Document bom = read(root.resolve("mltest-bom/pom.xml"));

    assertThat(text(bom, "junit.version")).isEqualTo(text(parent, "junit.version"));
    assertThat(text(bom, "version")).isEqualTo(BuildSettings.current().version());
    String managed =
        bom.getDocumentElement()
            .getElementsByTagName("dependencyManagement")
            .item(0)
            .getTextContent();
    assertThat(managed).contains("junit-bom", "ml-assertions", "ml-test-engine", "ml-test-spark");
    assertThat(bom.getDocumentElement().getElementsByTagName("parent").getLength()).isZero();
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static String text(Document pom, String tag) {
    return pom.getDocumentElement().getElementsByTagName(tag).item(0).getTextContent().strip();
  }
}

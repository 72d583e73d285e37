package dev.mltest.maven;

import java.util.Map;

/** Projects built from the docs' snippets, pasted as they are. */
final class DocsProjects {
  private DocsProjects() {}

  /** Every file that {@code docs/getting-started.md} shows, in a new project. */
  static GeneratedProject gettingStarted(String name) {
    GeneratedProject project = GeneratedProject.create(name);
    for (Map.Entry<String, String> file : page("getting-started.md").files().entrySet()) {
      project.write(file.getKey(), file.getValue());
    }
    return project;
  }

  static DocsSnippets page(String name) {
    return DocsSnippets.of(BuildSettings.current().docs().resolve(name));
  }

  /** The pom with {@code dependency} added as the last of its {@code <dependencies>}. */
  static String addDependency(String pom, String dependency) {
    int at = pom.lastIndexOf("</dependencies>");
    return pom.substring(0, at) + indent(dependency, "    ") + "  " + pom.substring(at);
  }

  /** The pom with {@code plugin} added to {@code <build><plugins>}, created if needed. */
  static String addPlugin(String pom, String plugin) {
    int at = pom.indexOf("</plugins>", pom.indexOf("</pluginManagement>"));
    if (at < 0) {
      int end = pom.indexOf("</build>");
      return pom.substring(0, end)
          + "  <plugins>\n"
          + indent(plugin, "      ")
          + "    </plugins>\n  "
          + pom.substring(end);
    }
    return pom.substring(0, at) + indent(plugin, "      ") + "    " + pom.substring(at);
  }

  private static String indent(String text, String prefix) {
    StringBuilder out = new StringBuilder();
    text.lines().forEach(line -> out.append(prefix).append(line).append('\n'));
    return out.toString();
  }
}

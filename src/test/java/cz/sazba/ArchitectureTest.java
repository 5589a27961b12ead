package cz.sazba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline one-way: every package of the main code may use only the packages listed
 * for it here (docs/architecture.md draws the same picture). Reads the sources' imports and
 * qualified names, so a new reach-back fails the build with the file that does it.
 */
class ArchitectureTest {
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("source", Set.of()),
      Map.entry("env", Set.of("source")),
      Map.entry("model", Set.of("source")),
      Map.entry("manuscript", Set.of("model", "source")),
      Map.entry("transform", Set.of("model", "source")),
      Map.entry("hyphen", Set.of("model")),
      Map.entry("font", Set.of("model")),
      Map.entry("typeset", Set.of("model", "source", "font", "hyphen")),
      Map.entry("pdf", Set.of("typeset", "model", "source", "font")),
      Map.entry("epub", Set.of("model", "source", "font")),
      Map.entry("pipeline", Set.of("manuscript", "transform", "typeset", "pdf", "epub", "font", "hyphen", "model", "source", "env")),
      Map.entry("preview", Set.of()),
      Map.entry("wikipedia", Set.of("model")),
      Map.entry("cli", Set.of("pipeline", "preview", "wikipedia", "source", "env")));

  private static final Pattern REFERENCE = Pattern.compile("\\bcz\\.sazba\\.([a-z]+)\\b");

  @Test
  void dependenciesPointOneWay() throws IOException {
    Path main = Path.of(System.getProperty("sazba.projectDir", ".")).resolve("src/main/java/cz/sazba");
    List<String> violations = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String pkg = main.relativize(f).getName(0).toString();
        seen.add(pkg);
        Set<String> allowed = ALLOWED.get(pkg);
        assertTrue(allowed != null, "package cz.sazba." + pkg + " is not in the architecture table: add it here and to docs/architecture.md");
        Matcher m = REFERENCE.matcher(Files.readString(f));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(pkg) && !allowed.contains(used)) {
            violations.add(main.relativize(f) + " uses cz.sazba." + used);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
    assertEquals(ALLOWED.keySet(), seen, "every package in the table exists");
  }
}

package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project and its test inputs are, and golden-file comparison with regeneration. */
final class TestFiles {
  private TestFiles() {}

  static Path projectDir() {
    String dir = System.getProperty("sazba.projectDir");
    return (dir == null ? Path.of("") : Path.of(dir)).toAbsolutePath();
  }

  static Path resources() {
    return projectDir().resolve("src/test/resources/cz/sazba/manuscript");
  }

  static boolean updating() {
    return Boolean.getBoolean("sazba.updateGoldens");
  }

  /** Compares with the golden file, or rewrites it under -Dsazba.updateGoldens=true. */
  static void assertGolden(Path golden, String actual) throws IOException {
    if (updating()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "<missing " + golden + ">";
    assertEquals(expected, actual, "differs from " + golden + " (regenerate with -Dsazba.updateGoldens=true and review the diff)");
  }
}

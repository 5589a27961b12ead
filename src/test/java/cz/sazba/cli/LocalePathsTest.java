package cz.sazba.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manuscript folder and an output folder with Czech letters, built by a real {@code java}
 * process under LANG=C (where Java's file-name encoding is ASCII and Sazba starts itself again
 * under C.UTF-8) and under tr_TR.UTF-8: both build, and the books are byte-identical.
 */
class LocalePathsTest {
  @Test
  void czechPathsBuildUnderEveryLocale(@TempDir Path tmp) throws Exception {
    Path manuscript = tmp.resolve("kniha-žluťoučký kůň");
    Files.createDirectories(manuscript);
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/cz/sazba/hostile/base"))) {
      for (Path p : (Iterable<Path>) files::iterator) Files.copy(p, manuscript.resolve(p.getFileName()));
    }
    // A chapter file with a Czech name, too: the directory listing must decode it.
    Files.writeString(manuscript.resolve("02-úvaha.md"), "# Úvaha\n\nText.\n", StandardCharsets.UTF_8);
    byte[] first = null;
    for (String locale : new String[] {"C", "tr_TR.UTF-8", "C.UTF-8"}) {
      Path out = tmp.resolve("výstup-" + locale);
      ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(), manuscript.toString(), "-o", out.toString(), "-q")
          .redirectErrorStream(true);
      pb.environment().put("LANG", locale);
      pb.environment().put("LC_ALL", locale);
      pb.environment().remove("SOURCE_DATE_EPOCH");
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), locale + ": " + output);
      byte[] pdf = Files.readAllBytes(out.resolve("a-small-hostile-book.pdf"));
      if (first == null) first = pdf;
      else assertArrayEquals(first, pdf, "the same PDF under " + locale);
      assertTrue(Files.size(out.resolve("a-small-hostile-book.epub")) > 0);
    }
  }

}

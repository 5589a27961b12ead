package cz.sazba.wikipedia;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Severity;
import cz.sazba.testing.ArticleText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged Parsoid HTML (cut short, elements removed, data-mw broken, attributes swapped) never
 * makes the importer throw anything but its own plain-sentence failure, and whatever it writes
 * Sazba reads without an error. The same input gives the same bytes whatever the locale or
 * time zone.
 */
class ImportRobustnessTest {
  private static final Path FIXTURES = ArticleText.projectDir().resolve("src/test/resources/cz/sazba/wikipedia");
  private static final List<String> FIXTURES_NAMES = List.of("first-book.html", "figures-table.html", "czech.html", "templates.html");

  @TempDir
  Path tmp;

  @Test
  void damagedHtmlGivesAManuscriptSazbaReadsOrAPlainFailure() throws Exception {
    Random random = new Random(13);
    int written = 0;
    int refused = 0;
    for (String name : FIXTURES_NAMES) {
      String html = Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8);
      for (int trial = 0; trial < 12; trial++) {
        String damaged = damage(html, random, trial);
        Path in = tmp.resolve(name + "-" + trial + ".html");
        Files.writeString(in, damaged, StandardCharsets.UTF_8);
        Path out = tmp.resolve(name + "-" + trial);
        try {
          WikiImporter.fromFile(in, out, WikiImporter.Options.defaults().withRefs(trial % 2 == 0 ? RefStyle.CITATIONS : RefStyle.NOTES));
        } catch (WikiImportException e) {
          refused++;
          continue;
        }
        written++;
        Diagnostics d = new Diagnostics();
        ManuscriptReader.read(out, d);
        List<String> errors = new ArrayList<>();
        for (Diagnostic x : d.sorted()) if (x.severity() == Severity.ERROR) errors.add(x.format());
        assertEquals(List.of(), errors, name + " trial " + trial + ":\n"
            + Files.readString(out.resolve(ManuscriptFiles.CHAPTER), StandardCharsets.UTF_8));
      }
    }
    assertEquals(48, written + refused);
    assertEquals(true, written > 30, "most damaged pages still import: " + written);
  }

  private static String damage(String html, Random random, int trial) {
    switch (trial % 4) {
      case 0: {
        int cut = html.length() / 3 + random.nextInt(html.length() * 2 / 3);
        return html.substring(0, cut);
      }
      case 1: {
        // Remove a few closing tags.
        String s = html;
        for (int k = 0; k < 6; k++) {
          int at = s.indexOf("</", random.nextInt(s.length()));
          if (at < 0) continue;
          int end = s.indexOf('>', at);
          if (end > 0) s = s.substring(0, at) + s.substring(end + 1);
        }
        return s;
      }
      case 2:
        // Broken JSON in every data-mw, references that point nowhere.
        return html.replace("data-mw='{", "data-mw='{,").replace("data-mw=\"{", "data-mw=\"{,")
            .replace("mw-reference-text-cite_note", "gone");
      default:
        // Attributes moved to other elements.
        return html.replace("typeof=\"mw:Extension/ref\"", "typeof=\"mw:File/Thumb\"").replace("<h2 id=", "<h2 lang=\"xx-invalid\" id=")
            .replace("<p id=", "<p lang=\"cs\" id=").replace("class=\"new\"", "class=\"infobox\"");
    }
  }

  @Test
  void theSameRevisionGivesTheSameBytesInAnyLocaleAndTimeZone() throws Exception {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      List<byte[]> runs = new ArrayList<>();
      String[][] settings = {{"en-US", "UTC"}, {"cs-CZ", "Pacific/Kiritimati"}, {"tr-TR", "America/St_Johns"}};
      for (String[] s : settings) {
        Locale.setDefault(Locale.forLanguageTag(s[0]));
        TimeZone.setDefault(TimeZone.getTimeZone(s[1]));
        Path out = tmp.resolve("det-" + s[0]);
        WikiImporter.fromFile(FIXTURES.resolve("templates.html"), out, WikiImporter.Options.defaults());
        runs.add((Files.readString(out.resolve("metadata.yaml")) + Files.readString(out.resolve(ManuscriptFiles.CHAPTER)))
            .getBytes(StandardCharsets.UTF_8));
      }
      assertArrayEquals(runs.get(0), runs.get(1));
      assertArrayEquals(runs.get(0), runs.get(2));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}

package cz.sazba.wikipedia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Block;
import cz.sazba.model.Document;
import cz.sazba.model.Inline;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text escaped by {@link Markdown} reads back as the same characters in pandoc
 * ({@code -t native}) and in Sazba: no character starts markup, {@code \ } is never made by
 * accident (pandoc reads it as a no-break space), two hyphens stay two hyphens.
 */
class MarkdownEscapeTest {
  /** Each is one paragraph's text; white space runs are one space in both readers. */
  private static final List<String> TEXTS = List.of(
      "a\\ b is a backslash and a space, not a no-break space",
      "trailing backslash \\",
      "\\\\ two backslashes",
      "*not emphasis* and _not either_ and **nor this**",
      "[not a link](https://example.org) and [^1] and [@cite] and ![image](x.png)",
      "`not code` and ``double``",
      "<b>not html</b> <https://not.an.autolink> &amp; &copy; &#x41;",
      "# not a heading",
      "## nor this",
      "1. not a list",
      "1) nor this",
      "2024. A year",
      "- not a bullet",
      "+ nor a plus",
      "* nor a star",
      ": not a definition",
      "> not a quote",
      "| not | a | table |",
      "~~not struck~~ H~2~O x^2^",
      "$x$ is not math, $$ nor this $$",
      "@user is not a citation, nor is [-@user]",
      "{#id} {.class} {lang=cs}",
      "two -- hyphens and three --- and four ----",
      "% not a title block",
      "= = =",
      "A. not a letter list",
      "iv) nor a roman one",
      "(1) nor this",
      "the end with two spaces  ",
      "no\u00a0break spaces\u00a0stay",
      "Czech: Příliš žluťoučký kůň úpěl ďábelské ódy „uvozovky“",
      "line\nbreaks\tand\ttabs are spaces");

  private static String expected(String s) {
    return s.replaceAll("[ \\t\\n]+", " ").strip();
  }

  @Test
  void pandocReadsEveryEscapedTextAsWritten() throws Exception {
    assumeTrue(Pandoc.available(), "pandoc is not installed");
    for (String s : TEXTS) {
      String md = Markdown.blockStart(Markdown.text(s).strip());
      // Without smart typography, so quotes and dots are compared as they are.
      String nat = Pandoc.nativeOf(md + "\n", "markdown-smart", Path.of("."));
      assertEquals(expected(s), Pandoc.text(nat).strip(), "pandoc read " + md);
      assertEquals(1, nat.split("\\bPara\\b", -1).length - 1, "one paragraph for " + md + ": " + nat);
    }
  }

  @Test
  void twoHyphensSurviveSmartTypographyInBothReaders(@TempDir Path dir) throws Exception {
    String md = Markdown.text("a -- b --- c");
    if (Pandoc.available()) assertEquals("a -- b --- c", Pandoc.text(Pandoc.nativeOf(md + "\n", "markdown", dir)).strip());
    assertEquals("a -- b --- c", sazbaText(dir, md));
  }

  @Test
  void sazbaReadsEveryEscapedTextAsWritten(@TempDir Path dir) throws Exception {
    for (String s : TEXTS) {
      if (s.contains("\"") || s.contains("'")) continue;
      String md = Markdown.blockStart(Markdown.text(s).strip());
      // Sazba sets ... as an ellipsis (smart typography, as pandoc does by default).
      assertEquals(expected(s), sazbaText(dir, md), "Sazba read " + md);
    }
  }

  private static String sazbaText(Path dir, String paragraph) throws Exception {
    Path m = Files.createTempDirectory(dir, "m");
    Files.writeString(m.resolve("metadata.yaml"), "title: T\nlang: en\n", StandardCharsets.UTF_8);
    Files.writeString(m.resolve("01.md"), paragraph + "\n", StandardCharsets.UTF_8);
    Diagnostics d = new Diagnostics();
    Optional<Document> doc = ManuscriptReader.read(m, d);
    List<String> problems = new ArrayList<>();
    d.sorted().forEach(x -> problems.add(x.format()));
    assertEquals(List.of(), problems, paragraph);
    StringBuilder sb = new StringBuilder();
    for (Block b : doc.orElseThrow().chapters().get(0).blocks()) {
      assertEquals(Paragraph.class, b.getClass(), paragraph);
      for (Inline i : ((Paragraph) b).content()) {
        if (i instanceof Text t) sb.append(t.text());
        else throw new AssertionError("markup in " + paragraph + ": " + i);
      }
    }
    return sb.toString().strip();
  }

  @Test
  void theLicenceFollowsTheRevisionsDate() {
    assertEquals("CC-BY-SA-3.0", Licences.forRevision(Optional.of(Instant.parse("2023-06-06T23:59:59Z"))).id());
    assertEquals("CC-BY-SA-4.0", Licences.forRevision(Optional.of(Instant.parse("2023-06-07T00:00:00Z"))).id());
    assertEquals("CC-BY-SA-3.0", Licences.forRevision(Optional.empty()).id());
    assertEquals(true, Licences.forRevision(Optional.of(Instant.parse("2018-11-16T09:21:00Z"))).gfdlNote().isPresent());
    assertEquals(false, Licences.forRevision(Optional.of(Instant.parse("2024-01-01T00:00:00Z"))).gfdlNote().isPresent());
  }

  @Test
  void citationDatesAsCslTakesThem() {
    assertEquals(Optional.of("2015-06-18"), Citations.date("18 June 2015"));
    assertEquals(Optional.of("2015-06-18"), Citations.date("June 18, 2015"));
    assertEquals(Optional.of("2015-06-18"), Citations.date("2015-06-18"));
    assertEquals(Optional.of("2015-06-18"), Citations.date("18. června 2015"));
    assertEquals(Optional.of("2019-05"), Citations.date("May 2019"));
    assertEquals(Optional.of("1980"), Citations.date("1980"));
    assertEquals(Optional.of("1980"), Citations.date("c. 1980"));
    assertEquals(Optional.empty(), Citations.date("Spring 1980"));
    assertEquals(Optional.of("cs"), Citations.language("Czech"));
    assertEquals(Optional.of("de"), Citations.language("de"));
    assertEquals(Optional.empty(), Citations.language("Klingonish"));
  }
}

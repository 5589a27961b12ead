package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Document;
import cz.sazba.model.ListBlock;
import cz.sazba.model.ListNumbering;
import cz.sazba.model.ListNumbering.Delimiter;
import cz.sazba.model.ListNumbering.Style;
import cz.sazba.model.ModelWalk;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * pandoc's {@code fancy_lists}, {@code startnum} and {@code example_lists}: the sample under
 * {@code fancy-lists/} reads to the lists pandoc 2.17 gives it (start, style and delimiter of
 * each, the items' text, example numbers across both chapter files and the references to them).
 * {@code pandoc-native.txt} beside it is pandoc's own output, made with
 * {@code pandoc -f markdown -t native 01-markers.md 02-czech.md} and committed, so the test needs
 * no pandoc.
 */
class FancyListsTest {
  static Path sample() {
    return TestFiles.resources().getParent().resolve("fancy-lists");
  }

  @Test
  void theSampleReadsToPandocsLists() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Document> doc = ManuscriptReader.read(sample(), diagnostics);
    String problems = diagnostics.sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    assertTrue(doc.isPresent(), problems);
    assertTrue(diagnostics.sorted().isEmpty(), problems);
    assertEquals(Skeleton.ofPandocNative(sample(), "en-US"), Skeleton.ofDocument(doc.get()));
  }

  @Test
  void theLabelsAreWrittenInTheirStyle() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Document doc = ManuscriptReader.read(sample(), diagnostics).orElseThrow();
    List<String> labels = new ArrayList<>();
    for (cz.sazba.model.Chapter c : doc.chapters()) {
      ModelWalk.forEachBlock(c.blocks(), b -> {
        if (b instanceof ListBlock l && l.ordered()) {
          List<String> one = new ArrayList<>();
          for (int i = 0; i < l.items().size(); i++) one.add(l.label(i));
          labels.add(String.join(" ", one));
        }
      });
    }
    assertEquals("a) b) c)", labels.get(0));
    assertEquals("(iv) (v) (vi)", labels.get(1));
    assertEquals("A. B.", labels.get(2));
    assertEquals("I. II.", labels.get(3));
    assertTrue(labels.contains("Z) AA)"), labels.toString());
    assertTrue(labels.contains("XIV) XV)"), labels.toString());
    // Examples are numbered through the book: the second chapter's go on at 3.
    assertTrue(labels.contains("(1) (2)") && labels.contains("(3) (4)"), labels.toString());
  }

  /**
   * {@code example-lists/}: an example list inside an example item, and a label used twice. Its
   * {@code pandoc-native.txt} is {@code pandoc -f markdown -t native 01-examples.md}.
   */
  static Path examples() {
    return TestFiles.resources().getParent().resolve("example-lists");
  }

  @Test
  void examplesInsideAnExampleAreNumberedInReadingOrderAsPandocDoes() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Document doc = ManuscriptReader.read(examples(), diagnostics).orElseThrow();
    // pandoc's lists start where its reading order says (the inner list at 2, the next list at
    // 6) and its references name the same numbers (@after is 4).
    assertEquals(Skeleton.ofPandocNative(examples(), "en-US"), Skeleton.ofDocument(doc));
    List<String> labels = new ArrayList<>();
    ModelWalk.forEachBlock(doc.chapters().get(0).blocks(), b -> {
      if (b instanceof ListBlock l && l.ordered()) {
        List<String> one = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) one.add(l.label(i));
        labels.add(String.join(" ", one));
      }
    });
    // The outer item after the nested list is set as the number its label names, (4); pandoc's
    // writers count it on from the list's start and print (2) beside a reference that says 4.
    assertEquals(List.of("(1) (4) (5)", "(2) (3)", "(6) (7)", "8. 10.", "9."), labels);
  }

  @Test
  void anExampleLabelUsedTwiceNamesTheLaterItemWithAWarningThere() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    ManuscriptReader.read(examples(), diagnostics).orElseThrow();
    List<Diagnostic> all = diagnostics.sorted();
    assertEquals(1, all.size(), all.toString());
    Diagnostic d = all.get(0);
    assertEquals("example-label-duplicate", d.code());
    assertEquals(cz.sazba.source.Severity.WARNING, d.severity());
    // The second (@good), on line 15, column 1: the marker itself.
    assertTrue(d.span().location().endsWith("/01-examples.md:15:1"), d.span().location());
    assertEquals("(@good)", d.span().file().text().substring(d.span().start(), d.span().end()));
    assertTrue(d.message().contains("example (6) at ")
        && d.message().contains("01-examples.md:14:1") && d.message().contains("(7)"), d.message());
    assertTrue(d.hint().isPresent(), d.format());
  }

  @Test
  void numbersInEveryStyle() {
    assertEquals("xxviii.", new ListNumbering(28, Style.LOWER_ROMAN, Delimiter.PERIOD).label(0));
    assertEquals("(MCMXCIX)", new ListNumbering(1999, Style.UPPER_ROMAN, Delimiter.TWO_PARENS).label(0));
    assertEquals("z) aa) ab)", String.join(" ", List.of(new ListNumbering(26, Style.LOWER_ALPHA, Delimiter.ONE_PAREN).label(0),
        new ListNumbering(26, Style.LOWER_ALPHA, Delimiter.ONE_PAREN).label(1),
        new ListNumbering(26, Style.LOWER_ALPHA, Delimiter.ONE_PAREN).label(2))));
    assertEquals("ZZ.", new ListNumbering(702, Style.UPPER_ALPHA, Delimiter.PERIOD).label(0));
    assertEquals("AAA.", new ListNumbering(703, Style.UPPER_ALPHA, Delimiter.PERIOD).label(0));
    assertEquals("4000.", new ListNumbering(4000, Style.UPPER_ROMAN, Delimiter.PERIOD).label(0));
    assertEquals("7.", new ListNumbering(7, Style.DEFAULT, Delimiter.DEFAULT).label(0));
    assertEquals("(7)", new ListNumbering(7, Style.EXAMPLE, Delimiter.DEFAULT).label(0));
    assertEquals("0.", new ListNumbering(0, Style.LOWER_ALPHA, Delimiter.PERIOD).label(0));
  }

  @Test
  void markersAsPandocReadsThem() {
    assertEquals(new ListMarker(22, Style.LOWER_ALPHA, Delimiter.PERIOD, null, 2), ListMarker.first("v. x", 0));
    assertEquals(new ListMarker(4, Style.LOWER_ROMAN, Delimiter.PERIOD, null, 3), ListMarker.first("iv. x", 0));
    assertEquals(new ListMarker(1, Style.LOWER_ROMAN, Delimiter.ONE_PAREN, null, 2), ListMarker.first("i) x", 0));
    assertEquals(new ListMarker(0, Style.EXAMPLE, Delimiter.TWO_PARENS, "dobrý", 8), ListMarker.first("(@dobrý) x", 0));
    assertEquals(null, ListMarker.first("B. Russell", 0));
    assertEquals(null, ListMarker.first("I. Kant", 0));
    assertEquals(new ListMarker(2, Style.UPPER_ROMAN, Delimiter.PERIOD, null, 3), ListMarker.first("II. two", 0));
    assertEquals(new ListMarker(1, Style.UPPER_ALPHA, Delimiter.PERIOD, null, 2), ListMarker.first("A.\tx", 0));
    assertEquals(null, ListMarker.first("p. 5", 0));
    assertEquals(null, ListMarker.first("iv.x", 0));
    assertEquals(null, ListMarker.first("ab) x", 0));
    // In a letter list i is a letter, in a roman one v is five.
    assertEquals(9, ListMarker.continuing("i. x", 0, Style.LOWER_ALPHA, Delimiter.PERIOD).number());
    assertEquals(5, ListMarker.continuing("v. x", 0, Style.LOWER_ROMAN, Delimiter.PERIOD).number());
    assertEquals(null, ListMarker.continuing("b) x", 0, Style.LOWER_ALPHA, Delimiter.PERIOD));
    assertEquals(Style.DEFAULT, ListMarker.continuing("#. x", 0, Style.UPPER_ROMAN, Delimiter.PERIOD).style());
    assertEquals(4, ListMarker.roman("iiii", false));
    assertEquals(0, ListMarker.roman("vx", false));
    assertEquals(0, ListMarker.roman("Iv", true));
  }
}

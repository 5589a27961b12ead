package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Book;
import cz.sazba.testing.EpubCheckRunner;
import cz.sazba.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fancy-lists sample as an EPUB: EPUBCheck finds nothing; a list of letters or roman numerals
 * with full stops is an {@code <ol start type>} the reader numbers, one with brackets or of
 * examples writes its labels as text in a list whose own numbers the style sheet hides.
 */
class FancyListsEpubTest {
  static byte[] epub;
  static String xhtml;
  static String css;

  @BeforeAll
  static void write() {
    Book book = Samples.book(Samples.dir("fancy-lists"));
    epub = EpubWriter.write(book, SampleBook.fonts(), EpubValidationTest.MODIFIED, List.of());
    EpubFiles files = EpubFiles.of(epub);
    xhtml = files.data.keySet().stream().filter(n -> n.endsWith(".xhtml")).sorted().map(files::text).reduce("", String::concat);
    css = files.data.keySet().stream().filter(n -> n.endsWith(".css")).map(files::text).reduce("", String::concat);
  }

  @Test
  void epubCheckFindsNothing() {
    List<String> problems = EpubCheckRunner.problems(epub);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void fullStopListsAreNumberedByTheReader() {
    assertTrue(xhtml.contains("<ol type=\"A\">\n<li><p>one</p>"), xhtml);
    assertTrue(xhtml.contains("<ol type=\"I\">\n<li><p>Upper roman</p>"), xhtml);
    assertTrue(xhtml.contains("<ol start=\"22\" type=\"a\">"), xhtml);
    // A decimal list is written as before: no type.
    assertTrue(xhtml.contains("<ol>\n<li><p>decimal</p>"), xhtml);
  }

  @Test
  void bracketListsWriteTheirLabels() {
    assertTrue(xhtml.contains("<ol class=\"marked\" type=\"a\">\n<li><p><span class=\"label\">a) </span>the first</p>"), xhtml);
    assertTrue(xhtml.contains("<ol class=\"marked\" start=\"4\" type=\"i\">\n<li><p><span class=\"label\">(iv) </span>four</p>"),
        xhtml);
    assertTrue(xhtml.contains("<span class=\"label\">AA) </span>and the next one"), xhtml);
    assertTrue(xhtml.contains("<ol class=\"marked\" start=\"3\">\n<li><p><span class=\"label\">(3) </span>Třetí příklad"), xhtml);
    assertTrue(xhtml.contains("Příklad (4) a příklad (2) z první kapitoly."), xhtml);
    assertFalse(xhtml.contains("\uFDD0"), "no stand-in letter is left");
    assertTrue(css.contains("ol.marked { list-style-type: none; }"), css);
  }

  /**
   * Examples numbered in reading order (the example-lists sample): the item after a nested list
   * says its own number, as text in a marked list and as {@code <li value>} in one the reader numbers.
   */
  @Test
  void anExampleAfterANestedListKeepsItsNumber() {
    Book book = Samples.book(Samples.dir("example-lists"));
    byte[] examples = EpubWriter.write(book, SampleBook.fonts(), EpubValidationTest.MODIFIED, List.of());
    EpubFiles files = EpubFiles.of(examples);
    String text = files.data.keySet().stream().filter(n -> n.endsWith(".xhtml")).sorted().map(files::text)
        .reduce("", String::concat);
    assertTrue(text.contains("<li><p><span class=\"label\">(4) </span>The outer example after them.</p>"), text);
    assertTrue(text.contains("Numbers in reading order: 1, 2, 4."), text);
    assertTrue(text.contains("<ol start=\"8\">\n<li value=\"8\"><p>An example with a full stop.</p>"), text);
    assertTrue(text.contains("<li value=\"10\"><p>The one after it.</p>"), text);
    // A list that runs on from its start has no values.
    assertTrue(text.contains("<ol class=\"marked\" start=\"2\">\n<li><p><span class=\"label\">(2) </span>"), text);
    List<String> problems = EpubCheckRunner.problems(examples);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}

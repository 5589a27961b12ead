package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Book;
import cz.sazba.testing.EpubCheckRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prose sample (every construct of the prose in English and Czech), read and transformed as
 * the pipeline does, becomes an EPUB that EPUBCheck finds nothing wrong with, and each construct
 * is in it as the element it is.
 */
class ProseEpubTest {
  private static final Path SAMPLE = cz.sazba.testing.Samples.dir("prose");

  static Book book() {
    return cz.sazba.testing.Samples.book(SAMPLE);
  }

  private static EpubFiles files() {
    return EpubFiles.of(EpubWriter.write(book(), SampleBook.fonts(), EpubValidationTest.MODIFIED, List.of()));
  }

  @Test
  void epubCheckFindsNothing() {
    byte[] epub = EpubWriter.write(book(), SampleBook.fonts(), EpubValidationTest.MODIFIED, List.of());
    String out = System.getProperty("sazba.epub.proseOut");
    if (out != null) {
      try {
        java.nio.file.Files.write(Path.of(out), epub);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
    List<EpubCheckRunner.Finding> counted = EpubCheckRunner.check(epub).stream().filter(EpubCheckRunner.Finding::counts).toList();
    assertEquals(List.of(), counted, "EPUBCheck fatal errors, errors and warnings");
  }

  @Test
  void everyConstructIsTheElementItIs() {
    EpubFiles f = files();
    String en = f.text("OEBPS/ch01.xhtml");
    String cs = f.text("OEBPS/ch02.xhtml");
    // Footnotes: marks linked to asides at the end of the file, which link back.
    assertTrue(en.contains("<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" id=\"fn1-ref\" href=\"#fn1\"><sup>1</sup></a>"), en);
    assertTrue(en.contains("<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn1\">"), en);
    assertTrue(en.contains("href=\"#fn1-ref\""), en);
    assertTrue(en.indexOf("<aside") > en.lastIndexOf("<pre>"), "the notes come at the end of the file");
    // Headings 1-6 with their section numbers; unnumbered ones without.
    for (int level = 1; level <= 6; level++) assertTrue(en.contains("<h" + level + " "), "h" + level);
    assertTrue(en.contains("<h1 id=\"english\"><span class=\"section-number\">1</span> Prose in English</h1>"), en);
    assertTrue(en.contains("<h6 id=\"a-sixth-level\"><span class=\"section-number\">1.1.1.1.1.1</span>"), en);
    assertTrue(en.contains("<h2 id=\"unnumbered-section\">Unnumbered section</h2>"), en);
    assertTrue(en.contains("<hr/>"));
    assertTrue(en.contains("<span class=\"smallcaps\">small capitals</span>"));
    assertTrue(en.contains("<dl>\n<dt>Term one</dt>\n<dd><p>Its definition.</p>\n</dd>"), en);
    assertTrue(en.contains("<pre><code class=\"language-python\">def hello():\n    print(&quot;Hello, world&quot;)  # spaces kept</code></pre>")
        || en.contains("<pre><code class=\"language-python\">def hello():\n    print(\"Hello, world\")  # spaces kept</code></pre>"), en);
    assertTrue(en.contains("<del>struck out</del>") && en.contains("2<sup>10</sup>") && en.contains("H<sub>2</sub>O"), en);
    assertTrue(en.contains("<code>inline code</code>"));
    // Smart typography in English; a link to the other chapter file is internal.
    assertTrue(en.contains("\u201CSmart\u201D typography: it\u2019s the reader\u2019s \u2018own\u2019 choice \u2013 or so they say \u2014 and then\u2026"), en);
    assertTrue(en.contains("href=\"ch02.xhtml#cesky\""), en);
    // Czech quotes in the Czech passage, the Czech div, the HTML wrapper and span.
    assertTrue(cs.contains("\u201Euvozovky\u201C a\u00A0\u201Ajednoduch\u00E9\u2018"), cs);
    assertTrue(cs.contains("<div lang=\"cs\" xml:lang=\"cs\">"), cs);
    assertTrue(cs.contains("<span lang=\"en\" xml:lang=\"en\">English words</span>"), cs);
    // A new chapter at each level-1 heading, not at each file; the references under the own heading.
    assertTrue(cs.contains("Continued in another file"), "03-continued.md continues chapter 2");
    String last = f.text("OEBPS/ch03.xhtml");
    assertTrue(last.contains("<section epub:type=\"bibliography\""), last);
    assertEquals(1, last.split("<h1").length - 1, "the list is under the manuscript's own References heading");
    String nav = f.text("OEBPS/nav.xhtml");
    assertTrue(nav.contains("1.1.1 A third level") && !nav.contains("A fourth level"), "toc-depth: 3\n" + nav);
  }
}

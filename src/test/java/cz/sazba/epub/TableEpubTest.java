package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.manuscript.ManuscriptReader;
import cz.sazba.model.Book;
import cz.sazba.model.Lang;
import cz.sazba.model.Paragraph;
import cz.sazba.model.Table;
import cz.sazba.model.TableCell;
import cz.sazba.model.TableColumn;
import cz.sazba.model.TableRow;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.SourceFile;
import cz.sazba.source.Span;
import cz.sazba.testing.EpubCheckRunner;
import cz.sazba.transform.Transforms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table sample's EPUB: EPUBCheck finds nothing; tables are tables with caption, head and scope. */
class TableEpubTest {
  private static final Path SAMPLE = cz.sazba.testing.Samples.dir("tables");

  static Book book() {
    return cz.sazba.testing.Samples.book(SAMPLE);
  }

  @Test
  void epubCheckFindsNothingAndTablesAreTables() {
    byte[] epub = EpubWriter.write(book(), SampleBook.fonts(), EpubValidationTest.MODIFIED, List.of());
    List<EpubCheckRunner.Finding> counted = EpubCheckRunner.check(epub).stream().filter(EpubCheckRunner.Finding::counts).toList();
    assertEquals(List.of(), counted, "EPUBCheck fatal errors, errors and warnings");
    EpubFiles f = EpubFiles.of(epub);
    String ch1 = f.text("OEBPS/ch01.xhtml");
    assertTrue(ch1.contains("<caption>Table\u00A01: Alignment of the columns, <em>set from the colons</em>.</caption>"), ch1);
    assertTrue(ch1.contains("<thead>\n<tr><th scope=\"col\" class=\"align-right\">Right</th><th scope=\"col\" class=\"align-left\">Left</th>"
        + "<th scope=\"col\">Default</th><th scope=\"col\" class=\"align-center\">Center</th></tr>\n</thead>"), ch1);
    assertTrue(ch1.contains("<td class=\"align-right\">123</td>"), ch1);
    // The grid table's block cells keep their lists and paragraphs.
    assertTrue(ch1.contains("<td>\n<ul>\n<li><p>built-in wrapper</p>\n</li>"), ch1);
    assertTrue(ch1.contains("<p>One a day, they say.</p>"), ch1);
    assertTrue(ch1.contains("<pre><code>eat(apple);</code></pre>"), ch1);
    // Widths from the separator line of the long-row table: 6 and 24 characters.
    assertTrue(ch1.contains("<colgroup><col style=\"width: 20.0%\"/><col style=\"width: 80.0%\"/></colgroup>"), ch1);
    // The book is English: its Czech table is "Table 4" too.
    assertTrue(ch1.contains("<caption>Table\u00A04: Ceny ovoce na trhu v\u00A0Brně</caption>"), ch1);
    String ch2 = f.text("OEBPS/ch02.xhtml");
    assertEquals(151, ch2.split("<tr>", -1).length - 1, "one header row and 150 body rows");
  }

  @Test
  void aCzechBooksNumberedCaptionSaysTabulkaOnce(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("metadata.yaml"), "title: T\nlang: cs\nauthor: A\nrights: © 2026 A\n"
        + "license:\n  id: CC0-1.0\n  name: CC0 1.0 Universal\n  url: https://creativecommons.org/publicdomain/zero/1.0/\n");
    java.nio.file.Files.writeString(dir.resolve("01.md"), "# Ceny\n\n: Ceny ovoce\n\n| Ovoce | Cena |\n|---|--:|\n| jablka | 32 Kč |\n");
    Diagnostics d = new Diagnostics();
    Book book = Transforms.apply(ManuscriptReader.read(dir, d).orElseThrow(() -> new AssertionError(d.sorted().toString())), d);
    String ch = EpubFiles.of(EpubWriter.write(book, SampleBook.fonts(), EpubValidationTest.MODIFIED, List.of()))
        .text("OEBPS/ch01.xhtml");
    assertTrue(ch.contains("<caption>Tabulka\u00A01: Ceny ovoce</caption>"), ch);
    assertTrue(ch.contains("<table>\n<caption>") && !ch.contains("<thead>\n</thead>"), ch);
    assertTrue(ch.contains("<td class=\"align-right\">32\u00A0Kč</td>") || ch.contains("<td class=\"align-right\">32 Kč</td>"), ch);
  }

}

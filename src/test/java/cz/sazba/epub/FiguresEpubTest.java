package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.figures.FiguresModelTest;
import cz.sazba.model.Book;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.EpubCheckRunner;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures sample as an EPUB: EPUBCheck finds nothing; figures, images and metadata as they should be. */
class FiguresEpubTest {
  static byte[] epub;
  static EpubFiles files;

  @BeforeAll
  static void write() {
    Diagnostics d = new Diagnostics();
    Book book = FiguresModelTest.book(FiguresModelTest.SAMPLE, d);
    epub = EpubWriter.write(book, SampleBook.fonts(), EpubValidationTest.MODIFIED, List.of());
    files = EpubFiles.of(epub);
  }

  @Test
  void epubCheckFindsNothing() {
    List<String> problems = EpubCheckRunner.problems(epub);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void eachImageFileIsInTheManifestOnce() {
    String opf = files.text("OEBPS/" + PackageDocument.FILE);
    // icon.png is used twice, the eight figures once each.
    Matcher m = Pattern.compile("<item id=\"img-\\d+\" href=\"images/img-\\d+\\.(png|jpg)\"").matcher(opf);
    int items = 0;
    while (m.find()) items++;
    assertEquals(9, items, opf);
    assertEquals(9, files.data.keySet().stream().filter(n -> n.startsWith("OEBPS/images/")).count());
    assertTrue(opf.contains("<meta property=\"schema:accessMode\">visual</meta>"), opf);
    // The credited picture's author is named as its illustrator (the CC0 one names none).
    assertTrue(opf.contains("<dc:contributor id=\"illustrator-1\">Jana Nováková</dc:contributor>"), opf);
    assertTrue(opf.contains("<meta refines=\"#illustrator-1\" property=\"role\" scheme=\"marc:relators\">ill</meta>"), opf);
    assertFalse(opf.contains("illustrator-2"), opf);
    assertTrue(opf.contains("<meta property=\"schema:accessModeSufficient\">textual</meta>"), opf);
  }

  @Test
  void theAttributionPageCreditsEveryImage() {
    String colophon = files.data.keySet().stream().filter(n -> n.endsWith("colophon.xhtml")).map(files::text)
        .findFirst().orElseThrow();
    assertTrue(colophon.contains("Image credits"), colophon);
    assertTrue(colophon.contains("Figure\u00A04 (images/photo.jpg): \u201CThe valley, photographed\u201D by Jana Nováková"),
        colophon);
    assertTrue(colophon.contains("Licensed under Creative Commons Attribution 4.0 International"), colophon);
    assertTrue(colophon.contains("Changes: cropped to the valley."), colophon);
    assertTrue(colophon.contains("Figure\u00A02 (images/alpha.png): \u201CThe valley without its sea\u201D, no author named"),
        colophon);
    assertTrue(colophon.contains("In the public domain (CC0 1.0 Universal"), colophon);
    assertTrue(colophon.contains("Figure\u00A01 (images/map.png): part of this book's own work"), colophon);
    assertTrue(colophon.contains("(images/icon.png): part of this book's own work"), colophon);
  }

  @Test
  void figuresHaveAltAndNumberedCaptions() {
    String xhtml = files.data.keySet().stream().filter(n -> n.endsWith(".xhtml"))
        .map(files::text).reduce("", String::concat);
    assertTrue(xhtml.contains("<figure id=\"fig:map\">"), xhtml);
    assertTrue(xhtml.contains("alt=\"A map: a pale yellow land"), xhtml);
    assertTrue(xhtml.contains("<figcaption>Figure\u00A01: The valley"), xhtml);
    assertTrue(xhtml.contains("href=\"#fig:map\">Figure\u00A01</a>") || xhtml.contains("#fig:map\">Figure\u00A01</a>"), xhtml);
    assertTrue(xhtml.contains("alt=\"\" class=\"inline-sized\"") || xhtml.contains("alt=\"\" class=\"inline\""), xhtml);
    assertFalse(xhtml.contains("alt=\"The valley"), "the caption is not the alt text");
  }
}

package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Unzip and check: the container, the package document and the content documents. */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class EpubStructureTest {
  static final Instant MODIFIED = Instant.parse("2024-05-01T10:15:30Z");
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  static final String EPUB_NS = "http://www.idpf.org/2007/ops";

  final EpubFiles epub = EpubFiles.of(EpubWriter.write(SampleBook.book(), SampleBook.fonts(), MODIFIED, PageBreaksTest.pages()));

  @Test
  void mimetypeComesFirstStoredWithoutExtraField() {
    ZipEntry first = epub.entries.get(0);
    assertEquals("mimetype", first.getName());
    assertEquals(ZipEntry.STORED, first.getMethod());
    assertNull(first.getExtra());
    assertEquals("application/epub+zip", epub.text("mimetype"));
    for (ZipEntry e : epub.entries) assertNull(e.getExtra(), "no extended timestamps: " + e.getName());
  }

  @Test
  void entriesComeInAFixedOrder() {
    assertEquals(List.of("mimetype", "META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/toc.ncx",
        "OEBPS/style.css", "OEBPS/fonts/text-regular.ttf", "OEBPS/fonts/text-italic.ttf",
        "OEBPS/fonts/text-bold.ttf", "OEBPS/fonts/text-bold-italic.ttf", "OEBPS/cover.png", "OEBPS/cover.xhtml",
        "OEBPS/title.xhtml",
        "OEBPS/colophon.xhtml", "OEBPS/contents.xhtml", "OEBPS/ch01.xhtml", "OEBPS/ch02.xhtml"), new ArrayList<>(epub.data.keySet()));
  }

  @Test
  void containerPointsAtThePackageDocument() {
    Element rootfile = (Element) epub.xml("META-INF/container.xml").getElementsByTagNameNS("*", "rootfile").item(0);
    assertEquals("OEBPS/content.opf", rootfile.getAttribute("full-path"));
    assertEquals("application/oebps-package+xml", rootfile.getAttribute("media-type"));
  }

  @Test
  void fontsAreEmbeddedAsRenamedSubsets() {
    for (EpubFont f : SampleBook.fonts()) {
      byte[] embedded = epub.data.get("OEBPS/fonts/text-" + f.style().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-') + ".ttf");
      assertTrue(embedded.length < f.data().length / 4, f.fileName() + " subset: " + embedded.length + " bytes");
    }
    String css = epub.text("OEBPS/style.css");
    assertTrue(css.contains("font-style: italic;\n  font-weight: bold;\n  src: url(\"fonts/text-bold-italic.ttf\")"), css);
    assertTrue(css.contains("font-family: \"Sazba Text\", serif;"));
    assertFalse(css.contains("Gentium"), "no Reserved Font Name in the style sheet");
  }

  @Test
  void packageDocumentHasTheMetadataTheBookNeeds() {
    String opf = epub.text("OEBPS/content.opf");
    Element pkg = epub.xml("OEBPS/content.opf").getDocumentElement();
    assertEquals("3.0", pkg.getAttribute("version"));
    assertEquals("pub-id", pkg.getAttribute("unique-identifier"));
    assertEquals("en", pkg.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    assertEquals("ltr", pkg.getAttribute("dir"));
    assertTrue(opf.matches("(?s).*<dc:identifier id=\"pub-id\">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}</dc:identifier>.*"), opf);
    for (String expected : List.of(
        "<dc:title id=\"title\">Czechoslovakia\u2013Soviet Union relations</dc:title>",
        "<dc:creator id=\"creator-1\">Wikipedia contributors</dc:creator>",
        "<dc:language>en</dc:language>",
        "<dc:date>2024-05-01</dc:date>",
        "<dc:rights>Licensed under Creative Commons Attribution-ShareAlike 3.0 Unported (https://creativecommons.org/licenses/by-sa/3.0/).</dc:rights>",
        "<dc:source id=\"source\">https://en.wikipedia.org/w/index.php?title=Czechoslovakia%E2%80%93Soviet_Union_relations&amp;oldid=1234567890</dc:source>",
        "<meta property=\"dcterms:modified\">2024-05-01T10:15:30Z</meta>",
        "<link rel=\"cc:license\" href=\"https://creativecommons.org/licenses/by-sa/3.0/\"/>",
        "<meta property=\"schema:accessMode\">textual</meta>",
        "<meta property=\"schema:accessModeSufficient\">textual</meta>",
        "<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>",
        "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>",
        "<meta property=\"schema:accessibilityFeature\">readingOrder</meta>",
        "<meta property=\"schema:accessibilityHazard\">none</meta>",
        "<meta property=\"schema:accessibilitySummary\">",
        "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>",
        "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>",
        "<item id=\"font-bold-italic\" href=\"fonts/text-bold-italic.ttf\" media-type=\"font/ttf\"/>",
        "<item id=\"cover-image\" href=\"cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>",
        "<meta name=\"cover\" content=\"cover-image\"/>",
        "<meta property=\"schema:accessibilityFeature\">alternativeText</meta>",
        "<spine toc=\"ncx\">\n<itemref idref=\"cover\"/>\n<itemref idref=\"d-title\"/>\n<itemref idref=\"d-colophon\"/>\n<itemref idref=\"d-contents\"/>\n"
            + "<itemref idref=\"d-ch01\"/>\n<itemref idref=\"d-ch02\"/>\n</spine>")) {
      assertTrue(opf.contains(expected), "missing " + expected + " in\n" + opf);
    }
    assertFalse(opf.contains("dc:publisher"), "no publisher is known");
  }

  @Test
  void everyContentDocumentHasLanguageAndTitle() {
    for (String name : xhtmlFiles()) {
      Document doc = epub.xml(name);
      Element html = doc.getDocumentElement();
      assertEquals("en", html.getAttribute("lang"), name);
      assertEquals("en", html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), name);
      String title = doc.getElementsByTagNameNS(XHTML_NS, "title").item(0).getTextContent();
      assertFalse(title.isBlank(), name);
    }
    assertEquals("Czechoslovakia\u2013Soviet Union relations",
        epub.xml("OEBPS/ch01.xhtml").getElementsByTagNameNS(XHTML_NS, "title").item(0).getTextContent());
  }

  @Test
  void czechPassagesAreMarkedAndKeepTheirDiacritics() {
    String ch1 = epub.text("OEBPS/ch01.xhtml");
    assertTrue(ch1.contains("<span lang=\"cs\" xml:lang=\"cs\">\u010ceskoslovensk\u00e1 "), ch1);
    assertTrue(ch1.contains("<span lang=\"cs\" xml:lang=\"cs\">\u017dlu\u0165ou\u010dk\u00fd k\u016f\u0148"), ch1);
    assertTrue(ch1.contains("<blockquote>\n<p><span lang=\"cs\""), ch1);
    // Every span with lang carries xml:lang too.
    NodeList spans = epub.xml("OEBPS/ch01.xhtml").getElementsByTagNameNS(XHTML_NS, "span");
    for (int i = 0; i < spans.getLength(); i++) {
      Element s = (Element) spans.item(i);
      assertEquals(s.getAttribute("lang"), s.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }
  }

  @Test
  void inlineFormattingAndEscaping() {
    String ch1 = epub.text("OEBPS/ch01.xhtml");
    assertTrue(ch1.contains("Relations between <em>Czechoslovakia</em> and the <strong>Soviet Union</strong>"), ch1);
    assertTrue(ch1.contains("Quotes \"like these\" &amp; signs &lt;stay&gt; text."), ch1);
    assertTrue(ch1.contains("from 1960 "), ch1);
    assertTrue(ch1.contains(".<br/>See also the <a href=\"ch02.xhtml#references\">references</a>."), ch1);
    assertTrue(ch1.contains("<ol start=\"3\">"), ch1);
    assertTrue(ch1.contains("p.\u00a0158]"), "the no-break space stays a character");
    String ch2 = epub.text("OEBPS/ch02.xhtml");
    assertTrue(ch2.contains("<a href=\"https://example.org/novak?a=1&amp;b=2\">https://example.org/novak?a=1&amp;b=2</a>"), ch2);
  }

  @Test
  void citationsLinkToTheirEntriesAndEntriesLinkBack() {
    String ch1 = epub.text("OEBPS/ch01.xhtml");
    assertTrue(ch1.contains("<a class=\"citation\" epub:type=\"noteref\" role=\"doc-noteref\" id=\"cite-1\" "
        + "href=\"ch02.xhtml#ref-1\">[1, p.\u00a0158]</a>"), ch1);
    assertTrue(ch1.contains("<span class=\"citation\" id=\"cite-3\">[<a epub:type=\"noteref\" role=\"doc-noteref\" "
        + "href=\"ch02.xhtml#ref-1\">1</a>; <a epub:type=\"noteref\" role=\"doc-noteref\" href=\"ch02.xhtml#ref-2\">2, ch.\u00a02</a>]</span>"), ch1);
    String ch2 = epub.text("OEBPS/ch02.xhtml");
    assertTrue(ch2.contains("<section epub:type=\"bibliography\" role=\"doc-bibliography\" aria-labelledby=\"references\">\n"
        + "<h1 id=\"references\">References</h1>\n<ol class=\"references\">"), ch2);
    assertTrue(ch2.contains("<li id=\"ref-1\"><span class=\"number\">[1]</span> Smith"), ch2);
    assertTrue(ch2.contains("<a class=\"backlink\" role=\"doc-backlink\" href=\"ch01.xhtml#cite-1\" aria-label=\"Back to citation 1\">\u21911</a>"), ch2);
    assertTrue(ch2.contains("<a class=\"backlink\" role=\"doc-backlink\" href=\"ch01.xhtml#cite-3\" aria-label=\"Back to citation 2\">\u21912</a>"), ch2);
  }

  @Test
  void divisionsSayWhatTheyAre() {
    assertTrue(epub.text("OEBPS/title.xhtml").contains("<section epub:type=\"titlepage\""));
    assertTrue(epub.text("OEBPS/title.xhtml").contains("<h1 class=\"title\">Czechoslovakia\u2013Soviet Union relations</h1>"));
    assertTrue(epub.text("OEBPS/colophon.xhtml").contains("<section epub:type=\"copyright-page\""));
    assertTrue(epub.text("OEBPS/contents.xhtml").contains("<nav epub:type=\"toc\" role=\"doc-toc\""));
    assertTrue(epub.text("OEBPS/ch01.xhtml").contains("<body epub:type=\"bodymatter\">\n<section epub:type=\"chapter\" "
        + "role=\"doc-chapter\" aria-labelledby=\"relations\">"));
  }

  @Test
  void navigationMirrorsTheHeadings() {
    String nav = epub.text("OEBPS/nav.xhtml");
    assertTrue(nav.contains("<ol>\n<li><a href=\"ch01.xhtml#relations\">Czechoslovakia\u2013Soviet Union relations</a>\n"
        + "<ol>\n<li><a href=\"ch01.xhtml#history\">History</a>\n<ol>\n<li><a href=\"ch01.xhtml#prague-spring\">"
        + "The Prague Spring and <span lang=\"cs\" xml:lang=\"cs\">normalizace</span></a></li>\n</ol>\n</li>\n</ol>\n</li>\n"
        + "<li><a href=\"ch02.xhtml#references\">References</a></li>\n</ol>"), nav);
    assertTrue(nav.contains("<a epub:type=\"titlepage\" href=\"title.xhtml\">"));
    assertTrue(nav.contains("<a epub:type=\"toc\" href=\"contents.xhtml\">"));
    assertTrue(nav.contains("<a epub:type=\"bodymatter\" href=\"ch01.xhtml\">"));
    String ncx = epub.text("OEBPS/toc.ncx");
    String id = epub.text("OEBPS/content.opf").replaceAll("(?s).*<dc:identifier id=\"pub-id\">([^<]*)<.*", "$1");
    assertTrue(ncx.contains("<meta name=\"dtb:uid\" content=\"" + id + "\"/>"), ncx);
    assertTrue(ncx.contains("<meta name=\"dtb:depth\" content=\"3\"/>"), ncx);
  }

  /** Every link inside the book, in every file, lands on an element that exists. */
  @Test
  void everyInternalLinkResolves() {
    Map<String, Set<String>> ids = new HashMap<>();
    for (String name : xhtmlFiles()) {
      Set<String> found = new HashSet<>();
      NodeList all = epub.xml(name).getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        String id = ((Element) all.item(i)).getAttribute("id");
        if (!id.isEmpty()) assertTrue(found.add(id), "duplicate id " + id + " in " + name);
      }
      ids.put(name.substring("OEBPS/".length()), found);
    }
    int checked = 0;
    for (String name : xhtmlFiles()) {
      NodeList links = epub.xml(name).getElementsByTagNameNS(XHTML_NS, "a");
      for (int i = 0; i < links.getLength(); i++) {
        String href = ((Element) links.item(i)).getAttribute("href");
        if (href.startsWith("http")) continue;
        String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        assertTrue(ids.containsKey(file), name + ": link to missing file " + href);
        if (href.contains("#")) {
          assertTrue(ids.get(file).contains(href.substring(href.indexOf('#') + 1)), name + ": dangling " + href);
        }
        checked++;
      }
    }
    assertTrue(checked > 20, "checked " + checked + " links");
    // The backlinks point at the citations: their ids are in chapter 1.
    assertTrue(ids.get("ch01.xhtml").containsAll(List.of("cite-1", "cite-2", "cite-3")));
    Element noteref = (Element) epub.xml("OEBPS/ch01.xhtml").getElementsByTagNameNS(XHTML_NS, "a").item(0);
    assertEquals("noteref", noteref.getAttributeNS(EPUB_NS, "type"));
  }

  private List<String> xhtmlFiles() {
    return epub.data.keySet().stream().filter(n -> n.endsWith(".xhtml")).toList();
  }
}

package cz.sazba.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Book;
import cz.sazba.source.Diagnostics;
import cz.sazba.testing.Samples;
import cz.sazba.testing.VeraPdf;
import cz.sazba.typeset.Typesetter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The fancy-lists sample (letters, roman numerals, brackets, examples) typeset: the labels are
 * printed as pandoc numbers them, each one is the text of its item's {@code Lbl}, a long label
 * widens its list's hang instead of running into the margin, and veraPDF finds no failed rule of
 * PDF/A-2u or PDF/UA-1.
 */
class FancyListsPdfTest {
  static byte[] pdf;

  @BeforeAll
  static void write() {
    VeraGreenfieldFoundryProvider.initialise();
    Diagnostics d = new Diagnostics();
    Book book = Samples.book(Samples.dir("fancy-lists"), d);
    var result = Typesetter.typeset(book, FontSet.bundled(), d).orElseThrow(() -> new AssertionError(d.sorted().toString()));
    assertFalse(d.hasErrors(), d.sorted().toString());
    pdf = PdfWriter.write(result.book(), Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void isPdfA2uAndUa1() throws Exception {
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
      List<String> failures = VeraPdf.failedRules(pdf, flavour);
      assertTrue(failures.isEmpty(), flavour + " failed rules:\n" + String.join("\n", failures));
    }
  }

  @Test
  void theTextLayerShowsTheLabels() throws Exception {
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("[ \n]+", " ");
    }
    for (String s : List.of("a) the first", "b) the second", "(iv) four", "(vi) six", "A. one", "B. two", "I. Upper roman",
        "II. and on", "v. a letter", "Z) the last letter", "AA) and the next one", "XIV) fourteen", "(1) The first example.",
        "(2) A good one.", "As (2) shows, and 2 again.", "(3) Třetí příklad", "(4) A tento má jméno.",
        "Příklad (4) a příklad (2) z první kapitoly.", "(ii) druhá", "(xviii) eighteen", "A. Russell wrote")) {
      assertTrue(text.contains(s), s + " in:\n" + text);
    }
  }

  /** The widest label, (xviii), starts no further left than the heading (the text block's edge): the hang grew for it. */
  @Test
  void aLongLabelStaysInsideTheTextBlock() throws Exception {
    Map<String, Float> lineStarts = new HashMap<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override protected void writeString(String text, List<TextPosition> positions) {
          if (!positions.isEmpty()) lineStarts.putIfAbsent(text.strip(), positions.get(0).getXDirAdj());
        }
      };
      stripper.getText(doc);
    }
    Float paragraph = lineStarts.get("Markers");
    Float label = lineStarts.entrySet().stream().filter(e -> e.getKey().startsWith("(xviii)")).map(Map.Entry::getValue)
        .findFirst().orElse(null);
    assertTrue(paragraph != null && label != null, lineStarts.toString());
    assertTrue(label >= paragraph - 0.01f, "label at " + label + ", text block at " + paragraph);
  }

  @Test
  void eachLblHoldsItsLabel() throws Exception {
    List<String> labels = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
      for (PDPage page : doc.getPages()) {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> byMcid = new HashMap<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) collect(mc, byMcid);
        marked.put(page, byMcid);
      }
      lbls(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), null, marked, labels);
    }
    assertTrue(labels.containsAll(List.of("a)", "b)", "c)", "(iv)", "(v)", "(vi)", "A.", "B.", "I.", "II.", "AA)", "XV)",
        "(1)", "(2)", "(3)", "(4)", "(xviii)", "(xix)")), labels.toString());
    assertEquals(labels.indexOf("(iv)") + 1, labels.indexOf("(v)"), labels.toString());
  }

  private static void collect(PDMarkedContent mc, Map<Integer, String> out) {
    StringBuilder s = new StringBuilder();
    for (Object o : mc.getContents()) {
      if (o instanceof TextPosition t) s.append(t.getUnicode());
      if (o instanceof PDMarkedContent inner) collect(inner, out);
    }
    if (mc.getMCID() >= 0) out.merge(mc.getMCID(), s.toString(), String::concat);
  }

  private static void lbls(List<Object> kids, PDPage page, Map<PDPage, Map<Integer, String>> marked, List<String> out) {
    for (Object k : kids) {
      if (!(k instanceof PDStructureElement e)) continue;
      PDPage at = e.getPage() != null ? e.getPage() : page;
      if ("Lbl".equals(e.getStructureType())) {
        StringBuilder s = new StringBuilder();
        for (Object c : e.getKids()) {
          if (c instanceof Integer mcid && at != null) s.append(marked.get(at).getOrDefault(mcid, ""));
          if (c instanceof PDMarkedContentReference r) {
            PDPage p = r.getPage() != null ? r.getPage() : at;
            s.append(marked.get(p).getOrDefault(r.getMCID(), ""));
          }
        }
        out.add(s.toString());
      } else {
        lbls(e.getKids(), at, marked, out);
      }
    }
  }
}

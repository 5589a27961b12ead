package cz.sazba.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Page-by-page checks on a PDF's text layer (PDFBox text extraction), shared by the tests of
 * figure placement and of long tables.
 */
public final class PdfPages {
  private PdfPages() {}

  /** The extracted text of each page, in order, with no-break spaces read as spaces. */
  public static List<String> text(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc).replace('\u00A0', ' '));
      }
    }
    return pages;
  }

  /** The index of the first page containing {@code phrase}; fails when no page does. */
  public static int firstPageWith(List<String> pages, String phrase) {
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).contains(phrase)) return p;
    }
    throw new AssertionError("no page contains \"" + phrase + "\"");
  }

  /**
   * Asserts that figures 1 to {@code count} each have their caption ("Figure n:") on the page
   * where the text first names them ("Figure n", not "Figure n0") or on the next one, looking
   * from page {@code start} on (so that front matter and the attribution page, which name
   * figures too, are left out when they come before it).
   */
  public static void assertFiguresWithinOnePageOfFirstMention(List<String> pages, int start, int count) {
    for (int n = 1; n <= count; n++) {
      String caption = "Figure " + n + ":";
      String mention = "Figure " + n;
      int captionPage = -1;
      int mentionPage = -1;
      for (int p = start; p < pages.size(); p++) {
        String text = pages.get(p);
        if (captionPage < 0 && text.contains(caption)) captionPage = p;
        if (mentionPage < 0 && containsWord(text.replace(caption, ""), mention)) mentionPage = p;
      }
      assertTrue(captionPage >= 0, "caption of figure " + n + " not found");
      assertTrue(mentionPage >= 0, "no mention of figure " + n);
      assertTrue(captionPage - mentionPage >= 0 && captionPage - mentionPage <= 1,
          "figure " + n + " is on page " + (captionPage + 1) + ", first named on page " + (mentionPage + 1));
    }
  }

  private static boolean containsWord(String text, String phrase) {
    int i = text.indexOf(phrase);
    while (i >= 0) {
      int end = i + phrase.length();
      if (end >= text.length() || !Character.isDigit(text.charAt(end))) return true;
      i = text.indexOf(phrase, i + 1);
    }
    return false;
  }

  /**
   * Asserts that a table whose rows read "n word word d.d0 word" (rows numbered 1 to
   * {@code rows}, as in the samples' long table) has every row whole on one line, in order, and
   * that every page showing one of its rows also shows {@code header}. Returns the indexes of
   * the pages the table covers.
   */
  public static List<Integer> assertLongTableRepeatsHeader(List<String> pages, String header, int rows) {
    List<Integer> covered = new ArrayList<>();
    int expected = 1;
    for (int p = 0; p < pages.size(); p++) {
      String text = pages.get(p);
      boolean any = false;
      for (String line : text.split("\n")) {
        String[] w = line.strip().split(" ");
        if (w.length == 5 && w[0].equals(Integer.toString(expected)) && w[3].matches("\\d+\\.\\d0")) {
          expected++;
          any = true;
        }
      }
      if (any) {
        covered.add(p);
        assertTrue(text.contains(header), "page " + (p + 1) + " has no header:\n" + text);
      }
    }
    assertEquals(rows + 1, expected, "every row of the long table, each whole, in order");
    return covered;
  }
}

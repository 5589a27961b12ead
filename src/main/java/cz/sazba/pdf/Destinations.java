package cz.sazba.pdf;

import cz.sazba.typeset.page.Anchor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;

/**
 * Explicit destinations for anchors: {@code [page /XYZ 0 top null]}, so a link or bookmark opens
 * the page scrolled to the anchor without changing the zoom.
 */
final class Destinations {
  private final Map<String, Anchor> anchors = new TreeMap<>();
  private final List<COSDictionary> pages;

  Destinations(List<Anchor> anchors, List<COSDictionary> pages) {
    for (Anchor a : anchors) this.anchors.putIfAbsent(a.id(), a);
    this.pages = pages;
  }

  /** The destination of an anchor id (without {@code #}). */
  COSArray of(String anchorId) {
    Anchor anchor = anchors.get(anchorId);
    if (anchor == null) throw new IllegalStateException("no anchor \"" + anchorId + "\" was laid out");
    if (anchor.pageIndex() < 0 || anchor.pageIndex() >= pages.size()) {
      throw new IllegalStateException("anchor \"" + anchorId + "\" is on page " + anchor.pageIndex() + ", which does not exist");
    }
    COSArray d = new COSArray();
    d.add(pages.get(anchor.pageIndex()));
    d.add(COSName.getPDFName("XYZ"));
    d.add(COSInteger.ZERO);
    d.add(PdfNumbers.cosPoints(anchor.top()));
    d.add(COSNull.NULL);
    return d;
  }
}

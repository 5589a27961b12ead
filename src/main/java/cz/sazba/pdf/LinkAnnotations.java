package cz.sazba.pdf;

import cz.sazba.typeset.page.LinkArea;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/** Link annotations: invisible (no border), described for screen readers, printable as PDF/A wants. */
final class LinkAnnotations {
  /** Annotation flag Print (bit 3): PDF/A requires it; Hidden, Invisible and NoView stay off. */
  private static final int PRINT = 4;

  private LinkAnnotations() {}

  static COSDictionary of(LinkArea link, COSDictionary page, Destinations destinations) {
    COSDictionary a = new COSDictionary();
    a.setItem(COSName.TYPE, COSName.ANNOT);
    a.setItem(COSName.SUBTYPE, COSName.LINK);
    COSArray rect = new COSArray();
    rect.add(PdfNumbers.cosPoints(link.left()));
    rect.add(PdfNumbers.cosPoints(link.bottom()));
    rect.add(PdfNumbers.cosPoints(link.right()));
    rect.add(PdfNumbers.cosPoints(link.top()));
    a.setItem(COSName.RECT, rect);
    COSArray border = new COSArray();
    border.add(COSInteger.ZERO);
    border.add(COSInteger.ZERO);
    border.add(COSInteger.ZERO);
    a.setItem(COSName.BORDER, border);
    a.setInt(COSName.F, PRINT);
    a.setItem(COSName.CONTENTS, new COSString(link.description()));
    a.setItem(COSName.P, page);

    COSDictionary action = new COSDictionary();
    action.setItem(COSName.TYPE, COSName.getPDFName("Action"));
    if (link.isInternal()) {
      action.setItem(COSName.S, COSName.getPDFName("GoTo"));
      action.setItem(COSName.D, destinations.of(link.href().substring(1)));
    } else {
      action.setItem(COSName.S, COSName.URI);
      action.setItem(COSName.URI, new COSString(asciiUri(link.href())));
    }
    a.setItem(COSName.A, action);
    return a;
  }

  /** URI actions take 7-bit ASCII: non-ASCII characters are percent-encoded as UTF-8. */
  static String asciiUri(String href) {
    try {
      return new URI(href).toASCIIString();
    } catch (URISyntaxException e) {
      StringBuilder s = new StringBuilder();
      for (byte b : href.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
        int c = b & 0xff;
        if (c > 0x20 && c < 0x7f) s.append((char) c);
        else s.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
      return s.toString();
    }
  }
}

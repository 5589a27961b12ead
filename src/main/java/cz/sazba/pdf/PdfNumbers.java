package cz.sazba.pdf;

import cz.sazba.typeset.page.Sp;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;

/**
 * Numbers as they appear in the file: thousandths, written by hand so no locale, exponent or
 * float rounding can change a byte.
 */
final class PdfNumbers {
  private PdfNumbers() {}

  /** Fixed-point sp to thousandths of a point, rounded half up. */
  static long spToMilliPoints(long sp) {
    return Math.floorDiv(sp * 1000 + Sp.PER_POINT / 2, Sp.PER_POINT);
  }

  /** A length in points with at most three decimals, trailing zeros dropped. */
  static String points(long sp) {
    return milli(spToMilliPoints(sp));
  }

  /** {@code value / 1000} with at most three decimals: 10500 becomes "10.5", -250 "-0.25". */
  static String milli(long value) {
    StringBuilder s = new StringBuilder();
    if (value < 0) s.append('-');
    long abs = Math.abs(value);
    s.append(abs / 1000);
    long fraction = abs % 1000;
    if (fraction != 0) {
      String digits = String.valueOf(1000 + fraction).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') end--;
      s.append('.').append(digits, 0, end);
    }
    return s.toString();
  }

  /** A COS number for a value in thousandths: an integer when it is whole. */
  static COSBase cosMilli(long value) {
    if (value % 1000 == 0) return COSInteger.get(value / 1000);
    try {
      return new COSFloat(milli(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static COSBase cosPoints(long sp) {
    return cosMilli(spToMilliPoints(sp));
  }

  /** Font units scaled to the 1000-unit glyph space of PDF fonts, in thousandths. */
  static long glyphSpaceMilli(int fontUnits, int unitsPerEm) {
    return Math.round(fontUnits * 1_000_000.0 / unitsPerEm);
  }
}

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
    return scaled(value, 1000);
  }

  /** {@code value / 1_000_000} with at most five decimals (the rest rounded half away from zero). */
  static String micro(long value) {
    long tens = (Math.abs(value) + 5) / 10;
    return scaled(value < 0 ? -tens : tens, 100_000);
  }

  /** {@code value / unit} written out exactly; {@code unit} a power of ten. */
  private static String scaled(long value, long unit) {
    StringBuilder s = new StringBuilder();
    if (value < 0) s.append('-');
    long abs = Math.abs(value);
    s.append(abs / unit);
    long fraction = abs % unit;
    if (fraction != 0) {
      String digits = String.valueOf(unit + fraction).substring(1);
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

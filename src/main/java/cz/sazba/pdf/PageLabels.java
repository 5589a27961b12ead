package cz.sazba.pdf;

import cz.sazba.typeset.page.Page;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * Page labels (ISO 32000-1, 12.4.2) from the folios: a run of pages numbered 5, 6, 7 becomes one
 * decimal range starting at 5; lower-case roman folios one roman range; any other label is a
 * range of one page with that label as its prefix.
 */
final class PageLabels {
  private PageLabels() {}

  static COSDictionary of(List<Page> pages) {
    COSArray nums = new COSArray();
    String style = null;
    int expected = -1;
    for (int i = 0; i < pages.size(); i++) {
      String label = pages.get(i).label();
      int decimal = decimal(label);
      int roman = decimal < 0 ? Roman.parse(label) : -1;
      String pageStyle = decimal > 0 ? "D" : roman > 0 ? "r" : null;
      int number = decimal > 0 ? decimal : roman;
      if (pageStyle != null && pageStyle.equals(style) && number == expected) {
        expected++;
        continue;
      }
      COSDictionary range = new COSDictionary();
      // No /Type /PageLabel: it is optional (ISO 32000-1, Table 159), and PyMuPDF 1.21 reads the
      // "P" of "PageLabel" as a /P prefix, labelling every page "ageLabel1", "ageLabel2", ...
      if (pageStyle != null) {
        range.setItem(COSName.S, COSName.getPDFName(pageStyle));
        if (number != 1) range.setInt(COSName.ST, number);
        style = pageStyle;
        expected = number + 1;
      } else {
        range.setItem(COSName.P, new COSString(label));
        style = null;
        expected = -1;
      }
      nums.add(COSInteger.get(i));
      nums.add(range);
    }
    COSDictionary tree = new COSDictionary();
    tree.setItem(COSName.NUMS, nums);
    return tree;
  }

  /** The label as a positive number without leading zeros, or -1. */
  private static int decimal(String label) {
    if (label.isEmpty() || label.length() > 9 || label.charAt(0) == '0') return -1;
    for (int i = 0; i < label.length(); i++) {
      if (label.charAt(i) < '0' || label.charAt(i) > '9') return -1;
    }
    return Integer.parseInt(label);
  }

  /** Lower-case roman numerals, written the canonical way only (so "iiii" stays a prefix). */
  static final class Roman {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private Roman() {}

    static String format(int n) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < VALUES.length; i++) {
        while (n >= VALUES[i]) {
          s.append(DIGITS[i]);
          n -= VALUES[i];
        }
      }
      return s.toString();
    }

    static int parse(String label) {
      if (label.isEmpty() || label.length() > 15) return -1;
      int value = 0;
      int at = 0;
      for (int i = 0; i < VALUES.length && at < label.length(); i++) {
        while (label.startsWith(DIGITS[i], at)) {
          value += VALUES[i];
          at += DIGITS[i].length();
        }
      }
      return at == label.length() && value > 0 && format(value).equals(label) ? value : -1;
    }
  }
}

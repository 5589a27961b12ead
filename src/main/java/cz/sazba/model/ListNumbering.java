package cz.sazba.model;

import java.util.List;
import java.util.Locale;

/**
 * How an ordered list is numbered, as pandoc's {@code ListAttributes}: the first item's number,
 * the style of the numbers and what is around them. A list written {@code a)} starts at 1 in
 * {@link Style#LOWER_ALPHA} with {@link Delimiter#ONE_PAREN}; {@code (iv)} starts at 4 in
 * {@link Style#LOWER_ROMAN} with {@link Delimiter#TWO_PARENS}; {@code #.} is
 * {@link Style#DEFAULT} and {@link Delimiter#DEFAULT}, set as {@code 1.}.
 *
 * <p>{@code numbers} are the items' own numbers when they do not run on from {@code start}: an
 * example list whose items hold example lists of their own ({@code (@)} items are numbered in
 * reading order, so the item after a nested list of two is three more than the one before). It is
 * empty when every item is the one before it plus one, which is every other list.
 */
public record ListNumbering(int start, Style style, Delimiter delimiter, List<Integer> numbers) {
  /** pandoc's {@code ListNumberStyle}. */
  public enum Style { DEFAULT, EXAMPLE, DECIMAL, LOWER_ROMAN, UPPER_ROMAN, LOWER_ALPHA, UPPER_ALPHA }

  /** pandoc's {@code ListNumberDelim}. */
  public enum Delimiter { DEFAULT, PERIOD, ONE_PAREN, TWO_PARENS }

  /** {@code 1.} and on: what a list written {@code 1.} is. */
  public static ListNumbering decimal(int start) {
    return new ListNumbering(start, Style.DECIMAL, Delimiter.PERIOD);
  }

  /** A list whose items run on from {@code start}. */
  public ListNumbering(int start, Style style, Delimiter delimiter) {
    this(start, style, delimiter, List.of());
  }

  public ListNumbering {
    if (style == null || delimiter == null) throw new IllegalArgumentException("a list numbering needs a style and a delimiter");
    numbers = runsOn(start, numbers) ? List.of() : List.copyOf(numbers);
  }

  private static boolean runsOn(int start, List<Integer> numbers) {
    for (int i = 0; i < numbers.size(); i++) if (numbers.get(i) != start + i) return false;
    return true;
  }

  /** The item at {@code index}'s number: its own one, else {@code start + index}. */
  public int value(int index) {
    return index < numbers.size() ? numbers.get(index) : start + index;
  }

  /** The item at {@code index}'s number in this style, without delimiters: {@code 3}, {@code c}, {@code iii}. */
  public String number(int index) {
    int n = value(index);
    switch (style) {
      case LOWER_ALPHA: return alpha(n);
      case UPPER_ALPHA: return alpha(n).toUpperCase(Locale.ROOT);
      case LOWER_ROMAN: return roman(n).toLowerCase(Locale.ROOT);
      case UPPER_ROMAN: return roman(n);
      default: return Integer.toString(n);
    }
  }

  /** The item at {@code index}'s label: {@code 3.}, {@code c)}, {@code (iii)}; an example list's {@code (1)}. */
  public String label(int index) {
    String number = number(index);
    switch (delimiter) {
      case ONE_PAREN: return number + ")";
      case TWO_PARENS: return "(" + number + ")";
      case PERIOD: return number + ".";
      default: return style == Style.EXAMPLE ? "(" + number + ")" : number + ".";
    }
  }

  /** Whether the labels are what an HTML {@code <ol type>} shows by itself: a number and a full stop. */
  public boolean plainMarkers() {
    return delimiter == Delimiter.PERIOD || delimiter == Delimiter.DEFAULT && style != Style.EXAMPLE;
  }

  /**
   * Letters as CSS's {@code lower-alpha} and HTML's {@code type="a"} count, which an EPUB shows:
   * a … z, then aa, ab … (bijective base 26). A number below 1 is written in digits.
   */
  static String alpha(int n) {
    if (n < 1) return Integer.toString(n);
    StringBuilder s = new StringBuilder();
    for (int k = n; k > 0; k = (k - 1) / 26) s.append((char) ('a' + (k - 1) % 26));
    return s.reverse().toString();
  }

  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] NUMERALS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

  /** Roman numerals for 1 to 3999 (what CSS's {@code upper-roman} writes); other numbers in digits. */
  static String roman(int n) {
    if (n < 1 || n > 3999) return Integer.toString(n);
    StringBuilder s = new StringBuilder();
    int k = n;
    for (int i = 0; i < VALUES.length; i++) {
      for (; k >= VALUES[i]; k -= VALUES[i]) s.append(NUMERALS[i]);
    }
    return s.toString();
  }
}

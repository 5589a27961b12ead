package cz.sazba.hyphen;

import java.util.Arrays;

/**
 * One pattern such as {@code .as3t3} split into its symbols ({@code .} for a word edge, letters
 * as lower-case code points) and the value in each of the {@code symbols.length + 1} gaps around
 * them (0 where the pattern has no digit).
 */
final class LiangPattern {
  /** The code point that stands for the start or end of a word, as in TeX pattern files. */
  static final int EDGE = '.';

  private final int[] symbols;
  private final byte[] values;

  private LiangPattern(int[] symbols, byte[] values) {
    this.symbols = symbols;
    this.values = values;
  }

  /**
   * Reads one pattern as written in a {@code \patterns} block.
   *
   * @throws IllegalArgumentException with a plain reason when the text is not a valid pattern
   */
  static LiangPattern parse(String text) {
    int[] codePoints = text.codePoints().toArray();
    int[] symbols = new int[codePoints.length];
    byte[] values = new byte[codePoints.length + 1];
    int count = 0;
    boolean digitPending = false;
    for (int cp : codePoints) {
      if (cp >= '0' && cp <= '9') {
        if (digitPending) throw new IllegalArgumentException("two digits in a row");
        values[count] = (byte) (cp - '0');
        digitPending = true;
      } else if (cp == EDGE || Character.isLetter(cp)) {
        // TeX maps pattern letters through \lccode; lower-casing does the same for our files.
        symbols[count++] = cp == EDGE ? EDGE : Character.toLowerCase(cp);
        digitPending = false;
      } else {
        throw new IllegalArgumentException(
            "character U+" + String.format(java.util.Locale.ROOT, "%04X", cp)
                + " is neither a letter, a digit nor '.'");
      }
    }
    int[] trimmed = Arrays.copyOf(symbols, count);
    int letters = 0;
    for (int i = 0; i < count; i++) {
      if (trimmed[i] == EDGE) {
        if (i != 0 && i != count - 1) throw new IllegalArgumentException("'.' inside the pattern");
      } else {
        letters++;
      }
    }
    if (letters == 0) throw new IllegalArgumentException("no letters");
    return new LiangPattern(trimmed, Arrays.copyOf(values, count + 1));
  }

  int[] symbols() {
    return symbols.clone();
  }

  byte[] values() {
    return values.clone();
  }

  /** The symbols without digits: two patterns with the same key are duplicates, as in TeX. */
  String key() {
    return new String(symbols, 0, symbols.length);
  }
}

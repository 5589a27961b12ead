package cz.sazba.hyphen;

import java.util.Arrays;

/**
 * One entry of a {@code \hyphenation} block such as {@code ta-ble}: the word in lower case and
 * the allowed breaks, each given as the number of letters before it.
 */
final class ExceptionWord {
  private final String word;
  private final int[] breaksAfterLetters;

  private ExceptionWord(String word, int[] breaksAfterLetters) {
    this.word = word;
    this.breaksAfterLetters = breaksAfterLetters;
  }

  /**
   * Reads one entry as written in a {@code \hyphenation} block.
   *
   * @throws IllegalArgumentException with a plain reason when the text is not a valid entry
   */
  static ExceptionWord parse(String text) {
    StringBuilder word = new StringBuilder();
    int[] breaks = new int[text.length()];
    int breakCount = 0;
    int letters = 0;
    boolean afterHyphen = true; // a hyphen at the very start is as wrong as two in a row
    for (int cp : text.codePoints().toArray()) {
      if (cp == '-') {
        if (afterHyphen) throw new IllegalArgumentException("hyphen at the start or doubled");
        breaks[breakCount++] = letters;
        afterHyphen = true;
      } else if (Character.isLetter(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
        letters++;
        afterHyphen = false;
      } else {
        throw new IllegalArgumentException(
            "character U+" + String.format(java.util.Locale.ROOT, "%04X", cp)
                + " is neither a letter nor '-'");
      }
    }
    if (letters == 0) throw new IllegalArgumentException("no letters");
    if (afterHyphen) throw new IllegalArgumentException("hyphen at the end");
    return new ExceptionWord(word.toString(), Arrays.copyOf(breaks, breakCount));
  }

  String word() {
    return word;
  }

  int[] breaksAfterLetters() {
    return breaksAfterLetters.clone();
  }
}

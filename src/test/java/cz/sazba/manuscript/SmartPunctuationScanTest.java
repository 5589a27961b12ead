package cz.sazba.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The abbreviation scan and the white-space collapse are char loops for speed; they must do what
 * the regular expressions they replaced did, which are kept here as the oracle.
 */
class SmartPunctuationScanTest {
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?<![^\\s\u00A0])(" + String.join("|", List.of(
          "aet", "aetat", "al", "Apr", "Aug", "bk", "Bros", "c", "Capt", "cf", "ch", "chap", "chs", "Co", "col",
          "Corp", "cp", "d", "Dec", "Dr", "e\\.g", "ed", "eds", "esp", "f", "fasc", "Feb", "ff", "fig", "fl", "fol",
          "fols", "Fr", "Gen", "Gov", "Hon", "i\\.e", "ill", "Inc", "incl", "Jan", "Jr", "Jul", "Jun", "Ltd",
          "M\\.A", "M\\.D", "Mar", "Mr", "Mrs", "Ms", "n", "n\\.b", "nn", "No", "Nov", "Oct", "p", "Ph\\.D", "pp",
          "Pres", "Prof", "pt", "q\\.v", "Rep", "Rev", "s\\.v", "s\\.vv", "saec", "sec", "Sen", "Sep", "Sept",
          "Sgt", "Sr", "St", "univ", "viz", "vol", "vs")) + ")\\. (?=\\S)");

  private static final String[] PIECES = {"Mr", "Mrs", "e.g", "i.e", "Ph.D", "s.vv", "s.v", "aetat", "xaetat", "p", "pp",
      "n.b", "No", "St", "Dr", ".", ". ", " ", "  ", "\u00A0", "\t", "\n", "\r", "\f", "\u000B", "a", "Smith", "x.", "\"",
      "\u2014", "\uD83D\uDE00", "3", "é"};

  @Test
  void abbreviationsAsTheRegularExpression() {
    Random random = new Random(7);
    for (int round = 0; round < 200_000; round++) {
      String s = randomText(random);
      assertEquals(ABBREVIATION.matcher(s).replaceAll("$1.\u00A0"), SmartPunctuation.abbreviations(s), s);
    }
  }

  @Test
  void collapseAsTheRegularExpression() {
    Random random = new Random(11);
    for (int round = 0; round < 200_000; round++) {
      String s = randomText(random);
      assertEquals(s.replaceAll("[ \\t\\n\\r\\f]+", " "), InlineConverter.collapse(s), s);
    }
  }

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(8);
    for (int k = 0; k < n; k++) b.append(PIECES[random.nextInt(PIECES.length)]);
    return b.toString();
  }
}

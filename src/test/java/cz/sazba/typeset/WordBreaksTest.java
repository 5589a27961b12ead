package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Lang;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordBreaksTest {
  private static final Lang EN = new Lang("en-US");
  private static final Lang CS = new Lang("cs");

  private static List<String> pieces(String word, Lang lang, boolean url) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (WordBreaks.Point p : WordBreaks.find(word, lang, url, true)) {
      out.add(word.substring(from, p.index()) + "|" + p.kind().name().charAt(0));
      from = p.index();
    }
    out.add(word.substring(from));
    return out;
  }

  @Test
  void patternsOfTheWordsLanguage() {
    assertEquals(List.of("So|H", "vět|H", "ským"), pieces("Sovětským", CS, false));
    assertEquals(List.of("Czecho|H", "slo|H", "va|H", "kia"), pieces("Czechoslovakia", EN, false));
  }

  @Test
  void aWrittenHyphenIsTheOnlyBreakInACompound() {
    assertEquals(List.of("pro-|H", "German"), pieces("pro-German", EN, false));
    assertEquals(List.of("Marxism-|H", "Leninism"), pieces("Marxism-Leninism", EN, false));
  }

  @Test
  void numbersAndRangesStayWhole() {
    assertEquals(List.of("1949-1991"), pieces("1949-1991", EN, false));
    assertEquals(List.of("1955\u20131991"), pieces("1955\u20131991", EN, false));
    assertEquals(List.of("869086731"), pieces("869086731", EN, false));
  }

  @Test
  void aCitationGluedToAWordLeavesTheWordFreeToBreak() {
    assertEquals(List.of("re|H", "la|H", "tions.[1]"), pieces("relations.[1]", EN, false));
    assertEquals(List.of("Czecho|H", "slo|H", "va|H", "kia[12]"), pieces("Czechoslovakia[12]", EN, false));
  }

  @Test
  void lettersJoinedToDigitsStayWhole() {
    assertEquals(List.of("1950s"), pieces("1950s", EN, false));
    assertEquals(List.of("representatives1"), pieces("representatives1", EN, false));
  }

  @Test
  void aDashBetweenWordsMayEndALine() {
    assertEquals(List.of("Czechoslovakia\u2013|D", "Soviet"), pieces("Czechoslovakia\u2013Soviet", EN, false));
  }

  @Test
  void acronymsAreNotHyphenated() {
    assertEquals(List.of("NKVD"), pieces("NKVD", EN, false));
  }

  @Test
  void urlsBreakAtTheirPunctuationOnly() {
    assertEquals(List.of("https://|U", "www|U", ".ustrc|U", ".cz|U", "/data|U", "/pad1404|U", "/101|U", "-118|U", ".pdf"),
        pieces("https://www.ustrc.cz/data/pad1404/101-118.pdf", EN, true));
  }

  @Test
  void pathsAndIdentifiersBreakBetweenTheirSegmentsWithNothingAdded() {
    assertEquals(List.of("/etc|S", "/apt|S", "/trusted|S", ".gpg"), pieces("/etc/apt/trusted.gpg", EN, false));
    assertEquals(List.of("Aptitude::|S", "Problem|S", "Resolver::|S", "Hints"),
        pieces("Aptitude::ProblemResolver::Hints", EN, false));
    assertEquals(List.of("?name|S", "(apti)|S", "?name|S", "(tude)"), pieces("?name(apti)?name(tude)", EN, false));
    assertEquals(List.of("--reference|S", "-doc"), pieces("--reference-doc", CS, false));
    assertEquals(List.of("max|S", "_line|S", "_length=|S", "100"), pieces("max_line_length=100", EN, false));
    assertEquals(List.of("jan|S", ".novak|S", "@example|S", ".org"), pieces("jan.novak@example.org", CS, false));
  }

  @Test
  void trailingPunctuationStaysWithTheToken() {
    assertEquals(List.of("/etc|S", "/fstab)."), pieces("/etc/fstab).", EN, false));
    assertEquals(List.of("trusted|S", ".gpg,"), pieces("trusted.gpg,", EN, false));
  }

  @Test
  void ordinaryWordsAbbreviationsAndNumbersAreNotTokens() {
    assertEquals(List.of("U.S.S.R."), pieces("U.S.S.R.", EN, false));
    assertEquals(List.of("e.g.,"), pieces("e.g.,", EN, false));
    assertEquals(List.of("3.14159"), pieces("3.14159", EN, false));
    assertEquals(List.of("McCarthy-|H", "era"), pieces("McCarthy-era", EN, false));
    assertEquals(List.of("ko|H", "mu|H", "nis|H", "tic|H", "kou"), pieces("komunistickou", CS, false));
    // a Czech compound keeps its hard hyphen (repeated on the next line)
    assertEquals(List.of("česko-|H", "slovenský"), pieces("česko-slovenský", CS, false));
  }

  @Test
  void aLongStretchWithoutABreakMayBreakBetweenAnyTwoCharacters() {
    List<String> hash = pieces("/objects/3f786850e387550fdab836ed7e6dc881de23001b", EN, false);
    assertEquals("/objects|S", hash.get(0));
    assertEquals("/3f|S", hash.get(1)); // where letters give way to digits
    assertTrue(hash.size() > 8, hash.toString());
    // a long URL stretch as well
    assertTrue(pieces("https://example.org/averyveryverylongname1", EN, true).contains("/av|C"));
  }
}

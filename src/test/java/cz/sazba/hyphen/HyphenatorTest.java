package cz.sazba.hyphen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HyphenatorTest {
  private static final Hyphenator EN_US = Hyphenators.load("hyph-en-us.tex");
  private static final Hyphenator CS = Hyphenators.load("hyph-cs.tex");

  private static Hyphenator compile(String text) {
    return Hyphenator.from(PatternFile.parse("test", text));
  }

  @Test
  void exceptionsOverridePatterns() throws IOException {
    // hyph-en-us lists "present" and "project" without hyphens and "ta-ble"; without that list
    // the patterns alone say otherwise, so the list really decides.
    PatternFile file;
    try (InputStream in = Hyphenators.class.getResourceAsStream("hyph-en-us.tex")) {
      file = PatternFile.parse("en-us", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Hyphenator patternsOnly =
        Hyphenator.from(new PatternFile(file.name(), file.patterns(), List.of(), file.mins()));
    assertNotEquals("present", Hyphenated.of(patternsOnly, "present"));
    assertNotEquals("project", Hyphenated.of(patternsOnly, "project"));
    assertEquals("present", Hyphenated.of(EN_US, "present"));
    assertEquals("project", Hyphenated.of(EN_US, "project"));
    assertEquals("PRESENT", Hyphenated.of(EN_US, "PRESENT"));

    Hyphenator small = compile("\\patterns{1b 1c 1d}\\hyphenation{abc-de}").withMins(mins(1, 1));
    assertEquals("a-b-c-d", Hyphenated.of(small, "abcd"));
    assertEquals("abc-de", Hyphenated.of(small, "abcde"));
    assertEquals("abC-De", Hyphenated.of(small, "abCDe"));
  }

  @Test
  void laterExceptionForTheSameWordWins() {
    Hyphenator h = compile("\\patterns{1b}\\hyphenation{a-bcdef abcd-ef}").withMins(mins(1, 1));
    assertEquals("abcd-ef", Hyphenated.of(h, "abcdef"));
  }

  @Test
  void minimaAreCountedInLetters() {
    // A break before every letter, so only the minima decide.
    Hyphenator every = compile("\\patterns{1a 1b 1č 1𝐀}");
    assertEquals(mins(2, 3), every.mins());
    assertEquals("ab-a-bab", Hyphenated.of(every, "ababab"));
    assertEquals("a-b-a-b-a-b", Hyphenated.of(every.withMins(mins(1, 1)), "ababab"));
    assertEquals("aba-b-ab", Hyphenated.of(every.withMins(mins(3, 2)), "ababab"));
    assertEquals("ab-abab", Hyphenated.of(every.withMins(mins(2, 4)), "ababab"));
    assertEquals("ababab", Hyphenated.of(every.withMins(mins(3, 4)), "ababab"));
    // Shorter than left + right: nothing.
    assertEquals("abab", Hyphenated.of(every, "abab"));
    assertEquals("ab-aba", Hyphenated.of(every, "ababa"));
    // Letters, not chars: č is one char, 𝐀 (U+1D400) two, each counts as one letter.
    assertEquals("čč-ččč", Hyphenated.of(every, "ččččč"));
    assertEquals("𝐀𝐀-𝐀𝐀𝐀", Hyphenated.of(every, "𝐀𝐀𝐀𝐀𝐀"));
    assertArrayEquals(new int[] {4}, every.breakPoints("𝐀𝐀𝐀𝐀𝐀"));
    assertEquals("a𝐀-b", Hyphenated.of(every.withMins(mins(2, 1)), "a𝐀b"));
  }

  @Test
  void minimaApplyToExceptionsToo() {
    // As in TeX: hyph-cs lists úhlo-příč-ka, yet with right 3 TeX prints úhlo-příčka.
    Hyphenator h = compile("\\patterns{1c 1d}\\hyphenation{cd-cd-cd}");
    assertEquals("cd-cdcd", Hyphenated.of(h, "cdcdcd"));
    assertEquals("cd-cd-cd", Hyphenated.of(h.withMins(mins(1, 1)), "cdcdcd"));
    assertEquals("c-d-c-d-c", Hyphenated.of(h.withMins(mins(1, 1)), "cdcdc"));
  }

  @Test
  void wordsWithAnythingButLettersGetNoBreaks() {
    for (String word :
        List.of("", "don't", "co-operation", "relations1", "two words", "representa\u00ADtives",
            "rela\u0301tions", "relations.")) {
      assertArrayEquals(new int[0], EN_US.breakPoints(word), word);
    }
  }

  @Test
  void indicesPointIntoTheCallersStringWhateverItsCase() {
    assertEquals("CZECHO-SLO-VA-KIA", Hyphenated.of(EN_US, "CZECHOSLOVAKIA"));
    assertEquals("ČES-KO-SLO-VEN-SKÉ", Hyphenated.of(CS, "ČESKOSLOVENSKÉ"));
    assertEquals("NEJ-NE-OB-HOS-PO-DA-ŘO-VÁ-VA-TEL-NĚJ-ŠÍMI",
        Hyphenated.of(CS, "NEJNEOBHOSPODAŘOVÁVATELNĚJŠÍMI"));
    // U+0130 becomes two chars under String.toLowerCase(Locale.ROOT); one code point here.
    assertEquals(2, "İ".toLowerCase(Locale.ROOT).length());
    assertArrayEquals(EN_US.breakPoints("international"), EN_US.breakPoints("İnternational"));
    assertEquals("İn-ter-na-tional", Hyphenated.of(EN_US, "İnternational"));
  }

  @Test
  void answersAreFreshArraysAndStableAcrossCalls() {
    int[] first = EN_US.breakPoints("representatives");
    first[0] = 99;
    assertArrayEquals(new int[] {3, 5, 8, 10}, EN_US.breakPoints("representatives"));
    assertArrayEquals(new int[] {3, 5, 8, 10}, EN_US.breakPoints("representatives"));
  }

  @Test
  void withMinsKeepsTheOriginalAndRefusesNonsense() {
    Hyphenator loose = EN_US.withMins(mins(1, 1));
    assertEquals(mins(1, 1), loose.mins());
    assertEquals(mins(2, 3), EN_US.mins());
    assertSame(EN_US, EN_US.withMins(mins(2, 3)));
    assertThrows(IllegalArgumentException.class, () -> mins(0, 3));
    assertThrows(IllegalArgumentException.class, () -> mins(2, 0));
  }

  @Test
  void everyWordOfTheArticleGetsSortedInRangeBreaksAndThreadsAgree() {
    // A paragraph of the book's article, with its Czech motto.
    String text =
        "After February 1948 Czechoslovakia was firmly set into the Soviet sphere of influence"
            + " and the motto Se Sovětským svazem na věčné časy! (With Soviet Union forever!)"
            + " represented the essence of the communist's policy. Inevitably, Czechoslovakia"
            + " became another Soviet satellite and any mark of disloyalty was bitterly suppressed"
            + " in political trials under supervision of Soviet advisors (e.g. Slánský trial).";
    List<String> words =
        List.of(text.split("[^\\p{L}]+")).stream().filter(w -> !w.isEmpty()).collect(Collectors.toList());
    assertTrue(words.size() > 10);
    Hyphenator fresh = Hyphenators.load("hyph-en-us.tex");
    List<String> sequential = words.stream().map(w -> Hyphenated.of(EN_US, w)).collect(Collectors.toList());
    List<String> parallel =
        words.parallelStream().map(w -> Hyphenated.of(fresh, w)).collect(Collectors.toList());
    assertEquals(sequential, parallel);
    for (String word : words) {
      int[] points = EN_US.breakPoints(word);
      int previous = 0;
      for (int p : points) {
        assertTrue(p > previous && p < word.length(), word);
        previous = p;
      }
    }
  }

  private static HyphenationMins mins(int left, int right) {
    return new HyphenationMins(left, right);
  }
}

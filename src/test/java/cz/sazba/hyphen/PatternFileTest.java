package cz.sazba.hyphen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternFileTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = Hyphenators.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheBundledFilesCompletely() throws IOException {
    PatternFile us = PatternFile.parse("hyph-en-us.tex", resource("hyph-en-us.tex"));
    assertEquals("hyph-en-us.tex", us.name());
    assertEquals(new HyphenationMins(2, 3), us.mins());
    assertEquals("ta-ble", us.exceptions().get(us.exceptions().size() - 1));
    assertEquals(14, us.exceptions().size());
    assertEquals(".ach4", us.patterns().get(0));

    PatternFile gb = PatternFile.parse("hyph-en-gb.tex", resource("hyph-en-gb.tex"));
    // The last entry is written "some-thing}" with the brace glued on.
    assertEquals("some-thing", gb.exceptions().get(gb.exceptions().size() - 1));

    PatternFile cs = PatternFile.parse("hyph-cs.tex", resource("hyph-cs.tex"));
    assertEquals(
        List.of("koe-fi-ci-ent", "koe-fi-ci-en-ty", "pro-jek-ční", "úhlo-příč-ka", "úhlo-příč-ky"),
        cs.exceptions());
    assertEquals(".a2", cs.patterns().get(0));
    assertEquals("žš4tě", cs.patterns().get(cs.patterns().size() - 1));
  }

  @Test
  void readsTypesettingMinimaNotGenerationOnes() {
    String text =
        "% title: test\n"
            + "% hyphenmins:\n"
            + "%     generation:\n"
            + "%         left: 5\n"
            + "%         right: 6\n"
            + "%     typesetting:\n"
            + "%         left: 1\n"
            + "%         right: 4\n"
            + "% texlive:\n"
            + "%     left: 9\n"
            + "\\patterns{a1b}\n";
    assertEquals(new HyphenationMins(1, 4), PatternFile.parse("t", text).mins());
  }

  @Test
  void fallsBackToTwoAndThreeWithoutTypesettingMinima() {
    assertEquals(HyphenationMins.DEFAULT, PatternFile.parse("t", "\\patterns{a1b}").mins());
    String generationOnly =
        "% hyphenmins:\n%   generation:\n%     left: 1\n%     right: 1\n\\patterns{a1b}\n";
    assertEquals(new HyphenationMins(2, 3), PatternFile.parse("t", generationOnly).mins());
  }

  @Test
  void ignoresCommentsAndAcceptsSeveralEntriesPerLine() {
    PatternFile file =
        PatternFile.parse(
            "t", "\\patterns{ % just type <return>\n.ab1 2cd % trailing\n\n e1f}\\hyphenation{x-y}");
    assertEquals(List.of(".ab1", "2cd", "e1f"), file.patterns());
    assertEquals(List.of("x-y"), file.exceptions());
  }

  private static void assertMalformed(String text, String... fragments) {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> PatternFile.parse("bad.tex", text));
    assertTrue(e.getMessage().startsWith("malformed hyphenation file bad.tex line "), e.getMessage());
    for (String fragment : fragments) assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  @Test
  void refusesMalformedFilesWithFileLineAndReason() {
    assertMalformed("% only a header\n", "line 2", "no \\patterns block");
    assertMalformed("\\hyphenation{ta-ble}", "no \\patterns block");
    assertMalformed("\\patterns{a1b}\n\\endinput\n", "line 2", "unknown command \\endinput");
    assertMalformed("\\patterns{a1b\nc1d\n", "line 1", "never closed");
    assertMalformed("\\patterns a1b}", "not followed by '{'");
    assertMalformed("stray \\patterns{a1b}", "line 1", "found 'stray'");
    assertMalformed("\\patterns{a1b}}", "found '}'");
    assertMalformed("\\patterns{a1b {c1d}}", "unexpected '{'");
    assertMalformed("\\patterns{a1b\na12b}", "line 2", "'a12b': two digits in a row");
    assertMalformed("\\patterns{a1b\na.b}", "line 2", "'.' inside the pattern");
    assertMalformed("\\patterns{a1b\n1a2b}", "line 2", "duplicate pattern '1a2b'");
    assertMalformed("\\patterns{a_b}", "U+005F");
    assertMalformed("\\patterns{1.2}", "no letters");
    assertMalformed("\\patterns{a1b}\\hyphenation{ta--ble}", "doubled");
    assertMalformed("\\patterns{a1b}\\hyphenation{table-}", "hyphen at the end");
    assertMalformed("\\patterns{a1b}\\hyphenation{ta1ble}", "U+0031");
    assertMalformed("% hyphenmins:\n%   typesetting:\n%     left: two\n", "line 3", "'two'");
    assertMalformed("% hyphenmins:\n%   typesetting:\n%     left: 0\n", "line 3", "'0'");
    assertMalformed(
        "% hyphenmins:\n%   typesetting:\n%     left: 2\n\\patterns{a1b}", "line 2", "both left and right");
  }
}

package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fallback chain: which face each character of a text is set in. */
class FontFallbackTest {
  private static final FontSet SET = FontSet.bundled();
  private static final FontFace GENTIUM = SET.face(FontStyle.REGULAR);
  private static final FontFace DEJAVU = FontSet.bundledFallback();

  @Test
  void theBundledSetFallsBackToDejaVuSans() {
    assertEquals(List.of(DEJAVU), SET.fallbacks());
    assertEquals("DejaVuSans", DEJAVU.postScriptName());
    assertEquals(List.of(SET.face(FontStyle.ITALIC), DEJAVU), SET.chain(FontStyle.ITALIC));
  }

  @Test
  void theTaskListBoxesAndSymbolsAreMissingFromGentiumButCoveredByTheChain() {
    for (int cp : new int[] {0x2610, 0x2612, 0x2200, 0x2208, 0x211D, 0x2605}) {
      assertFalse(GENTIUM.hasGlyph(cp), Integer.toHexString(cp));
      assertTrue(DEJAVU.hasGlyph(cp), Integer.toHexString(cp));
      for (FontStyle s : FontStyle.values()) assertTrue(SET.covers(s, cp), s + " " + Integer.toHexString(cp));
    }
    // Neither face has a CJK ideograph or a private-use character.
    assertFalse(SET.covers(FontStyle.REGULAR, 0x6F22));
    assertFalse(SET.covers(FontStyle.REGULAR, 0xF0000));
  }

  @Test
  void aWordIsSplitIntoRunsByTheFaceThatHasEachCharacter() {
    assertEquals(List.of(new FontSet.Segment(0, 3, GENTIUM), new FontSet.Segment(3, 4, DEJAVU),
        new FontSet.Segment(4, 8, GENTIUM)), SET.segments(GENTIUM, "pre\u2610post"));
    assertEquals(List.of(new FontSet.Segment(0, 2, DEJAVU)), SET.segments(GENTIUM, "\u2610\u2612"));
  }

  @Test
  void aTextThePrimaryFaceCoversIsOneSegment() {
    assertEquals(List.of(new FontSet.Segment(0, 10, GENTIUM)), SET.segments(GENTIUM, "offici\u00E1ln\u00ED"));
    // A character no face has stays in the primary face: the glyph check refuses it before layout.
    assertEquals(List.of(new FontSet.Segment(0, 2, GENTIUM)), SET.segments(GENTIUM, "a\u6F22"));
  }

  @Test
  void aCombiningMarkStaysWithTheFaceOfItsLetter() {
    // U+0301 is in both faces; after a box from the fallback it is set in the fallback too.
    assertTrue(GENTIUM.hasGlyph(0x0301) && DEJAVU.hasGlyph(0x0301));
    assertEquals(List.of(new FontSet.Segment(0, 1, GENTIUM), new FontSet.Segment(1, 3, DEJAVU)),
        SET.segments(GENTIUM, "a\u2610\u0301"));
  }

  @Test
  void codeFallsBackToTheRegularTextFaceThenToTheFallback() {
    FontFace mono = SET.mono();
    // ☐ is in DejaVu Sans Mono: code it covers is one segment.
    assertEquals(List.of(new FontSet.Segment(0, 3, mono)), SET.segments(mono, "a\u2610b"));
    // ⸺ (U+2E3A) is in Gentium only, ☰ (U+2630) in DejaVu Sans only.
    assertFalse(mono.hasGlyph(0x2E3A) || DEJAVU.hasGlyph(0x2E3A) || mono.hasGlyph(0x2630) || GENTIUM.hasGlyph(0x2630));
    assertEquals(List.of(new FontSet.Segment(0, 1, mono), new FontSet.Segment(1, 2, GENTIUM),
        new FontSet.Segment(2, 3, DEJAVU), new FontSet.Segment(3, 4, mono)), SET.segments(mono, "a\u2E3A\u2630b"));
    assertEquals(List.of(mono, GENTIUM, DEJAVU), SET.codeChain());
    assertSame(GENTIUM, SET.faceFor(mono, 0x2E3A));
    assertTrue(SET.coversCode(0x2630) && SET.coversCode(0x2E3A));
    // Devanagari and CJK are in none of them: they stay in the monospace face, for the glyph check to refuse.
    assertFalse(SET.coversCode(0x0915) || SET.coversCode(0x6F22));
    assertEquals(List.of(new FontSet.Segment(0, 2, mono)), SET.segments(mono, "a\u0915"));
    // The text face serves code in a set without fallbacks too.
    FontSet none = SET.withFallbacks(List.of());
    assertEquals(List.of(new FontSet.Segment(0, 1, mono), new FontSet.Segment(1, 2, GENTIUM), new FontSet.Segment(2, 3, mono)),
        none.segments(mono, "a\u2E3A\u2630"));
  }

  @Test
  void aSetWithoutFallbacksIsNeverSplit() {
    FontSet none = SET.withFallbacks(List.of());
    assertEquals(List.of(new FontSet.Segment(0, 3, GENTIUM)), none.segments(GENTIUM, "a\u2610b"));
    assertFalse(none.covers(FontStyle.REGULAR, 0x2610));
    assertSame(GENTIUM, none.face(FontStyle.REGULAR));
  }
}

package cz.sazba.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The manuscript's text inside a message: one line, every character visible, short. */
class QuoteTest {
  @Test
  void lineBreaksOfEveryKindAndTabsBecomeOneSpace() {
    assertEquals("'a b c d'", Quote.of("a\n\r\tb\u2028c\u0085\u2029d"));
  }

  @Test
  void controlAndFormatCharactersAreNamedButJoinersStay() {
    assertEquals("aU+0000bU+202EcU+200B", Quote.visible("a\u0000b\u202Ec\u200B"));
    assertEquals("\uD83D\uDC69\u200D\uD83D\uDCBB", Quote.visible("\uD83D\uDC69\u200D\uD83D\uDCBB"));
    assertEquals("U+D800x", Quote.visible("\uD800x"), "a lone surrogate");
  }

  @Test
  void quotationsAreCutShortButLibrarySentencesAreNot() {
    assertEquals("é".repeat(60) + "\u2026", Quote.visible("é".repeat(61)));
    String sentence = "found unexpected end of stream while scanning a quoted scalar and more words here";
    assertEquals(sentence, Quote.sentence(sentence));
  }
}

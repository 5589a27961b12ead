package cz.sazba.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cz.sazba.font.FontStyle;
import org.junit.jupiter.api.Test;

/** The key the EPUB's font caches use instead of a digest: equal exactly when the bytes are. */
class EpubFontContentTest {
  private static byte[] bytes(int length, int seed) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) b[i] = (byte) (i * 31 + seed);
    return b;
  }

  @Test
  void equalBytesInOtherArraysGiveEqualKeys() {
    EpubFont a = new EpubFont(FontStyle.REGULAR, "a.ttf", bytes(100_000, 1));
    EpubFont b = new EpubFont(FontStyle.BOLD, "b.ttf", bytes(100_000, 1));
    assertEquals(a.content(), b.content());
    assertEquals(a.content().hashCode(), b.content().hashCode());
  }

  @Test
  void oneByteTheSampledHashSkipsStillMakesTheKeysDiffer() {
    byte[] one = bytes(100_000, 1);
    byte[] other = one.clone();
    other[1] ^= 1; // the hash samples every 390th byte from 0: index 1 is not among them
    EpubFont a = new EpubFont(FontStyle.REGULAR, "a.ttf", one);
    EpubFont b = new EpubFont(FontStyle.REGULAR, "a.ttf", other);
    assertEquals(a.content().hashCode(), b.content().hashCode());
    assertNotEquals(a.content(), b.content());
  }

  @Test
  void otherLengthsDiffer() {
    assertNotEquals(new EpubFont(FontStyle.REGULAR, "a.ttf", bytes(10, 1)).content(),
        new EpubFont(FontStyle.REGULAR, "a.ttf", bytes(11, 1)).content());
  }
}

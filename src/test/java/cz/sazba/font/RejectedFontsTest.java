package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Fonts we cannot set text with are refused with a message that says why. */
class RejectedFontsTest {
  private static byte[] gentium() throws IOException {
    try (InputStream in =
        RejectedFontsTest.class.getClassLoader().getResourceAsStream("cz/sazba/fonts/GentiumBookPlus-Regular.ttf")) {
      return in.readAllBytes();
    }
  }

  /** Offset of a table's directory entry in the sfnt header. */
  private static int directoryEntry(byte[] font, String tag) {
    int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
    for (int i = 0; i < tables; i++) {
      int entry = 12 + 16 * i;
      if (tag.equals(new String(font, entry, 4, StandardCharsets.ISO_8859_1))) return entry;
    }
    throw new AssertionError("no " + tag);
  }

  private static int u32(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }

  @Test
  void fontWithoutGlyfOutlines() throws IOException {
    byte[] font = gentium();
    int entry = directoryEntry(font, "glyf");
    font[entry] = 'x';
    IOException e = assertThrows(IOException.class, () -> FontFace.load("noglyf.ttf", font));
    assertTrue(e.getMessage().startsWith("noglyf.ttf: font has no glyf outlines"), e.getMessage());
  }

  @Test
  void truncatedFont() throws IOException {
    byte[] font = java.util.Arrays.copyOf(gentium(), 5000);
    IOException e = assertThrows(IOException.class, () -> FontFace.load("cut.ttf", font));
    assertTrue(e.getMessage().startsWith("cut.ttf: "), e.getMessage());
  }

  @Test
  void fontCollection() {
    byte[] ttc = {'t', 't', 'c', 'f', 0, 1, 0, 0, 0, 0, 0, 0};
    IOException e = assertThrows(IOException.class, () -> FontFace.load("x.ttc", ttc));
    assertTrue(e.getMessage().contains("collections"), e.getMessage());
  }

  @Test
  void fontWithoutUnicodeCmap() throws IOException {
    byte[] font = gentium();
    int cmap = u32(font, directoryEntry(font, "cmap") + 8);
    int subtables = ((font[cmap + 2] & 0xFF) << 8) | (font[cmap + 3] & 0xFF);
    // Relabel every subtable as Macintosh / Roman: still a cmap, but not a Unicode one.
    for (int i = 0; i < subtables; i++) {
      int record = cmap + 4 + 8 * i;
      font[record] = 0;
      font[record + 1] = 1;
      font[record + 2] = 0;
      font[record + 3] = (byte) (i + 1);
    }
    IOException e = assertThrows(IOException.class, () -> FontFace.load("nouni.ttf", font));
    assertTrue(e.getMessage().startsWith("nouni.ttf: font has no Unicode cmap"), e.getMessage());
  }
}

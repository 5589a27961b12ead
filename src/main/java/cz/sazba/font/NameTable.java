package cz.sazba.font;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The two names a face takes from the {@code name} table, chosen as fontbox chose them (the PDF's
 * font names and the fallback order depend on them): the PostScript name (id 6) from the Macintosh
 * Roman English record, else the Windows Unicode BMP US English one, trimmed; the family (id 1)
 * from a Unicode-platform record (encodings 4 down to 0, language 0), else Windows Unicode BMP US
 * English, else Macintosh Roman English. Of two records with the same ids the later one counts.
 * Windows (encodings 0 and 1) and Unicode platform strings are UTF-16 (big-endian unless they
 * start with a byte order mark); other platforms' bytes are read as ISO 8859-1, as fontbox did,
 * which for the ASCII names fonts carry is the same as Mac Roman.
 */
final class NameTable {
  private static final int MAC = 1;
  private static final int WINDOWS = 3;
  private static final int UNICODE = 0;
  private static final int WINDOWS_EN_US = 0x409;

  private NameTable() {}

  static String postScriptName(TableBytes name) throws IOException {
    String ps = find(name, 6, MAC, 0, 0);
    if (ps == null) ps = find(name, 6, WINDOWS, 1, WINDOWS_EN_US);
    return ps == null ? null : ps.trim();
  }

  static String family(TableBytes name) throws IOException {
    for (int encoding = 4; encoding >= 0; encoding--) {
      String s = find(name, 1, UNICODE, encoding, 0);
      if (s != null) return s;
    }
    String s = find(name, 1, WINDOWS, 1, WINDOWS_EN_US);
    return s != null ? s : find(name, 1, MAC, 0, 0);
  }

  /** The string of the last record with these ids, or null. */
  private static String find(TableBytes name, int nameId, int platform, int encoding, int language)
      throws IOException {
    int count = name.u16(2);
    int strings = 6 + 12 * count;
    for (int i = count - 1; i >= 0; i--) {
      int r = 6 + 12 * i;
      if (name.u16(r + 6) != nameId || name.u16(r) != platform || name.u16(r + 2) != encoding
          || name.u16(r + 4) != language) {
        continue;
      }
      int length = name.u16(r + 8);
      int offset = name.u16(r + 10);
      // An offset past the table gives no string (fontbox's reading, PDFBOX-2608).
      if (offset > name.length()) return null;
      return new String(name.copy(strings + offset, length), charset(platform, encoding));
    }
    return null;
  }

  private static Charset charset(int platform, int encoding) {
    if (platform == WINDOWS && (encoding == 0 || encoding == 1)) return StandardCharsets.UTF_16;
    if (platform == UNICODE) return StandardCharsets.UTF_16;
    return StandardCharsets.ISO_8859_1;
  }
}

package cz.sazba.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The ToUnicode CMap of an embedded font: each two-byte code (a CID, which is the subset's glyph
 * id) to the text its glyph shows. A ligature maps to all its letters ({@code f_f_i} to "ffi"),
 * which is why we write this map ourselves instead of deriving it from the font's cmap.
 */
final class ToUnicodeCMap {
  /** The CMap syntax allows at most 100 entries per bfchar block. */
  private static final int BLOCK = 100;

  private ToUnicodeCMap() {}

  static byte[] write(SortedMap<Integer, String> textByCid) {
    StringBuilder s = new StringBuilder();
    s.append("/CIDInit /ProcSet findresource begin\n")
        .append("12 dict begin\n")
        .append("begincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n")
        .append("/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    List<Map.Entry<Integer, String>> entries = new ArrayList<>(textByCid.entrySet());
    for (int start = 0; start < entries.size(); start += BLOCK) {
      List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(entries.size(), start + BLOCK));
      s.append(block.size()).append(" beginbfchar\n");
      for (Map.Entry<Integer, String> e : block) {
        s.append('<').append(hex4(e.getKey())).append("> <").append(utf16Hex(e.getValue())).append(">\n");
      }
      s.append("endbfchar\n");
    }
    s.append("endcmap\n")
        .append("CMapName currentdict /CMapResource defineresource pop\n")
        .append("end\nend\n");
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** A 16-bit code as four upper-case hex digits. */
  static String hex4(int code) {
    if (code < 0 || code > 0xFFFF) throw new IllegalArgumentException("not a 16-bit code: " + code);
    return new String(new char[] {HEX[code >>> 12], HEX[(code >>> 8) & 0xF], HEX[(code >>> 4) & 0xF], HEX[code & 0xF]});
  }

  /** UTF-16BE code units in upper-case hex, surrogate pairs for characters beyond the BMP. */
  static String utf16Hex(String text) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < text.length(); i++) s.append(hex4(text.charAt(i)));
    return s.toString();
  }
}

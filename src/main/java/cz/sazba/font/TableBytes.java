package cz.sazba.font;

import java.io.IOException;

/**
 * Big-endian reads from one raw font table, bounds-checked so that a truncated or lying table
 * ends in an {@link IOException} naming the table instead of an index error somewhere deep.
 */
final class TableBytes {
  private final String tag;
  private final byte[] bytes;

  TableBytes(String tag, byte[] bytes) {
    this.tag = tag;
    this.bytes = bytes;
  }

  String tag() {
    return tag;
  }

  int length() {
    return bytes.length;
  }

  int u8(int offset) throws IOException {
    check(offset, 1);
    return bytes[offset] & 0xFF;
  }

  int u16(int offset) throws IOException {
    check(offset, 2);
    return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
  }

  int s16(int offset) throws IOException {
    return (short) u16(offset);
  }

  /** An unsigned 32-bit value; table offsets that do not fit an int are malformed anyway. */
  int u32(int offset) throws IOException {
    check(offset, 4);
    long value =
        ((long) (bytes[offset] & 0xFF) << 24)
            | ((bytes[offset + 1] & 0xFF) << 16)
            | ((bytes[offset + 2] & 0xFF) << 8)
            | (bytes[offset + 3] & 0xFF);
    if (value > Integer.MAX_VALUE) throw malformed("32-bit value out of range at " + offset);
    return (int) value;
  }

  String tag4(int offset) throws IOException {
    check(offset, 4);
    char[] chars = new char[4];
    for (int i = 0; i < 4; i++) chars[i] = (char) (bytes[offset + i] & 0xFF);
    return new String(chars);
  }

  IOException malformed(String what) {
    return new IOException("malformed " + tag.trim() + " table: " + what);
  }

  private void check(int offset, int size) throws IOException {
    if (offset < 0 || offset > bytes.length - size) {
      throw malformed("read of " + size + " bytes at " + offset + " past the end (" + bytes.length + ")");
    }
  }
}

package cz.sazba.font;

import java.io.IOException;

/**
 * Big-endian reads from one raw font table, bounds-checked so that a truncated or lying table
 * ends in an {@link IOException} naming the table instead of an index error somewhere deep.
 */
final class TableBytes {
  private final String tag;
  private final byte[] bytes;
  /** Where the table starts in {@link #bytes}: a table is read in place in its font file, not copied out. */
  private final int base;
  private final int length;

  TableBytes(String tag, byte[] bytes) {
    this(tag, bytes, 0, bytes.length);
  }

  /** The {@code length} bytes at {@code base} of {@code bytes}; the caller has checked that they lie inside. */
  TableBytes(String tag, byte[] bytes, int base, int length) {
    this.tag = tag;
    this.bytes = bytes;
    this.base = base;
    this.length = length;
  }

  String tag() {
    return tag;
  }

  int length() {
    return length;
  }

  int u8(int offset) throws IOException {
    check(offset, 1);
    return bytes[base + offset] & 0xFF;
  }

  int u16(int offset) throws IOException {
    check(offset, 2);
    int at = base + offset;
    return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
  }

  /** A signed byte. */
  int s8(int offset) throws IOException {
    check(offset, 1);
    return bytes[base + offset];
  }

  int s16(int offset) throws IOException {
    return (short) u16(offset);
  }

  /** An unsigned 32-bit value; table offsets that do not fit an int are malformed anyway. */
  int u32(int offset) throws IOException {
    int value = s32(offset);
    if (value < 0) throw malformed("32-bit value out of range at " + offset);
    return value;
  }

  /** A 32-bit value as stored (two's complement), e.g. a 16.16 fixed number or a checksum. */
  int s32(int offset) throws IOException {
    check(offset, 4);
    int at = base + offset;
    return ((bytes[at] & 0xFF) << 24)
        | ((bytes[at + 1] & 0xFF) << 16)
        | ((bytes[at + 2] & 0xFF) << 8)
        | (bytes[at + 3] & 0xFF);
  }

  /** A copy of {@code count} bytes at {@code offset}. */
  byte[] copy(int offset, int count) throws IOException {
    if (count < 0) throw malformed("negative length " + count + " at " + offset);
    check(offset, count);
    byte[] out = new byte[count];
    System.arraycopy(bytes, base + offset, out, 0, count);
    return out;
  }

  /** The whole table, copied. */
  byte[] toByteArray() {
    byte[] out = new byte[length];
    System.arraycopy(bytes, base, out, 0, length);
    return out;
  }

  /** Copies {@code count} bytes at {@code offset} into {@code out} at {@code at}. */
  void copyTo(int offset, int count, byte[] out, int at) throws IOException {
    check(offset, count);
    System.arraycopy(bytes, base + offset, out, at, count);
  }

  String tag4(int offset) throws IOException {
    check(offset, 4);
    char[] chars = new char[4];
    for (int i = 0; i < 4; i++) chars[i] = (char) (bytes[base + offset + i] & 0xFF);
    return new String(chars);
  }

  IOException malformed(String what) {
    return new IOException("malformed " + tag.trim() + " table: " + what);
  }

  private void check(int offset, int size) throws IOException {
    if (offset < 0 || offset > length - size) {
      throw malformed("read of " + size + " bytes at " + offset + " past the end (" + length + ")");
    }
  }
}

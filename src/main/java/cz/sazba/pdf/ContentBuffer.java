package cz.sazba.pdf;

import java.util.Arrays;

/**
 * A growing byte array for the ASCII text of a content stream or CMap. Glyph codes and numbers
 * go in as bytes, digit by digit, so writing a page makes no string per glyph or per number; the
 * text is the same as {@link PdfNumbers} and {@link ToUnicodeCMap#hex4} write.
 */
final class ContentBuffer {
  private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

  private byte[] bytes;
  private int size;

  ContentBuffer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** Empties the buffer for the next page, making room for {@code capacity} bytes. */
  void clear(int capacity) {
    size = 0;
    if (bytes.length < capacity) bytes = new byte[capacity];
  }

  /** Appends an ASCII string (a name, an operator); any other character is a programming error. */
  ContentBuffer ascii(String s) {
    int n = s.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > 0x7f) throw new IllegalArgumentException("not ASCII: " + s);
      bytes[size++] = (byte) c;
    }
    return this;
  }

  ContentBuffer ascii(char c) {
    ensure(1);
    bytes[size++] = (byte) c;
    return this;
  }

  /** A decimal integer, as {@link Long#toString(long)} writes it. */
  ContentBuffer decimal(long value) {
    if (value < 0) {
      ascii('-');
      // Long.MIN_VALUE has no positive counterpart; no content number comes near it.
      if (value == Long.MIN_VALUE) throw new IllegalArgumentException("number out of range");
      value = -value;
    }
    return digits(value, 1);
  }

  /** Four upper-case hex digits of a 16-bit code, as {@link ToUnicodeCMap#hex4}. */
  ContentBuffer hex4(int code) {
    if (code < 0 || code > 0xFFFF) throw new IllegalArgumentException("not a 16-bit code: " + code);
    ensure(4);
    bytes[size] = HEX[code >>> 12];
    bytes[size + 1] = HEX[(code >>> 8) & 0xF];
    bytes[size + 2] = HEX[(code >>> 4) & 0xF];
    bytes[size + 3] = HEX[code & 0xF];
    size += 4;
    return this;
  }

  /** UTF-16 code units of {@code text} in upper-case hex, as {@link ToUnicodeCMap#utf16Hex}. */
  ContentBuffer utf16Hex(String text) {
    for (int i = 0; i < text.length(); i++) hex4(text.charAt(i));
    return this;
  }

  /** A length in sp as points, as {@link PdfNumbers#points}. */
  ContentBuffer points(long sp) {
    return milli(PdfNumbers.spToMilliPoints(sp));
  }

  /** {@code value / 1000}, as {@link PdfNumbers#milli}. */
  ContentBuffer milli(long value) {
    return scaled(value, 3);
  }

  /** {@code value / 1_000_000} to five decimals, as {@link PdfNumbers#micro}. */
  ContentBuffer micro(long value) {
    long tens = (Math.abs(value) + 5) / 10;
    return scaled(value < 0 ? -tens : tens, 5);
  }

  /** {@code value / 10^decimals} written exactly, trailing zeros of the fraction dropped. */
  private ContentBuffer scaled(long value, int decimals) {
    long unit = decimals == 3 ? 1000 : 100_000;
    if (value < 0) ascii('-');
    long abs = Math.abs(value);
    digits(abs / unit, 1);
    long fraction = abs % unit;
    if (fraction != 0) {
      int width = decimals;
      while (fraction % 10 == 0) {
        fraction /= 10;
        width--;
      }
      ascii('.');
      digits(fraction, width);
    }
    return this;
  }

  /** A non-negative number in decimal, zero-padded to at least {@code width} digits. */
  private ContentBuffer digits(long value, int width) {
    int n = 1;
    for (long v = value / 10; v != 0; v /= 10) n++;
    n = Math.max(n, width);
    ensure(n);
    int at = size + n;
    for (int i = 0; i < n; i++) {
      bytes[--at] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += n;
    return this;
  }

  int size() {
    return size;
  }

  /** The live array: its first {@link #size()} bytes are the content, the rest unused. */
  byte[] array() {
    return bytes;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
  }
}

package cz.sazba.epub;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An 8-bit grey picture ({@link GrayRaster}'s bytes) as a PNG, written here rather than by ImageIO
 * and without any {@code java.awt} class: the same bytes as the JDK's PNG writer with its default
 * settings gives for such a picture in a {@code TYPE_BYTE_GRAY} {@code BufferedImage} (an
 * {@code IHDR} of 8-bit grey, not interlaced; every row with filter type 0; the rows deflated by
 * zlib at level 4 into {@code IDAT} chunks of 32768 bytes, the last one shorter; {@code IEND}).
 * {@code GrayPngTest} holds it to ImageIO's output (in the test only: a cold start of ImageIO's
 * plug-in registry took longer than drawing the cover).
 */
final class GrayPng {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  /** ImageIO's level ({@code PNGImageWriter.DEFAULT_COMPRESSION_LEVEL}) and chunk size. */
  private static final int LEVEL = 4;
  private static final int IDAT_LENGTH = 32768;

  private GrayPng() {}

  /** A raster as a PNG: its rows are already laid out as the image data, and deflated as they are. */
  static byte[] encode(GrayRaster raster) {
    return deflated(raster.filteredRows(), raster.width(), raster.height());
  }

  /** The picture of {@code width} × {@code height} pixels, {@code pixels} row by row with no padding. */
  static byte[] encode(byte[] pixels, int width, int height) {
    if (width <= 0 || height <= 0 || (long) width * height != pixels.length) {
      throw new IllegalArgumentException(pixels.length + " bytes are not a " + width + "x" + height + " grey picture");
    }
    byte[] rows = new byte[height * (width + 1)]; // each row: filter type 0, then its samples
    for (int y = 0; y < height; y++) {
      System.arraycopy(pixels, y * width, rows, y * (width + 1) + 1, width);
    }
    return deflated(rows, width, height);
  }

  /** The PNG of {@code rows}: the image data before compression, each row's filter-type byte 0 and its samples. */
  private static byte[] deflated(byte[] rows, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rows.length / 16 + 1024);
    out.writeBytes(SIGNATURE);
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
        .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array(), 0, 13);
    Deflater deflater = new Deflater(LEVEL);
    try {
      deflater.setInput(rows);
      deflater.finish();
      byte[] compressed = new byte[rows.length / 8 + 64];
      int length = 0;
      while (!deflater.finished()) {
        if (length == compressed.length) compressed = java.util.Arrays.copyOf(compressed, compressed.length * 2);
        length += deflater.deflate(compressed, length, compressed.length - length);
      }
      for (int at = 0; at < length; at += IDAT_LENGTH) {
        chunk(out, "IDAT", compressed, at, Math.min(IDAT_LENGTH, length - at));
      }
    } finally {
      deflater.end();
    }
    chunk(out, "IEND", new byte[0], 0, 0);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int from, int length) {
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data, from, length);
    out.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
    out.writeBytes(name);
    out.write(data, from, length);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}

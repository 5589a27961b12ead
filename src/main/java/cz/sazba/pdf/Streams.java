package cz.sazba.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/** Creating stream objects. */
final class Streams {
  private Streams() {}

  /** A Flate-compressed stream holding {@code data}. */
  static COSStream flate(COSDocument doc, byte[] data) throws IOException {
    try (Deflating deflating = new Deflating()) {
      return deflating.flate(doc, data, 0, data.length);
    }
  }

  /**
   * The zlib level of every stream: 4, not PDFBox's default 6 ({@code Filter.getCompressionLevel}).
   * A long book's page contents are some 27 KB a page before compression, and level 6 spent
   * half of the time the pages took to encode on its last 13% of compression (the 200-copy
   * book: 3.70 MB at 6, 3.93 MB at 4, 4.08 MB at 3, 4.36 MB at 1; Typst 0.14's PDF of the
   * same text, 372 pages, is 3.75 MB). Fixed here rather than read from PDFBox's system property, so no
   * setting of the JVM changes a byte of the file.
   */
  static final int LEVEL = 4;

  /**
   * A zlib stream at {@link #LEVEL} and an output chunk, reused from stream to stream (one per
   * page) instead of setting zlib up for each.
   *
   * <p>The bytes and the dictionary are those of PDFBox's {@code createOutputStream(FlateDecode)}
   * (/Filter, then /Length): zlib's output does not depend on how its input and output are cut
   * into pieces, so deflating the whole page at once gives what PDFBox's 4 KiB copies through a
   * {@code DeflaterOutputStream} gave, without PDFBox buffering the uncompressed page twice.
   */
  static final class Deflating implements AutoCloseable {
    private final Deflater deflater = new Deflater(LEVEL);
    private final byte[] chunk = new byte[64 << 10];

    /** A Flate-compressed stream holding {@code len} bytes of {@code data} from {@code off}. */
    COSStream flate(COSDocument doc, byte[] data, int off, int len) throws IOException {
      COSStream stream = doc.createCOSStream();
      stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      deflater.reset();
      deflater.setInput(data, off, len);
      deflater.finish();
      try (OutputStream out = stream.createRawOutputStream()) {
        while (!deflater.finished()) {
          int n = deflater.deflate(chunk);
          out.write(chunk, 0, n);
        }
      }
      return stream;
    }

    /** {@code len} bytes of {@code data} from {@code off}, compressed as {@link #flate} does. */
    byte[] deflate(byte[] data, int off, int len) {
      deflater.reset();
      deflater.setInput(data, off, len);
      deflater.finish();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, len / 3));
      while (!deflater.finished()) {
        int n = deflater.deflate(chunk);
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    }

    @Override
    public void close() {
      deflater.end();
    }
  }

  /** A Flate-compressed stream of bytes already compressed ({@link Deflating#deflate}). */
  static COSStream deflated(COSDocument doc, byte[] compressed) throws IOException {
    COSStream stream = doc.createCOSStream();
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream out = stream.createRawOutputStream()) {
      out.write(compressed);
    }
    return stream;
  }

  /** An uncompressed stream: the XMP packet must stay readable by tools that do not inflate. */
  static COSStream plain(COSDocument doc, byte[] data) throws IOException {
    COSStream stream = doc.createCOSStream();
    try (OutputStream out = stream.createOutputStream()) {
      out.write(data);
    }
    return stream;
  }
}

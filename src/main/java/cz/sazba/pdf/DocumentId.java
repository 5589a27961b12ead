package cz.sazba.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.COSDocument;

/**
 * The trailer /ID, derived from the file's own content instead of PDFBox's clock-based one: save
 * with a placeholder id, hash the bytes, put the first 16 bytes of the hash where the placeholder
 * was (same length, so no offset moves). Both halves of the id are the same, as for a file that
 * has never been modified.
 *
 * <p>The hash is a SHA-256 over the SHA-256s of the file's 1 MiB pieces and its length, the
 * pieces hashed at the same time on the executor: the file is whole by then and nothing else is
 * left to do, so a long book's few megabytes would otherwise be hashed on one core while the
 * other waits. The pieces are cut at fixed offsets, so the id is the same on any thread count.
 */
final class DocumentId {
  private static final byte[] PLACEHOLDER = "Sazba-id-pending".getBytes(StandardCharsets.US_ASCII);

  private DocumentId() {}

  /** Writes a whole document to a stream: {@link PdfFile#write}, or PDFBox's own in a test. */
  @FunctionalInterface
  interface Saver {
    void save(COSDocument pdf, java.io.OutputStream out) throws IOException;
  }

  /** The size of the pieces hashed each on its own. */
  static final int PIECE = 1 << 20;

  /**
   * @param sizeHint about how many bytes the file will have, so the buffer seldom grows
   * @param executor where the file's pieces are hashed
   */
  static byte[] saveWithId(COSDocument pdf, int sizeHint, Saver saver, Executor executor) throws IOException {
    COSArray id = new COSArray();
    for (int i = 0; i < 2; i++) {
      id.add(new COSString(PLACEHOLDER, true));
    }
    pdf.getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, id);
    ByteSink out = new ByteSink(sizeHint);
    // No object or xref streams: the trailer stays plain text, so the id can be replaced in place.
    // The same bytes as PDFBox's save(out, CompressParameters.NO_COMPRESSION), see PdfFile.
    saver.save(pdf, out);
    byte[] bytes = out.toByteArray();

    byte[] digest = Arrays.copyOf(digest(bytes, executor), PLACEHOLDER.length);
    byte[] from = ("<" + hex(PLACEHOLDER) + ">").getBytes(StandardCharsets.US_ASCII);
    byte[] to = ("<" + hex(digest) + ">").getBytes(StandardCharsets.US_ASCII);
    // The trailer is the file's last few hundred bytes: looked for there first (a search of the
    // whole file ran byte by byte in the interpreter in a cold JVM), then in the whole file.
    int replaced = replace(bytes, from, to, Math.max(0, bytes.length - 2048));
    if (replaced != 2) replaced += replace(bytes, from, to, 0);
    if (replaced != 2) throw new IllegalStateException("expected the id placeholder twice, found it " + replaced + " times");
    return bytes;
  }

  /** SHA-256 over the SHA-256s of the 1 MiB pieces of {@code data}, then its length in 8 bytes. */
  static byte[] digest(byte[] data, Executor executor) {
    int pieces = Math.max(1, (data.length + PIECE - 1) / PIECE);
    List<CompletableFuture<byte[]>> hashed = new ArrayList<>(pieces);
    // The last piece on this thread, the others on the executor.
    for (int p = 0; p < pieces - 1; p++) {
      int from = p * PIECE;
      hashed.add(CompletableFuture.supplyAsync(() -> sha256(data, from, PIECE), executor));
    }
    int last = (pieces - 1) * PIECE;
    hashed.add(CompletableFuture.completedFuture(sha256(data, last, data.length - last)));
    MessageDigest all = sha256();
    for (CompletableFuture<byte[]> h : hashed) all.update(cz.sazba.source.Tasks.join(h));
    all.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(data.length).array());
    return all.digest();
  }

  private static byte[] sha256(byte[] data, int from, int length) {
    MessageDigest sha = sha256();
    sha.update(data, from, length);
    return sha.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) s.append(ToUnicodeCMap.hex4(b & 0xff), 2, 4);
    return s.toString();
  }

  /** Replaces every {@code from} at or after {@code start} by {@code to} (as long), returns how many. */
  private static int replace(byte[] bytes, byte[] from, byte[] to, int start) {
    int replaced = 0;
    for (int at = indexOf(bytes, from, start); at >= 0; at = indexOf(bytes, from, at + from.length)) {
      System.arraycopy(to, 0, bytes, at, to.length);
      replaced++;
    }
    return replaced;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    byte first = needle[0];
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      if (haystack[i] != first) continue;
      for (int j = 1; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  /**
   * An unsynchronized byte array output stream started at a size near the file's: the file is
   * written in hundreds of thousands of small writes.
   */
  private static final class ByteSink extends java.io.OutputStream {
    private byte[] buf;
    private int size;

    ByteSink(int capacity) {
      buf = new byte[Math.max(1024, capacity)];
    }

    @Override
    public void write(int b) {
      if (size == buf.length) grow(1);
      buf[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (size + len > buf.length) grow(len);
      System.arraycopy(b, off, buf, size, len);
      size += len;
    }

    private void grow(int more) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }

    byte[] toByteArray() {
      return size == buf.length ? buf : Arrays.copyOf(buf, size);
    }
  }
}

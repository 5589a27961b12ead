package cz.sazba.manuscript;

import cz.sazba.source.Diagnostics;
import cz.sazba.source.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Reads one text file of the manuscript: strict UTF-8, an optional byte order mark, line ends
 * made {@code \n}, then NFC. Every later span refers to that normalised text, so what the parsers
 * see and what a diagnostic quotes are the same characters.
 */
final class SourceLoader {
  /** More than this many bad byte sequences in one file and the rest would only be noise. */
  private static final int MAX_MALFORMED_REPORTS = 10;

  private SourceLoader() {}

  /** The file as a source, or empty when it could not be read at all (reported). */
  static Optional<SourceFile> load(Path file, String displayPath, Diagnostics diagnostics) {
    byte[] bytes;
    try {
      bytes = readBounded(file, ManuscriptFiles.Kind.TEXT.maxBytes());
    } catch (IOException | SecurityException e) {
      diagnostics.error("file-unreadable", new SourceFile(displayPath, "").whole(),
          "cannot read " + cz.sazba.source.Quote.of(displayPath) + ": " + describe(e), "check that the file exists and is readable");
      return Optional.empty();
    }
    return Optional.of(decode(bytes, displayPath, diagnostics));
  }

  /**
   * At most {@code max} bytes, even when the file grew since {@link ManuscriptFiles} looked at it:
   * a file that is larger now is refused, never read whole into memory.
   */
  static byte[] readBounded(Path file, long max) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) throw new IOException("it is larger than " + (max >> 20) + " MiB");
      return bytes;
    }
  }

  /**
   * Decodes, reporting each malformed sequence at its line and column, and goes on with U+FFFD in
   * its place so that the rest of the file is still checked (the build fails anyway).
   */
  static SourceFile decode(byte[] bytes, String displayPath, Diagnostics diagnostics) {
    // Well-formed UTF-8 (nearly every file) decodes to the same text without a decoder: the
    // String's own decoding puts U+FFFD for every malformed sequence, so a text without one had
    // none. A text with one (malformed, or a U+FFFD written in the file) goes the long way, which
    // tells them apart and says where.
    String whole = new String(bytes, StandardCharsets.UTF_8);
    if (whole.indexOf('\uFFFD') < 0) return checked(new SourceFile(displayPath, normalise(whole)), displayPath, diagnostics);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    StringBuilder text = new StringBuilder(bytes.length);
    int reported = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      // From the buffer's array at once: appending the CharBuffer would go char by char.
      text.append(out.array(), 0, out.position());
      out.clear();
      if (result.isError()) {
        if (reported++ < MAX_MALFORMED_REPORTS) {
          // The prefix decoded so far locates the bad byte. It is normalised as the whole text
          // will be, so that CR line ends count as lines and a byte order mark not as a column:
          // the position is then the one the user's editor shows.
          SourceFile prefix = new SourceFile(displayPath, normalise(text.toString()));
          diagnostics.error("utf8-malformed", prefix.span(prefix.text().length(), prefix.text().length()),
              String.format(java.util.Locale.ROOT, "byte 0x%02X at offset %d is not valid UTF-8",
                  bytes[in.position()] & 0xff, in.position()),
              "save the file as UTF-8");
        }
        text.append('\uFFFD');
        in.position(in.position() + result.length());
      } else if (result.isUnderflow()) {
        break;
      }
    }
    decoder.flush(out);
    text.append(out.array(), 0, out.position());
    return checked(new SourceFile(displayPath, normalise(text.toString())), displayPath, diagnostics);
  }

  /** The text policy, once for every stage after: refused characters reported, odd spaces mapped. */
  private static SourceFile checked(SourceFile decoded, String displayPath, Diagnostics diagnostics) {
    String mapped = cz.sazba.source.TextPolicy.apply(decoded, diagnostics);
    return mapped.equals(decoded.text()) ? decoded : new SourceFile(displayPath, mapped);
  }

  /** BOM dropped, CR LF and lone CR made LF, then NFC: the text every span refers to. */
  static String normalise(String decoded) {
    String s = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }
}
